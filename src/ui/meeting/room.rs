//! The room (`votes`): pasted votes compared category by category, the medians' verdict and the tally.

use crate::model::query::{to_query, Notice, ViewOptions};
use crate::model::room::{
    Place, Problem, Reading, Room, Spread, DISCUSSION_RULE, MAX_VOTES, MEDIAN_RULE, VOTES_PARAM,
};
use crate::model::rubric::{verdict_weighted, Verdict};
use crate::model::score::{Category, Score};
use crate::model::weights::Weights;
use crate::ui::platform::browser::{link_to, replace_query};
use crate::ui::shared::notices::Notices;
use crate::ui::shared::style::{side_class, verdict_class};
use crate::ui::shared::text::{text, Text};
use crate::ui::single::ctx::Ctx;
use crate::ui::single::state::PageState;
use leptos::html;
use leptos::prelude::*;

/// The weights the room judges with, tracked: the page's own, so the room
/// and the calculator never disagree about the same scores.
fn weights(state: PageState) -> Weights {
    state.weights.get()
}

/// A vote's name in lists: its label, or its place in the room.
fn vote_name(room: &Room, index: usize) -> String {
    match room.votes().get(index) {
        Some(v) if !v.label.is_empty() => v.label.to_string(),
        _ => format!("Vote {}", index + 1),
    }
}

/// `class`, plus the class that hides it unless `show` holds.
fn shown_if(class: &'static str, show: impl Fn() -> bool + Send + Sync + 'static) -> Text {
    text(move || {
        if show() {
            class.to_string()
        } else {
            format!("{class} is-hidden")
        }
    })
}

/// The problems as the page lists them, one per line.
fn problem_lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The whole room page. Its address bar carries the state's link plus
/// `votes`, so reloading or sharing it gives the same room.
#[component]
pub fn RoomPage(
    /// The votes the URL carried and what could not be read.
    reading: Reading,
    /// What the rest of the URL said that could not be used as written.
    notices: Vec<Notice>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let room = RwSignal::new(reading.room);
    let problems = RwSignal::new(problem_lines(&reading.problems));
    Effect::new(move |_| {
        let base = to_query(&ctx.state.get(), &ViewOptions::default());
        replace_query(&room.with(|r| format!("{base}&{VOTES_PARAM}={}", r.to_param())));
    });
    let any = move || room.with(|r| !r.is_empty());
    view! {
        <header class="top room-top">
            <div class="brand">
                <h1>"Rust or Go? The room"</h1>
                <p class="tagline">
                    "Everyone scores on their own phone first; then the room compares."
                </p>
            </div>
            <p class="room-nav">
                <a class="button" href=text(move || ctx.link()) data-testid="exit-room">"Back to the calculator"</a>
            </p>
        </header>
        <Notices notices=notices />
        <main class="room" data-testid="room" data-votes=text(move || room.with(Room::len).to_string())>
            <div class=shown_if("room-grid", any)>
                <section class="panel room-cats" aria-labelledby="h-room-cats">
                    <h2 id="h-room-cats">{text(move || match room.with(Room::len) {
                        1 => "1 vote, by category".to_string(),
                        n => format!("{n} votes, by category"),
                    })}</h2>
                    {Category::ALL.map(|c| view! { <CategoryStrip room=room category=c /> }).into_iter().collect_view()}
                </section>
                <section class="panel room-summary" aria-labelledby="h-room-summary">
                    <h2 id="h-room-summary" class="sr-only">"The room's verdict"</h2>
                    <RoomVerdict room=room />
                </section>
            </div>
            <div class="room-lower">
                <section class=shown_if("panel room-votes", any) aria-labelledby="h-room-votes">
                    <h2 id="h-room-votes">"The votes"</h2>
                    <VotesTable room=room />
                    <p class="note">{MEDIAN_RULE}" "{DISCUSSION_RULE}</p>
                </section>
                <PastePanel room=room problems=problems />
            </div>
        </main>
    }
}

/// Width of a category strip in SVG units.
const STRIP_W: f64 = 460.0;
/// Distance between two scores on the strip.
const CELL: f64 = 95.0;
/// Where score 1 sits.
const X1: f64 = 40.0;
/// Distance between two stacked dots.
const STEP: f64 = 20.0;
/// Dots side by side per score before they stack into a new row.
const PER_ROW: usize = 4;
/// Radius of a dot.
const R: f64 = 9.0;

/// Where a score sits on the strip.
fn x(score: u8) -> f64 {
    X1 + f64::from(score - 1) * CELL
}

/// Where the axis of every strip sits: below as many rows of dots as the
/// tallest stack in the room needs, so the five strips line up.
fn axis_y(room: &Room) -> f64 {
    let most = Category::ALL
        .iter()
        .filter_map(|&c| room.spread(c))
        .flat_map(|s| s.counts)
        .max()
        .unwrap_or(1);
    14.0 + most.div_ceil(PER_ROW).max(1) as f64 * STEP
}

