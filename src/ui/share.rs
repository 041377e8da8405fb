//! Getting the result out of the page: presets, copy link / summary / ADR,
//! reset, print, the embed snippet, and the notices about the URL.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser::{copy_text, money};
use super::Ctx;
use crate::model::cost::CostReport;
use crate::model::export::{adr_markdown, summary_markdown, Money};
use crate::model::rubric::Evaluation;
use crate::model::presets::{Preset, PRESETS};
use crate::model::query::{Notice, State, ViewOptions};

/// Text the user asked to copy, kept when the clipboard refuses so it can
/// be selected for a manual copy.
#[derive(Clone, Copy)]
struct CopyState {
    /// Confirmation or instruction, announced politely.
    status: RwSignal<String>,
    /// Text shown selected in a box when the Clipboard API is unavailable.
    manual: RwSignal<Option<String>>,
}

/// Copies `text`, confirming it in `status`, or shows it selected for a
/// manual copy when the Clipboard API is missing or refuses.
fn copy(cs: CopyState, what: &'static str, text: String) {
    spawn_local(async move {
        match copy_text(&text).await {
            Ok(()) => {
                cs.manual.set(None);
                cs.status.set(format!("{what} copied to the clipboard."));
            }
            Err(()) => {
                cs.manual.set(Some(text));
                cs.status.set(format!(
                    "The clipboard is not available here. The {} is selected below: press Ctrl+C (or Cmd+C) to copy it.",
                    what.to_lowercase()
                ));
            }
        }
    });
}

/// The box that holds text for a manual copy, selected when it appears.
#[component]
fn ManualCopy(
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

/// An export of the page: summary or ADR Markdown.
type Export = fn(&State, &Evaluation, &CostReport, &str, Money) -> String;

/// The preset picker and the action buttons in the page header.
#[component]
pub fn Toolbar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let cs = CopyState { status: RwSignal::new(String::new()), manual: RwSignal::new(None) };
    provide_context(cs);
    let preset_id = Memo::new(move |_| state.with(|s| s.preset.map(|p| p.id).unwrap_or("")));
    let modified = Memo::new(move |_| state.with(State::preset_modified));
    let on_preset = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        let cur = state.with_untracked(|s| s.currency);
        match Preset::by_id(&id) {
            Some(p) => state.set(State::from_preset(p, cur)),
            None => state.update(|s| s.preset = None),
        }
    };
    // Copies one of the exports (summary or ADR) of the current state.
    let export = move |what: &'static str, write: Export| {
        let fmt_money = |v: f64| money(state.with_untracked(|s| s.currency), v);
        let text = state.with_untracked(|s| {
            write(s, &ctx.eval.get_untracked(), &ctx.report.get_untracked(), &ctx.link(), &fmt_money)
        });
        copy(cs, what, text);
    };
    let reset = move |_| {
        let cur = state.with_untracked(|s| s.currency);
        state.set(State { currency: cur, ..State::default() });
        cs.manual.set(None);
        cs.status.set("Reset to the defaults.".into());
    };
    view! {
        <div class="toolbar">
            <div class="preset">
                <label for="preset">"Scenario"</label>
                <select id="preset" name="preset" on:change=on_preset prop:value=move || preset_id.get()>
                    <option value="">"Custom"</option>
                    {PRESETS.iter().map(|p| view! { <option value=p.id>{p.name}</option> }).collect_view()}
                </select>
                <span class="modified" data-testid="preset-modified" hidden=move || !modified.get()>
                    "modified"
                </span>
                <p class="preset-source" data-testid="preset-source">
                    {move || state.with(|s| s.preset.map(|p| p.source).unwrap_or(""))}
                </p>
            </div>
            <div class="actions">
                <button type="button" data-testid="copy-link" on:click=move |_| copy(cs, "Link", ctx.link())>
                    "Copy link"
                </button>
                <button type="button" data-testid="copy-summary" on:click=move |_| export("Summary", summary_markdown)>"Copy summary"</button>
                <button type="button" data-testid="copy-adr" on:click=move |_| export("ADR", adr_markdown)>"Copy ADR"</button>
                <button type="button" data-testid="print" on:click=move |_| { let _ = window().print(); }>
                    "Print"
                </button>
                <button type="button" class="secondary" data-testid="reset" on:click=reset>"Reset"</button>
            </div>
            <ManualCopy cs=cs />
        </div>
    }
}

