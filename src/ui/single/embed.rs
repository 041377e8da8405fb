//! The embed: the verdict, the sliders, the headline money and the way
//! out to the full calculator, for a blog post's iframe.
//!
//! Built once as plain DOM nodes ([`crate::ui::platform::dom`]) bound to
//! the same [`Ctx`] memos as the page, so it shows the page's figures
//! word for word (a browser test compares the two), and its bundle
//! carries the reactive graph but not Leptos's view layer. Its markup and
//! `data-testid`s are those of the page's verdict card, sliders and
//! headline money (`ui::single::rubric`, `ui::single::figures`); the
//! words the two share are in [`crate::ui::shared::wording`].

use crate::model::anchors::anchor;
use crate::model::cost::CostReport;
use crate::model::decision::MonthlyHeadline;
use crate::model::number::write_number;
use crate::model::query::{Notice, Parsed};
use crate::model::score::Category;
use crate::ui::platform::browser;
use crate::ui::platform::dom::{el, El};
use crate::ui::shared::style::side_class;
use crate::ui::shared::wording;
use crate::ui::single::ctx::Ctx;
use crate::ui::single::readings;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Builds the embed for what the URL said and puts it in the page's body.
pub fn start(parsed: Parsed) {
    let ctx = Ctx::new(parsed.state, parsed.view);
    ctx.follow_address();
    let main = el("main")
        .attr("class", "embed-layout")
        .children(notices(parsed.notices))
        // The verdict comes first: a host page that keeps the snippet's
        // fixed height still shows it, whatever the reader's width.
        .children(verdict_card(ctx))
        .child(
            el("div")
                .attr("class", "sliders")
                .children(Category::ALL.map(|c| slider(ctx, c))),
        )
        .child(key_figures(ctx))
        // The money's range and the way out share one row, so the
        // snippet's height still shows the link.
        .child(
            el("div")
                .attr("class", "embed-foot")
                .child(money_range(ctx))
                .child(open_full(ctx)),
        );
    if let Some(body) = document().body() {
        let _ = body.append_child(main.node());
    }
}

/// What in the URL could not be used as written; `Dismiss` removes it.
fn notices(notices: Vec<Notice>) -> Option<El> {
    if notices.is_empty() {
        return None;
    }
    let more = notices.len().saturating_sub(wording::NOTICES_SHOWN);
    let list = el("ul").children(notices.iter().take(wording::NOTICES_SHOWN).map(|n| {
        el("li")
            .child(el("code").text(&n.param))
            .text(" ")
            .text(&n.message)
            .text(".")
    }));
    let card = el("div")
        .attr("class", "notices")
        .attr("role", "status")
        .attr("data-testid", "notices")
        .child(el("p").text(wording::NOTICES_HEADING))
        .child(list)
        .children((more > 0).then(|| el("p").text(&wording::notices_more(more))));
    let node = card.node().clone();
    let dismiss = el("button")
        .attr("type", "button")
        .attr("class", "secondary")
        .text(wording::DISMISS)
        .on("click", move |_| node.remove());
    Some(card.child(dismiss))
}

/// The verdict card (as the page's `VerdictCard` without the range) and
/// its live region.
fn verdict_card(ctx: Ctx) -> [El; 2] {
    let reasons = readings::reasons(ctx);
    let card = el("div")
        .bind_attr("class", readings::card_class(ctx))
        .attr("data-testid", "verdict")
        .bind_attr("data-verdict", readings::verdict_id(ctx))
        .bind_attr("data-lean", readings::lean(ctx))
        .child(
            el("p")
                .attr("class", "eyebrow")
                .bind_text(readings::heading(ctx)),
        )
        .child(
            el("p")
                .attr("class", "verdict-title")
                .bind_text(readings::title(ctx)),
        )
        .child(
            el("p")
                .attr("class", "firmness")
                .attr("data-testid", "firmness")
                .bind_text(readings::firmness(ctx)),
        )
        .child(
            el("p")
                .attr("class", "weights-note")
                .attr("data-testid", "weights-note")
                .bind_flag("hidden", readings::weights_equal(ctx))
                .bind_text(readings::weights_note(ctx)),
        )
        .child(
            el("p")
                .attr("class", "rationale")
                .bind_text(readings::rationale(ctx)),
        )
        .child(verdict_money(ctx))
        .child(
            el("ul")
                .attr("class", "reasons")
                .attr("data-testid", "reasons")
                .bind_items("li", reasons),
        );
    let live = el("p")
        .attr("class", "sr-only")
        .attr("aria-live", "polite")
        .attr("data-testid", "verdict-live")
        .bind_text(readings::spoken(ctx));
    [card, live]
}

/// The priced plan, its monthly difference against Go and its break-even
/// as data, as `verdict-money` and `headline-money` both carry them.
fn money_data(e: El, ctx: Ctx) -> El {
    e.bind_attr("data-plan", readings::money(ctx, readings::plan))
        .bind_attr("data-monthly", readings::money(ctx, readings::monthly))
        .bind_attr(
            "data-break-even",
            readings::money(ctx, readings::break_even),
        )
}

