//! The team and price inputs every service shares.

use crate::model::fields::Field;
use crate::model::money::Currency;
use crate::model::system::TEAM;
use crate::ui::shared::number_field::typed_field;
use crate::ui::shared::text::{flag, text};
use crate::ui::system::ctx::SysCtx;
use leptos::prelude::*;

/// The team, the prices and the currency: entered once for the system.
#[component]
pub fn TeamPanel() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let on_currency = move |ev: leptos::ev::Event| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            model.update(|m| m.system.shared.currency = c);
        }
    };
    let fields = TEAM
        .map(|f| view! { <SharedField field=f /> })
        .into_iter()
        .collect_view();
    view! {
        <div class="cost-head">
            <h2 id="h-team">"Team and prices, for every service"</h2>
            <label class="currency">
                "Currency "
                <select name="cur" on:change=on_currency prop:value=text(move || sv.currency.get().param().to_string())>
                    {Currency::ALL
                        .map(|c| view! { <option value=c.param()>{format!("{} {}", c.symbol(), c.code())}</option> })
                        .into_iter()
                        .collect_view()}
                </select>
            </label>
        </div>
        <div class="team-fields">{fields}</div>
        <p class="hint weights-note" data-testid="weights-note">
            {text(move || model.with(|m| m.system.shared.weights_sentence().unwrap_or_default()))}
        </p>
    }
}

/// A team or price field's label: the single page's, except that one team
/// works on every service.
pub fn shared_label(field: Field) -> &'static str {
    match field {
        Field::Engineers => "Engineers on the team",
        Field::RustShare => "Share of a hybrid service's load in Rust",
        _ => field.spec().label,
    }
}

/// A team or price field, validated like the single page's.
#[component]
pub fn SharedField(
    /// Which field.
    field: Field,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let spec = field.spec();
    let value = Memo::new(move |_| model.with(|m| m.system.shared.cost.get(field)));
    let (raw, error, on_input) = typed_field(field, value.into(), move |v| {
        model.update(|m| {
            m.system.shared.cost.set(field, v);
        });
    });
    let label = shared_label(field);
    let id = format!("t-{}", spec.param);
    let err_id = format!("te-{}", spec.param);
    let unit = text(move || spec.unit.suffix(sv.currency.get().symbol()).to_string());
    view! {
        <div class="field" class:invalid=flag(move || error.with(Option::is_some))>
            <label for=id.clone()>{label}</label>
            <div class="input-wrap">
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    id=id
                    name=spec.param
                    title=spec.source
                    prop:value=raw
                    on:input=on_input
                    aria-invalid=text(move || error.with(Option::is_some).to_string())
                    aria-describedby=err_id.clone()
                />
                <span class="unit">{unit}</span>
            </div>
            <p class="error" id=err_id aria-live="polite">{text(move || error.get().unwrap_or_default())}</p>
        </div>
    }
}
