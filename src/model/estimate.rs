//! How sure an estimate is: a low and a high beside the expected value of
//! the inputs that are guesses (RAM per Rust instance, CPU saved, the
//! ramp, the slowdown, the gap after the ramp, the latency and safety
//! value, the hybrid's share in Rust), their sourced default ranges, and
//! their URL form `LOW..EXPECTED..HIGH`.
//!
//! [`CostInputs`] keeps holding the expected values, so every figure that
//! reads it is unchanged; [`Ranges`] holds only how far each estimate
//! reaches either side of it.

use super::cost::CostInputs;
use super::fields::{parse_field, Field};
use super::number::{parse_number, plain_number, write_number};

/// The fields that take a range, in page order.
pub const RANGE_FIELDS: [Field; 7] = [
    Field::RustMb,
    Field::CpuSaving,
    Field::RampMonths,
    Field::Slowdown,
    Field::SteadyGap,
    Field::ValueMonth,
    Field::RustShare,
];

/// What separates the three numbers of a range in the URL:
/// `rust_mb=5..30..30`. Never part of a number [`parse_field`] reads.
pub const RANGE_SEPARATOR: &str = "..";

/// A field's sourced default range, as (low, high) around its default
/// value, and where the spread comes from; `None` where the sources give
/// no spread, so the default is a point estimate. SOURCES.md says the same
/// per field.
pub const fn default_range(field: Field) -> Option<(f64, f64, &'static str)> {
    match field {
        Field::RustMb => Some((
            5.0,
            30.0,
            "Seeds 000/001 saw 5 MB for a small Rust web server; seed 004's 30 MB is the largest figure the sources give.",
        )),
        Field::CpuSaving => Some((
            67.0,
            75.0,
            "Seed 002: Rust 3-4x faster on CPU-bound work, 67-75% less CPU; Grab's 70% lies inside.",
        )),
        Field::RampMonths => Some((
            2.0,
            4.0,
            "Google's 2022 survey: a third of its developers productive in Rust within 2 months, over half within 4; seed 002's 3 months lies between.",
        )),
        Field::Slowdown => Some((
            2.0,
            3.0,
            "Seed 004: Go written about 2-3x faster than equivalent Rust.",
        )),
        _ => None,
    }
}

/// An estimate: the expected value with the lowest and highest it could
/// plausibly be. `low <= expected <= high` always holds: the only ways to
/// make one check it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    low: f64,
    expected: f64,
    high: f64,
}

/// Which end of a range was on the wrong side of the expected value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Misordered {
    /// The low end was above the expected value.
    Low,
    /// The high end was below the expected value.
    High,
    /// Both.
    Both,
}

impl Misordered {
    /// The problem in words, after the quoted range: "has its low end above
    /// the expected value".
    pub const fn text(self) -> &'static str {
        match self {
            Misordered::Low => "has its low end above the expected value",
            Misordered::High => "has its high end below the expected value",
            Misordered::Both => "has its low end above and its high end below the expected value",
        }
    }
}

impl Estimate {
    /// A point estimate: low, expected and high are the same.
    pub const fn point(value: f64) -> Estimate {
        Estimate {
            low: value,
            expected: value,
            high: value,
        }
    }

    /// A range, if `low <= expected <= high`; otherwise which end is
    /// wrong.
    pub fn new(low: f64, expected: f64, high: f64) -> Result<Estimate, Misordered> {
        match (low > expected, high < expected) {
            (false, false) => Ok(Estimate {
                low,
                expected,
                high,
            }),
            (true, false) => Err(Misordered::Low),
            (false, true) => Err(Misordered::High),
            (true, true) => Err(Misordered::Both),
        }
    }

    /// The range with a wrong end clamped to the expected value: a low end
    /// above it or a high end below it becomes the expected value.
    pub fn clamped(low: f64, expected: f64, high: f64) -> Estimate {
        Estimate {
            low: low.min(expected),
            expected,
            high: high.max(expected),
        }
    }

    /// The low end.
    pub const fn low(self) -> f64 {
        self.low
    }

    /// The expected value.
    pub const fn expected(self) -> f64 {
        self.expected
    }

    /// The high end.
    pub const fn high(self) -> f64 {
        self.high
    }

    /// Whether low, expected and high are the same.
    pub fn is_point(self) -> bool {
        self.low == self.expected && self.high == self.expected
    }

    /// The URL form: the plain number for a point estimate, otherwise
    /// `LOW..EXPECTED..HIGH`. Numbers as Rust writes them, which the
    /// parser reads back exactly.
    pub fn param(self) -> String {
        if self.is_point() {
            write_number(self.expected)
        } else {
            format!(
                "{}{RANGE_SEPARATOR}{}{RANGE_SEPARATOR}{}",
                write_number(self.low),
                write_number(self.expected),
                write_number(self.high)
            )
        }
    }
}

