//! The cost section: price list, cost fields, the three-plan table, the cumulative chart, the scale hint and the assumptions.

use crate::model::cost::{line_months, BreakEven, CostInputs, CostReport, Plan, PlanCost, RULES};
use crate::model::decision::{break_even_sentence, plan_break_even_label};
use crate::model::estimate::{End, Spread};
use crate::model::fields::{Field, Group};
use crate::model::prices::{conversion_note, Cloud};
use crate::model::score::Category;
use crate::model::ticks::money_axis;
use crate::ui::platform::browser::{money, number};
use crate::ui::shared::chart::{band_path, cumulative_points, CumulativeChart};
use crate::ui::shared::currency::{CurrencySelect, FxField};
use crate::ui::shared::number_field::NumberField;
use crate::ui::shared::text::{flag, text, Text};
use crate::ui::single::ctx::Ctx;
use crate::ui::single::figures::{BreakEvenText, Figure, PlanFigure, Unit};
use leptos::prelude::*;

/// The whole cost estimator. What the figures do not need comes in as
/// views the page loads after them (ui::single::later).
#[component]
pub fn CostPanel(
    /// The currency and its rate ([`CurrencyFields`]).
    currency_fields: AnyView,
    /// The inputs ([`InputsColumn`]).
    inputs: AnyView,
    /// The chart and the scale hint ([`BreakEvenChart`], [`ScaleHint`]).
    chart: AnyView,
    /// The assumptions list ([`Assumptions`]).
    assumptions: AnyView,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let currency = state.currency;
    view! {
        <div class="cost-head">
            <h2 id="h-cost">"What each choice costs"</h2>
            {currency_fields}
        </div>
        <p class="conversion-note" data-testid="conversion-note" hidden=move || conversion_note(currency.get(), state.fx.get()).is_none()>
            {move || conversion_note(currency.get(), state.fx.get()).unwrap_or_default()}
        </p>
        <div class="cost-grid">
            <div class="cost-inputs">
                {inputs}
            </div>
            <div class="cost-out">
                <CostTable />
                {chart}
            </div>
        </div>
        {assumptions}
    }
}

/// The currency the money is shown in, and its rate to the dollar.
#[component]
pub fn CurrencyFields() -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let currency = state.currency;
    view! {
        <CurrencySelect current=currency.into() set=move |c| state.update(|s| s.set_currency(c)) />
        <FxField currency=currency.into() fx=state.fx.into() set=move |fx| state.update(|s| s.set_fx(fx)) />
    }
}

/// The estimator's inputs: the price list, then each group's fields.
#[component]
pub fn InputsColumn() -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let fields = |group: Group| {
        Field::ALL
            .into_iter()
            .filter(move |f| f.spec().group == group)
            .map(|f| view! { <CostField field=f /> })
            .collect_view()
    };
    view! {
                <PricePicker />
                {Group::ALL
                    .map(|g| {
                        view! {
                            <fieldset>
                                <legend>{g.legend()}</legend>
                                {fields(g)}
                                {(g == Group::People).then(|| view! {
                                    <p class="hint">
                                        {move || {
                                            let exp = state.score(Category::Experience).get();
                                            format!(
                                                "Team Rust experience {exp}/5 scales the learning cost to {}% of the full ramp-up.",
                                                (crate::model::cost::learning_share(exp) * 100.0).round() as i64
                                            )
                                        }}
                                    </p>
                                })}
                            </fieldset>
                        }
                    })
                    .into_iter()
                    .collect_view()}
    }
}

/// The price list that fills $/GB-month and $/vCPU-month: which cloud,
/// its list prices with source and date, and whether the fields were
/// edited since. The figures are assumptions to edit, not the user's bill.
#[component]
pub fn PricePicker() -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let cloud = state.cloud;
    // The list and the two price fields only.
    let edited = Memo::new(move |_| {
        let prices = [Field::GbMonth, Field::VcpuMonth].map(|f| (f, state.field(f).get()));
        !cloud
            .get()
            .matches(&CostInputs::default().with(&prices), state.fx.get())
    });
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(c) = Cloud::parse(&event_target_value(&ev)) {
            state.update(|s| s.set_cloud(c));
        }
    };
    view! {
        <div class="prices" data-testid="prices">
            <label for="f-cloud">"Prices"</label>
            <div class="prices-row">
                <select id="f-cloud" name="cloud" on:change=on_change prop:value=move || cloud.get().id()>
                    {Cloud::ALL.map(|c| view! { <option value=c.id()>{c.list().name}</option> }).into_iter().collect_view()}
                </select>
                <span class="modified" data-testid="prices-edited" hidden=move || !edited.get()>"edited"</span>
            </div>
            <p class="source prices-source">
                {move || {
                    let c = cloud.get();
                    let l = c.list();
                    format!(
                        "{}: {} at {} h/month; {}, {}.{}",
                        l.source,
                        c.list_prices(),
                        crate::model::prices::HOURS_PER_MONTH,
                        l.url,
                        l.as_of,
                        l.caveat.map(|x| format!(" {x}")).unwrap_or_default()
                    )
                }}
            </p>
        </div>
    }
}

