//! The system view's state and what its components share through context.

use crate::ui::platform::browser::{self, money};
use crate::ui::shared::address::AddressBar;
use leptos::prelude::*;

use crate::model::money::{Cents, Currency};
use crate::model::name::ServiceName;
use crate::model::query::ViewOptions;
use crate::model::score::Category;
use crate::model::score::Score;
use crate::model::system::{to_query, Service, Shared, System, SystemRange, SystemReport, FLEET};

/// One service of the list: a stable id, so its row keeps its element (and
/// the focus in it) when services are added, removed or reordered, and one
/// signal per thing a user edits (the name, each score, each fleet value),
/// so a keystroke re-runs that field's readers, this row's memo of the
/// whole service and the totals, not every field of the row and not every
/// row (the counters example's `Vec<(usize, ArcRwSignal<_>)>`, with the
/// stores example's field subscriptions).
#[derive(Clone)]
pub struct Row {
    pub id: u32,
    pub name: ArcRwSignal<ServiceName>,
    /// In [`Category::ALL`] order.
    pub scores: [ArcRwSignal<Score>; 5],
    /// In [`FLEET`] order.
    pub fleet: [ArcRwSignal<f64>; 5],
    /// The service the fields above make.
    pub service: ArcMemo<Service>,
}

impl Row {
    fn new(id: u32, service: Service) -> Row {
        let name = ArcRwSignal::new(service.name.clone());
        let scores = Category::ALL.map(|c| ArcRwSignal::new(service.scores.get(c)));
        let fleet = FLEET.map(|f| ArcRwSignal::new(service.fleet.get(f).unwrap_or_default()));
        let (n, sc, fl) = (name.clone(), scores.clone(), fleet.clone());
        let service = ArcMemo::new(move |_| {
            let mut s = service.clone();
            s.name = n.get();
            for (c, v) in Category::ALL.into_iter().zip(&sc) {
                s.scores.set(c, v.get());
            }
            for (f, v) in FLEET.into_iter().zip(&fl) {
                s.fleet.set(f, v.get());
            }
            s
        });
        Row {
            id,
            name,
            scores,
            fleet,
            service,
        }
    }
}

/// The system view's state: the list of rows (which changes only when a
/// service is added, removed or moved), one signal per service, and the
/// team and prices every service shares. [`Model::system`] puts them
/// together.
#[derive(Clone, Copy)]
pub struct Model {
    pub rows: RwSignal<Vec<Row>>,
    pub shared: RwSignal<Shared>,
    next: StoredValue<u32>,
}

impl Model {
    pub fn new(system: System) -> Model {
        let model = Model {
            rows: RwSignal::new(Vec::new()),
            shared: RwSignal::new(system.shared.clone()),
            next: StoredValue::new(0),
        };
        let rows = system
            .services()
            .iter()
            .map(|s| model.row(s.clone()))
            .collect();
        model.rows.set(rows);
        model
    }

    fn row(&self, service: Service) -> Row {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        Row::new(id, service)
    }

    /// The whole system, tracked: every row and the shared inputs.
    pub fn system(&self) -> System {
        let services = self
            .rows
            .with(|rows| rows.iter().map(|r| r.service.get()).collect());
        System::new(self.shared.get(), services).expect("the list holds 1 to 12 services")
    }

    fn untracked(&self) -> System {
        untrack(|| self.system())
    }

    /// The row's position in the list.
    pub fn index(&self, id: u32) -> Option<usize> {
        self.rows.with(|rows| rows.iter().position(|r| r.id == id))
    }

    /// Adds a service at the end, as `System::add` does.
    pub fn add(&self) {
        let mut sys = self.untracked();
        if sys.add() {
            if let Some(s) = sys.services().last() {
                let row = self.row(s.clone());
                self.rows.update(|rows| rows.push(row));
            }
        }
    }

    /// Copies service `i` below itself.
    pub fn duplicate(&self, i: usize) {
        let mut sys = self.untracked();
        if sys.duplicate(i) {
            let row = self.row(sys.services()[i + 1].clone());
            self.rows.update(|rows| rows.insert(i + 1, row));
        }
    }

    /// Removes service `i`, unless it is the last one.
    pub fn remove(&self, i: usize) {
        if self.untracked().remove(i) {
            self.rows.update(|rows| {
                rows.remove(i);
            });
        }
    }

    /// Moves service `i` one up.
    pub fn move_up(&self, i: usize) {
        if self.untracked().move_up(i) {
            self.rows.update(|rows| rows.swap(i - 1, i));
        }
    }

    /// Moves service `i` one down.
    pub fn move_down(&self, i: usize) {
        if self.untracked().move_down(i) {
            self.rows.update(|rows| rows.swap(i, i + 1));
        }
    }

    /// Replaces the whole system; every row is new.
    pub fn replace(&self, system: System) {
        let rows = system
            .services()
            .iter()
            .map(|s| self.row(s.clone()))
            .collect();
        self.shared.set(system.shared.clone());
        self.rows.set(rows);
    }
}

/// What the system view's components share.
#[derive(Clone, Copy)]
pub struct SysCtx {
    pub model: Model,
    /// The whole system, a memo of every row and the shared inputs.
    pub system: Memo<System>,
    pub report: Memo<SystemReport>,
    /// The plan's money and ranking across the ranges.
    pub range: Memo<SystemRange>,
    pub currency: Memo<Currency>,
    pub intl: RwSignal<bool>,
    pub view_opts: ViewOptions,
    pub address: AddressBar,
}

impl SysCtx {
    /// The link that reproduces the system (without embed options).
    pub fn link(&self) -> String {
        self.link_with(&ViewOptions::default())
    }

    pub fn link_with(&self, view: &ViewOptions) -> String {
        browser::link_to(&self.system.with(|s| to_query(s, view)))
    }

    /// Replaces the system as one step Back can undo (a scenario), as
    /// `Ctx::jump` does on the single page.
    pub fn jump(&self, next: System) {
        let current = self.system.with_untracked(|s| to_query(s, &self.view_opts));
        self.address
            .jump(&current, &to_query(&next, &self.view_opts));
        self.model.replace(next);
    }

    /// Formats money in the system's currency; tracks the currency and
    /// the switch to `Intl`, so a text built with it re-renders with both.
    pub fn money(&self, v: Cents) -> String {
        self.intl.track();
        money(self.currency.get(), v)
    }
}
