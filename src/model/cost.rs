//! The cost estimate: what each plan (all Go, a Go + Rust hybrid, all
//! Rust) costs per month, what learning Rust costs once and after the ramp,
//! what Rust's runtime benefits are worth, and when that pays back.
//!
//! Memory is counted in decimal GB, as the seeds count it
//! (50 x 200 MB = 10 GB).

use super::fields::Field;
use super::money::{Cents, Exact};
pub use super::payback::{advantage_needed, break_even, plan_break_even, BreakEven};
use super::score::Score;

/// The cost inputs, one value per [`Field`], always accepted by its field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostInputs([f64; Field::ALL.len()]);

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

/// What to build: the three plans the page compares. The ids are public
/// interface (attributes, exports), so they never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Plan {
    /// The whole service in Go.
    Go,
    /// Go for the API and control plane, Rust for the hot path.
    Hybrid,
    /// The whole service in Rust.
    Rust,
}

impl Plan {
    /// Every plan, from all Go to all Rust.
    pub const ALL: [Plan; 3] = [Plan::Go, Plan::Hybrid, Plan::Rust];

    /// Stable id: `go`, `hybrid`, `rust`.
    pub const fn id(self) -> &'static str {
        match self {
            Plan::Go => "go",
            Plan::Hybrid => "hybrid",
            Plan::Rust => "rust",
        }
    }

    /// The plan's name as a column heading: "Go", "Hybrid", "Rust".
    pub const fn name(self) -> &'static str {
        match self {
            Plan::Go => "Go",
            Plan::Hybrid => "Hybrid",
            Plan::Rust => "Rust",
        }
    }

    /// Position in [`Plan::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// One plan's money. All amounts are per month unless named otherwise;
/// every comparison is against the Go plan. The money is held once, in
/// [`PlanCost::cents`] as shown; `infra()`, `learning()` and the other
/// money methods read it in the currency's unit, so the break-even, the
/// lines and every text count from the same figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanCost {
    /// Which plan.
    pub plan: Plan,
    /// Share of the service's load that runs in Rust, 0..=1: 0 for Go, 1
    /// for Rust, the `rust_share` input for the hybrid.
    pub rust_share: f64,
    /// Total RAM, GB.
    pub ram_gb: f64,
    /// Total vCPUs.
    pub cpu: f64,
    /// Engineers who work in Rust and must learn it.
    pub rust_engineers: f64,
    /// Months the learning takes; [`PlanCost::people_month`] starts after.
    pub ramp_months: f64,
    /// Months compared.
    pub horizon: u32,
    /// How much less than Go the plan costs per month during the ramp:
    /// infrastructure saved, plus the runtime benefit, minus the toolchain.
    /// After the ramp, [`PlanCost::people_month`] comes off it.
    pub advantage_month: f64,
    /// When the learning pays back against Go.
    pub break_even: BreakEven,
    /// The plan's money as every view and export shows it, in whole cents.
    pub cents: PlanCents,
}

/// One plan's money as it is shown: each figure worked out exactly from
/// the inputs and rounded once, half away from zero, to whole cents; each
/// sum made of the figures as shown, so every column adds up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanCents {
    /// RAM cost per month.
    pub ram: Cents,
    /// CPU cost per month.
    pub cpu: Cents,
    /// `ram + cpu`.
    pub infra: Cents,
    /// Second toolchain per month.
    pub toolchain: Cents,
    /// Latency and safety cost the plan still bears per month: the value
    /// input less `benefit`.
    pub risk: Cents,
    /// Latency and safety value the plan captures per month.
    pub benefit: Cents,
    /// One-time learning.
    pub learning: Cents,
    /// Slower work after the ramp, per month.
    pub people: Cents,
}

impl PlanCents {
    /// What the plan costs per month while the team learns:
    /// infrastructure, the second toolchain and the latency and safety
    /// cost it still bears.
    pub fn month(&self) -> Cents {
        self.infra + self.toolchain + self.risk
    }

    /// What the plan gains on `go` per month once the ramp is over
    /// (negative: it costs more): infrastructure saved, plus the latency
    /// and safety value it captures, less a second toolchain and slower
    /// work. The same as `go.month() - self.month() - self.people`.
    pub fn gain_on(&self, go: &PlanCents) -> Cents {
        go.infra - self.infra + self.benefit - self.toolchain - self.people
    }

