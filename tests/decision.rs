//! The money beside the verdict: the plan each verdict implies, the amount
//! latency and safety must be worth, a sentence whose numbers are the
//! report's, and the nearest input that moves the break-even across the
//! horizon, checked against brute force.

use proptest::prelude::*;
use rust_or_go::model::cost::{estimate, BreakEven, CostInputs, CostReport, Plan, SCOPE};
use rust_or_go::model::decision::{
    decide, flip_step, money_flips, plan_break_even_label, value_needed, MoneyVerdict, FLIP_FACTOR,
    MONEY_FLIP_FIELDS,
};
use rust_or_go::model::fields::Field;
use rust_or_go::model::money::{shown_up, Cents};
use rust_or_go::model::number::plain_number;
use rust_or_go::model::presets::PRESETS;
use rust_or_go::model::rubric::{evaluate, Verdict};
use rust_or_go::model::score::{Category, Score, Scores};

/// Money as every view shows it: to the cent ("$1,804.34", "$783.00").
fn dollars(c: Cents) -> String {
    c.plain("$")
}

fn scores(values: [u8; 5]) -> Scores {
    Scores::from_values(values).unwrap()
}

/// Scores that give each verdict, with team experience 1 or 3.
fn scores_for(verdict: Verdict) -> Scores {
    scores(match verdict {
        Verdict::Go => [5, 1, 2, 1, 1],
        Verdict::Close => [4, 4, 3, 3, 3],
        Verdict::Hybrid => [4, 4, 3, 1, 5],
        Verdict::Rust => [2, 5, 3, 3, 5],
    })
}

fn money_of(scores: &Scores, cost: &CostInputs) -> (Verdict, CostReport, MoneyVerdict) {
    let verdict = evaluate(scores).verdict;
    let report = estimate(cost, scores.get(Category::Experience));
    let money = decide(verdict, &report, scores.get(Category::Experience), cost);
    (verdict, report, money)
}

/// Cost inputs that between them reach every kind of break-even, for both
/// plans that use Rust.
fn cost_cases() -> Vec<CostInputs> {
    let d = CostInputs::default();
    let mut out: Vec<CostInputs> = PRESETS.iter().map(|p| p.cost_inputs()).collect();
    let tweaks: &[&[(Field, f64)]] = &[
        &[],
        &[(Field::RampMonths, 0.0)],
        &[(Field::Instances, 1000.0), (Field::RampMonths, 1.0)],
        &[(Field::Instances, 150.0)],
        &[(Field::Instances, 0.0)],
        &[(Field::RustMb, 400.0), (Field::CpuSaving, 0.0)],
        &[(Field::SteadyGap, 25.0)],
        &[(Field::ValueMonth, 12000.0), (Field::SteadyGap, 10.0)],
        &[(Field::ValueMonth, 300.5), (Field::Instances, 400.0)],
        &[(Field::Instances, 4000.0), (Field::ToolchainMonth, 0.0)],
        &[(Field::RustShare, 0.0)],
        &[
            (Field::RustShare, 85.0),
            (Field::RustEngineers, 9.0),
            (Field::Horizon, 7.0),
        ],
        &[(Field::Horizon, 240.0), (Field::Instances, 20.0)],
    ];
    out.extend(tweaks.iter().map(|t| d.with(t)));
    out
}

/// The brief's example: a Rust verdict at default inputs whose saving
/// alone takes 104 months. The money says so and names the price of the
/// verdict: latency and safety worth $1,804.34 a month (56,376 / 24 =
/// 2,349, less the $544.66 Rust saves as shown: Go's $771.15 less Rust's
/// $4.86 + $221.63), written to the cent like every amount beside it.
#[test]
fn a_rust_verdict_that_does_not_pay_back_says_what_latency_and_safety_must_be_worth() {
    let s = scores([3, 4, 3, 3, 3]);
    let (verdict, _, m) = money_of(&s, &CostInputs::default());
    assert_eq!(verdict, Verdict::Rust);
    assert_eq!((m.plan, m.rust_plan), (Plan::Rust, Plan::Rust));
    assert_eq!(m.break_even().attr(), "after:104");
    assert_eq!(m.value_needed, Some(Cents(180_434)));
    assert_eq!(
        m.sentence(&dollars),
        format!(
            "Rust costs $544.66 less per month to run than Go, but its $56,376.00 of learning does not pay back within the 24-month horizon: at these figures it would take until month 104. The case for Rust then rests on latency and safety: they must be worth at least $1,804.34 per month for Rust to pay back within the 24-month horizon. {SCOPE}"
        )
    );
}

