//! A stand-in for wasm-streams 0.5: the types and the four functions
//! server_fn's browser client names (`ReadableStream::from_raw`,
//! `from_stream`, `into_raw`, `into_stream`), without the real crate's
//! `#[wasm_bindgen]` exports. Streaming server functions are the only
//! callers; this app has no server, so they never run, and if one did, it
//! would throw a JavaScript error saying why rather than misbehave.

use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use futures_util::stream::{FusedStream, Stream};
use wasm_bindgen::JsValue;

/// Why a call failed: said once, thrown by every function that cannot work.
const NO_STREAMS: &str =
    "rust-or-go links a stand-in for wasm-streams (patches/wasm-streams): it has no streaming server functions";

/// A Rust handle on a web `ReadableStream`.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a web stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// Would make a web stream from a Rust one: throws.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        wasm_bindgen::throw_str(NO_STREAMS)
    }

    /// The web stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Would read the web stream as a Rust one: throws.
    pub fn into_stream(self) -> readable::IntoStream<'static> {
        wasm_bindgen::throw_str(NO_STREAMS)
    }
}

pub mod readable {
    //! The module path server_fn's types name.
    pub use super::ReadableStream;
    use super::*;

    /// A Rust stream over a web stream; never made (see
    /// [`ReadableStream::into_stream`]), so it never yields.
    pub struct IntoStream<'reader>(PhantomData<&'reader ()>);

    impl Stream for IntoStream<'_> {
        type Item = Result<JsValue, JsValue>;

        fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready(None)
        }
    }

    impl FusedStream for IntoStream<'_> {
        fn is_terminated(&self) -> bool {
            true
        }
    }
}
