//! The room's verdict: the medians' verdict with its money, how each vote
//! comes out, who has voted, the result to copy, and what to talk about
//! first.

use crate::model::query::{to_query, ViewOptions};
use crate::model::room::{Room, RoomResult};
use crate::model::rubric::Verdict;
use crate::model::score::Category;
use crate::model::text::{and_list, count};
use crate::ui::meeting::common::{shown_if, weights, RoomCtx};
use crate::ui::platform::browser::{link_to, money};
use crate::ui::shared::copy::{copy, CopyState, ManualCopy};
use crate::ui::shared::style::verdict_class;
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// The verdict of the median scores, how the individual votes come out,
/// and the button that takes the median to the calculator.
#[component]
pub fn RoomVerdict(
    /// The votes.
    room: RwSignal<Room>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rc = expect_context::<RoomCtx>();
    let cs = expect_context::<CopyState>();
    let state = ctx.state;
    // The result the room keeps: the spreads, the medians' verdict and
    // the money `decide` sets beside it, from the page's cost inputs.
    let result = Memo::new(move |_| {
        let (w, cost) = (weights(state), state.cost());
        rc.expected
            .with(|e| room.with(|r| RoomResult::new(r, &w, &cost, e)))
    });
    let money_line = text(move || {
        ctx.intl.track();
        let currency = state.currency.get();
        result.with(|r| {
            r.as_ref()
                .map(|r| r.money.sentence(&|v| money(currency, v)))
                .unwrap_or_default()
        })
    });
    // Who has not voted, when the lead listed who is expected.
    let turnout = text(move || {
        rc.expected.with(|e| {
            if e.is_empty() {
                return String::new();
            }
            result.with(|r| match r {
                Some(r) if r.missing.is_empty() => "Everyone expected has voted.".to_string(),
                Some(r) => format!("Not voted yet: {}.", and_list(&r.missing)),
                None => String::new(),
            })
        })
    });
    let copy_result = move |csv: bool| {
        let Some(r) = result.get_untracked() else {
            return;
        };
        if csv {
            copy(cs, "CSV", r.csv());
        } else {
            let currency = state.currency.get_untracked();
            let name = state.name.get_untracked();
            copy(cs, "result", r.markdown(&name, &|v| money(currency, v)));
        }
    };
    // The medians' verdict and the tally, once per change of the room or
    // the weights; the card's class, title and data read them.
    let verdict = Memo::new(move |_| {
        let w = weights(state);
        room.with(|r| r.verdict(&w))
    });
    let id = move || verdict.get().map(Verdict::id).unwrap_or_default();
    let tallied = Memo::new(move |_| {
        let w = weights(state);
        room.with(|r| r.tally(&w).map(|(_, n)| n))
    });
    let medians = text(move || {
        room.with(|r| match r.median() {
            Some(m) => Category::ALL
                .map(|c| format!("{} {}", c.short(), m.get(c)))
                .join(" · "),
            None => String::new(),
        })
    });
    let tally = Verdict::ALL
        .map(|v| {
            // One verdict's count: a vote that adds to another verdict
            // leaves this line alone.
            let count = Memo::new(move |_| tallied.with(|t| t[v as usize]));
            let n = text(move || count.get().to_string());
            view! {
                <li class=verdict_class(v) data-verdict=v.id() data-count=n>
                    <strong>{n}</strong>" "{v.title()}
                </li>
            }
        })
        .into_iter()
        .collect_view();
    // Opens the calculator with the median scores and everything else
    // this page carries (cost inputs, weights): a new history entry, so
    // Back returns to the room.
    let load = move |_| {
        let Some(median) = room.with_untracked(Room::median) else {
            return;
        };
        let mut next = ctx.state.get_untracked();
        next.scores = median;
        let url = link_to(&to_query(&next, &ViewOptions::default()));
        let _ = window().location().assign(&url);
    };
    view! {
        <div
            class=text(move || {
                let class = verdict.get().map(verdict_class);
                format!("verdict-card room-verdict {}", class.unwrap_or_default())
            })
            data-testid="room-verdict"
            data-verdict=text(move || id().to_string())
        >
            <p class="eyebrow">"The room's verdict, from the median scores"</p>
            <p class="verdict-title">
                {text(move || verdict.get().map(Verdict::title).unwrap_or_default().to_string())}
            </p>
            <p class="room-medians">{medians}</p>
            <h3 class="room-tally-head">{text(move || match room.with(Room::len) {
                1 => "The 1 vote on its own".to_string(),
                n => format!("Each of the {} on its own", count(n, "vote")),
            })}</h3>
            <ul class="tally" data-testid="tally">{tally}</ul>
            <p
                class=shown_if("room-turnout", move || rc.expected.with(|e| !e.is_empty()))
                data-testid="room-turnout"
                data-voted=text(move || room.with(Room::len).to_string())
                data-missing=text(move || rc.expected.with(|e| room.with(|r| e.missing(r).iter().map(|l| l.to_string()).collect::<Vec<_>>().join(","))))
            >
                {turnout}
            </p>
            <button type="button" data-testid="load-median" on:click=load>
                "Load the median into the calculator"
            </button>
        </div>
        <Disagreement room=room />
        <div class="room-result" data-testid="room-result">
            <h3>"The result to keep"</h3>
            <p class="room-money" data-testid="room-money">{money_line}</p>
            <div class="room-result-actions">
                <button type="button" class="secondary" data-testid="copy-room" on:click=move |_| copy_result(false)>
                    "Copy as Markdown"
                </button>
                <button type="button" class="secondary" data-testid="copy-room-csv" on:click=move |_| copy_result(true)>
                    "Copy as CSV"
                </button>
            </div>
            <ManualCopy cs=cs />
        </div>
    }
}

/// What to talk about first: the category with the widest spread (see
/// [`Room::discussion`] for the order), and the others after it.
#[component]
pub fn Disagreement(
    /// The votes.
    room: RwSignal<Room>,
) -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let headline = text(move || {
        room.with(|r| {
            let w = weights(state);
            let Some(s) = r.disagreement(&w) else {
                return if r.len() < 2 {
                    "Add more votes to see where the room disagrees.".to_string()
                } else {
                    "The room agrees on every score.".to_string()
                };
            };
            let name = s.category.short();
            let (min, max) = (s.min, s.max);
            match r.verdicts_across(&s, &w) {
                Some((lo, hi)) if lo != hi => format!(
                    "Talk about {name} first: votes range from {min} to {max}, and that decides the verdict: {min} gives “{}”, {max} gives “{}” (the other scores at their medians).",
                    lo.title(),
                    hi.title()
                ),
                _ => format!(
                    "Talk about {name} first: votes range from {min} to {max}, although the verdict stays the same across that range."
                ),
            }
        })
    });
    let next = text(move || {
        room.with(|r| {
            let rest: Vec<String> = r
                .discussion(&weights(state))
                .iter()
                .skip(1)
                .map(|s| format!("{} ({}–{})", s.category.short(), s.min, s.max))
                .collect();
            if rest.is_empty() {
                String::new()
            } else {
                format!("Then: {}.", rest.join(", "))
            }
        })
    });
    view! {
        <div
            class="disagreement"
            data-testid="disagreement"
            data-param=text(move || room.with(|r| r.disagreement(&weights(state)).map_or("", |s| s.category.param()).to_string()))
        >
            <h3>"Where the room disagrees"</h3>
            <p class="disagreement-first">{headline}</p>
            <p class="disagreement-next">{next}</p>
        </div>
    }
}
