//! The team and price inputs every service shares.

use crate::model::fields::Field;
use crate::model::prices::conversion_note;
use crate::model::system::TEAM;
use crate::ui::shared::currency::{CurrencySelect, FxField};
use crate::ui::shared::number_field::NumberField;
use crate::ui::shared::text::text;
use crate::ui::system::ctx::SysCtx;
use leptos::prelude::*;

/// The team, the prices and the currency: entered once for the system.
#[component]
pub fn TeamPanel() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let fx = Memo::new(move |_| model.shared.with(|s| s.fx));
    let note = Memo::new(move |_| model.shared.with(|s| conversion_note(s.currency, s.fx)));
    let fields = TEAM
        .map(|f| view! { <SharedField field=f /> })
        .into_iter()
        .collect_view();
    view! {
        <div class="cost-head">
            <h2 id="h-team">"Team and prices, for every service"</h2>
            <CurrencySelect current=sv.currency.into() set=move |c| model.shared.update(|s| s.set_currency(c)) />
            <FxField currency=sv.currency.into() fx=fx.into() set=move |fx| model.shared.update(|s| s.set_fx(fx)) />
        </div>
        <p class="conversion-note" data-testid="conversion-note" hidden=move || note.with(Option::is_none)>
            {text(move || note.get().unwrap_or_default())}
        </p>
        <div class="team-fields">{fields}</div>
        <p class="hint weights-note" data-testid="weights-note">
            {text(move || model.shared.with(|s| s.weights_sentence().unwrap_or_default()))}
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
    let value = Memo::new(move |_| model.shared.with(|s| s.cost.get(field)));
    let commit = move |v| {
        model.shared.update(|s| {
            s.cost.set(field, v);
        });
    };
    let unit = text(move || spec.unit.suffix(sv.currency.get().symbol()).to_string());
    view! {
        <NumberField
            field=field
            value=value.into()
            commit=commit
            id=format!("t-{}", spec.param)
            label=shared_label(field)
            unit=unit
        />
    }
}
