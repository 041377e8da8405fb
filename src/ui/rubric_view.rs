//! The rubric half of the page: five sliders, the verdict card, the chart
//! of how hard each side pulls, and what would flip the verdict.

use leptos::prelude::*;

use super::Ctx;
use crate::model::anchors::{anchor, EXPERIENCE_NOTE};
use crate::model::rubric::{flips, Verdict, UNITS};
use crate::model::score::{Category, Score, Side};

/// The five sliders.
#[component]
pub fn Sliders(
    /// Compact layout for embeds: anchors stay, the reading note goes.
    compact: bool,
) -> impl IntoView {
    view! {
        <div class="sliders">
            {Category::ALL.map(|c| view! { <SliderRow category=c /> }).into_iter().collect_view()}
        </div>
        {(!compact).then(|| view! { <p class="note">{EXPERIENCE_NOTE}</p> })}
    }
}

/// One category: label, current value, the range input and its anchor.
#[component]
fn SliderRow(
    /// The category this row scores.
    category: Category,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let score = Memo::new(move |_| state.with(|s| s.scores.get(category)));
    let param = category.param();
    let id = format!("s-{param}");
    let anchor_id = format!("a-{param}");
    let side_class = match category.side() {
        Side::Go => "side go",
        Side::Rust => "side rust",
    };
    let side_text = match category {
        Category::Experience => "low pulls toward Go",
        _ => match category.side() {
            Side::Go => "high pulls toward Go",
            Side::Rust => "high pulls toward Rust",
        },
    };
    let on_input = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        if let Some(s) = raw.parse::<u8>().ok().and_then(Score::new) {
            state.update(|st| st.scores.set(category, s));
        }
    };
    view! {
        <div class="slider-row">
            <div class="slider-head">
                <label for=id.clone()>{category.label()}</label>
                <span class=side_class>{side_text}</span>
                <output for=id.clone() class="score" aria-hidden="true">
                    {move || score.get().get()}
                </output>
            </div>
            <input
                type="range"
                id=id
                name=param
                min="1"
                max="5"
                step="1"
                prop:value=move || score.get().get().to_string()
                aria-valuetext=move || {
                    let s = score.get();
                    format!("{s} of 5: {}", anchor(category, s))
                }
                aria-describedby=anchor_id.clone()
                on:input=on_input
            />
            <div class="ticks" aria-hidden="true">
                <span>"1"</span><span>"2"</span><span>"3"</span><span>"4"</span><span>"5"</span>
            </div>
            <p class="anchor" id=anchor_id>{move || anchor(category, score.get())}</p>
        </div>
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Go => "verdict-card v-go",
        Verdict::Close => "verdict-card v-close",
        Verdict::Hybrid => "verdict-card v-hybrid",
        Verdict::Rust => "verdict-card v-rust",
    }
}

/// The verdict, its rationale and the reasons. Updates on every input;
/// only the verdict title goes to the live region, so a drag is announced
/// once per change of verdict rather than once per step.
#[component]
pub fn VerdictCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let eval = ctx.eval;
    let verdict = Memo::new(move |_| eval.with(|e| e.verdict));
    view! {
        <div
            class=move || verdict_class(verdict.get())
            data-testid="verdict"
            data-verdict=move || verdict.get().id()
            data-lean=move || eval.with(|e| e.lean().to_string())
        >
            <p class="eyebrow">"Verdict"</p>
            <p class="verdict-title">{move || verdict.get().title()}</p>
            <p class="rationale">{move || verdict.get().rationale()}</p>
            <ul class="reasons" data-testid="reasons">
                {move || eval.with(|e| e.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view())}
            </ul>
        </div>
        <p class="sr-only" aria-live="polite" data-testid="verdict-live">
            {move || format!("Verdict: {}", verdict.get().title())}
        </p>
    }
}

/// Width of the chart's bar track in SVG units.
const TRACK: f64 = 250.0;
/// Left edge of the bar track.
const TRACK_X: f64 = 140.0;

