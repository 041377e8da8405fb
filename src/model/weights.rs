//! Category weights: how much each rubric category counts.
//!
//! A [`Weight`] is 0..=3: 0 ignores the category, 1 is the rubric as
//! written, 2 and 3 count it twice and three times. Like [`Score`], the
//! field is private, so an out-of-range weight cannot exist past the edge.
//!
//! Two consequences of asking the verdict to be monotone in every weight
//! (raising a Rust-side weight never moves it toward Go, and the same for
//! Go), which the rule in [`rubric`](super::rubric) is built around:
//!
//! - Weights are absolute, not relative. If doubling every weight changed
//!   nothing, then raising one weight at a time from all-1 to all-2 could
//!   never lower a pressure and would end where it started, so no single
//!   weight could matter at all. All-2 therefore presses harder on both
//!   sides than all-1: "everything matters twice as much" reads as "both
//!   sides press hard".
//! - Weight 0 makes a category press with nothing; it does not shrink its
//!   side. If ignoring scale turned the Rust side into a two-category side,
//!   latency 5/5 and safety 5/5 alone would press fully (the mean of two
//!   maxed pulls), and bringing scale back at 1/5 would *lower* the Rust
//!   pressure: raising a weight from 0 to 1 would move the verdict toward
//!   Go.
//!
//! [`Score`]: super::score::Score

use std::fmt;

use super::score::Category;

/// How much one category counts, always in 0..=3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weight(u8);

impl Weight {
    /// Ignores the category: it presses with nothing.
    pub const OFF: Weight = Weight(0);
    /// The rubric as written.
    pub const DEFAULT: Weight = Weight(1);
    /// The largest weight: the category counts three times.
    pub const MAX: Weight = Weight(3);

    /// Returns the weight if `value` is in 0..=3.
    pub const fn new(value: u8) -> Option<Weight> {
        if value <= Weight::MAX.0 {
            Some(Weight(value))
        } else {
            None
        }
    }

    /// Saturates any integer into 0..=3, for values that were readable but
    /// out of range at the edge (`9` becomes 3, `-1` becomes 0).
    pub fn clamped(value: i64) -> Weight {
        Weight(value.clamp(0, i64::from(Weight::MAX.0)) as u8)
    }

    /// The raw value, 0..=3.
    pub const fn get(self) -> u8 {
        self.0
    }

    /// Every weight, lowest first.
    pub fn all() -> impl Iterator<Item = Weight> {
        (0..=Weight::MAX.0).map(Weight)
    }
}

impl Default for Weight {
    fn default() -> Self {
        Weight::DEFAULT
    }
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One weight per category, indexed by [`Category`] like
/// [`Scores`](super::score::Scores).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Weights([Weight; 5]);

impl Weights {
    /// Every category at weight 1: the rubric as written.
    pub const DEFAULT: Weights = Weights([Weight::DEFAULT; 5]);

    /// Builds weights in rubric order (ttm, lat, safety, exp, scale).
    /// Returns `None` if any value is outside 0..=3.
    pub fn from_values(values: [u8; 5]) -> Option<Weights> {
        let mut out = [Weight::DEFAULT; 5];
        for (slot, v) in out.iter_mut().zip(values) {
            *slot = Weight::new(v)?;
        }
        Some(Weights(out))
    }

    /// The weight of one category.
    pub fn get(&self, category: Category) -> Weight {
        self.0[category.index()]
    }

    /// Sets the weight of one category.
    pub fn set(&mut self, category: Category, weight: Weight) {
        self.0[category.index()] = weight;
    }

    /// Returns a copy with one category's weight changed.
    pub fn with(mut self, category: Category, weight: Weight) -> Weights {
        self.set(category, weight);
        self
    }

    /// The raw values in rubric order.
    pub fn values(&self) -> [u8; 5] {
        self.0.map(Weight::get)
    }

    /// Whether this is the rubric as written, so links and exports can
    /// leave weights out when nobody changed them.
    pub fn is_default(&self) -> bool {
        *self == Weights::DEFAULT
    }

    /// Every one of the 4^5 = 1024 combinations.
    pub fn every() -> impl Iterator<Item = Weights> {
        let base = u32::from(Weight::MAX.0) + 1;
        (0..base.pow(5)).map(move |mut n| {
            let mut out = [Weight::DEFAULT; 5];
            for slot in out.iter_mut() {
                *slot = Weight((n % base) as u8);
                n /= base;
            }
            Weights(out)
        })
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights::DEFAULT
    }
}

impl Weight {
    /// The weight in words, as the page shows and reads it out.
    pub const fn words(self) -> &'static str {
        match self.0 {
            0 => "ignored",
            1 => "x1 (default)",
            2 => "x2",
            _ => "x3",
        }
    }
}

impl Weights {
    /// The categories whose weight differs from the rubric as written, as
    /// one sentence for the verdict card and the exports; `None` at the
    /// default weights, so nothing is said when nothing changed.
    pub fn describe(&self) -> Option<String> {
        if self.is_default() {
            return None;
        }
        let changed: Vec<String> = Category::ALL
            .into_iter()
            .filter(|&c| self.get(c) != Weight::DEFAULT)
            .map(|c| format!("{} {}", c.label().to_ascii_lowercase(), self.get(c).words()))
            .collect();
        Some(format!(
            "Weighted: {}; every other category x1.",
            changed.join(", ")
        ))
    }
}