/// Typing the amount the sentence names into the value field makes the
/// same verdict's money agree with it.
#[test]
fn entering_the_named_value_makes_the_plan_pay_back() {
    let s = scores([3, 4, 3, 3, 3]);
    let (_, _, m) = money_of(
        &s,
        &CostInputs::default().with(&[(Field::ValueMonth, 1804.34)]),
    );
    assert_eq!(m.break_even(), BreakEven::Month(24));
    assert_eq!(m.value_needed, Some(Cents::ZERO));
    let text = m.sentence(&dollars);
    assert!(
        text.contains("pays back in month 24") && !text.contains("rests on latency"),
        "{text}"
    );
    assert!(
        text.contains("$1,804.34 of latency and safety value"),
        "{text}"
    );
}

#[test]
fn each_verdict_implies_its_plan_and_go_verdicts_are_set_against_rust() {
    let want = [
        (Verdict::Go, Plan::Go, Plan::Rust),
        (Verdict::Close, Plan::Go, Plan::Rust),
        (Verdict::Hybrid, Plan::Hybrid, Plan::Hybrid),
        (Verdict::Rust, Plan::Rust, Plan::Rust),
    ];
    for (verdict, plan, rust_plan) in want {
        let s = scores_for(verdict);
        let (v, r, m) = money_of(&s, &CostInputs::default());
        assert_eq!(v, verdict);
        assert_eq!((m.verdict, m.plan, m.rust_plan), (verdict, plan, rust_plan));
        assert_eq!(m.break_even(), r.plan(rust_plan).break_even);
        assert_eq!(
            m.saving_month(),
            r.plan(Plan::Go).cents.infra - r.plan(rust_plan).cents.infra
        );
        assert_eq!(m.monthly(), printed_net(&r, rust_plan));
    }
}

/// What `plan` gains on Go per month after the ramp, as the tables print
/// its parts (each in whole cents), summed.
fn printed_net(r: &CostReport, plan: Plan) -> Cents {
    let (go, p) = (r.plan(Plan::Go).cents, r.plan(plan).cents);
    go.infra - p.infra + p.benefit - p.toolchain - p.people
}

