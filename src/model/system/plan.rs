//! The plan the verdicts make: where each service goes, what the system costs in Go, in Rust and under the plan, and where to start.

use super::super::cost::{after_ramp, cumulative_line};
use super::super::cost::{break_even, estimate, plan_break_even, BreakEven, CostReport, Plan};
use super::super::fields::Field;
use super::super::money::Cents;
use super::super::order::sort_small_by;
use super::super::rubric::{evaluate_weighted, flips_weighted, Evaluation, Flip, Verdict, UNITS};
use super::super::score::{Category, Score, Scores};
use super::service::{Service, Shared, System};

/// Where a service goes in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Placement {
    /// Go.
    Go,
    /// A close call: Go now, profile, move a hot path only if profiling
    /// proves the need (seed 003). Sits on the Go side.
    Profile,
    /// Go in front, Rust for the hot path, across this boundary.
    Hybrid(Boundary),
    /// Rust.
    Rust,
}

impl Placement {
    /// The placement a verdict gives, the boundary chosen from the scores.
    pub fn of(verdict: Verdict, scores: &Scores) -> Placement {
        match verdict {
            Verdict::Go => Placement::Go,
            Verdict::Close => Placement::Profile,
            Verdict::Hybrid => Placement::Hybrid(Boundary::of(scores)),
            Verdict::Rust => Placement::Rust,
        }
    }

    /// Whether any of the service moves to Rust under the plan.
    pub fn moves(self) -> bool {
        matches!(self, Placement::Hybrid(_) | Placement::Rust)
    }

    /// The single page's plan whose figures the service has under it.
    pub fn plan(self) -> Plan {
        match self {
            Placement::Go | Placement::Profile => Plan::Go,
            Placement::Hybrid(_) => Plan::Hybrid,
            Placement::Rust => Plan::Rust,
        }
    }

    /// The plan's words for it.
    pub fn label(self) -> &'static str {
        match self {
            Placement::Go => "Go",
            Placement::Profile => "Go now, profile",
            Placement::Hybrid(Boundary::Rpc) => "Hybrid over gRPC/HTTP",
            Placement::Hybrid(Boundary::Queue) => "Hybrid over a queue",
            Placement::Rust => "Rust",
        }
    }
}

/// The boundary between a hybrid service's Go front and its Rust hot path
/// (seed 002 calls its Rust build engine over gRPC; seed 003 names gRPC,
/// HTTP or a queue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Boundary {
    /// A request path: the caller waits for the answer.
    Rpc,
    /// A pipeline: work is handed over and nobody waits on it.
    Queue,
}

impl Boundary {
    /// Latency score at and above which the hot path is on a request path.
    pub const REQUEST_PATH_LATENCY: u8 = 4;

    /// The rule, as the page says it.
    pub const RULE: &'static str = "A hybrid service's boundary follows its latency score: at 4/5 or 5/5 someone is waiting on the hot path, so Go calls Rust over gRPC or HTTP; below that the work is a pipeline, so Go hands it to Rust through a queue.";

    /// The boundary a hybrid service with these scores gets; see [`Boundary::RULE`].
    pub fn of(scores: &Scores) -> Boundary {
        if scores.get(Category::Latency).get() >= Boundary::REQUEST_PATH_LATENCY {
            Boundary::Rpc
        } else {
            Boundary::Queue
        }
    }

    /// Short label for the plan drawing.
    pub const fn label(self) -> &'static str {
        match self {
            Boundary::Rpc => "gRPC/HTTP",
            Boundary::Queue => "queue",
        }
    }
}

/// One service, scored and costed.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceReport {
    /// The rubric's evaluation, with the system's weights.
    pub eval: Evaluation,
    /// The single page's estimate for this service's fleet.
    pub cost: CostReport,
    /// Where the plan puts it.
    pub placement: Placement,
    /// Its monthly infrastructure under the plan, as its row shows it: the
    /// single page's figure for the plan its placement takes (a hybrid
    /// runs the `rust_share` of the load at Rust's figures, the rest at
    /// Go's).
    pub plan_infra: Cents,
}

impl ServiceReport {
    /// Its verdict.
    pub fn verdict(&self) -> Verdict {
        self.eval.verdict
    }

    /// Its monthly infrastructure in Go, as its row shows it.
    pub fn go_infra(&self) -> Cents {
        self.cost.plan(Plan::Go).cents.infra
    }

    /// Its monthly infrastructure in Rust, as its row shows it.
    pub fn rust_infra(&self) -> Cents {
        self.cost.plan(Plan::Rust).cents.infra
    }

    /// What Rust's infrastructure saves on it per month against Go's.
    pub fn rust_infra_saving(&self) -> Cents {
        self.go_infra() - self.rust_infra()
    }

