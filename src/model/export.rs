//! Text the user takes away: a Markdown summary for meeting notes and an
//! Architecture Decision Record draft.
//!
//! Money formatting is passed in, so the page can use the browser's
//! `Intl.NumberFormat` while tests use a plain formatter.

use super::anchors::anchor;
use super::cost::{BreakEven, CostInputs, CostReport};
use super::fields::plain_number;
use super::query::State;
use super::rubric::{Evaluation, Verdict};
use super::score::{Category, Score, Side};

/// Formats an amount of money.
pub type Money<'a> = &'a dyn Fn(f64) -> String;

/// What the exports call the thing being decided about. The ADR title and
/// the decision sentences read it from here, so naming the service is a
/// one-line change.
const SERVICE: &str = "the service";

/// The ADR's title.
fn adr_title() -> String {
    format!("ADR: Implementation language for {SERVICE}")
}

/// Break-even months past this read as "not within 10 years": a month
/// number hundreds of years out is false precision for an estimate.
const TEN_YEARS: u32 = 120;

/// The break-even as the texts need it. [`BreakEven`] is exact; this reads
/// it as a person would: amounts that round to zero cents are zero, and
/// anything past ten years is just "not within 10 years".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Payback {
    /// Nothing to learn, and Rust costs no more to run.
    Immediate,
    /// Pays back in this month, within the horizon and ten years.
    Month(u32),
    /// Pays back in this month, after the horizon but within ten years.
    AfterHorizon(u32),
    /// Pays back, but only after ten years.
    BeyondTenYears,
    /// Rust and Go cost the same to run, so nothing repays the learning.
    NoSaving,
    /// Rust costs more to run than Go.
    RustCostsMore,
}

/// Whole cents, so the texts agree with the amounts they print.
fn cents(v: f64) -> f64 {
    (v * 100.0).round()
}

/// How much less Rust costs per month than Go (negative: more), from the
/// two monthly amounts as printed, so that a reader subtracting them gets
/// exactly the difference the text states.
fn monthly_difference(r: &CostReport) -> f64 {
    (cents(r.infra_go) - cents(r.infra_rust)) / 100.0
}

fn payback(r: &CostReport) -> Payback {
    match r.break_even {
        BreakEven::Immediate => Payback::Immediate,
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) if m > TEN_YEARS => Payback::BeyondTenYears,
        BreakEven::Month(m) => Payback::Month(m),
        BreakEven::AfterHorizon(m) => Payback::AfterHorizon(m),
        // `Never` with a saving: too small to count the months in.
        BreakEven::Never if monthly_difference(r) > 0.0 => Payback::BeyondTenYears,
        BreakEven::Never if monthly_difference(r) < 0.0 => Payback::RustCostsMore,
        BreakEven::Never => Payback::NoSaving,
    }
}

/// The break-even as a short phrase that stands alone, for a label value:
/// "Month 7", "Not within 10 years".
pub fn break_even_label(r: &CostReport) -> String {
    match payback(r) {
        Payback::Immediate => "Immediately: no learning cost".into(),
        Payback::Month(m) => format!("Month {m}"),
        Payback::AfterHorizon(m) => format!("Not within the {}-month horizon (month {m})", r.horizon),
        Payback::BeyondTenYears => "Not within 10 years".into(),
        Payback::NoSaving => "Never: Rust saves nothing per month".into(),
        Payback::RustCostsMore => "Never: Rust costs more to run".into(),
    }
}