/// Under every verdict the money is the verdict's plan's, as the cost
/// report has that plan: the hybrid under a Hybrid verdict, Rust
/// otherwise; its monthly difference against Go is that plan's (never
/// Rust's under a Hybrid verdict), the one the sentence names, and the
/// headline names the plan and calls a loss a loss; its break-even label
/// is the cost table's for that plan.
#[test]
fn the_money_is_the_verdict_plan_s_in_the_cost_report() {
    let mut hybrid_differs = 0;
    for cost in cost_cases() {
        for verdict in Verdict::ALL {
            let (v, r, m) = money_of(&scores_for(verdict), &cost);
            assert_eq!(v, verdict);
            let plan = if verdict == Verdict::Hybrid {
                Plan::Hybrid
            } else {
                Plan::Rust
            };
            let p = r.plan(plan);
            assert_eq!(m.rust_plan, plan, "{verdict:?}");
            assert_eq!(m.break_even(), p.break_even, "{verdict:?}");
            assert_eq!(m.monthly(), printed_net(&r, plan), "{verdict:?}");
            // The model counts from the same amounts as shown.
            assert!(
                (m.monthly().units() - p.long_run_month()).abs() < 1e-6,
                "{verdict:?}: {:?} vs {}",
                m.monthly(),
                p.long_run_month()
            );
            assert_eq!(m.break_even_label(), plan_break_even_label(&r, plan));
            let (head, why) = m.break_even_parts();
            assert_eq!(
                why.map_or(head.clone(), |w| format!("{head}: {w}")),
                m.break_even_label()
            );
            let h = m.monthly_headline(&dollars);
            let who = if plan == Plan::Hybrid {
                "the hybrid"
            } else {
                "Rust"
            };
            assert!(h.label.contains(who), "{h:?}");
            assert_eq!(
                m.break_even_heading(),
                format!("{} break-even", plan.name())
            );
            let text = m.sentence(&dollars);
            let net = m.monthly();
            if net.is_positive() {
                assert!(h.label.starts_with("Monthly saving with"), "{h:?}");
                assert_eq!(h.value(), dollars(net));
            } else if net.is_negative() {
                assert!(!h.label.contains("saving"), "{h:?}");
                assert_eq!(h.value(), format!("{} more than Go", dollars(-net)));
            } else {
                assert_eq!(h.value(), "Same as Go");
            }
            if !net.is_zero() {
                assert!(text.contains(&dollars(net.abs())), "{net:?}: {text}");
            }
            if plan == Plan::Hybrid && printed_net(&r, Plan::Rust) != net {
                hybrid_differs += 1;
            }
        }
    }
    assert!(hybrid_differs > 5, "{hybrid_differs}");
}

/// The brief's Hybrid link: the money is the hybrid's, $652.28 a month
/// behind Go, never Rust's $435.73 infrastructure saving.
#[test]
fn the_fraud_scoring_hybrid_is_priced_as_a_hybrid() {
    let s = scores([3, 5, 4, 2, 3]);
    let cost = CostInputs::default().with(&[(Field::Instances, 40.0), (Field::Engineers, 6.0)]);
    let (verdict, r, m) = money_of(&s, &cost);
    assert_eq!(verdict, Verdict::Hybrid);
    assert_eq!(m.rust_plan, Plan::Hybrid);
    assert_eq!(m.monthly(), Cents(-65_228));
    assert_eq!(dollars(Cents::of(r.monthly_saving())), "$435.73");
    let h = m.monthly_headline(&dollars);
    assert_eq!(
        (h.label.as_str(), h.value().as_str()),
        ("Monthly extra cost of the hybrid", "$652.28 more than Go")
    );
    assert!(m
        .sentence(&dollars)
        .contains("The hybrid comes out $652.28 a month behind Go"));
}

