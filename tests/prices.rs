//! Cloud price lists: the monthly figures against the published tables,
//! and how choosing a list, editing a price and the `cloud=` parameter
//! fit together.

use rust_or_go::model::fields::Field;
use rust_or_go::model::money::{Currency, Fx};
use rust_or_go::model::prices::{conversion_note, Cloud, MemoryUnit, NOT_CONVERTED};
use rust_or_go::model::query::{parse_query, to_query, State, ViewOptions};

/// The published table, as researched: id, list prices as the provider
/// writes them, per vCPU-month, per memory unit as listed per month, and
/// per decimal GB-month after converting GiB (1 GiB = 1.073741824 GB).
const TABLE: [(&str, &str, f64, f64, f64); 5] = [
    (
        "fargate-x86",
        "$0.04048 per vCPU-hour, $0.004445 per GB-hour",
        29.55,
        3.24,
        3.24,
    ),
    (
        "fargate-arm",
        "$0.03238 per vCPU-hour, $0.00356 per GB-hour",
        23.64,
        2.60,
        2.60,
    ),
    // $5.256 per GiB-month is $4.895 per GB-month.
    (
        "cloud-run",
        "$0.000018 per vCPU-second, $0.000002 per GiB-second",
        47.30,
        5.26,
        4.90,
    ),
    // $7.884 per GiB-month is $7.3425 per GB-month.
    (
        "azure-aca",
        "$0.000024 per vCPU-second, $0.000003 per GiB-second",
        63.07,
        7.88,
        7.34,
    ),
    (
        "gke-autopilot",
        "$0.0445 per vCPU-hour, $0.0049225 per GB-hour",
        32.49,
        3.59,
        3.59,
    ),
];

fn cloud(id: &str) -> Cloud {
    Cloud::parse(id).unwrap_or_else(|| panic!("{id} is not a cloud id"))
}

#[test]
fn every_monthly_price_matches_the_table_to_the_cent() {
    assert_eq!(
        TABLE.len(),
        Cloud::ALL.len(),
        "a list without a row in the table"
    );
    for (id, listed, vcpu, memory_listed, gb) in TABLE {
        let c = cloud(id);
        assert_eq!(c.id(), id);
        assert_eq!(c.list_prices(), listed, "{id}");
        assert_eq!(c.vcpu_month(), vcpu, "{id} per vCPU-month");
        assert_eq!(
            c.memory_month_listed(),
            memory_listed,
            "{id} per {}-month",
            c.list().memory_unit.name()
        );
        assert_eq!(c.gb_month(), gb, "{id} per GB-month");
    }
}

#[test]
fn gib_lists_are_converted_to_decimal_gb() {
    for c in Cloud::ALL {
        match c.list().memory_unit {
            // A GB is smaller than a GiB, so it costs less.
            MemoryUnit::Gib => assert!(c.gb_month() < c.memory_month_listed(), "{c:?}"),
            MemoryUnit::Gb => assert_eq!(c.gb_month(), c.memory_month_listed(), "{c:?}"),
        }
    }
    assert_eq!(cloud("cloud-run").list().memory_unit, MemoryUnit::Gib);
    assert_eq!(cloud("azure-aca").list().memory_unit, MemoryUnit::Gib);
}

#[test]
fn the_default_list_keeps_todays_default_figures() {
    let s = State::default();
    assert_eq!(s.cloud, cloud("fargate-x86"));
    assert_eq!(s.cost.get(Field::GbMonth), 3.24);
    assert_eq!(s.cost.get(Field::VcpuMonth), 29.55);
    assert!(s.prices_match_cloud());
}

#[test]
fn every_list_says_where_and_when_it_comes_from() {
    for c in Cloud::ALL {
        let l = c.list();
        assert!(!l.name.is_empty() && !l.source.is_empty(), "{c:?}");
        assert!(l.url.starts_with("https://"), "{c:?}: {}", l.url);
        assert!(
            l.as_of == "list price as of 2026" || l.as_of.starts_with("20"),
            "{c:?}: {}",
            l.as_of
        );
    }
    assert_eq!(cloud("azure-aca").list().as_of, "2025-05-30");
}

