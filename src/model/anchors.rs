//! The rubric's vocabulary: what each level of each category means.
//!
//! Decision-matrix practice (SOURCES.md#anchors) says every criterion needs
//! fixed anchors, or two people scoring the same service will not mean the
//! same thing by "4". These 25 sentences are those anchors; SOURCES.md says
//! where each comes from.

use super::score::{Category, Score};

/// The one-line meaning of `score` in `category`.
pub fn anchor(category: Category, score: Score) -> &'static str {
    let row: [&str; 5] = match category {
        Category::TimeToMarket => [
            "No deadline pressure: the service can take the time it needs to be right.",
            "Loose timeline: a quarter or more, with room to learn as you go.",
            "Normal roadmap pressure: a date exists, but scope can move.",
            "Tight deadline: weeks away, and every slip has a visible business cost.",
            "Must ship this week; every day of delay costs customers or money.",
        ],
        Category::Latency => [
            "Batch or background work; nobody waits on a response.",
            "Interactive but forgiving: an occasional slow request goes unnoticed.",
            "p99 target in the tens of milliseconds; rare GC pauses are tolerable.",
            "Tight tail budget under load; a 50-100 ms pause shows up on dashboards.",
            "Hard p99 budget in the low milliseconds; a GC pause is an incident.",
        ],
        Category::Safety => [
            "Internal tool with trusted input; a crash is an inconvenience.",
            "Ordinary service behind auth; a bug costs a retry or a redeploy.",
            "Holds customer data; a memory bug would be a serious incident.",
            "Parses untrusted input at the edge; memory bugs become exploits.",
            "Top-tier security (auth, crypto, safety-critical): a memory bug is a breach.",
        ],
        Category::Experience => [
            "Nobody on the team has shipped Rust; expect months before full speed.",
            "A few have tried Rust on side projects; nobody has run it in production.",
            "One or two engineers have shipped Rust and can mentor the rest.",
            "Most of the team writes Rust comfortably; a few are still ramping up.",
            "The team ships Rust today; there is no learning cost.",
        ],
        Category::Scale => [
            "A handful of instances; the cloud bill is a rounding error.",
            "Tens of instances; resource cost is noticed but not managed.",
            "Steady growth; memory and CPU come up in budget reviews.",
            "Hundreds of instances or CPU-bound work; efficiency is a line item.",
            "Thousands of instances or a hot data plane; every MB per pod is money.",
        ],
    };
    row[usize::from(score.get() - 1)]
}

/// How the calculator reads team Rust experience, shown on the page.
///
/// Seed 003 lists "team Rust experience" among the categories that favour
/// Go when they dominate; read literally, more experience would pull toward
/// Go. The calculator reads it as the experience gap instead.
pub const EXPERIENCE_NOTE: &str = "The guide lists team Rust experience among the Go-side categories; this calculator reads it as the experience gap: 1 means nobody on the team has shipped Rust (pulls hard toward Go once a deadline presses; with time to learn it is a learning cost), 5 means the team ships Rust today (no pull toward Go).";
