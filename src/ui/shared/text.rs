//! `Text`, the one type-erased reactive string every dynamic text, attribute and property goes through.

use leptos::prelude::*;

/// A reactive string. Every dynamic text, attribute and property on the page
/// is one of these, so they all share one render path: each distinct closure
/// type handed to the view would otherwise compile its own copy of the
/// rendering code, and that is most of the wasm's size.
pub type Text = Signal<String>;

/// A reactive yes/no for boolean attributes and classes: like [`text`],
/// one type for all of them, so they share one copy of the rendering code.
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
    Signal::derive(f)
}

/// Makes a [`Text`] from a closure.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Text {
    Signal::derive(f)
}
