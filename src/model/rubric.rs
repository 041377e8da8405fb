//! The decision rule: five scores in, a verdict with reasons out.
//!
//! Each category pulls 0..=4 toward its side (see [`Category::pull`]). A
//! side's pressure blends its strongest category with its average, so one
//! hard constraint (a millisecond p99 budget) counts even when the other
//! categories on that side are quiet, which is how seed 003 phrases it:
//! "if categories 2/3/5 dominate, Rust often wins".
//!
//! The team's Rust gap is a risk when it meets a deadline (seed 004: "If
//! they don't, and the project has a tight deadline, that's a risk"), so it
//! counts only as far as the deadline lets it: its pull is at most one more
//! than time-to-market's weighted pull, and never held below 2 (see
//! [`counted_gap`]). Without a deadline the gap is a learning cost, which
//! the cost model charges.
//!
//! Weights (see [`weights`](super::weights)) say how much each category
//! counts. There is one rule, [`pressures_weighted`]; with every weight at 1
//! it is the blend above exactly, and the unweighted functions
//! ([`evaluate`], [`verdict`], [`pressures`], [`flips`]) are that case.
//!
//! All arithmetic is in integer units of 1/48 so boundaries are exact and
//! the exhaustive tests cannot be fooled by rounding.

use super::order::sort_small_by_key;
pub use super::reason::{Reason, Strength};
use super::score::{Category, Score, Scores, Side};
use super::weights::{Weight, Weights};

/// Units per 1.0 of pressure.
pub const UNITS: i32 = 48;
/// Rust pressure at or above which Rust "presses hard" (about 0.71).
pub const HYBRID_RUST: i32 = 34;
/// Go pressure at or above which Go "presses hard" (about 0.56).
pub const HYBRID_GO: i32 = 27;
/// A lead of at most this many units is "no clear winner" (about 0.15).
///
/// `HYBRID_RUST - HYBRID_GO >= MARGIN` is what keeps the verdict monotone
/// in the order go < close < hybrid < rust; it is checked at compile time.
pub const MARGIN: i32 = 7;

const _: () = assert!(
    HYBRID_RUST - HYBRID_GO >= MARGIN,
    "the verdict would not be monotone"
);

/// The four outcomes. The ids are part of the public interface
/// (`data-verdict`), so they never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// Go: delivery speed and the team's Rust gap dominate.
    Go,
    /// Neither side dominates: start with Go, move hot paths to Rust once
    /// profiling proves the need (seed 003's migration strategy).
    Close,
    /// Both sides press hard: Go for the API / control plane, Rust for the
    /// hot path (seeds 002 and 003).
    Hybrid,
    /// Rust: latency, safety or scale dominate.
    Rust,
}

impl Verdict {
    /// Every verdict, from most Go-leaning to most Rust-leaning.
    pub const ALL: [Verdict; 4] = [Verdict::Go, Verdict::Close, Verdict::Hybrid, Verdict::Rust];

    /// Stable id used in `data-verdict` and exports.
    pub const fn id(self) -> &'static str {
        match self {
            Verdict::Go => "go",
            Verdict::Close => "close",
            Verdict::Hybrid => "hybrid",
            Verdict::Rust => "rust",
        }
    }

    /// Headline shown on the verdict card.
    pub const fn title(self) -> &'static str {
        match self {
            Verdict::Go => "Go",
            Verdict::Close => "Close call: start with Go",
            Verdict::Hybrid => "Hybrid: Go + Rust",
            Verdict::Rust => "Rust",
        }
    }

    /// One-sentence rationale.
    pub const fn rationale(self) -> &'static str {
        match self {
            Verdict::Go => "Delivery speed and the team's Rust gap outweigh what Rust would buy at runtime: build this service in Go.",
            Verdict::Close => "Neither side dominates: start with Go for fast delivery, then move hot paths to Rust once profiling proves the need.",
            Verdict::Hybrid => "Both sides press hard: use Go for the API and control plane, and Rust for the hot path behind a service boundary (gRPC, HTTP or a queue).",
            Verdict::Rust => "Latency, safety or scale requirements outweigh the cost of adopting Rust: build this service in Rust.",
        }
    }
}

