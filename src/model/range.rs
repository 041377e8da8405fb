//! How sure the money is: the plan a [`MoneyVerdict`] prices, evaluated
//! with every ranged input at the end that favours Rust, at its expected
//! value, and at the end that favours Go; and whether the money's verdict
//! (pays back within the horizon or not) is the same at both ends.
//!
//! [`MoneyVerdict`]: super::decision::MoneyVerdict

use super::cost::{estimate, BreakEven, CostInputs, Plan, PlanCost};
use super::decision::{plan_monthly, subject};
use super::estimate::{Ranges, RANGE_FIELDS};
use super::fields::Field;
use super::money::Money;
use super::order::sort_small_by;
use super::score::Score;
use super::text::capitalized;

/// Which end of a field's range favours Rust, whatever the plan: `true`
/// for the low end. Less RAM per Rust instance, more CPU saved, a shorter
/// ramp, a smaller slowdown, a smaller gap after the ramp and more latency
/// and safety value each make every plan that uses Rust cheaper against Go
/// (or leave it unchanged). `None` for the hybrid's share in Rust, which
/// favours Rust at its high end only when the Rust part is the cheaper
/// one; [`money_range`] evaluates it.
pub const fn rust_end_is_low(field: Field) -> Option<bool> {
    match field {
        Field::RustMb | Field::RampMonths | Field::Slowdown | Field::SteadyGap => Some(true),
        Field::CpuSaving | Field::ValueMonth => Some(false),
        _ => None,
    }
}

/// The plan's money at one point of the ranges.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoneyPoint {
    /// The inputs at this point.
    pub inputs: CostInputs,
    /// What the plan gains on Go per month once the ramp is over, as
    /// [`MoneyVerdict::monthly`](super::decision::MoneyVerdict::monthly)
    /// counts it (negative: it costs more).
    pub monthly: f64,
    /// When the plan pays back against Go.
    pub break_even: BreakEven,
    /// The plan's costs at this point (its cumulative line).
    pub cost: PlanCost,
}

/// The money of one plan across the ranges.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoneyRange {
    /// The plan priced: the `rust_plan` of the money verdict.
    pub plan: Plan,
    /// Months compared.
    pub horizon: u32,
    /// Every ranged input at the end that favours Rust.
    pub rust_end: MoneyPoint,
    /// Every input at its expected value: the money the page shows.
    pub expected: MoneyPoint,
    /// Every ranged input at the end that favours Go.
    pub go_end: MoneyPoint,
}

/// Evaluates `plan` (the plan a money verdict prices) at the Rust end of
/// every range, at the expected values in `inputs`, and at the Go end.
pub fn money_range(
    plan: Plan,
    inputs: &CostInputs,
    ranges: &Ranges,
    experience: Score,
) -> MoneyRange {
    let at = |inputs: CostInputs| {
        let report = estimate(&inputs, experience);
        MoneyPoint {
            inputs,
            monthly: plan_monthly(report.plan(Plan::Go), report.plan(plan)),
            break_even: report.plan(plan).break_even,
            cost: *report.plan(plan),
        }
    };
    MoneyRange {
        plan,
        horizon: inputs.get(Field::Horizon) as u32,
        rust_end: at(end_inputs(plan, inputs, ranges, experience, true)),
        expected: at(*inputs),
        go_end: at(end_inputs(plan, inputs, ranges, experience, false)),
    }
}

