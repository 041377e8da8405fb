//! The system view: the services of one system, each scored and costed
//! with the single page's rules, the plan drawn and said, what the system
//! costs, where to start, and the exports. Shown when the URL has `svc`.
//!
//! Like the single page, the view is a function of its URL: one signal
//! holds the [`System`], the [`SystemReport`] is a memo of it, and the
//! address bar follows it.

use leptos::prelude::*;

use super::browser::{self, money, number, today};
use super::cost_view::{cumulative_points, typed_field, CumulativeChart};
use super::share::{copy, CopyState, ManualCopy, Notices};
use super::{start_intl, text, AddressBar, Ctx};
use crate::model::cost::BreakEven;
use crate::model::export::Money;
use crate::model::fields::{Field, Unit};
use crate::model::query::{Currency, ServiceName, ViewOptions};
use crate::model::rubric::Verdict;
use crate::model::score::{Category, Score};
use crate::model::system::{
    adr_markdown, analyse, append_query, break_even_label, headline, markdown_table, path_lines,
    plan_sentences, service_query, start_sentence, to_query, Boundary, ParsedSystem, Placement,
    Scenario, Start, System, SystemReport, EXPERIENCE_RULE, FLEET, MAX_SERVICES, SCENARIOS,
    START_SCORE, TEAM,
};
use crate::model::ticks::money_axis;

/// A reactive yes/no for boolean attributes and classes: like [`text`],
/// one type for all of them, so they share one copy of the rendering code.
fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
    Signal::derive(f)
}

/// The system and a stable id per service, so a row keeps its element
/// (and the focus in it) when services are added, removed or reordered.
#[derive(Clone, Debug, PartialEq)]
struct Model {
    system: System,
    ids: Vec<u32>,
    next: u32,
}

impl Model {
    fn new(system: System) -> Model {
        let n = system.services().len() as u32;
        Model {
            system,
            ids: (0..n).collect(),
            next: n,
        }
    }

    fn fresh_id(&mut self) -> u32 {
        self.next += 1;
        self.next - 1
    }

    fn add(&mut self) {
        if self.system.add() {
            let id = self.fresh_id();
            self.ids.push(id);
        }
    }

    fn duplicate(&mut self, i: usize) {
        if self.system.duplicate(i) {
            let id = self.fresh_id();
            self.ids.insert(i + 1, id);
        }
    }

    fn remove(&mut self, i: usize) {
        if self.system.remove(i) {
            self.ids.remove(i);
        }
    }

    fn move_up(&mut self, i: usize) {
        if self.system.move_up(i) {
            self.ids.swap(i - 1, i);
        }
    }

    fn move_down(&mut self, i: usize) {
        if self.system.move_down(i) {
            self.ids.swap(i, i + 1);
        }
    }

    /// Replaces the whole system; every row is new.
    fn replace(&mut self, system: System) {
        let n = system.services().len();
        self.system = system;
        self.ids = (0..n).map(|_| 0).collect();
        for slot in 0..n {
            self.ids[slot] = self.fresh_id();
        }
    }
}

/// What the system view's components share.
#[derive(Clone, Copy)]
struct SysCtx {
    model: RwSignal<Model>,
    report: Memo<SystemReport>,
    currency: Memo<Currency>,
    intl: RwSignal<bool>,
    view_opts: ViewOptions,
    address: AddressBar,
}

impl SysCtx {
    /// The link that reproduces the system (without embed options).
    fn link(&self) -> String {
        self.link_with(&ViewOptions::default())
    }

    fn link_with(&self, view: &ViewOptions) -> String {
        format!(
            "{}?{}",
            browser::page_base(),
            self.model.with(|m| to_query(&m.system, view))
        )
    }

    /// Replaces the system as one step Back can undo (a scenario), as
    /// `Ctx::jump` does on the single page.
    fn jump(&self, next: System) {
        let current = self
            .model
            .with_untracked(|m| to_query(&m.system, &self.view_opts));
        self.address
            .jump(&current, &to_query(&next, &self.view_opts));
        self.model.update(|m| m.replace(next));
    }

