//! The single service's Architecture Decision Record, in the MADR 4
//! layout: front matter, context and problem, drivers, options, outcome
//! with its consequences, the options' pros and cons, and the assumptions
//! with their sources.

use super::super::cost::{CostReport, Plan};
use super::super::decision::break_even_in_text;
use super::super::fields::Field;
use super::super::money::Money;
use super::super::query::State;
use super::super::rubric::{Evaluation, Phase, Verdict};
use super::super::score::Side;
use super::super::text::{and_list, capitalized, md_text};
use super::common::{
    assumptions, factors, firmness_line, front_matter, hybrid_shape, infra_difference, money_words,
    reasons_list, scores_list, service, sources,
};

/// The ADR's title: the service's name, else the chosen preset's name,
/// else "the service".
fn adr_title(state: &State) -> String {
    let what = match state.preset {
        Some(p) if state.name.is_empty() => md_text(p.name),
        _ => service(state),
    };
    format!("Implementation language for {what}")
}

/// The verb form that agrees with a list of factors.
fn agree<'a>(items: &[String], one: &'a str, many: &'a str) -> &'a str {
    if items.len() == 1 {
        one
    } else {
        many
    }
}

/// The option a verdict chooses: a close call starts in Go.
fn chosen(verdict: Verdict) -> Plan {
    match verdict {
        Verdict::Go | Verdict::Close => Plan::Go,
        Verdict::Hybrid => Plan::Hybrid,
        Verdict::Rust => Plan::Rust,
    }
}

/// An option's title, as Considered Options lists it.
fn option_title(report: &CostReport, plan: Plan) -> String {
    match plan {
        Plan::Hybrid => format!(
            "Hybrid (Go for the API and control plane, Rust for the hot path; {})",
            hybrid_shape(report)
        ),
        _ => format!("{} (the whole service)", plan.name()),
    }
}

/// The decision: what we will do, then which factors decide it. The
/// verdict's rationale says why in general; this names the scores.
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

/// What one option costs per month, once, and over the horizon, with the
/// extras only the plans that have them carry.
fn option_costs(report: &CostReport, plan: Plan, money: Money) -> String {
    let p = report.plan(plan);
    let mut monthly = vec![format!("infrastructure {}", money(p.cents.infra))];
    if p.cents.toolchain.is_positive() {
        monthly.push(format!("a second toolchain {}", money(p.cents.toolchain)));
    }
    if p.cents.risk.is_positive() {
        monthly.push(format!("latency and safety cost {}", money(p.cents.risk)));
    }
    let monthly = format!("{} per month", and_list(&monthly));
    let once = if p.cents.learning.is_positive() {
        format!("one-time learning {}", money(p.cents.learning))
    } else {
        "no learning cost".to_string()
    };
    let after = if p.cents.people.is_positive() {
        format!(
            ", then {} per month of slower work after the ramp",
            money(p.cents.people)
        )
    } else {
        String::new()
    };
    let payback = match plan {
        Plan::Go => String::new(),
        _ => format!(" Break-even vs Go: {}.", break_even_in_text(report, plan)),
    };
    format!(
        "{}; {once}{after}; {} over {} months.{payback}",
        capitalized(&monthly),
        money(p.total(report.horizon)),
        report.horizon
    )
}

