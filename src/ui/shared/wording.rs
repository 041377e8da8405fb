//! The words the Leptos views and the embed's DOM both show, in one place:
//! a slider's side note and spoken value, the verdict card's heading and
//! live region, a figure in gigabytes and the URL notices. The
//! model words the decision itself (verdicts, reasons, money sentences);
//! this is what the views add around it.

use crate::model::anchors::anchor;
use crate::model::firmness::firmness;
use crate::model::query::ServiceName;
use crate::model::rubric::Verdict;
use crate::model::score::{Category, Score, Scores, Side};
use crate::model::text::capitalized;
use crate::model::weights::Weights;
use crate::ui::platform::browser::number;

/// Which way a category's slider pulls, beside its label.
pub fn pull_note(category: Category) -> &'static str {
    match category {
        Category::Experience => "low pulls toward Go",
        _ => match category.side() {
            Side::Go => "high pulls toward Go",
            Side::Rust => "high pulls toward Rust",
        },
    }
}

/// What a screen reader says for a slider's value: the score and its anchor.
pub fn score_spoken(category: Category, score: Score) -> String {
    format!("{score} of 5: {}", anchor(category, score))
}

/// The verdict card's heading: the service's name when it has one.
pub fn verdict_heading(name: &ServiceName) -> String {
    if name.is_empty() {
        "Verdict".to_string()
    } else {
        format!("Verdict for {name}")
    }
}

/// How firm the verdict is, as the card's sentence.
pub fn firmness_line(scores: &Scores, weights: &Weights) -> String {
    capitalized(&firmness(scores, weights).phrase()) + "."
}

/// What the live region announces when the verdict changes.
pub fn verdict_spoken(verdict: Verdict) -> String {
    format!("Verdict: {}", verdict.title())
}

/// Decimal gigabytes, formatted for people.
pub fn gigabytes(v: f64) -> String {
    format!("{} GB", number(v))
}

/// The small-type reason after a break-even's head (`: within the ramp`),
/// or nothing (the embed's and the presenter's headline money).
#[cfg(any(feature = "embed", feature = "full", feature = "meeting"))]
pub fn reason_tail(why: Option<String>) -> String {
    why.map(|why| format!(": {why}")).unwrap_or_default()
}

/// Longest list of URL notices shown before "and N more".
pub const NOTICES_SHOWN: usize = 8;

/// The heading of the URL notices.
pub const NOTICES_HEADING: &str = "Some link parameters could not be used as written:";

/// The line after the notices shown, when there are more.
pub fn notices_more(more: usize) -> String {
    format!("…and {more} more.")
}

/// The button that closes the URL notices.
pub const DISMISS: &str = "Dismiss";
