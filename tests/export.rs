//! The Markdown summary and the ADR draft carry what meeting notes need.

use rust_or_go::model::anchors::anchor;
use rust_or_go::model::cost::estimate;
use rust_or_go::model::export::{adr_markdown, summary_markdown};
use rust_or_go::model::fields::plain_number;
use rust_or_go::model::presets::Preset;
use rust_or_go::model::query::{Currency, State};
use rust_or_go::model::rubric::evaluate;
use rust_or_go::model::score::Category;

fn dollars(v: f64) -> String {
    format!("${}", plain_number(v))
}

fn fixture() -> (State, rust_or_go::model::rubric::Evaluation, rust_or_go::model::cost::CostReport) {
    let s = State::from_preset(Preset::by_id("log-pipeline").unwrap(), Currency::Usd);
    let e = evaluate(&s.scores);
    let r = estimate(&s.cost, s.scores.get(Category::Experience));
    (s, e, r)
}

#[test]
fn summary_has_scores_anchors_verdict_reasons_costs_and_link() {
    let (s, e, r) = fixture();
    let md = summary_markdown(&s, &e, &r, "https://x.test/?lat=5", &dollars);
    assert!(md.starts_with("## Rust or Go? Rust\n"));
    for c in Category::ALL {
        let line = format!("- **{}: {}/5** - {}", c.label(), s.scores.get(c), anchor(c, s.scores.get(c)));
        assert!(md.contains(&line), "missing {line}");
    }
    for reason in &e.reasons {
        assert!(md.contains(reason.as_str()));
    }
    assert!(md.contains("| RAM | 240 GB | 60 GB |"), "{md}");
    assert!(md.contains(&format!("| Infrastructure per month | {} | {} |", dollars(r.infra_go), dollars(r.infra_rust))));
    assert!(md.contains("Calculator: https://x.test/?lat=5"));
}

#[test]
fn adr_has_the_standard_sections_prefilled() {
    let (s, e, r) = fixture();
    let md = adr_markdown(&s, &e, &r, "https://x.test/", &dollars);
    let order = ["# ADR: ", "## Status\n\nProposed", "## Context", "## Decision", "## Consequences"];
    let mut at = 0;
    for h in order {
        let i = md[at..].find(h).unwrap_or_else(|| panic!("{h} missing or out of order in\n{md}"));
        at += i;
    }
    assert!(md.contains("We will build the service in Rust."));
    assert!(md.contains(&dollars(r.learning_cost)));
}

#[test]
fn hybrid_and_close_decisions_say_what_to_do() {
    let hybrid = State::from_preset(Preset::by_id("deploy-platform").unwrap(), Currency::Usd);
    let e = evaluate(&hybrid.scores);
    let r = estimate(&hybrid.cost, hybrid.scores.get(Category::Experience));
    assert!(adr_markdown(&hybrid, &e, &r, "", &dollars).contains("Go for the API and control plane, Rust for the performance-critical hot path"));
    let close = State::default();
    let e = evaluate(&close.scores);
    let r = estimate(&close.cost, close.scores.get(Category::Experience));
    assert!(adr_markdown(&close, &e, &r, "", &dollars).contains("start the service in Go and extract hot paths into Rust only after profiling"));
}

#[test]
fn plain_numbers_group_thousands() {
    assert_eq!(plain_number(1_234_567.5), "1,234,567.5");
    assert_eq!(plain_number(0.05), "0.05");
    assert_eq!(plain_number(1e6), "1,000,000");
    assert_eq!(plain_number(-3.0), "-3");
}
