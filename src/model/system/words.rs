//! The plan and its money in words, for the page and the exports.

use super::super::cost::BreakEven;
use super::super::decision::{month_label, month_phrase};
use super::super::money::{shown_up, Money};
use super::super::score::Category;
use super::super::text::and_list;
use super::plan::{Boundary, Placement, Start, StepLearning, SystemReport};
use super::service::System;

/// A payback as a short phrase: "pays back in month 7".
fn payback_phrase(b: BreakEven, horizon: u32) -> String {
    match b {
        BreakEven::Immediate => "nothing to pay back".into(),
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) => month_phrase(m, horizon),
        BreakEven::Never => "does not pay back on infrastructure alone".into(),
    }
}

/// The plan's break-even as a phrase that stands alone.
pub fn break_even_label(report: &SystemReport) -> String {
    if report.plan_experience.is_none() {
        return "Nothing moves: no learning to pay back".into();
    }
    match report.break_even {
        BreakEven::Immediate => "Immediately: no learning cost".into(),
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) => month_label(m, report.horizon),
        BreakEven::Never => "Never: the plan saves nothing per month".into(),
    }
}

/// When the plan costs more over the horizon than all-Go or all-Rust, says
/// so, with what it would have to buy: the latency and safety value per
/// month that makes it the cheaper choice against all-Go, rounded up to
/// the cent so that value is enough. `None` when the plan is the cheapest.
pub fn horizon_warning(report: &SystemReport, money: Money) -> Option<String> {
    let (go, rust, plan) = report.horizon_totals();
    let h = report.horizon.max(1);
    if plan <= go.min(rust) {
        return None;
    }
    let (other, other_total) = if go <= rust {
        ("all Go", go)
    } else {
        ("all Rust", rust)
    };
    let mut s = format!(
        "Over the {h}-month horizon the plan costs {} more than {other} ({} against {}), learning included.",
        money(plan - other_total),
        money(plan),
        money(other_total),
    );
    if plan > go {
        let needed = shown_up((plan - go).units() / f64::from(h));
        s += &format!(
            " Against all Go it pays only if the latency and safety it buys are worth at least {} per month.",
            money(needed)
        );
    }
    Some(s)
}

/// How a service's name is written: as it is on the page, escaped in the
/// Markdown exports (`md_text`), so one sentence serves both.
pub type Name<'a> = &'a dyn Fn(&str) -> String;

/// A name as the page shows it.
pub fn plain(name: &str) -> String {
    name.to_string()
}

/// The services of one placement as a list of names, or `None`.
pub(super) fn names(system: &System, indices: &[usize], name: Name) -> Option<String> {
    (!indices.is_empty()).then(|| {
        let names: Vec<String> = indices
            .iter()
            .map(|&i| name(system.services[i].name.as_str()))
            .collect();
        and_list(&names)
    })
}

/// The plan in words: one sentence per placement that holds a service.
pub fn plan_sentences(system: &System, report: &SystemReport, name: Name) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(n) = names(system, &report.placed(|p| p == Placement::Go), name) {
        out.push(format!("Go: {n}."));
    }
    if let Some(n) = names(system, &report.placed(|p| p == Placement::Profile), name) {
        out.push(format!("Go now, profile: {n}. Close calls start in Go; a hot path moves to Rust only once profiling proves the need."));
    }
    for boundary in [Boundary::Rpc, Boundary::Queue] {
        if let Some(n) = names(
            system,
            &report.placed(|p| p == Placement::Hybrid(boundary)),
            name,
        ) {
            let how = match boundary {
                Boundary::Rpc => "Go serves the API and calls the Rust hot path over gRPC or HTTP",
                Boundary::Queue => {
                    "Go takes the work in and hands the hot path to Rust through a queue"
                }
            };
            out.push(format!("Hybrid: {n}. {how}."));
        }
    }
    if let Some(n) = names(system, &report.placed(|p| p == Placement::Rust), name) {
        out.push(format!("Rust: {n}."));
    }
    out
}