/// Longest list of URL notices shown before "and N more".
const NOTICES_SHOWN: usize = 8;

/// What in the URL could not be used as written, and what was used instead.
#[component]
pub fn Notices(
    /// The notices from reading the URL.
    notices: Vec<Notice>,
) -> impl IntoView {
    if notices.is_empty() {
        return ().into_any();
    }
    let open = RwSignal::new(true);
    let more = notices.len().saturating_sub(NOTICES_SHOWN);
    let shown: Vec<Notice> = notices.into_iter().take(NOTICES_SHOWN).collect();
    let items = move || {
        shown
            .iter()
            .map(|n| view! { <li><code>{n.param.clone()}</code>" "{n.message.clone()}"."</li> })
            .collect_view()
    };
    view! {
        <Show when=move || open.get()>
            <div class="notices" role="status" data-testid="notices">
                <p>"Some link parameters could not be used as written:"</p>
                <ul>{items.clone()}</ul>
                {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
                <button type="button" class="secondary" on:click=move |_| open.set(false)>"Dismiss"</button>
            </div>
        </Show>
    }
    .into_any()
}

/// The iframe snippet for the current state.
fn iframe_snippet(src: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"Rust or Go? decision calculator\" width=\"100%\" height=\"760\" loading=\"lazy\" style=\"border:0;max-width:760px\" data-rust-or-go></iframe>"
    )
}

/// The optional host script that resizes the iframe to its content.
fn resize_script(origin: &str) -> String {
    format!(
        "<script>\naddEventListener(\"message\", function (e) {{\n  if (e.origin !== \"{origin}\" || !e.data || e.data.type !== \"rust-or-go:height\") return;\n  document.querySelectorAll(\"iframe[data-rust-or-go]\").forEach(function (f) {{\n    if (f.contentWindow === e.source) f.style.height = Math.ceil(+e.data.height) + \"px\";\n  }});\n}});\n</script>"
    )
}

/// Escapes text for an HTML attribute value in the generated snippet.
fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// The embed panel: snippet and resize script, both copyable.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let cs = expect_context::<CopyState>();
    let src = Memo::new(move |_| ctx.link_with(&ViewOptions { embed: true, ..ViewOptions::default() }));
    let snippet = move || iframe_snippet(&attr_escape(&src.get()));
    let origin = window().location().origin().unwrap_or_default();
    let script = resize_script(&origin);
    let script_copy = script.clone();
    view! {
        <details class="embed-details">
            <summary><h2 id="h-share">"Embed in a blog post"</h2></summary>
            <p>
                "Paste this into your page: a compact calculator with the current scores and costs. Add "
                <code>"&theme=light"</code>" or "<code>"&theme=dark"</code>" to the address to fix the colours."
            </p>
            <label for="embed-snippet">"Iframe snippet"</label>
            <textarea id="embed-snippet" readonly rows="4" data-testid="embed-snippet" prop:value=snippet></textarea>
            <button type="button" on:click=move |_| copy(cs, "Embed snippet", snippet())>"Copy snippet"</button>
            <label for="embed-script">"Optional: auto-resize script for the host page"</label>
            <textarea id="embed-script" readonly rows="8" data-testid="embed-script" prop:value=script></textarea>
            <button type="button" on:click=move |_| copy(cs, "Resize script", script_copy.clone())>"Copy script"</button>
        </details>
    }
}
