//! Widgets and pieces every app uses. Each takes what it shows as props
//! (or as plain arguments), never one app's context.

pub mod address;
#[cfg(not(feature = "embed"))]
pub mod chart;
#[cfg(not(feature = "embed"))]
pub mod copy;
#[cfg(not(feature = "embed"))]
pub mod currency;
pub mod debounce;
#[cfg(not(feature = "embed"))]
pub mod deferred;
#[cfg(not(feature = "embed"))]
pub mod notices;
#[cfg(not(feature = "embed"))]
pub mod number_field;
#[cfg(not(feature = "embed"))]
pub mod print_meta;
#[cfg(not(feature = "embed"))]
pub mod state_link;
pub mod style;
#[cfg(not(feature = "embed"))]
pub mod text;
#[cfg(not(feature = "embed"))]
pub mod toolbar;
pub mod wording;
