//! Text the user takes away: a Markdown summary for meeting notes and an
//! Architecture Decision Record draft in the MADR 4 layout, which ADR
//! tools read.
//!
//! Money formatting is passed in, so the page can use the browser's
//! `Intl.NumberFormat` while tests use a plain formatter. This file only
//! declares the parts and re-exports the two documents; the parts never
//! use anything defined here.

mod adr;
pub(super) mod common;
mod summary;

pub use adr::adr_markdown;
pub use summary::summary_markdown;
