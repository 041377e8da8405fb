//! The system's money: totals, the cumulative chart, and where to start.

use crate::model::cost::{line_months, BreakEven};
use crate::model::money::{Cents, Money};
use crate::model::system::{
    break_even_label, horizon_warning, path_lines, plain, start_sentence, Start, SystemRange,
    SystemReport, EXPERIENCE_RULE, START_SCORE,
};
use crate::model::text::html_text;
use crate::model::ticks::money_axis;
use crate::ui::shared::chart::{cumulative_points, CumulativeChart};
use crate::ui::shared::text::{flag, text};
use crate::ui::system::ctx::SysCtx;
use leptos::prelude::*;

/// The money: all-Go, all-Rust and the plan per month, the learning paid
/// once, the plan's break-even and the totals over the horizon. Every
/// figure changes with a keystroke in any service, so each block is one
/// binding of markup (numbers, the model's words and fixed labels, escaped)
/// rather than thirty, each of which would re-run for every keystroke.
#[component]
pub fn SystemCost() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let report = sv.report;
    let figures = text(move || {
        let fmt = |v: Cents| sv.money(v);
        report.with(|r| cost_markup(r, &fmt))
    });
    let notes = text(move || {
        let fmt = |v: Cents| sv.money(v);
        report.with(|r| notes_markup(r, &fmt))
    });
    view! {
        <div class="system-figures" inner_html=figures />
        <SystemMoneyRange />
        <div class="system-notes" inner_html=notes />
    }
}

/// One `<div><dt>..</dt><dd ..>..</dd></div>` of a figure list.
fn figure(out: &mut String, class: &str, attrs: &str, label: &str, value: &str) {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    *out += &format!(
        "<div{class}><dt>{}</dt><dd{attrs}>{}</dd></div>",
        html_text(label),
        html_text(value)
    );
}

/// The two figure lists: per month (with the `data-*` hooks the tests and
/// the print block read) and over the horizon.
fn cost_markup(r: &SystemReport, money: Money) -> String {
    let (go_h, rust_h, plan_h) = r.horizon_totals();
    let overhead = r.plan_toolchain + r.plan_people;
    let net = r.plan_net();
    let negative = |v: Cents| {
        if v.is_negative() {
            "saving negative"
        } else {
            "saving"
        }
    };
    let month = match (r.plan_experience, r.break_even) {
        (None, _) | (_, BreakEven::Immediate) => "0".to_string(),
        (_, BreakEven::Month(m)) => m.to_string(),
        _ => "none".to_string(),
    };
    let mut m = format!(
        "<dl class=\"system-cost\" data-testid=\"system-cost\" data-all-go=\"{}\" data-all-rust=\"{}\" data-plan=\"{}\" data-plan-net=\"{}\" data-horizon-go=\"{}\" data-horizon-rust=\"{}\" data-horizon-plan=\"{}\">",
        r.all_go.attr(),
        r.all_rust.attr(),
        r.plan.attr(),
        net.attr(),
        go_h.attr(),
        rust_h.attr(),
        plan_h.attr(),
    );
    figure(
        &mut m,
        "fig-go",
        "",
        "All in Go, per month",
        &money(r.all_go),
    );
    figure(
        &mut m,
        "fig-rust",
        "",
        "All in Rust, per month",
        &money(r.all_rust),
    );
    figure(
        &mut m,
        "fig-plan",
        " data-testid=\"plan-cost\"",
        "The plan, per month",
        &money(r.plan),
    );
    figure(
        &mut m,
        negative(r.plan_saving()),
        "",
        "The plan's infrastructure saves, per month",
        &money(r.plan_saving()),
    );
    if !overhead.is_zero() {
        figure(
            &mut m,
            "",
            &format!(
                " data-testid=\"system-overhead\" data-value=\"{}\"",
                overhead.attr()
            ),
            "Second toolchain and slower work after the ramp, per month",
            &money(overhead),
        );
    }
    figure(
        &mut m,
        negative(net),
        " data-testid=\"system-net\"",
        if net.is_negative() {
            "The plan costs more, per month, with all of it"
        } else {
            "The plan saves, per month, with all of it"
        },
        &money(net.abs()),
    );
    figure(
        &mut m,
        "",
        &format!(
            " data-testid=\"system-learning\" data-value=\"{}\"",
            r.plan_learning.attr()
        ),
        "Learning Rust, once for the team",
        &money(r.plan_learning),
    );
    figure(
        &mut m,
        "",
        &format!(" data-testid=\"system-break-even\" data-month=\"{month}\""),
        "The plan's break-even",
        &break_even_label(r),
    );
    m += "</dl><dl class=\"system-cost horizon-totals\" data-testid=\"system-horizon\">";
    let h = r.horizon;
    for (class, who, v) in [
        ("fig-go", "All in Go", go_h),
        ("fig-rust", "All in Rust", rust_h),
        ("fig-plan", "The plan", plan_h),
    ] {
        figure(
            &mut m,
            class,
            "",
            &format!("{who}, over {h} months"),
            &money(v),
        );
    }
    m + "</dl>"
}

/// The warning when the plan is not the cheapest over the horizon (the
/// model's words) and the experience rule.
fn notes_markup(r: &SystemReport, money: Money) -> String {
    let mut m = String::new();
    if let Some(w) = horizon_warning(r, money) {
        m += &format!(
            "<p class=\"warning\" data-testid=\"system-warning\">{}</p>",
            html_text(&w)
        );
    }
    let rule = match r.plan_experience {
        Some(e) => format!("{EXPERIENCE_RULE} Here: {e}/5."),
        None => EXPERIENCE_RULE.to_string(),
    };
    m + &format!("<p class=\"note\">{}</p>", html_text(&rule))
}

