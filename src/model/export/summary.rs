//! The Markdown summary for meeting notes.

use super::super::cost::{CostReport, Plan, PlanCost};
use super::super::decision::plan_break_even_label;
use super::super::money::{Cents, Money};
use super::super::number::plain_number;
use super::super::query::State;
use super::super::rubric::Evaluation;
use super::common::{
    assumptions, firmness_line, hybrid_shape, money_words, reasons_list, scores_list, service,
};

/// A row of the plans table: a heading and one cell per plan.
fn plans_row(name: &str, cell: impl Fn(&PlanCost) -> String, report: &CostReport) -> String {
    let cells: Vec<String> = Plan::ALL.iter().map(|&p| cell(report.plan(p))).collect();
    format!("| {name} | {} |\n", cells.join(" | "))
}

/// The three plans side by side. Rows that are zero for every plan (no
/// slower work after the ramp, no latency and safety value) are left out,
/// and the text says what the figures leave out instead.
fn cost_table(report: &CostReport, money: Money) -> String {
    let heads: Vec<&str> = Plan::ALL.iter().map(|p| p.name()).collect();
    let mut t = format!("| | {} |\n|---|---:|---:|---:|\n", heads.join(" | "));
    let any = |f: fn(&PlanCost) -> Cents| report.plans.iter().any(|p| !f(p).is_zero());
    t += &plans_row("RAM", |p| format!("{} GB", plain_number(p.ram_gb)), report);
    t += &plans_row("RAM per month", |p| money(p.cents.ram), report);
    t += &plans_row("CPU per month", |p| money(p.cents.cpu), report);
    t += &plans_row("Infrastructure per month", |p| money(p.cents.infra), report);
    t += &plans_row(
        "Second toolchain per month",
        |p| money(p.cents.toolchain),
        report,
    );
    if any(|p| p.cents.risk) {
        t += &plans_row(
            "Latency and safety cost per month (what Rust avoids)",
            |p| money(p.cents.risk),
            report,
        );
    }
    t += &plans_row("Total per month", |p| money(p.cents.month()), report);
    if any(|p| p.cents.people) {
        t += &plans_row(
            "Slower work after the ramp, per month",
            |p| money(p.cents.people),
            report,
        );
    }
    t += &plans_row("One-time learning", |p| money(p.cents.learning), report);
    t += &plans_row(
        &format!("Total over {} months", report.horizon),
        |p| money(p.horizon_total()),
        report,
    );
    t += &plans_row(
        "Break-even vs Go",
        |p| {
            if p.plan == Plan::Go {
                "-".to_string()
            } else {
                plan_break_even_label(report, p.plan)
            }
        },
        report,
    );
    t
}

/// Markdown for meeting notes: verdict with the money beside it, scores
/// with anchors, reasons, the three plans' costs, the assumptions and the
/// link.
pub fn summary_markdown(
    state: &State,
    eval: &Evaluation,
    report: &CostReport,
    link: &str,
    date: &str,
    money: Money,
) -> String {
    let mut md = if state.name.is_empty() {
        String::from("## Rust or Go? ")
    } else {
        format!("## Rust or Go for {}? ", service(state))
    };
    md += eval.verdict.title();
    md += "\n\n";
    md += eval.rationale();
    md += " ";
    md += &firmness_line(state);
    md += "\n\n";
    md += &money_words(state, eval, report, money);
    md += "\n\n### Scores\n";
    md += &scores_list(state);
    md += "\n### Reasons\n";
    md += &reasons_list(eval, &state.cost);
    md += &format!(
        "\n### Cost estimate (per month unless noted; hybrid: {})\n",
        hybrid_shape(report)
    );
    md += &cost_table(report, money);
    md += "\n### Assumptions\n";
    md += &assumptions(&state.cost, &state.ranges, money);
    md += &format!("\nScored {date}. Calculator: {link}\n");
    md
}
