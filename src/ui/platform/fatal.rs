//! The error view shown when the app panics: a readable message and a
//! link that starts over, instead of a frozen page and a console line.

use leptos::prelude::document;

/// Replaces the page with the error view. Builds plain DOM nodes and sets
/// text only, so the message (which may quote user input) is never HTML.
pub fn show(message: &str) {
    let doc = document();
    let Some(body) = doc.body() else { return };
    let make = |tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(panel) = make("div", "") else { return };
    let _ = panel.set_attribute("class", "fatal");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "fatal");
    let reset_href = {
        let loc = doc.location();
        loc.and_then(|l| l.pathname().ok())
            .unwrap_or_else(|| "./".into())
    };
    let parts = [
        make("h1", "Something went wrong"),
        make(
            "p",
            "The calculator hit an internal error and stopped. Reloading with the defaults usually fixes it; the address bar still holds the inputs that led here.",
        ),
        make("pre", message),
        make("a", "Reset the calculator"),
    ];
    for el in parts.into_iter().flatten() {
        if el.tag_name() == "A" {
            let _ = el.set_attribute("href", &reset_href);
            let _ = el.set_attribute("class", "button");
        }
        let _ = panel.append_child(&el);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}