/// The dots of one category, all in one path (a circle is two arcs):
/// equal votes side by side, then stacked.
fn dots(room: &Room, category: Category) -> String {
    let Some(spread) = room.spread(category) else {
        return String::new();
    };
    let axis = axis_y(room);
    let mut d = String::new();
    for (score, n) in (1u8..).zip(spread.counts) {
        for k in 0..n {
            let (row, col) = (k / PER_ROW, k % PER_ROW);
            let in_row = (n - row * PER_ROW).min(PER_ROW);
            let cx = x(score) + (col as f64 - (in_row - 1) as f64 / 2.0) * STEP;
            let cy = axis - 16.0 - row as f64 * STEP;
            d.push_str(&format!(
                "M{},{cy}a{R},{R} 0 1,0 {},0a{R},{R} 0 1,0 -{},0",
                cx - R,
                2.0 * R,
                2.0 * R
            ));
        }
    }
    d
}

/// One category: its median and spread in words, and every vote as a dot
/// on a 1-5 strip.
#[component]
pub fn CategoryStrip(
    /// The votes.
    room: RwSignal<Room>,
    /// The category shown.
    category: Category,
) -> impl IntoView {
    let field = move |f: fn(&Spread) -> Score| {
        text(move || {
            room.with(|r| {
                r.spread(category)
                    .map(|s| f(&s).to_string())
                    .unwrap_or_default()
            })
        })
    };
    let side = side_class(category.side());
    let label = text(move || {
        room.with(|r| {
            let Some(s) = r.spread(category) else {
                return String::new();
            };
            let given: Vec<String> = (1u8..)
                .zip(s.counts)
                .flat_map(|(v, n)| std::iter::repeat_n(v.to_string(), n))
                .collect();
            format!(
                "{}: votes {}; median {}",
                category.label(),
                given.join(", "),
                s.median
            )
        })
    });
    let stats = text(move || {
        room.with(|r| match r.spread(category) {
            Some(s) if s.range() == 0 => format!("median {} · everyone gave {}", s.median, s.min),
            Some(s) => format!("median {} · range {}–{}", s.median, s.min, s.max),
            None => String::new(),
        })
    });
    let axis = text(move || room.with(axis_y).to_string());
    let end = move |f: fn(&Spread) -> Score| {
        text(move || {
            room.with(|r| {
                r.spread(category)
                    .map_or(0.0, |s| x(f(&s).get()))
                    .to_string()
            })
        })
    };
    view! {
        <div
            class="room-cat"
            data-testid="room-cat"
            data-param=category.param()
            data-median=field(|s| s.median)
            data-min=field(|s| s.min)
            data-max=field(|s| s.max)
        >
            <div class="room-cat-head">
                <h3>{category.short()}</h3>
                <p class="room-stats">{stats}</p>
            </div>
            <svg
                class="room-strip"
                viewBox=text(move || format!("0 0 {STRIP_W} {}", room.with(axis_y) + 26.0))
                role="img"
                aria-label=label
            >
                <line class="room-axis" x1=X1 - 25.0 x2=x(5) + 25.0 y1=axis y2=axis />
                <line class=format!("room-range {side}") x1=end(|s| s.min) x2=end(|s| s.max) y1=axis y2=axis />
                {Score::all()
                    .map(|s| {
                        view! {
                            <text
                                class=text(move || {
                                    let median = room.with(|r| r.spread(category).is_some_and(|sp| sp.median == s));
                                    if median { "room-tick median".into() } else { "room-tick".into() }
                                })
                                x=x(s.get())
                                y=text(move || (room.with(axis_y) + 23.0).to_string())
                                text-anchor="middle"
                            >
                                {s.get()}
                            </text>
                        }
                    })
                    .collect_view()}
                <path class=format!("room-dot {side}") d=text(move || room.with(|r| dots(r, category))) />
                <path
                    class="room-median"
                    d=text(move || {
                        room.with(|r| match r.spread(category) {
                            Some(s) => format!("M{},{}l8,8l-8,8l-8,-8z", x(s.median.get()), axis_y(r) - 8.0),
                            None => String::new(),
                        })
                    })
                />
            </svg>
        </div>
    }
}

