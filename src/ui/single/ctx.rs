//! `Ctx`: what every component of the single-service page reads, shared through context.

use crate::model::cost::{estimate, CostReport};
use crate::model::decision::{decide, MoneyVerdict};
use crate::model::query::{parse_query, to_query, State, ViewOptions};
use crate::model::range::{money_range, MoneyRange};
use crate::model::rubric::{evaluate_weighted, Evaluation, Verdict};
use crate::model::score::Category;
use crate::ui::platform::browser;
use crate::ui::shared::address::{start_intl, AddressBar};
use crate::ui::single::state::PageState;
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
    address: AddressBar,
    /// How the page is shown; the address bar keeps it.
    pub(super) view_opts: ViewOptions,
}

impl Ctx {
    /// The state `state`, shown with `view_opts`, and every memo over it:
    /// the one place the page, the embed and the presenter get their
    /// evaluation, cost report, money and range from.
    pub fn new(state: State, view_opts: ViewOptions) -> Ctx {
        let state = PageState::new(state);
        let eval = Memo::new(move |_| evaluate_weighted(&state.scores(), &state.weights.get()));
        let report =
            Memo::new(move |_| estimate(&state.cost(), state.score(Category::Experience).get()));
        // The verdict alone, so the money is not recomputed (what latency
        // and safety must be worth bisects the cost model) and the title
        // not re-rendered on a slider move that leaves the verdict standing.
        let verdict = Memo::new(move |_| eval.with(|e| (e.verdict, e.rationale())));
        let money = Memo::new(move |_| {
            let exp = state.score(Category::Experience).get();
            report.with(|r| decide(verdict.get().0, r, exp, &state.cost()))
        });
        // Re-runs with the money (a memo of its own for the plan would be
        // one more run on every experience step); an unchanged range stops here.
        let money_range = Memo::new(move |_| {
            let exp = state.score(Category::Experience).get();
            let plan = money.with(|m| m.rust_plan);
            money_range(plan, &state.cost(), &state.ranges(), exp)
        });
        Ctx {
            state,
            eval,
            verdict,
            report,
            money,
            money_range,
            intl: start_intl(),
            address: AddressBar::default(),
            view_opts,
        }
    }

    /// Keeps the address bar showing the state, and shows what an entry
    /// holds on Back and Forward across a Reset or a scenario change (its
    /// URL was written by this page, so it parses cleanly).
    pub fn follow_address(&self) {
        let (state, view_opts) = (self.state, self.view_opts);
        self.address
            .follow(move || to_query(&state.get(), &view_opts));
        browser::on_popstate(move || state.set(parse_query(&browser::query_string()).state));
    }

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