/// One option's pros and cons: the factors it answers and leaves
/// unanswered, and its money against Go.
fn pros_and_cons(eval: &Evaluation, report: &CostReport, plan: Plan, money: Money) -> String {
    let go = factors(eval, Side::Go);
    let rust = factors(eval, Side::Rust);
    let p = report.plan(plan);
    let mut out = Vec::new();
    let answers = match plan {
        Plan::Go => (!go.is_empty()).then(|| format!("it answers {}", and_list(&go))),
        Plan::Rust => (!rust.is_empty()).then(|| format!("it answers {}", and_list(&rust))),
        Plan::Hybrid => match (go.is_empty(), rust.is_empty()) {
            (false, false) => Some(format!(
                "its Go part answers {}, and its Rust part answers {}",
                and_list(&go),
                and_list(&rust)
            )),
            (false, true) => Some(format!("its Go part answers {}", and_list(&go))),
            (true, false) => Some(format!("its Rust part answers {}", and_list(&rust))),
            (true, true) => None,
        },
    };
    if let Some(a) = answers {
        out.push(format!("Good, because {a}"));
    }
    let unanswered = match plan {
        Plan::Go => &rust,
        Plan::Rust => &go,
        Plan::Hybrid => &Vec::new(),
    };
    if !unanswered.is_empty() {
        out.push(format!(
            "Bad, because it leaves {} unanswered",
            and_list(unanswered)
        ));
    }
    if plan == Plan::Go {
        let saving = infra_difference(report, Plan::Rust);
        if saving.is_positive() {
            out.push(format!(
                "Bad, because it costs {} more per month to run than Rust",
                money(saving)
            ));
        } else if saving.is_negative() {
            out.push(format!(
                "Good, because it costs {} less per month to run than Rust",
                money(-saving)
            ));
        }
        out.push("Good, because there is no Rust to learn".to_string());
        out.push("Bad, because garbage-collector pauses remain possible in the tail".to_string());
    } else {
        let saving = infra_difference(report, plan);
        if saving.is_positive() {
            out.push(format!(
                "Good, because it costs {} less per month to run than Go",
                money(saving)
            ));
        } else if saving.is_negative() {
            out.push(format!(
                "Bad, because it costs {} more per month to run than Go",
                money(-saving)
            ));
        }
        if p.cents.learning.is_positive() {
            out.push(format!(
                "Bad, because learning Rust costs an estimated {} of slower work, once",
                money(p.cents.learning)
            ));
        }
        if p.cents.people.is_positive() {
            out.push(format!(
                "Bad, because Rust work stays slower after the ramp: an estimated {} per month",
                money(p.cents.people)
            ));
        }
        if plan == Plan::Hybrid {
            out.push("Bad, because two languages means two toolchains and a service boundary to own and monitor".to_string());
        }
    }
    if p.cents.risk.is_positive() {
        out.push(format!(
            "Bad, because it bears an estimated {} per month of incidents, SLA credits and security exposure",
            money(p.cents.risk)
        ));
    }
    if p.cents.benefit.is_positive() {
        out.push(format!(
            "Good, because it avoids an estimated {} per month of incidents, SLA credits and security exposure",
            money(p.cents.benefit)
        ));
    }
    // Pros first, then cons, as MADR lists them.
    out.sort_by_key(|l| !l.starts_with("Good"));
    out.iter().map(|l| format!("- {l}.\n")).collect()
}

