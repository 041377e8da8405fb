//! The system's money: totals, the cumulative chart, and where to start.

use crate::model::cost::BreakEven;
use crate::model::money::Cents;
use crate::model::system::{
    break_even_label, horizon_warning, path_lines, plain, start_sentence, Start, SystemRange,
    SystemReport, EXPERIENCE_RULE, START_SCORE,
};
use crate::model::ticks::money_axis;
use crate::ui::shared::chart::{cumulative_points, CumulativeChart};
use crate::ui::shared::text::{flag, text};
use crate::ui::system::ctx::SysCtx;
use leptos::prelude::*;

/// The money: all-Go, all-Rust and the plan per month, the learning paid
/// once, and the plan's break-even.
#[component]
pub fn SystemCost() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let report = sv.report;
    let fig = move |pick: fn(&SystemReport) -> Cents| text(move || sv.money(report.with(pick)));
    let raw = move |pick: fn(&SystemReport) -> Cents| text(move || report.with(pick).attr());
    // The model's words when the plan is not the cheapest over the horizon.
    let warning = Memo::new(move |_| {
        let fmt = |v: Cents| sv.money(v);
        report.with(|r| horizon_warning(r, &fmt))
    });
    view! {
        <dl
            class="system-cost"
            data-testid="system-cost"
            data-all-go=raw(|r| r.all_go)
            data-all-rust=raw(|r| r.all_rust)
            data-plan=raw(|r| r.plan)
            data-plan-net=raw(SystemReport::plan_net)
            data-horizon-go=raw(|r| r.horizon_totals().0)
            data-horizon-rust=raw(|r| r.horizon_totals().1)
            data-horizon-plan=raw(|r| r.horizon_totals().2)
        >
            <div class="fig-go">
                <dt>"All in Go, per month"</dt>
                <dd>{fig(|r| r.all_go)}</dd>
            </div>
            <div class="fig-rust">
                <dt>"All in Rust, per month"</dt>
                <dd>{fig(|r| r.all_rust)}</dd>
            </div>
            <div class="fig-plan">
                <dt>"The plan, per month"</dt>
                <dd data-testid="plan-cost">{fig(|r| r.plan)}</dd>
            </div>
            <div class="saving" class:negative=flag(move || report.with(|r| r.plan_saving().is_negative()))>
                <dt>"The plan's infrastructure saves, per month"</dt>
                <dd>{fig(SystemReport::plan_saving)}</dd>
            </div>
            <div hidden=move || report.with(|r| (r.plan_toolchain + r.plan_people).is_zero())>
                <dt>"Second toolchain and slower work after the ramp, per month"</dt>
                <dd data-testid="system-overhead" data-value=raw(|r| r.plan_toolchain + r.plan_people)>
                    {fig(|r| r.plan_toolchain + r.plan_people)}
                </dd>
            </div>
            <div class="saving" class:negative=flag(move || report.with(|r| r.plan_net().is_negative()))>
                <dt>{text(move || if report.with(SystemReport::plan_net).is_negative() {
                    "The plan costs more, per month, with all of it".to_string()
                } else {
                    "The plan saves, per month, with all of it".to_string()
                })}</dt>
                <dd data-testid="system-net">{text(move || sv.money(report.with(SystemReport::plan_net).abs()))}</dd>
            </div>
            <div>
                <dt>"Learning Rust, once for the team"</dt>
                <dd data-testid="system-learning" data-value=raw(|r| r.plan_learning)>{fig(|r| r.plan_learning)}</dd>
            </div>
            <div>
                <dt>"The plan's break-even"</dt>
                <dd
                    data-testid="system-break-even"
                    data-month=text(move || report.with(|r| match (r.plan_experience, r.break_even) {
                        (None, _) | (_, BreakEven::Immediate) => "0".to_string(),
                        (_, BreakEven::Month(m)) => m.to_string(),
                        _ => "none".to_string(),
                    }))
                >
                    {text(move || report.with(break_even_label))}
                </dd>
            </div>
        </dl>
        <dl class="system-cost horizon-totals" data-testid="system-horizon">
            <div class="fig-go">
                <dt>{text(move || format!("All in Go, over {} months", report.with(|r| r.horizon)))}</dt>
                <dd>{fig(|r| r.horizon_totals().0)}</dd>
            </div>
            <div class="fig-rust">
                <dt>{text(move || format!("All in Rust, over {} months", report.with(|r| r.horizon)))}</dt>
                <dd>{fig(|r| r.horizon_totals().1)}</dd>
            </div>
            <div class="fig-plan">
                <dt>{text(move || format!("The plan, over {} months", report.with(|r| r.horizon)))}</dt>
                <dd>{fig(|r| r.horizon_totals().2)}</dd>
            </div>
        </dl>
        <SystemMoneyRange />
        <p class="warning" data-testid="system-warning" hidden=flag(move || warning.with(Option::is_none))>
            {text(move || warning.get().unwrap_or_default())}
        </p>
        <p class="note">
            {text(move || report.with(|r| match r.plan_experience {
                Some(e) => format!("{EXPERIENCE_RULE} Here: {e}/5."),
                None => EXPERIENCE_RULE.to_string(),
            }))}
        </p>
    }
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
    let line = move |cost: fn(&SystemReport, u32) -> Cents| {
        text(move || {
            let h = horizon.get();
            let top = axis.with(|a| a.top);
            report.with(|r| {
                let mut months = vec![0.0];
                if r.ramp > 0.0 && r.ramp < f64::from(h) {
                    months.push(r.ramp.ceil());
                }
                months.push(f64::from(h));
                cumulative_points(&months, h, top, |m| cost(r, m as u32).units())
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
                ("go", line(SystemReport::cumulative_go)),
                ("rust", line(SystemReport::cumulative_rust)),
                ("plan", line(SystemReport::cumulative_plan)),
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
    let first = Memo::new(move |_| {
        system.with(|m| {
            report.with(|r| match &r.start {
                Start::Path(steps) => m.services()[steps[0].index].name.to_string(),
                Start::AllGo(_) => String::new(),
            })
        })
    });
    let nearest = Memo::new(move |_| {
        system.with(|m| {
            report.with(|r| match &r.start {
                Start::AllGo(Some((i, _))) => m.services()[*i].name.to_string(),
                _ => String::new(),
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
    let moving = Memo::new(move |_| report.with(|r| matches!(r.start, Start::Path(_))));
    view! {
        <div class="start-here" data-testid="start-here" data-name=text(move || first.get()) data-nearest=text(move || nearest.get())>
            <p class="start-sentence">{sentence}</p>
            <div hidden=flag(move || !moving.get())>
                <h3>"The path"</h3>
                <ol class="path" data-testid="path">{path}</ol>
                <RankingRange />
                <p class="note">{START_SCORE}</p>
            </div>
        </div>
    }
}
