//! Copying to the clipboard, with a selected box for a manual copy when the clipboard refuses.

use crate::ui::platform::browser::copy_text;
use leptos::html;
use leptos::prelude::*;

use crate::model::text::capitalized;
use leptos::task::spawn_local;

/// Text the user asked to copy, kept when the clipboard refuses so it can
/// be selected for a manual copy.
#[derive(Clone, Copy)]
pub struct CopyState {
    /// Confirmation or instruction, announced politely.
    pub status: RwSignal<String>,
    /// Text shown selected in a box when the Clipboard API is unavailable.
    pub manual: RwSignal<Option<String>>,
}

impl CopyState {
    /// Nothing copied yet.
    pub fn new() -> CopyState {
        CopyState {
            status: RwSignal::new(String::new()),
            manual: RwSignal::new(None),
        }
    }
}

/// Copies `text`, confirming it in `status`, or shows it selected for a
/// manual copy when the Clipboard API is missing or refuses. `what` names
/// it as it reads mid-sentence ("link", "ADR").
pub fn copy(cs: CopyState, what: &'static str, text: String) {
    spawn_local(async move {
        match copy_text(&text).await {
            Ok(()) => {
                cs.manual.set(None);
                cs.status
                    .set(format!("{} copied to the clipboard.", capitalized(what)));
            }
            Err(()) => {
                cs.manual.set(Some(text));
                cs.status.set(format!(
                    "The clipboard is not available here. The {what} is selected below: press Ctrl+C (or Cmd+C) to copy it."
                ));
            }
        }
    });
}

/// The box that holds text for a manual copy, selected when it appears.
#[component]
pub fn ManualCopy(
    /// Where the copy status and text live.
    cs: CopyState,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        if let (Some(text), Some(el)) = (cs.manual.get(), area.get()) {
            el.set_value(&text);
            let _ = el.focus();
            el.select();
        }
    });
    view! {
        <p class="copy-status" role="status" data-testid="copy-status">{move || cs.status.get()}</p>
        <Show when=move || cs.manual.with(Option::is_some)>
            <label class="manual-copy">
                <span class="sr-only">"Text to copy"</span>
                <textarea
                    node_ref=area
                    readonly
                    rows="6"
                    data-testid="manual-copy"
                    prop:value=move || cs.manual.get().unwrap_or_default()
                ></textarea>
            </label>
        </Show>
    }
}
