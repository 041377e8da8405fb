//! The presenter view (`present=1`): the sliders, the verdict, the cost headline and a QR code of the link on one projector screen.

use crate::model::query::Notice;
use crate::ui::platform::browser::set_root_attribute;
use crate::ui::shared::debounce::Debounce;
use crate::ui::shared::notices::Notices;
use crate::ui::shared::state_link::StateLink;
use crate::ui::shared::text::text;
use crate::ui::single::ctx::Ctx;
use crate::ui::single::figures::HeadlineMoney;
use crate::ui::single::links::{ballot_href, room_href};
use crate::ui::single::rubric;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;
use std::time::Duration;

/// How long the QR code waits after the last change before it redraws: a
/// drag redraws it once, and a phone never scans a half-updated code.
const QR_DEBOUNCE: Duration = Duration::from_millis(300);

/// Light modules around the code, in modules: the four the QR standard
/// asks for, so phones find the code against anything beside it.
const QUIET: i32 = 4;

/// The whole presenter page.
#[component]
pub fn PresentPage(
    /// What the URL said that could not be used as written.
    notices: Vec<Notice>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The stylesheet sizes everything from the screen in this mode.
    set_root_attribute("data-present", "1");
    let name = text(move || ctx.state.name.with(|n| n.to_string()));
    view! {
        <div class="present">
            <header class="present-top">
                <h1>"Rust or Go?"<span class="present-name" title=name>{name}</span></h1>
                <nav class="present-nav" aria-label="Meeting">
                    <StateLink href=move || ballot_href(&ctx) testid="invite-votes">"Invite votes"</StateLink>
                    <StateLink href=move || room_href(&ctx) testid="open-room">"Open the room"</StateLink>
                    <StateLink href=move || ctx.link() testid="exit-present">"Back to the calculator"</StateLink>
                </nav>
            </header>
            <Notices notices=notices />
            <main class="present-grid">
                <section class="present-scores" aria-labelledby="h-present-scores">
                    <h2 id="h-present-scores" class="sr-only">"Scores"</h2>
                    <rubric::Sliders compact=true />
                </section>
                <section class="present-result" aria-labelledby="h-present-result">
                    <h2 id="h-present-result" class="sr-only">"Verdict and cost"</h2>
                    <rubric::VerdictCard />
                    <div class="present-foot">
                        <CostHeadline />
                        <figure class="present-qr">
                            <Qr />
                            <figcaption>"Scan to vote on your phone: a blank ballot for this service"</figcaption>
                        </figure>
                    </div>
                </section>
            </main>
        </div>
    }
}

/// The money of the plan the verdict prices, as the verdict's sentence
/// counts it: [`HeadlineMoney`], whose readings the embed's key figures
/// bind too.
#[component]
pub fn CostHeadline() -> impl IntoView {
    view! {
        <div class="present-cost-box" data-testid="cost-headline">
            <HeadlineMoney class="present-cost" />
            <rubric::MoneyRangeText short=true />
        </div>
    }
}

/// The QR code as SVG: its side in modules (quiet zone included) and one
/// path of the dark modules, one rectangle per horizontal run. `None` if
/// the text is too long for any QR code.
fn qr_svg(link: &str) -> Option<(i32, String)> {
    // Low error correction gives the biggest modules for a long link; a
    // screen does not smudge, and the encoder raises the level whenever
    // the same size allows.
    let qr = QrCode::encode_binary(link.as_bytes(), QrCodeEcc::Low).ok()?;
    let n = qr.size();
    let mut d = String::with_capacity(8192);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(d, "M{},{}h{run}v1h-{run}z", start + QUIET, y + QUIET);
        }
    }
    Some((n + 2 * QUIET, d))
}

/// A QR code of a blank ballot for this service (its name and weights,
/// never the presenter's scores), drawn in the page: no image service sees
/// the link. It follows the name and the weights, debounced.
#[component]
pub fn Qr() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let shown = RwSignal::new(untrack(|| ballot_href(&ctx)));
    let pending = Debounce::new(QR_DEBOUNCE);
    Effect::new(move |_| {
        let link = ballot_href(&ctx);
        pending.run(move || {
            if shown.with_untracked(|s| *s != link) {
                shown.set(link);
            }
        });
    });
    let code = Memo::new(move |_| shown.with(|l| qr_svg(l)));
    let side = move || code.with(|c| c.as_ref().map_or(0, |(n, _)| *n));
    view! {
        <svg
            class="qr"
            data-testid="qr"
            role="img"
            aria-label="QR code of a blank ballot for this service"
            viewBox=text(move || format!("0 0 {0} {0}", side()))
            shape-rendering="crispEdges"
        >
            <rect class="qr-light" width=text(move || side().to_string()) height=text(move || side().to_string()) fill="#fff" />
            <path class="qr-dark" fill="#000" d=text(move || code.with(|c| c.as_ref().map(|(_, d)| d.clone()).unwrap_or_default())) />
        </svg>
        <p class="qr-too-long" hidden=move || code.with(Option::is_some)>
            "This link is too long for a QR code: use Copy link instead."
        </p>
    }
}
