//! The system view uses the single page's ranges: its plan's money and its
//! start-here ranking at the end of the ranges that favours Rust, at the
//! expected values and at the end that favours Go; worked by hand.

use rust_or_go::model::cost::BreakEven;
use rust_or_go::model::estimate::Spread;
use rust_or_go::model::fields::Field;
use rust_or_go::model::query::ViewOptions;
use rust_or_go::model::system::{
    analyse, end_system, parse_system, plain, system_range, to_query, System,
};

/// Two services with the same scores (Rust verdicts), so the start-here
/// ranking follows what each saves. ledger is CPU-heavy (10 instances of
/// 100 MB and 4 vCPU), api-gateway RAM-heavy (100 of 2,470 MB and 0.01 vCPU);
/// both need 30 MB in Rust and save 70% of their CPU.
const TWO: &str =
    "svc=ledger:1,5,5,3,5:10,100,30,4,70&svc=api-gateway:1,5,5,3,5:100,2470,30,0.01,70";

fn sys(q: &str) -> System {
    parse_system(q).unwrap().system
}

/// Savings per month (GB at 3.24, vCPU at 29.55):
/// ledger: RAM 10 x 0.07 GB x 3.24 = 2.268; CPU 40 x 29.55 = 1,182 x 70% =
/// 827.4: 829.668. At Go's end (30 MB, 67%): 2.268 + 791.94 = 794.208. At
/// Rust's end (5 MB, 75%): 10 x 0.095 x 3.24 = 3.078 + 886.5 = 889.578.
/// api-gateway: RAM 100 x 2.44 GB x 3.24 = 790.56; CPU 1 x 29.55 x 70% =
/// 20.685: 811.245. Go's end: 790.56 + 19.7985 = 810.3585. Rust's end:
/// 100 x 2.465 x 3.24 = 798.66 + 22.1625 = 820.8225.
/// So ledger first at the expected values and at Rust's end, api-gateway
/// first at Go's end. The team's learning (4 x 15,660 x ramp x (1 -
/// 1/slowdown) x 0.5): 56,376 expected, 31,320 at Rust's end, 83,520 at
/// Go's; against 1,640.913, 1,710.4005 and 1,604.5665 a month: months
/// 35, 19 and 53.
#[test]
fn the_ranking_changes_at_the_go_end_worked_by_hand() {
    let s = sys(TWO);
    let report = analyse(&s);
    let r = system_range(&s, &report);
    assert_eq!(r.expected.order, vec![0, 1]);
    assert_eq!(r.rust_end.order, vec![0, 1]);
    assert_eq!(r.go_end.order, vec![1, 0]);
    // The model holds each part in whole cents, so the hand-worked figure
    // may differ by the parts' rounding (under two cents here).
    assert!((r.expected.net.units() - 1_640.913).abs() < 0.02, "{r:?}");
    assert!((r.rust_end.net.units() - 1_710.400_5).abs() < 0.02, "{r:?}");
    assert!((r.go_end.net.units() - 1_604.566_5).abs() < 0.02, "{r:?}");
    assert_eq!(r.expected.break_even, BreakEven::AfterHorizon(35));
    assert_eq!(r.rust_end.break_even, BreakEven::Month(19));
    assert_eq!(r.go_end.break_even, BreakEven::AfterHorizon(53));
    assert!(!r.holds());
    assert!(r.ranking_changes());
    assert_eq!(
        r.sentence().unwrap(),
        "The plan pays back in month 35; between month 19 and month 53 across the ranges, so whether it pays back within the 24-month horizon rests on the estimates."
    );
    assert_eq!(
        r.ranking_sentence(&s, &plain).unwrap(),
        "At the end of the ranges that favours Go, api-gateway would come before ledger."
    );
}

