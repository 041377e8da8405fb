//! The cumulative-cost chart frame both cumulative charts use (the single page's plans, the system's).

use crate::model::range::BandPoint;
use crate::model::ticks::{month_ticks, svg_coord, svg_coord as c, MoneyAxis};
use crate::ui::shared::text::Text;
use leptos::prelude::*;

/// Chart geometry, in SVG units.
const W: f64 = 420.0;
const H: f64 = 250.0;
const L: f64 = 64.0;
const R: f64 = 12.0;
const T: f64 = 16.0;
const B: f64 = 40.0;

/// A cumulative line's points over `horizon` months on `top`'s scale:
/// `months` are where the line bends (at least 0 and the horizon).
pub fn cumulative_points(
    months: &[f64],
    horizon: u32,
    top: f64,
    cost: impl Fn(f64) -> f64,
) -> String {
    let x = |m: f64| L + (W - L - R) * m / f64::from(horizon.max(1));
    let y = |v: f64| T + (H - T - B) * (1.0 - v / top);
    months
        .iter()
        .map(|&m| format!("{},{}", c(x(m)), c(y(cost(m)))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The band's outline as SVG path data on `top`'s scale: along the line at
/// the end of the ranges that favours Rust, back along the line at the end
/// that favours Go. Where the lines cross the outline crosses itself, and
/// the default fill rule shades both parts.
pub fn band_path(points: &[BandPoint], horizon: u32, top: f64) -> String {
    let x = |m: f64| svg_coord(L + (W - L - R) * m / f64::from(horizon.max(1)));
    let y = |v: f64| svg_coord(T + (H - T - B) * (1.0 - v / top));
    let forth = points.iter().map(|p| (p.month, p.rust_end));
    let back = points.iter().rev().map(|p| (p.month, p.go_end));
    let mut d = String::new();
    for (i, (m, v)) in forth.chain(back).enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&x(m));
        d.push(',');
        d.push_str(&y(v));
    }
    d.push('Z');
    d
}

/// The frame both cumulative-cost charts share (the single page's plans,
/// the system's): axes with round money ticks and whole-month ticks, the
/// lines, a break-even marker and the legend. Each part is its own
/// reactive piece, so a keystroke moves the lines and rewrites the
/// description without rebuilding the chart.
#[component]
pub fn CumulativeChart(
    /// `data-testid` of the SVG.
    testid: &'static str,
    /// Id of the description the SVG is labelled by.
    desc_id: &'static str,
    /// What the chart shows, in words.
    desc: Text,
    /// Months on the x axis.
    horizon: Memo<u32>,
    /// The money axis.
    axis: Memo<MoneyAxis>,
    /// CSS class and points of each line, in drawing order.
    lines: Vec<(&'static str, Text)>,
    /// The month and label of the break-even marker, if any.
    marker: Memo<Option<(u32, String)>>,
    /// CSS class and text of each legend key.
    legend: Vec<(&'static str, &'static str)>,
    /// The band across the ranges, drawn behind the lines: one `<path>`
    /// ([`band_path`]), re-rendered as a whole.
    #[prop(optional, into)]
    band: Option<ViewFn>,
) -> impl IntoView {
    let x = move |m: f64| L + (W - L - R) * m / f64::from(horizon.get());
    let y = |v: f64, top: f64| T + (H - T - B) * (1.0 - v / top);
    let y_ticks = move || {
        axis.with(|a| {
            a.ticks
                .iter()
                .map(|t| {
                    let ty = y(t.value, a.top);
                    view! {
                        <line class="grid" x1=c(L) y1=c(ty) x2=c(W - R) y2=c(ty) />
                        <text class="tick" x=c(L - 6.0) y=c(ty + 4.0) text-anchor="end">{t.label.clone()}</text>
                    }
                })
                .collect_view()
        })
    };
    let x_ticks = move || {
        month_ticks(horizon.get())
            .into_iter()
            .map(|m| view! { <text class="tick" x=c(x(f64::from(m))) y=c(H - B + 18.0) text-anchor="middle">{m}</text> })
            .collect_view()
    };
    let marker = move || {
        marker.get().map(|(m, label)| {
            let mx = x(f64::from(m));
            let (anchor, tx) = if mx > W / 2.0 {
                ("end", mx - 6.0)
            } else {
                ("start", mx + 6.0)
            };
            view! {
                <line class="be" x1=c(mx) y1=c(T) x2=c(mx) y2=c(H - B) />
                <text class="be-label" x=c(tx) y=c(T + 12.0) text-anchor=anchor>{label}</text>
            }
        })
    };
    let lines = lines
        .into_iter()
        .map(|(class, points)| view! { <polyline class=format!("line {class}") points=points /> })
        .collect_view();
    let band = band.map(|b| b.run());
    let legend = legend
        .into_iter()
        .map(|(class, label)| view! { <span class=format!("key {class}")>{label}</span> })
        .collect_view();
    view! {
        <figure class="chart be-chart">
            <figcaption>"Cumulative cost over the horizon"</figcaption>
            <svg viewBox=format!("0 0 {} {}", c(W), c(H)) role="img" aria-labelledby=desc_id data-testid=testid>
                <desc id=desc_id>{desc}</desc>
                {y_ticks}
                <line class="axis" x1=c(L) y1=c(H - B) x2=c(W - R) y2=c(H - B) />
                {x_ticks}
                <text class="tick" x=c((L + W - R) / 2.0) y=c(H - 6.0) text-anchor="middle">"months"</text>
                {band}
                {lines}
                {marker}
            </svg>
            <p class="legend-row" aria-hidden="true">{legend}</p>
        </figure>
    }
}
