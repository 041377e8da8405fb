//! The browser APIs the apps use, and the error view a panic shows.

pub mod browser;
pub mod dom;
pub mod fatal;
