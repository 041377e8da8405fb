//! The page's [`State`] as one signal per independent piece: each score,
//! each cost input, each range's ends, the weights, the currency, the preset, the name and the
//! price list. A view subscribes to the pieces it reads, so moving one
//! slider re-renders that slider, the verdict and the chart, not the
//! seventeen cost fields or the currency labels (the benchmark counts the
//! re-runs per input; see `benches/count`).
//!
//! Writers still think in whole states: [`PageState::update`] applies a
//! change to a copy and writes back only the pieces that differ, so a
//! scenario, Reset or Back touches what they change and nothing else.

use leptos::prelude::*;

use crate::model::cost::CostInputs;
use crate::model::estimate::{Ranges, Spread, RANGE_FIELDS};
use crate::model::fields::Field;
use crate::model::money::{Currency, Fx};
use crate::model::presets::Preset;
use crate::model::prices::Cloud;
use crate::model::query::{ServiceName, State};
use crate::model::score::{Category, Score, Scores};
use crate::model::weights::Weights;

/// One signal per independent piece of [`State`].
#[derive(Clone, Copy)]
pub struct PageState {
    scores: [RwSignal<Score>; Category::ALL.len()],
    cost: [RwSignal<f64>; Field::ALL.len()],
    /// The ends of each range field's estimate, in [`RANGE_FIELDS`] order;
    /// the expected values are in `cost`.
    ranges: [RwSignal<Spread>; RANGE_FIELDS.len()],
    /// How much each category counts.
    pub weights: RwSignal<Weights>,
    /// Display currency.
    pub currency: RwSignal<Currency>,
    /// Units of the currency per US dollar.
    pub fx: RwSignal<Fx>,
    /// The preset the state started from, if any.
    pub preset: RwSignal<Option<&'static Preset>>,
    /// The service's name.
    pub name: RwSignal<ServiceName>,
    /// The price list the price fields started from.
    pub cloud: RwSignal<Cloud>,
}

impl PageState {
    /// Signals holding `s`.
    pub fn new(s: State) -> PageState {
        PageState {
            scores: Category::ALL.map(|c| RwSignal::new(s.scores.get(c))),
            cost: Field::ALL.map(|f| RwSignal::new(s.cost.get(f))),
            ranges: RANGE_FIELDS.map(|f| RwSignal::new(s.ranges.spread(f))),
            weights: RwSignal::new(s.weights),
            currency: RwSignal::new(s.currency),
            fx: RwSignal::new(s.fx),
            preset: RwSignal::new(s.preset),
            name: RwSignal::new(s.name),
            cloud: RwSignal::new(s.cloud),
        }
    }

    /// One category's score.
    pub fn score(&self, c: Category) -> RwSignal<Score> {
        self.scores[c.index()]
    }

    /// One cost input.
    pub fn field(&self, f: Field) -> RwSignal<f64> {
        self.cost[f.index()]
    }

    /// The ends of a range field's estimate; `None` for a field without
    /// ranges.
    #[cfg(not(feature = "embed"))]
    pub fn spread(&self, f: Field) -> Option<RwSignal<Spread>> {
        RANGE_FIELDS
            .iter()
            .position(|&r| r == f)
            .map(|i| self.ranges[i])
    }

    /// Every range's ends, tracked.
    pub fn ranges(&self) -> Ranges {
        let mut out = Ranges::points();
        for (f, s) in RANGE_FIELDS.into_iter().zip(self.ranges) {
            out.set_spread(f, s.get());
        }
        out
    }

    /// All five scores, tracked.
    pub fn scores(&self) -> Scores {
        let mut out = Scores::default();
        for c in Category::ALL {
            out.set(c, self.score(c).get());
        }
        out
    }

    /// All cost inputs, tracked.
    pub fn cost(&self) -> CostInputs {
        // Every value was accepted by its field when it was set.
        CostInputs::default().with(&Field::ALL.map(|f| (f, self.field(f).get())))
    }

    /// The whole state, tracked: a reader re-runs on any change, so only
    /// the few that need all of it (the address bar) read it this way.
    pub fn get(&self) -> State {
        State {
            scores: self.scores(),
            weights: self.weights.get(),
            cost: self.cost(),
            ranges: self.ranges(),
            currency: self.currency.get(),
            fx: self.fx.get(),
            preset: self.preset.get(),
            name: self.name.get(),
            cloud: self.cloud.get(),
        }
    }

    /// The whole state, untracked: for event handlers and exports.
    #[cfg(not(feature = "embed"))]
    pub fn get_untracked(&self) -> State {
        untrack(|| self.get())
    }

    /// Makes the page show `next`, writing only the pieces that differ.
    pub fn set(&self, next: State) {
        fn put<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
            if s.with_untracked(|old| *old != v) {
                s.set(v);
            }
        }
        for c in Category::ALL {
            put(self.score(c), next.scores.get(c));
        }
        for f in Field::ALL {
            put(self.field(f), next.cost.get(f));
        }
        for (f, s) in RANGE_FIELDS.into_iter().zip(self.ranges) {
            put(s, next.ranges.spread(f));
        }
        put(self.weights, next.weights);
        put(self.currency, next.currency);
        put(self.fx, next.fx);
        put(self.preset, next.preset);
        put(self.name, next.name);
        put(self.cloud, next.cloud);
    }

    /// Applies a change to the whole state (see [`PageState::set`]).
    #[cfg(not(feature = "embed"))]
    pub fn update(&self, f: impl FnOnce(&mut State)) {
        let mut next = self.get_untracked();
        f(&mut next);
        self.set(next);
    }
}
