//! A whole system, decided service by service.
//!
//! Seed 000 says the useful question is not which language an organisation
//! adopts but which services have constraints that make Rust worth paying
//! for, and to "start with one service"; seed 001 says "the bottleneck
//! service is where to start". This module scores each service with the
//! one rubric, adds up what the system costs in Go, in Rust and under the
//! plan the verdicts make, charges the team's learning once, and ranks the
//! services for the first move to Rust.
//!
//! In the URL each service is one `svc` parameter, repeated in order:
//! `svc=NAME:TTM,LAT,SAFETY,EXP,SCALE[:INSTANCES,GO_MB,RUST_MB,GO_VCPU,CPU_SAVING]`.
//! The team, price, currency and weight parameters keep their single-page
//! meaning and apply to every service.

use super::cost::{break_even, estimate, plan_break_even, BreakEven, CostInputs, CostReport, Plan};
use super::export::Money;
use super::fields::{parse_field, plain_number, Field};
use super::prices::Cloud;
use super::query::{
    decode_component, encode_component, pairs, parse_query, quote, read_score,
    to_query as state_query, Currency, Notice, ServiceName, State, ViewOptions,
};
use super::rubric::{evaluate_weighted, flips_weighted, Evaluation, Flip, Verdict, UNITS};
use super::score::{Category, Score, Scores};
use super::weights::Weights;

/// The query parameter of one service: public interface, never rename.
pub const PARAM: &str = "svc";

/// Most services one system holds: enough for the systems the seeds
/// describe, few enough that the list, the plan and the path stay readable
/// on a phone.
pub const MAX_SERVICES: usize = 12;

/// The name a service gets when none is given, as on the single page.
pub const DEFAULT_NAME: &str = "service";

/// The cost fields each service has its own value for, in the order the
/// `svc` parameter writes them. The other fields (team and prices) are the
/// system's.
pub const FLEET: [Field; 5] = [
    Field::Instances,
    Field::GoMb,
    Field::RustMb,
    Field::GoVcpu,
    Field::CpuSaving,
];

/// The system-wide fields the system's figures read, in page order: the
/// prices, the team, its learning and the gap after it, the horizon, the
/// share of a hybrid service's load that runs in Rust, and the second
/// toolchain a system running both languages pays for once. The latency
/// and safety value and the engineers on a hybrid's Rust part belong to a
/// single service: they travel in each row's link to its own page.
pub const TEAM: [Field; 10] = [
    Field::GbMonth,
    Field::VcpuMonth,
    Field::Engineers,
    Field::EngMonth,
    Field::RampMonths,
    Field::Slowdown,
    Field::SteadyGap,
    Field::Horizon,
    Field::RustShare,
    Field::ToolchainMonth,
];

/// One service's fleet: a value per [`FLEET`] field, always accepted by it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fleet([f64; 5]);

impl Default for Fleet {
    /// The single page's defaults (seed 004's 50 instances of 200 MB).
    fn default() -> Self {
        Fleet(FLEET.map(|f| f.spec().default))
    }
}

impl Fleet {
    /// Position of `field` in [`FLEET`], if the fleet holds it.
    fn slot(field: Field) -> Option<usize> {
        FLEET.iter().position(|&f| f == field)
    }

    /// The value of a fleet field; `None` for a team or price field, which
    /// the fleet does not hold.
    pub fn get(&self, field: Field) -> Option<f64> {
        Fleet::slot(field).map(|i| self.0[i])
    }

    /// Sets a fleet field if the field accepts the value; returns whether
    /// it did. Team and price fields are refused: they are the system's.
    pub fn set(&mut self, field: Field, value: f64) -> bool {
        match Fleet::slot(field) {
            Some(i) if field.accepts(value) => {
                self.0[i] = value;
                true
            }
            _ => false,
        }
    }

    /// The fleet part of a single page's cost inputs.
    pub fn of(cost: &CostInputs) -> Fleet {
        Fleet(FLEET.map(|f| cost.get(f)))
    }

    /// The system's team and prices with this fleet: the inputs the single
    /// page would estimate this service with.
    pub fn apply(&self, shared: &CostInputs) -> CostInputs {
        let mut cost = *shared;
        for (f, v) in FLEET.into_iter().zip(self.0) {
            cost.set(f, v);
        }
        cost
    }
}

/// One service of the system.
#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    /// Its name: plain text, cleaned and capped by [`ServiceName`].
    pub name: ServiceName,
    /// Its five rubric scores.
    pub scores: Scores,
    /// Its instances and what each needs.
    pub fleet: Fleet,
}

impl Service {
    /// The service a single page describes: its name (or
    /// [`DEFAULT_NAME`]), scores and fleet.
    pub fn from_state(state: &State) -> Service {
        let name = if state.name.is_empty() {
            ServiceName::new(DEFAULT_NAME)
        } else {
            state.name.clone()
        };
        Service {
            name,
            scores: state.scores,
            fleet: Fleet::of(&state.cost),
        }
    }
}

/// What every service shares: the team, the prices, the currency and the
/// weights. Its cost inputs' fleet fields are never read (each service
/// brings its own), and are kept at their defaults so equal systems
/// compare equal.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shared {
    /// Team and price fields; see the type's note on the fleet fields.
    pub cost: CostInputs,
    /// How much each category counts, for every service.
    pub weights: Weights,
    /// Display currency.
    pub currency: Currency,
    /// The price list the price fields started from.
    pub cloud: Cloud,
}

