//! Typed number fields (the text kept while wrong, the inline message, parsed once at the edge) and a cost input's value as the page writes it.

use crate::model::fields::{parse_field, Field};
use crate::model::money::Currency;
use crate::ui::platform::browser::{money, number};
use leptos::prelude::*;

/// A cost input's value as the page shows it outside its field: money in
/// the currency, other units after the number ("200 MB", "70%", "2.5x").
pub fn field_value(field: Field, v: f64, currency: Currency) -> String {
    match field.spec().unit {
        crate::model::fields::Unit::Money => money(currency, v),
        unit => match unit.suffix("") {
            "" => number(v),
            sfx @ ("%" | "x") => format!("{}{sfx}", number(v)),
            sfx => format!("{} {sfx}", number(v)),
        },
    }
}

/// What a typed number field needs, for every such field on every view:
/// the text as typed (kept while it is wrong, so it can be corrected), the
/// inline message, and the input handler that parses once at the edge and
/// commits good values. When `value` changes from elsewhere (a scenario,
/// Reset, Back), the text follows it.
pub fn typed_field(
    field: Field,
    value: Signal<f64>,
    commit: impl Fn(f64) + Copy + 'static,
) -> (
    RwSignal<String>,
    RwSignal<Option<String>>,
    impl Fn(leptos::ev::Event) + Copy + 'static,
) {
    let raw = RwSignal::new(value.get_untracked().to_string());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    Effect::new(move |_| {
        let v = value.get();
        if parse_field(field, &raw.get_untracked()).ok() != Some(v) {
            raw.set(v.to_string());
            error.set(None);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        match parse_field(field, &typed) {
            Ok(v) => {
                error.set(None);
                commit(v);
            }
            Err(rejected) => error.set(Some(rejected.message(value.get_untracked()))),
        }
        raw.set(typed);
    };
    (raw, error, on_input)
}
