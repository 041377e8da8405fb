//! The single page's toolbar: scenarios, copy link / summary / ADR, present, room, print, reset, and the links into a system.

use crate::model::cost::CostReport;
use crate::model::export::{adr_markdown, summary_markdown};
use crate::model::money::{Cents, Currency, Money};
use crate::model::presets::{Preset, PRESETS};
use crate::model::query::State;
use crate::model::rubric::Evaluation;
use crate::ui::platform::browser::{money, today, today_iso};
use crate::ui::shared::copy::CopyState;
use crate::ui::shared::state_link::StateLink;
use crate::ui::shared::text::text;
use crate::ui::shared::toolbar::{CopyButton, PrintButton, ScenarioPicker, ToolbarFrame};
use crate::ui::single::ctx::Ctx;
use crate::ui::single::links::{present_href, room_href, SystemLinks};
use leptos::prelude::*;

/// An export of the page: summary or ADR Markdown.
type Export = fn(&State, &Evaluation, &CostReport, &str, &str, Money) -> String;

/// The date an export prints: the summary's in the reader's words, the
/// ADR's as ISO `YYYY-MM-DD` for its front matter.
type Date = fn() -> String;

/// The preset picker and the action buttons in the page header.
#[component]
pub fn Toolbar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = ctx.state;
    let cs = expect_context::<CopyState>();
    let preset_id = Memo::new(move |_| state.preset.get().map(|p| p.id).unwrap_or(""));
    // The preset first: with none (the usual case) nothing else is read,
    // so a slider move does not re-run this.
    let modified = Memo::new(move |_| {
        state
            .preset
            .get()
            .is_some_and(|p| p.modified(&state.scores(), &state.cost(), state.fx.get()))
    });
    let on_preset = move |id: String| {
        match Preset::by_id(&id) {
            // A scenario sets scores and fleet; the service's name, the
            // weights, the chosen price list and the currency at its rate
            // stay the lead's own.
            Some(p) => {
                let State {
                    name,
                    weights,
                    cloud,
                    currency,
                    fx,
                    ..
                } = state.get_untracked();
                let mut next = State {
                    name,
                    weights,
                    ..State::from_preset(p, Currency::Usd)
                };
                next.set_cloud(cloud);
                next.currency = currency;
                next.set_fx(fx);
                ctx.jump(next)
            }
            None => state.update(|s| s.preset = None),
        }
    };
    // One of the exports (summary or ADR) of the current state.
    let export = move |write: Export, date: Date| {
        let s = state.get_untracked();
        let fmt_money = |v: Cents| money(s.currency, v);
        write(
            &s,
            &ctx.eval.get_untracked(),
            &ctx.report.get_untracked(),
            &untrack(|| ctx.link()),
            &date(),
            &fmt_money,
        )
    };
    let reset = move |_| {
        let cur = state.currency.get_untracked();
        ctx.jump(State {
            currency: cur,
            ..State::default()
        });
        cs.manual.set(None);
        cs.status.set("Reset to the defaults.".into());
    };
    let picker = view! {
        <ScenarioPicker
            id="preset"
            choices=PRESETS.iter().map(|p| (p.id, p.name)).collect()
            value=text(move || preset_id.get().to_string())
            on_pick=Callback::new(on_preset)
            source=text(move || state.preset.get().map(|p| p.source).unwrap_or("").to_string())
            source_testid="preset-source"
        >
            <span class="modified" data-testid="preset-modified" hidden=move || !modified.get()>
                "modified"
            </span>
        </ScenarioPicker>
    }
    .into_any();
    view! {
        <ToolbarFrame cs=cs picker=picker>
            <CopyButton cs=cs testid="copy-link" what="link" write=Callback::new(move |()| ctx.link())>"Copy link"</CopyButton>
            <CopyButton cs=cs testid="copy-summary" what="summary" write=Callback::new(move |()| export(summary_markdown, today))>"Copy summary"</CopyButton>
            <CopyButton cs=cs testid="copy-adr" what="ADR" write=Callback::new(move |()| export(adr_markdown, today_iso))>"Copy ADR"</CopyButton>
            <StateLink class="button" testid="open-present" href=move || present_href(&ctx)>"Present"</StateLink>
            <StateLink class="button" testid="open-room" href=move || room_href(&ctx)>"Room"</StateLink>
            <PrintButton />
            <button type="button" class="secondary" data-testid="reset" on:click=reset>"Reset"</button>
            <SystemLinks />
        </ToolbarFrame>
    }
}
