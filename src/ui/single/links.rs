//! Links from the single page into the other apps: the presenter view, the room and a system.

use leptos::prelude::*;

use crate::model::query::ViewOptions;
use crate::model::room::VOTES_PARAM;
use crate::model::system::{append_query, to_query, System};
use crate::ui::platform::browser;
use crate::ui::shared::state_link::StateLink;
use crate::ui::shared::text::{flag, text};
use crate::ui::single::ctx::Ctx;

/// On the single page: "Score a whole system" (a system of this service)
/// and "Add to a system" (this service appended to a system whose link
/// the user pastes; a new system when none is given).
#[component]
pub fn SystemLinks() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let href = move || {
        browser::link_to(&to_query(
            &System::single(&state.get()),
            &ViewOptions::default(),
        ))
    };
    let open = RwSignal::new(false);
    let target = RwSignal::new(String::new());
    let go = move || {
        let (q, _) = append_query(&state.get_untracked(), &target.get_untracked());
        let _ = window().location().set_href(&browser::link_to(&q));
    };
    view! {
        <StateLink class="button secondary" testid="score-system" href=href>"Score a whole system"</StateLink>
        <button
            type="button"
            class="secondary"
            data-testid="add-to-system"
            aria-expanded=text(move || open.get().to_string())
            aria-controls="add-to-system"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            "Add to a system"
        </button>
        <div class="add-to-system" id="add-to-system" hidden=flag(move || !open.get())>
            <label for="system-link">"Link of the system to add this service to (leave it empty to start a new one)"</label>
            <input
                type="text"
                id="system-link"
                data-testid="system-link"
                autocomplete="off"
                spellcheck="false"
                prop:value=target
                on:input=move |ev| target.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        go();
                    }
                }
            />
            <button type="button" data-testid="add-to-system-go" on:click=move |_| go()>
                "Open the system with this service"
            </button>
        </div>
    }
}

/// The link that opens the presenter view of the current state.
pub fn present_href(ctx: &Ctx) -> String {
    ctx.link_with(&ViewOptions {
        present: true,
        ..ViewOptions::default()
    })
}

/// The link that opens an empty room carrying the current state, whose
/// cost inputs and weights the room then uses.
pub fn room_href(ctx: &Ctx) -> String {
    format!("{}&{VOTES_PARAM}=", ctx.link())
}

/// The link that opens a blank ballot for this service: its name and the
/// decision's weights, never the current scores. Tracked on the name and
/// the weights only, so the presenter's QR code does not follow the
/// sliders. Meeting mode's only.
#[cfg(any(feature = "full", feature = "meeting"))]
pub fn ballot_href(ctx: &Ctx) -> String {
    let (name, weights) = (ctx.state.name.get(), ctx.state.weights.get());
    browser::link_to(&crate::model::room::ballot_query(&name, &weights))
}