/// How hard each side pulls and each category's share, drawn as SVG.
#[component]
pub fn PullChart() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let eval = ctx.eval;
    let bar = move |side: Side, y: f64| {
        move || {
            eval.with(|e| {
                let units = if side == Side::Rust { e.rust_units } else { e.go_units };
                let total = TRACK * f64::from(units) / f64::from(UNITS);
                let parts: Vec<_> = e.contributions.iter().filter(|c| c.category.side() == side).collect();
                let sum: f64 = parts.iter().map(|c| f64::from(c.pull)).sum();
                let mut x = TRACK_X;
                let segs = parts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let w = if sum > 0.0 { total * f64::from(c.pull) / sum } else { 0.0 };
                        let seg_x = x;
                        x += w;
                        let class = format!("seg {} s{i}", if side == Side::Rust { "rust" } else { "go" });
                        view! {
                            <rect class=class x=seg_x y=y width=w height="26">
                                <title>{format!("{}: {}/5, pull {} of 4", c.category.short(), c.score, c.pull)}</title>
                            </rect>
                        }
                    })
                    .collect_view();
                let pct = (f64::from(units) * 100.0 / f64::from(UNITS)).round();
                view! {
                    <rect class="track" x=TRACK_X y=y width=TRACK height="26" />
                    {segs}
                    <text class="val" x=TRACK_X + TRACK + 6.0 y=y + 19.0>{format!("{pct}%")}</text>
                }
            })
        }
    };
    let legend = move |side: Side, y: f64| {
        move || {
            eval.with(|e| {
                e.contributions
                    .iter()
                    .filter(|c| c.category.side() == side)
                    .enumerate()
                    .map(|(i, c)| {
                        let class = format!("seg {} s{i}", if side == Side::Rust { "rust" } else { "go" });
                        let lx = 142.0 * i as f64;
                        view! {
                            <rect class=class x=lx y=y width="10" height="10" />
                            <text class="legend" x=lx + 14.0 y=y + 9.5>{format!("{} {}", c.category.short(), c.score)}</text>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let lean_x = move || eval.with(|e| TRACK_X + TRACK / 2.0 + e.lean() * TRACK / 2.0);
    view! {
        <figure class="chart pull-chart">
            <figcaption>"How hard each side pulls"</figcaption>
            <svg viewBox="0 0 430 196" role="img" aria-labelledby="pull-desc">
                <desc id="pull-desc">
                    {move || eval.with(|e| format!(
                        "Rust side pulls {:.0}%, Go side pulls {:.0}%.",
                        e.rust_pressure() * 100.0,
                        e.go_pressure() * 100.0
                    ))}
                </desc>
                <text class="lbl" x="0" y="27">"Rust side"</text>
                {bar(Side::Rust, 8.0)}
                {legend(Side::Rust, 40.0)}
                <text class="lbl" x="0" y="87">"Go side"</text>
                {bar(Side::Go, 68.0)}
                {legend(Side::Go, 100.0)}
                <text class="lbl" x="0" y="150">"Lean"</text>
                <line class="axis" x1=TRACK_X y1="146" x2=TRACK_X + TRACK y2="146" />
                <line class="mid" x1=TRACK_X + TRACK / 2.0 y1="136" x2=TRACK_X + TRACK / 2.0 y2="156" />
                <text class="end" x=TRACK_X y="178">"Go"</text>
                <text class="end" x=TRACK_X + TRACK y="178" text-anchor="end">"Rust"</text>
                <circle class="marker" cx=lean_x cy="146" r="8" />
            </svg>
        </figure>
    }
}

/// The nearest single changes that would flip the verdict.
#[component]
pub fn Flips() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let list = Memo::new(move |_| flips(&state.with(|s| s.scores)));
    view! {
        <div class="flips">
            <h3>"What would change the verdict"</h3>
            <ul data-testid="flips">
                {move || {
                    let items = list.get();
                    if items.is_empty() {
                        return view! { <li>"No single score change flips it."</li> }.into_any();
                    }
                    items
                        .into_iter()
                        .take(3)
                        .map(|f| {
                            let from = state.with_untracked(|s| s.scores.get(f.category));
                            view! {
                                <li>
                                    <strong>{f.category.label()}</strong>
                                    {format!(" from {from} to {}: ", f.to)}
                                    <span class="flip-to">{f.verdict.title()}</span>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </div>
    }
}
