//! Waiting for a burst of changes to end before acting once: the address
//! bar and the presenter's QR code both follow their state this way.

use leptos::prelude::*;
use std::time::Duration;

/// One pending action, replaced by the next: `run` cancels what is waiting
/// and schedules `f` after `delay`, so a drag or a burst of typing acts once.
#[derive(Clone, Copy)]
pub struct Debounce {
    /// The action waiting, if any.
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    delay: Duration,
}

impl Debounce {
    /// Nothing waiting; each `run` waits `delay` after the last.
    pub fn new(delay: Duration) -> Debounce {
        Debounce {
            pending: StoredValue::new_local(None),
            delay,
        }
    }

    /// Drops the action waiting, if any.
    pub fn cancel(&self) {
        if let Some(h) = self.pending.get_value() {
            h.clear();
        }
        self.pending.set_value(None);
    }

    /// Replaces the action waiting with `f`, run after the delay.
    pub fn run(&self, f: impl FnOnce() + 'static) {
        self.cancel();
        self.pending
            .set_value(set_timeout_with_handle(f, self.delay).ok());
    }
}
