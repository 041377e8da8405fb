//! Typed number fields (the text kept while wrong, the inline message, parsed once at the edge) and a cost input's value as the page writes it.

use crate::model::fields::{parse_field, Field};
use crate::model::money::Currency;
use crate::model::number::write_number;
use crate::ui::platform::browser::{money, number};
use crate::ui::shared::text::{flag, text, Text};
use leptos::prelude::*;

/// A cost input's value as the page shows it outside its field: money in
/// the currency, other units after the number ("200 MB", "70%", "2.5x").
pub fn field_value(field: Field, v: f64, currency: Currency) -> String {
    field.value_text(v, &|x| money(currency, x), &number)
}

/// What a typed number field needs, for every such field on every view:
/// the text as typed (kept while it is wrong, so it can be corrected), the
/// inline message, and the input handler that parses once at the edge and
/// commits good values (those `guard`, if any, has no message for). When `value` changes from elsewhere (a scenario,
/// Reset, Back), the text follows it.
pub fn typed_field(
    field: Field,
    value: Signal<f64>,
    commit: impl Fn(f64) + Copy + 'static,
    guard: Option<Callback<f64, Option<String>>>,
) -> (
    RwSignal<String>,
    RwSignal<Option<String>>,
    impl Fn(leptos::ev::Event) + Copy + 'static,
) {
    let raw = RwSignal::new(write_number(value.get_untracked()));
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    Effect::new(move |_| {
        let v = value.get();
        if parse_field(field, &raw.get_untracked()).ok() != Some(v) {
            raw.set(write_number(v));
            error.set(None);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        match parse_field(field, &typed) {
            // A value the field accepts that the guard refuses (a range's
            // end past its expected value) shows the guard's message.
            Ok(v) => match guard.and_then(|g| g.run(v)) {
                Some(why) => error.set(Some(why)),
                None => {
                    error.set(None);
                    commit(v);
                }
            },
            Err(rejected) => error.set(Some(rejected.message(value.get_untracked()))),
        }
        raw.set(typed);
    };
    (raw, error, on_input)
}

/// The one number field of every view: a text input (`inputmode=decimal`)
/// validated by [`typed_field`], its label, optional unit and source, and
/// the inline message, announced politely and tied to the input by
/// `aria-describedby`. `compact` is the system rows' layout (the label
/// above the input, no unit or source line).
#[component]
pub fn NumberField(
    /// Which input this is: its parser, bounds and messages.
    field: Field,
    /// The value it shows; outside changes (Reset, a scenario) show here.
    value: Signal<f64>,
    /// Takes a value the field accepted.
    commit: impl Fn(f64) + Copy + 'static,
    /// The input's element id; the message's and source's ids derive from it.
    id: String,
    /// The visible label.
    label: &'static str,
    /// The unit after the input, if any.
    #[prop(optional)]
    unit: Option<Text>,
    /// The system rows' compact layout.
    #[prop(optional)]
    compact: bool,
    /// Shows the field's source under it (the single page's cost fields).
    #[prop(optional)]
    with_source: bool,
    /// `data-testid="error-PARAM"` on the message (public interface of the
    /// single page's cost fields).
    #[prop(optional)]
    error_testid: bool,
    /// The input's `name`, when it is not the field's parameter (a range's
    /// ends: `rust_mb_low`).
    #[prop(optional)]
    name: Option<String>,
    /// Refuses some accepted values with a message (see [`typed_field`]).
    #[prop(optional)]
    guard: Option<Callback<f64, Option<String>>>,
) -> impl IntoView {
    let spec = field.spec();
    let (raw, error, on_input) = typed_field(field, value, commit, guard);
    let name = name.unwrap_or_else(|| spec.param.to_string());
    let err_id = format!("{id}-error");
    let src_id = format!("{id}-source");
    let described = if with_source {
        format!("{err_id} {src_id}")
    } else {
        err_id.clone()
    };
    let input = view! {
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            id=id.clone()
            name=name
            title=field.source()
            prop:value=raw
            on:input=on_input
            aria-invalid=text(move || error.with(Option::is_some).to_string())
            aria-describedby=described
        />
    };
    let message = view! {
        <p class="error" id=err_id data-testid=error_testid.then(|| format!("error-{}", spec.param)) aria-live="polite">
            {text(move || error.get().unwrap_or_default())}
        </p>
    };
    let invalid = flag(move || error.with(Option::is_some));
    if compact {
        view! {
            <div class="fleet" class:invalid=invalid>
                <label><span>{label}</span>{input}</label>
                {message}
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="field" class:invalid=invalid>
                <label for=id>{label}</label>
                <div class="input-wrap">
                    {input}
                    {unit.map(|u| view! { <span class="unit">{u}</span> })}
                </div>
                {message}
                {with_source.then(|| view! { <p class="source" id=src_id>{field.source()}</p> })}
            </div>
        }
        .into_any()
    }
}