    /// Formats money in the system's currency; tracks the currency and
    /// the switch to `Intl`, so a text built with it re-renders with both.
    fn money(&self, v: f64) -> String {
        self.intl.track();
        money(self.currency.get(), v)
    }
}

/// The whole system view.
#[component]
pub fn SystemApp(
    /// What the URL said, already parsed and checked.
    parsed: ParsedSystem,
) -> impl IntoView {
    let view_opts = parsed.view;
    let model = RwSignal::new(Model::new(parsed.system));
    let report = Memo::new(move |_| model.with(|m| analyse(&m.system)));
    let currency = Memo::new(move |_| model.with(|m| m.system.shared.currency));
    let intl = start_intl();
    let address = AddressBar::default();
    let sv = SysCtx {
        model,
        report,
        currency,
        intl,
        view_opts,
        address,
    };
    provide_context(sv);
    provide_context(CopyState::new());
    address.follow(move || model.with(|m| to_query(&m.system, &view_opts)));
    browser::on_popstate(move || {
        if let Some(p) = crate::model::system::parse_system(&browser::query_string()) {
            model.update(|m| m.replace(p.system));
        }
    });
    let notices = parsed.notices;
    if view_opts.embed {
        return view! {
            <main class="embed-layout system-embed" data-testid="system">
                <Notices notices=notices />
                <StartHere />
                <SummaryTable testids=true />
                <PlanChart />
                <SystemCost />
                <p class="open-full">
                    <a href=text(move || sv.link()) target="_blank" rel="noopener">"Open the full system"</a>
                </p>
            </main>
        }
        .into_any();
    }
    view! {
        <header class="top">
            <div class="brand">
                <h1>"Rust or Go? "<span class="subtitle">"Service by service"</span></h1>
                <p class="tagline">
                    "Decide per service, not per organisation: score each service of one system, see which belong in Go, which in Rust and which split, what the system costs, and which service to move first."
                </p>
            </div>
            <SystemToolbar />
        </header>
        <Notices notices=notices />
        <main class="layout system" data-testid="system">
            <section class="panel services-panel" aria-labelledby="h-services">
                <h2 id="h-services">"Services"</h2>
                <p class="system-headline" data-testid="headline">
                    {text(move || {
                        let fmt = |v: f64| sv.money(v);
                        model.with(|m| report.with(|r| headline(&m.system, r, &fmt)))
                    })}
                </p>
                <ServiceList />
                <SummaryTable testids=false />
            </section>
            <div class="system-results">
                <section class="panel start-panel" aria-labelledby="h-start">
                    <h2 id="h-start">"Where to start"</h2>
                    <StartHere />
                </section>
                <section class="panel plan-panel" aria-labelledby="h-plan">
                    <h2 id="h-plan">"The plan"</h2>
                    <PlanChart />
                </section>
            </div>
            <div class="system-money">
                <section class="panel money-panel" aria-labelledby="h-money">
                    <h2 id="h-money">"What the system costs"</h2>
                    <SystemCost />
                    <SystemChart />
                </section>
                <section class="panel team-panel" aria-labelledby="h-team">
                    <TeamPanel />
                </section>
            </div>
        </main>
        <SystemPrintMeta />
        <footer class="foot">
            <p>
                "Runs entirely in your browser: nothing you enter leaves this page. Each service is scored with the same rubric and cost estimate as the single-service page; the team, prices and weights apply to every service."
            </p>
        </footer>
    }
    .into_any()
}

