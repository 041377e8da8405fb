//! What would change the money: the latency and safety value a plan
//! needs to pay back within the horizon, and the nearest value of an
//! input a team can check that moves its break-even across the horizon.
//! [`super::decision`] sets both beside the verdict.

use super::cost::{advantage_needed, plan_cost, BreakEven, CostInputs, Plan};
use super::fields::Field;
use super::money::Cents;
use super::score::Score;

/// The extra `value_month` per month, in whole cents, that brings
/// `plan`'s break-even within the horizon: 0 when it already pays back in
/// time, `None` when no value can, because none of the plan's load runs in
/// Rust. Typing the current value plus this into the field makes the plan
/// pay back; a cent less does not. The estimate itself is the judge, so
/// the amount holds to the cent for what the page computes.
pub fn value_needed(inputs: &CostInputs, experience: Score, plan: Plan) -> Option<Cents> {
    let p = plan_cost(inputs, experience, plan);
    if p.break_even.within_horizon() {
        return Some(Cents::ZERO);
    }
    if p.rust_share <= 0.0 {
        return None;
    }
    let now = inputs.get(Field::ValueMonth);
    let needed = advantage_needed(
        p.advantage_month,
        p.people_month(),
        p.ramp_months,
        p.learning(),
        inputs.get(Field::Horizon) as u32,
    );
    let first_guess = Cents::up(needed / p.rust_share);
    let typable = |extra: Cents| Field::ValueMonth.accepts(now + extra.units() + 0.01);
    // Past the field's bounds nobody can type it; the formula is the answer.
    if !typable(first_guess) {
        return Some(first_guess);
    }
    let pays_back = |extra: Cents| {
        let with = inputs.with(&[(Field::ValueMonth, now + extra.units())]);
        plan_cost(&with, experience, plan)
            .break_even
            .within_horizon()
    };
    // The formula holds for the amounts as shown, give or take their
    // rounding (a small share in Rust moves its cents in steps of many
    // cents of value), so bracket the answer from the guess, then bisect:
    // `lo` never pays back, `hi` does.
    let mut hi = first_guess.max(Cents(1));
    let mut step = Cents(1);
    while !pays_back(hi) {
        if !typable(hi) {
            return Some(hi);
        }
        hi += step;
        step = step * 2;
    }
    let mut lo = Cents::ZERO;
    let mut step = Cents(1);
    while hi - step > lo {
        if !pays_back(hi - step) {
            lo = hi - step;
            break;
        }
        hi = hi - step;
        step = step * 2;
    }
    while hi.0 - lo.0 > 1 {
        let mid = Cents(lo.0 + (hi.0 - lo.0) / 2);
        if pays_back(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

/// A cost input changed to one value that moves a plan's break-even
/// across the horizon: into it when it is outside, out of it when inside.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoneyFlip {
    /// The input to change.
    pub field: Field,
    /// The nearest value that does it, at [`flip_step`]'s precision.
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

/// How far a money flip may go from today's value: at most this many times
/// larger or smaller (half to double). A value further off is not a nearby
/// alternative a team checks against its bill and fleet, it is another
/// service (SOURCES.md, #money-flips).
pub const FLIP_FACTOR: f64 = 2.0;

/// What the page says when no flip is that near, naming the rule.
pub const NO_MONEY_FLIP: &str = "No change to instances, RAM, CPU saving or price between half and double today's value moves the break-even across the horizon.";

/// The precision a flip's value is given at, the field's own: whole
/// instances, whole megabytes, whole percent, and cents for a price, so the
/// value shown is one a reader types and the value that flips.
pub const fn flip_step(field: Field) -> f64 {
    match field {
        Field::VcpuMonth | Field::GbMonth => 0.01,
        _ => 1.0,
    }
}

/// The value of grid point `k`. Hundredths are divided, not multiplied,
/// so `k = 2955` gives exactly the number `29.55` parses to.
fn grid_value(field: Field, k: i64) -> f64 {
    if flip_step(field) < 1.0 {
        k as f64 / 100.0
    } else {
        k as f64
    }
}

/// What would change the money: for each of [`MONEY_FLIP_FIELDS`], the
/// nearest value, within [`FLIP_FACTOR`] of today's and the field's
/// bounds, at [`flip_step`]'s precision, that brings `plan`'s break-even
/// inside the horizon, or pushes it out if it is inside. A field with no
/// such value is left out.
///
/// Each of these inputs moves the monthly saving one way, and the
/// break-even only ever improves with the saving, so "within the horizon"
/// changes at most once along a field's range: a bisection over the grid
/// finds the first value past that change.
pub fn money_flips(inputs: &CostInputs, experience: Score, plan: Plan) -> Vec<MoneyFlip> {
    let break_even_at =
        |field: Field, v: f64| plan_cost(&inputs.with(&[(field, v)]), experience, plan).break_even;
    let now = plan_cost(inputs, experience, plan)
        .break_even
        .within_horizon();
    let mut out = Vec::new();
    for field in MONEY_FLIP_FIELDS {
        let spec = field.spec();
        let step = flip_step(field);
        let current = inputs.get(field);
        let (lo, hi) = (
            (current / FLIP_FACTOR).max(spec.min),
            (current * FLIP_FACTOR).min(spec.max),
        );
        let mut k_min = (lo / step - 1e-9).ceil() as i64;
        if !field.accepts(grid_value(field, k_min)) {
            k_min += 1;
        }
        let k_max = (hi / step + 1e-9).floor() as i64;
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