/// Cumulative cost of all-Go, the plan and all-Rust over the horizon, in
/// the single page's chart frame.
#[component]
pub fn SystemChart() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let report = sv.report;
    let horizon = Memo::new(move |_| report.with(|r| r.horizon.max(1)));
    let axis = Memo::new(move |_| {
        let h = horizon.get();
        let highest = report.with(|r| {
            [
                r.cumulative_go(h),
                r.cumulative_plan(h),
                r.cumulative_rust(h),
                r.cumulative_plan(0),
                r.cumulative_rust(0),
            ]
            .into_iter()
            .fold(0.0, |a, c| c.units().max(a))
        });
        money_axis(highest, sv.currency.get().symbol())
    });
    // Straight lines but for the bend where the ramp ends (slower work
    // after it, if any, changes the slope).
    let line = move |option: usize| {
        text(move || {
            let h = horizon.get();
            let top = axis.with(|a| a.top);
            report.with(|r| {
                cumulative_points(&line_months(r.ramp, h), h, top, |m| {
                    r.cumulative_at(m)[option]
                })
            })
        })
    };
    let marker = Memo::new(move |_| {
        report.with(|r| match (r.plan_experience, r.break_even) {
            (Some(_), BreakEven::Month(m)) => Some((m, format!("plan breaks even: month {m}"))),
            _ => None,
        })
    });
    let desc = text(move || {
        let h = horizon.get();
        report.with(|r| {
            format!(
                "Over {h} months: all Go {}, the plan {} and all Rust {}, learning included. Plan break-even: {}.",
                sv.money(r.cumulative_go(h)),
                sv.money(r.cumulative_plan(h)),
                sv.money(r.cumulative_rust(h)),
                break_even_label(r)
            )
        })
    });
    view! {
        <CumulativeChart
            testid="system-chart"
            desc_id="sys-be-desc"
            desc=desc
            horizon=horizon
            axis=axis
            lines=vec![
                ("go", line(0)),
                ("rust", line(2)),
                ("plan", line(1)),
            ]
            marker=marker
            legend=vec![("go", "All Go"), ("plan", "The plan"), ("rust", "All Rust")]
        />
    }
}

/// How sure the plan's money is, in the single page's words and with its
/// hooks (`data-break-even-rust-end`, `data-break-even`,
/// `data-break-even-go-end`, `data-holds`) and the plan's net per month at
/// each point (`data-net-rust-end`, `data-net`, `data-net-go-end`). One
/// render effect over one memo; hidden when nothing moves.
#[component]
pub fn SystemMoneyRange() -> impl IntoView {
    let range = expect_context::<SysCtx>().range;
    move || {
        range.with(|r: &SystemRange| {
            view! {
                <p
                    class="money-range"
                    data-testid="system-money-range"
                    data-break-even-rust-end=r.rust_end.break_even.attr()
                    data-break-even=r.expected.break_even.attr()
                    data-break-even-go-end=r.go_end.break_even.attr()
                    data-holds=r.holds().to_string()
                    data-net-rust-end=r.rust_end.net.attr()
                    data-net=r.expected.net.attr()
                    data-net-go-end=r.go_end.net.attr()
                    hidden=!r.moves
                >
                    {r.sentence().unwrap_or_default()}
                </p>
            }
        })
    }
}

/// Whether the start-here ranking would change across the ranges
/// (`data-changes`), in the model's words; hidden when fewer than two
/// services move.
#[component]
pub fn RankingRange() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (system, range) = (sv.system, sv.range);
    move || {
        let words = system.with(|m| range.with(|r| r.ranking_sentence(m, &plain)));
        let changes = range.with(SystemRange::ranking_changes);
        let hidden = words.is_none();
        view! {
            <p
                class="note ranking-range"
                data-testid="ranking-range"
                data-changes=changes.to_string()
                hidden=hidden
            >
                {words.unwrap_or_default()}
            </p>
        }
    }
}

/// Which service to move first and the path after it, or why none moves.
#[component]
pub fn StartHere() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (system, report) = (sv.system, sv.report);
    // Which service moves first (or is nearest to moving), and whether any
    // moves: one memo, equal after most keystrokes, so what reads it stays.
    let start = Memo::new(move |_| {
        system.with(|m| {
            report.with(|r| match &r.start {
                Start::Path(steps) => (
                    m.services()[steps[0].index].name.to_string(),
                    String::new(),
                    true,
                ),
                Start::AllGo(Some((i, _))) => {
                    (String::new(), m.services()[*i].name.to_string(), false)
                }
                Start::AllGo(None) => (String::new(), String::new(), false),
            })
        })
    });
    let sentence = text(move || {
        let fmt = |v: Cents| sv.money(v);
        system.with(|m| report.with(|r| start_sentence(m, r, &fmt, &plain)))
    });
    let path = move || {
        let fmt = |v: Cents| sv.money(v);
        system.with(|m| {
            report.with(|r| {
                path_lines(m, r, &fmt, &plain)
                    .into_iter()
                    .map(|l| view! { <li>{l}</li> })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="start-here" data-testid="start-here" data-name=text(move || start.with(|s| s.0.clone())) data-nearest=text(move || start.with(|s| s.1.clone()))>
            <p class="start-sentence">{sentence}</p>
            <div hidden=flag(move || !start.with(|s| s.2))>
                <h3>"The path"</h3>
                <ol class="path" data-testid="path">{path}</ol>
                <RankingRange />
                <p class="note">{START_SCORE}</p>
            </div>
        </div>
    }
}
