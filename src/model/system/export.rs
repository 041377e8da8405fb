//! The system's Markdown table and ADR.

use super::super::fields::Field;

use super::super::money::Money;
use super::super::number::plain_number;
use super::super::text::md_text;
use super::plan::{Placement, SystemReport};
use super::service::System;
use super::words::{break_even_label, horizon_warning, path_lines, plan_sentences, start_sentence};

/// The services as a Markdown table: scores, verdict, plan, and monthly
/// cost in Go, in Rust and under the plan.
fn services_table(system: &System, report: &SystemReport, money: Money) -> String {
    let mut t = String::from("| Service | TTM | Lat | Safety | Exp | Scale | Verdict | Plan | Go / month | Rust / month | Plan / month |\n");
    t += "|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|\n";
    for (s, r) in system.services.iter().zip(&report.services) {
        let v = s.scores.values();
        t += &format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            md_text(s.name.as_str()),
            v[0],
            v[1],
            v[2],
            v[3],
            v[4],
            r.verdict().title(),
            r.placement.label(),
            money(r.cost.infra_go),
            money(r.cost.infra_rust),
            money(r.plan_infra)
        );
    }
    t += &format!(
        "| **System** | | | | | | | | **{}** | **{}** | **{}** |\n",
        money(report.all_go),
        money(report.all_rust),
        money(report.plan)
    );
    t
}

/// The money in one paragraph.
fn money_paragraph(report: &SystemReport, money: Money) -> String {
    let mut p = format!(
        "Per month: all Go {}, all Rust {}, the plan {} ({} {} than all Go).",
        money(report.all_go),
        money(report.all_rust),
        money(report.plan),
        money(report.plan_saving().abs()),
        if report.plan_saving() >= 0.0 {
            "less"
        } else {
            "more"
        }
    );
    match report.plan_experience {
        Some(exp) => {
            p += &format!(
                " The team learns Rust once: {} at Rust experience {exp}/5. Break-even: {}.",
                money(report.plan_learning),
                break_even_label(report)
            );
        }
        None => p += " Nothing moves, so there is nothing to learn.",
    }
    let (go, rust, plan) = report.horizon_totals();
    let net = report.plan_net();
    p += &format!(
        " With the second toolchain and slower work after the ramp, the plan {} per month against all Go. Over {} months, learning included: all Go {}, all Rust {}, the plan {}.",
        if net >= 0.0 {
            format!("saves {}", money(net))
        } else {
            format!("costs {} more", money(-net))
        },
        report.horizon,
        money(go),
        money(rust),
        money(plan),
    );
    if let Some(w) = horizon_warning(report, money) {
        p += " ";
        p += &w;
    }
    p
}

/// The system as Markdown for meeting notes: the services table, the plan,
/// the money, where to start and the link.
pub fn markdown_table(system: &System, report: &SystemReport, link: &str, money: Money) -> String {
    let mut md = String::from("## Rust or Go? Service by service\n\n");
    md += &services_table(system, report, money);
    md += "\n### Plan\n\n";
    for s in plan_sentences(system, report, &md_text) {
        md += &format!("- {s}\n");
    }
    md += "\n";
    md += &money_paragraph(report, money);
    md += "\n\n### Where to start\n\n";
    md += &start_sentence(system, report, money, &md_text);
    md += "\n";
    for (i, line) in path_lines(system, report, money, &md_text)
        .iter()
        .enumerate()
    {
        md += &format!("{}. {line}\n", i + 1);
    }
    md += &format!("\nCalculator: {link}\n");
    md
}

/// An Architecture Decision Record draft for the whole system.
pub fn adr_markdown(system: &System, report: &SystemReport, link: &str, money: Money) -> String {
    let mut md = String::from("# ADR: Implementation language, service by service\n\n## Status\n\nProposed\n\n## Context\n\n");
    md += &format!(
        "We scored each of the system's {} services on the five categories of the Rust-or-Go decision matrix and estimated each one's infrastructure in Go and in Rust with the same team and prices:\n\n",
        system.services.len()
    );
    md += &services_table(system, report, money);
    md += "\n";
    md += &money_paragraph(report, money);
    md += "\n\n## Decision\n\nWe decide per service, not for the organisation:\n\n";
    for s in plan_sentences(system, report, &md_text) {
        md += &format!("- {s}\n");
    }
    md += "\n";
    md += &start_sentence(system, report, money, &md_text);
    md += "\n";
    for (i, line) in path_lines(system, report, money, &md_text)
        .iter()
        .enumerate()
    {
        md += &format!("{}. {line}\n", i + 1);
    }
    md += "\n## Consequences\n\n";
    let moving = report.plan_experience.is_some();
    let go_side = !report.placed(|p| !p.moves()).is_empty();
    if moving {
        if report.plan_learning > 0.0 {
            md += &format!("- The team pays an estimated {} of slower work once, while it learns Rust on the first service.\n", money(report.plan_learning));
        }
        md += "- The services in Rust have no garbage collector, so no GC pauses in their tail latency; safe Rust rules out use-after-free, buffer overflows and data races at compile time.\n";
        if go_side {
            md += "- Two languages means two toolchains, two sets of libraries and reviews in both.\n";
        }
        if !report
            .placed(|p| matches!(p, Placement::Hybrid(_)))
            .is_empty()
        {
            md += &format!(
                "- Each hybrid service has a boundary to own and monitor; the cost figures run {}% of a hybrid service's load in Rust.\n",
                plain_number(system.shared.cost.get(Field::RustShare))
            );
        }
        md += "- Someone on the team must be able to review Rust before the first service ships (seed 000).\n";
    } else {
        md += "- The team stays in one language and pays no learning cost.\n";
        md += "- Garbage-collector pauses remain possible in the tail; we watch p99 latency and revisit this record when a service's scores change.\n";
    }
    if !report.placed(|p| p == Placement::Profile).is_empty() {
        md += "- The close calls run in Go under profiling; a hot path that profiling proves moves to Rust.\n";
    }
    md += &format!("\nInputs: {link}\n");
    md
}
