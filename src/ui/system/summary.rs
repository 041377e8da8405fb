//! The services' verdicts as a table and the plan drawn as an SVG.

use crate::model::system::{plain, plan_sentences, Boundary, Placement};
use crate::model::ticks::svg_coord as c;
use crate::ui::platform::browser::money;
use crate::ui::shared::style::verdict_class;
use crate::ui::system::ctx::SysCtx;
use leptos::prelude::*;

/// One row of the summary table as it is shown.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SummaryRow {
    name: String,
    scores: String,
    verdict: crate::model::rubric::Verdict,
    plan: &'static str,
    saving: String,
}

/// Read-only table of the services: the embed's list and the printed page's.
#[component]
pub fn SummaryTable(
    /// Whether rows carry the public `data-testid="service"` (the embed,
    /// where the table is the list); the full page's print copy does not.
    testids: bool,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (system, report) = (sv.system, sv.report);
    // What each row shows, as text: the table keeps the element of every
    // row whose text is unchanged (keyed by it) and builds only the rest.
    let rows = Memo::new(move |_| {
        sv.intl.track();
        let cur = sv.currency.get();
        system.with(|m| {
            report.with(|r| {
                m.services()
                    .iter()
                    .zip(&r.services)
                    .map(|(s, row)| SummaryRow {
                        name: s.name.to_string(),
                        scores: s.scores.values().map(|x| x.to_string()).join(" "),
                        verdict: row.verdict(),
                        plan: row.placement.label(),
                        saving: money(cur, row.rust_infra_saving()),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let rows = move || {
        view! {
            <For
                each=move || rows.get().into_iter().enumerate()
                key=|row| row.clone()
                children=move |(_, row)| {
                    let v = row.verdict;
                    let name = testids.then(|| row.name.clone());
                    view! {
                        <tr
                            data-testid=testids.then_some("service")
                            data-name=name
                            data-verdict=testids.then_some(v.id())
                        >
                            <th scope="row">{row.name}</th>
                            <td class="scores-cell">{row.scores}</td>
                            <td><span class=format!("badge {}", verdict_class(v))>{row.plan}</span></td>
                            <td class="num">{row.saving}</td>
                        </tr>
                    }
                }
            />
        }
    };
    view! {
        <table class=if testids { "svc-table" } else { "svc-table print-only" }>
            <caption>"Scores in rubric order: time to market, latency, memory safety, Rust experience, scale / cost."</caption>
            <thead>
                <tr>
                    <th scope="col">"Service"</th>
                    <th scope="col">"Scores"</th>
                    <th scope="col">"Plan"</th>
                    <th scope="col" class="num">"Rust saves / month"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Plan drawing geometry, in SVG units: narrow enough that its text stays
/// readable on a phone.
const PW: f64 = 360.0;
const ROW: f64 = 32.0;
const TOP: f64 = 34.0;
const MID: f64 = PW / 2.0;

/// `name` cut to `max` characters with an ellipsis.
fn clip(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// What the plan drawing shows: each service's name, placement and row,
/// the rows in all, and the plan in words. A keystroke that moves no
/// service leaves it equal, so the drawing and the words stay as they are.
#[derive(Clone, PartialEq)]
struct PlanShape {
    boxes: Vec<(String, Placement, f64)>,
    rows: usize,
    sentences: Vec<String>,
}

/// The plan as a drawing (Go on the left, Rust on the right, hybrids
/// across the boundary with its kind labelled) and in words.
#[component]
pub fn PlanChart() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (system, report) = (sv.system, sv.report);
    let shape = Memo::new(move |_| {
        system.with(|m| {
            report.with(|r| {
                // Each side stacks its own services in list order; hybrids
                // follow below, across the boundary.
                let side = |pick: fn(Placement) -> bool| r.placed(pick);
                let go = side(|p| matches!(p, Placement::Go | Placement::Profile));
                let rust = side(|p| p == Placement::Rust);
                let hybrid = side(|p| matches!(p, Placement::Hybrid(_)));
                let stacked = go.len().max(rust.len());
                let slot = |i: usize| {
                    let k = go
                        .iter()
                        .chain(&rust)
                        .chain(&hybrid)
                        .position(|&x| x == i)
                        .unwrap_or(0);
                    let k = if k < go.len() {
                        k
                    } else if k < go.len() + rust.len() {
                        k - go.len()
                    } else {
                        k - go.len() - rust.len() + stacked
                    };
                    TOP + ROW * k as f64
                };
                PlanShape {
                    boxes: m
                        .services()
                        .iter()
                        .zip(&r.services)
                        .enumerate()
                        .map(|(i, (s, row))| (s.name.to_string(), row.placement, slot(i)))
                        .collect(),
                    rows: stacked + hybrid.len(),
                    sentences: plan_sentences(m, r, &plain),
                }
            })
        })
    });
    let drawing = move || {
        shape.with(|p| {
            let rows = p.boxes.iter().map(|(name, placement, y)| {
                let y = *y;
                let title = format!("{}: {}", name, placement.label());
                match *placement {
                    Placement::Go | Placement::Profile => {
                        let profile = *placement == Placement::Profile;
                        let shown = if profile { format!("{} · profile", clip(name, 14)) } else { clip(name, 22) };
                        view! {
                            <g class=if profile { "box profile" } else { "box go" }>
                                <title>{title}</title>
                                <rect x="6" y=c(y) width=c(MID - 16.0) height=c(ROW - 6.0) rx="5" />
                                <text x="14" y=c(y + 18.0)>{shown}</text>
                            </g>
                        }
                        .into_any()
                    }
                    Placement::Rust => view! {
                        <g class="box rust">
                            <title>{title}</title>
                            <rect x=c(MID + 10.0) y=c(y) width=c(MID - 16.0) height=c(ROW - 6.0) rx="5" />
                            <text x=c(MID + 18.0) y=c(y + 18.0)>{clip(name, 22)}</text>
                        </g>
                    }
                    .into_any(),
                    Placement::Hybrid(b) => view! {
                        <g class="box hybrid">
                            <title>{title}</title>
                            <rect class="half go" x="48" y=c(y) width=c(MID - 48.0) height=c(ROW - 6.0) rx="5" />
                            <rect class="half rust" x=c(MID) y=c(y) width=c(MID - 48.0) height=c(ROW - 6.0) rx="5" />
                            <text x="56" y=c(y + 18.0)>{clip(name, 10)}</text>
                            <text x=c(PW - 56.0) y=c(y + 18.0) text-anchor="end">"hot path"</text>
                            <rect class="pill" x=c(MID - 40.0) y=c(y + 4.0) width="80" height=c(ROW - 14.0) rx="9" />
                            <text class="pill-text" x=c(MID) y=c(y + 17.0) text-anchor="middle">{b.label()}</text>
                        </g>
                    }
                    .into_any(),
                }
            });
            let h = TOP + ROW * p.rows as f64 + 4.0;
            let desc = p.sentences.join(" ");
            view! {
                <svg viewBox=format!("0 0 {} {}", c(PW), c(h)) role="img" aria-labelledby="plan-desc" data-testid="plan-chart">
                    <desc id="plan-desc">{desc}</desc>
                    <text class="side-head go" x=c(MID / 2.0) y="18" text-anchor="middle">"Go"</text>
                    <text class="side-head rust" x=c(MID + MID / 2.0) y="18" text-anchor="middle">"Rust"</text>
                    <line class="boundary" x1=c(MID) y1="26" x2=c(MID) y2=c(h) />
                    {rows.collect_view()}
                </svg>
            }
        })
    };
    let words = move || {
        shape.with(|p| {
            p.sentences
                .iter()
                .map(|s| view! { <li>{s.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <figure class="chart plan-chart">
            {drawing}
            <figcaption class="sr-only">"The plan: Go services on the left, Rust on the right, hybrids across the boundary"</figcaption>
        </figure>
        <ul class="plan-words" data-testid="plan-words">{words}</ul>
        <p class="note">{Boundary::RULE}</p>
    }
}
