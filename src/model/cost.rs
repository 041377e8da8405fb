//! The cost estimate: what each choice costs per month, what learning Rust
//! costs once, and when the saving pays that back.
//!
//! Memory is counted in decimal GB, as the seeds count it
//! (50 x 200 MB = 10 GB).

use super::fields::Field;
use super::score::Score;

/// The cost inputs, one value per [`Field`], always accepted by its field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostInputs([f64; 12]);

impl Default for CostInputs {
    fn default() -> Self {
        CostInputs(Field::ALL.map(|f| f.spec().default))
    }
}

impl CostInputs {
    /// The value of one field.
    pub fn get(&self, field: Field) -> f64 {
        self.0[field.index()]
    }

    /// Sets a field, if the field accepts the value; returns whether it did.
    /// Rejected values leave the last good value in place.
    pub fn set(&mut self, field: Field, value: f64) -> bool {
        let ok = field.accepts(value);
        if ok {
            self.0[field.index()] = value;
        }
        ok
    }

    /// Returns a copy with the given fields set (rejected values ignored).
    pub fn with(mut self, values: &[(Field, f64)]) -> CostInputs {
        for &(f, v) in values {
            self.set(f, v);
        }
        self
    }
}

/// When the one-time learning cost is paid back by the monthly saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakEven {
    /// Nothing to pay back: the team already ships Rust (or the learning
    /// inputs are zero) and Rust costs no more to run.
    Immediate,
    /// Paid back at the end of this month (1-based).
    Month(u32),
    /// Pays back, but only after the horizon; the month is given.
    AfterHorizon(u32),
    /// Rust saves nothing per month, so learning never pays back.
    Never,
}

/// What the estimate suggests for the "projected scale / resource cost" score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaleHint {
    /// The suggested score.
    pub score: Score,
    /// Why, in one sentence.
    pub why: &'static str,
}

/// The estimate. All money is per month unless named otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct CostReport {
    /// Total RAM of the Go fleet, GB.
    pub ram_go_gb: f64,
    /// Total RAM of the Rust fleet, GB.
    pub ram_rust_gb: f64,
    /// RAM cost of the Go fleet.
    pub ram_go_cost: f64,
    /// RAM cost of the Rust fleet.
    pub ram_rust_cost: f64,
    /// Total vCPUs of the Go fleet.
    pub cpu_go: f64,
    /// Total vCPUs of the Rust fleet.
    pub cpu_rust: f64,
    /// CPU cost of the Go fleet.
    pub cpu_go_cost: f64,
    /// CPU cost of the Rust fleet.
    pub cpu_rust_cost: f64,
    /// RAM + CPU of the Go fleet.
    pub infra_go: f64,
    /// RAM + CPU of the Rust fleet.
    pub infra_rust: f64,
    /// `infra_go - infra_rust`; negative when Rust costs more to run.
    pub monthly_saving: f64,
    /// One-time cost of the team learning Rust.
    pub learning_cost: f64,
    /// When learning pays back.
    pub break_even: BreakEven,
    /// Months compared.
    pub horizon: u32,
    /// What this suggests for the scale score.
    pub hint: ScaleHint,
}

impl CostReport {
    /// Cumulative cost of Go after `month` months.
    pub fn cumulative_go(&self, month: u32) -> f64 {
        self.infra_go * f64::from(month)
    }

    /// Cumulative cost of Rust after `month` months, learning included.
    pub fn cumulative_rust(&self, month: u32) -> f64 {
        self.learning_cost + self.infra_rust * f64::from(month)
    }

    /// Net saving of choosing Rust over the whole horizon (negative: Go is cheaper).
    pub fn net_over_horizon(&self) -> f64 {
        self.cumulative_go(self.horizon) - self.cumulative_rust(self.horizon)
    }
}

/// Share of the full learning cost a team pays, by its Rust experience:
/// 1 (nobody has shipped Rust) pays all of it, 5 (ships Rust today) none.
pub fn learning_share(experience: Score) -> f64 {
    f64::from(5 - experience.get()) / 4.0
}

/// Computes the estimate.
pub fn estimate(inputs: &CostInputs, experience: Score) -> CostReport {
    let v = |f: Field| inputs.get(f);
    let instances = v(Field::Instances);
    let ram_go_gb = instances * v(Field::GoMb) / 1000.0;
    let ram_rust_gb = instances * v(Field::RustMb) / 1000.0;
    let ram_go_cost = ram_go_gb * v(Field::GbMonth);
    let ram_rust_cost = ram_rust_gb * v(Field::GbMonth);
    let cpu_go = instances * v(Field::GoVcpu);
    let cpu_rust = cpu_go * (1.0 - v(Field::CpuSaving) / 100.0);
    let cpu_go_cost = cpu_go * v(Field::VcpuMonth);
    let cpu_rust_cost = cpu_rust * v(Field::VcpuMonth);
    let infra_go = ram_go_cost + cpu_go_cost;
    let infra_rust = ram_rust_cost + cpu_rust_cost;
    let monthly_saving = infra_go - infra_rust;
    // While learning, Rust output is 1/slowdown of normal: the rest of each
    // engineer-month is the cost of learning.
    let lost_share = 1.0 - 1.0 / v(Field::Slowdown);
    let learning_cost = v(Field::Engineers)
        * v(Field::EngMonth)
        * v(Field::RampMonths)
        * lost_share
        * learning_share(experience);
    let horizon = v(Field::Horizon) as u32;
    let break_even = break_even(monthly_saving, learning_cost, horizon);
    let hint = scale_hint(monthly_saving, v(Field::EngMonth), break_even);
    CostReport {
        ram_go_gb,
        ram_rust_gb,
        ram_go_cost,
        ram_rust_cost,
        cpu_go,
        cpu_rust,
        cpu_go_cost,
        cpu_rust_cost,
        infra_go,
        infra_rust,
        monthly_saving,
        learning_cost,
        break_even,
        horizon,
        hint,
    }
}

/// The first whole month after which the cumulative saving covers the
/// learning cost.
pub fn break_even(monthly_saving: f64, learning_cost: f64, horizon: u32) -> BreakEven {
    if learning_cost <= 0.0 && monthly_saving >= 0.0 {
        return BreakEven::Immediate;
    }
    if monthly_saving.is_nan() || monthly_saving <= 0.0 {
        return BreakEven::Never;
    }
    let months = (learning_cost / monthly_saving).ceil();
    if months > f64::from(u32::MAX) {
        return BreakEven::Never;
    }
    let m = (months as u32).max(1);
    if m <= horizon { BreakEven::Month(m) } else { BreakEven::AfterHorizon(m) }
}

/// Suggests a "projected scale / resource cost" score from the money.
fn scale_hint(saving: f64, eng_month: f64, break_even: BreakEven) -> ScaleHint {
    let (score, why) = if saving * 12.0 < eng_month {
        (1, "a year of savings is worth less than one engineer-month, so resource cost barely matters")
    } else {
        match break_even {
            BreakEven::Never | BreakEven::AfterHorizon(_) => {
                (2, "the saving is real but does not pay back learning Rust within the horizon")
            }
            BreakEven::Month(m) if m > 12 => (3, "learning Rust pays back, but only after more than a year"),
            BreakEven::Month(m) if m > 3 => (4, "the saving pays back learning Rust within a year"),
            BreakEven::Month(_) | BreakEven::Immediate => {
                (5, "the saving pays back learning Rust within a few months")
            }
        }
    };
    ScaleHint { score: Score::clamped(score), why }
}
