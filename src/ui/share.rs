//! Getting the result out of the page: presets, copy link / summary / ADR,
//! reset, print, the embed snippet, and the notices about the URL.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser::{self, copy_text, money, today};
use super::cost_view::field_value;
use super::text;
use super::Ctx;
use crate::model::cost::CostReport;
use crate::model::export::{adr_markdown, summary_markdown, Money};
use crate::model::fields::Field;
use crate::model::presets::{Preset, PRESETS};
use crate::model::query::{Notice, State, Theme, ViewOptions};
use crate::model::rubric::Evaluation;

/// Text the user asked to copy, kept when the clipboard refuses so it can
/// be selected for a manual copy.
#[derive(Clone, Copy)]
pub struct CopyState {
    /// Confirmation or instruction, announced politely.
    status: RwSignal<String>,
    /// Text shown selected in a box when the Clipboard API is unavailable.
    manual: RwSignal<Option<String>>,
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

/// `what` with its first letter in upper case, to start a sentence.
fn sentence_case(what: &str) -> String {
    let mut chars = what.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
                    .set(format!("{} copied to the clipboard.", sentence_case(what)));
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

/// An export of the page: summary or ADR Markdown.
type Export = fn(&State, &Evaluation, &CostReport, &str, &str, Money) -> String;

/// The preset picker and the action buttons in the page header.
#[component]
pub fn Toolbar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let cs = expect_context::<CopyState>();
    let preset_id = Memo::new(move |_| state.preset.get().map(|p| p.id).unwrap_or(""));
    // The preset first: with none (the usual case) nothing else is read,
    // so a slider move does not re-run this.
    let modified = Memo::new(move |_| {
        state
            .preset
            .get()
            .is_some_and(|p| p.modified(&state.scores(), &state.cost()))
    });
    let on_preset = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        let cur = state.currency.get_untracked();
        match Preset::by_id(&id) {
            // A scenario sets scores and fleet; the service's name, the
            // weights and the chosen price list stay the lead's own.
            Some(p) => {
                let State {
                    name,
                    weights,
                    cloud,
                    ..
                } = state.get_untracked();
                let mut next = State {
                    name,
                    weights,
                    ..State::from_preset(p, cur)
                };
                next.set_cloud(cloud);
                ctx.jump(next)
            }
            None => state.update(|s| s.preset = None),
        }
    };
    // Copies one of the exports (summary or ADR) of the current state.
    let export = move |what: &'static str, write: Export| {
        let s = state.get_untracked();
        let fmt_money = |v: f64| money(s.currency, v);
        let text = write(
            &s,
            &ctx.eval.get_untracked(),
            &ctx.report.get_untracked(),
            &untrack(|| ctx.link()),
            &today(),
            &fmt_money,
        );
        copy(cs, what, text);
    };
    let reset = move |_| {
        let cur = state.currency.get_untracked();
        ctx.jump(State {
            currency: cur,
            ..State::default()
        });
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
                    {move || state.preset.get().map(|p| p.source).unwrap_or("")}
                </p>
            </div>
            <div class="actions">
                <button type="button" data-testid="copy-link" on:click=move |_| copy(cs, "link", ctx.link())>
                    "Copy link"
                </button>
                <button type="button" data-testid="copy-summary" on:click=move |_| export("summary", summary_markdown)>"Copy summary"</button>
                <button type="button" data-testid="copy-adr" on:click=move |_| export("ADR", adr_markdown)>"Copy ADR"</button>
                <StateLink class="button" testid="open-present" href=super::present::href>"Present"</StateLink>
                <StateLink class="button" testid="open-room" href=super::room_view::href>"Room"</StateLink>
                <button type="button" data-testid="print" on:click=move |_| { let _ = window().print(); }>
                    "Print"
                </button>
                <button type="button" class="secondary" data-testid="reset" on:click=reset>"Reset"</button>
                <super::system_view::SystemLinks />
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

/// Height of the iframe in the snippet, px. The embed shows the verdict
/// first, so the whole verdict card (title, the money, the reasons) and
/// the first slider show within this height from a 360 px phone to a
/// 760 px blog column (a browser test checks it without the resize script).
pub const EMBED_HEIGHT: u32 = 960;

/// The iframe snippet for the current state.
fn iframe_snippet(src: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"Rust or Go? decision calculator\" width=\"100%\" height=\"{EMBED_HEIGHT}\" loading=\"lazy\" style=\"border:0;max-width:760px\" data-rust-or-go></iframe>"
    )
}

