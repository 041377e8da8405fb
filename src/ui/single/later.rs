//! What the single page's first answer (the verdict, the sliders, the cost
//! figures) does not need: the toolbar with its exports and links into a
//! system, the weights, the pull chart and the flips, the currency and
//! its rate, the cost inputs, the break-even chart and the scale hint, the
//! assumptions, the embed panel and the print header. One function renders each [`Part`], so in the served single
//! page all of it is one wasm chunk (ui::shared::deferred), fetched once
//! the page has mounted; everywhere else it renders in place.

use crate::ui::shared::deferred::chunk;
use crate::ui::single::{cost, embed_panel, print, rubric, toolbar};
use leptos::prelude::*;

/// What the page says if the chunk did not download (offline, or a deploy
/// that removed it); shown once, where the first part would have been.
pub const NOT_LOADED: &str = "Part of this page did not download, so some of it is missing: the toolbar, the charts or the cost inputs. The verdict, the sliders and the cost figures still work; reload the page to get the rest.";

/// A part of the page that loads after the first answer.
#[derive(Clone, Copy)]
pub enum Part {
    Toolbar,
    Weights,
    Explain,
    CurrencyFields,
    CostInputs,
    CostChart,
    Assumptions,
    EmbedPanel,
    Print,
}

chunk! {
    /// The view of one [`Part`].
    pub fn view_of(part: Part) {
        match part {
            Part::Toolbar => view! { <toolbar::Toolbar /> }.into_any(),
            Part::Weights => view! { <rubric::WeightsPanel /> }.into_any(),
            Part::Explain => view! { <rubric::PullChart /> <rubric::Flips /> }.into_any(),
            Part::CurrencyFields => view! { <cost::CurrencyFields /> }.into_any(),
            Part::CostInputs => view! { <cost::InputsColumn /> }.into_any(),
            Part::CostChart => view! { <cost::BreakEvenChart /> <cost::ScaleHint /> }.into_any(),
            Part::Assumptions => view! { <cost::Assumptions /> }.into_any(),
            Part::EmbedPanel => view! { <embed_panel::EmbedPanel /> }.into_any(),
            Part::Print => view! { <print::SinglePrintMeta /> }.into_any(),
        }
    }
}
