//! When a plan pays back: the break-even against Go, counted exactly
//! from the amounts as shown where they are decimals, and the advantage a
//! plan would need to pay back within the horizon.

use super::money::Exact;

/// When a plan's one-time learning cost is paid back by what it gains on
/// Go each month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakEven {
    /// Nothing to pay back: no learning cost (the team already ships Rust,
    /// or the learning inputs are zero) and the plan costs no more than Go
    /// in any month.
    Immediate,
    /// Paid back at the end of this month (1-based), within the horizon.
    Month(u32),
    /// Pays back, but only after the horizon; the month is given.
    AfterHorizon(u32),
    /// Never pays back: once the ramp is over the plan gains nothing on Go
    /// per month (or so little that the months cannot be counted).
    Never,
}

impl BreakEven {
    /// The `data-break-even` attribute: `immediate`, the month (`7`),
    /// `after:<month>` (`after:104`) or `never`. Public interface for
    /// tests and tools, so the forms never change.
    pub fn attr(self) -> String {
        match self {
            BreakEven::Immediate => "immediate".into(),
            BreakEven::Month(m) => m.to_string(),
            BreakEven::AfterHorizon(m) => format!("after:{m}"),
            BreakEven::Never => "never".into(),
        }
    }

    /// When, as a phrase to follow "pays back": "immediately", "in month 7",
    /// "in month 104", "after more than 10 years", "never".
    pub fn when(self) -> String {
        match self {
            BreakEven::Immediate => "immediately".into(),
            BreakEven::Month(m) | BreakEven::AfterHorizon(m) if m <= 120 => format!("in month {m}"),
            BreakEven::Month(_) | BreakEven::AfterHorizon(_) => "after more than 10 years".into(),
            BreakEven::Never => "never".into(),
        }
    }

    /// Whether the plan pays back within the horizon (immediately counts).
    pub const fn within_horizon(self) -> bool {
        matches!(self, BreakEven::Immediate | BreakEven::Month(_))
    }
}

/// The first whole month after which a flat monthly saving covers the
/// learning cost.
pub fn break_even(monthly_saving: f64, learning_cost: f64, horizon: u32) -> BreakEven {
    plan_break_even(monthly_saving, 0.0, 0.0, learning_cost, horizon)
}

/// The first whole month from which a plan stays paid back against Go.
///
/// The plan gains `advantage` per month on Go from the first month and
/// `advantage - people` per month after `ramp` months, against a one-time
/// `learning` cost. The net gain is then concave, so if it falls after the
/// ramp the plan, paid back or not, ends up behind Go for good: that is
/// [`BreakEven::Never`], since the choice is for longer than the ramp.
/// Otherwise the net gain never falls, and the break-even is the first
/// month it reaches zero.
pub fn plan_break_even(
    advantage: f64,
    people: f64,
    ramp: f64,
    learning: f64,
    horizon: u32,
) -> BreakEven {
    let long_run = advantage - people;
    if learning <= 0.0 && advantage >= 0.0 && long_run >= 0.0 {
        return BreakEven::Immediate;
    }
    if advantage.is_nan() || long_run.is_nan() || advantage <= 0.0 || long_run < 0.0 {
        return BreakEven::Never;
    }
    if people > 0.0 && long_run <= 0.0 && learning > advantage * ramp {
        return BreakEven::Never;
    }
    // Counted exactly from the decimal amounts where they are decimals
    // (the estimate's are whole cents), so a learning cost of exactly
    // four months' gain pays back in month 4, not 5.
    let (a, p, r, l) = (
        Exact::of(advantage),
        Exact::of(people),
        Exact::of(ramp),
        Exact::of(learning),
    );
    let exact = (l - a * r).signum().and_then(|unpaid| {
        if people <= 0.0 || unpaid <= 0 {
            l.over(a).ceil()
        } else {
            // r + (l - a r) / (a - p), as one fraction.
            (r * (a - p) + l - a * r).over(a - p).ceil()
        }
    });
    let months = match exact {
        Some(m) => m as f64,
        None if people <= 0.0 || learning <= advantage * ramp => (learning / advantage).ceil(),
        None => (ramp + (learning - advantage * ramp) / long_run).ceil(),
    };
    if months.is_nan() || months > f64::from(u32::MAX) {
        return BreakEven::Never;
    }
    let m = (months as u32).max(1);
    if m <= horizon {
        BreakEven::Month(m)
    } else {
        BreakEven::AfterHorizon(m)
    }
}

/// The smallest extra monthly advantage on Go that brings a plan's
/// break-even within the horizon; 0 when it already pays back in time.
///
/// Within the horizon needs both the net gain at the horizon to be at
/// least zero and no monthly loss after the ramp (see
/// [`plan_break_even`]); this is the larger of the two shortfalls.
pub fn advantage_needed(
    advantage: f64,
    people: f64,
    ramp: f64,
    learning: f64,
    horizon: u32,
) -> f64 {
    let h = f64::from(horizon.max(1));
    let after_ramp = (h - ramp).max(0.0);
    let needed = ((learning + people * after_ramp) / h).max(people);
    (needed - advantage).max(0.0)
}