/// One category's share of its side's pressure, for the chart and reasons.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    /// The category.
    pub category: Category,
    /// Its score.
    pub score: Score,
    /// Its pull toward its side, 0..=4, before weighting.
    pub pull: u8,
    /// The pull the rule counts: `pull`, except that the experience gap
    /// counts only as far as the deadline lets it ([`counted_gap`]).
    pub counted: u8,
    /// How much it counts; at 0 it presses with nothing.
    pub weight: Weight,
}

/// The result of scoring a service.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// What to build it in.
    pub verdict: Verdict,
    /// Rust-side pressure in 0..=[`UNITS`].
    pub rust_units: i32,
    /// Go-side pressure in 0..=[`UNITS`].
    pub go_units: i32,
    /// Why, strongest first. Rendered with [`Reason::text`], since some
    /// reasons quote the cost inputs.
    pub reasons: Vec<Reason>,
    /// Every category's pull, in rubric order.
    pub contributions: [Contribution; 5],
}

/// What makes the Go side of a Hybrid press hard, so that the split comes
/// in two steps, as seeds 000 and 002 describe (Go ships first; Rust comes
/// in where it pays, once the team can review it). Read from the scores:
/// time-to-market pulling 3-4 (a score of 4-5) is the deadline; the
/// experience gap counted at 3-4 (experience 1-2 with a deadline that lets
/// it count, see [`counted_gap`]) is the gap. A category weighted 0 presses
/// with nothing, so it never phases a Hybrid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// The deadline presses; the team has Rust experience.
    Deadline,
    /// The team's Rust gap presses; the deadline is moderate.
    Gap,
    /// Both press.
    Both,
}

impl Phase {
    /// Every phase, for tests and exhaustive checks.
    pub const ALL: [Phase; 3] = [Phase::Deadline, Phase::Gap, Phase::Both];

    /// The phased Hybrid rationale, naming what presses.
    pub const fn rationale(self) -> &'static str {
        match self {
            Phase::Deadline => "Both sides press hard, but the deadline rules out starting both at once: ship the API in Go now, then move the hot path to Rust as step two (behind gRPC, HTTP or a queue).",
            Phase::Gap => "Both sides press hard, but the team's Rust gap rules out starting both at once: ship the API in Go now while the team learns Rust, then move the hot path to Rust as step two, once someone on the team can review Rust (behind gRPC, HTTP or a queue).",
            Phase::Both => "Both sides press hard, but the deadline and the team's Rust gap rule out starting both at once: ship the API in Go now, then move the hot path to Rust as step two, once someone on the team can review Rust (behind gRPC, HTTP or a queue).",
        }
    }
}

impl Evaluation {
    /// Whether the Hybrid verdict comes in two steps, and why: see [`Phase`].
    pub fn phase(&self) -> Option<Phase> {
        if self.verdict != Verdict::Hybrid {
            return None;
        }
        let presses = |c: Category| {
            let c = &self.contributions[c.index()];
            c.weight != Weight::OFF && Strength::of(c.counted).is_some()
        };
        match (
            presses(Category::TimeToMarket),
            presses(Category::Experience),
        ) {
            (true, true) => Some(Phase::Both),
            (true, false) => Some(Phase::Deadline),
            (false, true) => Some(Phase::Gap),
            (false, false) => None,
        }
    }

    /// Whether the Hybrid verdict comes in two steps.
    pub fn phased(&self) -> bool {
        self.phase().is_some()
    }

    /// The one-sentence rationale for this evaluation: the verdict's own,
    /// or the phased Hybrid plan naming the deadline, the gap or both.
    pub fn rationale(&self) -> &'static str {
        match self.phase() {
            Some(phase) => phase.rationale(),
            None => self.verdict.rationale(),
        }
    }

    /// One side's pressure in 0..=[`UNITS`].
    pub fn units(&self, side: Side) -> i32 {
        match side {
            Side::Rust => self.rust_units,
            Side::Go => self.go_units,
        }
    }

    /// Rust-side pressure, 0.0..=1.0.
    pub fn rust_pressure(&self) -> f64 {
        f64::from(self.rust_units) / f64::from(UNITS)
    }

    /// Go-side pressure, 0.0..=1.0.
    pub fn go_pressure(&self) -> f64 {
        f64::from(self.go_units) / f64::from(UNITS)
    }

    /// How far the result leans: -1.0 is all Go, +1.0 all Rust.
    pub fn lean(&self) -> f64 {
        f64::from(self.rust_units - self.go_units) / f64::from(UNITS)
    }
}