    /// What the plan saves on it per month against Go.
    pub fn plan_saving(&self) -> Cents {
        self.go_infra() - self.plan_infra
    }
}

/// One step of the path to Rust: a service that moves, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Index of the service in the system.
    pub index: usize,
    /// Its start score, 0..=100; see [`START_SCORE`].
    pub score: u32,
    /// What moving it saves per month (negative: costs more).
    pub saving: Cents,
    /// What it does about the team's learning cost.
    pub learning: StepLearning,
}

/// What one step of the path does about the team's one-time learning cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepLearning {
    /// The team already ships Rust (or the learning inputs are zero).
    None,
    /// A step before it paid the learning back within the horizon.
    Paid,
    /// The learning is still unpaid when this service moves: its saving,
    /// added to the savings of the steps before it that have not paid it
    /// back yet (`together`, which is its own saving when it is the first
    /// of them), pays it back then.
    Pays {
        /// Monthly saving of this step and the unpaid steps before it.
        together: Cents,
        /// Whether steps before it share the payment.
        shared: bool,
        /// When `together` pays back the learning.
        when: BreakEven,
    },
}

/// How the start score is made, as the page says it.
pub const START_SCORE: &str = "Start score, out of 100: a third for how hard the service pulls toward Rust (Rust pressure minus Go pressure), a third for what it saves per month (against the largest saving among the services that move) and a third for how ready its team is (its Rust experience score). Seed 001: \"the bottleneck service is where to start\"; seed 000: start with one critical service, and have someone who can review Rust.";

/// The start score of a moving service, 0..=100; see [`START_SCORE`].
fn start_score(eval: &Evaluation, saving: Cents, top_saving: Cents, experience: Score) -> u32 {
    let pull = f64::from(eval.rust_units - eval.go_units + UNITS) / f64::from(2 * UNITS);
    let saves = if top_saving.is_positive() {
        saving.units().max(0.0) / top_saving.units()
    } else {
        0.0
    };
    let ready = f64::from(experience.get() - 1) / 4.0;
    (100.0 * (pull + saves + ready) / 3.0)
        .round()
        .clamp(0.0, 100.0) as u32
}

/// Which service to move first, or why none moves.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// The services the plan moves, best first; never empty.
    Path(Vec<Step>),
    /// Every service stays in Go; the service nearest to moving and the
    /// change that would move it, if one score change can.
    AllGo(Option<(usize, Flip)>),
}

/// The whole system, scored and costed. Its money is in whole cents:
/// each service's figures as its row shows them, every total the sum of
/// those, so the table adds up as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemReport {
    /// Each service, in order.
    pub services: Vec<ServiceReport>,
    /// Monthly infrastructure with every service in Go.
    pub all_go: Cents,
    /// Monthly infrastructure with every service in Rust.
    pub all_rust: Cents,
    /// Monthly infrastructure under the plan.
    pub plan: Cents,
    /// The Rust experience the team is credited with under the plan (the
    /// highest among the services that move); `None` when nothing moves.
    pub plan_experience: Option<Score>,
    /// The team's one-time learning cost under the plan (0 when nothing moves).
    pub plan_learning: Cents,
    /// The second toolchain, per month: paid once for the system when the
    /// plan runs both languages (a service moves while another stays in Go,
    /// or a service is split).
    pub plan_toolchain: Cents,
    /// Slower work after the ramp, per month, for the team under the plan
    /// (the single page's `steady_gap` rule; 0 when nothing moves).
    pub plan_people: Cents,
    /// The same for an all-Rust system.
    pub all_rust_people: Cents,
    /// Months until the team is productive in Rust, after which
    /// `plan_people` applies.
    pub ramp: f64,
    /// The learning cost if every service moved to Rust.
    pub all_rust_learning: Cents,
    /// When the plan's saving pays back its learning.
    pub break_even: BreakEven,
    /// Months compared.
    pub horizon: u32,
    /// Where to start.
    pub start: Start,
}

/// How the team's experience is read for the one-time learning cost, as
/// the page says it.
pub const EXPERIENCE_RULE: &str = "The team learns Rust once, not once per service: the learning cost uses the single page's formula with the highest Rust experience score among the services that move, for every engineer who will write Rust: the whole team when a service moves wholly to Rust, only the engineers on the hybrids' Rust part when only hybrids move (as the single page costs one hybrid), never more than the team. Every service is built by the same team (it has one set of engineers here), so the experience one service's score credits it with is the team's; and once the first service has moved, the team only knows more.";

impl SystemReport {
    /// Cumulative cost of the all-Go system after `month` months.
    pub fn cumulative_go(&self, month: u32) -> Cents {
        self.all_go * month
    }

