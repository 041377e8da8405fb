//! The list of votes: one row per place in the room, with each vote's
//! verdict and a button to take it out.

use crate::model::room::{Room, MAX_VOTES};
use crate::model::rubric::verdict_weighted;
use crate::model::score::Category;
use crate::ui::meeting::common::{shown_if, vote_name, weights};
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// One row of the votes table; hidden while the room has fewer votes.
#[component]
pub fn VoteRow(
    /// The votes.
    room: RwSignal<Room>,
    /// Which vote this row shows (0-based).
    index: usize,
) -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    // This row's vote alone: adding or removing another vote re-runs the
    // memo, not the row's cells (a row "doesn't need to read the whole
    // list").
    let vote = Memo::new(move |_| room.with(|r| r.votes().get(index).cloned()));
    let name = text(move || vote.with(|v| vote_name(v.as_ref(), index)));
    let cell = move |c: Category| {
        text(move || {
            vote.with(|v| {
                v.as_ref()
                    .map(|v| v.scores.get(c).to_string())
                    .unwrap_or_default()
            })
        })
    };
    let verdict = text(move || {
        let w = weights(state);
        vote.with(|v| {
            v.as_ref()
                .map(|v| verdict_weighted(&v.scores, &w).title())
                .unwrap_or_default()
                .to_string()
        })
    });
    let shown = Memo::new(move |_| vote.with(Option::is_some));
    view! {
        <tr class=shown_if("room-vote", move || shown.get())>
            <th scope="row">{name}</th>
            {Category::ALL.map(|c| view! { <td>{cell(c)}</td> }).into_iter().collect_view()}
            <td class="room-vote-verdict">{verdict}</td>
            <td>
                <button
                    type="button"
                    class="link-button"
                    aria-label=text(move || format!("Remove {}", name.get()))
                    on:click=move |_| room.update(|r| *r = r.without(index))
                >
                    "Remove"
                </button>
            </td>
        </tr>
    }
}

/// Every vote, with its verdict and a button to take it out: one row per
/// place in the room, shown while a vote fills it.
#[component]
pub fn VotesTable(
    /// The votes.
    room: RwSignal<Room>,
) -> impl IntoView {
    view! {
        <div class="room-table-wrap">
            <table class="cost-table room-table" data-testid="room-votes">
                <thead>
                    <tr>
                        <th scope="col">"Who"</th>
                        {Category::ALL.map(|c| view! { <th scope="col">{c.short()}</th> }).into_iter().collect_view()}
                        <th scope="col">"Verdict"</th>
                        <th scope="col"><span class="sr-only">"Remove"</span></th>
                    </tr>
                </thead>
                <tbody>{(0..MAX_VOTES).map(|i| view! { <VoteRow room=room index=i /> }).collect_view()}</tbody>
            </table>
        </div>
    }
}