impl Shared {
    /// The system-wide part of a single page's state.
    pub fn from_state(state: &State) -> Shared {
        Shared {
            cost: Fleet::default().apply(&state.cost),
            weights: state.weights,
            currency: state.currency,
            cloud: state.cloud,
        }
    }

    /// The weights the rubric reads for every service: the one place the
    /// system view chooses them.
    pub fn rubric_weights(&self) -> &Weights {
        &self.weights
    }

    /// The weights in words when they are not the rubric as written
    /// ("Category weights apply to every service: Latency x2, ..."), so a
    /// verdict that differs from the plain rubric is never a surprise.
    pub fn weights_sentence(&self) -> Option<String> {
        (!self.weights.is_default()).then(|| {
            let each: Vec<String> = Category::ALL
                .iter()
                .map(|&c| format!("{} x{}", c.short(), self.weights.get(c)))
                .collect();
            format!(
                "Category weights from the link apply to every service: {}.",
                each.join(", ")
            )
        })
    }

    /// The single page's state for one service of this system.
    pub fn state_for(&self, service: &Service) -> State {
        State {
            scores: service.scores,
            weights: self.weights,
            cost: service.fleet.apply(&self.cost),
            currency: self.currency,
            name: service.name.clone(),
            cloud: self.cloud,
            ..State::default()
        }
    }
}

/// A system: what it shares, and 1 to [`MAX_SERVICES`] services in order.
/// The list is private, so a system with no services or too many cannot
/// exist; every change goes through a method that keeps the bounds.
#[derive(Clone, Debug, PartialEq)]
pub struct System {
    /// Team, prices, currency and weights.
    pub shared: Shared,
    services: Vec<Service>,
}

impl System {
    /// A system of the given services, if there are 1 to [`MAX_SERVICES`].
    pub fn new(shared: Shared, services: Vec<Service>) -> Option<System> {
        (1..=MAX_SERVICES)
            .contains(&services.len())
            .then_some(System { shared, services })
    }

    /// A system of one: the service a single page describes, with its team
    /// and prices. Where "Score a whole system" starts.
    pub fn single(state: &State) -> System {
        System {
            shared: Shared::from_state(state),
            services: vec![Service::from_state(state)],
        }
    }

    /// The services, in order.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// One service to edit in place.
    pub fn service_mut(&mut self, index: usize) -> Option<&mut Service> {
        self.services.get_mut(index)
    }

    /// Whether another service fits.
    pub fn is_full(&self) -> bool {
        self.services.len() >= MAX_SERVICES
    }

    /// Adds a service at the end; `false` when the system is full.
    pub fn push(&mut self, service: Service) -> bool {
        let fits = !self.is_full();
        if fits {
            self.services.push(service);
        }
        fits
    }

    /// Adds a new service at the end with middle scores, the default fleet
    /// and a name no other service has ("service 2").
    pub fn add(&mut self) -> bool {
        let name = self.unused_name(DEFAULT_NAME);
        self.push(Service {
            name,
            scores: Scores::default(),
            fleet: Fleet::default(),
        })
    }

    /// Inserts a copy of a service right after it, named "... copy";
    /// `false` when the system is full or there is no such service.
    pub fn duplicate(&mut self, index: usize) -> bool {
        if self.is_full() || index >= self.services.len() {
            return false;
        }
        let mut copy = self.services[index].clone();
        copy.name = self.unused_name(&format!("{} copy", copy.name));
        self.services.insert(index + 1, copy);
        true
    }

    /// Removes a service; the last one stays, since a system has at least one.
    pub fn remove(&mut self, index: usize) -> bool {
        let ok = self.services.len() > 1 && index < self.services.len();
        if ok {
            self.services.remove(index);
        }
        ok
    }

    /// Swaps a service with the one before it.
    pub fn move_up(&mut self, index: usize) -> bool {
        let ok = index > 0 && index < self.services.len();
        if ok {
            self.services.swap(index - 1, index);
        }
        ok
    }

    /// Swaps a service with the one after it.
    pub fn move_down(&mut self, index: usize) -> bool {
        let ok = index + 1 < self.services.len();
        if ok {
            self.services.swap(index, index + 1);
        }
        ok
    }

    /// `base` if no service is called that, else `base 2`, `base 3`, ...
    fn unused_name(&self, base: &str) -> ServiceName {
        let taken = |n: &ServiceName| self.services.iter().any(|s| s.name == *n);
        let first = ServiceName::new(base);
        if !taken(&first) {
            return first;
        }
        (2..)
            .map(|i| ServiceName::new(&format!("{base} {i}")))
            .find(|n| !taken(n))
            .expect("an unbounded range always has an unused name")
    }
}

/// The result of reading a system's query string.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedSystem {
    /// The system to show.
    pub system: System,
    /// How to show it (`embed`, `theme`).
    pub view: ViewOptions,
    /// Every problem found: the system-wide parameters' first, then the
    /// services' in URL order.
    pub notices: Vec<Notice>,
}