/// One numeric input with its unit, source and inline error.
#[component]
pub fn CostField(
    /// Which input this is.
    field: Field,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let spec = field.spec();
    let value = state.field(field);
    let unit = text(move || spec.unit.suffix(state.currency.get().symbol()).to_string());
    let spread = state.spread(field);
    let commit = move |v| {
        if field.accepts(v) {
            value.set(v);
            // An end the new expected value passed moves with it.
            if let Some(s) = spread {
                let fitted = Spread::of(s.get_untracked().around(v));
                if s.get_untracked() != fitted {
                    s.set(fitted);
                }
            }
        }
    };
    view! {
        <NumberField
            field=field
            value=value.into()
            commit=commit
            id=format!("f-{}", spec.param)
            label=spec.label
            unit=unit
            with_source=true
            error_testid=true
        />
        {spread.map(|s| view! { <RangeEnds field=field spread=s unit=unit /> })}
    }
}

/// The low and high ends of a range field's estimate, beside its expected
/// value: each a number field of the same field (same parser and bounds),
/// refusing an end on the wrong side of the expected value with a message
/// that says what is still used.
#[component]
pub fn RangeEnds(
    /// Which input this is.
    field: Field,
    /// Its ends.
    spread: RwSignal<Spread>,
    /// The unit after each end.
    unit: Text,
) -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let expected = state.field(field);
    let spec = field.spec();
    let estimate = move || spread.get().around(expected.get());
    let end = move |end: End| {
        let value = Signal::derive(move || end.of(estimate()));
        let guard = Callback::new(move |v: f64| end.set(untrack(estimate), v).err());
        let commit = move |v: f64| {
            if let Ok(e) = end.set(untrack(estimate), v) {
                spread.set(Spread::of(e));
            }
        };
        let label = match end {
            End::Low => "Low end",
            End::High => "High end",
        };
        view! {
            <NumberField
                field=field
                value=value
                commit=commit
                id=format!("f-{}-{}", spec.param, end.id())
                name=format!("{}_{}", spec.param, end.id())
                label=label
                unit=unit
                guard=guard
            />
        }
    };
    view! {
        <div class="range-ends" role="group" aria-label=format!("Range: {}", spec.label) data-testid=format!("range-{}", spec.param)>
            {End::BOTH.map(end).into_iter().collect_view()}
        </div>
    }
}

/// A table row comparing the three plans.
#[component]
pub fn PlanRow(
    /// Row heading.
    label: &'static str,
    /// The figure, per plan.
    pick: fn(&PlanCost) -> f64,
    /// How it is formatted.
    unit: Unit,
    /// `data-testid` of each plan's figure, if public.
    #[prop(optional)]
    testid: &'static str,
    /// The per-side ids of the Go and Rust figures, public since before the
    /// hybrid column existed.
    #[prop(optional)]
    ids: (&'static str, &'static str),
    /// Whether the row is left out while every plan's figure is zero, as
    /// the exports leave it out.
    #[prop(optional)]
    hide_zero: bool,
    /// The row's class (`total` for a sum).
    #[prop(optional)]
    class: &'static str,
    /// Whether the heading ends with the horizon: "Total over 24 months".
    #[prop(optional)]
    over_horizon: bool,
) -> impl IntoView {
    let report = expect_context::<Ctx>().report;
    // One memo per row: a change that leaves the row alone (the learning
    // rows when a RAM field changes) re-runs one memo, not three.
    let row = Memo::new(move |_| report.with(|r| Plan::ALL.map(|p| pick(r.plan(p)))));
    let heading = text(move || {
        if over_horizon {
            format!("{label} {} months", report.with(|r| r.horizon))
        } else {
            label.to_string()
        }
    });
    view! {
        <tr class=class hidden=flag(move || hide_zero && row.get() == [0.0; 3])>
            <th scope="row">{heading}</th>
            {Plan::ALL
                .map(|p| {
                    let id = match p {
                        Plan::Go if !ids.0.is_empty() => ids.0,
                        Plan::Rust if !ids.1.is_empty() => ids.1,
                        _ => testid,
                    };
                    view! { <td><PlanFigure plan=p row=row unit=unit testid=id /></td> }
                })
                .into_iter()
                .collect_view()}
        </tr>
    }
}

