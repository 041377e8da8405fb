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
pub fn axis_y(room: &Room) -> f64 {
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
fn dots(spread: &Spread, axis: f64) -> String {
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

/// What moves on a strip, as one piece of SVG markup (numbers and class
/// names only, never user text): the range, the ticks with the median's
/// marked, the dots and the median's marker. One binding instead of a
/// dozen, each of which would re-run for every vote.
fn strip_markup(spread: Option<&Spread>, axis: f64, side: &str) -> String {
    let y = c(axis);
    let mut m = format!(
        "<line class=\"room-axis\" x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/>",
        c(X1 - 25.0),
        c(x(5) + 25.0)
    );
    if let Some(s) = spread {
        m += &format!(
            "<line class=\"room-range {side}\" x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/>",
            c(x(s.min.get())),
            c(x(s.max.get()))
        );
    }
    for score in Score::all() {
        let median = spread.is_some_and(|s| s.median == score);
        m += &format!(
            "<text class=\"room-tick{}\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            if median { " median" } else { "" },
            c(x(score.get())),
            c(axis + 23.0),
            score.get()
        );
    }
    if let Some(s) = spread {
        m += &format!(
            "<path class=\"room-dot {side}\" d=\"{}\"/><path class=\"room-median\" d=\"M{},{}l8,8l-8,8l-8,-8z\"/>",
            dots(s, axis),
            c(x(s.median.get())),
            c(axis - 8.0)
        );
    }
    m
}

/// One category: its median and spread in words, and every vote as a dot
/// on a 1-5 strip.
#[component]
pub fn CategoryStrip(
    /// The votes.
    room: RwSignal<Room>,
    /// Where every strip's axis sits ([`axis_y`] of the room).
    axis: Memo<f64>,
    /// The category shown.
    category: Category,
) -> impl IntoView {
    // The category's spread, once per change of the room; every figure
    // below reads it, none recounts the votes.
    let spread = Memo::new(move |_| room.with(|r| r.spread(category)));
    let field = move |f: fn(&Spread) -> Score| {
        text(move || spread.with(|s| s.map(|s| f(&s).to_string()).unwrap_or_default()))
    };
    let side = side_class(category.side());
    let label = text(move || {
        spread.with(|s| {
            let Some(s) = s else {
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
        spread.with(|s| match s {
            Some(s) if s.range() == 0 => format!("median {} · everyone gave {}", s.median, s.min),
            Some(s) => format!(
                "median {} · range {} · {} of {} within one point",
                s.median,
                range_text(s),
                s.agree(),
                s.votes()
            ),
            None => String::new(),
        })
    });
    let markup = text(move || spread.with(|s| strip_markup(s.as_ref(), axis.get(), side)));
    view! {
        <div
            class="room-cat"
            data-testid="room-cat"
            data-param=category.param()
            data-median=field(|s| s.median)
            data-min=field(|s| s.min)
            data-max=field(|s| s.max)
            data-agree=text(move || spread.with(|s| s.map(|s| s.agree().to_string()).unwrap_or_default()))
        >
            <div class="room-cat-head">
                <h3>{category.short()}</h3>
                <p class="room-stats">{stats}</p>
            </div>
            <svg
                class="room-strip"
                viewBox=text(move || format!("0 0 {} {}", c(STRIP_W), c(axis.get() + 26.0)))
                role="img"
                aria-label=label
            >
                <g inner_html=markup />
            </svg>
        </div>
    }
}
