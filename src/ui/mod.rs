//! The page: Leptos components over the pure model.
//!
//! State is owned at the top ([`App`]) as one signal per independent piece
//! ([`state::PageState`]); the evaluation, the cost report and the money
//! verdict are memos over the pieces they read, and the address bar
//! follows the whole.

mod browser;
mod cost_view;
mod fatal;
// The system view and meeting mode ship in the `full` bundle only (see
// `scripts/build.sh`): the page a blog embeds never downloads them. In the
// single-page bundle their modules still compile, for the toolbar's links
// into them, and the linker drops the rest.
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod present;
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod room_view;
mod rubric_view;
mod share;
pub mod state;
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod system_view;

use std::time::Duration;

use leptos::prelude::*;

use crate::model::cost::{estimate, CostReport};
use crate::model::decision::{decide, MoneyVerdict};
use crate::model::query::{parse_query, to_query, Parsed, State, Theme, ViewOptions};
use crate::model::rubric::{evaluate_weighted, Evaluation, Verdict};
use crate::model::score::Category;
use state::PageState;

/// How long the address bar waits after the last change before it updates,
/// so a drag or a burst of typing makes one `replaceState`, not dozens.
const URL_DEBOUNCE: Duration = Duration::from_millis(120);

/// Starts the app: installs the error view for panics, reads the URL once,
/// mounts the page and marks it ready for the benchmark.
pub fn start() {
    browser::mark("app-start");
    #[cfg(count_runs)]
    browser::expose_run_counts();
    std::panic::set_hook(Box::new(|info| fatal::show(&info.to_string())));
    let parsed = parse_query(&browser::query_string());
    let view = parsed.view;
    match view.theme {
        Theme::Light | Theme::Dark => browser::set_root_attribute("data-theme", view.theme.param()),
        Theme::Auto => {}
    }
    if view.embed {
        browser::set_root_attribute("data-embed", "1");
    }
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    // `svc` in the URL asks for a whole system instead of one service.
    #[cfg(feature = "full")]
    match crate::model::system::parse_system(&browser::query_string()) {
        Some(system) => {
            leptos::mount::mount_to_body(move || view! { <system_view::SystemApp parsed=system /> })
        }
        None => leptos::mount::mount_to_body(move || view! { <App parsed=parsed /> }),
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

/// Whether numbers are formatted by `Intl.NumberFormat` yet. Switched on
/// right after the first render: the first formatter loads the browser's
/// locale data, which is slow, so it stays off the path to the first paint.
pub fn start_intl() -> RwSignal<bool> {
    let intl = RwSignal::new(false);
    set_timeout(
        move || {
            browser::enable_intl();
            intl.set(true);
        },
        Duration::ZERO,
    );
    intl
}

/// The address bar following a page's state: every change replaces the
/// current entry, debounced, so a drag or a burst of typing makes one
/// `replaceState`; a jump (Reset, a scenario) pushes one entry Back undoes.
#[derive(Clone, Copy)]
pub struct AddressBar {
    /// The update waiting for the debounce, if any.
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Default for AddressBar {
    /// Nothing pending yet; nothing written until [`AddressBar::follow`].
    fn default() -> AddressBar {
        AddressBar {
            pending: StoredValue::new_local(None),
        }
    }
}

impl AddressBar {
    fn cancel(&self) {
        if let Some(h) = self.pending.get_value() {
            h.clear();
        }
        self.pending.set_value(None);
    }

    /// Keeps the address bar showing `query()`: at once now, then debounced.
    pub fn follow(self, query: impl Fn() -> String + 'static) {
        Effect::new(move |first: Option<()>| {
            let q = query();
            if first.is_none() {
                browser::replace_query(&q);
                return;
            }
            self.cancel();
            let handle =
                set_timeout_with_handle(move || browser::replace_query(&q), URL_DEBOUNCE).ok();
            self.pending.set_value(handle);
        });
    }

    /// One step Back can undo: the current entry keeps `current` (any
    /// pending update is dropped, since it would overwrite it) and a new
    /// entry holds `next`.
    pub fn jump(&self, current: &str, next: &str) {
        self.cancel();
        browser::replace_query(current);
        browser::push_query(next);
    }
}

/// A reactive string. Every dynamic text, attribute and property on the page
/// is one of these, so they all share one render path: each distinct closure
/// type handed to the view would otherwise compile its own copy of the
/// rendering code, and that is most of the wasm's size.
pub type Text = Signal<String>;

/// Makes a [`Text`] from a closure.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Text {
    Signal::derive(f)
}

/// Everything a component may need, shared through context so props stay
/// about what a component shows, not how it reaches the state.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The state, one signal per piece; components read the pieces they
    /// show and write through [`PageState::update`].
    pub state: PageState,
    /// The rubric evaluation of the current scores.
    pub eval: Memo<Evaluation>,
    /// The verdict and its rationale, which change far less often than
    /// the evaluation.
    pub verdict: Memo<(Verdict, &'static str)>,
    /// The cost estimate of the current inputs.
    pub report: Memo<CostReport>,
    /// The money set beside the verdict: the plan it implies, its
    /// break-even, what latency and safety must be worth, money flips.
    pub money: Memo<MoneyVerdict>,
    /// Whether numbers are formatted by `Intl.NumberFormat` yet; everything
    /// that formats numbers tracks it, to re-render once it is.
    pub intl: RwSignal<bool>,
    /// The address bar, following the state.
    address: AddressBar,
    /// How the page is shown; the address bar keeps it.
    view_opts: ViewOptions,
}

impl Ctx {
    /// Replaces the whole state as one step the user can undo with Back
    /// (Reset, a scenario): the current history entry keeps what was there
    /// and a new entry holds the new state. Drags and typing only replace
    /// the current entry (see the effect in [`App`]), so Back is not a
    /// slider-by-slider undo.
    pub fn jump(&self, next: State) {
        let current = to_query(&self.state.get_untracked(), &self.view_opts);
        self.address
            .jump(&current, &to_query(&next, &self.view_opts));
        self.state.set(next);
    }

    /// The link that reproduces the current state (without embed options).
    pub fn link(&self) -> String {
        self.link_with(&ViewOptions::default())
    }

    /// The link that reproduces the current state shown with `view`.
    /// Tracked: a reactive reader re-runs on every input, so links that
    /// matter only when followed are written when they are
    /// (`share::StateLink`).
    pub fn link_with(&self, view: &ViewOptions) -> String {
        let q = to_query(&self.state.get(), view);
        format!("{}?{q}", browser::page_base())
    }
}

/// The whole page.
#[component]
fn App(
    /// What the URL said, already parsed and checked.
    parsed: Parsed,
) -> impl IntoView {
    let view_opts = parsed.view;
    let state = PageState::new(parsed.state);
    let eval = Memo::new(move |_| evaluate_weighted(&state.scores(), &state.weights.get()));
    let report =
        Memo::new(move |_| estimate(&state.cost(), state.score(Category::Experience).get()));
    // The verdict alone, so the money is not recomputed (its flips bisect
    // the cost model) and the title not re-rendered on a slider move that
    // leaves the verdict standing.
    let verdict = Memo::new(move |_| eval.with(|e| (e.verdict, e.rationale())));
    let money = Memo::new(move |_| {
        let exp = state.score(Category::Experience).get();
        report.with(|r| decide(verdict.get().0, r, exp, &state.cost()))
    });
    let intl = start_intl();
    let address = AddressBar::default();
    let ctx = Ctx {
        state,
        eval,
        verdict,
        report,
        money,
        intl,
        address,
        view_opts,
    };
    provide_context(ctx);
    // Provided here, not by the toolbar: the embed panel, a sibling, copies too.
    provide_context(share::CopyState::new());
    // Meeting mode: `votes` shows the room, which keeps its own address bar.
    #[cfg(feature = "full")]
    if let Some(reading) = crate::model::room::votes_in_query(&browser::query_string()) {
        return view! { <room_view::RoomPage reading=reading notices=parsed.notices /> }.into_any();
    }

    address.follow(move || to_query(&state.get(), &view_opts));
    // Back and Forward across a Reset or a scenario change: show what that
    // entry holds. Its URL was written by this page, so it parses cleanly.
    browser::on_popstate(move || state.set(parse_query(&browser::query_string()).state));

    let notices = parsed.notices;
    #[cfg(feature = "full")]
    if view_opts.present && !view_opts.embed {
        return view! { <present::PresentPage notices=notices /> }.into_any();
    }
    if view_opts.embed {
        view! {
            // The verdict comes first: a host page that keeps the snippet's
            // fixed height still shows it, whatever the reader's width.
            <main class="embed-layout">
                <share::Notices notices=notices />
                <rubric_view::VerdictCard />
                <rubric_view::Sliders compact=true />
                <cost_view::KeyFigures />
                <p class="open-full">
                    <share::StateLink href=Ctx::link new_tab=true>"Open full calculator"</share::StateLink>
                </p>
            </main>
        }
        .into_any()
    } else {
        view! {
            <header class="top">
                <div class="brand">
                    <h1>"Rust or Go?"</h1>
                    <p class="tagline">
                        "Score the service you are about to build. See which language fits, why, and what each choice costs."
                    </p>
                </div>
                <share::Toolbar />
            </header>
            <share::Notices notices=notices />
            <main class="layout">
                // The verdict panel sticks beside the sliders only: its own
                // row, so it never slides over the cost section below.
                <div class="decide">
                    <section class="panel scores" aria-labelledby="h-scores">
                        <h2 id="h-scores">"Score the service"</h2>
                        <rubric_view::NameField />
                        <rubric_view::Sliders compact=false />
                        <rubric_view::WeightsPanel />
                    </section>
                    // Focusable: on a short screen the panel scrolls inside
                    // itself, and the keyboard must be able to scroll it.
                    <section class="panel result" aria-labelledby="h-result" tabindex="0">
                        <h2 id="h-result" class="sr-only">"Verdict"</h2>
                        <rubric_view::VerdictCard />
                        <rubric_view::PullChart />
                        <rubric_view::Flips />
                    </section>
                </div>
                <section class="panel cost" aria-labelledby="h-cost">
                    <cost_view::CostPanel />
                </section>
                <section class="panel embed-panel" aria-labelledby="h-share">
                    <share::EmbedPanel />
                </section>
            </main>
            <share::PrintMeta />
            <footer class="foot">
                <p>
                    "Runs entirely in your browser: nothing you enter leaves this page. The rubric follows a Go-vs-Rust decision guide's five-category matrix; defaults cite their sources under Assumptions."
                </p>
            </footer>
        }
        .into_any()
    }
}
