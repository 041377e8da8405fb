//! Adding votes: the box for typed codes and pasted links, the votes held
//! for a decision (keep or drop), who is expected, and Start over (undone
//! by Undo or Back).

use crate::model::room::{
    expected_in_query, votes_in_query, Expected, Held, Place, Problem, Room, MAX_VOTES,
};
use crate::model::text::{count, for_count};
use crate::ui::meeting::common::{problem_lines, room_query, shown_if, RoomCtx};
use crate::ui::platform::browser::{on_popstate, push_query, query_string};
use crate::ui::shared::text::{flag, text};
use crate::ui::single::ctx::Ctx;
use leptos::html;
use leptos::prelude::*;

/// The lines of `pasted` that `problems` skipped, to leave in the box.
fn skipped_lines(pasted: &str, problems: &[Problem]) -> (usize, String) {
    let skipped: Vec<usize> = problems
        .iter()
        .filter_map(|p| match p {
            Problem::Skipped {
                place: Place::Line(n),
                ..
            } => Some(*n),
            _ => None,
        })
        .collect();
    let kept: Vec<&str> = pasted
        .lines()
        .enumerate()
        .filter(|(i, _)| skipped.contains(&(i + 1)))
        .map(|(_, l)| l)
        .collect();
    (skipped.len(), kept.join("\n"))
}

