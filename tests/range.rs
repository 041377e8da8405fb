//! How sure the money is: the plan evaluated at the end of every range
//! that favours Rust, at the expected values and at the end that favours
//! Go; worked by hand, and checked to bracket the expected money.

use proptest::prelude::*;
use rust_or_go::model::cost::{estimate, BreakEven, CostInputs, Plan};
use rust_or_go::model::decision::decide;
use rust_or_go::model::estimate::{default_range, Estimate, Ranges, RANGE_FIELDS};
use rust_or_go::model::fields::Field;
use rust_or_go::model::range::{money_range, rust_end_is_low, MoneyRange};
use rust_or_go::model::rubric::Verdict;
use rust_or_go::model::score::Score;

fn score(v: i64) -> Score {
    Score::clamped(v)
}

fn range(plan: Plan, inputs: &CostInputs, ranges: &Ranges, exp: i64) -> MoneyRange {
    money_range(plan, inputs, ranges, score(exp))
}

/// Immediate first, never last; months in order.
fn rank(be: BreakEven) -> u64 {
    match be {
        BreakEven::Immediate => 0,
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) => u64::from(m),
        BreakEven::Never => u64::MAX,
    }
}

#[test]
fn the_default_ranges_are_the_sourced_ones() {
    let d = CostInputs::default();
    let r = Ranges::default();
    let ends = |f: Field| {
        let e = r.get(f, &d);
        (e.low(), e.expected(), e.high())
    };
    assert_eq!(ends(Field::RustMb), (5.0, 30.0, 30.0));
    assert_eq!(ends(Field::CpuSaving), (67.0, 70.0, 75.0));
    assert_eq!(ends(Field::RampMonths), (2.0, 3.0, 4.0));
    assert_eq!(ends(Field::Slowdown), (2.0, 2.5, 3.0));
    for f in [Field::SteadyGap, Field::ValueMonth, Field::RustShare] {
        assert!(r.get(f, &d).is_point(), "{f:?}");
        assert!(default_range(f).is_none());
    }
    // Every sourced range holds its field's default and its ends are
    // accepted by the field.
    for f in RANGE_FIELDS {
        if let Some((low, high, source)) = default_range(f) {
            let v = f.spec().default;
            assert!(
                low <= v && v <= high && f.accepts(low) && f.accepts(high),
                "{f:?}"
            );
            assert!(!source.is_empty());
        }
    }
}

#[test]
fn estimates_keep_their_order() {
    assert!(Estimate::new(1.0, 2.0, 3.0).is_ok());
    assert!(Estimate::new(3.0, 2.0, 3.0).is_err());
    assert!(Estimate::new(1.0, 2.0, 1.0).is_err());
    let e = Estimate::clamped(3.0, 2.0, 1.0);
    assert_eq!((e.low(), e.expected(), e.high()), (2.0, 2.0, 2.0));
    assert!(e.is_point());
    // A point follows its expected value; a range's end follows it only
    // when the expected value moves past it.
    let mut r = Ranges::points();
    r.set(Field::RustMb, Estimate::new(10.0, 30.0, 60.0).unwrap());
    let at = |v: f64| CostInputs::default().with(&[(Field::RustMb, v)]);
    let e = r.get(Field::RustMb, &at(80.0));
    assert_eq!((e.low(), e.high()), (10.0, 80.0));
    assert!(r.get(Field::Slowdown, &at(80.0)).is_point());
    // A preset's value outside the sourced range has no default range.
    let big = at(250.0);
    assert!(Ranges::defaults_for(&big)
        .get(Field::RustMb, &big)
        .is_point());
}

/// The defaults at team experience 3 (half the learning cost), worked by
/// hand. Go: 10 GB x 3.24 + 25 vCPU x 29.55 = 771.15 a month.
/// Expected: Rust 1.5 GB and 7.5 vCPU = 226.485, saving 544.665; learning
/// 4 x 15,660 x 3 x 0.6 x 0.5 = 56,376, paid back in month 104.
/// Rust end (5 MB, 75%, 2 months, 2x): 0.81 + 184.6875 = 185.4975, saving
/// 585.6525; learning 4 x 15,660 x 2 x 0.5 x 0.5 = 31,320: month 54.
/// Go end (30 MB, 67%, 4 months, 3x): 4.86 + 243.7875 = 248.6475, saving
/// 522.5025; learning 4 x 15,660 x 4 x 2/3 x 0.5 = 83,520: month 160.
#[test]
fn the_default_rust_plan_worked_by_hand() {
    let d = CostInputs::default();
    let m = range(Plan::Rust, &d, &Ranges::default(), 3);
    assert_eq!(m.expected.break_even, BreakEven::AfterHorizon(104));
    assert_eq!(m.rust_end.break_even, BreakEven::AfterHorizon(54));
    assert_eq!(m.go_end.break_even, BreakEven::AfterHorizon(160));
    assert_eq!(m.expected.monthly, 544.66);
    assert_eq!(m.rust_end.monthly, 585.65);
    assert_eq!(m.go_end.monthly, 522.5);
    assert!(m.holds());
    assert_eq!(
        m.sentence(),
        "Rust pays back in month 104; between month 54 and more than 10 years across the ranges, not within the 24-month horizon at either end: the money's verdict holds across the ranges."
    );
}

