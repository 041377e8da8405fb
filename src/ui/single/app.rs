//! The single-service page and its embed: the state, the memos over it, and the layout.

use crate::model::cost::estimate;
use crate::model::decision::decide;
use crate::model::query::{parse_query, to_query, Notice, Parsed};
use crate::model::range::money_range;
use crate::model::rubric::evaluate_weighted;
use crate::model::score::Category;
use crate::ui::platform::browser;
use crate::ui::shared::address::{start_intl, AddressBar};
use crate::ui::shared::notices::Notices;
use crate::ui::shared::state_link::StateLink;
use crate::ui::single::ctx::Ctx;
use crate::ui::single::state::PageState;
use crate::ui::single::{figures, rubric};
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App(
    /// What the URL said, already parsed and checked.
    parsed: Parsed,
) -> impl IntoView {
    let view_opts = parsed.view;
    let state = PageState::new(parsed.state);
    let eval = Memo::new(move |_| evaluate_weighted(&state.scores(), &state.weights.get()));
    let report =
        Memo::new(move |_| estimate(&state.cost(), state.score(Category::Experience).get()));
    // The verdict alone, so the money is not recomputed (what latency and
    // safety must be worth bisects the cost model) and the title not
    // re-rendered on a slider move that leaves the verdict standing.
    let verdict = Memo::new(move |_| eval.with(|e| (e.verdict, e.rationale())));
    let money = Memo::new(move |_| {
        let exp = state.score(Category::Experience).get();
        report.with(|r| decide(verdict.get().0, r, exp, &state.cost()))
    });
    // Re-runs with the money (a memo of its own for the plan would be one
    // more run on every experience step); an unchanged range stops here.
    let money_range = Memo::new(move |_| {
        let exp = state.score(Category::Experience).get();
        let plan = money.with(|m| m.rust_plan);
        money_range(plan, &state.cost(), &state.ranges(), exp)
    });
    let intl = start_intl();
    let address = AddressBar::default();
    let ctx = Ctx {
        state,
        eval,
        verdict,
        report,
        money,
        money_range,
        intl,
        #[cfg(not(feature = "embed"))]
        address,
        #[cfg(not(feature = "embed"))]
        view_opts,
    };
    provide_context(ctx);
    // Provided here, not by the toolbar: the embed panel, a sibling, copies too.
    #[cfg(not(feature = "embed"))]
    provide_context(crate::ui::shared::copy::CopyState::new());
    // Meeting mode: `votes` shows the room (with `present=1`, its
    // projector layout), which keeps its own address bar.
    #[cfg(any(feature = "full", feature = "meeting"))]
    if let Some(reading) = crate::model::room::votes_in_query(&browser::query_string()) {
        let expected = crate::model::room::expected_in_query(&browser::query_string());
        return view! {
            <crate::ui::meeting::room::RoomPage reading=reading expected=expected notices=parsed.notices projector=view_opts.present />
        }
        .into_any();
    }

    address.follow(move || to_query(&state.get(), &view_opts));
    // Back and Forward across a Reset or a scenario change: show what that
    // entry holds. Its URL was written by this page, so it parses cleanly.
    browser::on_popstate(move || state.set(parse_query(&browser::query_string()).state));

    let notices = parsed.notices;
    #[cfg(any(feature = "full", feature = "meeting"))]
    if view_opts.present && !view_opts.embed {
        return view! { <crate::ui::meeting::present::PresentPage notices=notices /> }.into_any();
    }
    // The embed's and meeting mode's bundles render the embed whatever the
    // address says: `assets/boot.js` loads the first only for `embed=1`,
    // and the second's other addresses go to the single page's bundle
    // (`ui::start`).
    #[cfg(any(feature = "embed", feature = "meeting"))]
    {
        embed_layout(ctx, notices)
    }
    #[cfg(not(any(feature = "embed", feature = "meeting")))]
    if view_opts.embed {
        embed_layout(ctx, notices)
    } else {
        page_layout(notices)
    }
}

/// The embed: the verdict, the sliders, the headline money and the way
/// out to the full calculator.
fn embed_layout(ctx: Ctx, notices: Vec<Notice>) -> AnyView {
    view! {
        // The verdict comes first: a host page that keeps the snippet's
        // fixed height still shows it, whatever the reader's width.
        <main class="embed-layout">
            <Notices notices=notices />
            <rubric::VerdictCard />
            <rubric::Sliders compact=true />
            <figures::KeyFigures />
            // The money's range and the way out share one row, so the
            // snippet's height still shows the link.
            <div class="embed-foot">
                <rubric::MoneyRangeText short=true />
                <p class="open-full">
                    <StateLink href=move || ctx.link() new_tab=true>"Open full calculator"</StateLink>
                </p>
            </div>
        </main>
    }
    .into_any()
}

/// The whole single page: the rubric, the verdict, the cost, the
/// toolbar, the embed panel and the print header.
#[cfg(not(any(feature = "embed", feature = "meeting")))]
fn page_layout(notices: Vec<Notice>) -> AnyView {
    use crate::ui::shared::deferred::Deferred;
    use crate::ui::single::cost;
    use crate::ui::single::later::{view_of, Part, NOT_LOADED};
    // What the first answer does not need: one chunk in the served single
    // page, loaded once the page is mounted (ui::single::later).
    let later = |part: Part| {
        view! { <Deferred load=move || view_of(part) missing=NOT_LOADED /> }.into_any()
    };
    view! {
        <header class="top">
            <div class="brand">
                <h1>"Rust or Go?"</h1>
                <p class="tagline">
                    "Score the service you are about to build. See which language fits, why, and what each choice costs."
                </p>
            </div>
            // Its place held until it arrives (page.css's .toolbar-slot).
            <div class="toolbar-slot">{later(Part::Toolbar)}</div>
        </header>
        <Notices notices=notices />
        <main class="layout">
            // The verdict panel sticks beside the sliders only: its own
            // row, so it never slides over the cost section below.
            <div class="decide">
                <section class="panel scores" aria-labelledby="h-scores">
                    <h2 id="h-scores">"Score the service"</h2>
                    <rubric::NameField />
                    <rubric::Sliders compact=false />
                    <div class="weights-slot">{later(Part::Weights)}</div>
                </section>
                // The verdict follows the sliders; taller than the screen,
                // its end comes into view with the end of the row, never
                // by a scroll box of its own.
                <section class="panel result" aria-labelledby="h-result">
                    <h2 id="h-result" class="sr-only">"Verdict"</h2>
                    <rubric::VerdictCard with_range=true />
                </section>
                // Under the sliders, so the page's scroll reaches it: how
                // hard each side pulls and what would change the verdict.
                <section class="panel explain" aria-label="How the verdict comes about and what would change it">
                    {later(Part::Explain)}
                </section>
            </div>
            <section class="panel cost" aria-labelledby="h-cost">
                <cost::CostPanel
                    currency_fields=later(Part::CurrencyFields)
                    inputs=later(Part::CostInputs)
                    chart=later(Part::CostChart)
                    assumptions=later(Part::Assumptions)
                />
            </section>
            <section class="panel embed-panel" aria-labelledby="h-share">
                {later(Part::EmbedPanel)}
            </section>
        </main>
        {later(Part::Print)}
        <footer class="foot">
            <p>
                "Runs entirely in your browser: nothing you enter leaves this page. The rubric follows a Go-vs-Rust decision guide's five-category matrix; defaults cite their sources under Assumptions."
            </p>
        </footer>
    }
    .into_any()
}
