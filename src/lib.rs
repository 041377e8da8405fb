//! Rust or Go? A decision calculator that runs entirely in the browser.
//!
//! [`model`] is the pure decision and cost logic; `ui` (wasm only) renders it
//! with Leptos.

#![warn(missing_docs)]

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;