/// Four times the fleet: saving 2,178.66 expected (month 26), 2,342.61 at
/// Rust's end (31,320 / 2,342.61 = 13.4: month 14), 2,090.01 at Go's
/// (83,520 / 2,090.01 = 39.96: month 40). The 24-month horizon falls
/// between the ends.
#[test]
fn a_verdict_that_rests_on_the_estimates() {
    let d = CostInputs::default().with(&[(Field::Instances, 200.0)]);
    let m = range(Plan::Rust, &d, &Ranges::defaults_for(&d), 3);
    assert_eq!(m.expected.break_even, BreakEven::AfterHorizon(26));
    assert_eq!(m.rust_end.break_even, BreakEven::Month(14));
    assert_eq!(m.go_end.break_even, BreakEven::AfterHorizon(40));
    assert!(!m.holds());
    assert_eq!(
        m.sentence(),
        "Rust pays back in month 26; between month 14 and month 40 across the ranges, so whether it pays back within the 24-month horizon rests on the estimates."
    );
    assert_eq!(m.rust_end.break_even.attr(), "14");
    assert_eq!(m.go_end.break_even.attr(), "after:40");
    assert_eq!(
        m.short(),
        "Across the ranges: between month 14 and month 40; the money's verdict rests on the estimates."
    );
}

/// The short form, for the embed and the presenter, says what the sentence
/// says in one line.
#[test]
fn the_short_form_of_the_range() {
    let d = CostInputs::default();
    let m = range(Plan::Rust, &d, &Ranges::default(), 3);
    assert_eq!(
        m.short(),
        "Across the ranges: between month 54 and more than 10 years; the money's verdict holds."
    );
    let p = range(Plan::Rust, &d, &Ranges::points(), 3);
    assert_eq!(p.short(), "Every input is a point estimate: no range.");
    // A team that ships Rust: no learning, so immediately at both ends.
    let s = range(Plan::Rust, &d, &Ranges::default(), 5);
    assert_eq!(
        s.short(),
        "Across the ranges: immediately at both ends; the money's verdict holds."
    );
}

#[test]
fn a_team_that_ships_rust_pays_back_immediately_at_both_ends() {
    let d = CostInputs::default();
    let m = range(Plan::Rust, &d, &Ranges::default(), 5);
    assert_eq!(m.rust_end.break_even, BreakEven::Immediate);
    assert_eq!(m.go_end.break_even, BreakEven::Immediate);
    assert!(m.holds());
    assert_eq!(
        m.sentence(),
        "Rust pays back immediately at both ends of the ranges: the money's verdict holds across the ranges."
    );
}

#[test]
fn point_estimates_give_three_equal_points() {
    let d = CostInputs::default();
    for plan in [Plan::Hybrid, Plan::Rust] {
        let m = range(plan, &d, &Ranges::points(), 1);
        assert!(m.is_point());
        assert_eq!(m.rust_end, m.expected);
        assert_eq!(m.go_end, m.expected);
        assert!(m.holds());
        assert!(m
            .sentence()
            .ends_with("every input is a point estimate, so there is no range."));
    }
}

#[test]
fn the_expected_point_is_the_money_verdicts() {
    let d = CostInputs::default().with(&[(Field::Instances, 200.0)]);
    for (verdict, exp) in [(Verdict::Rust, 3), (Verdict::Hybrid, 1), (Verdict::Go, 2)] {
        let report = estimate(&d, score(exp));
        let money = decide(verdict, &report, score(exp), &d);
        let m = range(money.rust_plan, &d, &Ranges::default(), exp);
        assert_eq!(m.expected.break_even, money.break_even());
        assert_eq!(m.expected.monthly, money.monthly().units());
    }
}

