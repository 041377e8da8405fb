//! One category across the room: its median, range and agreement in
//! words, and every vote as a dot on a 1-5 strip.

use crate::model::room::result::range_text;
use crate::model::room::{Room, Spread};
use crate::model::score::{Category, Score};
use crate::model::ticks::svg_coord as c;
use crate::ui::shared::style::side_class;
use crate::ui::shared::text::text;
use leptos::prelude::*;

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
                "M{},{}a{r},{r} 0 1,0 {},0a{r},{r} 0 1,0 -{},0",
                c(cx - R),
                c(cy),
                c(2.0 * R),
                c(2.0 * R),
                r = c(R),
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
            Some(s) => format!(
                "median {} · range {} · {} of {} within one point",
                s.median,
                range_text(&s),
                s.agree(),
                s.votes()
            ),
            None => String::new(),
        })
    });
    let axis = text(move || c(room.with(axis_y)));
    let end = move |f: fn(&Spread) -> Score| {
        text(move || room.with(|r| c(r.spread(category).map_or(0.0, |s| x(f(&s).get())))))
    };
    view! {
        <div
            class="room-cat"
            data-testid="room-cat"
            data-param=category.param()
            data-median=field(|s| s.median)
            data-min=field(|s| s.min)
            data-max=field(|s| s.max)
            data-agree=text(move || room.with(|r| r.spread(category).map(|s| s.agree().to_string()).unwrap_or_default()))
        >
            <div class="room-cat-head">
                <h3>{category.short()}</h3>
                <p class="room-stats">{stats}</p>
            </div>
            <svg
                class="room-strip"
                viewBox=text(move || format!("0 0 {} {}", c(STRIP_W), c(room.with(axis_y) + 26.0)))
                role="img"
                aria-label=label
            >
                <line class="room-axis" x1=c(X1 - 25.0) x2=c(x(5) + 25.0) y1=axis y2=axis />
                <line class=format!("room-range {side}") x1=end(|s| s.min) x2=end(|s| s.max) y1=axis y2=axis />
                {Score::all()
                    .map(|s| {
                        view! {
                            <text
                                class=text(move || {
                                    let median = room.with(|r| r.spread(category).is_some_and(|sp| sp.median == s));
                                    if median { "room-tick median".into() } else { "room-tick".into() }
                                })
                                x=c(x(s.get()))
                                y=text(move || c(room.with(axis_y) + 23.0))
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
                            Some(s) => format!("M{},{}l8,8l-8,8l-8,-8z", c(x(s.median.get())), c(axis_y(r) - 8.0)),
                            None => String::new(),
                        })
                    })
                />
            </svg>
        </div>
    }
}