/// Scenario picker and the export buttons.
#[component]
fn SystemToolbar() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let cs = expect_context::<CopyState>();
    let model = sv.model;
    let scenario = Memo::new(move |_| {
        model.with(|m| {
            SCENARIOS
                .iter()
                .find(|s| s.matches(&m.system))
                .map_or("", |s| s.id)
        })
    });
    let on_scenario = move |ev: leptos::ev::Event| {
        if let Some(s) = Scenario::by_id(&event_target_value(&ev)) {
            sv.jump(s.system(model.with_untracked(|m| m.system.shared.clone())));
        }
    };
    type Export = fn(&System, &SystemReport, &str, Money) -> String;
    let export = move |what: &'static str, write: Export| {
        let cur = sv.currency.get_untracked();
        let fmt = move |v: f64| money(cur, v);
        let text = model
            .with_untracked(|m| write(&m.system, &sv.report.get_untracked(), &sv.link(), &fmt));
        copy(cs, what, text);
    };
    view! {
        <div class="toolbar">
            <div class="preset">
                <label for="system-scenario">"Scenario"</label>
                <select id="system-scenario" on:change=on_scenario prop:value=text(move || scenario.get().to_string())>
                    <option value="">"Custom"</option>
                    {SCENARIOS.iter().map(|s| view! { <option value=s.id>{s.name}</option> }).collect_view()}
                </select>
                <p class="preset-source" data-testid="scenario-source">
                    {text(move || Scenario::by_id(scenario.get()).map_or("", |s| s.source).to_string())}
                </p>
            </div>
            <div class="actions">
                <button type="button" data-testid="copy-link" on:click=move |_| copy(cs, "link", sv.link())>"Copy link"</button>
                <button type="button" data-testid="copy-table" on:click=move |_| export("table", markdown_table)>"Copy table"</button>
                <button type="button" data-testid="copy-adr" on:click=move |_| export("ADR", adr_markdown)>"Copy ADR"</button>
                <button type="button" data-testid="print" on:click=move |_| { let _ = window().print(); }>"Print"</button>
                <a class="button secondary" href=browser::page_base()>"Score one service"</a>
            </div>
            <ManualCopy cs=cs />
        </div>
    }
}

/// The editable list of services and the button that adds one.
#[component]
fn ServiceList() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let full = Memo::new(move |_| model.with(|m| m.system.is_full()));
    let status = RwSignal::new(String::new());
    view! {
        <ol class="svc-list">
            <For
                each=move || model.with(|m| m.ids.clone())
                key=|id| *id
                children=move |id| view! { <ServiceRow id=id status=status /> }
            />
        </ol>
        <div class="svc-add">
            <button
                type="button"
                data-testid="add-service"
                disabled=flag(move || full.get())
                on:click=move |_| {
                    model.update(Model::add);
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
fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Go => "v-go",
        Verdict::Close => "v-close",
        Verdict::Hybrid => "v-hybrid",
        Verdict::Rust => "v-rust",
    }
}

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
fn ServiceRow(
    /// The row's stable id.
    id: u32,
    /// Where the list announces what a button did.
    status: RwSignal<String>,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (model, report) = (sv.model, sv.report);
    let index = Memo::new(move |_| model.with(|m| m.ids.iter().position(|x| *x == id)));
    let at = move || index.get_untracked().unwrap_or(0);
    let name = Memo::new(move |_| {
        let i = index.get();
        model.with(|m| {
            i.and_then(|i| m.system.services().get(i))
                .map(|s| s.name.to_string())
                .unwrap_or_default()
        })
    });
    let count = Memo::new(move |_| model.with(|m| m.system.services().len()));
    let row = Memo::new(move |_| {
        let i = index.get();
        report.with(|r| {
            i.and_then(|i| r.services.get(i))
                .map(|s| (s.verdict(), s.placement, s.cost.monthly_saving))
        })
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
            let i = at();
            model.update(|m| {
                if let Some(s) = m.system.service_mut(i) {
                    s.name = clean;
                }
            });
        }
        raw_name.set(raw);
    };
    let up = NodeRef::<leptos::html::Button>::new();
    let down = NodeRef::<leptos::html::Button>::new();
    let act = move |what: fn(&mut Model, usize), said: &'static str| {
        let n = name.get_untracked();
        model.update(|m| what(m, at()));
        status.set(format!("{n} {said}."));
    };
    // Moving a row moves its element, which drops the keyboard focus: put
    // it back on the button pressed, or on the other one if that is now
    // disabled (the row reached an end).
    let moved = move |what: fn(&mut Model, usize),
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
        if s >= 0.0 {
            format!("Rust saves {} a month", sv.money(s))
        } else {
            format!("Rust costs {} more a month", sv.money(-s))
        }
    });
    let href = text(move || {
        let i = index.get().unwrap_or(0);
        model.with(|m| {
            format!(
                "{}?{}",
                browser::page_base(),
                service_query(&m.system, i).unwrap_or_default()
            )
        })
    });
    let pos = move || index.get().map_or(0, |i| i + 1);
    let scores = Category::ALL.map(|c| view! { <ScorePick category=c index=index /> });
    let fleet = FLEET.map(|f| view! { <FleetInput field=f index=index row=id /> });
    view! {
        <li
            class=text(move || format!("svc {}", verdict_class(verdict())))
            data-testid="service"
            data-name=text(move || name.get())
            data-verdict=text(move || verdict().id().to_string())
            data-saving=text(move || row.get().map_or(0.0, |r| r.2).to_string())
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
                <div class="svc-scores">{scores.into_iter().collect_view()}</div>
                <div class="svc-fleet">{fleet.into_iter().collect_view()}</div>
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
                    <a class="svc-open" data-testid="open-service" href=href>
                        "Open on its own page"
                    </a>
                </div>
            </fieldset>
        </li>
    }
}

