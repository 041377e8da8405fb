//! What the room's parts share: the room's signals (`RoomCtx`), the weights
//! it judges with, how a vote is named, the room's address.

use crate::model::query::{to_query, State, ViewOptions};
use crate::model::room::{Expected, Held, Problem, Room, Vote, EXPECT_PARAM, VOTES_PARAM};
use crate::model::weights::Weights;
use crate::ui::shared::text::{text, Text};
use crate::ui::single::state::PageState;
use leptos::prelude::*;

/// The room's own state, shared by its parts through context.
#[derive(Clone, Copy)]
pub struct RoomCtx {
    /// The votes counted.
    pub room: RwSignal<Room>,
    /// Who is expected to vote (`expect`).
    pub expected: RwSignal<Expected>,
    /// Votes held for the facilitator's decision (another service, a
    /// repeated name), in the order they were pasted.
    pub held: RwSignal<Vec<Held>>,
    /// What the last reading skipped (the page writes one per line): the URL's at first,
    /// then the last paste's.
    pub problems: RwSignal<Vec<Problem>>,
    /// Whether the room is in its projector layout (`present=1`).
    pub projector: bool,
}

/// The weights the room judges with, tracked: the page's own, so the room
/// and the calculator never disagree about the same scores.
pub fn weights(state: PageState) -> Weights {
    state.weights.get()
}

/// A vote's name in lists: its label, or its place in the room.
pub fn vote_name(vote: Option<&Vote>, index: usize) -> String {
    match vote {
        Some(v) if !v.label.is_empty() => v.label.to_string(),
        _ => format!("Vote {}", index + 1),
    }
}

/// `class`, plus the class that hides it unless `show` holds.
pub fn shown_if(class: &'static str, show: impl Fn() -> bool + Send + Sync + 'static) -> Text {
    text(move || {
        if show() {
            class.to_string()
        } else {
            format!("{class} is-hidden")
        }
    })
}

/// The problems as the page lists them, one per line.
pub fn problem_lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The room's query: the state's link (in the projector layout or not),
/// then the votes and who is expected.
pub fn room_query(state: &State, projector: bool, room: &Room, expected: &Expected) -> String {
    let view = ViewOptions {
        present: projector,
        ..ViewOptions::default()
    };
    let mut q = format!(
        "{}&{VOTES_PARAM}={}",
        to_query(state, &view),
        room.to_param()
    );
    if !expected.is_empty() {
        q.push_str(&format!("&{EXPECT_PARAM}={}", expected.to_param()));
    }
    q
}