/// What follows from the decision, in the money of the plan it implies,
/// each consequence marked good, bad or neutral as MADR writes them.
fn consequences(verdict: Verdict, report: &CostReport, money: Money) -> String {
    let mut c = String::new();
    match verdict {
        Verdict::Go | Verdict::Close => {
            let saving = infra_difference(report, Plan::Rust);
            let difference = money(saving.abs());
            c += "- Good, because the team works in Go, so there is no Rust learning cost now.\n";
            if saving.is_positive() {
                c += &format!("- Bad, because we forgo an estimated {difference} per month in infrastructure savings that Rust could bring.\n");
            } else if saving.is_negative() {
                c += &format!("- Good, because Go is also cheaper to run: Rust would cost an estimated {difference} more per month.\n");
            }
            c += "- Bad, because garbage-collector pauses remain possible in the tail; we watch p99 latency.\n";
            let risk = report.plan(Plan::Go).cents.risk;
            if risk.is_positive() {
                c += &format!(
                    "- Bad, because we keep an estimated {} per month of incidents, SLA credits and security exposure that Rust would avoid.\n",
                    money(risk)
                );
            }
            if verdict == Verdict::Close {
                c += "- Neutral, because we profile in production and revisit this record when a hot path shows up.\n";
            }
        }
        Verdict::Rust | Verdict::Hybrid => {
            let plan = chosen(verdict);
            let p = report.plan(plan);
            let saving = infra_difference(report, plan);
            let difference = money(saving.abs());
            let who = if plan == Plan::Hybrid {
                "the engineers on the Rust part learn"
            } else {
                "the team learns"
            };
            if p.cents.learning.is_positive() {
                c += &format!(
                    "- Bad, because we take on an estimated {} of slower work, once, while {who} Rust.\n",
                    money(p.cents.learning)
                );
            }
            if p.cents.people.is_positive() {
                c += &format!(
                    "- Bad, because Rust work stays slower after the ramp: an estimated {} per month.\n",
                    money(p.cents.people)
                );
            }
            if saving.is_positive() {
                c += &format!("- Good, because we expect to spend an estimated {difference} less per month on infrastructure than with Go.\n");
            } else if saving.is_negative() {
                c += &format!("- Bad, because we accept an estimated {difference} more per month on infrastructure than with Go.\n");
            }
            if p.cents.benefit.is_positive() {
                c += &format!(
                    "- Good, because we expect to avoid an estimated {} per month of incidents, SLA credits and security exposure from GC pauses and memory-safety bugs.\n",
                    money(p.cents.benefit)
                );
            }
            let (safe, no_gc) = if plan == Plan::Hybrid {
                ("in the Rust hot path, safe Rust", "the hot path has no garbage collector, so no GC pauses there; the Go side keeps its collector, and we watch its p99 latency.")
            } else {
                (
                    "safe Rust",
                    "Rust has no garbage collector, so there are no GC pauses in the tail.",
                )
            };
            c += &format!(
                "- Good, because {safe} rules out use-after-free, buffer overflows and data races at compile time; logic errors and any `unsafe` code still need review and tests.\n"
            );
            c += &format!("- Good, because {no_gc}\n");
            if plan == Plan::Hybrid {
                let overhead = if p.cents.toolchain.is_positive() {
                    format!(", an estimated {} per month", money(p.cents.toolchain))
                } else {
                    String::new()
                };
                c += &format!("- Bad, because two languages means two toolchains and a service boundary to own and monitor{overhead}.\n");
            }
        }
    }
    c
}

/// An Architecture Decision Record draft prefilled from the evaluation, in
/// the MADR 4 layout. `iso_date` is the day it is drafted, `YYYY-MM-DD`.
pub fn adr_markdown(
    state: &State,
    eval: &Evaluation,
    report: &CostReport,
    link: &str,
    iso_date: &str,
    money: Money,
) -> String {
    let svc = service(state);
    let mut md = front_matter(iso_date);
    md += &format!(
        "# {}\n\n## Context and Problem Statement\n\n",
        adr_title(state)
    );
    md += &format!("Which language should {svc} be built in: Go, Rust, or Go with a Rust hot path? We scored {svc} on the five categories of the Rust-or-Go decision matrix:\n\n");
    md += &scores_list(state);
    if let Some(p) = state.preset {
        md += &format!(
            "\nThe scores and figures start from the preset \"{}\" ({}).\n",
            md_text(p.name),
            md_text(p.source)
        );
    }
    md += "\n## Decision Drivers\n\n";
    md += &reasons_list(eval, &state.cost);
    md += "\n## Considered Options\n\n";
    for plan in [Plan::Go, Plan::Rust, Plan::Hybrid] {
        md += &format!("- {}\n", option_title(report, plan));
    }
    md += &format!(
        "\n## Decision Outcome\n\nChosen option: \"{}\". ",
        chosen(eval.verdict).name()
    );
    md += &decision(eval, &svc);
    md += " ";
    md += &firmness_line(state);
    if let Some(phase) = eval.phase() {
        md += " ";
        md += phased_steps(phase);
    }
    md += "\n\n";
    md += &money_words(state, eval, report, money);
    md += "\n\n### Consequences\n\n";
    md += &consequences(eval.verdict, report, money);
    md += "\n## Pros and Cons of the Options\n";
    for plan in [Plan::Go, Plan::Rust, Plan::Hybrid] {
        md += &format!(
            "\n### {}\n\n{}\n\n",
            plan.name(),
            option_costs(report, plan, money)
        );
        md += &pros_and_cons(eval, report, plan, money);
    }
    md += "\n## More Information\n\n### Assumptions\n\n";
    md += &assumptions(&state.cost, &state.ranges, money);
    md += "\n### Sources\n\n";
    md += &sources(
        state.cloud,
        (state.currency, state.fx),
        &state.cost,
        &Field::ALL,
    );
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
