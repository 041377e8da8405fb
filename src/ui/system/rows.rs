//! The services, one compact editable row each (scores, fleet, add, duplicate, remove, reorder).

use crate::model::fields::Field;
use crate::model::money::Cents;
use crate::model::query::ServiceName;
use crate::model::rubric::Verdict;
use crate::model::score::{Category, Score};
use crate::model::system::service_report;
use crate::model::system::{service_query, FLEET, MAX_SERVICES};
use crate::ui::platform::browser::{self};
use crate::ui::shared::number_field::NumberField;
use crate::ui::shared::state_link::StateLink;
use crate::ui::shared::style::verdict_class;
use crate::ui::shared::text::{flag, text};
use crate::ui::system::ctx::{Model, Row, SysCtx};
use leptos::prelude::*;

/// The editable list of services and the button that adds one.
#[component]
pub fn ServiceList() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let full = Memo::new(move |_| model.rows.with(|rows| rows.len() >= MAX_SERVICES));
    let status = RwSignal::new(String::new());
    view! {
        <ol class="svc-list">
            <For
                each=move || model.rows.get()
                key=|row| row.id
                children=move |row| view! { <ServiceRow row=row status=status /> }
            />
        </ol>
        <div class="svc-add">
            <button
                type="button"
                data-testid="add-service"
                disabled=flag(move || full.get())
                on:click=move |_| {
                    model.add();
                    status.set("Service added at the end of the list.".into());
                }
            >
                "Add a service"
            </button>
            <span class="hint" hidden=flag(move || !full.get())>
                {format!("A system holds at most {MAX_SERVICES} services.")}
            </span>
        </div>
        <p class="sr-only" role="status">{text(move || status.get())}</p>
    }
}

/// CSS class of a verdict's colours.
/// Short labels of the fleet fields, with their units, for the compact row.
fn fleet_label(f: Field) -> &'static str {
    match f {
        Field::Instances => "Instances",
        Field::GoMb => "Go RAM, MB",
        Field::RustMb => "Rust RAM, MB",
        Field::GoVcpu => "Go vCPUs",
        Field::CpuSaving => "CPU saved, %",
        _ => f.spec().label,
    }
}

