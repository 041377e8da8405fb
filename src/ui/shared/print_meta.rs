//! What a printed page carries besides the view, for every app: the inputs
//! behind its figures, the day it was printed and the link that gives it back.

use crate::model::fields::Field;
use crate::model::money::Currency;
use crate::ui::platform::browser::{self, today};
use crate::ui::shared::number_field::field_value;
use crate::ui::shared::text::Text;
use leptos::prelude::*;
use std::time::Duration;

/// The inputs as a printed line reads them: "Label: value; Label: value".
pub fn inputs_line<'a>(
    inputs: impl Iterator<Item = (&'a str, Field, f64)>,
    cur: Currency,
) -> String {
    inputs
        .map(|(label, f, v)| format!("{label}: {}", field_value(f, v, cur)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The print-only block: `heading` and the inputs, the date, and the link,
/// which is written when the page prints, not on every input.
#[component]
pub fn PrintMeta(
    /// What the inputs are ("Cost inputs", "Team and prices").
    heading: &'static str,
    /// The inputs, as [`inputs_line`] writes them.
    inputs: Text,
    /// The link that reproduces the page.
    link: Callback<(), String>,
) -> impl IntoView {
    let shown = RwSignal::new(untrack(|| link.run(())));
    // The date, written just after the page mounts (a browser's first date
    // in the reader's locale takes tens of milliseconds, which would delay
    // the verdict) and again when it prints, so a page left open overnight
    // prints the day it is printed.
    let date = RwSignal::new(String::new());
    set_timeout(move || date.set(today()), Duration::ZERO);
    browser::before_print(move || {
        shown.set(link.run(()));
        date.set(today());
    });
    view! {
        <section class="print-only print-meta" data-testid="print-meta">
            <p><strong>{heading}": "</strong>{inputs}"."</p>
            <p>
                <strong>"Printed "</strong>{date}<strong>" from "</strong>
                <span class="print-link">{shown}</span>
            </p>
        </section>
    }
}