    /// What the plan's infrastructure alone saves on `go` per month.
    pub fn infra_saving(&self, go: &PlanCents) -> Cents {
        go.infra - self.infra
    }
}

/// Cumulative cost after `months` months, fractions allowed (for the bend
/// where the ramp ends): `learning` once, `month` every month, `people`
/// every month after a ramp of `ramp` months. The one cumulative line of
/// the single page's plans and the system's options.
pub fn cumulative_line(
    learning: Cents,
    month: Cents,
    people: Cents,
    ramp: f64,
    months: f64,
) -> f64 {
    learning.units() + month.units() * months + people.units() * (months - ramp).max(0.0)
}

/// The months a cumulative line is drawn through: the start, the bend
/// where a ramp of `ramp` months ends (when it ends inside the horizon)
/// and the horizon. Every line is straight between them.
pub fn line_months(ramp: f64, horizon: u32) -> Vec<f64> {
    let h = f64::from(horizon);
    let mut months = vec![0.0];
    if ramp > 0.0 && ramp < h {
        months.push(ramp);
    }
    months.push(h);
    months
}

/// `people` per month for the months of `months` after a ramp of `ramp`
/// months, rounded once: the slower work a total over `months` counts.
pub fn after_ramp(people: Cents, months: u32, ramp: f64) -> Cents {
    let after = (f64::from(months) - ramp).max(0.0);
    (Exact::int(people.0).shift(2) * Exact::of(after)).cents()
}

impl PlanCost {
    /// RAM cost. [`PlanCents::ram`] in the currency's unit.
    pub fn ram_cost(&self) -> f64 {
        self.cents.ram.units()
    }

    /// CPU cost. [`PlanCents::cpu`] in the currency's unit.
    pub fn cpu_cost(&self) -> f64 {
        self.cents.cpu.units()
    }

    /// RAM + CPU: infrastructure only, the toolchain is separate. [`PlanCents::infra`] in the currency's unit.
    pub fn infra(&self) -> f64 {
        self.cents.infra.units()
    }

    /// Running a second toolchain next to Go's (CI, build images,
    /// on-call); only the hybrid has one. [`PlanCents::toolchain`] in the currency's unit.
    pub fn toolchain_month(&self) -> f64 {
        self.cents.toolchain.units()
    }

    /// One-time cost of those engineers learning Rust. [`PlanCents::learning`] in the currency's unit.
    pub fn learning(&self) -> f64 {
        self.cents.learning.units()
    }

    /// Slower Rust work that remains after the ramp, per month. [`PlanCents::people`] in the currency's unit.
    pub fn people_month(&self) -> f64 {
        self.cents.people.units()
    }

    /// What the plan's flat tail latency and fewer memory-safety bugs are
    /// worth: the part of the `value_month` input that runs in Rust. [`PlanCents::benefit`] in the currency's unit.
    pub fn benefit_month(&self) -> f64 {
        self.cents.benefit.units()
    }

    /// The rest of `value_month`: what GC pauses and memory-safety bugs
    /// still cost this plan. Go bears all of it, Rust none. Counting the
    /// benefit as a cost Go bears, rather than a negative cost of Rust,
    /// keeps every cumulative line a real, non-negative amount. [`PlanCents::risk`] in the currency's unit.
    pub fn risk_month(&self) -> f64 {
        self.cents.risk.units()
    }

    /// What the plan gains on Go per month once the ramp is over
    /// (negative: it costs more).
    pub fn long_run_month(&self) -> f64 {
        self.advantage_month - self.people_month()
    }

    /// Cumulative cost after `months` months (fractions allowed, for the
    /// bend where the ramp ends): learning, infrastructure, toolchain, the
    /// runtime risk the plan still bears, and slower work after the ramp.
    pub fn cumulative_at(&self, months: f64) -> f64 {
        let c = &self.cents;
        cumulative_line(c.learning, c.month(), c.people, self.ramp_months, months)
    }

    /// Cumulative cost after `month` whole months.
    pub fn cumulative(&self, month: u32) -> f64 {
        self.cumulative_at(f64::from(month))
    }

    /// The total over `months` months as shown: the one-time learning,
    /// plus `months` times what the plan costs per month, plus the slower
    /// work of the months after the ramp, all from the amounts as shown.
    pub fn total(&self, months: u32) -> Cents {
        let c = &self.cents;
        c.learning + c.month() * months + after_ramp(c.people, months, self.ramp_months)
    }

