//! The system view's state and what its components share through context.

use crate::ui::platform::browser::{self, money};
use crate::ui::shared::address::AddressBar;
use leptos::prelude::*;

use crate::model::money::Currency;
use crate::model::query::ViewOptions;
use crate::model::system::{to_query, System, SystemReport};

/// The system and a stable id per service, so a row keeps its element
/// (and the focus in it) when services are added, removed or reordered.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub system: System,
    pub ids: Vec<u32>,
    pub next: u32,
}

impl Model {
    pub fn new(system: System) -> Model {
        let n = system.services().len() as u32;
        Model {
            system,
            ids: (0..n).collect(),
            next: n,
        }
    }

    pub fn fresh_id(&mut self) -> u32 {
        self.next += 1;
        self.next - 1
    }

    pub fn add(&mut self) {
        if self.system.add() {
            let id = self.fresh_id();
            self.ids.push(id);
        }
    }

    pub fn duplicate(&mut self, i: usize) {
        if self.system.duplicate(i) {
            let id = self.fresh_id();
            self.ids.insert(i + 1, id);
        }
    }

    pub fn remove(&mut self, i: usize) {
        if self.system.remove(i) {
            self.ids.remove(i);
        }
    }

    pub fn move_up(&mut self, i: usize) {
        if self.system.move_up(i) {
            self.ids.swap(i - 1, i);
        }
    }

    pub fn move_down(&mut self, i: usize) {
        if self.system.move_down(i) {
            self.ids.swap(i, i + 1);
        }
    }

    /// Replaces the whole system; every row is new.
    pub fn replace(&mut self, system: System) {
        let n = system.services().len();
        self.system = system;
        self.ids = (0..n).map(|_| 0).collect();
        for slot in 0..n {
            self.ids[slot] = self.fresh_id();
        }
    }
}

/// What the system view's components share.
#[derive(Clone, Copy)]
pub struct SysCtx {
    pub model: RwSignal<Model>,
    pub report: Memo<SystemReport>,
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
        browser::link_to(&self.model.with(|m| to_query(&m.system, view)))
    }

    /// Replaces the system as one step Back can undo (a scenario), as
    /// `Ctx::jump` does on the single page.
    pub fn jump(&self, next: System) {
        let current = self
            .model
            .with_untracked(|m| to_query(&m.system, &self.view_opts));
        self.address
            .jump(&current, &to_query(&next, &self.view_opts));
        self.model.update(|m| m.replace(next));
    }

    /// Formats money in the system's currency; tracks the currency and
    /// the switch to `Intl`, so a text built with it re-renders with both.
    pub fn money(&self, v: f64) -> String {
        self.intl.track();
        money(self.currency.get(), v)
    }
}