/// Reads a query string as a system, if it has any `svc` parameter (its
/// presence is what asks for the system view). Never fails otherwise: bad
/// entries are skipped or repaired, each with a notice.
pub fn parse_system(query: &str) -> Option<ParsedSystem> {
    let (services, service_notices) = parse_services(&pairs(query))?;
    let parsed = parse_query(query);
    let mut notices = parsed.notices;
    notices.extend(service_notices);
    let shared = Shared::from_state(&parsed.state);
    let system = match System::new(shared.clone(), services) {
        Some(s) => s,
        None => {
            notices.push(Notice {
                param: PARAM.into(),
                message: format!(
                    "no entry could be used; starting with one service called \"{DEFAULT_NAME}\""
                ),
            });
            let mut one = System::single(&State::default());
            one.shared = shared;
            one
        }
    };
    Some(ParsedSystem {
        system,
        view: parsed.view,
        notices,
    })
}

/// Reads every `svc` entry of decoded query pairs (see [`pairs`]), in
/// order: the services that could be used and a notice for each problem.
/// `None` when there is no `svc` parameter at all. Only the first
/// [`MAX_SERVICES`] entries are read; more are dropped with a notice.
pub fn parse_services(pairs: &[(String, String)]) -> Option<(Vec<Service>, Vec<Notice>)> {
    let entries: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == PARAM)
        .map(|(_, v)| v.as_str())
        .collect();
    if entries.is_empty() {
        return None;
    }
    let mut notices = Vec::new();
    let mut services = Vec::new();
    for (i, raw) in entries.iter().take(MAX_SERVICES).enumerate() {
        let param = format!("{PARAM} {}", i + 1);
        let mut note = |message: String| {
            notices.push(Notice {
                param: param.clone(),
                message,
            })
        };
        match parse_entry(raw, i + 1) {
            Ok((service, problems)) => {
                problems.into_iter().for_each(&mut note);
                services.push(service);
            }
            Err(why) => note(format!("\"{}\" {why}; skipped", quote(raw))),
        }
    }
    if entries.len() > MAX_SERVICES {
        notices.push(Notice {
            param: PARAM.into(),
            message: format!(
                "{} services given; a system holds at most {MAX_SERVICES}, so the first {MAX_SERVICES} are kept",
                entries.len()
            ),
        });
    }
    Some((services, notices))
}

/// Reads one entry (already decoded once by [`pairs`]). `Err` says why it
/// was skipped; `Ok` carries the service and what had to be repaired.
///
/// The name is everything before the first `:`, decoded once more as a
/// form value, so a name holding `:` or `,` is written `%3A`, `%2C` (which
/// [`to_query`] does); a hand-written plain name reads as itself.
fn parse_entry(raw: &str, position: usize) -> Result<(Service, Vec<String>), String> {
    let parts: Vec<&str> = raw.split(':').collect();
    let (name_raw, scores_raw, fleet_raw) = match parts.as_slice() {
        [name, scores] => (*name, *scores, None),
        [name, scores, fleet] => (*name, *scores, Some(*fleet)),
        [_] => return Err("has no scores (write NAME:TTM,LAT,SAFETY,EXP,SCALE)".into()),
        _ => return Err("has more parts than a name, five scores and a fleet".into()),
    };
    let score_texts: Vec<&str> = scores_raw.split(',').collect();
    if score_texts.len() != Category::ALL.len() {
        return Err(format!(
            "has {}, not {}",
            count(score_texts.len(), "score"),
            Category::ALL.len()
        ));
    }
    let mut problems = Vec::new();
    let clean = ServiceName::clean(&decode_component(name_raw));
    let name = if clean.name.is_empty() {
        let fallback = format!("{DEFAULT_NAME} {position}");
        problems.push(format!("has no name; using \"{fallback}\""));
        ServiceName::new(&fallback)
    } else {
        if let Some(why) = clean.notice() {
            problems.push(format!("name \"{}\" {why}", quote(clean.name.as_str())));
        }
        clean.name
    };
    let label = quote(name.as_str());
    let mut scores = Scores::default();
    for (c, text) in Category::ALL.into_iter().zip(score_texts) {
        let score = match read_score(text) {
            Ok(s) => s,
            Err((s, why)) => {
                problems.push(format!(
                    "\"{label}\": {} score \"{}\" {why}",
                    c.short().to_lowercase(),
                    quote(text)
                ));
                s
            }
        };
        scores.set(c, score);
    }
    let mut fleet = Fleet::default();
    if let Some(fleet_raw) = fleet_raw {
        let texts: Vec<&str> = fleet_raw.split(',').collect();
        if texts.len() != FLEET.len() {
            problems.push(format!(
                "\"{label}\": has {}, not {}; using the default fleet",
                count(texts.len(), "fleet value"),
                FLEET.len()
            ));
        } else {
            for (f, text) in FLEET.into_iter().zip(texts) {
                let v = match parse_field(f, text) {
                    Ok(v) => v,
                    Err(r) => {
                        problems.push(format!(
                            "\"{label}\": {} \"{}\" {}",
                            f.spec().param,
                            quote(text),
                            r.notice()
                        ));
                        r.instead
                    }
                };
                fleet.set(f, v);
            }
        }
    }
    Ok((
        Service {
            name,
            scores,
            fleet,
        },
        problems,
    ))
}

/// "1 score", "3 scores".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Makes an encoded query value safe inside a query string: after
/// [`encode_component`] only `%` and `+` need escaping, and `:` and `,`
/// are left readable.
fn escape_value(encoded: &str) -> String {
    encoded.replace('%', "%25").replace('+', "%2B")
}

