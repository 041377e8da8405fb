//! What in the URL could not be used as written, and what was used instead.

use crate::model::query::Notice;
use crate::ui::shared::wording::{notices_more, DISMISS, NOTICES_HEADING, NOTICES_SHOWN};
use leptos::prelude::*;

/// What in the URL could not be used as written, and what was used instead.
#[component]
pub fn Notices(
    /// The notices from reading the URL.
    notices: Vec<Notice>,
) -> impl IntoView {
    if notices.is_empty() {
        return ().into_any();
    }
    let open = RwSignal::new(true);
    let more = notices.len().saturating_sub(NOTICES_SHOWN);
    let shown: Vec<Notice> = notices.into_iter().take(NOTICES_SHOWN).collect();
    let items = move || {
        shown
            .iter()
            .map(|n| view! { <li><code>{n.param.clone()}</code>" "{n.message.clone()}"."</li> })
            .collect_view()
    };
    view! {
        <Show when=move || open.get()>
            <div class="notices" role="status" data-testid="notices">
                <p>{NOTICES_HEADING}</p>
                <ul>{items.clone()}</ul>
                {(more > 0).then(|| view! { <p>{notices_more(more)}</p> })}
                <button type="button" class="secondary" on:click=move |_| open.set(false)>{DISMISS}</button>
            </div>
        </Show>
    }
    .into_any()
}