/// The share in Rust favours Rust at its high end while the Rust part is
/// the cheaper one, and at its low end when Rust needs more RAM than Go.
#[test]
fn the_share_in_rust_is_evaluated_per_plan() {
    let mut r = Ranges::points();
    r.set(Field::RustShare, Estimate::new(10.0, 30.0, 50.0).unwrap());
    let d = CostInputs::default();
    let m = range(Plan::Hybrid, &d, &r, 3);
    assert_eq!(m.rust_end.inputs.get(Field::RustShare), 50.0);
    assert_eq!(m.go_end.inputs.get(Field::RustShare), 10.0);
    let heavy = d.with(&[
        (Field::GoMb, 20.0),
        (Field::RustMb, 900.0),
        (Field::CpuSaving, 0.0),
    ]);
    let m = range(Plan::Hybrid, &heavy, &r, 3);
    assert_eq!(m.rust_end.inputs.get(Field::RustShare), 10.0);
    assert_eq!(m.go_end.inputs.get(Field::RustShare), 50.0);
    assert!(m.rust_end.monthly > m.go_end.monthly);
    // The whole service in Rust has no share to move.
    let m = range(Plan::Rust, &d, &r, 3);
    assert_eq!(m.rust_end, m.go_end);
}

#[test]
fn each_known_direction_favours_rust() {
    let d = CostInputs::default().with(&[(Field::SteadyGap, 20.0), (Field::ValueMonth, 100.0)]);
    for f in RANGE_FIELDS {
        let Some(low) = rust_end_is_low(f) else {
            continue;
        };
        let s = f.spec();
        let v = d.get(f);
        let (lo, hi) = ((v + s.min) / 2.0, v + (s.max.min(v * 4.0) - v) / 2.0);
        let mut r = Ranges::points();
        r.set(f, Estimate::new(lo, v, hi).unwrap());
        for plan in [Plan::Hybrid, Plan::Rust] {
            let m = range(plan, &d, &r, 2);
            let want = if low { lo } else { hi };
            assert_eq!(m.rust_end.inputs.get(f), want, "{f:?} {plan:?}");
            assert!(m.rust_end.monthly >= m.go_end.monthly, "{f:?} {plan:?}");
            assert!(
                rank(m.rust_end.break_even) <= rank(m.go_end.break_even),
                "{f:?} {plan:?}"
            );
        }
    }
}

