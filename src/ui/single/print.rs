//! What the printed single page carries besides the view.

use crate::model::fields::Field;
use crate::ui::platform::browser::{self, today};
use crate::ui::shared::number_field::field_value;
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// What a printed page carries besides the view: the inputs behind the
/// cost figures, the date and the link that reproduces it. Shown in print only.
#[component]
pub fn PrintMeta() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let intl = ctx.intl;
    // The link is written when the page prints, not on every input.
    let link = RwSignal::new(untrack(|| ctx.link()));
    browser::before_print(move || link.set(ctx.link()));
    let inputs = text(move || {
        intl.track();
        let cur = state.currency.get();
        Field::ALL
            .iter()
            .map(|&f| {
                format!(
                    "{}: {}",
                    f.spec().label,
                    field_value(f, state.field(f).get(), cur)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    view! {
        <section class="print-only print-meta" data-testid="print-meta">
            <p><strong>"Cost inputs: "</strong>{inputs}"."</p>
            <p>
                <strong>"Printed "</strong>{today()}<strong>" from "</strong>
                <span class="print-link">{link}</span>
            </p>
        </section>
    }
}
