//! One snapshot per request: the [`Snap`] extractor keeps the snapshot it opens in the
//! request's extensions and the viewer extractor after it reads the same one, so a page and
//! the viewer it is for read the same state in one transaction (handlers list `snap` before
//! the viewer). A handler that takes no `Snap` holds none while it waits (for the writer,
//! for a password check), and pays nothing for sharing.

use std::sync::Arc;

use axum::http::request::Parts;

use super::error::AppError;
use super::state::App;
use crate::store::read::Snapshot;

/// The request's snapshot (see the module).
#[derive(Clone)]
pub struct Snap(pub Arc<Snapshot>);

impl std::ops::Deref for Snap {
    type Target = Snapshot;

    fn deref(&self) -> &Snapshot {
        &self.0
    }
}

/// The request's snapshot, if a `Snap` extractor opened one.
pub fn shared(parts: &Parts) -> Option<&Snapshot> {
    parts.extensions.get::<Snap>().map(|s| &*s.0)
}

/// The snapshot of the request these parts belong to, opened by the first caller.
pub fn of_request(parts: &mut Parts, app: &App) -> Result<Arc<Snapshot>, AppError> {
    if let Some(Snap(snap)) = parts.extensions.get::<Snap>() {
        return Ok(snap.clone());
    }
    let snap = Arc::new(app.engine.snapshot()?);
    parts.extensions.insert(Snap(snap.clone()));
    Ok(snap)
}

from_parts!(Snap, |parts, app| Ok(Snap(of_request(parts, &app)?)));