/// The system in one line, for the top of the list: how many services go
/// where, what the plan saves and where to start.
pub fn headline(system: &System, report: &SystemReport, money: Money) -> String {
    type Pick = fn(Placement) -> bool;
    let groups: [(Pick, &str); 4] = [
        (|p| p == Placement::Go, "in Go"),
        (|p| p == Placement::Profile, "in Go to profile"),
        (|p| matches!(p, Placement::Hybrid(_)), "hybrid"),
        (|p| p == Placement::Rust, "in Rust"),
    ];
    let counts: Vec<String> = groups
        .iter()
        .map(|(pick, what)| (report.placed(pick).len(), what))
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    let counts = counts.join(" · ");
    match &report.start {
        Start::Path(steps) => {
            let saving = report.plan_saving();
            let money_part = if !saving.is_negative() {
                format!("the plan saves {} a month", money(saving))
            } else {
                format!("the plan costs {} a month more than all Go", money(-saving))
            };
            format!(
                "{counts}: {money_part}; start with {}.",
                system.services[steps[0].index].name
            )
        }
        Start::AllGo(_) => format!("{counts}: nothing moves to Rust yet."),
    }
}

/// Where to start, in words: the first service and why, or why nothing
/// moves and what would change that.
pub fn start_sentence(system: &System, report: &SystemReport, money: Money, name: Name) -> String {
    match &report.start {
        Start::Path(steps) => {
            let first = &steps[0];
            let s = &system.services[first.index];
            let r = &report.services[first.index];
            let saves = if first.saving.is_positive() {
                format!("saves {} a month", money(first.saving))
            } else if first.saving.is_negative() {
                format!("costs {} more a month to run, so it moves for its runtime needs, not for money", money(-first.saving))
            } else {
                "costs the same to run, so it moves for its runtime needs, not for money".to_string()
            };
            // The row's own experience score ranks it; the money credits
            // the team with the highest among the services that move. Say
            // both when they differ, so the words match the money.
            let own = s.scores.get(Category::Experience);
            let experience = match report.plan_experience {
                Some(team) if team != own => format!(
                    "its Rust experience score is {own}/5 (the team's learning is costed at {team}/5, the highest among the services that move)"
                ),
                _ => format!("its team scores {own}/5 on Rust experience"),
            };
            format!(
                "Start with {}: it pulls toward Rust with {}% against {}% toward Go, {saves}, and {experience} (start score {}/100).",
                name(s.name.as_str()),
                // `{:.0}` as integers (ties to even, as `{:.0}` rounds), so
                // the bundle needs no float formatting.
                (r.eval.rust_pressure() * 100.0).round_ties_even() as i64,
                (r.eval.go_pressure() * 100.0).round_ties_even() as i64,
                first.score
            )
        }
        Start::AllGo(None) => {
            "Every service stays in Go, and no single score change moves any of them to Hybrid or Rust.".to_string()
        }
        Start::AllGo(Some((i, flip))) => {
            let s = &system.services[*i];
            format!(
                "Every service stays in Go. Nearest to moving: {}, whose {} going from {} to {} would make it {}.",
                name(s.name.as_str()),
                flip.category.short().to_ascii_lowercase(),
                s.scores.get(flip.category),
                flip.to,
                flip.verdict.title()
            )
        }
    }
}

/// The ordered path, one line per moving service: "build-engine (Rust,
/// start score 74): saves $4,380 a month; against the team's $56,376 of
/// learning it pays back in month 13."
pub fn path_lines(system: &System, report: &SystemReport, money: Money, name: Name) -> Vec<String> {
    let Start::Path(steps) = &report.start else {
        return Vec::new();
    };
    steps
        .iter()
        .map(|step| {
            let s = &system.services[step.index];
            let placement = report.services[step.index].placement.label();
            let saves = if !step.saving.is_negative() {
                format!("saves {} a month", money(step.saving))
            } else {
                format!("costs {} more a month", money(-step.saving))
            };
            let learning = money(report.plan_learning);
            let pays = match step.learning {
                StepLearning::None => "the team needs no learning, so it saves from its first month".to_string(),
                StepLearning::Paid => "the learning is paid back by then, so it saves from its first month".to_string(),
                StepLearning::Pays { shared: false, when, .. } => {
                    format!("against the team's {learning} of learning it {}", payback_phrase(when, report.horizon))
                }
                StepLearning::Pays { together, shared: true, when } => format!(
                    "with the services before it ({} a month together), the {learning} of learning {}",
                    money(together),
                    payback_phrase(when, report.horizon)
                ),
            };
            format!("{} ({placement}, start score {}): {saves}; {pays}.", name(s.name.as_str()), step.score)
        })
        .collect()
}
