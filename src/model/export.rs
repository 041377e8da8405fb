//! Text the user takes away: a Markdown summary for meeting notes and an
//! Architecture Decision Record draft.
//!
//! Money formatting is passed in, so the page can use the browser's
//! `Intl.NumberFormat` while tests use a plain formatter.

use super::anchors::anchor;
use super::cost::{CostInputs, CostReport, Plan, PlanCost, RULES};
use super::decision::{break_even_in_text, decide, plan_break_even_label, MoneyVerdict};
use super::fields::{Field, Group};
use super::firmness::firmness;
use super::money::{cents, Money};
use super::number::plain_number;
use super::query::State;
use super::rubric::{Evaluation, Phase, Verdict};
use super::score::{Category, Score, Side};
use super::text::{and_list, capitalized, md_text};

/// What the exports call the thing being decided about: the service's name
/// as Markdown text, or "the service" when it has none.
fn service(state: &State) -> String {
    if state.name.is_empty() {
        "the service".to_string()
    } else {
        md_text(state.name.as_str())
    }
}

/// The ADR's title.
fn adr_title(state: &State) -> String {
    format!("ADR: Implementation language for {}", service(state))
}

/// How firm the verdict is and, when the weights differ from the rubric as
/// written, which ones: said in every export so a weighted verdict is never
/// read as the plain one.
fn firmness_line(state: &State) -> String {
    let f = firmness(&state.scores, &state.weights).phrase();
    let mut line = format!("The verdict is {f}.");
    if let Some(w) = state.weights.describe() {
        line += " ";
        line += &w;
    }
    line
}

