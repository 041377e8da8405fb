//! What the first answer does not need: views whose code the served single
//! page downloads after the verdict, the sliders and the money are in the
//! page.
//!
//! [`chunk!`] defines `async fn name() -> AnyView`. In the single page's
//! served bundle (`scripts/build.sh` compiles it with `--cfg split_chunks`
//! and splits its wasm) that function is Leptos's `#[lazy]`: its code, and
//! whatever only it reaches, is a wasm chunk of its own, fetched the first
//! time the function is called. In every other build (the debug build, the
//! single file, the benchmark's) the future is ready at once. [`Deferred`]
//! shows one: in the split bundle it calls it once the page is mounted, so
//! no chunk delays the first answer; elsewhere it renders in place.

use leptos::prelude::*;
use std::future::Future;

/// Defines `async fn $name(args) -> AnyView` from a body that returns a
/// view: a chunk of its own in the split bundle, ready at once elsewhere.
// The system view's and meeting mode's bundles compile this module but
// show no single page (ui/mod.rs).
#[cfg_attr(any(feature = "system", feature = "meeting"), allow(unused_macros))]
macro_rules! chunk {
    ($(#[doc = $doc:literal])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[doc = $doc])*
        #[cfg(split_chunks)]
        #[leptos::lazy]
        $vis fn $name($($arg: $ty),*) -> leptos::prelude::AnyView $body
        $(#[doc = $doc])*
        #[cfg(not(split_chunks))]
        $vis async fn $name($($arg: $ty),*) -> leptos::prelude::AnyView $body
    };
}
#[cfg_attr(any(feature = "system", feature = "meeting"), allow(unused_imports))]
pub(crate) use chunk;

/// Shows what a [`chunk!`] function returns. In the split bundle, after the
/// page has mounted (its chunk is fetched then); elsewhere, in place.
#[component]
pub fn Deferred<F, Fut>(
    /// Calls the chunk's function.
    load: F,
) -> impl IntoView
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = AnyView> + 'static,
{
    #[cfg(not(split_chunks))]
    {
        Suspend::new(send_wrapper::SendWrapper::new(load()))
    }
    #[cfg(split_chunks)]
    {
        PENDING.with(|p| p.set(p.get() + 1));
        let mounted = RwSignal::new(false);
        set_timeout(move || mounted.set(true), std::time::Duration::ZERO);
        // Taken on the one run that sees `mounted`.
        let load = std::cell::Cell::new(Some(load));
        move || {
            mounted.get().then(|| load.take()).flatten().map(|load| {
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    let view = load().await;
                    // The view is in the page once this task has run on.
                    set_timeout(loaded, std::time::Duration::ZERO);
                    view
                }))
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
