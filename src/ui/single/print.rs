//! What the printed single page carries besides the view.

use crate::model::fields::Field;
use crate::ui::shared::print_meta::{inputs_line, PrintMeta};
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// The single page's print block: the cost inputs, the date and the link.
#[component]
pub fn SinglePrintMeta() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let intl = ctx.intl;
    let inputs = text(move || {
        intl.track();
        let cur = state.currency.get();
        inputs_line(
            Field::ALL
                .iter()
                .map(|&f| (f.spec().label, f, state.field(f).get())),
            cur,
        )
    });
    view! { <PrintMeta heading="Cost inputs" inputs=inputs link=Callback::new(move |()| ctx.link()) /> }
}
