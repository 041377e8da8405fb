//! The calculator's model: pure Rust, no browser.
//!
//! Architecture Invariant: nothing under `model` imports leptos, web-sys,
//! js-sys or wasm-bindgen, so all of it is tested natively and fuzzed.

pub mod anchors;
pub mod cost;
pub mod decision;
pub mod estimate;
pub mod export;
pub mod fields;
pub mod firmness;
pub mod money;
pub mod money_flips;
pub mod name;
pub mod number;
pub mod order;
pub mod payback;
pub mod presets;
pub mod prices;
pub mod query;
pub mod range;
pub mod reason;
pub mod room;
pub mod rubric;
pub mod score;
pub mod system;
pub mod text;
pub mod ticks;
pub mod weights;
