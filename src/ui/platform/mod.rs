//! The browser APIs the apps use, and the error view a panic shows.

pub mod browser;
#[cfg(any(feature = "embed", feature = "full"))]
pub mod dom;
pub mod fatal;