/// The sentence that joins the verdict and the money (as `VerdictMoney`).
fn verdict_money(ctx: Ctx) -> El {
    money_data(
        el("p")
            .attr("class", "verdict-money")
            .attr("data-testid", "verdict-money"),
        ctx,
    )
    .bind_attr(
        "data-value-needed",
        readings::money(ctx, readings::value_needed),
    )
    .bind_text(readings::sentence(ctx))
}

/// One category's slider (as the page's compact `SliderRow`).
fn slider(ctx: Ctx, category: Category) -> El {
    let score = ctx.state.score(category);
    let param = category.param();
    let (id, anchor_id) = readings::slider_ids(category);
    let value = move || score.get().to_string();
    let head = el("div")
        .attr("class", "slider-head")
        .child(el("label").attr("for", &id).text(category.label()))
        .child(
            el("span")
                .attr("class", &format!("side {}", side_class(category.side())))
                .text(wording::pull_note(category)),
        )
        .child(
            el("output")
                .attr("for", &id)
                .attr("class", "score")
                .attr("aria-hidden", "true")
                .bind_text(value),
        );
    let input = el("input")
        .attr("type", "range")
        .attr("id", &id)
        .attr("name", param)
        .attr("min", "1")
        .attr("max", "5")
        .attr("step", "1")
        .bind_value(value)
        .bind_attr("aria-valuetext", move || {
            wording::score_spoken(category, score.get())
        })
        .attr("aria-describedby", &anchor_id);
    let node: web_sys::HtmlInputElement = input.node().clone().unchecked_into();
    let input = input.on("input", move |_| {
        readings::set_score(ctx, category, &node.value())
    });
    let ticks = el("div")
        .attr("class", "ticks")
        .attr("aria-hidden", "true")
        .children(["1", "2", "3", "4", "5"].map(|t| el("span").text(t)));
    el("div")
        .attr("class", "slider-row")
        .child(head)
        .child(input)
        .child(ticks)
        .child(
            el("p")
                .attr("class", "anchor")
                .attr("id", &anchor_id)
                .bind_text(move || anchor(category, score.get()).to_string()),
        )
}

/// The key figures: the RAM of the Go and Rust fleets, then the headline
/// money of the plan the verdict prices (as the page's `HeadlineMoney`,
/// whose `data-*` attributes it keeps).
fn key_figures(ctx: Ctx) -> El {
    let (intl, report) = (ctx.intl, ctx.report);
    let gb = move |pick: fn(&CostReport) -> f64, testid: &str| {
        el("span")
            .attr("data-testid", testid)
            .bind_attr("data-value", move || write_number(report.with(pick)))
            .bind_text(move || {
                intl.track();
                wording::gigabytes(report.with(pick))
            })
    };
    let headline = move |part: fn(&MonthlyHeadline) -> &String| readings::headline(ctx, part);
    let ram = el("div").child(el("dt").text("RAM, Go vs Rust")).child(
        el("dd")
            .child(gb(|r| r.ram_go_gb(), "ram-go-gb"))
            .text(" vs ")
            .child(gb(|r| r.ram_rust_gb(), "ram-rust-gb")),
    );
    let costs_more = readings::costs_more(ctx);
    let saving = el("div")
        .bind_attr("class", move || {
            if costs_more() {
                "saving negative"
            } else {
                "saving"
            }
            .to_string()
        })
        .child(el("dt").bind_text(headline(|h| &h.label)))
        .child(
            el("dd")
                .attr("data-testid", "headline-monthly")
                .bind_text(headline(|h| &h.amount))
                .child(
                    el("span")
                        .attr("class", "tail")
                        .bind_text(headline(|h| &h.tail)),
                ),
        );
    // The head in large type, the reason after it in small: together the
    // cost table's label for the plan.
    let break_even = el("div")
        .child(el("dt").bind_text(readings::break_even_heading(ctx)))
        .child(
            el("dd")
                .attr("data-testid", "headline-break-even")
                .bind_text(readings::break_even_head(ctx))
                .child(
                    el("span")
                        .attr("class", "tail")
                        .bind_text(readings::break_even_tail(ctx)),
                ),
        );
    money_data(
        el("dl")
            .attr("class", "key-figures")
            .attr("data-testid", "headline-money"),
        ctx,
    )
    .child(ram)
    .child(saving)
    .child(break_even)
}

/// How sure the money is, in its one-line form (as the page's
/// `MoneyRangeText short`).
fn money_range(ctx: Ctx) -> El {
    let range = ctx.money_range;
    el("p")
        .attr("class", "money-range short")
        .attr("data-testid", "money-range")
        .bind_attr("data-break-even-rust-end", move || {
            range.with(readings::rust_end)
        })
        .bind_attr("data-break-even", move || range.with(readings::expected))
        .bind_attr("data-break-even-go-end", move || {
            range.with(readings::go_end)
        })
        .bind_attr("data-holds", move || range.with(readings::holds))
        .bind_text(move || range.with(|r| r.short()))
}

/// The way out: the full calculator with this state, in a new tab; its
/// `href` is written when the link is reached (as `StateLink`).
fn open_full(ctx: Ctx) -> El {
    let a = el("a")
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .text("Open full calculator");
    browser::href_on_reach(a.node(), move || ctx.link());
    el("p").attr("class", "open-full").child(a)
}