/// One score of one service, as a native select 1-5.
#[component]
fn ScorePick(
    /// The category it scores.
    category: Category,
    /// Which service, by position.
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let model = expect_context::<SysCtx>().model;
    let value = Memo::new(move |_| {
        let i = index.get();
        model.with(|m| {
            i.and_then(|i| m.system.services().get(i))
                .map_or(Score::MID, |s| s.scores.get(category))
        })
    });
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(s) = event_target_value(&ev)
            .parse::<u8>()
            .ok()
            .and_then(Score::new)
        {
            let i = index.get_untracked().unwrap_or(0);
            model.update(|m| {
                if let Some(svc) = m.system.service_mut(i) {
                    svc.scores.set(category, s);
                }
            });
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
fn FleetInput(
    /// The fleet field.
    field: Field,
    /// Which service, by position.
    index: Memo<Option<usize>>,
    /// The row's stable id, for element ids.
    row: u32,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let value = Memo::new(move |_| {
        let i = index.get();
        model.with(|m| {
            i.and_then(|i| m.system.services().get(i))
                .and_then(|s| s.fleet.get(field))
                .unwrap_or_default()
        })
    });
    let (raw, error, on_input) = typed_field(field, value.into(), move |v| {
        let i = index.get_untracked().unwrap_or(0);
        model.update(|m| {
            if let Some(s) = m.system.service_mut(i) {
                s.fleet.set(field, v);
            }
        });
    });
    let err_id = StoredValue::new(format!("e-{}-{row}", field.spec().param));
    let spec = field.spec();
    view! {
        <div class="fleet" class:invalid=flag(move || error.with(Option::is_some))>
            <label>
                <span>{fleet_label(field)}</span>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    name=spec.param
                    title=spec.source
                    prop:value=raw
                    on:input=on_input
                    aria-invalid=text(move || error.with(Option::is_some).to_string())
                    aria-describedby=err_id.get_value()
                />
            </label>
            <p class="error" id=err_id.get_value() aria-live="polite">{text(move || error.get().unwrap_or_default())}</p>
        </div>
    }
}

/// The team, the prices and the currency: entered once for the system.
#[component]
fn TeamPanel() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let on_currency = move |ev: leptos::ev::Event| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            model.update(|m| m.system.shared.currency = c);
        }
    };
    let fields = TEAM
        .map(|f| view! { <SharedField field=f /> })
        .into_iter()
        .collect_view();
    view! {
        <div class="cost-head">
            <h2 id="h-team">"Team and prices, for every service"</h2>
            <label class="currency">
                "Currency "
                <select name="cur" on:change=on_currency prop:value=text(move || sv.currency.get().param().to_string())>
                    {Currency::ALL
                        .map(|c| view! { <option value=c.param()>{format!("{} {}", c.symbol(), c.code())}</option> })
                        .into_iter()
                        .collect_view()}
                </select>
            </label>
        </div>
        <div class="team-fields">{fields}</div>
        <p class="hint weights-note" data-testid="weights-note">
            {text(move || model.with(|m| m.system.shared.weights_sentence().unwrap_or_default()))}
        </p>
    }
}

/// A team or price field's label: the single page's, except that one team
/// works on every service.
fn shared_label(field: Field) -> &'static str {
    match field {
        Field::Engineers => "Engineers on the team",
        Field::RustShare => "Share of a hybrid service's load in Rust",
        _ => field.spec().label,
    }
}

