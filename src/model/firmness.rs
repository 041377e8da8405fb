//! How firm a verdict is: where the pressures sit within it, and how far
//! the nearest score or weight change that would move it is.

use super::order::sort_small_by_key;
use super::rubric::{pressures_weighted, verdict_for, verdict_weighted, Verdict};
use super::score::{Category, Score, Scores, Side};
use super::weights::Weights;

/// Where the pressures sit within the verdict. For a close call that is the
/// side ahead: the one whose lead threshold ([`MARGIN`]) is nearer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Go leads by more than [`MARGIN`].
    Go,
    /// Neither side leads by more than [`MARGIN`] nor do both press hard;
    /// the side ahead, or `None` when the pressures are equal.
    Close(Option<Side>),
    /// Both sides press hard.
    Hybrid,
    /// Rust leads by more than [`MARGIN`].
    Rust,
}

impl Standing {
    /// The verdict this standing belongs to.
    pub const fn verdict(self) -> Verdict {
        match self {
            Standing::Go => Verdict::Go,
            Standing::Close(_) => Verdict::Close,
            Standing::Hybrid => Verdict::Hybrid,
            Standing::Rust => Verdict::Rust,
        }
    }
}

/// How firm a verdict is: where the pressures sit, and which verdicts a
/// single one-notch score change reaches. The page says it next to the
/// verdict, so a one-notch swing is expected rather than a surprise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Firmness {
    standing: Standing,
    /// Distinct, Go-most first, never the current verdict.
    one_notch: Vec<Verdict>,
}

impl Firmness {
    /// The verdict it describes.
    pub fn verdict(&self) -> Verdict {
        self.standing.verdict()
    }

    /// Where the pressures sit within the verdict.
    pub fn standing(&self) -> Standing {
        self.standing
    }

    /// Every verdict some one-notch score change gives, Go-most first.
    pub fn one_notch_from(&self) -> &[Verdict] {
        &self.one_notch
    }

    /// Whether no one-notch score change moves the verdict.
    pub fn is_firm(&self) -> bool {
        self.one_notch.is_empty()
    }

    /// The firmness in words, to follow "The verdict is": "firmly Rust",
    /// "Rust, one notch from Hybrid", "a close call leaning Go", "an evenly
    /// balanced close call, one notch from Go or Rust".
    pub fn phrase(&self) -> String {
        let head = match self.standing {
            Standing::Go => "Go".to_string(),
            Standing::Hybrid => "Hybrid".to_string(),
            Standing::Rust => "Rust".to_string(),
            Standing::Close(Some(side)) => format!("a close call leaning {}", side.name()),
            Standing::Close(None) => "an evenly balanced close call".to_string(),
        };
        match (self.one_notch.as_slice(), self.standing) {
            ([], Standing::Close(_)) => head,
            ([], _) => format!("firmly {head}"),
            ([only], _) => format!("{head}, one notch from {}", Firmness::name(*only)),
            ([first @ .., last], _) => {
                let first: Vec<&str> = first.iter().map(|&v| Firmness::name(v)).collect();
                format!(
                    "{head}, one notch from {} or {}",
                    first.join(", "),
                    Firmness::name(*last)
                )
            }
        }
    }

    /// A verdict as the phrase names it.
    const fn name(verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Go => "Go",
            Verdict::Close => "a close call",
            Verdict::Hybrid => "Hybrid",
            Verdict::Rust => "Rust",
        }
    }
}

/// How firm the weighted verdict is: every score moved one notch either
/// way, one at a time. Both directions count, unlike [`flips_weighted`],
/// which keeps only one nearest change per category.
pub fn firmness(scores: &Scores, weights: &Weights) -> Firmness {
    let (rust, go) = pressures_weighted(scores, weights);
    let current = verdict_for(rust, go);
    let standing = match current {
        Verdict::Go => Standing::Go,
        Verdict::Hybrid => Standing::Hybrid,
        Verdict::Rust => Standing::Rust,
        Verdict::Close => Standing::Close(match rust.cmp(&go) {
            std::cmp::Ordering::Greater => Some(Side::Rust),
            std::cmp::Ordering::Less => Some(Side::Go),
            std::cmp::Ordering::Equal => None,
        }),
    };
    let mut one_notch = Vec::new();
    for category in Category::ALL {
        let from = scores.get(category).get();
        for to in [from - 1, from + 1].into_iter().filter_map(Score::new) {
            let changed = verdict_weighted(&scores.with(category, to), weights);
            if changed != current {
                one_notch.push(changed);
            }
        }
    }
    sort_small_by_key(&mut one_notch, |v| *v);
    one_notch.dedup();
    Firmness {
        standing,
        one_notch,
    }
}
