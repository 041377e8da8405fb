//! What the first answer does not need: views whose code the served single
//! page downloads after the verdict, the sliders and the money are in the
//! page.
//!
//! [`chunk!`] defines `async fn name(args) -> Result<AnyView, NotLoaded>`.
//! In the single page's served bundle (`scripts/split-bundle.sh` compiles
//! it with `--cfg split_chunks` and splits its wasm) that function is a
//! `wasm_split` split point (the one Leptos's `#[lazy]` uses, here with its
//! `fallible` option): its code, and whatever only it reaches, is a wasm
//! chunk of its own, fetched the first time the function is called, and a
//! failed download is an `Err`, not a panic. In every other build (the
//! debug build, the single file, the benchmark's) the future is ready at
//! once. [`Deferred`] shows one: in the split bundle it calls it once the
//! page is mounted, so no chunk delays the first answer; elsewhere it
//! renders in place.

use leptos::prelude::*;
use std::future::Future;

/// Defines `async fn $name(args) -> Result<AnyView, NotLoaded>` from a
/// body that returns a view: a chunk of its own in the split bundle (its
/// download can fail), ready at once elsewhere (it cannot).
// The system view's and meeting mode's bundles compile this module but
// show no single page (ui/mod.rs).
#[cfg_attr(any(feature = "system", feature = "meeting"), allow(unused_macros))]
macro_rules! chunk {
    ($(#[doc = $doc:literal])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[doc = $doc])*
        #[cfg(split_chunks)]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<leptos::prelude::AnyView, $crate::ui::shared::deferred::NotLoaded> {
            Ok($body)
        }
        $(#[doc = $doc])*
        #[cfg(not(split_chunks))]
        $vis async fn $name($($arg: $ty),*) -> Result<leptos::prelude::AnyView, $crate::ui::shared::deferred::NotLoaded> {
            Ok($body)
        }
    };
}
#[cfg_attr(any(feature = "system", feature = "meeting"), allow(unused_imports))]
pub(crate) use chunk;

/// A chunk that did not download (offline, or a deploy that removed it):
/// the page keeps its first answer and says so once ([`Deferred`]).
pub struct NotLoaded;

#[cfg(split_chunks)]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Shows what a [`chunk!`] function returns. In the split bundle, after the
/// page has mounted (its chunk is fetched then); elsewhere, in place.
/// Until it arrives it leaves only comment nodes, so a wrapper's `:empty`
/// rule in the stylesheet can hold its place.
#[component]
pub fn Deferred<F, Fut>(
    /// Calls the chunk's function.
    load: F,
    /// What the page says, once, if a part's chunk did not download.
    missing: &'static str,
) -> impl IntoView
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
    #[cfg(not(split_chunks))]
    {
        let _ = missing;
        Suspend::new(send_wrapper::SendWrapper::new(async move {
            load().await.unwrap_or_else(|NotLoaded| ().into_any())
        }))
    }
    #[cfg(split_chunks)]
    {
        PENDING.with(|p| p.set(p.get() + 1));
        let mounted = RwSignal::new(false);
        set_timeout(move || mounted.set(true), std::time::Duration::ZERO);
        // Taken on the one run that sees `mounted`: the only signal this
        // closure reads, since the future runs untracked (a re-run would
        // find nothing to take and drop the view).
        let load = std::cell::Cell::new(Some(load));
        move || {
            mounted.get().then(|| load.take()).flatten().map(|load| {
                let part = async move {
                    let view = load().await.unwrap_or_else(|NotLoaded| not_loaded(missing));
                    // The view is in the page once this task has run on.
                    set_timeout(loaded, std::time::Duration::ZERO);
                    view
                };
                Suspend::new(leptos::reactive::computed::ScopedFuture::new_untracked(
                    send_wrapper::SendWrapper::new(part),
                ))
            })
        }
    }
}

#[cfg(split_chunks)]
thread_local! {
    /// How many [`Deferred`] views are still loading, and what to call
    /// when none is.
    static PENDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static ALL_LOADED: std::cell::Cell<Option<Box<dyn FnOnce()>>> = const { std::cell::Cell::new(None) };
}

/// What a part that did not download shows: the first one says `missing`,
/// the others nothing (one message for one failed download).
#[cfg(split_chunks)]
fn not_loaded(missing: &'static str) -> AnyView {
    thread_local!(static SAID: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if SAID.with(|s| s.replace(true)) {
        return ().into_any();
    }
    view! { <p class="not-loaded" role="alert" data-testid="not-loaded">{missing}</p> }.into_any()
}

#[cfg(split_chunks)]
fn loaded() {
    if PENDING.with(|p| {
        p.set(p.get() - 1);
        p.get() == 0
    }) {
        if let Some(done) = ALL_LOADED.with(|d| d.take()) {
            done();
        }
    }
}

/// Calls `done` once every [`Deferred`] view of the mounted page is in it:
/// at once where nothing is deferred or nothing loads after the page.
pub fn when_all_loaded(done: impl FnOnce() + 'static) {
    #[cfg(split_chunks)]
    if PENDING.with(|p| p.get()) > 0 {
        ALL_LOADED.with(|d| d.set(Some(Box::new(done))));
        return;
    }
    done();
}
