//! What the printed system view carries besides the view.

use crate::model::system::TEAM;
use crate::ui::shared::print_meta::{inputs_line, PrintMeta};
use crate::ui::shared::text::text;
use crate::ui::system::ctx::SysCtx;
use crate::ui::system::team::shared_label;
use leptos::prelude::*;

/// The system view's print block: the team and prices, the date and the link.
#[component]
pub fn SystemPrintMeta() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let inputs = text(move || {
        let cur = sv.currency.get();
        sv.intl.track();
        // The team and prices only: a keystroke in a service leaves it alone.
        sv.model.shared.with(|s| {
            inputs_line(
                TEAM.into_iter()
                    .map(|f| (shared_label(f), f, s.cost.get(f))),
                cur,
            )
        })
    });
    view! { <PrintMeta heading="Team and prices" inputs=inputs link=Callback::new(move |()| sv.link()) /> }
}
