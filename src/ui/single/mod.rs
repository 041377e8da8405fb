//! The single-service page and its embed: score one service, see the
//! verdict, why, and what each plan costs.

pub mod app;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod cost;
pub mod ctx;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod embed;
pub mod figures;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod later;
#[cfg(not(feature = "embed"))]
pub mod links;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod print;
pub mod rubric;
pub mod state;
#[cfg(not(any(feature = "embed", feature = "meeting")))]
pub mod toolbar;
