//! What would change the money: the latency and safety value a plan
//! needs to pay back within the horizon, and the nearest value of an
//! input a team can check that moves its break-even across the horizon.
//! [`super::decision`] sets both beside the verdict.

use super::cost::{advantage_needed, estimate, BreakEven, CostInputs, Plan};
use super::fields::Field;
use super::money::cents_up;
use super::score::Score;

/// The extra `value_month` (per month, whole cents) that brings `plan`'s
/// break-even within the horizon: 0 when it already pays back in time,
/// `None` when no value can, because none of the plan's load runs in
/// Rust. Typing the current value plus this into the field makes the plan
/// pay back; a cent less does not. The estimate itself is the judge, so
/// the amount holds to the cent for what the page computes.
pub fn value_needed(inputs: &CostInputs, experience: Score, plan: Plan) -> Option<f64> {
    let report = estimate(inputs, experience);
    let p = report.plan(plan);
    if p.break_even.within_horizon() {
        return Some(0.0);
    }
    if p.rust_share <= 0.0 {
        return None;
    }
    let now = inputs.get(Field::ValueMonth);
    let needed = advantage_needed(
        p.advantage_month,
        p.people_month,
        p.ramp_months,
        p.learning,
        report.horizon,
    );
    let first_guess = cents_up(needed / p.rust_share);
    // Past the field's bounds nobody can type it; the formula is the answer.
    if !Field::ValueMonth.accepts(now + first_guess + 0.01) {
        return Some(first_guess);
    }
    let pays_back = |extra: f64| {
        estimate(
            &inputs.with(&[(Field::ValueMonth, now + extra)]),
            experience,
        )
        .plan(plan)
        .break_even
        .within_horizon()
    };
    // The formula is exact up to rounding, so a few cents either way
    // settle it.
    let mut extra = first_guess;
    for _ in 0..100 {
        if pays_back(extra) || !Field::ValueMonth.accepts(now + extra + 0.01) {
            break;
        }
        extra = cents_up(extra + 0.01);
    }
    for _ in 0..100 {
        if extra < 0.01 || !pays_back(extra - 0.01) {
            break;
        }
        extra = cents_up(extra - 0.01);
    }
    Some(extra)
}

/// A cost input changed to one value that moves a plan's break-even
/// across the horizon: into it when it is outside, out of it when inside.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoneyFlip {
    /// The input to change.
    pub field: Field,
    /// The nearest value that does it.
    pub to: f64,
    /// The break-even it gives.
    pub break_even: BreakEven,
}

/// The inputs [`money_flips`] tries: the ones a team can check against
/// its bill and its fleet.
pub const MONEY_FLIP_FIELDS: [Field; 4] = [
    Field::Instances,
    Field::GoMb,
    Field::CpuSaving,
    Field::VcpuMonth,
];

/// The spacing of the values [`money_flips`] offers: whole numbers for
/// whole fields, hundredths otherwise, which is what the page prints, so
/// the value shown is the value that flips.
fn grid_step(field: Field) -> f64 {
    if field.spec().whole {
        1.0
    } else {
        0.01
    }
}

/// The value of grid point `k`. Hundredths are divided, not multiplied,
/// so `k = 2955` gives exactly the number `29.55` parses to.
fn grid_value(field: Field, k: i64) -> f64 {
    if field.spec().whole {
        k as f64
    } else {
        k as f64 / 100.0
    }
}

/// What would change the money: for each of [`MONEY_FLIP_FIELDS`], the
/// nearest value within the field's bounds that brings `plan`'s
/// break-even inside the horizon, or pushes it out if it is inside. A
/// field with no such value is left out.
///
/// Each of these inputs moves the monthly saving linearly, and the
/// break-even only ever improves with the saving, so "within the horizon"
/// changes at most once along a field's range: a bisection over the
/// field's grid finds the first value past that change.
pub fn money_flips(inputs: &CostInputs, experience: Score, plan: Plan) -> Vec<MoneyFlip> {
    let break_even_at = |field: Field, v: f64| {
        estimate(&inputs.with(&[(field, v)]), experience)
            .plan(plan)
            .break_even
    };
    let now = estimate(inputs, experience)
        .plan(plan)
        .break_even
        .within_horizon();
    let mut out = Vec::new();
    for field in MONEY_FLIP_FIELDS {
        let spec = field.spec();
        let step = grid_step(field);
        let current = inputs.get(field);
        let mut k_min = (spec.min / step).ceil() as i64;
        if !field.accepts(grid_value(field, k_min)) {
            k_min += 1;
        }
        let k_max = (spec.max / step).floor() as i64;
        let flips = |k: i64| break_even_at(field, grid_value(field, k)).within_horizon() != now;
        // The first grid points above and below the current value.
        let mut up = (current / step).floor() as i64;
        while grid_value(field, up) <= current {
            up += 1;
        }
        let mut down = (current / step).ceil() as i64;
        while grid_value(field, down) >= current {
            down -= 1;
        }
        let found = if up <= k_max && flips(k_max) {
            // The smallest k in up..=k_max that flips.
            let (mut lo, mut hi) = (up, k_max);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if flips(mid) {
                    hi = mid
                } else {
                    lo = mid + 1
                }
            }
            Some(lo)
        } else if down >= k_min && flips(k_min) {
            // The largest k in k_min..=down that flips.
            let (mut lo, mut hi) = (k_min, down);
            while lo < hi {
                let mid = hi - (hi - lo) / 2;
                if flips(mid) {
                    lo = mid
                } else {
                    hi = mid - 1
                }
            }
            Some(lo)
        } else {
            None
        };
        if let Some(k) = found {
            let to = grid_value(field, k);
            out.push(MoneyFlip {
                field,
                to,
                break_even: break_even_at(field, to),
            });
        }
    }
    out
}
