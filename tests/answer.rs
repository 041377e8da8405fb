//! One answer for one service: over random states a `svc` row can express
//! (its scores and fleet, the system's team, prices, weights and horizon;
//! the inputs a row does not carry, `value_month` and `rust_engineers`,
//! at their defaults), the single page's money (`decide`'s
//! `MoneyVerdict`, and the headline the embed and the presenter show from
//! it) and the same service as a one-row system agree on the plan, its
//! monthly difference against Go, its learning, its break-even and its
//! total over the horizon. tests/browser/answer.test.mjs checks the views
//! themselves for a handful of links.

use proptest::prelude::*;
use rust_or_go::model::cost::{estimate, Plan};
use rust_or_go::model::decision::decide;
use rust_or_go::model::fields::Field;
use rust_or_go::model::money::{Cents, Currency};
use rust_or_go::model::prices::Cloud;
use rust_or_go::model::query::{parse_query, ServiceName, ViewOptions};
use rust_or_go::model::rubric::evaluate_weighted;
use rust_or_go::model::score::{Category, Scores};
use rust_or_go::model::system::{
    analyse, parse_system, service_query, to_query, Fleet, Service, Shared, System, FLEET, TEAM,
};
use rust_or_go::model::weights::Weights;

fn dollars(c: Cents) -> String {
    c.plain("$")
}

/// A value a team might type: small most of the time, anywhere in the
/// field's range sometimes; whole for whole fields, hundredths otherwise.
fn typed(field: Field, u: f64, wide: bool) -> f64 {
    let s = field.spec();
    let top = if wide {
        s.max
    } else {
        s.max.min(s.default.max(1.0) * 10.0)
    };
    let v = s.min + u * (top - s.min);
    let v = if s.whole {
        v.round()
    } else {
        (v * 100.0).round() / 100.0
    };
    if field.accepts(v) {
        v
    } else {
        s.default
    }
}

/// One service as a system row, written to a link and read back.
fn any_row() -> impl Strategy<Value = System> {
    let scores = prop::array::uniform5(1u8..=5).prop_map(|v| Scores::from_values(v).unwrap());
    let weights = prop::array::uniform5(0u8..=3).prop_map(|v| Weights::from_values(v).unwrap());
    let fleet = prop::collection::vec((0.0f64..1.0, any::<bool>(), any::<bool>()), FLEET.len());
    let team = prop::collection::vec((0.0f64..1.0, any::<bool>(), any::<bool>()), TEAM.len());
    (scores, weights, fleet, team, "[a-z][a-z0-9-]{0,12}").prop_map(
        |(scores, weights, fleet_units, team_units, name)| {
            let mut fleet = Fleet::default();
            for (f, (u, wide, keep)) in FLEET.into_iter().zip(fleet_units) {
                if !keep {
                    fleet.set(f, typed(f, u, wide));
                }
            }
            let mut shared = Shared {
                weights,
                currency: Currency::Usd,
                cloud: Cloud::default(),
                ..Shared::default()
            };
            for (f, (u, wide, keep)) in TEAM.into_iter().zip(team_units) {
                if !keep {
                    shared.cost.set(f, typed(f, u, wide));
                }
            }
            let sys = System::new(
                shared,
                vec![Service {
                    name: ServiceName::new(&name),
                    scores,
                    fleet,
                }],
            )
            .unwrap();
            // As a link carries it.
            parse_system(&to_query(&sys, &ViewOptions::default()))
                .unwrap()
                .system
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(500)
    ))]

    #[test]
    fn the_single_page_and_a_one_row_system_give_one_answer(sys in any_row()) {
        // The single page the row links to.
        let page = parse_query(&service_query(&sys, 0).unwrap());
        prop_assert!(page.notices.is_empty(), "{:?}", page.notices);
        let state = page.state;
        let exp = state.scores.get(Category::Experience);
        let eval = evaluate_weighted(&state.scores, &state.weights);
        let report = estimate(&state.cost, exp);
        let money = decide(eval.verdict, &report, exp, &state.cost);
        // The system.
        let r = analyse(&sys);
        let row = &r.services[0];
        prop_assert_eq!(row.verdict(), eval.verdict);
        // The plan: the verdict's, on the page and as the row's placement.
        prop_assert_eq!(row.placement.plan(), money.plan);
        let plan = report.plan(money.plan);
        let (go, rust, planned) = r.horizon_totals();
        // Totals over the horizon, learning included, for all Go, all Rust
        // and the plan: the page's own plans' totals.
        prop_assert_eq!(go, report.plan(Plan::Go).horizon_total());
        prop_assert_eq!(rust, report.plan(Plan::Rust).horizon_total());
        prop_assert_eq!(planned, plan.horizon_total());
        // All Rust as the system prices it is the page's Rust plan.
        prop_assert_eq!(r.all_rust_learning, report.plan(Plan::Rust).cents.learning);
        if money.rust_plan == Plan::Rust {
            prop_assert_eq!(money.monthly(), r.all_go - r.all_rust - r.all_rust_people);
        }
        if money.plan == Plan::Go {
            // Nothing moves: no learning, no difference, nothing to pay back.
            prop_assert_eq!(r.plan_learning, Cents::ZERO);
            prop_assert_eq!(r.plan_net(), Cents::ZERO);
            prop_assert!(r.plan_experience.is_none());
        } else {
            // The plan moves: the money the verdict's sentence prices, the
            // headline the embed and the presenter show, and the system's
            // figures are one.
            prop_assert_eq!(money.rust_plan, money.plan);
            prop_assert_eq!(money.monthly(), r.plan_net());
            prop_assert_eq!(money.monthly().attr(), r.plan_net().attr());
            prop_assert_eq!(plan.cents.learning, r.plan_learning);
            prop_assert_eq!(money.break_even(), r.break_even);
            prop_assert_eq!(money.break_even().attr(), r.break_even.attr());
            let headline = money.monthly_headline(&dollars);
            let net = r.plan_net();
            if net.is_zero() {
                prop_assert_eq!(headline.value(), "Same as Go");
            } else {
                prop_assert_eq!(headline.amount, dollars(net.abs()));
            }
            let sentence = money.sentence(&dollars);
            if !net.is_zero() {
                prop_assert!(sentence.contains(&dollars(net.abs())), "{}", sentence);
            }
            if plan.cents.learning.is_positive() {
                prop_assert!(
                    sentence.contains(&format!("{} of learning", dollars(r.plan_learning))),
                    "{}",
                    sentence
                );
            }
        }
    }
}

/// The fraud-scoring: the same learning on its page ($42,282.00,
/// its two engineers on the Rust part) and as a one-row system (it was
/// $126,846 there, all six engineers).
#[test]
fn fraud_scoring_costs_the_same_on_its_page_and_as_a_system() {
    let q = "?name=fraud-scoring&lat=5&safety=4&exp=2&instances=40&engineers=6";
    let state = parse_query(q).state;
    let exp = state.scores.get(Category::Experience);
    let eval = evaluate_weighted(&state.scores, &state.weights);
    let report = estimate(&state.cost, exp);
    let money = decide(eval.verdict, &report, exp, &state.cost);
    let r = analyse(&System::single(&state));
    assert_eq!(money.plan, Plan::Hybrid);
    assert_eq!(r.plan_learning, Cents(4_228_200));
    assert_eq!(report.plan(Plan::Hybrid).cents.learning, r.plan_learning);
    assert_eq!(money.monthly(), Cents(-65_228));
    assert_eq!(r.plan_net(), money.monthly());
}
