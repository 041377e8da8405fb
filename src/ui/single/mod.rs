//! The single-service page and its embed: score one service, see the
//! verdict, why, and what each plan costs.

pub mod app;
pub mod cost;
pub mod ctx;
pub mod embed;
pub mod figures;
pub mod links;
pub mod print;
pub mod rubric;
pub mod state;
pub mod toolbar;
