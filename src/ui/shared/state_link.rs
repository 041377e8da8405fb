//! A link to the current state whose `href` is written when it is reached, not on every input.

use crate::ui::platform::browser::{self};
use leptos::prelude::*;

/// A link to the current state in some form (the page, the presenter
/// view, the room, a system). Its `href` is written when the link can be
/// used ([`browser::href_on_reach`]), not re-rendered on every slider move
/// and keystroke: the link changes with every input, and nobody reads it
/// until they reach for it.
#[component]
pub fn StateLink(
    /// The address, from the state at the moment it is asked for.
    href: impl Fn() -> String + 'static,
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
    let node = NodeRef::<leptos::html::A>::new();
    node.on_load(move |a| browser::href_on_reach(&a, href));
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
