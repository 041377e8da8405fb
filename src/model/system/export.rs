//! The system's Markdown table and its ADR, the ADR in the MADR 4 layout
//! the single service's follows.

use super::super::cost::RULES;
use super::super::export::common::{factors, field_list, field_values, front_matter, sources};
use super::super::fields::Field;
use super::super::money::{Cents, Money};
use super::super::number::plain_number;
use super::super::score::Side;
use super::super::text::{and_list, capitalized, md_text};
use super::plan::{Placement, SystemReport, EXPERIENCE_RULE};
use super::range::{range_words, ranges_assumption};
use super::service::{System, FLEET, TEAM};
use super::words::{
    break_even_label, horizon_warning, names, path_lines, plan_sentences, start_sentence,
};

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
            money(r.go_infra()),
            money(r.rust_infra()),
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
        if !report.plan_saving().is_negative() {
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
        if !net.is_negative() {
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

/// The plan as a Markdown list, one placement a line, names escaped.
fn plan_list(system: &System, report: &SystemReport) -> String {
    plan_sentences(system, report, &md_text)
        .iter()
        .map(|s| format!("- {s}\n"))
        .collect()
}

/// Where to start and the numbered path after it, names escaped.
fn start_and_path(system: &System, report: &SystemReport, money: Money) -> String {
    let mut md = start_sentence(system, report, money, &md_text);
    md += "\n";
    for (i, line) in path_lines(system, report, money, &md_text)
        .iter()
        .enumerate()
    {
        md += &format!("{}. {line}\n", i + 1);
    }
    md
}

/// The system as Markdown for meeting notes: the services table, the plan,
/// the money, where to start and the link.
pub fn markdown_table(system: &System, report: &SystemReport, link: &str, money: Money) -> String {
    let mut md = String::from("## Rust or Go? Service by service\n\n");
    md += &services_table(system, report, money);
    md += "\n### Plan\n\n";
    md += &plan_list(system, report);
    md += "\n";
    md += &money_paragraph(report, money);
    md += &range_words(system, report, &md_text);
    md += "\n\n### Where to start\n\n";
    md += &start_and_path(system, report, money);
    md += &format!("\nCalculator: {link}\n");
    md
}

/// The option the plan is, as Considered Options and the outcome name it.
const PLAN_OPTION: &str = "Service by service";

/// One driver per service: its verdict and the scores pressing hard
/// toward each side.
fn service_drivers(system: &System, report: &SystemReport) -> String {
    let mut s = String::new();
    for (svc, r) in system.services.iter().zip(&report.services) {
        let mut sides = Vec::new();
        for (side, word) in [(Side::Rust, "toward Rust"), (Side::Go, "toward Go")] {
            let f = factors(&r.eval, side);
            if !f.is_empty() {
                sides.push(format!("{word}, {}", and_list(&f)));
            }
        }
        let why = if sides.is_empty() {
            "no single score presses hard; the moderate scores add up".to_string()
        } else {
            sides.join("; ")
        };
        s += &format!(
            "- {} ({}): {why}.\n",
            md_text(svc.name.as_str()),
            r.verdict().title()
        );
    }
    s
}

/// An option's costs: per month, once, after the ramp, over the horizon.
fn option_costs(
    monthly: &[String],
    learning: Cents,
    people: Cents,
    total: Cents,
    report: &SystemReport,
    money: Money,
) -> String {
    let once = if learning.is_positive() {
        format!("one-time learning {}", money(learning))
    } else {
        "no learning cost".to_string()
    };
    let after = if people.is_positive() {
        format!(
            ", then {} per month of slower work after the ramp",
            money(people)
        )
    } else {
        String::new()
    };
    let included = if learning.is_positive() {
        ", learning included"
    } else {
        ""
    };
    format!(
        "{} per month; {once}{after}; {} over {} months{included}.",
        capitalized(&and_list(monthly)),
        money(total),
        report.horizon
    )
}

/// The three options with their costs and their pros and cons.
fn options(system: &System, report: &SystemReport, money: Money) -> String {
    let (go_total, rust_total, plan_total) = report.horizon_totals();
    let moving = report.placed(|p| p.moves());
    let staying = report.placed(|p| !p.moves());
    let mut md = String::new();
    // All Go.
    md += "\n### All Go\n\n";
    md += &option_costs(
        &[format!("infrastructure {}", money(report.all_go))],
        Cents::ZERO,
        Cents::ZERO,
        go_total,
        report,
        money,
    );
    md += "\n\n- Good, because the team stays in one language and learns nothing.\n";
    if let Some(n) = names(system, &moving, &md_text) {
        md += &format!("- Bad, because it builds {n} in Go against their scores.\n");
    }
    let saving = report.plan_saving();
    if saving.is_positive() {
        md += &format!(
            "- Bad, because its infrastructure costs {} more per month than the plan's.\n",
            money(saving)
        );
    }
    md += "- Bad, because garbage-collector pauses remain possible in every service's tail.\n";
    // All Rust.
    md += "\n### All Rust\n\n";
    md += &option_costs(
        &[format!("infrastructure {}", money(report.all_rust))],
        report.all_rust_learning,
        report.all_rust_people,
        rust_total,
        report,
        money,
    );
    md += "\n\n";
    let rust_saving = report.all_go - report.all_rust;
    if rust_saving.is_positive() {
        md += &format!(
            "- Good, because its infrastructure costs {} less per month than all Go.\n",
            money(rust_saving)
        );
    }
    if report.all_rust_learning.is_positive() {
        md += &format!(
            "- Bad, because the whole team learns Rust: an estimated {} of slower work, once.\n",
            money(report.all_rust_learning)
        );
    }
    if let Some(n) = names(system, &staying, &md_text) {
        md += &format!("- Bad, because it builds {n} in Rust against their scores.\n");
    }
    // The plan.
    md += &format!("\n### {PLAN_OPTION}\n\n");
    let mut monthly = vec![format!("infrastructure {}", money(report.plan))];
    if report.plan_toolchain.is_positive() {
        monthly.push(format!(
            "a second toolchain {}",
            money(report.plan_toolchain)
        ));
    }
    md += &option_costs(
        &monthly,
        report.plan_learning,
        report.plan_people,
        plan_total,
        report,
        money,
    );
    md += &format!(" Break-even vs all Go: {}.\n\n", break_even_label(report));
    md += "- Good, because each service gets the language its own scores choose.\n";
    let net = report.plan_net();
    if net.is_positive() {
        md += &format!("- Good, because with the second toolchain and slower work after the ramp it saves {} per month against all Go.\n", money(net));
    } else if net.is_negative() {
        md += &format!("- Bad, because with the second toolchain and slower work after the ramp it costs {} more per month than all Go.\n", money(-net));
    }
    if report.plan_learning.is_positive() {
        md += &format!(
            "- Bad, because the team learns Rust: an estimated {} of slower work, once.\n",
            money(report.plan_learning)
        );
    }
    md
}

/// What follows from the plan, marked good, bad or neutral.
fn consequences(system: &System, report: &SystemReport, money: Money) -> String {
    let mut md = String::new();
    let moving = report.plan_experience.is_some();
    let hybrids = !report
        .placed(|p| matches!(p, Placement::Hybrid(_)))
        .is_empty();
    let two_languages = hybrids || !report.placed(|p| !p.moves()).is_empty();
    if moving {
        if report.plan_learning.is_positive() {
            md += &format!("- Bad, because the team pays an estimated {} of slower work once, while it learns Rust on the first service.\n", money(report.plan_learning));
        }
        if report.plan_people.is_positive() {
            md += &format!(
                "- Bad, because Rust work stays slower after the ramp: an estimated {} per month.\n",
                money(report.plan_people)
            );
        }
        md += "- Good, because the services in Rust have no garbage collector, so no GC pauses in their tail latency; safe Rust rules out use-after-free, buffer overflows and data races at compile time.\n";
        if two_languages {
            let overhead = if report.plan_toolchain.is_positive() {
                format!(
                    ", an estimated {} per month for the system",
                    money(report.plan_toolchain)
                )
            } else {
                String::new()
            };
            md += &format!("- Bad, because two languages means two toolchains, two sets of libraries and reviews in both{overhead}.\n");
        }
        if hybrids {
            md += &format!(
                "- Bad, because each hybrid service has a boundary to own and monitor; the cost figures run {}% of a hybrid service's load in Rust.\n",
                plain_number(system.shared.cost.get(Field::RustShare))
            );
        }
        md += "- Neutral, because someone on the team must be able to review Rust before the first service ships (seed 000).\n";
    } else {
        md += "- Good, because the team stays in one language and pays no learning cost.\n";
        md += "- Bad, because garbage-collector pauses remain possible in the tail; we watch p99 latency and revisit this record when a service's scores change.\n";
    }
    if let Some(w) = horizon_warning(report, money) {
        md +=
            &format!("- Bad, because the plan is not the cheapest option over the horizon: {w}\n");
    }
    if !report.placed(|p| p == Placement::Profile).is_empty() {
        md += "- Neutral, because the close calls run in Go under profiling; a hot path that profiling proves moves to Rust.\n";
    }
    md
}

/// Every input the system's figures read, with its value: the team and
/// prices, each service's fleet, and the rules, then the sources.
fn more_information(system: &System, money: Money) -> String {
    let cost = &system.shared.cost;
    let mut md = String::from("\n## More Information\n\n### Assumptions\n\n");
    md += &field_values(&|f| cost.get(f), &TEAM, money);
    for svc in &system.services {
        let fleet = svc.fleet;
        md += &format!(
            "- **{}**: {}.\n",
            md_text(svc.name.as_str()),
            field_list(&|f| fleet.get(f).unwrap_or_default(), &FLEET, money)
        );
    }
    md += &ranges_assumption(system, money).unwrap_or_default();
    md += &format!("- **The team learns once**: {EXPERIENCE_RULE}\n");
    for rule in RULES.iter().filter(|r| {
        matches!(
            r.name,
            "Learning cost" | "Slower work after the ramp" | "Units" | "Rounding"
        )
    }) {
        md += &format!("- **{}**: {}\n", rule.name, rule.text);
    }
    md += "\n### Sources\n\n";
    let shared = &system.shared;
    md += &sources(shared.cloud, (shared.currency, shared.fx), cost, &TEAM);
    md
}

/// An Architecture Decision Record draft for the whole system, in the
/// MADR 4 layout. `iso_date` is the day it is drafted, `YYYY-MM-DD`.
pub fn adr_markdown(
    system: &System,
    report: &SystemReport,
    link: &str,
    iso_date: &str,
    money: Money,
) -> String {
    let mut md = front_matter(iso_date);
    md += "# Implementation language, service by service\n\n## Context and Problem Statement\n\n";
    md += &format!(
        "Which of the system's {} services should be built in Rust, and which in Go? We scored each one on the five categories of the Rust-or-Go decision matrix and estimated its infrastructure in Go and in Rust with the same team and prices:\n\n",
        system.services.len()
    );
    md += &services_table(system, report, money);
    md += "\n## Decision Drivers\n\n";
    md += &service_drivers(system, report);
    match report.plan_experience {
        Some(exp) => {
            md += &format!(
                "- The team learns Rust once, whichever service moves first: {} at Rust experience {exp}/5.\n",
                money(report.plan_learning)
            );
        }
        None => md += "- Nothing moves, so there is nothing to learn.\n",
    }
    if report.plan_toolchain.is_positive() {
        md += &format!(
            "- Running both languages costs a second toolchain, {} per month, once for the system.\n",
            money(report.plan_toolchain)
        );
    }
    md += &format!(
        "\n## Considered Options\n\n- All Go\n- All Rust\n- {PLAN_OPTION} (each service in the language its scores choose)\n"
    );
    md += &format!(
        "\n## Decision Outcome\n\nChosen option: \"{PLAN_OPTION}\". We decide per service, not for the organisation:\n\n"
    );
    md += &plan_list(system, report);
    md += "\n";
    md += &start_and_path(system, report, money);
    md += "\n";
    md += &money_paragraph(report, money);
    md += &range_words(system, report, &md_text);
    md += "\n\n### Consequences\n\n";
    md += &consequences(system, report, money);
    md += "\n## Pros and Cons of the Options\n";
    md += &options(system, report, money);
    md += &more_information(system, money);
    md += &format!("\nInputs: {link}\n");
    md
}
