//! The apps, rendered with Leptos over the pure model.
//!
//! Three apps over one set of shared parts: [`single`] (the single-service
//! page and its embed), `system` (the system view) and `meeting` (the
//! presenter view and the room). Each served bundle compiles only what its
//! addresses show (Cargo.toml's features, `scripts/build.sh`): the page a
//! blog embeds never compiles the page's other parts, the system view's
//! bundle never compiles the single page, meeting mode's only the parts of
//! it the presenter and the room show; `full` compiles all three for the
//! single-file build. [`shared`] holds the widgets they share and
//! [`platform`] the browser APIs. This file only picks the app the URL
//! asks for, and hands an address that is not its bundle's to the bundle
//! that shows it: the single page's or the embed's (`assets/boot.js`
//! picks a bundle from the address's parameter names alone).

// The system view's and meeting mode's bundles compile some of the
// shared and single-page parts they never show (gating each would put a
// feature list on most items); the linker leaves them out. Dead code is
// still an error in the default, embed and full builds, and `full` is the
// union of these two.
#[cfg(any(feature = "full", feature = "meeting"))]
mod meeting;
#[cfg_attr(any(feature = "system", feature = "meeting"), allow(dead_code))]
mod platform;
#[cfg_attr(any(feature = "system", feature = "meeting"), allow(dead_code))]
mod shared;
#[cfg(not(feature = "system"))]
#[cfg_attr(feature = "meeting", allow(dead_code))]
mod single;
#[cfg(any(feature = "full", feature = "system"))]
mod system;

use leptos::prelude::*;

#[cfg(any(
    all(
        feature = "full",
        any(feature = "embed", feature = "system", feature = "meeting")
    ),
    all(feature = "embed", any(feature = "system", feature = "meeting")),
    all(feature = "system", feature = "meeting"),
))]
compile_error!(
    "one bundle per build: at most one of the features `full`, `system`, `meeting` and `embed`"
);

use crate::model::query::{parse_query, Theme};
use platform::{browser, fatal};

/// Starts the app: installs the error view for panics, reads the URL once,
/// mounts the page and marks it ready for the benchmark.
pub fn start() {
    browser::mark("app-start");
    crate::model::number::install(browser::DIGITS);
    #[cfg(debug_assertions)]
    browser::expose_number_check();
    #[cfg(count_runs)]
    browser::expose_run_counts();
    std::panic::set_hook(Box::new(|info| fatal::show(&info.to_string())));
    let query = browser::query_string();
    let parsed = parse_query(&query);
    let view = parsed.view;
    match view.theme {
        Theme::Light | Theme::Dark | Theme::Transparent => {
            browser::set_root_attribute("data-theme", view.theme.param())
        }
        Theme::Auto => {}
    }
    if view.embed {
        browser::set_root_attribute("data-embed", "1");
    }
    // `svc` in the URL asks for a whole system instead of one service.
    #[cfg(any(feature = "full", feature = "system"))]
    if let Some(system) = crate::model::system::parse_system(&query) {
        mount(
            view.embed,
            move || view! { <system::app::SystemApp parsed=system /> },
        );
        return;
    }
    // `ballot`: one person's private vote.
    #[cfg(any(feature = "full", feature = "meeting"))]
    if let Some(ballot) = crate::model::room::ballot_in_query(&query) {
        let notices = parsed.notices;
        mount(
            view.embed,
            move || view! { <meeting::ballot::BallotPage ballot=ballot notices=notices /> },
        );
        return;
    }
    // The embed (`embed=1`, not the room): plain DOM over the page's
    // memos (`single::embed`), in its own bundle and the single file's.
    // The embed's bundle renders it whatever the address says:
    // `assets/boot.js` loads that bundle only for `embed=1`; the other
    // bundles hand such an address to it.
    #[cfg(feature = "embed")]
    {
        shown(true, move || single::embed::start(parsed));
    }
    // (The room, `votes`, keeps its own layout for an embed, in the
    // bundles that have it.)
    #[cfg(not(feature = "embed"))]
    if view.embed
        && !(cfg!(any(feature = "full", feature = "meeting"))
            && crate::model::room::votes_in_query(&query).is_some())
    {
        #[cfg(feature = "full")]
        shown(true, move || single::embed::start(parsed));
        #[cfg(not(feature = "full"))]
        browser::hand_over(browser::Bundle::Embed);
        return;
    }
    // Meeting mode's bundle shows the room (`votes`) and the presenter
    // (`present`); any other address (`present=0`) is the single page's.
    #[cfg(feature = "meeting")]
    if !(view.present || crate::model::room::votes_in_query(&query).is_some()) {
        browser::hand_over(browser::Bundle::Page);
        return;
    }
    #[cfg(feature = "system")]
    {
        browser::hand_over(browser::Bundle::Page);
    }
    #[cfg(not(any(feature = "system", feature = "embed")))]
    {
        mount(
            view.embed,
            move || view! { <single::app::App parsed=parsed /> },
        );
    }
}

/// Mounts a Leptos app in place of the loading card (see [`shown`]).
#[cfg(not(feature = "embed"))]
fn mount<V: IntoView + 'static>(embed: bool, app: impl FnOnce() -> V + 'static) {
    shown(embed, move || {
        leptos::mount::mount_to_body(app);
    });
}

/// Shows an app in place of the loading card (`put` adds it to the body),
/// marks it ready for the benchmark and, in an embed, tells the host
/// page its height.
fn shown(embed: bool, put: impl FnOnce()) {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    // The reactive graph's effects run on wasm-bindgen-futures' executor
    // (already started when a Leptos app mounts; the embed starts it here).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    put();
    browser::mark("app-ready");
    // `app-complete`: the views the first answer does not need are in the
    // page too (the split single page loads them after `app-ready`).
    #[cfg(not(feature = "embed"))]
    shared::deferred::when_all_loaded(|| browser::mark("app-complete"));
    #[cfg(feature = "embed")]
    browser::mark("app-complete");
    // Debug builds only: lets the browser tests check the error view.
    #[cfg(debug_assertions)]
    if browser::query_string().contains("debug_panic=1") {
        panic!("debug_panic=1 asked for a panic <b>not bold</b>");
    }
    if embed {
        browser::post_height_to_parent();
    }
}
