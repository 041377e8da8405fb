//! The apps, rendered with Leptos over the pure model.
//!
//! Three apps over one set of shared parts: [`single`] (the single-service
//! page and its embed), `system` (the system view) and `meeting` (the
//! presenter view and the room); the last two are built into the full
//! bundle only (`--features full`), so the page a blog embeds never
//! compiles them. [`shared`] holds the widgets they share and
//! [`platform`] the browser APIs. This file only picks the app the URL
//! asks for.

#[cfg(feature = "full")]
mod meeting;
mod platform;
mod shared;
mod single;
#[cfg(feature = "full")]
mod system;

use leptos::prelude::*;

#[cfg(all(feature = "full", feature = "embed"))]
compile_error!("the `embed` bundle is the embed alone: build it without `full`");

use crate::model::query::{parse_query, Theme};
use platform::{browser, fatal};
use single::app::App;

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
    let parsed = parse_query(&browser::query_string());
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
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    // `svc` in the URL asks for a whole system instead of one service,
    // `ballot` for one person's private vote.
    #[cfg(feature = "full")]
    match (
        crate::model::system::parse_system(&browser::query_string()),
        crate::model::room::ballot_in_query(&browser::query_string()),
    ) {
        (Some(system), _) => {
            leptos::mount::mount_to_body(move || view! { <system::app::SystemApp parsed=system /> })
        }
        (None, Some(ballot)) => {
            let notices = parsed.notices;
            leptos::mount::mount_to_body(
                move || view! { <meeting::ballot::BallotPage ballot=ballot notices=notices /> },
            )
        }
        (None, None) => leptos::mount::mount_to_body(move || view! { <App parsed=parsed /> }),
    }
    #[cfg(not(feature = "full"))]
    leptos::mount::mount_to_body(move || view! { <App parsed=parsed /> });
    browser::mark("app-ready");
    // Debug builds only: lets the browser tests check the error view.
    #[cfg(debug_assertions)]
    if browser::query_string().contains("debug_panic=1") {
        panic!("debug_panic=1 asked for a panic <b>not bold</b>");
    }
    if view.embed {
        browser::post_height_to_parent();
    }
}