/// Half the scale: the peak and the load each contribute up to this much.
const HALF: i32 = UNITS / 2;
/// The largest pull of one category.
const MAX_PULL: i32 = 4;
/// The categories of each side, in rubric order.
const RUST_SIDE: [Category; 3] = [Category::Latency, Category::Safety, Category::Scale];
const GO_SIDE: [Category; 2] = [Category::TimeToMarket, Category::Experience];

// Both halves of a side's pressure are whole units: the peak moves in steps
// of HALF / MAX_PULL, a full load of MAX_PULL * n is worth HALF.
const _: () = assert!(HALF % MAX_PULL == 0 && HALF + HALF == UNITS);
const _: () = assert!(HALF % (MAX_PULL * RUST_SIDE.len() as i32) == 0);
const _: () = assert!(HALF % (MAX_PULL * GO_SIDE.len() as i32) == 0);

/// How far the team's Rust gap pulls when no deadline presses (time to
/// market 1-2/5 at weight 1, or weighted 0): as far as experience 3/5
/// ("one or two engineers have shipped Rust and can mentor the rest"), the
/// team the learning turns it into. Anchor 2/5 for time to market is "a
/// quarter or more, with room to learn as you go", and seed 002's team took
/// "3 months to become productive in Rust". The gap still tips a service
/// with nothing on the Rust side toward Go (seed 003: "If 1/4 dominate, Go
/// often wins"), but on its own it no longer makes the Go side press hard.
pub const GAP_WITHOUT_DEADLINE: u8 = 2;

/// Go pressure from the gap alone with no deadline: peak and load of a
/// time-to-market pull `t` (0 or 1) and the gap at [`GAP_WITHOUT_DEADLINE`],
/// every weight 1.
const fn go_without_deadline(t: i32) -> i32 {
    let gap = GAP_WITHOUT_DEADLINE as i32;
    let full = MAX_PULL * GO_SIDE.len() as i32;
    let peak = if gap > t { gap } else { t };
    HALF / MAX_PULL * peak + HALF / full * (t + gap)
}

// At the rubric's own weights, a gap with no pressing deadline stays below
// the Go side's Hybrid bar (so strong Rust-side needs win) and still gives
// Go a lead of more than MARGIN when nothing else pulls.
const _: () = assert!(
    go_without_deadline(1) < HYBRID_GO,
    "the gap without a deadline would make Go press hard"
);
const _: () = assert!(
    go_without_deadline(0) > MARGIN,
    "the gap alone would no longer tip a service with no needs toward Go"
);
const _: () = assert!(GAP_WITHOUT_DEADLINE as i32 <= MAX_PULL);

/// The experience gap's pull as the rule counts it: its pull (5 -
/// experience), but at most one more than the deadline's weighted pull
/// (`w_ttm` x (time-to-market - 1)), and never held below
/// [`GAP_WITHOUT_DEADLINE`]. At the rubric's own weights that is
/// min(5 - experience, max(2, time-to-market)): the gap presses hard (3-4)
/// only with a deadline of 3/5 or more, when a date exists and the team
/// cannot learn first (seed 004: "If they don't, and the project has a
/// tight deadline, that's a risk").
///
/// Monotone as the rule needs: a higher time-to-market score or weight
/// lets the gap count more, more experience counts less, and with
/// time-to-market weighted 0 its score changes nothing.
pub fn counted_gap(scores: &Scores, weights: &Weights) -> u8 {
    let gap = Category::Experience.pull(scores.get(Category::Experience));
    let deadline = weights.get(Category::TimeToMarket).get()
        * Category::TimeToMarket.pull(scores.get(Category::TimeToMarket));
    gap.min(GAP_WITHOUT_DEADLINE.max(deadline + 1))
}