/// The threshold a sentence names ("at least $X per month"), if any.
fn threshold(text: &str) -> Option<f64> {
    let at = "at least $";
    let i = text.find(at)? + at.len();
    let n: String = text[i..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    Some(
        n.trim_end_matches(['.', ','])
            .replace(',', "")
            .parse()
            .unwrap(),
    )
}

/// Typing the threshold the sentence shows, as shown (to the cent, as
/// the page's formatter writes every amount), into the value field makes
/// the plan pay back within the horizon. Returns how many thresholds it
/// typed.
fn typed_threshold_pays_back(s: &Scores, cost: &CostInputs) -> usize {
    let (_, _, m) = money_of(s, cost);
    let text = m.sentence(&dollars);
    let Some(shown) = threshold(&text) else {
        return 0;
    };
    if !Field::ValueMonth.accepts(shown) {
        return 0;
    }
    let (_, r, after) = money_of(s, &cost.with(&[(Field::ValueMonth, shown)]));
    assert!(
        after.break_even().within_horizon(),
        "typing {shown} gives {:?} (horizon {}): {text}",
        after.break_even(),
        r.horizon
    );
    1
}

#[test]
fn the_value_shown_as_needed_is_enough_when_typed() {
    let mut typed = 0;
    for cost in cost_cases() {
        for verdict in Verdict::ALL {
            typed += typed_threshold_pays_back(&scores_for(verdict), &cost);
        }
    }
    assert!(typed > 20, "{typed}");
}

/// A cost field's value drawn from a range a team might type, in cents
/// (whole for whole fields).
fn field_value(field: Field, t: f64) -> f64 {
    let (lo, hi) = match field {
        Field::Instances => (0.0, 2000.0),
        Field::GoMb => (50.0, 2000.0),
        Field::RustMb => (5.0, 500.0),
        Field::GbMonth => (0.5, 10.0),
        Field::GoVcpu => (0.25, 4.0),
        Field::CpuSaving => (0.0, 95.0),
        Field::VcpuMonth => (5.0, 60.0),
        Field::Engineers => (1.0, 20.0),
        Field::EngMonth => (3000.0, 30000.0),
        Field::RampMonths => (0.0, 12.0),
        Field::Slowdown => (1.0, 5.0),
        Field::SteadyGap => (0.0, 60.0),
        Field::Horizon => (1.0, 240.0),
        Field::ValueMonth => (0.0, 5000.0),
        Field::RustShare => (0.0, 100.0),
        Field::RustEngineers => (0.0, 10.0),
        Field::ToolchainMonth => (0.0, 3000.0),
    };
    let v = lo + t * (hi - lo);
    if field.spec().whole {
        v.round()
    } else {
        (v * 100.0).round() / 100.0
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000)
    ))]

    /// Over scores and cost inputs: whatever threshold the sentence
    /// shows, typed into the value field, pays back within the horizon.
    #[test]
    fn any_threshold_shown_pays_back_when_typed(
        values in prop::array::uniform5(1u8..=5),
        ts in prop::collection::vec(0.0f64..=1.0, Field::ALL.len()),
        defaults in prop::collection::vec(any::<bool>(), Field::ALL.len()),
    ) {
        let mut cost = CostInputs::default();
        for ((f, t), keep) in Field::ALL.into_iter().zip(ts).zip(defaults) {
            if !keep {
                cost.set(f, field_value(f, t));
            }
        }
        typed_threshold_pays_back(&scores(values), &cost);
    }
}