/// How far one field's estimate reaches beyond its expected value, kept
/// apart from the expected value (which [`CostInputs`] holds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Spread {
    /// No range: low and high are the expected value, whatever it is.
    Point,
    /// The two ends; the expected value lies between them (see
    /// [`Ranges::set`]).
    Range {
        /// The low end.
        low: f64,
        /// The high end.
        high: f64,
    },
}

impl Spread {
    /// The ends of `estimate`; a point estimate is [`Spread::Point`], so it
    /// follows its expected value.
    pub fn of(estimate: Estimate) -> Spread {
        if estimate.is_point() {
            Spread::Point
        } else {
            Spread::Range {
                low: estimate.low,
                high: estimate.high,
            }
        }
    }

    /// The estimate around `expected`: an end the expected value has moved
    /// past follows it.
    pub fn around(self, expected: f64) -> Estimate {
        match self {
            Spread::Range { low, high } => Estimate::clamped(low, expected, high),
            Spread::Point => Estimate::point(expected),
        }
    }
}

/// One end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The low end.
    Low,
    /// The high end.
    High,
}

impl End {
    /// Both ends, low first.
    pub const BOTH: [End; 2] = [End::Low, End::High];

    /// The end's value in `estimate`.
    pub const fn of(self, estimate: Estimate) -> f64 {
        match self {
            End::Low => estimate.low,
            End::High => estimate.high,
        }
    }

    /// `estimate` with this end at `value`, if it stays on its side of the
    /// expected value; otherwise the message under the end's field, which
    /// keeps `kept`: "The low end must not be above the expected value
    /// (30); still using 5."
    pub fn set(self, estimate: Estimate, value: f64) -> Result<Estimate, String> {
        let e = estimate.expected;
        let (low, high) = match self {
            End::Low => (value, estimate.high),
            End::High => (estimate.low, value),
        };
        Estimate::new(low, e, high).map_err(|_| {
            let (end, side) = match self {
                End::Low => ("low", "above"),
                End::High => ("high", "below"),
            };
            format!(
                "The {end} end must not be {side} the expected value ({}); still using {}.",
                plain_number(e),
                plain_number(self.of(estimate))
            )
        })
    }

    /// The end's name, for labels and ids: "low", "high".
    pub const fn id(self) -> &'static str {
        match self {
            End::Low => "low",
            End::High => "high",
        }
    }
}

/// The ranges of the [`RANGE_FIELDS`], beside the expected values in
/// [`CostInputs`]. The default is every field's sourced default range
/// ([`default_range`]) around the default inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranges([Spread; RANGE_FIELDS.len()]);

impl Default for Ranges {
    fn default() -> Self {
        Ranges::defaults_for(&CostInputs::default())
    }
}

/// Position of a field in [`RANGE_FIELDS`].
fn slot(field: Field) -> Option<usize> {
    RANGE_FIELDS.iter().position(|&f| f == field)
}

impl Ranges {
    /// Every field a point estimate.
    pub const fn points() -> Ranges {
        Ranges([Spread::Point; RANGE_FIELDS.len()])
    }

    /// The default ranges for these expected values: a field's sourced
    /// range where its expected value lies inside it (a preset may set one
    /// outside, and the sources then say nothing about its spread), a
    /// point estimate otherwise.
    pub fn defaults_for(inputs: &CostInputs) -> Ranges {
        let mut out = Ranges::points();
        for f in RANGE_FIELDS {
            out.set_default(f, inputs.get(f));
        }
        out
    }

    /// Sets one field to its default range around `expected`; see
    /// [`Ranges::defaults_for`].
    pub fn set_default(&mut self, field: Field, expected: f64) {
        let Some(i) = slot(field) else { return };
        self.0[i] = match default_range(field) {
            Some((low, high, _)) if low <= expected && expected <= high => {
                Spread::Range { low, high }
            }
            _ => Spread::Point,
        };
    }

    /// One field's estimate around its expected value in `inputs`. A field
    /// without a range is a point estimate; an end the expected value has
    /// since moved past follows it.
    pub fn get(&self, field: Field, inputs: &CostInputs) -> Estimate {
        self.spread(field).around(inputs.get(field))
    }

    /// One field's spread; [`Spread::Point`] for a field without ranges.
    pub fn spread(&self, field: Field) -> Spread {
        slot(field).map_or(Spread::Point, |i| self.0[i])
    }

    /// Sets one field's spread; fields without ranges are ignored.
    pub fn set_spread(&mut self, field: Field, spread: Spread) {
        if let Some(i) = slot(field) {
            self.0[i] = spread;
        }
    }

    /// Stores a field's ends (its expected value belongs in
    /// [`CostInputs`]). A point estimate is stored as one, so it follows
    /// the expected value when that changes. Fields without ranges are
    /// ignored.
    pub fn set(&mut self, field: Field, estimate: Estimate) {
        self.set_spread(field, Spread::of(estimate));
    }