/// The verdict of the median scores, how the individual votes come out,
/// and the button that takes the median to the calculator.
#[component]
pub fn RoomVerdict(
    /// The votes.
    room: RwSignal<Room>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let id = move || {
        room.with(|r| {
            r.verdict(&weights(state))
                .map(Verdict::id)
                .unwrap_or_default()
        })
    };
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
            let n = text(move || room.with(|r| r.tally(&weights(state))[v as usize].1.to_string()));
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
                let class = room.with(|r| r.verdict(&weights(state)).map(verdict_class));
                format!("verdict-card room-verdict {}", class.unwrap_or_default())
            })
            data-testid="room-verdict"
            data-verdict=text(move || id().to_string())
        >
            <p class="eyebrow">"The room's verdict, from the median scores"</p>
            <p class="verdict-title">
                {text(move || room.with(|r| r.verdict(&weights(state)).map(Verdict::title).unwrap_or_default().to_string()))}
            </p>
            <p class="room-medians">{medians}</p>
            <h3 class="room-tally-head">"Each vote on its own"</h3>
            <ul class="tally" data-testid="tally">{tally}</ul>
            <button type="button" data-testid="load-median" on:click=load>
                "Load the median into the calculator"
            </button>
        </div>
        <Disagreement room=room />
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

/// One row of the votes table; hidden while the room has fewer votes.
#[component]
pub fn VoteRow(
    /// The votes.
    room: RwSignal<Room>,
    /// Which vote this row shows (0-based).
    index: usize,
) -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let name = text(move || room.with(|r| vote_name(r, index)));
    let cell = move |c: Category| {
        text(move || {
            room.with(|r| {
                r.votes()
                    .get(index)
                    .map(|v| v.scores.get(c).to_string())
                    .unwrap_or_default()
            })
        })
    };
    let verdict = text(move || {
        room.with(|r| {
            r.votes()
                .get(index)
                .map(|v| verdict_weighted(&v.scores, &weights(state)).title())
                .unwrap_or_default()
                .to_string()
        })
    });
    view! {
        <tr class=shown_if("room-vote", move || room.with(|r| index < r.len()))>
            <th scope="row">{name}</th>
            {Category::ALL.map(|c| view! { <td>{cell(c)}</td> }).into_iter().collect_view()}
            <td class="room-vote-verdict">{verdict}</td>
            <td>
                <button
                    type="button"
                    class="link-button"
                    aria-label=text(move || format!("Remove {}", room.with(|r| vote_name(r, index))))
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

/// The box the facilitator pastes links into.
#[component]
pub fn PastePanel(
    /// The votes.
    room: RwSignal<Room>,
    /// What the last reading skipped, one per line: the URL's at first,
    /// then the last paste's.
    problems: RwSignal<String>,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let status = RwSignal::new(String::new());
    let add = move |_| {
        let Some(el) = area.get_untracked() else {
            return;
        };
        let pasted = el.value();
        let before = room.with_untracked(Room::len);
        let reading = room.with_untracked(|r| r.with_pasted(&pasted));
        let added = reading.room.len() - before;
        // Keep only the lines that were skipped, so they can be fixed.
        let skipped: Vec<usize> = reading
            .problems
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
        el.set_value(&kept.join("\n"));
        let votes = if added == 1 {
            "1 vote".to_string()
        } else {
            format!("{added} votes")
        };
        status.set(match skipped.len() {
            0 => format!("Added {votes}."),
            1 => format!("Added {votes}; 1 line could not be read and stays in the box."),
            n => format!("Added {votes}; {n} lines could not be read and stay in the box."),
        });
        problems.set(problem_lines(&reading.problems));
        room.set(reading.room);
    };
    let clear = move |_| {
        room.set(Room::default());
        problems.set(String::new());
        status.set("The room is empty again.".to_string());
    };
    view! {
        <section class="panel room-paste" aria-labelledby="h-room-paste">
            <h2 id="h-room-paste">"Add votes"</h2>
            <ol class="room-steps">
                <li>"Open the calculator on everyone's phone: Present shows a QR code of it."</li>
                <li>"Each person scores the service on their own, without looking at others, and taps Copy link."</li>
                <li>"Collect the links (chat, email) and paste them here."</li>
            </ol>
            <label for="room-links">
                "Paste the links people copied, one per line. A name first is optional: "
                <code>"Ana: https://…"</code>
            </label>
            <textarea id="room-links" node_ref=area rows="6" data-testid="room-paste" spellcheck="false"></textarea>
            <div class="room-actions">
                <button type="button" data-testid="room-add" on:click=add>"Add to the room"</button>
                <button type="button" class="secondary" data-testid="room-clear" on:click=clear>"Start over"</button>
                <span class="room-count">{text(move || format!("{} of {MAX_VOTES} votes", room.with(Room::len)))}</span>
            </div>
            <p class="copy-status" role="status" data-testid="room-status">{text(move || status.get())}</p>
            <div class=shown_if("notices room-problems", move || problems.with(|p| !p.is_empty())) data-testid="room-problems">
                <p>"Not counted:"</p>
                <p class="room-problem-list">{text(move || problems.get())}</p>
            </div>
        </section>
    }
}
