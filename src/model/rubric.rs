//! The decision rule: five scores in, a verdict with reasons out.
//!
//! Each category pulls 0..=4 toward its side (see [`Category::pull`]). A
//! side's pressure blends its strongest category with its average, so one
//! hard constraint (a millisecond p99 budget) counts even when the other
//! categories on that side are quiet, which is how seed 003 phrases it:
//! "if categories 2/3/5 dominate, Rust often wins".
//!
//! All arithmetic is in integer units of 1/48 so boundaries are exact and
//! the exhaustive tests cannot be fooled by rounding.

use super::cost::CostInputs;
use super::fields::{plain_number, Field};
use super::score::{Category, Score, Scores, Side};

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

const _: () = assert!(HYBRID_RUST - HYBRID_GO >= MARGIN, "the verdict would not be monotone");

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
    /// Its pull toward its side, 0..=4.
    pub pull: u8,
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

impl Evaluation {
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

/// Side pressure in 1/48 units from the pulls (each 0..=4) of one side.
///
/// pressure = 0.5 * max/4 + 0.5 * mean/4; with `n` categories that is
/// `6*max + (24/n)*sum / 4` in 1/48 units, written out per side size.
fn pressure(pulls: &[u8]) -> i32 {
    let max = i32::from(pulls.iter().copied().max().unwrap_or(0));
    let sum: i32 = pulls.iter().map(|&p| i32::from(p)).sum();
    let n = pulls.len() as i32;
    6 * max + (24 / n) * sum / 4
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

/// The (Rust, Go) side pressures of a set of scores, in 1/48 units.
pub fn pressures(scores: &Scores) -> (i32, i32) {
    let pulls = |cats: &[Category]| -> ([u8; 3], usize) {
        let mut out = [0u8; 3];
        for (slot, &c) in out.iter_mut().zip(cats) {
            *slot = c.pull(scores.get(c));
        }
        (out, cats.len())
    };
    let (rust, n_rust) = pulls(&[Category::Latency, Category::Safety, Category::Scale]);
    let (go, n_go) = pulls(&[Category::TimeToMarket, Category::Experience]);
    (pressure(&rust[..n_rust]), pressure(&go[..n_go]))
}

/// Just the verdict, without building reasons: what sensitivity analysis
/// needs for each of its trial changes.
pub fn verdict(scores: &Scores) -> Verdict {
    let (rust, go) = pressures(scores);
    verdict_for(rust, go)
}

/// Scores a service.
pub fn evaluate(scores: &Scores) -> Evaluation {
    let contributions = Category::ALL.map(|category| {
        let score = scores.get(category);
        Contribution { category, score, pull: category.pull(score) }
    });
    let (rust_units, go_units) = pressures(scores);
    let verdict = verdict_for(rust_units, go_units);
    let reasons = reasons(verdict, &contributions);
    Evaluation { verdict, rust_units, go_units, reasons, contributions }
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
            Reason::NothingPresses { leaning: Some(side) } => {
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
    let mut strong: Vec<(Category, Strength)> =
        contributions.iter().filter_map(|c| Some((c.category, Strength::of(c.pull)?))).collect();
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
    let mut out: Vec<Reason> =
        strong.into_iter().map(|(category, strength)| Reason::Presses { category, strength }).collect();
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

/// Sensitivity analysis: for each category, the nearest score that changes
/// the verdict (if any), nearest first. Users of decision matrices ask
/// "what would it take to flip this?"; this answers it.
pub fn flips(scores: &Scores) -> Vec<Flip> {
    let current = verdict(scores);
    let mut out = Vec::new();
    for category in Category::ALL {
        let from = scores.get(category).get();
        let mut best: Option<(u8, Flip)> = None;
        for to in Score::all() {
            let distance = to.get().abs_diff(from);
            if distance == 0 || best.is_some_and(|(d, _)| d <= distance) {
                continue;
            }
            let changed = verdict(&scores.with(category, to));
            if changed != current {
                best = Some((distance, Flip { category, to, verdict: changed }));
            }
        }
        if let Some((_, flip)) = best {
            out.push((flip.to.get().abs_diff(from), flip));
        }
    }
    out.sort_by_key(|(d, _)| *d);
    out.into_iter().map(|(_, f)| f).collect()
}