/// The URL's ranges are the system's: point estimates collapse the range,
/// and a narrower CPU range keeps the ranking.
#[test]
fn the_urls_ranges_apply_to_the_system() {
    let points = sys(&format!(
        "{TWO}&rust_mb=30&cpu_saving=70&ramp_months=3&slowdown=2.5"
    ));
    let r = system_range(&points, &analyse(&points));
    assert!(r.point);
    assert_eq!(r.rust_end, r.expected);
    assert_eq!(r.go_end, r.expected);
    assert_eq!(
        r.sentence().unwrap(),
        "The plan pays back in month 35; every input is a point estimate, so there is no range."
    );
    assert_eq!(
        r.ranking_sentence(&points, &plain).unwrap(),
        "Every input is a point estimate, so the start-here ranking has no range."
    );
    // CPU saved 69..70..71 (around the default 70, so each service's 70
    // keeps 69..71): ledger at Go's end 2.268 + 815.58 = 817.848, ahead
    // of api-gateway's 790.56 + 20.3895.
    let narrow = sys(&format!("{TWO}&cpu_saving=69..70..71"));
    let r = system_range(&narrow, &analyse(&narrow));
    assert_eq!(r.go_end.order, vec![0, 1]);
    assert!(!r.ranking_changes());
    assert_eq!(
        r.ranking_sentence(&narrow, &plain).unwrap(),
        "The start-here ranking is the same across the ranges."
    );
}

/// A fleet field's range is carried to each row's own value in proportion
/// (rust_mb=10..20..40 around a row's 30 MB: 15..30..60); the rows' fleet
/// values stay points; the system's link keeps the ranges.
#[test]
fn fleet_ranges_are_carried_to_each_row_and_kept_in_the_link() {
    let s = sys(&format!("{TWO}&rust_mb=10..20..40&ramp_months=2..3..6"));
    let fleet = s.services()[0].fleet;
    assert_eq!(fleet.get(Field::RustMb), Some(30.0));
    let ranges = s.shared.ranges_for(&fleet);
    assert_eq!(
        ranges.spread(Field::RustMb),
        Spread::Range {
            low: 15.0,
            high: 60.0
        }
    );
    let go = end_system(&s, false);
    assert_eq!(go.services()[0].fleet.get(Field::RustMb), Some(60.0));
    assert_eq!(go.shared.cost.get(Field::RampMonths), 6.0);
    let rust = end_system(&s, true);
    assert_eq!(rust.services()[1].fleet.get(Field::RustMb), Some(15.0));
    assert_eq!(rust.shared.cost.get(Field::RampMonths), 2.0);
    let q = to_query(&s, &ViewOptions::default());
    assert!(q.contains("&ramp_months=2..3..6&"), "{q}");
    assert_eq!(sys(&q), s);
    // The row's single page carries its own range.
    let page = s.shared.state_for(&s.services()[0]);
    assert_eq!(
        page.ranges.get(Field::RustMb, &page.cost).param(),
        "15..30..60"
    );
}

/// Nothing moves: no money to range over, no ranking.
#[test]
fn nothing_moves_nothing_to_range() {
    let s = sys("svc=a:5,1,1,1,1&svc=b:5,1,1,1,1");
    let r = system_range(&s, &analyse(&s));
    assert_eq!(r.sentence(), None);
    assert_eq!(r.ranking_sentence(&s, &plain), None);
}

/// The exports carry the range sentence, the ranking's and the ranges.
#[test]
fn the_exports_carry_the_ranges() {
    use rust_or_go::model::system::{adr_markdown, markdown_table};
    let s = sys(TWO);
    let report = analyse(&s);
    let money = |c: rust_or_go::model::money::Cents| c.plain("$");
    let table = markdown_table(&s, &report, "https://example.test/", &money);
    let adr = adr_markdown(&s, &report, "https://example.test/", "2026-12-01", &money);
    for md in [&table, &adr] {
        assert!(md.contains(" The plan pays back in month 35; between month 19 and month 53 across the ranges, so whether it pays back within the 24-month horizon rests on the estimates. At the end of the ranges that favours Go, api-gateway would come before ledger."), "{md}");
    }
    assert!(adr.contains("RAM per Rust instance 5 MB to 30 MB; CPU Rust saves 67% to 75%; Months to become productive in Rust 2 months to 4 months; Rust work slower while learning 2x to 3x."), "{adr}");
    let points = sys(&format!(
        "{TWO}&rust_mb=30&cpu_saving=70&ramp_months=3&slowdown=2.5"
    ));
    let adr = adr_markdown(&points, &analyse(&points), "x", "2026-12-01", &money);
    assert!(!adr.contains("**Ranges**"));
}