    /// Cumulative cost of the plan after `month` months: learning,
    /// infrastructure, the second toolchain, slower work after the ramp.
    pub fn cumulative_plan(&self, month: u32) -> Cents {
        self.plan_learning
            + (self.plan + self.plan_toolchain) * month
            + after_ramp(self.plan_people, month, self.ramp)
    }

    /// Cumulative cost of the all-Rust system after `month` months,
    /// learning and slower work after the ramp included.
    pub fn cumulative_rust(&self, month: u32) -> Cents {
        self.all_rust_learning
            + self.all_rust * month
            + after_ramp(self.all_rust_people, month, self.ramp)
    }

    /// The cumulative cost of all Go, the plan and all Rust after `months`
    /// months, fractions allowed (the chart's bend where the ramp ends),
    /// on the single page's one line ([`cumulative_line`]).
    pub fn cumulative_at(&self, months: f64) -> [f64; 3] {
        [
            cumulative_line(Cents::ZERO, self.all_go, Cents::ZERO, self.ramp, months),
            cumulative_line(
                self.plan_learning,
                self.plan + self.plan_toolchain,
                self.plan_people,
                self.ramp,
                months,
            ),
            cumulative_line(
                self.all_rust_learning,
                self.all_rust,
                self.all_rust_people,
                self.ramp,
                months,
            ),
        ]
    }

    /// What the plan's infrastructure saves per month against all-Go.
    pub fn plan_saving(&self) -> Cents {
        self.all_go - self.plan
    }

    /// What the plan saves per month against all-Go once the ramp is over,
    /// with everything its break-even counts: infrastructure, the second
    /// toolchain and slower work after the ramp. Negative: it costs more.
    pub fn plan_net(&self) -> Cents {
        self.plan_saving() - self.plan_toolchain - self.plan_people
    }

    /// The three options' totals over the horizon, learning included:
    /// (all Go, all Rust, the plan).
    pub fn horizon_totals(&self) -> (Cents, Cents, Cents) {
        let h = self.horizon;
        (
            self.cumulative_go(h),
            self.cumulative_rust(h),
            self.cumulative_plan(h),
        )
    }

    /// The services each placement holds, by index, Go side first.
    pub fn placed(&self, pick: impl Fn(Placement) -> bool) -> Vec<usize> {
        (0..self.services.len())
            .filter(|&i| pick(self.services[i].placement))
            .collect()
    }
}

/// The team's learning cost and its slower work per month after the ramp,
/// at an experience score: the single page's formulas (engineers, cost per
/// engineer-month, ramp-up, slowdown, gap after the ramp) with the
/// system's team, charged once.
fn team_learning(shared: &Shared, experience: Option<Score>, plan: Plan) -> (Cents, Cents) {
    experience.map_or((Cents::ZERO, Cents::ZERO), |e| {
        let p = estimate(&shared.cost, e).plan(plan).cents;
        (p.learning, p.people)
    })
}

/// Who learns Rust under a set of placements: the whole team when any
/// service moves wholly to Rust (every engineer will write it); only the
/// engineers on the hybrids' Rust part (`rust_engineers`) when only hybrids
/// move, as the single page costs one hybrid. Never more than `engineers`.
fn learners(placements: impl Iterator<Item = Placement>) -> Plan {
    let mut plan = Plan::Go;
    for p in placements {
        match p {
            Placement::Rust => return Plan::Rust,
            Placement::Hybrid(_) => plan = Plan::Hybrid,
            Placement::Go | Placement::Profile => {}
        }
    }
    plan
}

/// One service on its own: its verdict by the one weighted rubric, its
/// cost on its own fleet with the shared team and prices, its place in the
/// plan. A function of that service and the shared inputs only, so a view
/// of one row depends on nothing else.
pub fn service_report(shared: &Shared, s: &Service) -> ServiceReport {
    let eval = evaluate_weighted(&s.scores, shared.rubric_weights());
    let cost = estimate(
        &s.fleet.apply(&shared.cost),
        s.scores.get(Category::Experience),
    );
    let placement = Placement::of(eval.verdict, &s.scores);
    let plan_infra = cost.plan(placement.plan()).cents.infra;
    ServiceReport {
        eval,
        cost,
        placement,
        plan_infra,
    }
}