    /// [`PlanCost::total`] over the horizon: the row "Total over 24
    /// months" on the page and in the exports.
    pub fn horizon_total(&self) -> Cents {
        self.total(self.horizon)
    }
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
///
/// The `*_go` and `*_rust` methods read the Go and Rust plans' figures as
/// the Go-vs-Rust table shows them; [`CostReport::plan`] has all three
/// plans, and nothing is held twice.
#[derive(Clone, Debug, PartialEq)]
pub struct CostReport {
    /// When the Rust plan pays back, runtime benefit and slower work after
    /// the ramp included.
    pub break_even: BreakEven,
    /// Months compared.
    pub horizon: u32,
    /// What the `value_month` input puts on Rust's runtime benefits.
    pub value_month: f64,
    /// What this suggests for the scale score.
    pub hint: ScaleHint,
    /// Go, Hybrid, Rust, in [`Plan::ALL`] order.
    pub plans: [PlanCost; 3],
}

impl CostReport {
    /// One plan's money.
    pub fn plan(&self, plan: Plan) -> &PlanCost {
        &self.plans[plan.index()]
    }

    /// Total RAM of the Go fleet, GB.
    pub fn ram_go_gb(&self) -> f64 {
        self.plan(Plan::Go).ram_gb
    }

    /// Total RAM of the Rust fleet, GB.
    pub fn ram_rust_gb(&self) -> f64 {
        self.plan(Plan::Rust).ram_gb
    }

    /// RAM cost of the Go fleet.
    pub fn ram_go_cost(&self) -> f64 {
        self.plan(Plan::Go).ram_cost()
    }

    /// RAM cost of the Rust fleet.
    pub fn ram_rust_cost(&self) -> f64 {
        self.plan(Plan::Rust).ram_cost()
    }

    /// CPU cost of the Go fleet.
    pub fn cpu_go_cost(&self) -> f64 {
        self.plan(Plan::Go).cpu_cost()
    }

    /// CPU cost of the Rust fleet.
    pub fn cpu_rust_cost(&self) -> f64 {
        self.plan(Plan::Rust).cpu_cost()
    }

    /// RAM + CPU of the Go fleet.
    pub fn infra_go(&self) -> f64 {
        self.plan(Plan::Go).infra()
    }

    /// RAM + CPU of the Rust fleet.
    pub fn infra_rust(&self) -> f64 {
        self.plan(Plan::Rust).infra()
    }

    /// The infrastructure saving alone, Go's less Rust's, of the rounded
    /// amounts shown; negative when Rust costs more to run.
    pub fn monthly_saving(&self) -> f64 {
        self.plan(Plan::Rust)
            .cents
            .infra_saving(&self.plan(Plan::Go).cents)
            .units()
    }

    /// One-time cost of the team learning Rust (the Rust plan's).
    pub fn learning_cost(&self) -> f64 {
        self.plan(Plan::Rust).learning()
    }

    /// Cumulative cost of Go after `month` months.
    pub fn cumulative_go(&self, month: u32) -> f64 {
        self.plan(Plan::Go).cumulative(month)
    }

    /// Cumulative cost of Rust after `month` months, learning included.
    pub fn cumulative_rust(&self, month: u32) -> f64 {
        self.plan(Plan::Rust).cumulative(month)
    }

    /// Net saving of choosing Rust over the whole horizon (negative: Go is cheaper).
    pub fn net_over_horizon(&self) -> f64 {
        self.cumulative_go(self.horizon) - self.cumulative_rust(self.horizon)
    }
}

/// Share of the full learning cost a team pays, by its Rust experience:
/// 1 (nobody has shipped Rust) pays all of it, 5 (ships Rust today) none.
/// The same share scales the slower work after the ramp: a team that
/// ships Rust today has no gap left to close.
pub fn learning_share(experience: Score) -> f64 {
    f64::from(5 - experience.get()) / 4.0
}

/// A rule of the cost model in words, for the assumptions list and the
/// exports, so the page and the documents state the same rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// What the rule is about.
    pub name: &'static str,
    /// The rule.
    pub text: &'static str,
}

