//! The decision rule: five scores in, a verdict with reasons out.
//!
//! Each category pulls 0..=4 toward its side (see [`Category::pull`]). A
//! side's pressure blends its strongest category with its average, so one
//! hard constraint (a millisecond p99 budget) counts even when the other
//! categories on that side are quiet, which is how seed 003 phrases it:
//! "if categories 2/3/5 dominate, Rust often wins".
//!
//! Weights (see [`weights`](super::weights)) say how much each category
//! counts. There is one rule, [`pressures_weighted`]; with every weight at 1
//! it is the blend above exactly, and the unweighted functions
//! ([`evaluate`], [`verdict`], [`pressures`], [`flips`]) are that case.
//!
//! All arithmetic is in integer units of 1/48 so boundaries are exact and
//! the exhaustive tests cannot be fooled by rounding.

use super::cost::CostInputs;
use super::fields::Field;
use super::number::plain_number;
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

/// The Hybrid rationale when the Go side presses because of the deadline or
/// the team: the split happens in two steps, as seeds 000 and 002 describe
/// (Go ships first; Rust comes in where it pays, once the team can review it).
pub const HYBRID_PHASED: &str = "Both sides press hard, but the deadline or the team's Rust gap rules out starting both at once: ship the API in Go now, then move the hot path to Rust as step two, once someone on the team can review Rust (behind gRPC, HTTP or a queue).";

impl Evaluation {
    /// Whether the Hybrid verdict comes in two steps: time-to-market
    /// pressure is high (4-5) or team Rust experience low (1-2).
    pub fn phased(&self) -> bool {
        let score = |c: Category| self.contributions[c.index()].score.get();
        self.verdict == Verdict::Hybrid
            && (score(Category::TimeToMarket) >= 4 || score(Category::Experience) <= 2)
    }