/// A category's pull as the rule counts it: its own pull, or for
/// experience [`counted_gap`].
fn counted(c: Category, scores: &Scores, weights: &Weights) -> u8 {
    match c {
        Category::Experience => counted_gap(scores, weights),
        _ => c.pull(scores.get(c)),
    }
}

/// One side's pressure in 1/48 units; see [`pressures_weighted`].
fn side_pressure(side: &[Category], scores: &Scores, weights: &Weights) -> i32 {
    let mut peak = 0;
    let mut load = 0;
    for &c in side {
        let pull = i32::from(counted(c, scores, weights));
        let weight = i32::from(weights.get(c).get());
        if weight > 0 {
            peak = peak.max(pull);
        }
        load += weight * pull;
    }
    let full = MAX_PULL * side.len() as i32;
    HALF / MAX_PULL * peak + HALF / full * load.min(full)
}

/// Picks the verdict from the two side pressures.
pub fn verdict_for(rust_units: i32, go_units: i32) -> Verdict {
    if rust_units >= HYBRID_RUST && go_units >= HYBRID_GO {
        Verdict::Hybrid
    } else if rust_units - go_units > MARGIN {
        Verdict::Rust
    } else if go_units - rust_units > MARGIN {
        Verdict::Go
    } else {
        Verdict::Close
    }
}

/// The (Rust, Go) side pressures of a set of scores at default weights,
/// in 1/48 units.
pub fn pressures(scores: &Scores) -> (i32, i32) {
    pressures_weighted(scores, &Weights::DEFAULT)
}

/// The (Rust, Go) side pressures, in 1/48 units: the one rule.
///
/// For a side of `n` categories with pulls `p` (0..=4) and weights `w`
/// (0..=3), where the experience gap's pull is the one [`counted_gap`]
/// counts, at most max(2, 1 + `w_ttm` x time-to-market's pull):
///
/// - peak = the largest `p` among categories with `w > 0` (0 if none): the
///   hardest constraint that counts. A weight says how much a category
///   counts, not how extreme its score is, so it does not scale the peak;
///   otherwise a doubled neutral score (3/5) would read as a hard
///   constraint, like 5/5.
/// - load = min(4n, sum of `w * p`): each category counted `w` times
///   against the side's fixed `n` slots, so weight 2 doubles its share and
///   weight 0 removes it. The cap keeps a side from pressing more than
///   fully; once a side is fully loaded, more weight on it changes nothing.
/// - pressure = 24 * peak/4 + 24 * load/(4n), at most 48.
///
/// With every weight at 1 the load is the plain sum (at most 4n), so this is
/// 0.5 * max/4 + 0.5 * mean/4, the unweighted rule, to the unit. Peak and
/// load never fall when a pull or weight rises (the counted gap rises with
/// time-to-market's score and weight), and each side reads only its own
/// categories; with [`verdict_for`] monotone in the two pressures, that
/// makes the verdict monotone in every score and every weight.
pub fn pressures_weighted(scores: &Scores, weights: &Weights) -> (i32, i32) {
    (
        side_pressure(&RUST_SIDE, scores, weights),
        side_pressure(&GO_SIDE, scores, weights),
    )
}

/// Just the verdict at default weights; see [`verdict_weighted`].
pub fn verdict(scores: &Scores) -> Verdict {
    verdict_weighted(scores, &Weights::DEFAULT)
}

/// Just the verdict, without building reasons: what sensitivity analysis
/// needs for each of its trial changes.
pub fn verdict_weighted(scores: &Scores, weights: &Weights) -> Verdict {
    let (rust, go) = pressures_weighted(scores, weights);
    verdict_for(rust, go)
}

/// Scores a service at default weights.
pub fn evaluate(scores: &Scores) -> Evaluation {
    evaluate_weighted(scores, &Weights::DEFAULT)
}

