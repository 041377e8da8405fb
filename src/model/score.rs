//! Scores and categories: the typed vocabulary of the rubric.
//!
//! A [`Score`] can only hold 1..=5, so every function past the parsing edge
//! works with values that are already valid.

use std::fmt;

/// One rubric score, always in 1..=5.
///
/// The field is private: the only ways in are [`Score::new`] (checked) and
/// [`Score::clamped`] (saturating), so an out-of-range score cannot exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    /// The lowest score.
    pub const MIN: Score = Score(1);
    /// The highest score.
    pub const MAX: Score = Score(5);
    /// The neutral middle of the scale, the default for every category.
    pub const MID: Score = Score(3);

    /// Returns the score if `value` is in 1..=5.
    pub const fn new(value: u8) -> Option<Score> {
        if value >= 1 && value <= 5 {
            Some(Score(value))
        } else {
            None
        }
    }

    /// Saturates any integer into 1..=5. Used at the edge when a value was
    /// readable but out of range (`?ttm=9` becomes 5).
    pub fn clamped(value: i64) -> Score {
        Score(value.clamp(1, 5) as u8)
    }

    /// The raw value, 1..=5.
    pub const fn get(self) -> u8 {
        self.0
    }

    /// Every score, lowest first.
    pub fn all() -> impl Iterator<Item = Score> {
        (1..=5).map(Score)
    }
}

impl Default for Score {
    fn default() -> Self {
        Score::MID
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Which language a category pulls toward when it scores high on the side's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Pulls toward Go.
    Go,
    /// Pulls toward Rust.
    Rust,
}

impl Side {
    /// Display name of the language.
    pub const fn name(self) -> &'static str {
        match self {
            Side::Go => "Go",
            Side::Rust => "Rust",
        }
    }

    /// Lower-case id, as the stylesheet's classes and `data-` attributes use it.
    pub const fn id(self) -> &'static str {
        match self {
            Side::Go => "go",
            Side::Rust => "rust",
        }
    }
}

/// The five categories of the decision matrix in seed 003, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// 1. Time-to-market pressure: high pressure pulls toward Go.
    TimeToMarket,
    /// 2. Latency determinism requirement: pulls toward Rust.
    Latency,
    /// 3. Memory safety criticality: pulls toward Rust.
    Safety,
    /// 4. Team Rust experience: read as the experience *gap*, so a low
    ///    score pulls toward Go.
    Experience,
    /// 5. Projected scale / resource cost: pulls toward Rust.
    Scale,
}

impl Category {
    /// All categories in the rubric's order.
    pub const ALL: [Category; 5] = [
        Category::TimeToMarket,
        Category::Latency,
        Category::Safety,
        Category::Experience,
        Category::Scale,
    ];

    /// Position in [`Category::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The query parameter, part of the public URL interface: never rename.
    pub const fn param(self) -> &'static str {
        match self {
            Category::TimeToMarket => "ttm",
            Category::Latency => "lat",
            Category::Safety => "safety",
            Category::Experience => "exp",
            Category::Scale => "scale",
        }
    }

    /// Looks a category up by its query parameter.
    pub fn from_param(param: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.param() == param)
    }

    /// Human label, as the rubric names it.
    pub const fn label(self) -> &'static str {
        match self {
            Category::TimeToMarket => "Time-to-market pressure",
            Category::Latency => "Latency determinism requirement",
            Category::Safety => "Memory safety criticality",
            Category::Experience => "Team Rust experience",
            Category::Scale => "Projected scale / resource cost",
        }
    }

    /// Short label for charts and compact layouts.
    pub const fn short(self) -> &'static str {
        match self {
            Category::TimeToMarket => "Time to market",
            Category::Latency => "Latency",
            Category::Safety => "Memory safety",
            Category::Experience => "Rust experience",
            Category::Scale => "Scale / cost",
        }
    }

    /// The side this category pulls toward.
    pub const fn side(self) -> Side {
        match self {
            Category::TimeToMarket | Category::Experience => Side::Go,
            Category::Latency | Category::Safety | Category::Scale => Side::Rust,
        }
    }

    /// How hard a score in this category pulls toward its side, 0..=4.
    ///
    /// Experience is inverted: 1 (nobody has shipped Rust) pulls hardest
    /// toward Go, 5 (the team ships Rust today) not at all.
    pub const fn pull(self, score: Score) -> u8 {
        match self {
            Category::Experience => 5 - score.0,
            _ => score.0 - 1,
        }
    }
}

/// One score per category. Indexing by [`Category`] keeps the five values
/// from being confused with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Scores([Score; 5]);

impl Scores {
    /// Builds scores in rubric order (ttm, lat, safety, exp, scale).
    /// Returns `None` if any value is outside 1..=5.
    pub fn from_values(values: [u8; 5]) -> Option<Scores> {
        let mut out = [Score::MID; 5];
        for (slot, v) in out.iter_mut().zip(values) {
            *slot = Score::new(v)?;
        }
        Some(Scores(out))
    }

    /// Builds scores written in the source, in rubric order (ttm, lat,
    /// safety, exp, scale). Meant for `const` and `static` data such as the
    /// presets: there a value outside 1..=5 stops the build instead of
    /// quietly becoming a default. Called at run time it panics on such a
    /// value, so read user input with [`Scores::from_values`] instead.
    ///
    /// ```
    /// use rust_or_go::model::score::Scores;
    /// static LATENCY_BOUND: Scores = Scores::of([2, 5, 3, 3, 5]);
    /// assert_eq!(LATENCY_BOUND.values(), [2, 5, 3, 3, 5]);
    /// ```
    ///
    /// ```compile_fail
    /// use rust_or_go::model::score::Scores;
    /// static TYPO: Scores = Scores::of([2, 5, 3, 3, 50]);
    /// ```
    pub const fn of(values: [u8; 5]) -> Scores {
        let mut out = [Score::MID; 5];
        let mut i = 0;
        while i < out.len() {
            out[i] = match Score::new(values[i]) {
                Some(score) => score,
                None => panic!("a score written in the source is outside 1..=5"),
            };
            i += 1;
        }
        Scores(out)
    }

    /// The score of one category.
    pub fn get(&self, category: Category) -> Score {
        self.0[category.index()]
    }

    /// Sets the score of one category.
    pub fn set(&mut self, category: Category, score: Score) {
        self.0[category.index()] = score;
    }

    /// Returns a copy with one category changed.
    pub fn with(mut self, category: Category, score: Score) -> Scores {
        self.set(category, score);
        self
    }

    /// The raw values in rubric order.
    pub fn values(&self) -> [u8; 5] {
        self.0.map(Score::get)
    }

    /// Every one of the 3125 possible combinations.
    pub fn every() -> impl Iterator<Item = Scores> {
        (0..3125u32).map(|mut n| {
            let mut out = [Score::MID; 5];
            for slot in out.iter_mut() {
                *slot = Score((n % 5) as u8 + 1);
                n /= 5;
            }
            Scores(out)
        })
    }
}