/// One service: name, five scores, fleet, verdict and saving, and the
/// buttons that move, copy and remove it.
#[component]
pub fn ServiceRow(
    /// The row: its stable id and its fields' own signals.
    row: Row,
    /// Where the list announces what a button did.
    status: RwSignal<String>,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let id = row.id;
    let service = Memo::from(row.service.clone());
    let name_signal = RwSignal::from(row.name.clone());
    let (score_signals, fleet_signals) = (row.scores.clone(), row.fleet.clone());
    let index = Memo::new(move |_| model.index(id));
    let at = move || index.get_untracked().unwrap_or(0);
    let name = Memo::new(move |_| name_signal.with(|n| n.to_string()));
    let count = Memo::new(move |_| model.rows.with(Vec::len));
    // This row's own report: it reads this service and the shared inputs
    // only, so a keystroke in another row does not re-run it.
    let row = Memo::new(move |_| {
        let r = service.with(|s| model.shared.with(|sh| service_report(sh, s)));
        Some((r.verdict(), r.placement, r.rust_infra_saving()))
    });
    let verdict = move || row.get().map_or(Verdict::Close, |r| r.0);
    let raw_name = RwSignal::new(name.get_untracked());
    Effect::new(move |_| {
        let n = name.get();
        if ServiceName::new(&raw_name.get_untracked()).as_str() != n {
            raw_name.set(n);
        }
    });
    let on_name = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        let clean = ServiceName::new(&raw);
        if !clean.is_empty() {
            name_signal.set(clean);
        }
        raw_name.set(raw);
    };
    let up = NodeRef::<leptos::html::Button>::new();
    let down = NodeRef::<leptos::html::Button>::new();
    let act = move |what: fn(&Model, usize), said: &'static str| {
        let n = name.get_untracked();
        what(&model, at());
        status.set(format!("{n} {said}."));
    };
    // Moving a row moves its element, which drops the keyboard focus: put
    // it back on the button pressed, or on the other one if that is now
    // disabled (the row reached an end).
    let moved = move |what: fn(&Model, usize),
                      said: &'static str,
                      first: NodeRef<leptos::html::Button>,
                      second: NodeRef<leptos::html::Button>| {
        act(what, said);
        request_animation_frame(move || {
            for b in [first, second]
                .into_iter()
                .filter_map(|r| r.get_untracked())
            {
                if !b.disabled() {
                    let _ = b.focus();
                    break;
                }
            }
        });
    };
    let saving = text(move || {
        let Some((_, _, s)) = row.get() else {
            return String::new();
        };
        if !s.is_negative() {
            format!("Rust saves {} a month", sv.money(s))
        } else {
            format!("Rust costs {} more a month", sv.money(-s))
        }
    });
    // Written when reached, like the single page's links: the address
    // changes with every keystroke in the system, and nobody reads it
    // until they reach for it.
    let href = move || {
        let i = at();
        sv.system
            .with_untracked(|s| browser::link_to(&service_query(s, i).unwrap_or_default()))
    };
    let pos = move || index.get().map_or(0, |i| i + 1);
    let scores = Category::ALL
        .into_iter()
        .zip(score_signals)
        .map(|(c, v)| view! { <ScorePick category=c value=RwSignal::from(v) /> })
        .collect_view();
    let fleet = FLEET
        .into_iter()
        .zip(fleet_signals)
        .map(|(f, v)| view! { <FleetInput field=f value=RwSignal::from(v) row=id /> })
        .collect_view();
    view! {
        <li
            class=text(move || format!("svc {}", verdict_class(verdict())))
            data-testid="service"
            data-name=text(move || name.get())
            data-verdict=text(move || verdict().id().to_string())
            data-saving=text(move || row.get().map_or(Cents::ZERO, |r| r.2).attr())
        >
            <fieldset>
                <legend class="sr-only">{text(move || format!("Service {}: {}", pos(), name.get()))}</legend>
                <div class="svc-head">
                    <span class="svc-pos" aria-hidden="true">{text(move || pos().to_string())}</span>
                    <label class="svc-name">
                        <span class="svc-name-label">"Name"</span>
                        <input
                            type="text"
                            name="svc-name"
                            autocomplete="off"
                            spellcheck="false"
                            maxlength=ServiceName::MAX_CHARS.to_string()
                            prop:value=raw_name
                            on:input=on_name
                        />
                    </label>
                    <p class="svc-verdict">
                        <span class="badge">{text(move || row.get().map_or("", |r| r.1.label()).to_string())}</span>
                        <span class="svc-saving">{saving}</span>
                    </p>
                </div>
                <div class="svc-scores">{scores}</div>
                <div class="svc-fleet">{fleet}</div>
                <div class="svc-actions">
                    <button
                        type="button"
                        class="secondary icon"
                        data-testid="move-up"
                        node_ref=up
                        aria-label=text(move || format!("Move {} up", name.get()))
                        disabled=flag(move || index.get() == Some(0))
                        on:click=move |_| moved(Model::move_up, "moved up", up, down)
                    >
                        "↑"
                    </button>
                    <button
                        type="button"
                        class="secondary icon"
                        data-testid="move-down"
                        node_ref=down
                        aria-label=text(move || format!("Move {} down", name.get()))
                        disabled=flag(move || index.get().is_none_or(|i| i + 1 >= count.get()))
                        on:click=move |_| moved(Model::move_down, "moved down", down, up)
                    >
                        "↓"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="duplicate"
                        disabled=flag(move || count.get() >= MAX_SERVICES)
                        on:click=move |_| act(Model::duplicate, "duplicated below")
                    >
                        "Duplicate"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="remove"
                        disabled=flag(move || count.get() <= 1)
                        on:click=move |_| act(Model::remove, "removed")
                    >
                        "Remove"
                    </button>
                    <StateLink class="svc-open" testid="open-service" href=href>
                        "Open on its own page"
                    </StateLink>
                </div>
            </fieldset>
        </li>
    }
}

/// One score of one service, as a native select 1-5.
#[component]
pub fn ScorePick(
    /// The category it scores.
    category: Category,
    /// This score's own signal.
    value: RwSignal<Score>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(s) = event_target_value(&ev)
            .parse::<u8>()
            .ok()
            .and_then(Score::new)
        {
            value.set(s);
        }
    };
    view! {
        <label class="pick">
            <span>{category.short()}</span>
            <select name=category.param() prop:value=text(move || value.get().to_string()) on:change=on_change>
                {Score::all().map(|s| view! { <option value=s.get().to_string()>{s.get()}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// One fleet value of one service, validated like the single page's fields.
#[component]
pub fn FleetInput(
    /// The fleet field.
    field: Field,
    /// This value's own signal.
    value: RwSignal<f64>,
    /// The row's stable id, for element ids.
    row: u32,
) -> impl IntoView {
    // The field commits only values it accepts, as `Fleet::set` requires.
    let commit = move |v| value.set(v);
    view! {
        <NumberField
            field=field
            value=value.into()
            commit=commit
            id=format!("f-{}-{row}", field.spec().param)
            label=fleet_label(field)
            compact=true
        />
    }
}
