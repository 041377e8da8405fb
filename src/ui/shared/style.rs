//! The one place that maps the model's verdicts and sides to the
//! stylesheet's classes.

use crate::model::rubric::Verdict;
use crate::model::score::Side;

/// The colour class of a verdict: `v-go`, `v-close`, `v-hybrid`, `v-rust`.
pub fn verdict_class(v: Verdict) -> String {
    format!("v-{}", v.id())
}

/// The colour class of a side: `go` or `rust`.
pub const fn side_class(side: Side) -> &'static str {
    side.id()
}