/// The three plans side by side and the headline figures for Rust.
#[component]
pub fn CostTable() -> impl IntoView {
    let report = expect_context::<Ctx>().report;
    let be = move |p: Plan| {
        text(move || {
            report.with(|r| {
                if p == Plan::Go {
                    "-".to_string()
                } else {
                    plan_break_even_label(r, p)
                }
            })
        })
    };
    view! {
        // Scrolls inside its own box on the narrowest screens, where three
        // amounts to the cent and their labels do not fit.
        <div class="table-scroll">
        <table class="cost-table">
            <caption class="sr-only">"Monthly cost of Go, the hybrid and Rust"</caption>
            <thead>
                <tr>
                    <th scope="col">"Per month"</th>
                    {Plan::ALL.map(|p| view! { <th scope="col">{p.name()}</th> }).into_iter().collect_view()}
                </tr>
            </thead>
            <tbody>
                <PlanRow label="Total RAM" pick=|p| p.ram_gb unit=Unit::Gb ids=("ram-go-gb", "ram-rust-gb") class="units" />
                <PlanRow label="RAM cost" pick=|p| p.ram_cost() unit=Unit::Money testid="plan-ram-cost" />
                <PlanRow label="vCPUs" pick=|p| p.cpu unit=Unit::Plain class="units" />
                <PlanRow label="CPU cost" pick=|p| p.cpu_cost() unit=Unit::Money testid="plan-cpu-cost" />
                <PlanRow label="Infrastructure (RAM + CPU)" pick=|p| p.infra() unit=Unit::Money testid="plan-cost" />
                <PlanRow label="Second toolchain" pick=|p| p.toolchain_month() unit=Unit::Money testid="plan-toolchain" />
                <PlanRow label="Latency and safety cost (what Rust avoids)" pick=|p| p.risk_month() unit=Unit::Money testid="plan-risk" hide_zero=true />
                <PlanRow label="Total per month" pick=|p| p.cents.month().units() unit=Unit::Money testid="plan-month" class="total" />
                <PlanRow label="Slower work after the ramp, per month" pick=|p| p.people_month() unit=Unit::Money testid="plan-people" hide_zero=true />
                <PlanRow label="One-time learning" pick=|p| p.learning() unit=Unit::Money testid="plan-learning" />
                <PlanRow label="Total over" pick=|p| p.horizon_total().units() unit=Unit::Money testid="plan-total" class="total" over_horizon=true />
                <tr>
                    <th scope="row">"Break-even vs Go"</th>
                    {Plan::ALL.map(|p| view! { <td class="be-cell">{be(p)}</td> }).into_iter().collect_view()}
                </tr>
            </tbody>
        </table>
        </div>
        <p class="table-note">{text(move || report.with(hybrid_note))}</p>
        <dl class="cost-summary">
            <div class="saving" class:negative=move || report.with(|r| r.monthly_saving() < 0.0)>
                <dt>"Monthly saving with Rust"</dt>
                <dd><Figure pick=|r| r.monthly_saving() unit=Unit::Money testid="monthly-saving" /></dd>
            </div>
            <div>
                <dt>"One-time cost of learning Rust"</dt>
                <dd><Figure pick=|r| r.learning_cost() unit=Unit::Money testid="learning-cost" /></dd>
            </div>
            <div>
                <dt>"Break-even"</dt>
                <dd><BreakEvenText /></dd>
            </div>
        </dl>
    }
}

/// What the hybrid column assumes, in a few words.
fn hybrid_note(r: &CostReport) -> String {
    let h = r.plan(Plan::Hybrid);
    format!(
        "Hybrid: {}% of the load in Rust, {} of the engineers learning it. Infrastructure is RAM and CPU only; the toolchain and learning rows are separate.",
        number(h.rust_share * 100.0),
        number(h.rust_engineers),
    )
}