/// Scores and costs every service and the system as a whole.
pub fn analyse(system: &System) -> SystemReport {
    let shared = &system.shared;
    let services: Vec<ServiceReport> = system
        .services
        .iter()
        .map(|s| service_report(shared, s))
        .collect();
    let experience = |pick: &dyn Fn(&ServiceReport) -> bool| {
        system
            .services
            .iter()
            .zip(&services)
            .filter(|(_, r)| pick(r))
            .map(|(s, _)| s.scores.get(Category::Experience))
            .max()
    };
    let plan_experience = experience(&|r| r.placement.moves());
    let learning_plan = learners(services.iter().map(|r| r.placement));
    let (plan_learning, plan_people) = team_learning(shared, plan_experience, learning_plan);
    let (all_rust_learning, all_rust_people) =
        team_learning(shared, experience(&|_| true), Plan::Rust);
    let both_languages = plan_experience.is_some()
        && services
            .iter()
            .any(|r| !matches!(r.placement, Placement::Rust));
    let plan_toolchain = if both_languages {
        Cents::of(shared.cost.get(Field::ToolchainMonth))
    } else {
        Cents::ZERO
    };
    let ramp = shared.cost.get(Field::RampMonths);
    let all_go: Cents = services.iter().map(ServiceReport::go_infra).sum();
    let all_rust = services.iter().map(ServiceReport::rust_infra).sum();
    let plan: Cents = services.iter().map(|r| r.plan_infra).sum();
    let horizon = shared.cost.get(Field::Horizon) as u32;
    let break_even = if plan_experience.is_some() {
        plan_break_even(
            (all_go - plan - plan_toolchain).units(),
            plan_people.units(),
            ramp,
            plan_learning.units(),
            horizon,
        )
    } else {
        BreakEven::Immediate
    };
    let start = start(system, &services, plan_learning, plan_toolchain, horizon);
    SystemReport {
        services,
        all_go,
        all_rust,
        plan,
        plan_experience,
        plan_learning,
        plan_toolchain,
        plan_people,
        all_rust_people,
        ramp,
        all_rust_learning,
        break_even,
        horizon,
        start,
    }
}

/// Ranks the moving services by start score (ties: the larger saving, then
/// the earlier service) and walks the path. The learning is paid once:
/// the first service's own saving pays it back; if that takes longer than
/// the horizon, the next service's saving joins in, and so on, until the
/// services moved so far pay it back within the horizon. The services
/// after that have nothing left to pay.
fn start(
    system: &System,
    reports: &[ServiceReport],
    learning: Cents,
    toolchain: Cents,
    horizon: u32,
) -> Start {
    let moving: Vec<usize> = (0..reports.len())
        .filter(|&i| reports[i].placement.moves())
        .collect();
    if moving.is_empty() {
        return Start::AllGo(nearest_move(system));
    }
    let top = moving
        .iter()
        .map(|&i| reports[i].plan_saving())
        .fold(Cents::ZERO, Cents::max);
    let mut ranked: Vec<(usize, u32)> = moving
        .iter()
        .map(|&i| {
            let exp = system.services[i].scores.get(Category::Experience);
            (
                i,
                start_score(&reports[i].eval, reports[i].plan_saving(), top, exp),
            )
        })
        .collect();
    sort_small_by(&mut ranked, |a, b| {
        b.1.cmp(&a.1)
            .then(reports[b.0].plan_saving().cmp(&reports[a.0].plan_saving()))
            .then(a.0.cmp(&b.0))
    });
    let mut paid = false;
    let mut together = Cents::ZERO;
    let mut sharing = 0;
    let steps = ranked
        .into_iter()
        .map(|(index, score)| {
            let saving = reports[index].plan_saving();
            let learning = if !learning.is_positive() {
                StepLearning::None
            } else if paid {
                StepLearning::Paid
            } else {
                together += saving;
                sharing += 1;
                // The second toolchain comes with the first move; each step's
                // saving pays it before it pays the learning.
                let when = break_even((together - toolchain).units(), learning.units(), horizon);
                paid = matches!(when, BreakEven::Month(_) | BreakEven::Immediate);
                StepLearning::Pays {
                    together,
                    shared: sharing > 1,
                    when,
                }
            };
            Step {
                index,
                score,
                saving,
                learning,
            }
        })
        .collect();
    Start::Path(steps)
}

/// The service nearest to leaving the Go side: the one whose nearest
/// single score change (from [`flips_weighted`]) gives Hybrid or Rust is
/// smallest; ties go to the service that already leans furthest toward
/// Rust, then to the earlier one.
fn nearest_move(system: &System) -> Option<(usize, Flip)> {
    let weights = system.shared.rubric_weights();
    system
        .services
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let flip = flips_weighted(&s.scores, weights)
                .into_iter()
                .find(|f| matches!(f.verdict, Verdict::Hybrid | Verdict::Rust))?;
            let distance = flip.to.get().abs_diff(s.scores.get(flip.category).get());
            let lean = evaluate_weighted(&s.scores, weights).lean();
            Some((i, flip, distance, lean))
        })
        .min_by(|a, b| a.2.cmp(&b.2).then(b.3.total_cmp(&a.3)).then(a.0.cmp(&b.0)))
        .map(|(i, flip, _, _)| (i, flip))
}
