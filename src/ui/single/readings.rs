//! What the page's components and the embed read off [`Ctx`]: one
//! function per value they show, so the Leptos views (`rubric.rs`,
//! `figures.rs`) and the embed's DOM (`embed.rs`) write the same text,
//! classes and `data-*` attributes by the same rule. Each returns a
//! closure a view binds (Leptos's `text`, the embed's `bind_text`).

use crate::model::decision::MoneyVerdict;
use crate::model::number::write_number;
use crate::model::range::MoneyRange;
use crate::model::score::{Category, Score};
use crate::ui::platform::browser;
use crate::ui::shared::style::verdict_class;
use crate::ui::shared::wording;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// The verdict card's classes: its colours follow the verdict.
pub fn card_class(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || format!("verdict-card {}", verdict_class(ctx.verdict.get().0))
}

/// The verdict's id (`data-verdict`).
pub fn verdict_id(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.verdict.get().0.id().to_string()
}

/// The lean, -1 (Go) to 1 (Rust), as data (`data-lean`).
pub fn lean(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.eval.with(|e| write_number(e.lean()))
}

/// The card's heading: the service's name when it has one.
pub fn heading(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.state.name.with(wording::verdict_heading)
}

/// The verdict's title.
pub fn title(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.verdict.get().0.title().to_string()
}

/// How firm the verdict is. Not a memo: read once per card, and it
/// re-runs when the scores change anyway.
pub fn firmness(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || wording::firmness_line(&ctx.state.scores(), &ctx.state.weights.get())
}

/// Whether the weights are the rubric's own (the weights note hides).
pub fn weights_equal(ctx: Ctx) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || ctx.state.weights.with(|w| w.is_default())
}

/// What the weights change, or nothing.
pub fn weights_note(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.state.weights.with(|w| w.describe().unwrap_or_default())
}

/// The verdict's rationale.
pub fn rationale(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.verdict.get().1.to_string()
}

/// What the live region says: the verdict alone, so a drag is announced
/// once per change of verdict rather than once per step.
pub fn spoken(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || wording::verdict_spoken(ctx.verdict.get().0)
}

/// The reasons as text, a memo: the list is rebuilt only when a reason
/// changes, not on every keystroke in a cost field.
pub fn reasons(ctx: Ctx) -> Memo<Vec<String>> {
    let (eval, state) = (ctx.eval, ctx.state);
    Memo::new(move |_| {
        let cost = state.cost();
        eval.with(|e| e.reasons.iter().map(|r| r.text(&cost)).collect())
    })
}

/// One `data-*` value of the verdict's money (see [`plan`], [`monthly`],
/// [`break_even`], [`value_needed`]).
pub fn money(
    ctx: Ctx,
    value: fn(&MoneyVerdict) -> String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.money.with(value)
}

/// The plan the money prices (`data-plan`).
pub fn plan(m: &MoneyVerdict) -> String {
    m.rust_plan.id().to_string()
}

/// Its monthly difference against Go, positive when it saves (`data-monthly`).
pub fn monthly(m: &MoneyVerdict) -> String {
    m.monthly().attr()
}

/// Its break-even (`data-break-even`).
pub fn break_even(m: &MoneyVerdict) -> String {
    m.break_even().attr()
}

/// What latency and safety must be worth a month (`data-value-needed`).
pub fn value_needed(m: &MoneyVerdict) -> String {
    m.value_needed.unwrap_or_default().attr()
}

/// The sentence that joins the verdict and the money, in the chosen
/// currency, once `Intl` formats numbers.
pub fn sentence(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let (money, state, intl) = (ctx.money, ctx.state, ctx.intl);
    move || {
        intl.track();
        let cur = state.currency.get();
        money.with(|m| m.sentence(&|v| browser::money(cur, v)))
    }
}

/// One part of the headline money: its label, amount or tail.
#[cfg(any(feature = "embed", feature = "full", feature = "meeting"))]
pub fn headline(
    ctx: Ctx,
    part: fn(&crate::model::decision::MonthlyHeadline) -> &String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let (money, state, intl) = (ctx.money, ctx.state, ctx.intl);
    move || {
        intl.track();
        let cur = state.currency.get();
        money.with(|m| part(&m.monthly_headline(&|v| browser::money(cur, v))).clone())
    }
}

/// Whether the priced plan costs more than Go (the headline turns red).
#[cfg(any(feature = "embed", feature = "full", feature = "meeting"))]
pub fn costs_more(ctx: Ctx) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || ctx.money.with(|m| m.monthly().is_negative())
}

/// The break-even's heading ("Rust break-even").
#[cfg(any(feature = "embed", feature = "full", feature = "meeting"))]
pub fn break_even_heading(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.money.with(|m| m.break_even_heading())
}

/// The break-even's head, in large type.
#[cfg(any(feature = "embed", feature = "full", feature = "meeting"))]
pub fn break_even_head(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || ctx.money.with(|m| m.break_even_parts().0)
}

/// The reason after the head, in small type, or nothing.
#[cfg(any(feature = "embed", feature = "full", feature = "meeting"))]
pub fn break_even_tail(ctx: Ctx) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || {
        ctx.money
            .with(|m| wording::reason_tail(m.break_even_parts().1))
    }
}

/// The break-even at the end of every range that favours Rust
/// (`data-break-even-rust-end`).
pub fn rust_end(r: &MoneyRange) -> String {
    r.rust_end.break_even.attr()
}

/// The break-even at the expected values (`data-break-even`).
pub fn expected(r: &MoneyRange) -> String {
    r.expected.break_even.attr()
}

/// The break-even at the end that favours Go (`data-break-even-go-end`).
pub fn go_end(r: &MoneyRange) -> String {
    r.go_end.break_even.attr()
}

/// Whether the money's verdict is the same at both ends (`data-holds`).
pub fn holds(r: &MoneyRange) -> String {
    r.holds().to_string()
}

/// A slider's id and its anchor's.
pub fn slider_ids(category: Category) -> (String, String) {
    let param = category.param();
    (format!("s-{param}"), format!("a-{param}"))
}

/// Reads a slider's value into its score; anything that is not a score
/// (it cannot be, from a range input of 1-5) is ignored.
pub fn set_score(ctx: Ctx, category: Category, raw: &str) {
    if let Some(s) = raw.parse::<u8>().ok().and_then(Score::new) {
        ctx.state.score(category).set(s);
    }
}