    /// Carries one field's range from an estimate around `from` to one
    /// around `to` (a system's range to each service's own value): the
    /// sourced default range stays the default range around `to`, a point
    /// stays a point, and any other range keeps its proportions (`low /
    /// from`, `high / from`); an end the field would refuse becomes `to`.
    pub fn carry(&mut self, field: Field, from: f64, to: f64) {
        let default = Ranges::default().spread(field);
        match self.spread(field) {
            Spread::Point => {}
            s if s == default => self.set_default(field, to),
            Spread::Range { .. } if from == to => {}
            Spread::Range { low, high } => {
                let scale = |v: f64| {
                    let w = if from > 0.0 { v / from * to } else { to };
                    if field.accepts(w) {
                        w
                    } else {
                        to
                    }
                };
                self.set(field, Estimate::clamped(scale(low), to, scale(high)));
            }
        }
    }

    /// Whether every field is a point estimate.
    pub fn all_points(&self) -> bool {
        self.0.iter().all(|s| *s == Spread::Point)
    }
}

/// A range read from the URL and everything that had to be repaired on
/// the way, as notice messages after the parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadRange {
    /// What the page uses.
    pub estimate: Estimate,
    /// What was repaired, in words; empty when the text was used as
    /// written.
    pub notices: Vec<String>,
}

/// Reads `LOW..EXPECTED..HIGH` for `field`: each number through the
/// field's own parser and range check ([`parse_field`]), then the order.
/// An unusable expected value takes what [`Field::check`] offers; an
/// unusable end takes the expected value; an end on the wrong side of the
/// expected value is clamped to it. `None` when the text is not three
/// numbers separated by [`RANGE_SEPARATOR`].
pub fn read_range(field: Field, raw: &str) -> Option<ReadRange> {
    let parts: Vec<&str> = raw.split(RANGE_SEPARATOR).collect();
    let [low, expected, high] = parts[..] else {
        return None;
    };
    let mut notices = Vec::new();
    let expected = match parse_field(field, expected) {
        Ok(v) => v,
        Err(r) => {
            notices.push(format!("the expected value {}", r.notice()));
            r.instead
        }
    };
    let mut end = |name: &str, text: &str| match parse_field(field, text) {
        Ok(v) => v,
        Err(r) => {
            let instead = if r.error.unreadable() {
                format!(
                    "{}; using the expected value {}",
                    r.error,
                    plain_number(expected)
                )
            } else {
                r.notice()
            };
            notices.push(format!("the {name} end {instead}"));
            if r.error.unreadable() {
                expected
            } else {
                r.instead
            }
        }
    };
    let (low, high) = (end("low", low), end("high", high));
    let estimate = match Estimate::new(low, expected, high) {
        Ok(e) => e,
        Err(wrong) => {
            let e = Estimate::clamped(low, expected, high);
            notices.push(format!("{}; using {}", wrong.text(), e.param_text()));
            e
        }
    };
    Some(ReadRange { estimate, notices })
}

impl Estimate {
    /// The range as a notice writes it: `30..30..60` with numbers as
    /// [`plain_number`] writes them, or the one number of a point.
    fn param_text(self) -> String {
        if self.is_point() {
            plain_number(self.expected)
        } else {
            format!(
                "{}{RANGE_SEPARATOR}{}{RANGE_SEPARATOR}{}",
                plain_number(self.low),
                plain_number(self.expected),
                plain_number(self.high)
            )
        }
    }
}

/// Reads one cost field's URL value into `cost` and, for a field that
/// takes a range, `ranges`, with the same rule as the text fields: an
/// unusable value is replaced by what [`Field::check`] offers instead. A
/// plain number is a point estimate, as every link made before ranges
/// meant; an unreadable one takes the default, range included. Returns
/// what had to be repaired, each as the text that follows the quoted
/// value in a notice (" is out of range; using 1", ": the low end ...").
pub fn read_cost_param(
    field: Field,
    raw: &str,
    cost: &mut CostInputs,
    ranges: &mut Ranges,
) -> Vec<String> {
    if let Some(read) = read_range(field, raw).filter(|_| slot(field).is_some()) {
        cost.set(field, read.estimate.expected());
        ranges.set(field, read.estimate);
        return read.notices.into_iter().map(|n| format!(": {n}")).collect();
    }
    let (v, tails) = match parse_field(field, raw) {
        Ok(v) => (v, Vec::new()),
        Err(r) => (r.instead, vec![format!(" {}", r.notice())]),
    };
    cost.set(field, v);
    if parse_number(raw).is_ok() {
        ranges.set(field, Estimate::point(v));
    } else {
        ranges.set_default(field, v);
    }
    tails
}
