//! The cost model: the seeds' arithmetic exactly, extremes and break-even edges.

use rust_or_go::model::cost::{break_even, estimate, learning_share, BreakEven, CostInputs};
use rust_or_go::model::fields::Field;
use rust_or_go::model::score::Score;

fn inputs(values: &[(Field, f64)]) -> CostInputs {
    let mut c = CostInputs::default();
    for &(f, v) in values {
        assert!(c.set(f, v), "{f:?} rejected {v}");
    }
    c
}

#[test]
fn seed_004_fifty_instances_ten_gb_vs_one_and_a_half() {
    let r = estimate(&inputs(&[(Field::Instances, 50.0), (Field::GoMb, 200.0), (Field::RustMb, 30.0)]), Score::MID);
    assert_eq!(r.ram_go_gb, 10.0);
    assert_eq!(r.ram_rust_gb, 1.5);
}

#[test]
fn five_mb_per_service_is_two_hundred_services_per_gb() {
    // Seeds 000/001: a 5 MB Rust service; >200 of them on a 1 GB droplet.
    let r = estimate(&inputs(&[(Field::Instances, 200.0), (Field::RustMb, 5.0)]), Score::MID);
    assert_eq!(r.ram_rust_gb, 1.0);
}

#[test]
fn defaults_give_the_documented_monthly_figures() {
    let r = estimate(&CostInputs::default(), Score::MID);
    // 10 GB x 3.24 and 1.5 GB x 3.24
    assert!((r.ram_go_cost - 32.4).abs() < 1e-9);
    assert!((r.ram_rust_cost - 4.86).abs() < 1e-9);
    // 50 x 0.5 vCPU x 29.55 = 738.75; Rust 70% less
    assert!((r.cpu_go_cost - 738.75).abs() < 1e-9);
    assert!((r.cpu_rust_cost - 221.625).abs() < 1e-9);
    assert!((r.monthly_saving - (771.15 - 226.485)).abs() < 1e-9);
    // 4 x 15,660 x 3 x (1 - 1/2.5) x 0.5
    assert!((r.learning_cost - 56_376.0).abs() < 1e-6);
    assert_eq!(r.break_even, BreakEven::AfterHorizon(104));
    assert_eq!(r.horizon, 24);
}

#[test]
fn zero_instances_cost_nothing_and_never_pay_back() {
    let r = estimate(&inputs(&[(Field::Instances, 0.0)]), Score::MIN);
    assert_eq!(r.infra_go, 0.0);
    assert_eq!(r.infra_rust, 0.0);
    assert_eq!(r.monthly_saving, 0.0);
    assert_eq!(r.break_even, BreakEven::Never);
    assert_eq!(r.hint.score.get(), 1);
}

#[test]
fn a_million_instances_stay_finite_and_pay_back_in_month_one() {
    let r = estimate(&inputs(&[(Field::Instances, 1e6), (Field::GoMb, 1e6)]), Score::MIN);
    assert!(r.infra_go.is_finite() && r.ram_go_gb == 1e9);
    assert_eq!(r.break_even, BreakEven::Month(1));
    assert_eq!(r.hint.score.get(), 5);
}

#[test]
fn huge_values_are_rejected_and_the_last_good_value_kept() {
    let mut c = CostInputs::default();
    for bad in [1e308, f64::INFINITY, f64::NAN, -1.0, 2.5] {
        assert!(!c.set(Field::Instances, bad), "{bad}");
        assert_eq!(c.get(Field::Instances), 50.0);
    }
    assert!(!c.set(Field::GbMonth, 0.0), "a zero price is rejected");
    assert_eq!(c.get(Field::GbMonth), 3.24);
}

#[test]
fn no_saving_never_pays_back() {
    assert_eq!(break_even(0.0, 1000.0, 24), BreakEven::Never);
    assert_eq!(break_even(-5.0, 1000.0, 24), BreakEven::Never);
    // Rust as heavy as Go: same RAM, no CPU saving.
    let r = estimate(
        &inputs(&[(Field::RustMb, 200.0), (Field::CpuSaving, 0.0)]),
        Score::MIN,
    );
    assert_eq!(r.monthly_saving, 0.0);
    assert_eq!(r.break_even, BreakEven::Never);
}

#[test]
fn saving_without_learning_cost_pays_back_immediately() {
    assert_eq!(break_even(100.0, 0.0, 24), BreakEven::Immediate);
    let r = estimate(&inputs(&[(Field::RampMonths, 0.0)]), Score::MIN);
    assert_eq!(r.learning_cost, 0.0);
    assert_eq!(r.break_even, BreakEven::Immediate);
}

#[test]
fn a_team_that_ships_rust_pays_no_learning_cost() {
    assert_eq!(learning_share(Score::MAX), 0.0);
    assert_eq!(learning_share(Score::MIN), 1.0);
    let r = estimate(&CostInputs::default(), Score::MAX);
    assert_eq!(r.learning_cost, 0.0);
    assert_eq!(r.break_even, BreakEven::Immediate);
    // Less experience never costs less to learn.
    let costs: Vec<f64> = Score::all().map(|s| estimate(&CostInputs::default(), s).learning_cost).collect();
    assert!(costs.windows(2).all(|w| w[0] >= w[1]), "{costs:?}");
}

#[test]
fn break_even_is_the_first_month_that_covers_learning() {
    assert_eq!(break_even(100.0, 1000.0, 24), BreakEven::Month(10));
    assert_eq!(break_even(100.0, 1001.0, 24), BreakEven::Month(11));
    assert_eq!(break_even(100.0, 2400.0, 24), BreakEven::Month(24));
    assert_eq!(break_even(100.0, 2401.0, 24), BreakEven::AfterHorizon(25));
    assert_eq!(break_even(1e-300, 1e300, 24), BreakEven::Never);
}

#[test]
fn cumulative_lines_cross_at_break_even() {
    let r = estimate(&inputs(&[(Field::Instances, 2000.0)]), Score::MIN);
    let BreakEven::Month(m) = r.break_even else { panic!("{:?}", r.break_even) };
    assert!(r.cumulative_rust(m) <= r.cumulative_go(m));
    assert!(r.cumulative_rust(m - 1) > r.cumulative_go(m - 1));
}

#[test]
fn the_scale_hint_follows_the_money() {
    // Small fleet: a year of savings below one engineer-month.
    let small = estimate(&inputs(&[(Field::Instances, 5.0)]), Score::MID);
    assert_eq!(small.hint.score.get(), 1);
    // Large fleet: pays back within months.
    let large = estimate(&inputs(&[(Field::Instances, 3000.0)]), Score::MID);
    assert!(matches!(large.break_even, BreakEven::Month(m) if m <= 3), "{:?}", large.break_even);
    assert_eq!(large.hint.score.get(), 5);
    // In between, a pay-back within a year suggests 4.
    let mid = estimate(&inputs(&[(Field::Instances, 600.0)]), Score::MID);
    assert!(matches!(mid.break_even, BreakEven::Month(m) if (4..=12).contains(&m)), "{:?}", mid.break_even);
    assert_eq!(mid.hint.score.get(), 4);
}
