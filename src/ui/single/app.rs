//! The single-service page: the state, the memos over it, and the layout.
//! (The embed renders the same [`Ctx`] without Leptos's view layer:
//! [`super::embed`].)

use crate::model::query::Parsed;
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App(
    /// What the URL said, already parsed and checked.
    parsed: Parsed,
) -> impl IntoView {
    let view_opts = parsed.view;
    let ctx = Ctx::new(parsed.state, view_opts);
    provide_context(ctx);
    // Provided here, not by the toolbar: the embed panel, a sibling, copies too.
    provide_context(crate::ui::shared::copy::CopyState::new());
    // Meeting mode: `votes` shows the room (with `present=1`, its
    // projector layout), which keeps its own address bar.
    #[cfg(any(feature = "full", feature = "meeting"))]
    {
        use crate::ui::platform::browser::query_string;
        if let Some(reading) = crate::model::room::votes_in_query(&query_string()) {
            let expected = crate::model::room::expected_in_query(&query_string());
            return view! {
                <crate::ui::meeting::room::RoomPage reading=reading expected=expected notices=parsed.notices projector=view_opts.present />
            }
            .into_any();
        }
    }
    ctx.follow_address();
    let notices = parsed.notices;
    // Meeting mode's bundle mounts this app for the room and the presenter
    // only (`ui::start`), so anything that is not the room is the presenter.
    #[cfg(feature = "meeting")]
    {
        view! { <crate::ui::meeting::present::PresentPage notices=notices /> }.into_any()
    }
    #[cfg(not(feature = "meeting"))]
    {
        #[cfg(feature = "full")]
        if view_opts.present {
            return view! { <crate::ui::meeting::present::PresentPage notices=notices /> }
                .into_any();
        }
        page_layout(notices)
    }
}

/// The whole single page: the rubric, the verdict, the cost, the
/// toolbar, the embed panel and the print header.
#[cfg(not(feature = "meeting"))]
fn page_layout(notices: Vec<crate::model::query::Notice>) -> AnyView {
    use crate::ui::shared::deferred::Deferred;
    use crate::ui::shared::notices::Notices;
    use crate::ui::single::cost;
    use crate::ui::single::later::{view_of, Part, NOT_LOADED};
    use crate::ui::single::rubric;
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