/// The inputs with every range at the end that favours Rust (`rust`) or
/// Go. The fields whose direction is known are set first; the rest are
/// then chosen by evaluating the plan at both of their ends, which the
/// fields already set can decide (the share in Rust favours Rust at its
/// high end only when the Rust part is the cheaper one).
fn end_inputs(
    plan: Plan,
    inputs: &CostInputs,
    ranges: &Ranges,
    experience: Score,
    rust: bool,
) -> CostInputs {
    let mut out = *inputs;
    for f in RANGE_FIELDS {
        if let Some(low) = rust_end_is_low(f) {
            let e = ranges.get(f, inputs);
            out.set(f, if low == rust { e.low() } else { e.high() });
        }
    }
    for f in RANGE_FIELDS
        .into_iter()
        .filter(|&f| rust_end_is_low(f).is_none())
    {
        let e = ranges.get(f, inputs);
        // The share moves the monthly gain both during and after the ramp
        // by the same amount, so the gain after it decides the end.
        let gain = |v: f64| {
            estimate(&out.with(&[(f, v)]), experience)
                .plan(plan)
                .long_run_month()
        };
        let (low, high) = (gain(e.low()), gain(e.high()));
        let take_low = if rust { low >= high } else { low <= high };
        out.set(f, if take_low { e.low() } else { e.high() });
    }
    out
}

/// A break-even as an end of a span: "immediately", "month 6", "more
/// than 10 years", "never".
fn end_text(be: BreakEven) -> String {
    match be {
        BreakEven::Immediate => "immediately".into(),
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) if m <= 120 => format!("month {m}"),
        BreakEven::Month(_) | BreakEven::AfterHorizon(_) => "more than 10 years".into(),
        BreakEven::Never => "never".into(),
    }
}

impl MoneyRange {
    /// Whether the money's verdict is the same at both ends: the plan pays
    /// back within the horizon at both, or at neither. The expected point
    /// lies between them, so it agrees too.
    pub fn holds(&self) -> bool {
        self.span().holds()
    }

    /// Whether no input carries a range, so the three points are one.
    pub fn is_point(&self) -> bool {
        self.rust_end.inputs == self.go_end.inputs
    }

    /// The three break-evens and the horizon, which the words are made of.
    pub fn span(&self) -> Span {
        Span {
            rust_end: self.rust_end.break_even,
            expected: self.expected.break_even,
            go_end: self.go_end.break_even,
            horizon: self.horizon,
            point: self.is_point(),
        }
    }

    /// The range in one sentence: "Rust pays back in month 9; between
    /// month 6 and never across the ranges, so whether it pays back within
    /// the 24-month horizon rests on the estimates."
    pub fn sentence(&self) -> String {
        self.span().sentence(&capitalized(subject(self.plan)))
    }

    /// The sentence's short form, one line under the embed's and the
    /// presenter's headline money: "Across the ranges: between month 14 and
    /// month 40; the money's verdict rests on the estimates."
    pub fn short(&self) -> String {
        self.span().short()
    }
}

/// A plan's break-even at the end of the ranges that favours Rust, at the
/// expected values and at the end that favours Go, over a horizon: what
/// the words about the money's range are made of, for one service's plan
/// ([`MoneyRange`]) and a system's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Every range at the end that favours Rust.
    pub rust_end: BreakEven,
    /// Every input at its expected value.
    pub expected: BreakEven,
    /// Every range at the end that favours Go.
    pub go_end: BreakEven,
    /// Months compared.
    pub horizon: u32,
    /// Whether no input carries a range.
    pub point: bool,
}

impl Span {
    /// Whether the money's verdict is the same at both ends: the plan pays
    /// back within the horizon at both, or at neither.
    pub fn holds(&self) -> bool {
        self.rust_end.within_horizon() == self.go_end.within_horizon()
    }

    /// The range in one sentence about `who` ("Rust", "The hybrid", "The
    /// plan"); see [`MoneyRange::sentence`].
    pub fn sentence(&self, who: &str) -> String {
        let head = match self.expected {
            BreakEven::Never => format!("{who} never pays back"),
            be => format!("{who} pays back {}", be.when()),
        };
        let h = self.horizon;
        let Some((span, same)) = self.ends() else {
            return format!("{head}; every input is a point estimate, so there is no range.");
        };
        if same {
            return format!(
                "{head} {span} of the ranges: the money's verdict holds across the ranges."
            );
        }
        let tail = match (self.holds(), self.rust_end.within_horizon()) {
            (true, true) => format!(
                ", within the {h}-month horizon either way: the money's verdict holds across the ranges."
            ),
            (true, false) => format!(
                ", not within the {h}-month horizon at either end: the money's verdict holds across the ranges."
            ),
            (false, _) => format!(
                ", so whether it pays back within the {h}-month horizon rests on the estimates."
            ),
        };
        format!("{head}; {span} across the ranges{tail}")
    }

