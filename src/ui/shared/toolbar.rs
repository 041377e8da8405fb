//! The toolbar every app puts in its header: a scenario picker, the action
//! buttons (copy, print) and the box for a manual copy.

use crate::ui::shared::copy::{copy, CopyState, ManualCopy};
use crate::ui::shared::text::Text;
use leptos::prelude::*;

/// A toolbar: the picker, then the actions, then the manual-copy box.
#[component]
pub fn ToolbarFrame(
    /// Where copies report.
    cs: CopyState,
    /// The scenario picker (a [`ScenarioPicker`]).
    picker: AnyView,
    /// The action buttons.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="toolbar">
            {picker}
            <div class="actions">{children()}</div>
            <ManualCopy cs=cs />
        </div>
    }
}

/// "Scenario": a select of named starting points with "Custom" first, and
/// the chosen one's source under it.
#[component]
pub fn ScenarioPicker(
    /// The select's id (and name).
    id: &'static str,
    /// Each scenario's id and name, in picker order.
    choices: Vec<(&'static str, &'static str)>,
    /// The chosen scenario's id ("" for Custom).
    value: Text,
    /// Called with the id picked.
    on_pick: Callback<String>,
    /// The chosen scenario's source, or "".
    source: Text,
    /// The source line's `data-testid`.
    source_testid: &'static str,
    /// Shown after the select (the single page's "modified" marker).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="preset">
            <label for=id>"Scenario"</label>
            <select id=id name=id on:change=move |ev| on_pick.run(event_target_value(&ev)) prop:value=value>
                <option value="">"Custom"</option>
                {choices.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
            {children.map(|c| c())}
            <p class="preset-source" data-testid=source_testid>{source}</p>
        </div>
    }
}

/// A button that copies what `write` returns; `what` names it in the
/// confirmation ("link", "ADR").
#[component]
pub fn CopyButton(
    /// Where the copy reports.
    cs: CopyState,
    /// The button's `data-testid`.
    testid: &'static str,
    /// What is copied, as it reads mid-sentence.
    what: &'static str,
    /// Writes the text when the button is pressed.
    write: Callback<(), String>,
    /// The button's label.
    children: Children,
) -> impl IntoView {
    view! {
        <button type="button" data-testid=testid on:click=move |_| copy(cs, what, write.run(()))>
            {children()}
        </button>
    }
}

/// "Print": the browser's print dialog; each app's print stylesheet and
/// print block do the rest.
#[component]
pub fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" data-testid="print" on:click=move |_| { let _ = window().print(); }>
            "Print"
        </button>
    }
}
