//! The currency picker every app shows beside its money.

use leptos::prelude::*;

use crate::model::money::Currency;
use crate::ui::shared::text::text;

/// "Currency" and a select of every [`Currency`]; `set` takes the choice.
#[component]
pub fn CurrencySelect(
    /// The currency shown.
    current: Signal<Currency>,
    /// Takes the reader's choice.
    set: impl Fn(Currency) + 'static,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            set(c);
        }
    };
    view! {
        <label class="currency">
            "Currency "
            <select name="cur" on:change=on_change prop:value=text(move || current.get().param().to_string())>
                {Currency::ALL
                    .map(|c| view! { <option value=c.param()>{format!("{} {}", c.symbol(), c.code())}</option> })
                    .into_iter()
                    .collect_view()}
            </select>
        </label>
    }
}
