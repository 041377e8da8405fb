//! `Ctx`: what every component of the single-service page reads, shared through context.

use crate::model::cost::CostReport;
use crate::model::decision::MoneyVerdict;
use crate::model::query::{to_query, ViewOptions};
use crate::model::range::MoneyRange;
use crate::model::rubric::{Evaluation, Verdict};
use crate::ui::platform::browser;
use crate::ui::single::state::PageState;
#[cfg(not(feature = "embed"))]
use crate::{model::query::State, ui::shared::address::AddressBar};
use leptos::prelude::*;

/// Everything a component may need, shared through context so props stay
/// about what a component shows, not how it reaches the state.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The state, one signal per piece; components read the pieces they
    /// show and write through [`PageState::update`].
    pub state: PageState,
    /// The rubric evaluation of the current scores.
    pub eval: Memo<Evaluation>,
    /// The verdict and its rationale, which change far less often than
    /// the evaluation.
    pub verdict: Memo<(Verdict, &'static str)>,
    /// The cost estimate of the current inputs.
    pub report: Memo<CostReport>,
    /// The money set beside the verdict: the plan it implies, its
    /// break-even, what latency and safety must be worth (the money
    /// flips are found by the page's list of them, from the same inputs).
    pub money: Memo<MoneyVerdict>,
    /// The money of the plan `money` prices, at the ends of the ranges.
    pub money_range: Memo<MoneyRange>,
    /// Whether numbers are formatted by `Intl.NumberFormat` yet; everything
    /// that formats numbers tracks it, to re-render once it is.
    pub intl: RwSignal<bool>,
    /// The address bar, following the state.
    #[cfg(not(feature = "embed"))]
    pub(super) address: AddressBar,
    /// How the page is shown; the address bar keeps it.
    #[cfg(not(feature = "embed"))]
    pub(super) view_opts: ViewOptions,
}

impl Ctx {
    /// Replaces the whole state as one step the user can undo with Back
    /// (Reset, a scenario): the current history entry keeps what was there
    /// and a new entry holds the new state. Drags and typing only replace
    /// the current entry (see the effect in [`App`]), so Back is not a
    /// slider-by-slider undo.
    #[cfg(not(feature = "embed"))]
    pub fn jump(&self, next: State) {
        let current = to_query(&self.state.get_untracked(), &self.view_opts);
        self.address
            .jump(&current, &to_query(&next, &self.view_opts));
        self.state.set(next);
    }

    /// The link that reproduces the current state (without embed options).
    pub fn link(&self) -> String {
        self.link_with(&ViewOptions::default())
    }

    /// The link that reproduces the current state shown with `view`.
    /// Tracked: a reactive reader re-runs on every input, so links that
    /// matter only when followed are written when they are
    /// (`StateLink`).
    pub fn link_with(&self, view: &ViewOptions) -> String {
        let q = to_query(&self.state.get(), view);
        browser::link_to(&q)
    }
}