    /// The break-evens at the two ends as the sentence says them, and
    /// whether they read the same ("at both ends", "at either end";
    /// otherwise "between month 6 and never", "from immediately to month
    /// 4"). `None` when every input is a point estimate.
    fn ends(&self) -> Option<(String, bool)> {
        let (r, g) = (self.rust_end, self.go_end);
        if self.point {
            return None;
        }
        if end_text(r) == end_text(g) {
            let ends = if r == BreakEven::Never {
                "at either end"
            } else {
                "at both ends"
            };
            return Some((ends.into(), true));
        }
        Some(if r == BreakEven::Immediate {
            (format!("from immediately to {}", end_text(g)), false)
        } else {
            (
                format!("between {} and {}", end_text(r), end_text(g)),
                false,
            )
        })
    }

    /// The sentence's short form; see [`MoneyRange::short`].
    pub fn short(&self) -> String {
        let verdict = if self.holds() {
            "holds"
        } else {
            "rests on the estimates"
        };
        match self.ends() {
            None => "Every input is a point estimate: no range.".into(),
            Some((ends, true)) => format!(
                "Across the ranges: {} {ends}; the money's verdict {verdict}.",
                end_text(self.rust_end)
            ),
            Some((span, false)) => {
                format!("Across the ranges: {span}; the money's verdict {verdict}.")
            }
        }
    }
}

/// One point of the chart's band: a month and the priced plan's cumulative
/// cost then at the end of the ranges that favours Rust and at the end that
/// favours Go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandPoint {
    /// Months from the start (fractional where a ramp ends).
    pub month: f64,
    /// Cumulative cost with every range at the end that favours Rust.
    pub rust_end: f64,
    /// Cumulative cost with every range at the end that favours Go.
    pub go_end: f64,
}

impl MoneyRange {
    /// The band the cumulative chart shades behind the priced plan's line:
    /// its cumulative cost at both ends of the ranges, at every month where
    /// either end's line bends (the start, where each end's ramp ends, the
    /// horizon). Both lines are straight between these months, so the band
    /// is exact. Point estimates give a band of no width.
    pub fn band(&self) -> Vec<BandPoint> {
        let h = f64::from(self.horizon.max(1));
        let mut months = vec![0.0, h];
        for ramp in [self.rust_end.cost.ramp_months, self.go_end.cost.ramp_months] {
            if ramp > 0.0 && ramp < h && !months.contains(&ramp) {
                months.push(ramp);
            }
        }
        sort_small_by(&mut months, |a, b| a.total_cmp(b));
        months
            .into_iter()
            .map(|month| BandPoint {
                month,
                rust_end: self.rust_end.cost.cumulative_at(month),
                go_end: self.go_end.cost.cumulative_at(month),
            })
            .collect()
    }

    /// The band in words, for the chart's text alternative: "Across the
    /// ranges, Rust's cumulative cost over 24 months runs from $35,772.00
    /// at the end that favours Rust to $89,487.60 at the end that favours
    /// Go."
    pub fn band_sentence(&self, money: Money) -> String {
        let h = self.horizon;
        let who = subject(self.plan);
        if self.is_point() {
            return format!(
                "Every input is a point estimate, so {who}'s cumulative cost has no range."
            );
        }
        format!(
            "Across the ranges, {who}'s cumulative cost over {h} months runs from {} at the end that favours Rust to {} at the end that favours Go.",
            money(self.rust_end.cost.total(h)),
            money(self.go_end.cost.total(h)),
        )
    }

    /// The highest cumulative cost the band reaches, for the chart's axis.
    pub fn band_top(&self) -> f64 {
        self.band()
            .iter()
            .map(|p| p.rust_end.max(p.go_end))
            .fold(0.0, f64::max)
    }
}
