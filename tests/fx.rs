//! Currency that means what it says: `fx` (units of the chosen currency
//! per US dollar) converts the price lists' prices and every default
//! sourced in dollars; amounts a link gives or a reader types are taken as
//! written, in the chosen currency; an old `cur=eur` link without `fx`
//! keeps its meaning and says its amounts are not converted.

use rust_or_go::model::cost::CostInputs;
use rust_or_go::model::export::adr_markdown;
use rust_or_go::model::fields::Field;
use rust_or_go::model::money::{Cents, Currency, Fx};
use rust_or_go::model::presets::Preset;
use rust_or_go::model::prices::{conversion_note, Cloud, NOT_CONVERTED};
use rust_or_go::model::query::{parse_query, to_query, State, ViewOptions};
use rust_or_go::model::rubric::evaluate;
use rust_or_go::model::score::Category;
use rust_or_go::model::system::{parse_system, to_query as system_query};

fn money(s: &State, f: Field) -> f64 {
    s.cost.get(f)
}

#[test]
fn the_default_rates_are_the_ecb_reference_rate_of_28_february_2025() {
    // €1 = $1.0411 = £0.82608: $1 = €0.96052... and £0.79347...
    assert_eq!(Fx::of(Currency::Eur).get(), 0.9605);
    assert_eq!(Fx::of(Currency::Gbp).get(), 0.7935);
    assert_eq!(Fx::of(Currency::Usd), Fx::default());
    assert!((1.0 / 1.0411 - 0.9605f64).abs() < 5e-5);
    assert!((0.82608 / 1.0411 - 0.7935f64).abs() < 5e-5);
    // To the cent, once: $15,660 x 0.9605 = 15,041.43; $3.24 x 0.9605 = 3.11.
    let eur = Fx::of(Currency::Eur);
    assert_eq!(eur.convert(15_660.0), 15_041.43);
    assert_eq!(eur.convert(3.24), 3.11);
    assert_eq!(eur.convert(29.55), 28.38);
    assert_eq!(eur.convert(783.0), 752.07);
    assert_eq!(Fx::new(0.0), None);
    assert_eq!(Fx::new(-1.0), None);
    assert_eq!(Fx::new(10_001.0), None);
}

/// A link with a rate: what it does not give is converted, what it gives
/// is taken as written.
#[test]
fn a_link_with_a_rate_converts_the_list_prices_and_the_dollar_defaults() {
    let p = parse_query("?cur=eur&fx=0.9605&eng_month=12000");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    let s = p.state;
    assert_eq!(s.currency, Currency::Eur);
    assert_eq!(s.fx, Fx::of(Currency::Eur));
    assert_eq!(money(&s, Field::GbMonth), 3.11);
    assert_eq!(money(&s, Field::VcpuMonth), 28.38);
    assert_eq!(money(&s, Field::ToolchainMonth), 752.07);
    // Typed in euros, taken as typed.
    assert_eq!(money(&s, Field::EngMonth), 12_000.0);
    // The prices are still the list's, in euros.
    assert!(s.prices_match_cloud());
    // The page's own link carries the rate and reads back the same state.
    let q = to_query(&s, &ViewOptions::default());
    assert!(q.split('&').any(|kv| kv == "fx=0.9605"), "{q}");
    let back = parse_query(&q);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.state, s);
    // Another cloud's list, in pounds.
    let gbp = parse_query("?cur=gbp&fx=0.7935&cloud=cloud-run").state;
    let list = Cloud::parse("cloud-run").unwrap();
    assert_eq!(
        money(&gbp, Field::VcpuMonth),
        Fx::of(Currency::Gbp).convert(list.vcpu_month())
    );
    assert!(gbp.prices_match_cloud());
}

/// A link made before `fx` existed keeps its meaning: the same numbers as
/// in dollars, shown with the other symbol, and a notice that says so.
#[test]
fn an_old_link_without_a_rate_keeps_its_amounts_and_says_so() {
    let old = parse_query("?cur=eur&lat=4");
    let usd = parse_query("?lat=4");
    assert_eq!(old.state.cost, usd.state.cost);
    assert_eq!(old.state.fx, Fx::default());
    assert_eq!(old.notices.len(), 1, "{:?}", old.notices);
    assert_eq!(old.notices[0].param, "cur");
    assert_eq!(old.notices[0].message, NOT_CONVERTED);
    assert_eq!(
        conversion_note(old.state.currency, old.state.fx).as_deref(),
        Some(NOT_CONVERTED)
    );
    // Choosing the currency again converts the amounts it still has at
    // their defaults.
    let mut s = old.state;
    s.set_currency(Currency::Eur);
    assert_eq!(money(&s, Field::EngMonth), 15_041.43);
    assert!(conversion_note(s.currency, s.fx)
        .unwrap()
        .contains("€0.9605 per $1"));
}

#[test]
fn a_rate_that_is_not_one_is_refused_with_a_notice() {
    let p = parse_query("?cur=gbp&fx=-2");
    assert_eq!(p.state.fx, Fx::of(Currency::Gbp));
    assert_eq!(p.notices.len(), 1, "{:?}", p.notices);
    assert_eq!(p.notices[0].param, "fx");
    assert!(
        p.notices[0].message.contains("using 0.7935"),
        "{:?}",
        p.notices
    );
    // Dollars are not converted.
    let p = parse_query("?fx=0.9");
    assert_eq!(p.state.fx, Fx::default());
    assert_eq!(p.state.cost, CostInputs::default());
    assert!(p.notices[0].message.contains("ignored"));
}