/// The box the facilitator types codes or pastes links into.
#[component]
pub fn PastePanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rc = expect_context::<RoomCtx>();
    let room = rc.room;
    let area = NodeRef::<html::Textarea>::new();
    let status = RwSignal::new(String::new());
    // The room before the last Start over, until something else changes it.
    let undo: RwSignal<Option<(Room, Vec<Held>)>> = RwSignal::new(None);
    let add = move |_| {
        let Some(el) = area.get_untracked() else {
            return;
        };
        let pasted = el.value();
        let before = room.with_untracked(Room::len);
        let name = ctx.state.name.get_untracked();
        let checked = room.with_untracked(|r| r.check_pasted(&pasted, &name));
        let added = checked.reading.room.len() - before;
        // Keep only the lines that were skipped, so they can be fixed.
        let (skipped, kept) = skipped_lines(&pasted, &checked.reading.problems);
        el.set_value(&kept);
        let held = checked.held.len();
        let mut said = format!("Added {}", count(added, "vote"));
        if held > 0 {
            said += &format!("; {} held for a decision below", count(held, "vote"));
        }
        said += &match skipped {
            0 => ".".to_string(),
            n => format!(
                "; {} could not be read and {} in the box.",
                count(n, "line"),
                for_count(n, "stays", "stay")
            ),
        };
        status.set(said);
        undo.set(None);
        rc.problems.set(checked.reading.problems.clone());
        rc.held.update(|h| h.extend(checked.held));
        room.set(checked.reading.room);
    };
    // One click, undone by Undo or Back: the full room stays in the
    // history entry before the empty one.
    let clear = move |_| {
        let before = (room.get_untracked(), rc.held.get_untracked());
        let state = ctx.state.get_untracked();
        let expected = rc.expected.get_untracked();
        push_query(&room_query(
            &state,
            rc.projector,
            &Room::default(),
            &expected,
        ));
        room.set(Room::default());
        rc.held.set(Vec::new());
        rc.problems.set(Vec::new());
        status.set(format!(
            "The room is empty again ({} removed). Undo, or Back, brings them back.",
            count(before.0.len(), "vote")
        ));
        undo.set(Some(before));
    };
    let restore = move |_| {
        let Some((votes, held)) = undo.get_untracked() else {
            return;
        };
        room.set(votes);
        rc.held.set(held);
        undo.set(None);
        status.set("The votes are back.".to_string());
    };
    let on_expect = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        rc.expected
            .set(Expected::from_names(typed.split([',', '\n'])));
    };
    let expected_text = text(move || {
        rc.expected.with(|e| {
            e.names()
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    view! {
        <section class="panel room-paste" aria-labelledby="h-room-paste">
            <h2 id="h-room-paste">"Add votes"</h2>
            <ol class="room-steps">
                <li>"Everyone opens a blank ballot: scan the presenter's QR code, or send the Invite votes link."</li>
                <li>"Each person scores the service on their own, without looking at others, and taps Send my vote."</li>
                <li>"They read their code out (such as 45425 Ana) or send it or its link; type or paste them here."</li>
            </ol>
            <label for="room-links">
                "Vote codes or links, one per line. A name before a link is optional: "
                <code>"Ana: https://…"</code>
            </label>
            <textarea id="room-links" node_ref=area rows="5" data-testid="room-paste" spellcheck="false" autocomplete="off"></textarea>
            <div class="room-actions">
                <button type="button" data-testid="room-add" on:click=add>"Add to the room"</button>
                <button type="button" class="secondary" data-testid="room-clear" on:click=clear>"Start over"</button>
                <button type="button" class="secondary" data-testid="room-undo" hidden=flag(move || undo.with(Option::is_none)) on:click=restore>
                    "Undo Start over"
                </button>
                <span class="room-count">{text(move || format!("{} of {MAX_VOTES} votes", room.with(Room::len)))}</span>
            </div>
            <p class="copy-status" role="status" data-testid="room-status">{text(move || status.get())}</p>
            <Flags />
            <div class=shown_if("notices room-problems", move || rc.problems.with(|p| !p.is_empty())) data-testid="room-problems">
                <p>"Not counted:"</p>
                <p class="room-problem-list">{text(move || rc.problems.with(|p| problem_lines(p)))}</p>
            </div>
            <label for="room-expect" class="room-expect-label">"Who is expected to vote (names, separated by commas; optional)"</label>
            <input
                type="text"
                id="room-expect"
                data-testid="room-expect"
                autocomplete="off"
                spellcheck="false"
                prop:value=expected_text
                on:change=on_expect
            />
        </section>
    }
}

/// The votes held for a decision, each with its notice and Keep / Drop.
#[component]
pub fn Flags() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rc = expect_context::<RoomCtx>();
    let decide = move |index: usize, keep: bool| {
        let Some(h) = rc.held.with_untracked(|h| h.get(index).cloned()) else {
            return;
        };
        rc.held.update(|all| {
            all.remove(index);
        });
        if keep {
            let reading = rc.room.with_untracked(|r| r.with_votes(vec![h.vote]));
            if !reading.problems.is_empty() {
                rc.problems.set(reading.problems.clone());
            }
            rc.room.set(reading.room);
        }
    };
    let items = move || {
        let service = ctx.state.name.get();
        rc.held.with(|held| {
            held.iter()
                .enumerate()
                .map(|(i, h)| {
                    let message = h.message(&service);
                    let who = if h.vote.label.is_empty() {
                        format!("the vote on {}", h.place.to_string().to_ascii_lowercase())
                    } else {
                        format!("{}'s vote", h.vote.label)
                    };
                    view! {
                        <li class="room-flag" data-testid="room-flag" data-reason=h.flag.id()>
                            <p>{message}</p>
                            <button type="button" data-testid="flag-keep" aria-label=format!("Keep {who}") on:click=move |_| decide(i, true)>"Keep"</button>
                            <button type="button" class="secondary" data-testid="flag-drop" aria-label=format!("Drop {who}") on:click=move |_| decide(i, false)>"Drop"</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class=shown_if("notices room-flags", move || rc.held.with(|h| !h.is_empty())) data-testid="room-flags">
            <p>"Held, not counted until you decide:"</p>
            <ul>{items}</ul>
        </div>
    }
}

/// Back and Forward between the room's entries (Start over pushes one):
/// show the votes and who is expected that the entry's address holds.
pub fn follow_history(rc: RoomCtx) {
    on_popstate(move || {
        let q = query_string();
        let votes = votes_in_query(&q).unwrap_or_default();
        rc.room.set(votes.room);
        rc.expected.set(expected_in_query(&q));
        rc.held.set(Vec::new());
        rc.problems.set(votes.problems.clone());
    });
}