/// Any inputs and ranges: a value of the field from its range's share.
fn inputs_and_ranges() -> impl Strategy<Value = (CostInputs, Ranges)> {
    let n = Field::ALL.len();
    (
        prop::collection::vec(0.0..=1.0f64, n),
        prop::collection::vec(
            prop::option::of((0.0..=1.0f64, 0.0..=1.0f64)),
            RANGE_FIELDS.len(),
        ),
        0.0..=1.0f64,
    )
        .prop_map(|(vals, spreads, scale)| {
            let mut c = CostInputs::default();
            for (f, u) in Field::ALL.into_iter().zip(vals) {
                let s = f.spec();
                // Mostly values near the defaults, where the money changes
                // its mind; sometimes anywhere in the field's range.
                let top = if scale < 0.8 {
                    s.min + (s.default - s.min) * 4.0 + 1.0
                } else {
                    s.max
                };
                let top = top.min(s.max);
                let v = s.min + u * (top - s.min);
                let v = if s.whole { v.round() } else { v };
                c.set(f, v.max(if s.min_exclusive { s.min + 0.01 } else { s.min }));
            }
            let mut r = Ranges::points();
            for (f, spread) in RANGE_FIELDS.into_iter().zip(spreads) {
                if let Some((down, up)) = spread {
                    let s = f.spec();
                    let e = c.get(f);
                    let low = (e - down * (e - s.min)).clamp(s.min, e);
                    let high = (e + up * (s.max.min(e * 3.0 + 10.0) - e)).clamp(e, s.max);
                    r.set(f, Estimate::new(low, e, high).unwrap());
                }
            }
            (c, r)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn the_expected_money_lies_between_the_ends(
        (inputs, ranges) in inputs_and_ranges(),
        exp in 1i64..=5,
        hybrid in any::<bool>(),
    ) {
        let plan = if hybrid { Plan::Hybrid } else { Plan::Rust };
        let m = range(plan, &inputs, &ranges, exp);
        prop_assert!(m.rust_end.monthly >= m.expected.monthly, "{m:?}");
        prop_assert!(m.expected.monthly >= m.go_end.monthly, "{m:?}");
        prop_assert!(rank(m.rust_end.break_even) <= rank(m.expected.break_even), "{m:?}");
        prop_assert!(rank(m.expected.break_even) <= rank(m.go_end.break_even), "{m:?}");
        // Holding means the expected verdict agrees with both ends.
        if m.holds() {
            prop_assert_eq!(
                m.expected.break_even.within_horizon(),
                m.rust_end.break_even.within_horizon()
            );
        }
    }
}

/// Ends that read the same are said once: two break-evens past ten years,
/// or never at either end.
#[test]
fn ends_that_read_the_same_are_said_once() {
    // A tenth of the default fleet saves a tenth as much (58.57 a month at
    // Rust's end against 31,320 of learning: month 535).
    let d = CostInputs::default().with(&[(Field::Instances, 5.0)]);
    let m = range(Plan::Rust, &d, &Ranges::defaults_for(&d), 3);
    assert!(rank(m.rust_end.break_even) > 120, "{m:?}");
    assert_ne!(m.rust_end.break_even, m.go_end.break_even);
    assert_eq!(
        m.sentence(),
        "Rust pays back after more than 10 years at both ends of the ranges: the money's verdict holds across the ranges."
    );
    // Rust needing more RAM and no CPU saved never pays back.
    let d = CostInputs::default().with(&[(Field::RustMb, 400.0), (Field::CpuSaving, 0.0)]);
    let mut r = Ranges::defaults_for(&d);
    r.set(Field::RustMb, Estimate::new(300.0, 400.0, 500.0).unwrap());
    let m = range(Plan::Rust, &d, &r, 3);
    assert_eq!(m.go_end.break_even, BreakEven::Never);
    assert_eq!(m.rust_end.break_even, BreakEven::Never);
    assert_eq!(
        m.sentence(),
        "Rust never pays back at either end of the ranges: the money's verdict holds across the ranges."
    );
}

/// The chart's band, worked by hand from the default Rust plan above (no
/// runtime value, no slower work after the ramp, so each end's line is
/// straight). Each month's figure is held in whole cents, as the model
/// holds money: Rust's end 31,320 + 185.50 a month (185.4975 rounded),
/// Go's end 83,520 + 248.65 (248.6475). Over 24 months: 35,772.00 and
/// 89,487.60; the expected line (56,376 + 226.49 x 24 = 61,811.76) lies
/// between.
#[test]
fn the_band_runs_between_the_ends_cumulative_costs() {
    let d = CostInputs::default();
    let m = range(Plan::Rust, &d, &Ranges::default(), 3);
    let band = m.band();
    let months: Vec<f64> = band.iter().map(|p| p.month).collect();
    // The start, where each end's ramp ends (2 and 4 months), the horizon.
    assert_eq!(months, vec![0.0, 2.0, 4.0, 24.0]);
    let last = band.last().unwrap();
    assert!((last.rust_end - 35_772.00).abs() < 0.001, "{last:?}");
    assert!((last.go_end - 89_487.60).abs() < 0.001, "{last:?}");
    assert!((band[0].rust_end - 31_320.0).abs() < 1e-6);
    assert!((band[0].go_end - 83_520.0).abs() < 1e-6);
    let expected = m.expected.cost.cumulative_at(24.0);
    assert!((expected - 61_811.76).abs() < 0.001, "{expected}");
    assert!(last.rust_end < expected && expected < last.go_end);
    assert_eq!(m.band_top(), last.go_end);
    let money = |c: rust_or_go::model::money::Cents| c.plain("$");
    assert_eq!(
        m.band_sentence(&money),
        "Across the ranges, Rust's cumulative cost over 24 months runs from $35,772.00 at the end that favours Rust to $89,487.60 at the end that favours Go."
    );
    // Point estimates: the band has no width.
    let p = range(Plan::Rust, &d, &Ranges::points(), 3);
    assert!(p.band().iter().all(|b| b.rust_end == b.go_end));
    assert_eq!(p.band().len(), 3);
    assert_eq!(
        p.band_sentence(&money),
        "Every input is a point estimate, so Rust's cumulative cost has no range."
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The band holds the expected line: at every month of the band, the
    /// Rust plan's expected cumulative cost lies between the two ends' (no
    /// share, so every range moves its cost one way). One exception is
    /// left out: when a learning month costs less than a month of the
    /// slower work after the ramp (a slowdown near 1 with a gap after it),
    /// a shorter ramp starts the dearer work sooner, and the expected line
    /// may leave the band for a while.
    #[test]
    fn the_band_holds_the_expected_rust_line(
        (inputs, ranges) in inputs_and_ranges(),
        exp in 1i64..=5,
    ) {
        let m = range(Plan::Rust, &inputs, &ranges, exp);
        for p in [m.rust_end, m.expected, m.go_end] {
            prop_assume!(p.cost.learning() >= p.cost.people_month() * p.cost.ramp_months);
        }
        for p in m.band() {
            let e = m.expected.cost.cumulative_at(p.month);
            let (lo, hi) = (p.rust_end.min(p.go_end), p.rust_end.max(p.go_end));
            prop_assert!(lo - 1e-6 <= e && e <= hi + 1e-6, "{p:?} {e} {m:?}");
        }
    }
}
