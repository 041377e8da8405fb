//! The system's services, their fleets, the team they share, and `System`, which holds 1 to 12 of them.

use super::super::cost::CostInputs;
use super::super::estimate::Ranges;
use super::super::fields::Field;
use super::super::money::{Currency, Fx};
use super::super::prices::Cloud;
use super::super::query::{ServiceName, State};
use super::super::score::{Category, Scores};
use super::super::weights::Weights;

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
pub struct Fleet(pub(super) [f64; 5]);

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
    /// The rate the price lists' prices and the dollar defaults are
    /// converted to `currency` at (see [`State::fx`]).
    pub fx: Fx,
    /// The price list the price fields started from.
    pub cloud: Cloud,
    /// The ranges of the estimates, from the URL's range parameters: the
    /// team fields' around `cost`, the fleet fields' (RAM per Rust
    /// instance, CPU saved) around the default fleet, carried to each
    /// service's own value by [`Shared::ranges_for`].
    pub ranges: Ranges,
}

impl Shared {
    /// The system-wide part of a single page's state.
    pub fn from_state(state: &State) -> Shared {
        let cost = Fleet::default().apply(&state.cost);
        let mut ranges = state.ranges;
        for f in FLEET {
            ranges.carry(f, state.cost.get(f), cost.get(f));
        }
        Shared {
            cost,
            weights: state.weights,
            currency: state.currency,
            fx: state.fx,
            cloud: state.cloud,
            ranges,
        }
    }

    /// Shows the money in `currency` at its default rate, converting the
    /// team and price inputs still at their defaults as the single page
    /// does ([`State::set_currency`]).
    pub fn set_currency(&mut self, currency: Currency) {
        self.through_state(|s| s.set_currency(currency));
    }

    /// Converts at `fx` from now on, as the single page does
    /// ([`State::set_fx`]).
    pub fn set_fx(&mut self, fx: Fx) {
        self.through_state(|s| s.set_fx(fx));
    }

    /// Applies a change of currency or rate with the single page's rule.
    fn through_state(&mut self, change: impl FnOnce(&mut State)) {
        let mut s = State {
            cost: self.cost,
            currency: self.currency,
            fx: self.fx,
            cloud: self.cloud,
            ..State::default()
        };
        change(&mut s);
        (self.cost, self.currency, self.fx) = (s.cost, s.currency, s.fx);
    }

    /// The ranges one service's estimates carry: the system's, with the
    /// fleet fields' carried to the service's own values (see
    /// [`Ranges::carry`]).
    pub fn ranges_for(&self, fleet: &Fleet) -> Ranges {
        let mut out = self.ranges;
        for (f, v) in FLEET.into_iter().zip(fleet.0) {
            out.carry(f, self.cost.get(f), v);
        }
        out
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
            ranges: self.ranges_for(&service.fleet),
            currency: self.currency,
            fx: self.fx,
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
    pub(super) services: Vec<Service>,
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
