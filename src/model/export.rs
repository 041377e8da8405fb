//! Text the user takes away: a Markdown summary for meeting notes and an
//! Architecture Decision Record draft.
//!
//! Money formatting is passed in, so the page can use the browser's
//! `Intl.NumberFormat` while tests use a plain formatter.

use super::anchors::anchor;
use super::cost::{BreakEven, CostReport};
use super::fields::plain_number;
use super::query::State;
use super::rubric::{Evaluation, Verdict};
use super::score::Category;

/// Formats an amount of money.
pub type Money<'a> = &'a dyn Fn(f64) -> String;

/// The break-even as a phrase.
pub fn break_even_text(report: &CostReport) -> String {
    match report.break_even {
        BreakEven::Immediate => "immediately: there is no learning cost to pay back".into(),
        BreakEven::Month(m) => format!("in month {m}"),
        BreakEven::AfterHorizon(m) => {
            format!("does not pay back within the {}-month horizon (month {m})", report.horizon)
        }
        BreakEven::Never => "never: Rust saves nothing per month at these inputs".into(),
    }
}

fn cost_table(report: &CostReport, money: Money) -> String {
    let row = |name: &str, go: String, rust: String| format!("| {name} | {go} | {rust} |\n");
    let mut t = String::from("| | Go | Rust |\n|---|---:|---:|\n");
    t += &row("RAM", format!("{} GB", plain_number(report.ram_go_gb)), format!("{} GB", plain_number(report.ram_rust_gb)));
    t += &row("RAM per month", money(report.ram_go_cost), money(report.ram_rust_cost));
    t += &row("CPU per month", money(report.cpu_go_cost), money(report.cpu_rust_cost));
    t += &row("Infrastructure per month", money(report.infra_go), money(report.infra_rust));
    t += &row("One-time learning", money(0.0), money(report.learning_cost));
    t += &row(
        &format!("Total over {} months", report.horizon),
        money(report.cumulative_go(report.horizon)),
        money(report.cumulative_rust(report.horizon)),
    );
    t
}

fn scores_list(state: &State) -> String {
    let mut s = String::new();
    for c in Category::ALL {
        let score = state.scores.get(c);
        s += &format!("- **{}: {}/5** - {}\n", c.label(), score, anchor(c, score));
    }
    s
}

fn reasons_list(eval: &Evaluation) -> String {
    eval.reasons.iter().map(|r| format!("- {r}\n")).collect()
}

/// Markdown for meeting notes: scores with anchors, verdict, reasons, the
/// cost table and the link.
pub fn summary_markdown(state: &State, eval: &Evaluation, report: &CostReport, link: &str, money: Money) -> String {
    let mut md = String::from("## Rust or Go? ");
    md += eval.verdict.title();
    md += "\n\n";
    md += eval.verdict.rationale();
    md += "\n\n### Scores\n";
    md += &scores_list(state);
    md += "\n### Reasons\n";
    md += &reasons_list(eval);
    md += "\n### Cost estimate (per month unless noted)\n";
    md += &cost_table(report, money);
    md += &format!(
        "\nMonthly saving with Rust: {}. Learning Rust pays back {}.\n",
        money(report.monthly_saving),
        break_even_text(report)
    );
    md += &format!("\nCalculator: {link}\n");
    md
}

/// What the decision says, in ADR words.
fn decision_text(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Go => "We will build the service in Go.",
        Verdict::Rust => "We will build the service in Rust.",
        Verdict::Hybrid => "We will split the service: Go for the API and control plane, Rust for the performance-critical hot path, behind a service boundary (gRPC, HTTP or a queue).",
        Verdict::Close => "We will start the service in Go and extract hot paths into Rust only after profiling proves the need.",
    }
}

/// What follows from the decision.
fn consequences(verdict: Verdict, report: &CostReport, money: Money) -> String {
    let mut c = String::new();
    match verdict {
        Verdict::Go | Verdict::Close => {
            c += "- The team ships with the language it knows; no Rust learning cost now.\n";
            c += &format!(
                "- We forgo an estimated {} per month in infrastructure savings that Rust could bring.\n",
                money(report.monthly_saving.max(0.0))
            );
            c += "- Garbage-collector pauses remain possible in the tail; we watch p99 latency.\n";
            if verdict == Verdict::Close {
                c += "- We profile in production and revisit this record when a hot path shows up.\n";
            }
        }
        Verdict::Rust | Verdict::Hybrid => {
            c += &format!(
                "- Learning Rust costs an estimated {} once; it pays back {}.\n",
                money(report.learning_cost),
                break_even_text(report)
            );
            c += &format!("- Infrastructure is estimated {} per month cheaper.\n", money(report.monthly_saving));
            c += "- Memory-safety bugs and GC pauses are ruled out where Rust runs.\n";
            if verdict == Verdict::Hybrid {
                c += "- Two languages means two toolchains and a service boundary to own and monitor.\n";
            }
        }
    }
    c
}

/// An Architecture Decision Record draft prefilled from the evaluation.
pub fn adr_markdown(state: &State, eval: &Evaluation, report: &CostReport, link: &str, money: Money) -> String {
    let mut md = String::from("# ADR: Implementation language for the service: ");
    md += eval.verdict.title();
    md += "\n\n## Status\n\nProposed\n\n## Context\n\nWe scored the service on the five categories of the Rust-or-Go decision matrix:\n\n";
    md += &scores_list(state);
    md += "\nWhat dominates:\n\n";
    md += &reasons_list(eval);
    md += &format!(
        "\nCost estimate: Go {} per month, Rust {} per month, one-time learning {}; learning pays back {}.\n",
        money(report.infra_go),
        money(report.infra_rust),
        money(report.learning_cost),
        break_even_text(report)
    );
    md += "\n## Decision\n\n";
    md += decision_text(eval.verdict);
    md += " ";
    md += eval.verdict.rationale();
    md += "\n\n## Consequences\n\n";
    md += &consequences(eval.verdict, report, money);
    md += &format!("\nInputs: {link}\n");
    md
}