/// One service as its `svc` value, before the query's own escaping.
fn entry(service: &Service) -> String {
    let scores: Vec<String> = service.scores.values().iter().map(u8::to_string).collect();
    let fleet: Vec<String> = service.fleet.0.iter().map(f64::to_string).collect();
    format!(
        "{}:{}:{}",
        encode_component(service.name.as_str()),
        scores.join(","),
        fleet.join(",")
    )
}

/// Whether a parameter of the single page's query belongs to one service
/// rather than to the system, so the system's link leaves it out.
fn per_service(key: &str) -> bool {
    Category::from_param(key).is_some()
        || Field::from_param(key).is_some_and(|f| FLEET.contains(&f))
        || matches!(key, "name" | "preset")
}

/// Writes a system as a query string without the leading `?`: one `svc`
/// per service, in order, every value written, then the system-wide
/// parameters exactly as the single page writes them. Reading it back with
/// [`parse_system`] gives the same system.
pub fn to_query(system: &System, view: &ViewOptions) -> String {
    let shared = State {
        weights: system.shared.weights,
        cost: system.shared.cost,
        currency: system.shared.currency,
        cloud: system.shared.cloud,
        ..State::default()
    };
    let rest = state_query(&shared, view);
    let rest = rest
        .split('&')
        .filter(|p| !per_service(p.split('=').next().unwrap_or_default()));
    let svc = system
        .services
        .iter()
        .map(|s| format!("{PARAM}={}", escape_value(&entry(s))));
    svc.chain(rest.map(str::to_string))
        .collect::<Vec<_>>()
        .join("&")
}

/// The single page's query for one service of the system: its scores,
/// fleet and name with the system's team, prices and weights.
pub fn service_query(system: &System, index: usize) -> Option<String> {
    let service = system.services.get(index)?;
    Some(state_query(
        &system.shared.state_for(service),
        &ViewOptions::default(),
    ))
}

/// The system view's query for a single page's service appended to the
/// system that `system_query` describes (a system link's query, with or
/// without `?`). If it holds no usable system, or a full one, the result
/// is a system of this one service; the flag says whether it was appended.
/// The single page's team and prices are used only for a new system: an
/// existing system keeps its own.
pub fn append_query(state: &State, system_query: &str) -> (String, bool) {
    let view = ViewOptions::default();
    let query = system_query
        .rsplit_once('?')
        .map_or(system_query, |(_, q)| q);
    let query = query.split('#').next().unwrap_or_default();
    if let Some(mut p) = parse_system(query) {
        if p.system.push(Service::from_state(state)) {
            return (to_query(&p.system, &view), true);
        }
    }
    (to_query(&System::single(state), &view), false)
}

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

/// Monthly infrastructure of a hybrid service under the plan: the single
/// page's hybrid plan, which runs the `rust_share` of the load at Rust's
/// figures and the rest at Go's. The one place the split is chosen.
fn hybrid_infra(report: &CostReport) -> f64 {
    report.plan(Plan::Hybrid).infra
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
    /// Its monthly infrastructure under the plan.
    pub plan_infra: f64,
}

impl ServiceReport {
    /// Its verdict.
    pub fn verdict(&self) -> Verdict {
        self.eval.verdict
    }

    /// What the plan saves on it per month against Go.
    pub fn plan_saving(&self) -> f64 {
        self.cost.infra_go - self.plan_infra
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
    pub saving: f64,
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
        together: f64,
        /// Whether steps before it share the payment.
        shared: bool,
        /// When `together` pays back the learning.
        when: BreakEven,
    },
}

/// How the start score is made, as the page says it.
pub const START_SCORE: &str = "Start score, out of 100: a third for how hard the service pulls toward Rust (Rust pressure minus Go pressure), a third for what it saves per month (against the largest saving among the services that move) and a third for how ready its team is (its Rust experience score). Seed 001: \"the bottleneck service is where to start\"; seed 000: start with one critical service, and have someone who can review Rust.";