/// What the cost side counts and what it leaves out, said wherever the
/// money is set beside the verdict.
pub const SCOPE: &str =
    "The cost side counts infrastructure and people, plus any latency and safety value entered, not feature delivery: how much sooner Go ships stays with the time-to-market score.";

/// The rules [`estimate`] follows, in the order a reader needs them.
pub const RULES: [Rule; 7] = [
    Rule {
        name: "Learning cost",
        text: "engineers learning Rust x cost per engineer-month x months to become productive x (1 - 1/slowdown), scaled by the team's Rust experience gap (all of it at 1/5, none at 5/5).",
    },
    Rule {
        name: "Slower work after the ramp",
        text: "the same engineers x cost per engineer-month x (1 - 1/(1 + gap)), scaled by the same experience gap, every month after the ramp.",
    },
    Rule {
        name: "Hybrid costs",
        text: "RAM and CPU are Go's x (1 - share in Rust) + Rust's x share in Rust; only the engineers on the Rust part learn it (at most the whole team); a second toolchain costs its monthly overhead from the first month.",
    },
    Rule {
        name: "Latency and safety value",
        text: "what they are worth per month counts as a cost Go bears and Rust avoids; the hybrid avoids it in proportion to its share of load in Rust, since only that part runs without a garbage collector and with the compiler's memory-safety checks.",
    },
    Rule { name: "What is counted", text: SCOPE },
    Rule {
        name: "Units",
        text: "RAM is counted in decimal GB, as the seeds do (50 x 200 MB = 10 GB); amounts are in the chosen currency: the price lists' prices and the defaults sourced in US dollars are converted at the rate given (fx), amounts typed are taken as typed.",
    },
    Rule {
        name: "Rounding",
        text: "every amount is worked out exactly from the inputs and rounded once, half away from zero, to the cent; every total is the sum of the amounts shown, so each column adds up, and the break-even counts from the same amounts.",
    },
];

/// Computes the estimate for all three plans.
///
/// Every amount of money is worked out exactly from the decimal inputs
/// and rounded once, half away from zero, to whole cents
/// ([`PlanCost::cents`]); sums (infrastructure, the monthly difference,
/// the totals) are of the rounded parts, and the break-even, the
/// cumulative lines and the `f64` readings (`PlanCost::infra()` and the
/// rest, each its cents in the currency's unit) come from those same
/// amounts, so every figure shown agrees with every other.
pub fn estimate(inputs: &CostInputs, experience: Score) -> CostReport {
    let [go, hybrid, rust] = priced(inputs, experience, None).map(Option::unwrap);
    let plans = [go, hybrid, rust];
    let horizon = inputs.get(Field::Horizon) as u32;
    let monthly_saving = rust.cents.infra_saving(&go.cents).units();
    // The hint is about the scale score, so it reads infrastructure only:
    // counting the latency and safety value here would count the latency
    // and safety scores a second time.
    let infra_break_even = break_even(monthly_saving, rust.learning(), horizon);
    let hint = scale_hint(
        monthly_saving,
        inputs.get(Field::EngMonth),
        infra_break_even,
    );
    CostReport {
        break_even: rust.break_even,
        horizon,
        value_month: inputs.get(Field::ValueMonth),
        hint,
        plans,
    }
}

/// One plan of [`estimate`], priced alone against Go: what the searches
/// for a threshold or a flip evaluate many times.
pub fn plan_cost(inputs: &CostInputs, experience: Score, plan: Plan) -> PlanCost {
    priced(inputs, experience, Some(plan))[plan.index()].expect("the plan asked for")
}