#[test]
fn choosing_a_list_sets_both_prices_and_editing_one_is_noticed() {
    for c in Cloud::ALL {
        let mut s = State::default();
        s.set_cloud(c);
        assert_eq!(s.cloud, c);
        // Both prices were accepted by their fields, not silently kept.
        assert_eq!(s.cost.get(Field::GbMonth), c.gb_month(), "{c:?}");
        assert_eq!(s.cost.get(Field::VcpuMonth), c.vcpu_month(), "{c:?}");
        assert!(s.prices_match_cloud());
        let mut edited = s.clone();
        edited.cost.set(Field::VcpuMonth, c.vcpu_month() + 0.01);
        assert!(!edited.prices_match_cloud(), "{c:?}");
        let mut edited = s.clone();
        edited.cost.set(Field::GbMonth, 1.0);
        assert!(!edited.prices_match_cloud(), "{c:?}");
    }
}

#[test]
fn the_url_takes_a_list_and_explicit_prices_override_it_in_any_order() {
    let p = parse_query("?cloud=cloud-run");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.state.cloud, cloud("cloud-run"));
    assert_eq!(p.state.cost.get(Field::GbMonth), 4.90);
    assert_eq!(p.state.cost.get(Field::VcpuMonth), 47.30);
    assert!(p.state.prices_match_cloud());
    for q in ["?cloud=cloud-run&gb_month=4", "?gb_month=4&cloud=cloud-run"] {
        let p = parse_query(q);
        assert!(p.notices.is_empty(), "{q}: {:?}", p.notices);
        assert_eq!(p.state.cloud, cloud("cloud-run"), "{q}");
        assert_eq!(p.state.cost.get(Field::GbMonth), 4.0, "{q}");
        assert_eq!(p.state.cost.get(Field::VcpuMonth), 47.30, "{q}");
        assert!(!p.state.prices_match_cloud(), "{q}");
    }
}

#[test]
fn a_list_applies_on_top_of_a_preset() {
    let p = parse_query("?vcpu_month=12&preset=log-pipeline&cloud=azure-aca");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.state.preset.map(|p| p.id), Some("log-pipeline"));
    assert_eq!(
        p.state.cost.get(Field::Instances),
        120.0,
        "the preset's own inputs stay"
    );
    assert_eq!(p.state.cost.get(Field::GbMonth), 7.34);
    assert_eq!(p.state.cost.get(Field::VcpuMonth), 12.0);
}

#[test]
fn an_unknown_list_gets_a_notice_and_the_default() {
    let p = parse_query("?cloud=aws&gb_month=5");
    assert_eq!(p.state.cloud, Cloud::default());
    assert_eq!(p.state.cost.get(Field::GbMonth), 5.0);
    assert_eq!(p.state.cost.get(Field::VcpuMonth), 29.55);
    assert_eq!(p.notices.len(), 1);
    assert_eq!(p.notices[0].param, "cloud");
    assert_eq!(
        p.notices[0].message,
        "\"aws\" is not fargate-x86, fargate-arm, cloud-run, azure-aca or gke-autopilot; using fargate-x86"
    );
    // Ids are read like the currency: case and spaces do not matter.
    assert_eq!(
        parse_query("?cloud=+Azure-ACA+").state.cloud,
        cloud("azure-aca")
    );
}

#[test]
fn a_link_keeps_its_prices_and_its_list() {
    let mut s = State::default();
    s.set_cloud(cloud("gke-autopilot"));
    s.cost.set(Field::GbMonth, 3.0);
    let q = to_query(&s, &ViewOptions::default());
    for kv in ["cloud=gke-autopilot", "gb_month=3", "vcpu_month=32.49"] {
        assert!(q.split('&').any(|p| p == kv), "{kv} missing from {q}");
    }
    let back = parse_query(&q).state;
    assert_eq!(back, s);
    assert!(!back.prices_match_cloud(), "still shown as edited");
}

#[test]
fn an_old_link_in_another_currency_says_its_amounts_are_not_converted() {
    assert_eq!(conversion_note(Currency::Usd, Fx::default()), None);
    for c in [Currency::Eur, Currency::Gbp] {
        assert_eq!(
            conversion_note(c, Fx::default()).as_deref(),
            Some(NOT_CONVERTED)
        );
        let note = conversion_note(c, Fx::of(c)).unwrap();
        assert!(
            note.contains("converted at") && note.contains("ECB"),
            "{note}"
        );
    }
    assert!(NOT_CONVERTED.contains("not converted") && NOT_CONVERTED.contains("fx"));
}