/// How much less `plan` costs per month to run than Go (negative: more),
/// from the two monthly amounts as printed, so that a reader subtracting
/// them gets exactly the difference the text states.
fn infra_difference(report: &CostReport, plan: Plan) -> f64 {
    (cents(report.plan(Plan::Go).infra) - cents(report.plan(plan).infra)) / 100.0
}

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
    let any = |f: fn(&PlanCost) -> f64| report.plans.iter().any(|p| cents(f(p)) != 0.0);
    t += &plans_row("RAM", |p| format!("{} GB", plain_number(p.ram_gb)), report);
    t += &plans_row("RAM per month", |p| money(p.ram_cost), report);
    t += &plans_row("CPU per month", |p| money(p.cpu_cost), report);
    t += &plans_row("Infrastructure per month", |p| money(p.infra), report);
    t += &plans_row(
        "Second toolchain per month",
        |p| money(p.toolchain_month),
        report,
    );
    if any(|p| p.risk_month) {
        t += &plans_row(
            "Latency and safety cost per month (what Rust avoids)",
            |p| money(p.risk_month),
            report,
        );
    }
    t += &plans_row("One-time learning", |p| money(p.learning), report);
    if any(|p| p.people_month) {
        t += &plans_row(
            "Slower work after the ramp, per month",
            |p| money(p.people_month),
            report,
        );
    }
    t += &plans_row(
        &format!("Total over {} months", report.horizon),
        |p| money(p.cumulative(report.horizon)),
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

/// What the hybrid is, in the words the table and the options need:
/// "30% of the load in Rust, 2 engineers learning Rust".
fn hybrid_shape(report: &CostReport) -> String {
    let h = report.plan(Plan::Hybrid);
    let engineers = match plain_number(h.rust_engineers).as_str() {
        "1" => "1 engineer".to_string(),
        n => format!("{n} engineers"),
    };
    format!(
        "{}% of the load in Rust, {engineers} learning Rust",
        plain_number(h.rust_share * 100.0)
    )
}

/// One value as the assumptions list writes it: money in the currency,
/// other units after the number.
fn input_value(field: Field, value: f64, money: Money) -> String {
    field.value_text(value, money, &plain_number)
}

/// Every input with its value, then the rules the estimate follows, so
/// the figures can be checked and redone.
fn assumptions(cost: &CostInputs, money: Money) -> String {
    let mut s = String::new();
    for group in Group::ALL {
        let fields: Vec<String> = Field::ALL
            .iter()
            .filter(|f| f.spec().group == group)
            .map(|&f| format!("{} {}", f.spec().label, input_value(f, cost.get(f), money)))
            .collect();
        s += &format!("- **{}**: {}.\n", group.legend(), fields.join("; "));
    }
    for rule in RULES {
        s += &format!("- **{}**: {}\n", rule.name, rule.text);
    }
    s
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
    eval.reasons
        .iter()
        .map(|r| format!("- {}\n", r.text(cost)))
        .collect()
}

/// The money beside the verdict, for both documents.
fn money_verdict(state: &State, eval: &Evaluation, report: &CostReport) -> MoneyVerdict {
    decide(
        eval.verdict,
        report,
        state.scores.get(Category::Experience),
        &state.cost,
    )
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
    md += &money_verdict(state, eval, report).sentence(money);
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
    md += &assumptions(&state.cost, money);
    md += &format!("\nScored {date}. Calculator: {link}\n");
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

/// The verb form that agrees with a list of factors.
fn agree<'a>(items: &[String], one: &'a str, many: &'a str) -> &'a str {
    if items.len() == 1 {
        one
    } else {
        many
    }
}

/// The Decision section: what we will do, then which factors decide it.
/// The verdict's rationale says why in general; this names the scores.
fn decision(eval: &Evaluation, svc: &str) -> String {
    let go = factors(eval, Side::Go);
    let rust = factors(eval, Side::Rust);
    // Which side decides, and which it outweighs.
    let decided_by = |ours: &[String], theirs: &[String], side: Side| -> String {
        if ours.is_empty() {
            return format!(
                "No single category decides it: the moderate scores add up on {}'s side.",
                side.name()
            );
        }
        let mut s = format!(
            "{} {} it",
            capitalized(&and_list(ours)),
            agree(ours, "decides", "decide")
        );
        if !theirs.is_empty() {
            s += &format!(", outweighing {}", and_list(theirs));
        }
        s + "."
    };
    match eval.verdict {
        Verdict::Go => format!("We will build {svc} in Go. {}", decided_by(&go, &rust, Side::Go)),
        Verdict::Rust => format!("We will build {svc} in Rust. {}", decided_by(&rust, &go, Side::Rust)),
        Verdict::Hybrid => format!(
            "We will split {svc}: Go for the API and control plane, Rust for the performance-critical hot path, behind a service boundary (gRPC, HTTP or a queue). Go answers {}; Rust answers {}.",
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
                "We will start {svc} in Go and extract hot paths into Rust only after profiling proves the need. {start}, and {check}."
            )
        }
    }
}

/// One option for the ADR: what it costs per month, once, and over the
/// horizon, with the extras only the plans that have them carry.
fn option_line(report: &CostReport, plan: Plan, money: Money) -> String {
    let p = report.plan(plan);
    let name = match plan {
        Plan::Hybrid => format!(
            "**Hybrid** (Go for the API and control plane, Rust for the hot path; {})",
            hybrid_shape(report)
        ),
        _ => format!("**{}** (the whole service)", plan.name()),
    };
    let mut monthly = vec![format!("infrastructure {}", money(p.infra))];
    if cents(p.toolchain_month) > 0.0 {
        monthly.push(format!("a second toolchain {}", money(p.toolchain_month)));
    }
    if cents(p.risk_month) > 0.0 {
        monthly.push(format!("latency and safety cost {}", money(p.risk_month)));
    }
    let monthly = format!("{} per month", and_list(&monthly));
    let once = if cents(p.learning) > 0.0 {
        format!("one-time learning {}", money(p.learning))
    } else {
        "no learning cost".to_string()
    };
    let after = if cents(p.people_month) > 0.0 {
        format!(
            ", then {} per month of slower work after the ramp",
            money(p.people_month)
        )
    } else {
        String::new()
    };
    let payback = match plan {
        Plan::Go => String::new(),
        _ => format!(" Break-even vs Go: {}.", break_even_in_text(report, plan)),
    };
    format!(
        "- {name}: {monthly}; {once}{after}; {} over {} months.{payback}\n",
        money(p.cumulative(report.horizon)),
        report.horizon
    )
}

/// What follows from the decision, in the money of the plan it implies.
fn consequences(verdict: Verdict, report: &CostReport, money: Money) -> String {
    let mut c = String::new();
    match verdict {
        Verdict::Go | Verdict::Close => {
            let saving = infra_difference(report, Plan::Rust);
            let difference = money(saving.abs());
            c += "- The team works in Go, so there is no Rust learning cost now.\n";
            if saving > 0.0 {
                c += &format!("- We forgo an estimated {difference} per month in infrastructure savings that Rust could bring.\n");
            } else if saving < 0.0 {
                c += &format!("- Go is also cheaper to run: Rust would cost an estimated {difference} more per month.\n");
            }
            c += "- Garbage-collector pauses remain possible in the tail; we watch p99 latency.\n";
            let risk = report.plan(Plan::Go).risk_month;
            if cents(risk) > 0.0 {
                c += &format!(
                    "- We keep an estimated {} per month of incidents, SLA credits and security exposure that Rust would avoid.\n",
                    money(risk)
                );
            }
            if verdict == Verdict::Close {
                c += "- We profile in production and revisit this record when a hot path shows up.\n";
            }
        }
        Verdict::Rust | Verdict::Hybrid => {
            let plan = if verdict == Verdict::Hybrid {
                Plan::Hybrid
            } else {
                Plan::Rust
            };
            let p = report.plan(plan);
            let saving = infra_difference(report, plan);
            let difference = money(saving.abs());
            let who = if plan == Plan::Hybrid {
                "the engineers on the Rust part learn"
            } else {
                "the team learns"
            };
            if cents(p.learning) > 0.0 {
                c += &format!(
                    "- We take on an estimated {} of slower work, once, while {who} Rust.\n",
                    money(p.learning)
                );
            }
            if cents(p.people_month) > 0.0 {
                c += &format!(
                    "- After the ramp, Rust work stays slower: an estimated {} per month.\n",
                    money(p.people_month)
                );
            }
            if saving > 0.0 {
                c += &format!("- We expect to spend an estimated {difference} less per month on infrastructure than with Go.\n");
            } else if saving < 0.0 {
                c += &format!("- We accept an estimated {difference} more per month on infrastructure than with Go.\n");
            }
            if cents(p.benefit_month) > 0.0 {
                c += &format!(
                    "- We expect to avoid an estimated {} per month of incidents, SLA credits and security exposure from GC pauses and memory-safety bugs.\n",
                    money(p.benefit_month)
                );
            }
            let (safe, no_gc) = if plan == Plan::Hybrid {
                ("In the Rust hot path, safe Rust", "The hot path has no garbage collector, so no GC pauses there; the Go side keeps its collector, and we watch its p99 latency.")
            } else {
                (
                    "Safe Rust",
                    "Rust has no garbage collector, so there are no GC pauses in the tail.",
                )
            };
            c += &format!(
                "- {safe} rules out use-after-free, buffer overflows and data races at compile time; logic errors and any `unsafe` code still need review and tests.\n"
            );
            c += &format!("- {no_gc}\n");
            if plan == Plan::Hybrid {
                let overhead = if cents(p.toolchain_month) > 0.0 {
                    format!(", an estimated {} per month", money(p.toolchain_month))
                } else {
                    String::new()
                };
                c += &format!("- Two languages means two toolchains and a service boundary to own and monitor{overhead}.\n");
            }
        }
    }
    c
}

/// An Architecture Decision Record draft prefilled from the evaluation.
pub fn adr_markdown(
    state: &State,
    eval: &Evaluation,
    report: &CostReport,
    link: &str,
    date: &str,
    money: Money,
) -> String {
    let svc = service(state);
    let mut md = format!(
        "# {}\n\nDate: {date}\n\n## Status\n\nProposed\n\n## Context\n\n",
        adr_title(state)
    );
    md += &format!("We scored {svc} on the five categories of the Rust-or-Go decision matrix:\n\n");
    md += &scores_list(state);
    md += "\nWhat dominates:\n\n";
    md += &reasons_list(eval, &state.cost);
    md += "\n## Options considered\n\n";
    for plan in [Plan::Go, Plan::Rust, Plan::Hybrid] {
        md += &option_line(report, plan, money);
    }
    md += "\n";
    md += &money_verdict(state, eval, report).sentence(money);
    md += "\n\n## Decision\n\n";
    md += &decision(eval, &svc);
    md += " ";
    md += &firmness_line(state);
    if let Some(phase) = eval.phase() {
        md += " ";
        md += phased_steps(phase);
    }
    md += "\n\n## Consequences\n\n";
    md += &consequences(eval.verdict, report, money);
    md += "\n## Assumptions\n\n";
    md += &assumptions(&state.cost, money);
    md += "\n### Sources\n\n";
    md += &sources(state);
    md += &format!("\nInputs: {link}\n");
    md
}

/// The two steps of a phased Hybrid, in ADR words (seeds 000 and 002):
/// with a Rust gap, step two waits for a reviewer; with only the deadline,
/// for the API to ship.
const fn phased_steps(phase: Phase) -> &'static str {
    match phase {
        Phase::Deadline => "We take it in two steps: step one ships the API in Go now, for the deadline; step two moves the hot path to Rust once the API has shipped.",
        Phase::Gap | Phase::Both => "We take it in two steps: step one ships the API in Go now; step two moves the hot path to Rust once someone on the team can review Rust.",
    }
}

/// Where every default comes from, for the ADR's reader: the field's own
/// source, except the two prices, which come from the chosen price list.
fn sources(state: &State) -> String {
    let list = state.cloud.list();
    let mut s = String::new();
    for f in Field::ALL {
        let spec = f.spec();
        let source = match f {
            Field::GbMonth | Field::VcpuMonth if state.prices_match_cloud() => {
                format!(
                    "{}: {} at 730 h/month ({}, {}).",
                    list.source,
                    state.cloud.list_prices(),
                    list.url,
                    list.as_of
                )
            }
            Field::GbMonth | Field::VcpuMonth => "Entered for this decision.".to_string(),
            _ => spec.source.to_string(),
        };
        s += &format!("- {}: {}\n", spec.label, source);
    }
    s
}