/// Scores a service with each category weighted.
pub fn evaluate_weighted(scores: &Scores, weights: &Weights) -> Evaluation {
    let contributions = Category::ALL.map(|category| {
        let score = scores.get(category);
        Contribution {
            category,
            score,
            pull: category.pull(score),
            counted: counted(category, scores, weights),
            weight: weights.get(category),
        }
    });
    let (rust_units, go_units) = pressures_weighted(scores, weights);
    let verdict = verdict_for(rust_units, go_units);
    let reasons = reasons(verdict, &contributions);
    Evaluation {
        verdict,
        rust_units,
        go_units,
        reasons,
        contributions,
    }
}

/// Builds the reasons: every category the rule counts at 3 or 4 (score
/// 4-5, or experience 1-2 with a deadline that lets the gap count),
/// strongest first; if none does, says why nothing wins; then a wide gap
/// that no deadline lets press, as time to learn.
fn reasons(verdict: Verdict, contributions: &[Contribution; 5]) -> Vec<Reason> {
    // A category weighted 0 is ignored by the rule, so it is no reason either.
    let weighted = contributions.iter().filter(|c| c.weight != Weight::OFF);
    let mut strong: Vec<(Category, Strength)> = weighted
        .clone()
        .filter(|c| Strength::of(c.counted).is_some())
        .filter_map(|c| Some((c.category, Strength::of(c.pull)?)))
        .collect();
    // The gap is wide but counts less than 3: there is time to learn.
    let learning = weighted
        .filter(|c| c.category == Category::Experience && Strength::of(c.counted).is_none())
        .find_map(|c| Strength::of(c.pull))
        .map(|strength| Reason::TimeToLearn { strength });
    // Stable sort: ties keep rubric order.
    sort_small_by_key(&mut strong, |&(_, s)| {
        std::cmp::Reverse(s == Strength::Peak)
    });
    // Lead with the side the verdict favours.
    let favoured = match verdict {
        Verdict::Rust => Some(Side::Rust),
        Verdict::Go | Verdict::Close => Some(Side::Go),
        Verdict::Hybrid => None,
    };
    if let Some(side) = favoured {
        sort_small_by_key(&mut strong, |(c, _)| c.side() != side);
    }
    let rust_presses = strong.iter().any(|(c, _)| c.side() == Side::Rust);
    let mut out: Vec<Reason> = strong
        .into_iter()
        .map(|(category, strength)| Reason::Presses { category, strength })
        .collect();
    if out.is_empty() {
        let leaning = match verdict {
            Verdict::Go => Some(Side::Go),
            Verdict::Rust => Some(Side::Rust),
            Verdict::Close | Verdict::Hybrid => None,
        };
        out.push(Reason::NothingPresses { leaning });
    }
    out.extend(learning);
    if verdict == Verdict::Close && rust_presses {
        out.push(Reason::ProfileFirst);
    }
    out
}

/// A single score change that would change the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flip {
    /// The category to change.
    pub category: Category,
    /// The score it would need.
    pub to: Score,
    /// The verdict it would give.
    pub verdict: Verdict,
}

/// Sensitivity analysis at default weights; see [`flips_weighted`].
pub fn flips(scores: &Scores) -> Vec<Flip> {
    flips_weighted(scores, &Weights::DEFAULT)
}

/// Sensitivity analysis: for each category, the nearest score that changes
/// the verdict (if any), nearest first. Users of decision matrices ask
/// "what would it take to flip this?"; this answers it.
pub fn flips_weighted(scores: &Scores, weights: &Weights) -> Vec<Flip> {
    let current = verdict_weighted(scores, weights);
    let mut out = Vec::new();
    for category in Category::ALL {
        let from = scores.get(category).get();
        let mut best: Option<(u8, Flip)> = None;
        for to in Score::all() {
            let distance = to.get().abs_diff(from);
            if distance == 0 || best.is_some_and(|(d, _)| d <= distance) {
                continue;
            }
            let changed = verdict_weighted(&scores.with(category, to), weights);
            if changed != current {
                best = Some((
                    distance,
                    Flip {
                        category,
                        to,
                        verdict: changed,
                    },
                ));
            }
        }
        if let Some((_, flip)) = best {
            out.push((flip.to.get().abs_diff(from), flip));
        }
    }
    sort_small_by_key(&mut out, |(d, _)| *d);
    out.into_iter().map(|(_, f)| f).collect()
}
