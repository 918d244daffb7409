//! Photos of items and members' pictures, from upload to what the writer stores: `process`
//! checks an upload from its header, turns it upright and re-encodes it in three sizes
//! without its metadata; [`prepare`] names each size by its digest; [`PhotoWork`] runs that
//! on threads of its own, bounded to the cores, off the async workers and off the writer
//! (which only stores the results: `store::commands::AddPhotos`).

pub mod process;

use std::time::Duration;

use bytes::Bytes;

use crate::domain::photo::{Digest, NewPhoto, Size};
use crate::work::{cores, NoAnswer, Workers};
pub use process::Refused;

/// An upload made ready to store, with its alt text (unchecked: the command checks it).
pub fn prepare(upload: &[u8], alt: &str) -> Result<NewPhoto, Refused> {
    let processed = process::process(upload)?;
    let ready = processed.sizes.map(|s| {
        let size = Size {
            digest: Digest::of(&s.bytes),
            width: s.width,
            height: s.height,
            // At most 1920 px a side as JPEG: far below 4 GB.
            bytes: u32::try_from(s.bytes.len()).unwrap_or(u32::MAX),
        };
        (size, Bytes::from(s.bytes))
    });
    let [(s0, b0), (s1, b1), (s2, b2)] = ready;
    Ok(NewPhoto {
        sizes: [s0, s1, s2],
        bytes: [b0, b1, b2],
        alt: alt.to_string(),
    })
}

/// How long an upload waits for a free worker before it is refused as busy.
pub const WAIT: Duration = Duration::from_secs(30);

/// Photo processing on threads of its own, one upload per core at a time (what one takes:
/// `cargo bench --bench photos`).
#[derive(Debug)]
pub struct PhotoWork {
    workers: Workers,
}

/// Processing did not start: every worker stayed busy for [`WAIT`].
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the server is busy with other photos; please try again in a minute")]
pub struct Busy {
    pub retry_after: Duration,
}

impl Default for PhotoWork {
    fn default() -> Self {
        PhotoWork {
            workers: Workers::new("photos", cores(), WAIT),
        }
    }
}

impl PhotoWork {
    /// `upload` processed on a photo thread.
    pub async fn prepare(
        &self,
        upload: Bytes,
        alt: String,
    ) -> Result<Result<NewPhoto, Refused>, Busy> {
        // Refused from its header here, before it waits for a turn.
        if let Err(refused) = process::inspect(&upload) {
            return Ok(Err(refused));
        }
        match self.workers.run(move || prepare(&upload, &alt)).await {
            Ok(prepared) => Ok(prepared),
            Err(NoAnswer::Busy) => Err(Busy {
                retry_after: self.workers.wait(),
            }),
            // A decoder that panics on this file: the file is the problem, not the load.
            Err(NoAnswer::Failed) => Ok(Err(Refused::Broken(
                "processing it failed on this server".into(),
            ))),
        }
    }
}
