//! Elements built once and bound to the reactive graph: how the embed
//! renders without Leptos's view layer.
//!
//! The embed is a few dozen fixed nodes whose texts and attributes follow
//! the page's memos. Leptos's views compile their rendering code once per
//! view type, and that code was most of the embed's bundle; here every
//! binding is one [`RenderEffect`] over one boxed closure, so the embed
//! compiles one copy of it. A binding writes the DOM only when its text
//! differs from what it wrote last.

use leptos::prelude::{document, Memo, With};
use leptos::reactive::effect::RenderEffect;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, Event};

/// An element being built.
pub struct El(Element);

/// A new `tag` element, not yet in the page.
pub fn el(tag: &str) -> El {
    El(document()
        .create_element(tag)
        .expect("creating an element with a fixed tag name"))
}

/// Keeps the DOM showing `value()`: runs now and whenever a signal it
/// read changes, and hands `write` each text that differs from the last.
/// One concrete type for every binding, so one copy of the effect code.
fn bind(value: Box<dyn Fn() -> String>, write: Box<dyn Fn(&str)>) {
    let effect = RenderEffect::new(move |last: Option<String>| {
        let now = value();
        if last.as_deref() != Some(now.as_str()) {
            write(&now);
        }
        now
    });
    // The embed's nodes live as long as the page: so do their bindings.
    std::mem::forget(effect);
}

impl El {
    /// The element itself.
    pub fn node(&self) -> &Element {
        &self.0
    }

    /// Sets an attribute.
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Appends a fixed text.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends a child.
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends children in order.
    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }

    /// Appends a text node that follows `text()`.
    pub fn bind_text(self, text: impl Fn() -> String + 'static) -> El {
        let node = document().create_text_node("");
        let _ = self.0.append_child(&node);
        bind(Box::new(text), Box::new(move |t| node.set_data(t)));
        self
    }

    /// Keeps an attribute showing `value()`.
    pub fn bind_attr(self, name: &'static str, value: impl Fn() -> String + 'static) -> El {
        let e = self.0.clone();
        bind(
            Box::new(value),
            Box::new(move |v| {
                let _ = e.set_attribute(name, v);
            }),
        );
        self
    }

    /// Keeps a boolean attribute (`hidden`) present while `on()` holds.
    pub fn bind_flag(self, name: &'static str, on: impl Fn() -> bool + 'static) -> El {
        let e = self.0.clone();
        bind(
            Box::new(move || if on() { "1" } else { "" }.to_string()),
            Box::new(move |v| {
                let _ = if v.is_empty() {
                    e.remove_attribute(name)
                } else {
                    e.set_attribute(name, "")
                };
            }),
        );
        self
    }

    /// Keeps the element's children one `tag` element per item of
    /// `items` (a list whose items change as a whole: the memo stops an
    /// unchanged list before it reaches the DOM).
    pub fn bind_items(self, tag: &'static str, items: Memo<Vec<String>>) -> El {
        let e = self.0.clone();
        let effect = RenderEffect::new(move |_: Option<()>| {
            items.with(|items| {
                e.set_text_content(None);
                for item in items {
                    let _ = e.append_child(&el(tag).text(item).0);
                }
            })
        });
        std::mem::forget(effect);
        self
    }

    /// Keeps the input's `value` property showing `value()`.
    pub fn bind_value(self, value: impl Fn() -> String + 'static) -> El {
        let input: web_sys::HtmlInputElement = self.0.clone().unchecked_into();
        bind(Box::new(value), Box::new(move |v| input.set_value(v)));
        self
    }

    /// Calls `f` on each `event` at this element, for as long as the page lives.
    pub fn on(self, event: &str, f: impl Fn(Event) + 'static) -> El {
        let cb = Closure::<dyn Fn(Event)>::new(f);
        let _ = self
            .0
            .add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
        self
    }
}
