//! The room's numbers: medians, spreads, how many agree, the verdicts of
//! the medians and of each vote, and what to talk about first.

use crate::model::rubric::{verdict_weighted, Verdict};
use crate::model::score::{Category, Score, Scores};
use crate::model::weights::Weights;

use super::votes::Room;

/// One category across the room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    /// The category.
    pub category: Category,
    /// The median score; see [`median`].
    pub median: Score,
    /// The lowest score given.
    pub min: Score,
    /// The highest score given.
    pub max: Score,
    /// How many votes gave each score, 1 to 5.
    pub counts: [usize; 5],
}

impl Spread {
    /// The width of the spread in notches: 0 when everyone agrees.
    pub fn range(&self) -> u8 {
        self.max.get() - self.min.get()
    }

    /// How many votes lie within one point of the median (the median
    /// itself and its two neighbours): how much of the room the median
    /// speaks for.
    pub fn agree(&self) -> usize {
        (1u8..)
            .zip(self.counts)
            .filter(|(v, _)| v.abs_diff(self.median.get()) <= 1)
            .map(|(_, n)| n)
            .sum()
    }

    /// How many votes the spread counts.
    pub fn votes(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// How [`median`] treats an even number of votes, as the room page says it.
pub const MEDIAN_RULE: &str = "With an even number of votes the median is the mean of the two middle scores; a half is rounded toward the neutral 3, because a room split between 4 and 5 has not agreed that a need is at its peak (nor one split between 1 and 2 that there is none), and the rule treats Go and Rust alike.";

/// The median of scores, whole by construction.
///
/// With an odd number of votes it is the middle one. With an even number,
/// two middle scores that differ by an even amount have a whole mean, which
/// is the median; when they are one notch (or three) apart, the half is
/// rounded toward the neutral 3. Why toward 3: a room split between 4 and
/// 5 has not agreed that the need is at its peak, and one split between 1
/// and 2 has not agreed there is nothing at all, so the median claims the
/// less extreme of the two. The rule treats both ends of every category
/// alike, so it favours neither Go nor Rust (taking the lower middle value
/// instead would make a split room look less Rust-leaning on latency and
/// more Go-leaning on experience).
///
/// Returns `None` for no scores.
pub fn median(scores: &[Score]) -> Option<Score> {
    let counts = count(scores);
    let n = scores.len();
    if n == 0 {
        return None;
    }
    let m = if n % 2 == 1 {
        nth(&counts, n / 2)
    } else {
        let sum = nth(&counts, n / 2 - 1) + nth(&counts, n / 2);
        let (lo, hi) = (sum / 2, sum.div_ceil(2));
        if hi <= Score::MID.get() {
            hi
        } else {
            lo
        }
    };
    Score::new(m)
}

/// How many of `scores` are 1, 2, 3, 4 and 5. Scores take five values,
/// so counting them orders them: no sorting needed.
fn count(scores: &[Score]) -> [usize; 5] {
    let mut counts = [0; 5];
    for s in scores {
        counts[usize::from(s.get() - 1)] += 1;
    }
    counts
}

/// The `k`-th smallest score (0-based) given how many of each there are.
fn nth(counts: &[usize; 5], k: usize) -> u8 {
    let mut seen = 0;
    for (value, &c) in (1u8..).zip(counts) {
        seen += c;
        if k < seen {
            return value;
        }
    }
    Score::MAX.get()
}

/// How [`Room::discussion`] orders the categories, as the room page says it.
pub const DISCUSSION_RULE: &str = "The category to talk about first is the one with the widest range of votes; among equal ranges, one whose range changes the verdict (the other scores at their medians) comes before one whose range does not, then the rubric's order.";

impl Room {
    /// Every vote's score in one category.
    fn scores(&self, category: Category) -> Vec<Score> {
        self.votes()
            .iter()
            .map(|v| v.scores.get(category))
            .collect()
    }

    /// One category across the room; `None` without votes.
    pub fn spread(&self, category: Category) -> Option<Spread> {
        let scores = self.scores(category);
        let counts = count(&scores);
        Some(Spread {
            category,
            median: median(&scores)?,
            min: Score::new(nth(&counts, 0))?,
            max: Score::new(nth(&counts, scores.len().checked_sub(1)?))?,
            counts,
        })
    }

    /// The median of every category; `None` without votes.
    pub fn median(&self) -> Option<Scores> {
        let mut out = Scores::default();
        for c in Category::ALL {
            out.set(c, self.spread(c)?.median);
        }
        Some(out)
    }

    /// The verdict of the median scores, by the page's rule and weights.
    pub fn verdict(&self, weights: &Weights) -> Option<Verdict> {
        Some(verdict_weighted(&self.median()?, weights))
    }

    /// How many individual votes lead to each verdict, in
    /// [`Verdict::ALL`] order.
    pub fn tally(&self, weights: &Weights) -> [(Verdict, usize); 4] {
        Verdict::ALL.map(|verdict| {
            (
                verdict,
                self.votes()
                    .iter()
                    .filter(|v| verdict_weighted(&v.scores, weights) == verdict)
                    .count(),
            )
        })
    }

    /// The verdicts the median gives with one category moved to the lowest
    /// and to the highest score anyone gave it. The verdict is monotone in
    /// every score, so if these two agree, every score in between gives
    /// the same verdict too.
    pub fn verdicts_across(
        &self,
        spread: &Spread,
        weights: &Weights,
    ) -> Option<(Verdict, Verdict)> {
        let m = self.median()?;
        let at = |s: Score| verdict_weighted(&m.with(spread.category, s), weights);
        Some((at(spread.min), at(spread.max)))
    }

    /// The categories the room disagrees on, the one to talk about first
    /// first; [`DISCUSSION_RULE`] says the order on the page. Order: the widest spread; among equal spreads, one whose
    /// spread changes the verdict (with the other categories at their
    /// medians, see [`Room::verdicts_across`]) before one whose spread does
    /// not, since settling it settles the decision; then rubric order.
    /// Categories everyone scored alike are left out.
    pub fn discussion(&self, weights: &Weights) -> Vec<Spread> {
        let all: Vec<(Spread, bool)> = Category::ALL
            .into_iter()
            .filter_map(|c| self.spread(c))
            .map(|s| {
                (
                    s,
                    self.verdicts_across(&s, weights)
                        .is_some_and(|(lo, hi)| lo != hi),
                )
            })
            .collect();
        let mut out = Vec::new();
        for range in (1..Score::MAX.get()).rev() {
            for swings in [true, false] {
                out.extend(
                    all.iter()
                        .filter(|(s, sw)| s.range() == range && *sw == swings)
                        .map(|(s, _)| *s),
                );
            }
        }
        out
    }

    /// The category to talk about first: the head of
    /// [`Room::discussion`], `None` when the room agrees on every score.
    pub fn disagreement(&self, weights: &Weights) -> Option<Spread> {
        self.discussion(weights).into_iter().next()
    }
}
