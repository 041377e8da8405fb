//! The room (`votes`): typed codes and pasted votes compared category by
//! category, the medians' verdict, the tally and the result to keep; with
//! `present=1`, the same at projector size.

use crate::model::query::{to_query, Notice, ViewOptions};
use crate::model::room::{Expected, Reading, Room, DISCUSSION_RULE, MEDIAN_RULE};
use crate::model::score::Category;
use crate::model::text::count;
use crate::ui::meeting::common::{room_query, shown_if, RoomCtx};
use crate::ui::meeting::paste::{follow_history, PastePanel};
use crate::ui::meeting::strips::{axis_y, CategoryStrip};
use crate::ui::meeting::verdict::RoomVerdict;
use crate::ui::meeting::votes_table::VotesTable;
use crate::ui::platform::browser::{link_to, replace_query, set_root_attribute};
use crate::ui::shared::notices::Notices;
use crate::ui::shared::state_link::StateLink;
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use crate::ui::single::links::ballot_href;
use leptos::prelude::*;

/// The whole room page. Its address bar carries the state's link plus
/// `votes` (and `expect`), so reloading or sharing it gives the same room.
#[component]
pub fn RoomPage(
    /// The votes the URL carried and what could not be read.
    reading: Reading,
    /// Who the URL says is expected to vote.
    expected: Expected,
    /// What the rest of the URL said that could not be used as written.
    notices: Vec<Notice>,
    /// The projector layout (`present=1`).
    projector: bool,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rc = RoomCtx {
        room: RwSignal::new(reading.room),
        expected: RwSignal::new(expected),
        held: RwSignal::new(Vec::new()),
        problems: RwSignal::new(reading.problems.clone()),
        projector,
    };
    provide_context(rc);
    let room = rc.room;
    if projector {
        // The presenter view's type sizes, from the screen.
        set_root_attribute("data-present", "1");
    }
    Effect::new(move |_| {
        let state = ctx.state.get();
        let q = rc
            .expected
            .with(|e| room.with(|r| room_query(&state, projector, r, e)));
        replace_query(&q);
    });
    follow_history(rc);
    let any = move || room.with(|r| !r.is_empty());
    let axis = Memo::new(move |_| room.with(axis_y));
    let service = text(move || {
        ctx.state.name.with(|n| {
            if n.is_empty() {
                "an unnamed service".to_string()
            } else {
                n.to_string()
            }
        })
    });
    let present_href = move || {
        link_to(&to_query(
            &ctx.state.get(),
            &ViewOptions {
                present: true,
                ..ViewOptions::default()
            },
        ))
    };
    let layout_href = move || {
        let state = ctx.state.get_untracked();
        rc.expected.with_untracked(|e| {
            room.with_untracked(|r| link_to(&room_query(&state, !projector, r, e)))
        })
    };
    view! {
        <header class="top room-top">
            <div class="brand">
                <h1>"Rust or Go? The room"</h1>
                <p class="room-service-line">
                    "Votes on "<strong data-testid="room-service">{service}</strong>
                </p>
            </div>
            <nav class="room-nav" aria-label="Meeting">
                <a class="button" href=text(move || ctx.link()) data-testid="exit-room">"Back to the calculator"</a>
                <StateLink class="button secondary" testid="open-present" href=present_href>"Presenter view"</StateLink>
                <StateLink class="button secondary" testid="invite-votes" href=move || ballot_href(&ctx)>"Invite votes"</StateLink>
                <StateLink class="button secondary" testid="room-layout" href=layout_href>
                    {if projector { "Desk layout" } else { "Projector layout" }}
                </StateLink>
            </nav>
        </header>
        <Notices notices=notices />
        <main
            class=if projector { "room room-projector" } else { "room" }
            data-testid="room"
            data-layout=if projector { "projector" } else { "desk" }
            data-votes=text(move || room.with(Room::len).to_string())
        >
            <div class=shown_if("room-grid", any)>
                <section class="panel room-cats" aria-labelledby="h-room-cats">
                    <h2 id="h-room-cats">{text(move || format!("{}, by category", count(room.with(Room::len), "vote")))}</h2>
                    {Category::ALL.map(|c| view! { <CategoryStrip room=room axis=axis category=c /> }).into_iter().collect_view()}
                </section>
                <section class="panel room-summary" aria-labelledby="h-room-summary">
                    <h2 id="h-room-summary" class="sr-only">"The room's verdict"</h2>
                    <RoomVerdict room=room />
                </section>
            </div>
            <div class="room-lower">
                <details class=shown_if("panel room-votes", any) open=!projector>
                    <summary><h2>"The votes"</h2></summary>
                    <VotesTable room=room />
                    <p class="note">{MEDIAN_RULE}" "{DISCUSSION_RULE}</p>
                </details>
                <PastePanel />
            </div>
        </main>
    }
}
