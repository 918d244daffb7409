//! A response body made of a few `Bytes` sent one after another, with its exact length known
//! (so it goes out with `Content-Length`). Composed pages use it to send a cached fragment as
//! it sits in L1, without copying it into a new page.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};

#[derive(Debug, Default)]
pub struct Chunks {
    parts: VecDeque<Bytes>,
    remaining: u64,
}

impl Chunks {
    pub fn new(parts: impl IntoIterator<Item = Bytes>) -> Chunks {
        let parts: VecDeque<Bytes> = parts.into_iter().filter(|b| !b.is_empty()).collect();
        let remaining = parts.iter().map(|b| b.len() as u64).sum();
        Chunks { parts, remaining }
    }
}

impl Body for Chunks {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let next = self.parts.pop_front();
        if let Some(b) = &next {
            self.remaining -= b.len() as u64;
        }
        Poll::Ready(next.map(|b| Ok(Frame::data(b))))
    }

    fn is_end_stream(&self) -> bool {
        self.parts.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.remaining)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_parts_arrive_in_order_with_their_exact_length() {
        let body = Chunks::new([
            Bytes::from("<a>"),
            Bytes::new(),
            Bytes::from("mid"),
            Bytes::from("</a>"),
        ]);
        assert_eq!(body.size_hint().exact(), Some(10));
        let all = axum::body::to_bytes(axum::body::Body::new(body), 100)
            .await
            .unwrap();
        assert_eq!(&all[..], b"<a>mid</a>");
    }
}
