//! A whole system, decided service by service.
//!
//! Seed 000 says the useful question is not which language an organisation
//! adopts but which services have constraints that make Rust worth paying
//! for, and to "start with one service"; seed 001 says "the bottleneck
//! service is where to start". This module scores each service with the
//! one rubric, adds up what the system costs in Go, in Rust and under the
//! plan the verdicts make, charges the team's learning once, and ranks the
//! services for the first move to Rust.
//!
//! In the URL each service is one `svc` parameter, repeated in order:
//! `svc=NAME:TTM,LAT,SAFETY,EXP,SCALE[:INSTANCES,GO_MB,RUST_MB,GO_VCPU,CPU_SAVING]`.
//! The team, price, currency and weight parameters keep their single-page
//! meaning and apply to every service.

mod export;
mod plan;
mod range;
mod scenarios;
mod service;
mod url;
mod words;

pub use export::{adr_markdown, markdown_table};
pub use plan::*;
pub use range::*;
pub use scenarios::*;
pub use service::*;
pub use url::*;
pub use words::*;
