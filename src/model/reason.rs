//! Why a verdict came out as it did: the reasons, as data, and their
//! sentences. [`rubric`](super::rubric) picks them with the rule; this
//! file only says them.

use super::cost::CostInputs;
use super::fields::Field;
use super::number::plain_number;
use super::score::{Category, Score, Side};

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
    /// The team's Rust gap is wide (experience 1-2), but no deadline lets
    /// it press hard ([`counted_gap`](super::rubric::counted_gap) below 3): the team has time to learn,
    /// and the learning is a cost the estimate charges.
    TimeToLearn {
        /// How wide the gap is; with experience this fixes the score.
        strength: Strength,
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
            Reason::NothingPresses { .. } | Reason::TimeToLearn { .. } | Reason::ProfileFirst => {
                None
            }
        }
    }

    /// The sentence shown on the page and in exports. `cost` supplies the
    /// ramp-up months, so the text never contradicts the cost inputs.
    pub fn text(&self, cost: &CostInputs) -> String {
        let (category, strength) = match *self {
            Reason::Presses { category, strength } => (category, strength),
            Reason::NothingPresses { leaning: None } => {
                return "No category presses hard (nothing above 3/5, and no Rust gap that a deadline makes count): the decision is not forced either way.".into();
            }
            Reason::NothingPresses {
                leaning: Some(side),
            } => {
                return format!(
                    "No category presses hard (nothing above 3/5, and no Rust gap that a deadline makes count), but the moderate scores together lean toward {}.",
                    side.name()
                );
            }
            Reason::ProfileFirst => {
                return "The Rust-side needs are real but do not outweigh delivery and team costs yet: profile first.".into();
            }
            Reason::TimeToLearn { strength } => {
                let gap = match strength {
                    Strength::Peak => "minimal (1/5)",
                    Strength::High => "thin (2/5)",
                };
                return match ramp(cost.get(Field::RampMonths)) {
                    Some(m) => format!(
                        "Team Rust experience is {gap}, but without a pressing deadline the team has time to learn: about {m} before it is productive in Rust, a cost the estimate counts."
                    ),
                    None => format!(
                        "Team Rust experience is {gap}, but without a pressing deadline the team has time to learn Rust on this service."
                    ),
                };
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