/// The start score of a moving service, 0..=100; see [`START_SCORE`].
fn start_score(eval: &Evaluation, saving: f64, top_saving: f64, experience: Score) -> u32 {
    let pull = f64::from(eval.rust_units - eval.go_units + UNITS) / f64::from(2 * UNITS);
    let saves = if top_saving > 0.0 {
        saving.max(0.0) / top_saving
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

/// The whole system, scored and costed.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemReport {
    /// Each service, in order.
    pub services: Vec<ServiceReport>,
    /// Monthly infrastructure with every service in Go.
    pub all_go: f64,
    /// Monthly infrastructure with every service in Rust.
    pub all_rust: f64,
    /// Monthly infrastructure under the plan.
    pub plan: f64,
    /// The Rust experience the team is credited with under the plan (the
    /// highest among the services that move); `None` when nothing moves.
    pub plan_experience: Option<Score>,
    /// The team's one-time learning cost under the plan (0 when nothing moves).
    pub plan_learning: f64,
    /// The second toolchain, per month: paid once for the system when the
    /// plan runs both languages (a service moves while another stays in Go,
    /// or a service is split).
    pub plan_toolchain: f64,
    /// Slower work after the ramp, per month, for the team under the plan
    /// (the single page's `steady_gap` rule; 0 when nothing moves).
    pub plan_people: f64,
    /// The same for an all-Rust system.
    pub all_rust_people: f64,
    /// Months until the team is productive in Rust, after which
    /// `plan_people` applies.
    pub ramp: f64,
    /// The learning cost if every service moved to Rust.
    pub all_rust_learning: f64,
    /// When the plan's saving pays back its learning.
    pub break_even: BreakEven,
    /// Months compared.
    pub horizon: u32,
    /// Where to start.
    pub start: Start,
}

/// How the team's experience is read for the one-time learning cost, as
/// the page says it.
pub const EXPERIENCE_RULE: &str = "The team learns Rust once, not once per service: the learning cost uses the single page's formula with the team's engineers and the highest Rust experience score among the services that move. Every service is built by the same team (it has one set of engineers here), so the experience one service's score credits it with is the team's; and once the first service has moved, the team only knows more.";

impl SystemReport {
    /// Cumulative cost of the all-Go system after `month` months.
    pub fn cumulative_go(&self, month: u32) -> f64 {
        self.all_go * f64::from(month)
    }

    /// Cumulative cost of the plan after `month` months: learning,
    /// infrastructure, the second toolchain, slower work after the ramp.
    pub fn cumulative_plan(&self, month: u32) -> f64 {
        let m = f64::from(month);
        self.plan_learning
            + (self.plan + self.plan_toolchain) * m
            + self.plan_people * (m - self.ramp).max(0.0)
    }

    /// Cumulative cost of the all-Rust system after `month` months,
    /// learning and slower work after the ramp included.
    pub fn cumulative_rust(&self, month: u32) -> f64 {
        let m = f64::from(month);
        self.all_rust_learning + self.all_rust * m + self.all_rust_people * (m - self.ramp).max(0.0)
    }

    /// What the plan saves per month against all-Go.
    pub fn plan_saving(&self) -> f64 {
        self.all_go - self.plan
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
fn team_learning(shared: &Shared, experience: Option<Score>) -> (f64, f64) {
    experience.map_or((0.0, 0.0), |e| {
        let r = estimate(&shared.cost, e);
        (r.learning_cost, r.plan(Plan::Rust).people_month)
    })
}

/// Scores and costs every service and the system as a whole.
pub fn analyse(system: &System) -> SystemReport {
    let shared = &system.shared;
    let weights = shared.rubric_weights();
    let services: Vec<ServiceReport> = system
        .services
        .iter()
        .map(|s| {
            let eval = evaluate_weighted(&s.scores, weights);
            let cost = estimate(
                &s.fleet.apply(&shared.cost),
                s.scores.get(Category::Experience),
            );
            let placement = Placement::of(eval.verdict, &s.scores);
            let plan_infra = match placement {
                Placement::Go | Placement::Profile => cost.infra_go,
                Placement::Hybrid(_) => hybrid_infra(&cost),
                Placement::Rust => cost.infra_rust,
            };
            ServiceReport {
                eval,
                cost,
                placement,
                plan_infra,
            }
        })
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
    let (plan_learning, plan_people) = team_learning(shared, plan_experience);
    let (all_rust_learning, all_rust_people) = team_learning(shared, experience(&|_| true));
    let both_languages = plan_experience.is_some()
        && services
            .iter()
            .any(|r| !matches!(r.placement, Placement::Rust));
    let plan_toolchain = if both_languages {
        shared.cost.get(Field::ToolchainMonth)
    } else {
        0.0
    };
    let ramp = shared.cost.get(Field::RampMonths);
    let all_go = services.iter().map(|r| r.cost.infra_go).sum();
    let all_rust = services.iter().map(|r| r.cost.infra_rust).sum();
    let plan: f64 = services.iter().map(|r| r.plan_infra).sum();
    let horizon = shared.cost.get(Field::Horizon) as u32;
    let break_even = if plan_experience.is_some() {
        plan_break_even(
            all_go - plan - plan_toolchain,
            plan_people,
            ramp,
            plan_learning,
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
    learning: f64,
    toolchain: f64,
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
        .fold(0.0, f64::max);
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
    ranked.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(
                reports[b.0]
                    .plan_saving()
                    .total_cmp(&reports[a.0].plan_saving()),
            )
            .then(a.0.cmp(&b.0))
    });
    let mut paid = false;
    let mut together = 0.0;
    let mut sharing = 0;
    let steps = ranked
        .into_iter()
        .map(|(index, score)| {
            let saving = reports[index].plan_saving();
            let learning = if learning <= 0.0 {
                StepLearning::None
            } else if paid {
                StepLearning::Paid
            } else {
                together += saving;
                sharing += 1;
                // The second toolchain comes with the first move; each step's
                // saving pays it before it pays the learning.
                let when = break_even(together - toolchain, learning, horizon);
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

/// A payback as a short phrase: "pays back in month 7".
fn payback_phrase(b: BreakEven, horizon: u32) -> String {
    match b {
        BreakEven::Immediate => "nothing to pay back".into(),
        BreakEven::Month(m) => format!("pays back in month {m}"),
        BreakEven::AfterHorizon(m) => {
            format!("pays back in month {m}, after the {horizon}-month horizon")
        }
        BreakEven::Never => "does not pay back on infrastructure alone".into(),
    }
}

/// The plan's break-even as a phrase that stands alone.
pub fn break_even_label(report: &SystemReport) -> String {
    if report.plan_experience.is_none() {
        return "Nothing moves: no learning to pay back".into();
    }
    match report.break_even {
        BreakEven::Immediate => "Immediately: no learning cost".into(),
        BreakEven::Month(m) => format!("Month {m}"),
        BreakEven::AfterHorizon(m) => format!(
            "Not within the {}-month horizon (month {m})",
            report.horizon
        ),
        BreakEven::Never => "Never: the plan saves nothing per month".into(),
    }
}

/// The services of one placement as a list of names, or `None`.
fn names(system: &System, indices: &[usize]) -> Option<String> {
    (!indices.is_empty()).then(|| {
        let names: Vec<&str> = indices
            .iter()
            .map(|&i| system.services[i].name.as_str())
            .collect();
        and_list(&names)
    })
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The plan in words: one sentence per placement that holds a service.
pub fn plan_sentences(system: &System, report: &SystemReport) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(n) = names(system, &report.placed(|p| p == Placement::Go)) {
        out.push(format!("Go: {n}."));
    }
    if let Some(n) = names(system, &report.placed(|p| p == Placement::Profile)) {
        out.push(format!("Go now, profile: {n}. Close calls start in Go; a hot path moves to Rust only once profiling proves the need."));
    }
    for boundary in [Boundary::Rpc, Boundary::Queue] {
        if let Some(n) = names(system, &report.placed(|p| p == Placement::Hybrid(boundary))) {
            let how = match boundary {
                Boundary::Rpc => "Go serves the API and calls the Rust hot path over gRPC or HTTP",
                Boundary::Queue => {
                    "Go takes the work in and hands the hot path to Rust through a queue"
                }
            };
            out.push(format!("Hybrid: {n}. {how}."));
        }
    }
    if let Some(n) = names(system, &report.placed(|p| p == Placement::Rust)) {
        out.push(format!("Rust: {n}."));
    }
    out
}

/// The system in one line, for the top of the list: how many services go
/// where, what the plan saves and where to start.
pub fn headline(system: &System, report: &SystemReport, money: Money) -> String {
    type Pick = fn(Placement) -> bool;
    let groups: [(Pick, &str); 4] = [
        (|p| p == Placement::Go, "in Go"),
        (|p| p == Placement::Profile, "in Go to profile"),
        (|p| matches!(p, Placement::Hybrid(_)), "hybrid"),
        (|p| p == Placement::Rust, "in Rust"),
    ];
    let counts: Vec<String> = groups
        .iter()
        .map(|(pick, what)| (report.placed(pick).len(), what))
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    let counts = counts.join(" · ");
    match &report.start {
        Start::Path(steps) => {
            let saving = report.plan_saving();
            let money_part = if saving >= 0.0 {
                format!("the plan saves {} a month", money(saving))
            } else {
                format!("the plan costs {} a month more than all Go", money(-saving))
            };
            format!(
                "{counts}: {money_part}; start with {}.",
                system.services[steps[0].index].name
            )
        }
        Start::AllGo(_) => format!("{counts}: nothing moves to Rust yet."),
    }
}

/// Where to start, in words: the first service and why, or why nothing
/// moves and what would change that.
pub fn start_sentence(system: &System, report: &SystemReport, money: Money) -> String {
    match &report.start {
        Start::Path(steps) => {
            let first = &steps[0];
            let s = &system.services[first.index];
            let r = &report.services[first.index];
            let saves = if first.saving > 0.0 {
                format!("saves {} a month", money(first.saving))
            } else if first.saving < 0.0 {
                format!("costs {} more a month to run, so it moves for its runtime needs, not for money", money(-first.saving))
            } else {
                "costs the same to run, so it moves for its runtime needs, not for money".to_string()
            };
            format!(
                "Start with {}: it pulls toward Rust with {:.0}% against {:.0}% toward Go, {saves}, and its team scores {}/5 on Rust experience (start score {}/100).",
                s.name,
                r.eval.rust_pressure() * 100.0,
                r.eval.go_pressure() * 100.0,
                s.scores.get(Category::Experience),
                first.score
            )
        }
        Start::AllGo(None) => {
            "Every service stays in Go, and no single score change moves any of them to Hybrid or Rust.".to_string()
        }
        Start::AllGo(Some((i, flip))) => {
            let s = &system.services[*i];
            format!(
                "Every service stays in Go. Nearest to moving: {}, whose {} going from {} to {} would make it {}.",
                s.name,
                flip.category.short().to_lowercase(),
                s.scores.get(flip.category),
                flip.to,
                flip.verdict.title()
            )
        }
    }
}

/// The ordered path, one line per moving service: "build-engine (Rust,
/// start score 74): saves $4,380 a month; against the team's $56,376 of
/// learning it pays back in month 13."
pub fn path_lines(system: &System, report: &SystemReport, money: Money) -> Vec<String> {
    let Start::Path(steps) = &report.start else {
        return Vec::new();
    };
    steps
        .iter()
        .map(|step| {
            let s = &system.services[step.index];
            let placement = report.services[step.index].placement.label();
            let saves = if step.saving >= 0.0 {
                format!("saves {} a month", money(step.saving))
            } else {
                format!("costs {} more a month", money(-step.saving))
            };
            let learning = money(report.plan_learning);
            let pays = match step.learning {
                StepLearning::None => "the team needs no learning, so it saves from its first month".to_string(),
                StepLearning::Paid => "the learning is paid back by then, so it saves from its first month".to_string(),
                StepLearning::Pays { shared: false, when, .. } => {
                    format!("against the team's {learning} of learning it {}", payback_phrase(when, report.horizon))
                }
                StepLearning::Pays { together, shared: true, when } => format!(
                    "with the services before it ({} a month together), the {learning} of learning {}",
                    money(together),
                    payback_phrase(when, report.horizon)
                ),
            };
            format!("{} ({placement}, start score {}): {saves}; {pays}.", s.name, step.score)
        })
        .collect()
}

/// Escapes text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|")
}

/// The services as a Markdown table: scores, verdict, plan, and monthly
/// cost in Go, in Rust and under the plan.
fn services_table(system: &System, report: &SystemReport, money: Money) -> String {
    let mut t = String::from("| Service | TTM | Lat | Safety | Exp | Scale | Verdict | Plan | Go / month | Rust / month | Plan / month |\n");
    t += "|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|\n";
    for (s, r) in system.services.iter().zip(&report.services) {
        let v = s.scores.values();
        t += &format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(s.name.as_str()),
            v[0],
            v[1],
            v[2],
            v[3],
            v[4],
            r.verdict().title(),
            r.placement.label(),
            money(r.cost.infra_go),
            money(r.cost.infra_rust),
            money(r.plan_infra)
        );
    }
    t += &format!(
        "| **System** | | | | | | | | **{}** | **{}** | **{}** |\n",
        money(report.all_go),
        money(report.all_rust),
        money(report.plan)
    );
    t
}

/// The money in one paragraph.
fn money_paragraph(report: &SystemReport, money: Money) -> String {
    let mut p = format!(
        "Per month: all Go {}, all Rust {}, the plan {} ({} {} than all Go).",
        money(report.all_go),
        money(report.all_rust),
        money(report.plan),
        money(report.plan_saving().abs()),
        if report.plan_saving() >= 0.0 {
            "less"
        } else {
            "more"
        }
    );
    match report.plan_experience {
        Some(exp) => {
            p += &format!(
                " The team learns Rust once: {} at Rust experience {exp}/5. Break-even: {}.",
                money(report.plan_learning),
                break_even_label(report)
            );
        }
        None => p += " Nothing moves, so there is nothing to learn.",
    }
    p
}

/// The system as Markdown for meeting notes: the services table, the plan,
/// the money, where to start and the link.
pub fn markdown_table(system: &System, report: &SystemReport, link: &str, money: Money) -> String {
    let mut md = String::from("## Rust or Go? Service by service\n\n");
    md += &services_table(system, report, money);
    md += "\n### Plan\n\n";
    for s in plan_sentences(system, report) {
        md += &format!("- {s}\n");
    }
    md += "\n";
    md += &money_paragraph(report, money);
    md += "\n\n### Where to start\n\n";
    md += &start_sentence(system, report, money);
    md += "\n";
    for (i, line) in path_lines(system, report, money).iter().enumerate() {
        md += &format!("{}. {line}\n", i + 1);
    }
    md += &format!("\nCalculator: {link}\n");
    md
}

/// An Architecture Decision Record draft for the whole system.
pub fn adr_markdown(system: &System, report: &SystemReport, link: &str, money: Money) -> String {
    let mut md = String::from("# ADR: Implementation language, service by service\n\n## Status\n\nProposed\n\n## Context\n\n");
    md += &format!(
        "We scored each of the system's {} services on the five categories of the Rust-or-Go decision matrix and estimated each one's infrastructure in Go and in Rust with the same team and prices:\n\n",
        system.services.len()
    );
    md += &services_table(system, report, money);
    md += "\n";
    md += &money_paragraph(report, money);
    md += "\n\n## Decision\n\nWe decide per service, not for the organisation:\n\n";
    for s in plan_sentences(system, report) {
        md += &format!("- {s}\n");
    }
    md += "\n";
    md += &start_sentence(system, report, money);
    md += "\n";
    for (i, line) in path_lines(system, report, money).iter().enumerate() {
        md += &format!("{}. {line}\n", i + 1);
    }
    md += "\n## Consequences\n\n";
    let moving = report.plan_experience.is_some();
    let go_side = !report.placed(|p| !p.moves()).is_empty();
    if moving {
        if report.plan_learning > 0.0 {
            md += &format!("- The team pays an estimated {} of slower work once, while it learns Rust on the first service.\n", money(report.plan_learning));
        }
        md += "- The services in Rust have no garbage collector, so no GC pauses in their tail latency; safe Rust rules out use-after-free, buffer overflows and data races at compile time.\n";
        if go_side {
            md += "- Two languages means two toolchains, two sets of libraries and reviews in both.\n";
        }
        if !report
            .placed(|p| matches!(p, Placement::Hybrid(_)))
            .is_empty()
        {
            md += &format!(
                "- Each hybrid service has a boundary to own and monitor; the cost figures run {}% of a hybrid service's load in Rust.\n",
                plain_number(system.shared.cost.get(Field::RustShare))
            );
        }
        md += "- Someone on the team must be able to review Rust before the first service ships (seed 000).\n";
    } else {
        md += "- The team stays in one language and pays no learning cost.\n";
        md += "- Garbage-collector pauses remain possible in the tail; we watch p99 latency and revisit this record when a service's scores change.\n";
    }
    if !report.placed(|p| p == Placement::Profile).is_empty() {
        md += "- The close calls run in Go under profiling; a hot path that profiling proves moves to Rust.\n";
    }
    md += &format!("\nInputs: {link}\n");
    md
}

/// A service of a scenario, written in the source.
#[derive(Clone, Copy, Debug)]
pub struct ScenarioService {
    /// Its name.
    pub name: &'static str,
    /// Its scores, written with [`Scores::of`] so a typo fails the build.
    pub scores: Scores,
    /// Fleet values that differ from the defaults.
    pub fleet: &'static [(Field, f64)],
}

/// A system described by one of the source articles.
#[derive(Clone, Copy, Debug)]
pub struct Scenario {
    /// Stable id, used by the picker.
    pub id: &'static str,
    /// Name in the picker.
    pub name: &'static str,
    /// Where it comes from.
    pub source: &'static str,
    /// Its services, in order.
    pub services: &'static [ScenarioService],
}

impl Scenario {
    /// The scenario's services as a system with the given shared part.
    pub fn system(&self, shared: Shared) -> System {
        let services = self
            .services
            .iter()
            .map(|s| {
                let mut fleet = Fleet::default();
                for &(f, v) in s.fleet {
                    fleet.set(f, v);
                }
                Service {
                    name: ServiceName::new(s.name),
                    scores: s.scores,
                    fleet,
                }
            })
            .collect();
        System { shared, services }
    }

    /// Whether `system` holds exactly this scenario's services, so the
    /// picker can show it without a parameter of its own.
    pub fn matches(&self, system: &System) -> bool {
        self.system(system.shared.clone()) == *system
    }

    /// Looks a scenario up by id.
    pub fn by_id(id: &str) -> Option<&'static Scenario> {
        SCENARIOS.iter().find(|s| s.id == id)
    }
}

/// A JSON-over-HTTP API in Go, as seed 004 describes its services.
const fn json_api(name: &'static str, fleet: &'static [(Field, f64)]) -> ScenarioService {
    ScenarioService {
        name,
        scores: Scores::of([4, 2, 2, 3, 2]),
        fleet,
    }
}

/// The systems of the source articles.
pub static SCENARIOS: [Scenario; 3] = [
    Scenario {
        id: "deploy-platform",
        name: "Deployment platform: Go API and coordination, Rust build engine",
        source: "Seed 002: Go for the API layer and coordination services; the build engine, with 50-100 ms GC pauses and CPU-bound work, rewritten in Rust (3-4x faster) and called over gRPC.",
        services: &[
            ScenarioService {
                name: "api",
                scores: Scores::of([4, 2, 2, 3, 2]),
                fleet: &[(Field::Instances, 10.0), (Field::GoVcpu, 0.5), (Field::CpuSaving, 30.0)],
            },
            ScenarioService {
                name: "coordinator",
                scores: Scores::of([4, 2, 3, 3, 2]),
                fleet: &[(Field::Instances, 6.0), (Field::GoMb, 150.0), (Field::RustMb, 25.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)],
            },
            ScenarioService {
                name: "build-engine",
                scores: Scores::of([2, 4, 3, 3, 5]),
                fleet: &[(Field::Instances, 100.0), (Field::GoMb, 1000.0), (Field::RustMb, 250.0), (Field::GoVcpu, 2.0), (Field::CpuSaving, 70.0)],
            },
        ],
    },
    Scenario {
        id: "all-but-one",
        name: "JSON APIs in Go and one log pipeline in Rust",
        source: "Seed 004: \"all but one are in Go. They're JSON-over-HTTP APIs\"; the one Rust service is a log pipeline at 2 million events per second using a quarter of the Go prototype's memory.",
        services: &[
            json_api("accounts-api", &[(Field::Instances, 6.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)]),
            json_api("orders-api", &[(Field::Instances, 8.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)]),
            json_api("notifications-api", &[(Field::Instances, 4.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)]),
            ScenarioService {
                name: "log-pipeline",
                scores: Scores::of([2, 5, 3, 3, 5]),
                fleet: &[(Field::Instances, 120.0), (Field::GoMb, 2000.0), (Field::RustMb, 500.0), (Field::GoVcpu, 2.0)],
            },
        ],
    },
    Scenario {
        id: "first-service",
        name: "Choosing the first Rust service",
        source: "Seed 000: start with one critical service with a real performance, latency or memory problem (\"It might be a login service. It might be an API under heavy load.\"), and have someone who can review Rust.",
        services: &[
            ScenarioService {
                name: "web-api",
                scores: Scores::of([4, 2, 2, 2, 2]),
                fleet: &[(Field::Instances, 12.0), (Field::GoVcpu, 0.5), (Field::CpuSaving, 30.0)],
            },
            ScenarioService {
                name: "login",
                scores: Scores::of([2, 4, 5, 3, 3]),
                fleet: &[(Field::Instances, 20.0), (Field::GoVcpu, 1.0)],
            },
            ScenarioService {
                name: "search-api",
                scores: Scores::of([3, 4, 3, 2, 4]),
                fleet: &[(Field::Instances, 120.0), (Field::GoMb, 400.0), (Field::RustMb, 60.0), (Field::GoVcpu, 1.0), (Field::CpuSaving, 60.0)],
            },
            ScenarioService {
                name: "admin-cli",
                scores: Scores::of([4, 1, 2, 2, 1]),
                fleet: &[(Field::Instances, 0.0)],
            },
        ],
    },
];
