//! The single-service page and its embed: score one service, see the
//! verdict, why, and what each plan costs.

#[cfg(not(feature = "embed"))]
pub mod app;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod cost;
pub mod ctx;
#[cfg(any(feature = "embed", feature = "full"))]
pub mod embed;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod embed_panel;
#[cfg(not(feature = "embed"))]
pub mod figures;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod later;
#[cfg(not(feature = "embed"))]
pub mod links;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod print;
pub mod readings;
#[cfg(not(feature = "embed"))]
pub mod rubric;
pub mod state;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod toolbar;
