//! The address bar following a page's state, and the switch that turns on the browser's number formatting after the first render; both used by every app.

use crate::ui::platform::browser;
use crate::ui::shared::debounce::Debounce;
use leptos::prelude::*;
use std::time::Duration;

/// How long the address bar waits after the last change before it updates,
/// so a drag or a burst of typing makes one `replaceState`, not dozens.
const URL_DEBOUNCE: Duration = Duration::from_millis(120);

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
    pending: Debounce,
}

impl Default for AddressBar {
    /// Nothing pending yet; nothing written until [`AddressBar::follow`].
    fn default() -> AddressBar {
        AddressBar {
            pending: Debounce::new(URL_DEBOUNCE),
        }
    }
}

impl AddressBar {
    /// Keeps the address bar showing `query()`: at once now, then debounced.
    pub fn follow(self, query: impl Fn() -> String + 'static) {
        Effect::new(move |first: Option<()>| {
            let q = query();
            if first.is_none() {
                browser::replace_query(&q);
                return;
            }
            self.pending.run(move || browser::replace_query(&q));
        });
    }

    /// One step Back can undo: the current entry keeps `current` (any
    /// pending update is dropped, since it would overwrite it) and a new
    /// entry holds `next`.
    #[cfg(not(feature = "embed"))]
    pub fn jump(&self, current: &str, next: &str) {
        self.pending.cancel();
        browser::replace_query(current);
        browser::push_query(next);
    }
}