/// The running-cost difference and the break-even as one sentence, for
/// exports: "Rust costs $544.66 less per month to run than Go, so learning
/// Rust pays back in month 7." The amount is always positive; "less" or
/// "more" carries the sign.
pub fn break_even_sentence(r: &CostReport, money: Money) -> String {
    let d = monthly_difference(r);
    let running = match d {
        d if d > 0.0 => format!("Rust costs {} less per month to run than Go", money(d)),
        d if d < 0.0 => format!("Rust costs {} more per month to run than Go", money(-d)),
        _ => "Rust and Go cost the same per month to run".into(),
    };
    let outcome = match payback(r) {
        Payback::Immediate => "and there is no learning cost to pay back.".into(),
        Payback::Month(m) => format!("so learning Rust pays back in month {m}."),
        Payback::AfterHorizon(m) => format!(
            "but learning Rust does not pay back within the {}-month horizon: at these figures it would take until month {m}.",
            r.horizon
        ),
        Payback::BeyondTenYears if r.horizon < TEN_YEARS => format!(
            "but learning Rust does not pay back within the {}-month horizon: at these figures it would take more than 10 years.",
            r.horizon
        ),
        Payback::BeyondTenYears => "but learning Rust does not pay back within 10 years at these figures.".into(),
        Payback::NoSaving | Payback::RustCostsMore if cents(r.learning_cost) > 0.0 => {
            "so learning Rust never pays back on infrastructure alone.".into()
        }
        Payback::NoSaving | Payback::RustCostsMore => "so it never pays for itself on infrastructure alone.".into(),
    };
    format!("{running}, {outcome}")
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

fn reasons_list(eval: &Evaluation, cost: &CostInputs) -> String {
    eval.reasons.iter().map(|r| format!("- {}\n", r.text(cost))).collect()
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
    md += &reasons_list(eval, &state.cost);
    md += "\n### Cost estimate (per month unless noted)\n";
    md += &cost_table(report, money);
    md += "\n";
    md += &break_even_sentence(report, money);
    md += &format!("\n\nCalculator: {link}\n");
    md
}

/// A category as a factor in the decision, with its score:
/// "latency determinism (5/5)".
fn factor(category: Category, score: Score) -> String {
    let name = match category {
        Category::TimeToMarket => "time-to-market pressure",
        Category::Latency => "latency determinism",
        Category::Safety => "memory safety",
        Category::Experience => "the team's limited Rust experience",
        Category::Scale => "the projected scale",
    };
    format!("{name} ({score}/5)")
}

/// The categories pressing hard toward `side`, as factors, strongest first.
fn factors(eval: &Evaluation, side: Side) -> Vec<String> {
    eval.reasons
        .iter()
        .filter_map(|r| r.pressing())
        .filter(|(c, _)| c.side() == side)
        .map(|(c, s)| factor(c, s))
        .collect()
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The verb form that agrees with a list of factors.
fn agree<'a>(items: &[String], one: &'a str, many: &'a str) -> &'a str {
    if items.len() == 1 { one } else { many }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The Decision section: what we will do, then which factors decide it.
/// The verdict's rationale says why in general; this names the scores.
fn decision(eval: &Evaluation) -> String {
    let go = factors(eval, Side::Go);
    let rust = factors(eval, Side::Rust);
    // Which side decides, and which it outweighs.
    let decided_by = |ours: &[String], theirs: &[String], side: Side| -> String {
        if ours.is_empty() {
            return format!("No single category decides it: the moderate scores add up on {}'s side.", side.name());
        }
        let mut s = format!("{} {} it", capitalized(&and_list(ours)), agree(ours, "decides", "decide"));
        if !theirs.is_empty() {
            s += &format!(", outweighing {}", and_list(theirs));
        }
        s + "."
    };
    match eval.verdict {
        Verdict::Go => format!("We will build {SERVICE} in Go. {}", decided_by(&go, &rust, Side::Go)),
        Verdict::Rust => format!("We will build {SERVICE} in Rust. {}", decided_by(&rust, &go, Side::Rust)),
        Verdict::Hybrid => format!(
            "We will split {SERVICE}: Go for the API and control plane, Rust for the performance-critical hot path, behind a service boundary (gRPC, HTTP or a queue). Go answers {}; Rust answers {}.",
            and_list(&go),
            and_list(&rust)
        ),
        Verdict::Close => {
            let start = if go.is_empty() {
                "Neither side leads clearly, so we take the lower-risk start in Go".to_string()
            } else {
                format!("Neither side leads clearly; {} {} Go the lower-risk start", and_list(&go), agree(&go, "makes", "make"))
            };
            let check = if rust.is_empty() {
                "profiling will show whether any hot path needs Rust".to_string()
            } else {
                format!(
                    "profiling will show whether {} {} moving a hot path to Rust",
                    and_list(&rust),
                    agree(&rust, "justifies", "justify")
                )
            };
            format!(
                "We will start {SERVICE} in Go and extract hot paths into Rust only after profiling proves the need. {start}, and {check}."
            )
        }
    }
}

/// What follows from the decision.
fn consequences(verdict: Verdict, report: &CostReport, money: Money) -> String {
    let saving = monthly_difference(report);
    let difference = money(saving.abs());
    let mut c = String::new();
    match verdict {
        Verdict::Go | Verdict::Close => {
            c += "- The team works in Go, so there is no Rust learning cost now.\n";
            if saving > 0.0 {
                c += &format!("- We forgo an estimated {difference} per month in infrastructure savings that Rust could bring.\n");
            } else if saving < 0.0 {
                c += &format!("- Go is also cheaper to run: Rust would cost an estimated {difference} more per month.\n");
            }
            c += "- Garbage-collector pauses remain possible in the tail; we watch p99 latency.\n";
            if verdict == Verdict::Close {
                c += "- We profile in production and revisit this record when a hot path shows up.\n";
            }
        }
        Verdict::Rust | Verdict::Hybrid => {
            if cents(report.learning_cost) > 0.0 {
                c += &format!(
                    "- We take on an estimated {} of slower work, once, while the team learns Rust.\n",
                    money(report.learning_cost)
                );
            }
            if saving > 0.0 {
                c += &format!("- We expect to spend an estimated {difference} less per month on infrastructure than with Go.\n");
            } else if saving < 0.0 {
                c += &format!("- We accept an estimated {difference} more per month on infrastructure than with Go.\n");
            }
            let (safe, no_gc) = if verdict == Verdict::Hybrid {
                ("In the Rust hot path, safe Rust", "The hot path has no garbage collector, so no GC pauses there; the Go side keeps its collector, and we watch its p99 latency.")
            } else {
                ("Safe Rust", "Rust has no garbage collector, so there are no GC pauses in the tail.")
            };
            c += &format!(
                "- {safe} rules out use-after-free, buffer overflows and data races at compile time; logic errors and any `unsafe` code still need review and tests.\n"
            );
            c += &format!("- {no_gc}\n");
            if verdict == Verdict::Hybrid {
                c += "- Two languages means two toolchains and a service boundary to own and monitor.\n";
                c += "- The cost figures assume the whole service in Rust; with only the hot path in Rust, both the learning cost and the difference in running cost are smaller.\n";
            }
        }
    }
    c
}

/// An Architecture Decision Record draft prefilled from the evaluation.
pub fn adr_markdown(state: &State, eval: &Evaluation, report: &CostReport, link: &str, money: Money) -> String {
    let mut md = format!("# {}\n\n## Status\n\nProposed\n\n## Context\n\n", adr_title());
    md += &format!("We scored {SERVICE} on the five categories of the Rust-or-Go decision matrix:\n\n");
    md += &scores_list(state);
    md += "\nWhat dominates:\n\n";
    md += &reasons_list(eval, &state.cost);
    md += &format!(
        "\nCost estimate for the whole service in each language: Go {} per month, Rust {} per month, one-time learning {}. {}\n",
        money(report.infra_go),
        money(report.infra_rust),
        money(report.learning_cost),
        break_even_sentence(report, money)
    );
    md += "\n## Decision\n\n";
    md += &decision(eval);
    md += "\n\n## Consequences\n\n";
    md += &consequences(eval.verdict, report, money);
    md += &format!("\nInputs: {link}\n");
    md
}
