//! What the printed system view carries besides the view.

use crate::model::system::TEAM;
use crate::ui::platform::browser::today;
use crate::ui::shared::number_field::field_value;
use crate::ui::shared::text::text;
use crate::ui::system::ctx::SysCtx;
use crate::ui::system::team::shared_label;
use leptos::prelude::*;

/// What a printed page carries besides the view: the team and prices, the
/// date and the link. Shown in print only.
#[component]
pub fn SystemPrintMeta() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let inputs = text(move || {
        let cur = sv.currency.get();
        sv.intl.track();
        sv.system.with(|m| {
            TEAM.into_iter()
                .map(|f| {
                    let v = m.shared.cost.get(f);
                    format!("{}: {}", shared_label(f), field_value(f, v, cur))
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    view! {
        <section class="print-only print-meta">
            <p><strong>"Team and prices: "</strong>{inputs}"."</p>
            <p>
                <strong>"Printed "</strong>{today()}<strong>" from "</strong>
                <span class="print-link">{text(move || sv.link())}</span>
            </p>
        </section>
    }
}