/// The optional host script that resizes the iframe to its content.
fn resize_script(origin: &str) -> String {
    format!(
        "<script>\naddEventListener(\"message\", function (e) {{\n  if ((e.origin !== \"{origin}\" && e.origin !== \"null\") || !e.data || e.data.type !== \"rust-or-go:height\") return;\n  document.querySelectorAll(\"iframe[data-rust-or-go]\").forEach(function (f) {{\n    if (f.contentWindow === e.source) f.style.height = Math.ceil(+e.data.height) + \"px\";\n  }});\n}});\n</script>"
    )
}

/// Escapes text for an HTML attribute value in the generated snippet.
fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The embed panel: a colour scheme choice, the snippet and the resize
/// script, both copyable.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let cs = expect_context::<CopyState>();
    let theme = RwSignal::new(Theme::Auto);
    // The snippet follows the state while the panel is open; closed, it
    // keeps its last value (the page's state when it loaded, or when the
    // panel was last open), so no input spends work on a box nobody sees.
    let open = RwSignal::new(false);
    let src = Memo::new(move |prev: Option<&String>| match prev {
        Some(p) if !open.get() => p.clone(),
        _ => ctx.link_with(&ViewOptions {
            embed: true,
            theme: theme.get(),
            ..ViewOptions::default()
        }),
    });
    let snippet = move || iframe_snippet(&attr_escape(&src.get()));
    let origin = window().location().origin().unwrap_or_default();
    let script = resize_script(&origin);
    let script_copy = script.clone();
    let on_theme = move |ev: leptos::ev::Event| {
        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
            theme.set(t);
        }
    };
    view! {
        <details class="embed-details" on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary><h2 id="h-share">"Embed in a blog post"</h2></summary>
            <p>
                "Paste this into your page: a compact calculator with the current scores and costs, the verdict on top."
            </p>
            <label for="embed-theme">"Colours"</label>
            <select id="embed-theme" data-testid="embed-theme" on:change=on_theme prop:value=move || theme.get().param()>
                <option value="auto">"Follow the reader's system setting"</option>
                <option value="light">"Always light"</option>
                <option value="dark">"Always dark"</option>
            </select>
            <label for="embed-snippet">"Iframe snippet"</label>
            <textarea id="embed-snippet" readonly rows="4" data-testid="embed-snippet" prop:value=snippet></textarea>
            <button type="button" on:click=move |_| copy(cs, "embed snippet", snippet())>"Copy snippet"</button>
            <label for="embed-script">"Optional: a script for the host page that sizes the iframe to its content"</label>
            <textarea id="embed-script" readonly rows="8" data-testid="embed-script" prop:value=script></textarea>
            <button type="button" on:click=move |_| copy(cs, "resize script", script_copy.clone())>"Copy script"</button>
        </details>
    }
}

/// What a printed page carries besides the view: the inputs behind the
/// cost figures, the date and the link that reproduces it. Shown in print only.
#[component]
pub fn PrintMeta() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let intl = ctx.intl;
    // The link is written when the page prints, not on every input.
    let link = RwSignal::new(untrack(|| ctx.link()));
    browser::before_print(move || link.set(ctx.link()));
    let inputs = text(move || {
        intl.track();
        let cur = state.currency.get();
        Field::ALL
            .iter()
            .map(|&f| {
                format!(
                    "{}: {}",
                    f.spec().label,
                    field_value(f, state.field(f).get(), cur)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    view! {
        <section class="print-only print-meta" data-testid="print-meta">
            <p><strong>"Cost inputs: "</strong>{inputs}"."</p>
            <p>
                <strong>"Printed "</strong>{today()}<strong>" from "</strong>
                <span class="print-link">{link}</span>
            </p>
        </section>
    }
}

/// A link to the current state in some form (the page, the presenter
/// view, the room, a system). Its `href` is written when the link can be
/// used ([`browser::href_on_reach`]), not re-rendered on every slider move
/// and keystroke: the link changes with every input, and nobody reads it
/// until they reach for it.
#[component]
pub fn StateLink(
    /// The address, from the state at the moment it is asked for.
    href: fn(&Ctx) -> String,
    /// CSS class, if any.
    #[prop(optional)]
    class: &'static str,
    /// `data-testid`, if any.
    #[prop(optional)]
    testid: &'static str,
    /// Opens in a new tab (the embed's way out to the full page).
    #[prop(optional)]
    new_tab: bool,
    children: Children,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let node = NodeRef::<leptos::html::A>::new();
    node.on_load(move |a| browser::href_on_reach(&a, move || href(&ctx)));
    view! {
        <a
            node_ref=node
            class=(!class.is_empty()).then_some(class)
            data-testid=(!testid.is_empty()).then_some(testid)
            target=new_tab.then_some("_blank")
            rel=new_tab.then_some("noopener")
        >
            {children()}
        </a>
    }
}