/// For every plan that uses Rust and every case: adding the amount to the
/// value field brings the break-even within the horizon, a cent less does
/// not; zero exactly when it already pays back.
#[test]
fn value_needed_is_the_smallest_amount_that_works() {
    let mut checked = 0;
    for cost in cost_cases() {
        for exp in Score::all() {
            let r = estimate(&cost, exp);
            for plan in [Plan::Hybrid, Plan::Rust] {
                let within = |value: f64| {
                    estimate(&cost.with(&[(Field::ValueMonth, value)]), exp)
                        .plan(plan)
                        .break_even
                        .within_horizon()
                };
                let now = cost.get(Field::ValueMonth);
                match value_needed(&cost, exp, plan) {
                    Some(extra) if r.plan(plan).break_even.within_horizon() => {
                        assert_eq!(extra, Cents::ZERO)
                    }
                    Some(extra) => {
                        assert!(extra.is_positive());
                        let extra = extra.units();
                        if now + extra <= Field::ValueMonth.spec().max {
                            assert!(within(now + extra), "{plan:?} {exp}: {now} + {extra}");
                            assert!(
                                !within(now + extra - 0.01),
                                "{plan:?} {exp}: {now} + {extra} - 0.01"
                            );
                            checked += 1;
                        }
                    }
                    None => {
                        assert_eq!(r.plan(plan).rust_share, 0.0, "{plan:?}");
                        assert!(!within(Field::ValueMonth.spec().max));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

/// Every "$" amount in `text`, as a number.
fn amounts(text: &str) -> Vec<f64> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            let n: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .collect();
            n.trim_end_matches(['.', ','])
                .replace(',', "")
                .parse()
                .unwrap_or_else(|_| panic!("{rest}"))
        })
        .collect()
}

/// Every whole number that follows `before` in `text`.
fn numbers_after(text: &str, before: &str) -> Vec<u32> {
    text.match_indices(before)
        .filter_map(|(i, _)| {
            let n: String = text[i + before.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            n.parse().ok()
        })
        .collect()
}

fn cents(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The sentence's numbers are the report's: each amount is one of the
/// plan's figures as the tables print them, the learning and the monthly
/// difference are always there, a stated net is the sum of its printed
/// parts, months and the horizon are the report's, and the scope is
/// always said.
#[test]
fn every_number_in_the_sentence_agrees_with_the_report() {
    for cost in cost_cases() {
        for verdict in Verdict::ALL {
            let s = scores_for(verdict);
            let (_, r, m) = money_of(&s, &cost);
            let text = m.sentence(&dollars);
            let (go, p) = (r.plan(Plan::Go), r.plan(m.rust_plan));
            let infra = (go.infra() * 100.0).round() / 100.0 - (p.infra() * 100.0).round() / 100.0;
            let parts = [
                cents(infra.abs()),
                cents(p.benefit_month()),
                cents(p.toolchain_month()),
                cents(p.people_month()),
            ];
            let net = cents(infra + parts[1] - parts[2] - parts[3]);
            let value = r.value_month;
            let mut allowed = vec![cents(p.learning()), net.abs(), cents(value)];
            allowed.extend(parts);
            if let Some(extra) = m.value_needed {
                // An "at least" figure, rounded up to the shown precision.
                allowed.push(shown_up(value + extra.units()).units());
            }
            for a in amounts(&text) {
                assert!(
                    allowed.iter().any(|b| (a - b).abs() < 0.005),
                    "{a} is not a report figure in: {text}"
                );
            }
            if cents(p.learning()) > 0.0 {
                assert!(
                    text.contains(&format!("{} of learning", dollars(p.cents.learning))),
                    "{text}"
                );
            }
            if cents(infra) != 0.0 {
                assert!(text.contains(&dollars(Cents::of(infra.abs()))), "{text}");
            }
            if text.contains(" a month ahead of Go") || text.contains(" a month behind Go") {
                let stated = amounts(&text)[0];
                assert!(
                    (stated - net.abs()).abs() < 0.005,
                    "net {net} vs {stated}: {text}"
                );
            }
            let months = numbers_after(&text, "month ");
            match m.break_even() {
                BreakEven::Month(b) | BreakEven::AfterHorizon(b) if b <= 120 => {
                    assert_eq!(months, vec![b], "{text}")
                }
                _ => assert!(months.is_empty(), "{text}"),
            }
            for h in numbers_after(&text, "the ") {
                assert_eq!(h, r.horizon, "{text}");
            }
            if m.rust_plan == Plan::Hybrid && text.contains("% of the load") {
                assert!(
                    text.contains(&format!(
                        "{}% of the load",
                        plain_number(cost.get(Field::RustShare))
                    )),
                    "{text}"
                );
            }
            assert!(text.ends_with(SCOPE), "{text}");
            assert_eq!(text.matches(SCOPE).count(), 1);
        }
    }
}

/// What the sentence argues from, by verdict and pay-back: a verdict that
/// uses Rust and does not pay back rests on latency and safety; a Go
/// verdict whose Rust alternative pays back rests on delivery and team.
#[test]
fn the_sentence_says_what_the_verdict_rests_on() {
    for cost in cost_cases() {
        for verdict in Verdict::ALL {
            let (_, _, m) = money_of(&scores_for(verdict), &cost);
            let text = m.sentence(&dollars);
            let within = m.break_even().within_horizon();
            let rests_on_value = text.contains("rests on latency and safety");
            let rests_on_delivery =
                text.contains("rests on delivery speed and the team's Rust experience");
            let go_agrees = text.contains("The money agrees with starting in Go");
            match m.plan {
                Plan::Go => {
                    assert_eq!((rests_on_delivery, go_agrees), (within, !within), "{text}");
                    assert!(!rests_on_value, "{text}");
                }
                Plan::Hybrid | Plan::Rust => {
                    assert_eq!(rests_on_value, !within, "{text}");
                    assert!(!rests_on_delivery && !go_agrees, "{text}");
                }
            }
        }
    }
}

#[test]
fn a_hybrid_with_nothing_in_rust_cannot_be_carried_by_latency_and_safety() {
    let s = scores_for(Verdict::Hybrid);
    let (_, _, m) = money_of(&s, &CostInputs::default().with(&[(Field::RustShare, 0.0)]));
    assert_eq!(m.value_needed, None);
    assert!(m
        .sentence(&dollars)
        .contains("with none of the load in Rust no value of them makes it pay back"));
}

/// The hybrid's amount is for the whole service, of which its share
/// counts: at 30% it is 1/0.3 of what the plan itself lacks.
#[test]
fn the_hybrid_names_a_service_wide_value() {
    let s = scores_for(Verdict::Hybrid);
    let (_, r, m) = money_of(&s, &CostInputs::default());
    let h = r.plan(Plan::Hybrid);
    // No learning would be repaid without 28,188 / 24 + 619.6 more a month, at 30%.
    let lacking = h.learning() / 24.0 - h.advantage_month;
    let extra = m.value_needed.unwrap().units();
    assert!((extra * 0.3 - lacking).abs() < 0.01, "{extra} vs {lacking}");
    assert!(m.sentence(&dollars).contains(&format!(
        "with 30% of the load in Rust, they must be worth at least {} per month across the service",
        dollars(shown_up(extra))
    )));
}

/// Whether `plan` pays back within the horizon with `field` set to `v`.
fn within(cost: &CostInputs, exp: Score, plan: Plan, field: Field, v: f64) -> bool {
    estimate(&cost.with(&[(field, v)]), exp)
        .plan(plan)
        .break_even
        .within_horizon()
}

/// The flips against brute force. Every field's window (half to double
/// today's value, within the field's bounds) is scanned at the field's own
/// precision, outward from the current value on both sides: the flip is
/// the first grid point that changes whether the plan pays back within the
/// horizon, a field left out has none, and applying a flip does change it.
/// So no flip is further than the factor, each is at its field's
/// precision, and each flips.
#[test]
fn money_flips_match_a_brute_force_scan() {
    let cases: &[&[(Field, f64)]] = &[
        &[],
        &[(Field::Instances, 1000.0)],
        &[(Field::Instances, 216.0)],
        &[(Field::Instances, 120.0)],
        &[(Field::SteadyGap, 25.0)],
        &[(Field::ValueMonth, 1500.0), (Field::GoVcpu, 2.0)],
        &[(Field::RustMb, 400.0), (Field::CpuSaving, 10.0)],
        &[(Field::ToolchainMonth, 0.0), (Field::Instances, 3000.0)],
        &[(Field::GoMb, 1000.0), (Field::Instances, 100.0)],
        &[(Field::Instances, 250.0), (Field::CpuSaving, 60.0)],
        &[(Field::Instances, 400.0), (Field::ToolchainMonth, 200.0)],
    ];
    let mut found = 0;
    for values in cases {
        let cost = CostInputs::default().with(values);
        for exp in [Score::MIN, Score::MID] {
            for plan in [Plan::Hybrid, Plan::Rust] {
                let flips = money_flips(&cost, exp, plan);
                let now = estimate(&cost, exp).plan(plan).break_even.within_horizon();
                let changes = |field: Field, v: f64| within(&cost, exp, plan, field, v) != now;
                for field in MONEY_FLIP_FIELDS {
                    let spec = field.spec();
                    let current = cost.get(field);
                    let step = flip_step(field);
                    let flip = flips.iter().find(|f| f.field == field);
                    let case = format!("{values:?} {exp} {plan:?} {field:?}: {flip:?}");
                    // Every point of the window at the field's precision.
                    let (lo, hi) = (current / FLIP_FACTOR, current * FLIP_FACTOR);
                    let grid: Vec<f64> = ((lo / step - 1e-9).ceil() as i64
                        ..=(hi / step + 1e-9).floor() as i64)
                        .map(|k| {
                            if step < 1.0 {
                                k as f64 / 100.0
                            } else {
                                k as f64
                            }
                        })
                        .filter(|&v| field.accepts(v) && v <= spec.max)
                        .collect();
                    let above: Vec<f64> = grid.iter().copied().filter(|&v| v > current).collect();
                    let below: Vec<f64> = grid
                        .iter()
                        .copied()
                        .filter(|&v| v < current)
                        .rev()
                        .collect();
                    let up = above.into_iter().find(|&v| changes(field, v));
                    let down = below.into_iter().find(|&v| changes(field, v));
                    let Some(f) = flip else {
                        assert_eq!((up, down), (None, None), "{case}: the scan finds one");
                        continue;
                    };
                    found += 1;
                    assert_eq!(Some(f.to), up.or(down), "{case}");
                    assert!(field.accepts(f.to), "{case}");
                    // Within the factor, at the field's precision.
                    assert!(
                        f.to <= current * FLIP_FACTOR + 1e-9
                            && f.to >= current / FLIP_FACTOR - 1e-9,
                        "{case}"
                    );
                    assert!(
                        ((f.to / step).round() * step - f.to).abs() < 1e-9,
                        "{case}: off the grid"
                    );
                    // It flips: the plan's money changes side of the horizon.
                    assert_ne!(f.break_even.within_horizon(), now, "{case}");
                    assert_eq!(
                        f.break_even,
                        estimate(&cost.with(&[(field, f.to)]), exp)
                            .plan(plan)
                            .break_even,
                        "{case}"
                    );
                }
            }
        }
    }
    assert!(found > 20, "{found}");
}

/// The example: at 1,000 MB per Go instance and 100 instances the
/// flip for RAM was "from 1,000 MB to 68,037.04 MB", a 68-fold change
/// written to the hundredth of a megabyte. A flip stays within half to
/// double today's value, in whole megabytes.
#[test]
fn a_money_flip_is_a_nearby_value_at_the_field_s_precision() {
    for exp in Score::all() {
        for plan in [Plan::Hybrid, Plan::Rust] {
            let cost =
                CostInputs::default().with(&[(Field::GoMb, 1000.0), (Field::Instances, 100.0)]);
            for f in money_flips(&cost, exp, plan) {
                let from = cost.get(f.field);
                assert!(f.to <= 2.0 * from && f.to >= from / 2.0, "{f:?}");
                assert_eq!(
                    f.to,
                    (f.to / flip_step(f.field)).round() * flip_step(f.field),
                    "{f:?}"
                );
                if f.field != Field::VcpuMonth {
                    assert_eq!(f.to.fract(), 0.0, "{f:?}");
                }
            }
        }
    }
}

/// The default Rust verdict's money turns at 216 instances (56,376 over 24
/// months needs 2,349 a month, and each instance saves 10.8932): more
/// than four times today's 50, so it is not offered; from 120 instances it
/// is.
#[test]
fn the_default_money_turns_at_216_instances() {
    let flips = money_flips(&CostInputs::default(), Score::MID, Plan::Rust);
    assert!(flips.is_empty(), "{flips:?}");
    let near = CostInputs::default().with(&[(Field::Instances, 120.0)]);
    let flips = money_flips(&near, Score::MID, Plan::Rust);
    let instances = flips.iter().find(|f| f.field == Field::Instances).unwrap();
    assert_eq!(
        (instances.to, instances.break_even),
        (216.0, BreakEven::Month(24))
    );
    // The whole fleet's vCPU price would have to rise: more saving per vCPU.
    let price = flips.iter().find(|f| f.field == Field::VcpuMonth).unwrap();
    assert!(
        price.to > 29.55 && price.to <= 59.1 && price.break_even.within_horizon(),
        "{price:?}"
    );
    // Saving all 95% of CPU is not enough at 120 instances, so it is left out.
    assert!(
        flips.iter().all(|f| f.field != Field::CpuSaving),
        "{flips:?}"
    );
}