/// Switching currency or rate on the page converts what is still a
/// default or a list price, never what someone typed; and back again
/// gives the dollars it started from.
#[test]
fn switching_currency_converts_defaults_and_keeps_typed_amounts() {
    let mut s = parse_query("?toolchain_month=500").state;
    s.set_currency(Currency::Eur);
    assert_eq!(money(&s, Field::EngMonth), 15_041.43);
    assert_eq!(money(&s, Field::GbMonth), 3.11);
    assert_eq!(money(&s, Field::ToolchainMonth), 500.0);
    assert!(s.prices_match_cloud());
    s.set_fx(Fx::new(0.9).unwrap());
    assert_eq!(money(&s, Field::EngMonth), 14_094.0);
    assert_eq!(money(&s, Field::VcpuMonth), 26.6);
    assert_eq!(money(&s, Field::ToolchainMonth), 500.0);
    s.set_currency(Currency::Usd);
    assert_eq!(s.fx, Fx::default());
    assert_eq!(
        s.cost,
        CostInputs::default().with(&[(Field::ToolchainMonth, 500.0)])
    );
    // A price typed in euros stays typed.
    let mut typed = parse_query("?cur=eur&fx=0.9605&gb_month=2.5").state;
    typed.set_fx(Fx::new(0.95).unwrap());
    assert_eq!(money(&typed, Field::GbMonth), 2.5);
    assert!(!typed.prices_match_cloud());
    // ... while the other price, still the list's, is converted.
    assert_eq!(
        money(&typed, Field::VcpuMonth),
        Fx::new(0.95).unwrap().convert(29.55)
    );
    let mut mixed = parse_query("?gb_month=4&cloud=azure-aca").state;
    mixed.set_currency(Currency::Eur);
    assert_eq!(money(&mixed, Field::GbMonth), 4.0);
    assert_eq!(money(&mixed, Field::VcpuMonth), 60.58);
}

/// The money follows: the same decision costs the same in euros, to the
/// cent of each converted input, and a preset in euros is not "modified".
#[test]
fn the_money_is_the_dollar_money_at_the_rate() {
    let usd = parse_query("?lat=4").state;
    let eur = parse_query("?lat=4&cur=eur&fx=0.9605").state;
    let exp = usd.scores.get(Category::Experience);
    let learning = |s: &State| {
        rust_or_go::model::cost::estimate(&s.cost, exp)
            .plan(rust_or_go::model::cost::Plan::Rust)
            .cents
            .learning
    };
    // 4 x 15,041.43 x 3 x 0.6 x 0.5 = 54,149.148 -> 54,149.15.
    assert_eq!(learning(&usd), Cents(5_637_600));
    assert_eq!(learning(&eur), Cents(5_414_915));
    let p = Preset::by_id("log-pipeline").unwrap();
    let s = State::from_preset(p, Currency::Eur);
    assert_eq!(s.fx, Fx::of(Currency::Eur));
    assert!(!s.preset_modified());
    assert_eq!(money(&s, Field::EngMonth), 15_041.43);
}

/// The ADR says at what rate its dollar figures were converted.
#[test]
fn the_adr_states_the_rate() {
    let s = parse_query("?cur=eur&fx=0.9605").state;
    let e = evaluate(&s.scores);
    let r = rust_or_go::model::cost::estimate(&s.cost, s.scores.get(Category::Experience));
    let adr = adr_markdown(&s, &e, &r, "L", "2026-12-02", &|c: Cents| c.plain("€"));
    assert!(
        adr.contains("- Currency: List prices and the defaults sourced in US dollars are converted at €0.9605 per $1 (the ECB euro reference rate of 28 February 2025)"),
        "{adr}"
    );
    assert!(adr.contains("Cost per engineer-month €15,041.43"), "{adr}");
}

/// A system's link carries the rate for its team and prices, and its
/// currency picker converts them as the single page does.
#[test]
fn a_system_converts_its_team_and_prices() {
    let p = parse_system("?svc=api:4,2,2,3,2&cur=gbp&fx=0.7935").unwrap();
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    let shared = &p.system.shared;
    assert_eq!(
        shared.cost.get(Field::EngMonth),
        Fx::of(Currency::Gbp).convert(15_660.0)
    );
    let q = system_query(&p.system, &ViewOptions::default());
    assert!(q.contains("fx=0.7935"), "{q}");
    assert_eq!(parse_system(&q).unwrap().system, p.system);
    let mut sys = parse_system("?svc=api:4,2,2,3,2").unwrap().system;
    sys.shared.set_currency(Currency::Eur);
    assert_eq!(sys.shared.cost.get(Field::EngMonth), 15_041.43);
    assert_eq!(sys.shared.cost.get(Field::VcpuMonth), 28.38);
    // Each row's link to its single page carries the rate too.
    let row = rust_or_go::model::system::service_query(&sys, 0).unwrap();
    let single = parse_query(&row);
    assert!(single.notices.is_empty(), "{:?}", single.notices);
    assert_eq!(single.state.fx, Fx::of(Currency::Eur));
    assert_eq!(money(&single.state, Field::EngMonth), 15_041.43);
}
