//! The currency picker every app shows beside its money.

use leptos::prelude::*;

use crate::model::money::{Currency, Fx};
use crate::model::number::{parse_number, write_number};
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

/// The exchange rate beside the currency: units of the currency per US
/// dollar (`fx`), what the price lists' prices and the dollar defaults are
/// converted at. Hidden for dollars. A text that is not a rate keeps the
/// last good one and says so.
#[component]
pub fn FxField(
    /// The currency shown.
    currency: Signal<Currency>,
    /// The rate in use.
    fx: Signal<Fx>,
    /// Takes a rate typed in.
    set: impl Fn(Fx) + Copy + 'static,
) -> impl IntoView {
    let raw = RwSignal::new(write_number(fx.get_untracked().get()));
    let error = RwSignal::new(false);
    // A rate set from elsewhere (the currency picker, Back) shows here.
    Effect::new(move |_| {
        let v = fx.get();
        let typed = parse_number(&raw.get_untracked()).ok().and_then(Fx::new);
        if typed != Some(v) {
            raw.set(write_number(v.get()));
            error.set(false);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        match parse_number(&typed).ok().and_then(Fx::new) {
            Some(v) => {
                error.set(false);
                set(v);
            }
            None => error.set(true),
        }
        raw.set(typed);
    };
    view! {
        <label class="currency fx" hidden=move || currency.get() == Currency::Usd>
            {text(move || format!("$1 = {}", currency.get().symbol()))}
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                name="fx"
                size="7"
                prop:value=raw
                on:input=on_input
                aria-invalid=text(move || error.get().to_string())
                aria-describedby="fx-error"
            />
            <span class="error" id="fx-error" aria-live="polite">
                {text(move || if error.get() {
                    format!("Enter a rate above 0 and at most 10,000; still using {}.", write_number(fx.get().get()))
                } else {
                    String::new()
                })}
            </span>
        </label>
    }
}
