//! Figures from the cost report, formatted for people with the raw value in `data-value`, and the presenter's headline money of the verdict's plan.

use crate::model::cost::Plan;
use crate::model::cost::{BreakEven, CostReport};
use crate::model::decision::break_even_label;
#[cfg(any(feature = "full", feature = "meeting"))]
use crate::model::decision::MonthlyHeadline;
use crate::model::number::write_number;
use crate::ui::platform::browser::{self, number};
#[cfg(any(feature = "full", feature = "meeting"))]
use crate::ui::shared::text::flag;
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
#[cfg(any(feature = "full", feature = "meeting"))]
use crate::ui::single::readings;
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
    let intl = ctx.intl;
    let shown = text(move || {
        intl.track();
        let v = value.get();
        match unit {
            // The report's money is whole cents already; this reads them back.
            Unit::Money => {
                browser::money(ctx.state.currency.get(), crate::model::money::Cents::of(v))
            }
            Unit::Gb => crate::ui::shared::wording::gigabytes(v),
            Unit::Plain => number(v),
        }
    });
    view! {
        <span
            data-testid=(!testid.is_empty()).then_some(testid)
            data-plan=(!plan.is_empty()).then_some(plan)
            data-value=text(move || write_number(value.get()))
        >
            {shown}
        </span>
    }
}

/// The headline money, for the presenter (the embed's DOM writes the same
/// from the same readings): what the plan the
/// verdict prices (`MoneyVerdict::rust_plan`: the hybrid under a Hybrid
/// verdict, Rust otherwise) gains or loses on Go per month, and its
/// break-even, both from the `MoneyVerdict`, so they are the figures of
/// the verdict's own sentence. `data-plan`, `data-monthly` (positive when
/// the plan saves) and `data-break-even` (as on `verdict-money`) are
/// public interface.
#[cfg(any(feature = "full", feature = "meeting"))]
#[component]
pub fn HeadlineMoney(
    /// The list's class.
    class: &'static str,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Not memos: each reads a few cents off the verdict's money, and a
    // memo type of their own would cost the bundle more than they save.
    let headline = move |part: fn(&MonthlyHeadline) -> &String| text(readings::headline(ctx, part));
    view! {
        <dl
            class=class
            data-testid="headline-money"
            data-plan=text(readings::money(ctx, readings::plan))
            data-monthly=text(readings::money(ctx, readings::monthly))
            data-break-even=text(readings::money(ctx, readings::break_even))
        >
            <div class="saving" class:negative=flag(readings::costs_more(ctx))>
                <dt>{headline(|h| &h.label)}</dt>
                <dd data-testid="headline-monthly">
                    {headline(|h| &h.amount)}
                    <span class="tail">{headline(|h| &h.tail)}</span>
                </dd>
            </div>
            <div>
                <dt>{text(readings::break_even_heading(ctx))}</dt>
                // The head in large type, the reason after it in small:
                // together the cost table's label for the plan.
                <dd data-testid="headline-break-even">
                    {text(readings::break_even_head(ctx))}
                    <span class="tail">{text(readings::break_even_tail(ctx))}</span>
                </dd>
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