/// The plans of [`estimate`] (`only` one of them, or all), each against Go.
fn priced(inputs: &CostInputs, experience: Score, only: Option<Plan>) -> [Option<PlanCost>; 3] {
    let v = |f: Field| inputs.get(f);
    let exact = Field::ALL.map(|f| Exact::of(v(f)));
    let x = |f: Field| exact[f.index()];
    let instances = v(Field::Instances);
    let ram_go_gb = instances * v(Field::GoMb) / 1000.0;
    let ram_rust_gb = instances * v(Field::RustMb) / 1000.0;
    let cpu_go = instances * v(Field::GoVcpu);
    let cpu_rust = cpu_go * (1.0 - v(Field::CpuSaving) / 100.0);
    let horizon = v(Field::Horizon) as u32;
    let ramp_months = v(Field::RampMonths);
    let (zero, one, hundred) = (Exact::int(0), Exact::int(1), Exact::int(100));
    let gb = |mb: Field| (x(Field::Instances) * x(mb)).shift(3);
    let cpu_go_x = x(Field::Instances) * x(Field::GoVcpu);
    let cpu_rust_x = cpu_go_x * (hundred - x(Field::CpuSaving)).shift(2);
    let (slow, gap) = (x(Field::Slowdown), x(Field::SteadyGap));
    // (5 - experience) / 4, as hundredths.
    let share_x = Exact::int(25 * i64::from(5 - experience.get())).shift(2);
    let value_c = x(Field::ValueMonth).cents();
    // The share of the load in Rust, the engineers who learn it and the
    // second toolchain, per plan.
    let shape = |plan: Plan| match plan {
        Plan::Go => (0.0, zero, 0.0, zero),
        Plan::Hybrid => (
            v(Field::RustShare) / 100.0,
            x(Field::RustShare).shift(2),
            v(Field::RustEngineers).min(v(Field::Engineers)),
            x(Field::ToolchainMonth),
        ),
        Plan::Rust => (1.0, one, v(Field::Engineers), zero),
    };
    let mix = |go: f64, rust: f64, in_rust: f64| go * (1.0 - in_rust) + rust * in_rust;
    let money = |plan: Plan| {
        let (_, in_rust, engineers, toolchain) = shape(plan);
        let mix = |go: Exact, rust: Exact| go * (one - in_rust) + rust * in_rust;
        // While learning, Rust output is 1/slowdown of normal: the rest of
        // each engineer-month is the cost of learning. After the ramp,
        // work that takes (1 + gap) times as long loses the same way.
        let team = Exact::of(engineers) * x(Field::EngMonth) * share_x;
        let ram = (mix(gb(Field::GoMb), gb(Field::RustMb)) * x(Field::GbMonth)).cents();
        let cpu = (mix(cpu_go_x, cpu_rust_x) * x(Field::VcpuMonth)).cents();
        let benefit = (x(Field::ValueMonth) * in_rust).cents();
        PlanCents {
            ram,
            cpu,
            infra: ram + cpu,
            toolchain: toolchain.cents(),
            risk: value_c - benefit,
            benefit,
            learning: (team * x(Field::RampMonths) * (slow - one))
                .over(slow)
                .cents(),
            people: (team * gap).over(hundred + gap).cents(),
        }
    };
    let go_cents = money(Plan::Go);
    let plan = |plan: Plan| {
        let (in_rust, _, engineers, _) = shape(plan);
        let c = if plan == Plan::Go {
            go_cents
        } else {
            money(plan)
        };
        let advantage = c.infra_saving(&go_cents) + c.benefit - c.toolchain;
        PlanCost {
            plan,
            rust_share: in_rust,
            ram_gb: mix(ram_go_gb, ram_rust_gb, in_rust),
            cpu: mix(cpu_go, cpu_rust, in_rust),
            rust_engineers: engineers,
            ramp_months,
            horizon,
            advantage_month: advantage.units(),
            break_even: plan_break_even(
                advantage.units(),
                c.people.units(),
                ramp_months,
                c.learning.units(),
                horizon,
            ),
            cents: c,
        }
    };
    Plan::ALL.map(|p| (only.is_none() || only == Some(p)).then(|| plan(p)))
}

/// Suggests a "projected scale / resource cost" score from the money.
fn scale_hint(saving: f64, eng_month: f64, break_even: BreakEven) -> ScaleHint {
    let (score, why) = if saving * 12.0 < eng_month {
        (1, "a year of savings is worth less than one engineer-month, so resource cost barely matters")
    } else {
        match break_even {
            BreakEven::Never | BreakEven::AfterHorizon(_) => (
                2,
                "the saving is real but does not pay back learning Rust within the horizon",
            ),
            BreakEven::Month(m) if m > 12 => (
                3,
                "learning Rust pays back, but only after more than a year",
            ),
            BreakEven::Month(m) if m > 3 => (4, "the saving pays back learning Rust within a year"),
            BreakEven::Month(_) | BreakEven::Immediate => {
                (5, "the saving pays back learning Rust within a few months")
            }
        }
    };
    ScaleHint {
        score: Score::clamped(score),
        why,
    }
}
