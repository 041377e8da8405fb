//! The system view (`svc` in the URL): its layout, address bar and toolbar.

use crate::model::money::{Cents, Money};
use crate::model::system::{
    adr_markdown, analyse, headline, markdown_table, system_range, to_query, ParsedSystem,
    Scenario, System, SystemReport, SCENARIOS,
};
use crate::ui::platform::browser::{self, money};
use crate::ui::shared::address::{start_intl, AddressBar};
use crate::ui::shared::copy::CopyState;
use crate::ui::shared::notices::Notices;
use crate::ui::shared::text::text;
use crate::ui::shared::toolbar::{CopyButton, PrintButton, ScenarioPicker, ToolbarFrame};
use crate::ui::system::ctx::{Model, SysCtx};
use crate::ui::system::money::{StartHere, SystemChart, SystemCost};
use crate::ui::system::print::SystemPrintMeta;
use crate::ui::system::rows::ServiceList;
use crate::ui::system::summary::{PlanChart, SummaryTable};
use crate::ui::system::team::TeamPanel;
use leptos::prelude::*;

/// The whole system view.
#[component]
pub fn SystemApp(
    /// What the URL said, already parsed and checked.
    parsed: ParsedSystem,
) -> impl IntoView {
    let view_opts = parsed.view;
    let model = Model::new(parsed.system);
    let system = Memo::new(move |_| model.system());
    let report = Memo::new(move |_| system.with(analyse));
    // The plan and its ranking at both ends of the ranges.
    let range = Memo::new(move |_| system.with(|s| report.with(|r| system_range(s, r))));
    let currency = Memo::new(move |_| model.shared.with(|s| s.currency));
    let intl = start_intl();
    let address = AddressBar::default();
    let sv = SysCtx {
        model,
        system,
        report,
        range,
        currency,
        intl,
        view_opts,
        address,
    };
    provide_context(sv);
    provide_context(CopyState::new());
    address.follow(move || system.with(|m| to_query(m, &view_opts)));
    browser::on_popstate(move || {
        if let Some(p) = crate::model::system::parse_system(&browser::query_string()) {
            model.replace(p.system);
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
                        let fmt = |v: Cents| sv.money(v);
                        system.with(|m| report.with(|r| headline(m, r, &fmt)))
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
pub fn SystemToolbar() -> impl IntoView {
    let sv = expect_context::<SysCtx>();
    let cs = expect_context::<CopyState>();
    let system = sv.system;
    let scenario = Memo::new(move |_| {
        system.with(|m| SCENARIOS.iter().find(|s| s.matches(m)).map_or("", |s| s.id))
    });
    let on_scenario = move |id: String| {
        if let Some(s) = Scenario::by_id(&id) {
            sv.jump(s.system(system.with_untracked(|m| m.shared.clone())));
        }
    };
    type Export = fn(&System, &SystemReport, &str, Money) -> String;
    // The ADR is the table's arguments plus the day, ISO for its front matter.
    fn adr(system: &System, report: &SystemReport, link: &str, money: Money) -> String {
        adr_markdown(system, report, link, &browser::today_iso(), money)
    }
    let export = move |write: Export| {
        let cur = sv.currency.get_untracked();
        let fmt = move |v: Cents| money(cur, v);
        system.with_untracked(|m| write(m, &sv.report.get_untracked(), &sv.link(), &fmt))
    };
    let picker = view! {
        <ScenarioPicker
            id="system-scenario"
            choices=SCENARIOS.iter().map(|s| (s.id, s.name)).collect()
            value=text(move || scenario.get().to_string())
            on_pick=Callback::new(on_scenario)
            source=text(move || Scenario::by_id(scenario.get()).map_or("", |s| s.source).to_string())
            source_testid="scenario-source"
        />
    }
    .into_any();
    view! {
        <ToolbarFrame cs=cs picker=picker>
            <CopyButton cs=cs testid="copy-link" what="link" write=Callback::new(move |()| sv.link())>"Copy link"</CopyButton>
            <CopyButton cs=cs testid="copy-table" what="table" write=Callback::new(move |()| export(markdown_table))>"Copy table"</CopyButton>
            <CopyButton cs=cs testid="copy-adr" what="ADR" write=Callback::new(move |()| export(adr))>"Copy ADR"</CopyButton>
            <PrintButton />
            <a class="button secondary" href=browser::link_to("")>"Score one service"</a>
        </ToolbarFrame>
    }
}
