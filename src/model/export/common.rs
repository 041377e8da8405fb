//! What the summary, the single ADR and the system ADR share: the
//! service's name, the firmness line, scores and reasons, the hybrid's
//! shape, the inputs with their values and sources, and the MADR front
//! matter.

use super::super::anchors::anchor;
use super::super::cost::{CostInputs, CostReport, Plan, RULES};
use super::super::decision::{decide, MoneyVerdict};
use super::super::estimate::{Ranges, RANGE_FIELDS};
use super::super::fields::{Field, Group};
use super::super::firmness::firmness;
use super::super::money::{Cents, Currency, Fx, Money};
use super::super::number::plain_number;
use super::super::prices::{conversion_note, Cloud};
use super::super::query::State;
use super::super::range::money_range;
use super::super::rubric::Evaluation;
use super::super::score::{Category, Score, Side};
use super::super::text::md_text;

/// The YAML front matter of an MADR 4 record: `status`, the ISO date
/// (`YYYY-MM-DD`, as MADR and Backstage's ADR plugin read it) and the
/// decision-makers, left for the team to fill in.
pub fn front_matter(iso_date: &str) -> String {
    format!(
        "---\nstatus: proposed\ndate: {iso_date}\ndecision-makers: [] # list everyone involved in the decision\n---\n\n"
    )
}

/// What the exports call the thing being decided about: the service's name
/// as Markdown text, or "the service" when it has none.
pub fn service(state: &State) -> String {
    if state.name.is_empty() {
        "the service".to_string()
    } else {
        md_text(state.name.as_str())
    }
}

/// How firm the verdict is and, when the weights differ from the rubric as
/// written, which ones: said in every export so a weighted verdict is never
/// read as the plain one.
pub fn firmness_line(state: &State) -> String {
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
pub fn infra_difference(report: &CostReport, plan: Plan) -> Cents {
    report
        .plan(plan)
        .cents
        .infra_saving(&report.plan(Plan::Go).cents)
}

/// What the hybrid is, in the words the table and the options need:
/// "30% of the load in Rust, 2 engineers learning Rust".
pub fn hybrid_shape(report: &CostReport) -> String {
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

/// `fields` with their values: "Instances 40; RAM per Go instance 200 MB".
/// Money in the currency, other units after the number.
pub fn field_list(value: &dyn Fn(Field) -> f64, fields: &[Field], money: Money) -> String {
    let items: Vec<String> = fields
        .iter()
        .map(|&f| {
            let v = f.value_text(value(f), money, &plain_number);
            format!("{} {v}", f.spec().label)
        })
        .collect();
    items.join("; ")
}

/// `fields` with their values, one line per group that holds any:
/// "- **People**: Engineers on the service 6; Horizon 24 months."
pub fn field_values(value: &dyn Fn(Field) -> f64, fields: &[Field], money: Money) -> String {
    let mut s = String::new();
    for group in Group::ALL {
        let in_group: Vec<Field> = fields
            .iter()
            .copied()
            .filter(|f| f.spec().group == group)
            .collect();
        if !in_group.is_empty() {
            s += &format!(
                "- **{}**: {}.\n",
                group.legend(),
                field_list(value, &in_group, money)
            );
        }
    }
    s
}

/// Every input with its value, the ranges of those that carry one, then
/// the rules the estimate follows, so the figures can be checked and
/// redone.
pub fn assumptions(cost: &CostInputs, ranges: &Ranges, money: Money) -> String {
    let mut s = field_values(&|f| cost.get(f), &Field::ALL, money);
    let ranged = range_list(cost, ranges, &RANGE_FIELDS, money);
    if !ranged.is_empty() {
        s += &format!(
            "- **Ranges** (low to high around the values above; the money's range prices their ends): {}.\n",
            ranged.join("; ")
        );
    }
    for rule in RULES {
        s += &format!("- **{}**: {}\n", rule.name, rule.text);
    }
    s
}

/// The ranges of those of `fields` that carry one, as the assumptions
/// list them: "RAM per Rust instance 5 MB to 30 MB".
pub fn range_list(
    cost: &CostInputs,
    ranges: &Ranges,
    fields: &[Field],
    money: Money,
) -> Vec<String> {
    fields
        .iter()
        .map(|&f| (f, ranges.get(f, cost)))
        .filter(|(_, e)| !e.is_point())
        .map(|(f, e)| {
            let text = |v: f64| f.value_text(v, money, &plain_number);
            format!("{} {} to {}", f.spec().label, text(e.low()), text(e.high()))
        })
        .collect()
}

/// Where each of `fields` comes from, for the ADR's reader: the field's
/// own source, except the two prices, which come from the chosen price
/// list while they still hold its prices.
pub fn sources(
    cloud: Cloud,
    (currency, fx): (Currency, Fx),
    cost: &CostInputs,
    fields: &[Field],
) -> String {
    let list = cloud.list();
    let mut s = String::new();
    for &f in fields {
        let spec = f.spec();
        let source = match f {
            Field::GbMonth | Field::VcpuMonth if cloud.matches(cost, fx) => format!(
                "{}: {} at 730 h/month ({}, {}).",
                list.source,
                cloud.list_prices(),
                list.url,
                list.as_of
            ),
            Field::GbMonth | Field::VcpuMonth => "Entered for this decision.".to_string(),
            _ => f.source().to_string(),
        };
        s += &format!("- {}: {}\n", spec.label, source);
    }
    // Dollar figures in another currency say at what rate, or that an old
    // link's were not converted.
    if let Some(note) = conversion_note(currency, fx) {
        s += &format!("- Currency: {note}\n");
    }
    s
}

pub fn scores_list(state: &State) -> String {
    let mut s = String::new();
    for c in Category::ALL {
        let score = state.scores.get(c);
        s += &format!("- **{}: {}/5** - {}\n", c.label(), score, anchor(c, score));
    }
    s
}

pub fn reasons_list(eval: &Evaluation, cost: &CostInputs) -> String {
    eval.reasons
        .iter()
        .map(|r| format!("- {}\n", r.text(cost)))
        .collect()
}

/// The money beside the verdict, for both documents.
pub fn money_verdict(state: &State, eval: &Evaluation, report: &CostReport) -> MoneyVerdict {
    decide(
        eval.verdict,
        report,
        state.scores.get(Category::Experience),
        &state.cost,
    )
}

/// The money beside the verdict in words, for both documents: the
/// verdict's money sentence, then how sure it is across the ranges.
pub fn money_words(state: &State, eval: &Evaluation, report: &CostReport, money: Money) -> String {
    let verdict = money_verdict(state, eval, report);
    let range = money_range(
        verdict.rust_plan,
        &state.cost,
        &state.ranges,
        state.scores.get(Category::Experience),
    );
    format!("{} {}", verdict.sentence(money), range.sentence())
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
pub fn factors(eval: &Evaluation, side: Side) -> Vec<String> {
    eval.reasons
        .iter()
        .filter_map(|r| r.pressing())
        .filter(|(c, _)| c.side() == side)
        .map(|(c, s)| factor(c, s))
        .collect()
}
