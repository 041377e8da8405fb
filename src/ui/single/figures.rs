//! Figures from the cost report, formatted for people with the raw value in `data-value`, and the embed's key figures.

use crate::model::cost::{BreakEven, CostReport, Plan};
use crate::model::decision::break_even_label;
use crate::ui::platform::browser::{money, number};
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// How a [`Figure`] formats its number.
#[derive(Clone, Copy, PartialEq)]
pub enum Unit {
    /// Money in the chosen currency.
    Money,
    /// Decimal gigabytes.
    Gb,
    /// A plain number.
    Plain,
}

/// One number from the cost report: formatted for people, with the raw
/// value in `data-value` for tests and tools.
#[component]
pub fn Figure(
    /// Reads the number from the report.
    pick: fn(&CostReport) -> f64,
    /// How to format it.
    unit: Unit,
    /// `data-testid`, for the figures that are public interface.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let report = expect_context::<Ctx>().report;
    // A memo, so the text and `data-value` re-render only when this number changes.
    let value = Memo::new(move |_| report.with(pick));
    view! { <Shown value=value unit=unit testid=testid plan="" /> }
}

/// One plan's number from a row of the cost table, like [`Figure`], with
/// the plan's id in `data-plan`.
#[component]
pub fn PlanFigure(
    /// Which plan.
    plan: Plan,
    /// The row's numbers, one per plan, in [`Plan::ALL`] order.
    row: Memo<[f64; 3]>,
    /// How to format it.
    unit: Unit,
    /// `data-testid`, for the figures that are public interface.
    testid: &'static str,
) -> impl IntoView {
    let value = Memo::new(move |_| row.with(|r| r[plan.index()]));
    view! { <Shown value=value unit=unit testid=testid plan=plan.id() /> }
}

/// A number formatted for people, the raw value in `data-value`.
#[component]
pub fn Shown(
    /// The number.
    value: Memo<f64>,
    /// How to format it.
    unit: Unit,
    /// `data-testid`, or empty.
    testid: &'static str,
    /// `data-plan`, or empty.
    plan: &'static str,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let (state, intl) = (ctx.state, ctx.intl);
    let shown = text(move || {
        intl.track();
        let v = value.get();
        match unit {
            Unit::Money => money(state.currency.get(), v),
            Unit::Gb => format!("{} GB", number(v)),
            Unit::Plain => number(v),
        }
    });
    view! {
        <span
            data-testid=(!testid.is_empty()).then_some(testid)
            data-plan=(!plan.is_empty()).then_some(plan)
            data-value=text(move || value.get().to_string())
        >
            {shown}
        </span>
    }
}

/// The key figures for the embed: RAM, saving, break-even.
#[component]
pub fn KeyFigures() -> impl IntoView {
    view! {
        <dl class="key-figures">
            <div>
                <dt>"RAM, Go vs Rust"</dt>
                <dd>
                    <Figure pick=|r| r.ram_go_gb unit=Unit::Gb testid="ram-go-gb" />
                    " vs "
                    <Figure pick=|r| r.ram_rust_gb unit=Unit::Gb testid="ram-rust-gb" />
                </dd>
            </div>
            <div>
                <dt>"Monthly saving with Rust"</dt>
                <dd><Figure pick=|r| r.monthly_saving unit=Unit::Money testid="monthly-saving" /></dd>
            </div>
            <div>
                <dt>"Break-even"</dt>
                <dd><BreakEvenText /></dd>
            </div>
        </dl>
    }
}

/// The break-even as data (`data-month`: the month, 0 for immediately,
/// `none` when not within the horizon) and as a phrase.
#[component]
pub fn BreakEvenText() -> impl IntoView {
    let report = expect_context::<Ctx>().report;
    view! {
        <span
            data-testid="break-even"
            data-month=text(move || report.with(|r| match r.break_even {
                BreakEven::Immediate => "0".to_string(),
                BreakEven::Month(m) => m.to_string(),
                BreakEven::AfterHorizon(_) | BreakEven::Never => "none".to_string(),
            }))
        >
            {text(move || report.with(break_even_label))}
        </span>
    }
}
