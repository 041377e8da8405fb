//! The embed panel: the iframe snippet, its colours, and the resize script.

use crate::model::query::{Theme, ViewOptions};
use crate::model::text::html_text;
use crate::ui::shared::copy::{copy, CopyState};
use crate::ui::single::ctx::Ctx;
use leptos::prelude::*;

/// Height of the iframe in the snippet, px. The embed shows the verdict
/// first, so the whole verdict card (title, the money, the reasons) and
/// the first slider show within this height from a 360 px phone to a
/// 760 px blog column (a browser test checks it without the resize script).
pub const EMBED_HEIGHT: u32 = 960;

/// A colour choice as the embed panel names it.
fn theme_label(t: Theme) -> &'static str {
    match t {
        Theme::Light => "Light (suits most blogs)",
        Theme::Dark => "Dark",
        Theme::Auto => "Follow the reader's system setting",
        Theme::Transparent => "Transparent: the blog's own background, light text colours",
    }
}

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

/// The embed panel: a colour scheme choice, the snippet and the resize
/// script, both copyable.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let cs = expect_context::<CopyState>();
    // Light by default: most blogs are light, and "follow the reader" would
    // put a dark box into a light page for readers in dark mode.
    let theme = RwSignal::new(Theme::Light);
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
    let snippet = move || iframe_snippet(&html_text(&src.get()));
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
                {Theme::ALL.map(|t| view! { <option value=t.param()>{theme_label(t)}</option> }).into_iter().collect_view()}
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