/// Cumulative cost of the three plans over the horizon, with the break-even.
#[component]
pub fn BreakEvenChart() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let report = ctx.report;
    let range = ctx.money_range;
    let currency = ctx.state.currency;
    let intl = ctx.intl;
    let horizon = Memo::new(move |_| report.with(|r| r.horizon.max(1)));
    let axis = Memo::new(move |_| {
        let hf = f64::from(horizon.get());
        let highest = report.with(|r| {
            r.plans
                .iter()
                .map(|p| p.cumulative_at(hf).max(p.cumulative_at(0.0)))
                .fold(0.0, f64::max)
        });
        let highest = highest.max(range.with(|m| m.band_top()));
        money_axis(highest, currency.get().symbol())
    });
    // The priced plan's cumulative cost across the ranges, behind its
    // line: one render effect for the whole path, which changes as a whole.
    let band = move || {
        let (h, top) = (horizon.get(), axis.with(|a| a.top));
        range.with(|m| {
            let class = if m.plan == Plan::Hybrid {
                "band hybrid"
            } else {
                "band rust"
            };
            view! {
                <path
                    class=class
                    d=band_path(&m.band(), h, top)
                    data-testid="chart-band"
                    data-rust-end=m.rust_end.cost.cumulative(m.horizon).to_string()
                    data-go-end=m.go_end.cost.cumulative(m.horizon).to_string()
                />
            }
        })
    };
    // Each plan's line is straight but for one bend where the ramp ends
    // (slower work after it, if any, changes the slope).
    let line = move |plan: Plan| {
        text(move || {
            let h = horizon.get();
            let top = axis.with(|a| a.top);
            report.with(|r| {
                let p = r.plan(plan);
                cumulative_points(&line_months(p.ramp_months, h), h, top, |m| {
                    p.cumulative_at(m)
                })
            })
        })
    };
    let marker = Memo::new(move |_| {
        report.with(|r| match r.break_even {
            BreakEven::Month(m) => Some((m, format!("break-even: month {m}"))),
            _ => None,
        })
    });
    let desc = text(move || {
        intl.track();
        let cur = currency.get();
        let h = horizon.get();
        let band = range.with(|m| m.band_sentence(&|v| money(cur, v)));
        report.with(|r| {
            format!(
                "Over {h} months Go costs {}, the hybrid {} and Rust {}, learning included. {} {band}",
                money(cur, r.plan(Plan::Go).total(h)),
                money(cur, r.plan(Plan::Hybrid).total(h)),
                money(cur, r.plan(Plan::Rust).total(h)),
                break_even_sentence(r, &|v| money(cur, v))
            )
        })
    });
    view! {
        <CumulativeChart
            testid="break-even-chart"
            desc_id="be-desc"
            desc=desc
            horizon=horizon
            axis=axis
            lines=vec![("go", line(Plan::Go)), ("hybrid", line(Plan::Hybrid)), ("rust", line(Plan::Rust))]
            marker=marker
            legend=vec![("go", "Go"), ("hybrid", "Hybrid"), ("rust", "Rust (learning included)"), ("band", "Range across the estimates")]
            band=ViewFn::from(move || band)
        />
    }
}

/// What the money suggests for the scale score. The page only suggests;
/// the button lets the user adopt it.
#[component]
pub fn ScaleHint() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let hint = Memo::new(move |_| ctx.report.with(|r| r.hint));
    let current = state.score(Category::Scale);
    view! {
        <p class="scale-hint" data-testid="scale-hint" data-score=move || hint.get().score.get()>
            {move || {
                let h = hint.get();
                format!(
                    "These numbers suggest a projected scale / resource cost score of {}: {}. You scored it {}.",
                    h.score,
                    h.why,
                    current.get()
                )
            }}
            " "
            <button
                type="button"
                class="link-button"
                hidden=move || hint.get().score == current.get()
                on:click=move |_| {
                    let s = hint.get_untracked().score;
                    current.set(s);
                }
            >
                {move || format!("Use {}", hint.get().score)}
            </button>
        </p>
    }
}

/// Every default and where it comes from.
#[component]
pub fn Assumptions() -> impl IntoView {
    view! {
        <details class="assumptions">
            <summary>"Assumptions and sources"</summary>
            <ul>
                {Field::ALL
                    .map(|f| {
                        let s = f.spec();
                        view! {
                            <li>
                                <strong>{s.label}</strong>
                                {format!(" (default {}): ", crate::model::number::plain_number(s.default))}
                                {f.source()}
                            </li>
                        }
                    })
                    .into_iter().collect_view()}
                {RULES
                    .map(|r| view! { <li><strong>{r.name}</strong>": "{r.text}</li> })
                    .into_iter().collect_view()}
                <li>
                    <strong>"The seeds"</strong>
                    ": seed 000, \"Deep Engineering #51: Francesco Ciulla on Rust, Go, and Service-Level Engineering Decisions\" (Packt Deep Engineering, 2026); seed 001, \"Try Rust With Your Own Hands and Eyes with Francesco Ciulla\" (Deep Engineering Live, 2026); seed 002, \"Why I Chose Go Over Rust for My SaaS Backend (And When I Regretted It)\" (Yussuf Hersi, NextDeploy, January 2025); seed 003, a Go-vs-Rust decision guide (calmops.com) with the five-category decision matrix this rubric uses; seed 004, \"Rust vs Go: Picking the Right One for Your Next Project\" (Anurag Sinha). The project's SOURCES.md gives every default, threshold and scenario with its public source."
                </li>
                <li>
                    <strong>"Prices"</strong>
                    ": editable defaults, not facts about your bill. In € or £ the list prices and the defaults sourced in US dollars are converted at the rate beside the currency (by default the ECB reference rate of 28 February 2025); amounts you type are taken as typed."
                </li>
            </ul>
        </details>
    }
}