    /// The one-sentence rationale for this evaluation: the verdict's own,
    /// or the phased Hybrid plan when the deadline or the team calls for it.
    pub fn rationale(&self) -> &'static str {
        if self.phased() {
            HYBRID_PHASED
        } else {
            self.verdict.rationale()
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

/// One side's pressure in 1/48 units; see [`pressures_weighted`].
fn side_pressure(side: &[Category], scores: &Scores, weights: &Weights) -> i32 {
    let mut peak = 0;
    let mut load = 0;
    for &c in side {
        let pull = i32::from(c.pull(scores.get(c)));
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
/// (0..=3):
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
/// load never fall when a pull or weight rises, and each side reads only its
/// own categories; with [`verdict_for`] monotone in the two pressures, that
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

/// How hard a category presses when it is a reason: only the two top pulls
/// (3 and 4) count, so a reason cannot name a category that barely pulls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Strength {
    /// Pull 3: score 4, or team experience 2.
    High,
    /// Pull 4: score 5, or team experience 1.
    Peak,
}

impl Strength {
    /// The strength of a pull, if it is strong enough to be a reason.
    pub const fn of(pull: u8) -> Option<Strength> {
        match pull {
            3 => Some(Strength::High),
            4 => Some(Strength::Peak),
            _ => None,
        }
    }

    /// The score that gives this strength in `category` (experience is
    /// read as the gap, so its strong scores are the low ones).
    pub fn score(self, category: Category) -> Score {
        Score::clamped(match (category, self) {
            (Category::Experience, Strength::Peak) => 1,
            (Category::Experience, Strength::High) => 2,
            (_, Strength::Peak) => 5,
            (_, Strength::High) => 4,
        })
    }
}

/// One reason behind a verdict. Kept as data rather than text because the
/// experience reason quotes the ramp-up months from the cost inputs, which
/// the scores alone do not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A category pulls hard toward its side.
    Presses {
        /// The category.
        category: Category,
        /// How hard; with the category this fixes the score.
        strength: Strength,
    },
    /// No category pulls hard; `leaning` is the side the verdict still
    /// favours, `None` for a close call.
    NothingPresses {
        /// The side the moderate scores add up to, if any.
        leaning: Option<Side>,
    },
    /// A close call although Rust-side needs press hard: profile before
    /// moving anything.
    ProfileFirst,
}

/// "9 months", "1 month", "0.5 months"; `None` when the ramp-up rounds to
/// zero, so no sentence promises a ramp that the inputs say is not there.
fn ramp(months: f64) -> Option<String> {
    match plain_number(months).as_str() {
        "0" => None,
        "1" => Some("1 month".into()),
        n => Some(format!("{n} months")),
    }
}

impl Reason {
    /// The category this reason names and its score, if it names one.
    pub fn pressing(&self) -> Option<(Category, Score)> {
        match *self {
            Reason::Presses { category, strength } => Some((category, strength.score(category))),
            Reason::NothingPresses { .. } | Reason::ProfileFirst => None,
        }
    }

    /// The sentence shown on the page and in exports. `cost` supplies the
    /// ramp-up months, so the text never contradicts the cost inputs.
    pub fn text(&self, cost: &CostInputs) -> String {
        let (category, strength) = match *self {
            Reason::Presses { category, strength } => (category, strength),
            Reason::NothingPresses { leaning: None } => {
                return "No category presses hard (nothing above 3/5, team experience not below 3/5): the decision is not forced either way.".into();
            }
            Reason::NothingPresses {
                leaning: Some(side),
            } => {
                return format!(
                    "No category presses hard (nothing above 3/5, team experience not below 3/5), but the moderate scores together lean toward {}.",
                    side.name()
                );
            }
            Reason::ProfileFirst => {
                return "The Rust-side needs are real but do not outweigh delivery and team costs yet: profile first.".into();
            }
        };
        let peak = strength == Strength::Peak;
        let text = match category {
            Category::TimeToMarket if peak => "Time-to-market pressure is at its peak (5/5): Go's fast feedback loop and short learning curve ship sooner.",
            Category::TimeToMarket => "Time-to-market pressure is high (4/5): Go gets a working service out faster.",
            Category::Latency if peak => "Latency determinism is critical (5/5): Rust has no garbage collector, so no GC pauses reach the tail latency.",
            Category::Latency => "Latency determinism matters (4/5): GC pauses would show in the tail; Rust has no garbage collector.",
            Category::Safety if peak => "Memory safety is top-tier (5/5): Rust rules out whole classes of memory bugs at compile time.",
            Category::Safety => "Memory safety is important (4/5): Rust's compiler rejects null dereferences and data races that Go can only catch at run time.",
            Category::Scale if peak => "Scale and resource cost are strategic (5/5): at this scale memory and CPU are real money, and Rust services usually need less of both.",
            Category::Scale => "Scale and resource cost are significant (4/5): Rust services usually need less memory and CPU, which adds up across instances.",
            Category::Experience => {
                let months = ramp(cost.get(Field::RampMonths));
                return match (strength, months) {
                    (Strength::Peak, Some(m)) => format!(
                        "Team Rust experience is minimal (1/5): expect about {m} before the team is productive in Rust."
                    ),
                    (Strength::Peak, None) => {
                        "Team Rust experience is minimal (1/5): this would be the team's first production Rust.".into()
                    }
                    (Strength::High, Some(m)) => format!(
                        "Team Rust experience is thin (2/5): Rust work would be slower for about {m} while the team learns."
                    ),
                    (Strength::High, None) => {
                        "Team Rust experience is thin (2/5): nobody on the team has run Rust in production.".into()
                    }
                };
            }
        };
        text.into()
    }
}

/// Builds the reasons: every category pulling at 3 or 4 (score 4-5, or
/// experience 1-2), strongest first; if none does, says why nothing wins.
fn reasons(verdict: Verdict, contributions: &[Contribution; 5]) -> Vec<Reason> {
    // A category weighted 0 is ignored by the rule, so it is no reason either.
    let mut strong: Vec<(Category, Strength)> = contributions
        .iter()
        .filter(|c| c.weight != Weight::OFF)
        .filter_map(|c| Some((c.category, Strength::of(c.pull)?)))
        .collect();
    // Stable sort: ties keep rubric order.
    strong.sort_by_key(|&(_, s)| std::cmp::Reverse(s == Strength::Peak));
    // Lead with the side the verdict favours.
    let favoured = match verdict {
        Verdict::Rust => Some(Side::Rust),
        Verdict::Go | Verdict::Close => Some(Side::Go),
        Verdict::Hybrid => None,
    };
    if let Some(side) = favoured {
        strong.sort_by_key(|(c, _)| c.side() != side);
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
    out.sort_by_key(|(d, _)| *d);
    out.into_iter().map(|(_, f)| f).collect()
}
