//! Widgets and pieces every app uses. Each takes what it shows as props
//! (or as plain arguments), never one app's context.

pub mod address;
pub mod chart;
pub mod copy;
pub mod currency;
pub mod debounce;
pub mod notices;
pub mod number_field;
pub mod print_meta;
pub mod state_link;
pub mod style;
pub mod text;
pub mod toolbar;