/// A team or price field, validated like the single page's.
#[component]
fn SharedField(
    /// Which field.
    field: Field,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let model = sv.model;
    let spec = field.spec();
    let value = Memo::new(move |_| model.with(|m| m.system.shared.cost.get(field)));
    let (raw, error, on_input) = typed_field(field, value.into(), move |v| {
        model.update(|m| {
            m.system.shared.cost.set(field, v);
        });
    });
    let label = shared_label(field);
    let id = format!("t-{}", spec.param);
    let err_id = format!("te-{}", spec.param);
    let unit = text(move || spec.unit.suffix(sv.currency.get().symbol()).to_string());
    view! {
        <div class="field" class:invalid=flag(move || error.with(Option::is_some))>
            <label for=id.clone()>{label}</label>
            <div class="input-wrap">
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    id=id
                    name=spec.param
                    title=spec.source
                    prop:value=raw
                    on:input=on_input
                    aria-invalid=text(move || error.with(Option::is_some).to_string())
                    aria-describedby=err_id.clone()
                />
                <span class="unit">{unit}</span>
            </div>
            <p class="error" id=err_id aria-live="polite">{text(move || error.get().unwrap_or_default())}</p>
        </div>
    }
}

/// Read-only table of the services: the embed's list and the printed page's.
#[component]
fn SummaryTable(
    /// Whether rows carry the public `data-testid="service"` (the embed,
    /// where the table is the list); the full page's print copy does not.
    testids: bool,
) -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (model, report) = (sv.model, sv.report);
    let rows = move || {
        sv.intl.track();
        let cur = sv.currency.get();
        model.with(|m| {
            report.with(|r| {
                m.system
                    .services()
                    .iter()
                    .zip(&r.services)
                    .map(|(s, row)| {
                        let v = row.verdict();
                        let scores = s.scores.values().map(|x| x.to_string()).join(" ");
                        view! {
                            <tr
                                data-testid=testids.then_some("service")
                                data-name=testids.then(|| s.name.to_string())
                                data-verdict=testids.then_some(v.id())
                            >
                                <th scope="row">{s.name.to_string()}</th>
                                <td class="scores-cell">{scores}</td>
                                <td><span class=format!("badge {}", verdict_class(v))>{row.placement.label()}</span></td>
                                <td class="num">{money(cur, row.cost.monthly_saving)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <table class=if testids { "svc-table" } else { "svc-table print-only" }>
            <caption>"Scores in rubric order: time to market, latency, memory safety, Rust experience, scale / cost."</caption>
            <thead>
                <tr>
                    <th scope="col">"Service"</th>
                    <th scope="col">"Scores"</th>
                    <th scope="col">"Plan"</th>
                    <th scope="col" class="num">"Rust saves / month"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Plan drawing geometry, in SVG units: narrow enough that its text stays
/// readable on a phone.
const PW: f64 = 360.0;
const ROW: f64 = 32.0;
const TOP: f64 = 34.0;
const MID: f64 = PW / 2.0;

/// `name` cut to `max` characters with an ellipsis.
fn clip(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The plan as a drawing (Go on the left, Rust on the right, hybrids
/// across the boundary with its kind labelled) and in words.
#[component]
fn PlanChart() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (model, report) = (sv.model, sv.report);
    let drawing = move || {
        model.with(|m| {
            report.with(|r| {
                // Each side stacks its own services in list order; hybrids
                // follow below, across the boundary.
                let side = |pick: fn(Placement) -> bool| r.placed(pick);
                let go = side(|p| matches!(p, Placement::Go | Placement::Profile));
                let rust = side(|p| p == Placement::Rust);
                let hybrid = side(|p| matches!(p, Placement::Hybrid(_)));
                let stacked = go.len().max(rust.len());
                let slot = |i: usize| {
                    let k = go.iter().chain(&rust).chain(&hybrid).position(|&x| x == i).unwrap_or(0);
                    let k = if k < go.len() { k } else if k < go.len() + rust.len() { k - go.len() } else { k - go.len() - rust.len() + stacked };
                    TOP + ROW * k as f64
                };
                let n = stacked + hybrid.len();
                let rows = m.system.services().iter().zip(&r.services).enumerate().map(|(i, (s, row))| {
                    let y = slot(i);
                    let name = s.name.to_string();
                    let title = format!("{}: {}", name, row.placement.label());
                    match row.placement {
                        Placement::Go | Placement::Profile => {
                            let profile = row.placement == Placement::Profile;
                            let shown = if profile { format!("{} · profile", clip(&name, 14)) } else { clip(&name, 22) };
                            view! {
                                <g class=if profile { "box profile" } else { "box go" }>
                                    <title>{title}</title>
                                    <rect x="6" y=y width=MID - 16.0 height=ROW - 6.0 rx="5" />
                                    <text x="14" y=y + 18.0>{shown}</text>
                                </g>
                            }
                            .into_any()
                        }
                        Placement::Rust => view! {
                            <g class="box rust">
                                <title>{title}</title>
                                <rect x=MID + 10.0 y=y width=MID - 16.0 height=ROW - 6.0 rx="5" />
                                <text x=MID + 18.0 y=y + 18.0>{clip(&name, 22)}</text>
                            </g>
                        }
                        .into_any(),
                        Placement::Hybrid(b) => view! {
                            <g class="box hybrid">
                                <title>{title}</title>
                                <rect class="half go" x="48" y=y width=MID - 48.0 height=ROW - 6.0 rx="5" />
                                <rect class="half rust" x=MID y=y width=MID - 48.0 height=ROW - 6.0 rx="5" />
                                <text x="56" y=y + 18.0>{clip(&name, 10)}</text>
                                <text x=PW - 56.0 y=y + 18.0 text-anchor="end">"hot path"</text>
                                <rect class="pill" x=MID - 40.0 y=y + 4.0 width="80" height=ROW - 14.0 rx="9" />
                                <text class="pill-text" x=MID y=y + 17.0 text-anchor="middle">{b.label()}</text>
                            </g>
                        }
                        .into_any(),
                    }
                });
                let h = TOP + ROW * n as f64 + 4.0;
                let desc = plan_sentences(&m.system, r).join(" ");
                view! {
                    <svg viewBox=format!("0 0 {PW} {h}") role="img" aria-labelledby="plan-desc" data-testid="plan-chart">
                        <desc id="plan-desc">{desc}</desc>
                        <text class="side-head go" x=MID / 2.0 y="18" text-anchor="middle">"Go"</text>
                        <text class="side-head rust" x=MID + MID / 2.0 y="18" text-anchor="middle">"Rust"</text>
                        <line class="boundary" x1=MID y1="26" x2=MID y2=h />
                        {rows.collect_view()}
                    </svg>
                }
            })
        })
    };
    let words = move || {
        model.with(|m| {
            report.with(|r| {
                plan_sentences(&m.system, r)
                    .into_iter()
                    .map(|s| view! { <li>{s}</li> })
                    .collect_view()
            })
        })
    };
    view! {
        <figure class="chart plan-chart">
            {drawing}
            <figcaption class="sr-only">"The plan: Go services on the left, Rust on the right, hybrids across the boundary"</figcaption>
        </figure>
        <ul class="plan-words" data-testid="plan-words">{words}</ul>
        <p class="note">{Boundary::RULE}</p>
    }
}

/// The money: all-Go, all-Rust and the plan per month, the learning paid
/// once, and the plan's break-even.
#[component]
fn SystemCost() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let report = sv.report;
    let fig = move |pick: fn(&SystemReport) -> f64| text(move || sv.money(report.with(pick)));
    let raw = move |pick: fn(&SystemReport) -> f64| text(move || report.with(pick).to_string());
    view! {
        <dl
            class="system-cost"
            data-testid="system-cost"
            data-all-go=raw(|r| r.all_go)
            data-all-rust=raw(|r| r.all_rust)
            data-plan=raw(|r| r.plan)
        >
            <div class="fig-go">
                <dt>"All in Go, per month"</dt>
                <dd>{fig(|r| r.all_go)}</dd>
            </div>
            <div class="fig-rust">
                <dt>"All in Rust, per month"</dt>
                <dd>{fig(|r| r.all_rust)}</dd>
            </div>
            <div class="fig-plan">
                <dt>"The plan, per month"</dt>
                <dd data-testid="plan-cost">{fig(|r| r.plan)}</dd>
            </div>
            <div class="saving" class:negative=flag(move || report.with(|r| r.plan_saving() < 0.0))>
                <dt>"The plan saves, per month"</dt>
                <dd>{fig(SystemReport::plan_saving)}</dd>
            </div>
            <div hidden=move || report.with(|r| r.plan_toolchain <= 0.0 && r.plan_people <= 0.0)>
                <dt>"Second toolchain and slower work after the ramp, per month"</dt>
                <dd data-testid="system-overhead" data-value=raw(|r| r.plan_toolchain + r.plan_people)>
                    {fig(|r| r.plan_toolchain + r.plan_people)}
                </dd>
            </div>
            <div>
                <dt>"Learning Rust, once for the team"</dt>
                <dd data-testid="system-learning" data-value=raw(|r| r.plan_learning)>{fig(|r| r.plan_learning)}</dd>
            </div>
            <div>
                <dt>"The plan's break-even"</dt>
                <dd
                    data-testid="system-break-even"
                    data-month=text(move || report.with(|r| match (r.plan_experience, r.break_even) {
                        (None, _) | (_, BreakEven::Immediate) => "0".to_string(),
                        (_, BreakEven::Month(m)) => m.to_string(),
                        _ => "none".to_string(),
                    }))
                >
                    {text(move || report.with(break_even_label))}
                </dd>
            </div>
        </dl>
        <p class="note">
            {text(move || report.with(|r| match r.plan_experience {
                Some(e) => format!("{EXPERIENCE_RULE} Here: {e}/5."),
                None => EXPERIENCE_RULE.to_string(),
            }))}
        </p>
    }
}

/// Cumulative cost of all-Go, the plan and all-Rust over the horizon, in
/// the single page's chart frame.
#[component]
fn SystemChart() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let report = sv.report;
    let horizon = Memo::new(move |_| report.with(|r| r.horizon.max(1)));
    let axis = Memo::new(move |_| {
        let h = horizon.get();
        let highest = report.with(|r| {
            [
                r.cumulative_go(h),
                r.cumulative_plan(h),
                r.cumulative_rust(h),
                r.cumulative_plan(0),
                r.cumulative_rust(0),
            ]
            .into_iter()
            .fold(0.0, f64::max)
        });
        money_axis(highest, sv.currency.get().symbol())
    });
    // Straight lines but for the bend where the ramp ends (slower work
    // after it, if any, changes the slope).
    let line = move |cost: fn(&SystemReport, u32) -> f64| {
        text(move || {
            let h = horizon.get();
            let top = axis.with(|a| a.top);
            report.with(|r| {
                let mut months = vec![0.0];
                if r.ramp > 0.0 && r.ramp < f64::from(h) {
                    months.push(r.ramp.ceil());
                }
                months.push(f64::from(h));
                cumulative_points(&months, h, top, |m| cost(r, m as u32))
            })
        })
    };
    let marker = Memo::new(move |_| {
        report.with(|r| match (r.plan_experience, r.break_even) {
            (Some(_), BreakEven::Month(m)) => Some((m, format!("plan breaks even: month {m}"))),
            _ => None,
        })
    });
    let desc = text(move || {
        let h = horizon.get();
        report.with(|r| {
            format!(
                "Over {h} months: all Go {}, the plan {} and all Rust {}, learning included. Plan break-even: {}.",
                sv.money(r.cumulative_go(h)),
                sv.money(r.cumulative_plan(h)),
                sv.money(r.cumulative_rust(h)),
                break_even_label(r)
            )
        })
    });
    view! {
        <CumulativeChart
            testid="system-chart"
            desc_id="sys-be-desc"
            desc=desc
            horizon=horizon
            axis=axis
            lines=vec![
                ("go", line(SystemReport::cumulative_go)),
                ("rust", line(SystemReport::cumulative_rust)),
                ("plan", line(SystemReport::cumulative_plan)),
            ]
            marker=marker
            legend=vec![("go", "All Go"), ("plan", "The plan"), ("rust", "All Rust")]
        />
    }
}

/// Which service to move first and the path after it, or why none moves.
#[component]
fn StartHere() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let (model, report) = (sv.model, sv.report);
    let first = Memo::new(move |_| {
        model.with(|m| {
            report.with(|r| match &r.start {
                Start::Path(steps) => m.system.services()[steps[0].index].name.to_string(),
                Start::AllGo(_) => String::new(),
            })
        })
    });
    let nearest = Memo::new(move |_| {
        model.with(|m| {
            report.with(|r| match &r.start {
                Start::AllGo(Some((i, _))) => m.system.services()[*i].name.to_string(),
                _ => String::new(),
            })
        })
    });
    let sentence = text(move || {
        let fmt = |v: f64| sv.money(v);
        model.with(|m| report.with(|r| start_sentence(&m.system, r, &fmt)))
    });
    let path = move || {
        let fmt = |v: f64| sv.money(v);
        model.with(|m| {
            report.with(|r| {
                path_lines(&m.system, r, &fmt)
                    .into_iter()
                    .map(|l| view! { <li>{l}</li> })
                    .collect_view()
            })
        })
    };
    let moving = Memo::new(move |_| report.with(|r| matches!(r.start, Start::Path(_))));
    view! {
        <div class="start-here" data-testid="start-here" data-name=text(move || first.get()) data-nearest=text(move || nearest.get())>
            <p class="start-sentence">{sentence}</p>
            <div hidden=flag(move || !moving.get())>
                <h3>"The path"</h3>
                <ol class="path" data-testid="path">{path}</ol>
                <p class="note">{START_SCORE}</p>
            </div>
        </div>
    }
}

/// What a printed page carries besides the view: the team and prices, the
/// date and the link. Shown in print only.
#[component]
fn SystemPrintMeta() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let inputs = text(move || {
        let cur = sv.currency.get();
        sv.intl.track();
        sv.model.with(|m| {
            TEAM.into_iter()
                .map(|f| {
                    let v = m.system.shared.cost.get(f);
                    match f.spec().unit {
                        Unit::Money => format!("{}: {}", shared_label(f), money(cur, v)),
                        unit => format!("{}: {} {}", shared_label(f), number(v), unit.suffix(""))
                            .trim_end()
                            .to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    view! {
        <section class="print-only print-meta">
            <p><strong>"Team and prices: "</strong>{inputs}"."</p>
            <p>
                <strong>"Printed "</strong>{today()}<strong>" from "</strong>
                <span class="print-link">{text(move || sv.link())}</span>
            </p>
        </section>
    }
}

/// On the single page: "Score a whole system" (a system of this service)
/// and "Add to a system" (this service appended to a system whose link
/// the user pastes; a new system when none is given).
#[component]
pub fn SystemLinks() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let href = |ctx: &Ctx| {
        let q = to_query(&System::single(&ctx.state.get()), &ViewOptions::default());
        format!("{}?{q}", browser::page_base())
    };
    let open = RwSignal::new(false);
    let target = RwSignal::new(String::new());
    let go = move || {
        let (q, _) = append_query(&state.get_untracked(), &target.get_untracked());
        let _ = window()
            .location()
            .set_href(&format!("{}?{q}", browser::page_base()));
    };
    view! {
        <super::share::StateLink class="button secondary" testid="score-system" href=href>"Score a whole system"</super::share::StateLink>
        <button
            type="button"
            class="secondary"
            data-testid="add-to-system"
            aria-expanded=text(move || open.get().to_string())
            aria-controls="add-to-system"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            "Add to a system"
        </button>
        <div class="add-to-system" id="add-to-system" hidden=flag(move || !open.get())>
            <label for="system-link">"Link of the system to add this service to (leave it empty to start a new one)"</label>
            <input
                type="text"
                id="system-link"
                data-testid="system-link"
                autocomplete="off"
                spellcheck="false"
                prop:value=target
                on:input=move |ev| target.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        go();
                    }
                }
            />
            <button type="button" data-testid="add-to-system-go" on:click=move |_| go()>
                "Open the system with this service"
            </button>
        </div>
    }
}
