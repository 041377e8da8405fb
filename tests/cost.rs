//! The cost model: the seeds' arithmetic exactly, extremes and break-even
//! edges; the three plans, the runtime value and the slower work after the
//! ramp.

use rust_or_go::model::cost::{
    advantage_needed, break_even, estimate, learning_share, plan_break_even, BreakEven, CostInputs,
    CostReport, Plan,
};
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
    let r = estimate(
        &inputs(&[
            (Field::Instances, 50.0),
            (Field::GoMb, 200.0),
            (Field::RustMb, 30.0),
        ]),
        Score::MID,
    );
    assert_eq!(r.ram_go_gb(), 10.0);
    assert_eq!(r.ram_rust_gb(), 1.5);
}

#[test]
fn five_mb_per_service_is_two_hundred_services_per_gb() {
    // Seeds 000/001: a 5 MB Rust service; >200 of them on a 1 GB droplet.
    let r = estimate(
        &inputs(&[(Field::Instances, 200.0), (Field::RustMb, 5.0)]),
        Score::MID,
    );
    assert_eq!(r.ram_rust_gb(), 1.0);
}

#[test]
fn defaults_give_the_documented_monthly_figures() {
    let r = estimate(&CostInputs::default(), Score::MID);
    // 10 GB x 3.24 and 1.5 GB x 3.24
    assert!((r.ram_go_cost() - 32.4).abs() < 1e-9);
    assert!((r.ram_rust_cost() - 4.86).abs() < 1e-9);
    // 50 x 0.5 vCPU x 29.55 = 738.75; Rust 70% less
    assert!((r.cpu_go_cost() - 738.75).abs() < 1e-9);
    // 7.5 vCPU x 29.55 = 221.625, held to the cent as every amount is:
    // rounded once, half away from zero, to 221.63.
    assert!((r.cpu_rust_cost() - 221.63).abs() < 1e-9);
    // Go's 771.15 less Rust's 4.86 + 221.63, as shown.
    assert!((r.monthly_saving() - (771.15 - 226.49)).abs() < 1e-9);
    // 4 x 15,660 x 3 x (1 - 1/2.5) x 0.5
    assert!((r.learning_cost() - 56_376.0).abs() < 1e-6);
    assert_eq!(r.break_even, BreakEven::AfterHorizon(104));
    assert_eq!(r.horizon, 24);
}

#[test]
fn zero_instances_cost_nothing_and_never_pay_back() {
    let r = estimate(&inputs(&[(Field::Instances, 0.0)]), Score::MIN);
    assert_eq!(r.infra_go(), 0.0);
    assert_eq!(r.infra_rust(), 0.0);
    assert_eq!(r.monthly_saving(), 0.0);
    assert_eq!(r.break_even, BreakEven::Never);
    assert_eq!(r.hint.score.get(), 1);
}

#[test]
fn a_million_instances_stay_finite_and_pay_back_in_month_one() {
    let r = estimate(
        &inputs(&[(Field::Instances, 1e6), (Field::GoMb, 1e6)]),
        Score::MIN,
    );
    assert!(r.infra_go().is_finite() && r.ram_go_gb() == 1e9);
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
    assert_eq!(r.monthly_saving(), 0.0);
    assert_eq!(r.break_even, BreakEven::Never);
}

#[test]
fn saving_without_learning_cost_pays_back_immediately() {
    assert_eq!(break_even(100.0, 0.0, 24), BreakEven::Immediate);
    let r = estimate(&inputs(&[(Field::RampMonths, 0.0)]), Score::MIN);
    assert_eq!(r.learning_cost(), 0.0);
    assert_eq!(r.break_even, BreakEven::Immediate);
}

#[test]
fn a_team_that_ships_rust_pays_no_learning_cost() {
    assert_eq!(learning_share(Score::MAX), 0.0);
    assert_eq!(learning_share(Score::MIN), 1.0);
    let r = estimate(&CostInputs::default(), Score::MAX);
    assert_eq!(r.learning_cost(), 0.0);
    assert_eq!(r.break_even, BreakEven::Immediate);
    // Less experience never costs less to learn.
    let costs: Vec<f64> = Score::all()
        .map(|s| estimate(&CostInputs::default(), s).learning_cost())
        .collect();
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
    let BreakEven::Month(m) = r.break_even else {
        panic!("{:?}", r.break_even)
    };
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
    assert!(
        matches!(large.break_even, BreakEven::Month(m) if m <= 3),
        "{:?}",
        large.break_even
    );
    assert_eq!(large.hint.score.get(), 5);
    // In between, a pay-back within a year suggests 4.
    let mid = estimate(&inputs(&[(Field::Instances, 600.0)]), Score::MID);
    assert!(
        matches!(mid.break_even, BreakEven::Month(m) if (4..=12).contains(&m)),
        "{:?}",
        mid.break_even
    );
    assert_eq!(mid.hint.score.get(), 4);
}

/// Within 1e-6 of `want`, for amounts built from decimal inputs.
fn near(got: f64, want: f64) -> bool {
    (got - want).abs() < 1e-6
}

#[test]
fn the_new_inputs_change_nothing_at_their_defaults() {
    let r = estimate(&CostInputs::default(), Score::MID);
    let rust = r.plan(Plan::Rust);
    assert_eq!(
        (
            r.value_month,
            rust.people_month(),
            rust.benefit_month(),
            rust.risk_month()
        ),
        (0.0, 0.0, 0.0, 0.0)
    );
    assert_eq!(r.plan(Plan::Go).cumulative(24), r.infra_go() * 24.0);
    assert!(
        near(r.cumulative_rust(24), 56_376.0 + 226.49 * 24.0),
        "{}",
        r.cumulative_rust(24)
    );
}

/// The runtime value adds to Rust's monthly gain: 56,376 of learning over
/// 24 months needs 2,349 a month, so with the 544.665 saving the value has
/// to reach 1,804.335.
#[test]
fn latency_and_safety_value_adds_to_the_monthly_gain() {
    let at = |value: f64| estimate(&inputs(&[(Field::ValueMonth, value)]), Score::MID);
    assert_eq!(at(1804.34).break_even, BreakEven::Month(24));
    assert_eq!(at(1804.33).break_even, BreakEven::AfterHorizon(25));
    // Go bears the value as a cost Rust avoids; the chart's lines cross
    // where the label says.
    let r = at(5000.0);
    assert!(near(r.cumulative_go(1), 771.15 + 5000.0));
    assert!(near(r.plan(Plan::Rust).risk_month(), 0.0));
    let BreakEven::Month(m) = r.break_even else {
        panic!("{:?}", r.break_even)
    };
    assert_eq!(m, 11, "56,376 / 5,544.665 = 10.2");
    assert!(
        r.cumulative_rust(m) <= r.cumulative_go(m)
            && r.cumulative_rust(m - 1) > r.cumulative_go(m - 1)
    );
    // The scale hint still reads infrastructure only: value is not scale.
    assert_eq!(r.hint, estimate(&CostInputs::default(), Score::MID).hint);
}

/// 25% slower: each engineer-month loses 1 - 1/1.25 = 20%, half of it at
/// experience 3/5: 4 x 15,660 x 0.2 x 0.5 = 6,264 a month.
#[test]
fn slower_work_after_the_ramp_is_charged_monthly_after_the_ramp() {
    let r = estimate(&inputs(&[(Field::SteadyGap, 25.0)]), Score::MID);
    let rust = r.plan(Plan::Rust);
    assert!(near(rust.people_month(), 6264.0), "{}", rust.people_month());
    // Nothing extra during the three ramp months, then 6,264 each month.
    assert!(near(r.cumulative_rust(3), 56_376.0 + 226.49 * 3.0));
    assert!(near(
        r.cumulative_rust(5) - r.cumulative_rust(4),
        226.49 + 6264.0
    ));
    // A 544.665 saving cannot carry 6,264 a month: Rust falls behind for good.
    assert_eq!(r.break_even, BreakEven::Never);
    // A team that ships Rust has no gap left.
    assert_eq!(
        estimate(&inputs(&[(Field::SteadyGap, 25.0)]), Score::MAX)
            .plan(Plan::Rust)
            .people_month(),
        0.0
    );
}

/// At 1,000 instances the saving is 10,893.3 a month: learning alone pays
/// back in month 6 (56,376 / 10,893.3 = 5.2); with 6,264 a month of slower
/// work from month 4 it takes until 3 + (56,376 - 3 x 10,893.3) / 4,629.3,
/// month 9.
#[test]
fn slower_work_after_the_ramp_delays_the_break_even() {
    let without = estimate(&inputs(&[(Field::Instances, 1000.0)]), Score::MID);
    assert_eq!(without.break_even, BreakEven::Month(6));
    let with = estimate(
        &inputs(&[(Field::Instances, 1000.0), (Field::SteadyGap, 25.0)]),
        Score::MID,
    );
    assert_eq!(with.break_even, BreakEven::Month(9));
    assert!(with.cumulative_rust(9) <= with.cumulative_go(9));
    assert!(with.cumulative_rust(8) > with.cumulative_go(8));
}

#[test]
fn the_hybrid_mixes_go_and_rust_infrastructure_by_its_share() {
    let r = estimate(&CostInputs::default(), Score::MID);
    let h = r.plan(Plan::Hybrid);
    // 10 GB x 0.7 + 1.5 GB x 0.3, and the same for CPU.
    assert!(near(h.ram_gb, 7.45), "{}", h.ram_gb);
    assert!(near(h.cpu, 25.0 * 0.7 + 7.5 * 0.3), "{}", h.cpu);
    // 7.45 GB x 3.24 = 24.138 and 19.75 vCPU x 29.55 = 583.6125, each
    // rounded to the cent: 24.14 + 583.61.
    assert!(near(h.infra(), 24.14 + 583.61), "{}", h.infra());
    assert!((h.infra() - (771.15 * 0.7 + 226.485 * 0.3)).abs() < 0.01);
    // Two engineers learn, not four; the toolchain is separate from infrastructure.
    assert!(near(h.learning(), 56_376.0 / 2.0));
    assert_eq!(h.toolchain_month(), 783.0);
    assert_eq!(
        (
            r.plan(Plan::Go).toolchain_month(),
            r.plan(Plan::Rust).toolchain_month()
        ),
        (0.0, 0.0)
    );
    // 30% of a 544.665 saving is less than the toolchain: never pays back.
    assert_eq!(h.break_even, BreakEven::Never);
    assert!(near(
        h.cumulative(24),
        28_188.0 + (h.infra() + 783.0) * 24.0
    ));
}

#[test]
fn the_hybrid_counts_only_the_share_of_value_that_runs_in_rust() {
    let r = estimate(&inputs(&[(Field::ValueMonth, 1000.0)]), Score::MID);
    let h = r.plan(Plan::Hybrid);
    assert!(
        near(h.benefit_month(), 300.0) && near(h.risk_month(), 700.0),
        "{h:?}"
    );
    assert!(near(
        h.advantage_month,
        (771.15 - h.infra()) + 300.0 - 783.0
    ));
}

#[test]
fn only_as_many_engineers_learn_as_the_team_has() {
    let small = estimate(
        &inputs(&[(Field::Engineers, 1.0), (Field::RustEngineers, 5.0)]),
        Score::MIN,
    );
    let one = estimate(
        &inputs(&[(Field::Engineers, 1.0), (Field::RustEngineers, 1.0)]),
        Score::MIN,
    );
    assert_eq!(small.plan(Plan::Hybrid).rust_engineers, 1.0);
    assert_eq!(
        small.plan(Plan::Hybrid).learning(),
        one.plan(Plan::Hybrid).learning()
    );
    let none = estimate(&inputs(&[(Field::RustEngineers, 0.0)]), Score::MIN);
    assert_eq!(none.plan(Plan::Hybrid).learning(), 0.0);
}

/// A hybrid with all the load and all the team in Rust and no second
/// toolchain is the Rust plan, figure for figure.
#[test]
fn a_hybrid_that_moves_everything_is_the_rust_plan() {
    let everything = [
        (Field::RustShare, 100.0),
        (Field::RustEngineers, 4.0),
        (Field::ToolchainMonth, 0.0),
    ];
    for extra in [
        &[][..],
        &[
            (Field::ValueMonth, 900.0),
            (Field::SteadyGap, 5.0),
            (Field::Instances, 400.0),
        ],
    ] {
        let r = estimate(&inputs(&everything).with(extra), Score::new(2).unwrap());
        let (h, rust) = (r.plan(Plan::Hybrid), r.plan(Plan::Rust));
        assert!(
            near(h.infra(), rust.infra()) && near(h.ram_gb, rust.ram_gb) && near(h.cpu, rust.cpu)
        );
        assert_eq!(
            (h.learning(), h.people_month(), h.benefit_month()),
            (rust.learning(), rust.people_month(), rust.benefit_month())
        );
        assert_eq!(h.break_even, rust.break_even, "{extra:?}");
    }
    // And with none of the load in Rust, its infrastructure is Go's.
    let r = estimate(&inputs(&[(Field::RustShare, 0.0)]), Score::MID);
    assert!(near(r.plan(Plan::Hybrid).infra(), r.infra_go()));
}

#[test]
fn plans_have_stable_ids_in_order() {
    assert_eq!(Plan::ALL.map(Plan::id), ["go", "hybrid", "rust"]);
    let r = estimate(&CostInputs::default(), Score::MID);
    for plan in Plan::ALL {
        assert_eq!(r.plan(plan).plan, plan);
    }
}

#[test]
fn the_break_even_attribute_has_four_forms() {
    assert_eq!(BreakEven::Immediate.attr(), "immediate");
    assert_eq!(BreakEven::Month(7).attr(), "7");
    assert_eq!(BreakEven::AfterHorizon(104).attr(), "after:104");
    assert_eq!(BreakEven::Never.attr(), "never");
    assert_eq!(
        estimate(&CostInputs::default(), Score::MID)
            .break_even
            .attr(),
        "after:104"
    );
}

/// Net gain of `plan` over Go after `m` months, from the cumulative lines
/// the chart draws.
fn net(r: &CostReport, plan: Plan, m: u32) -> f64 {
    r.plan(Plan::Go).cumulative(m) - r.plan(plan).cumulative(m)
}

/// For every plan over a grid of inputs, the break-even is where the
/// cumulative lines say it is, counted month by month: the first month
/// the plan is not behind Go, and it stays so for as long as we look.
#[test]
fn break_even_matches_the_cumulative_lines_month_by_month() {
    const LOOK: u32 = 400;
    let eps = 1e-6;
    let mut kinds = [0usize; 4];
    for instances in [0.0, 10.0, 150.0, 1000.0, 5000.0] {
        for gap in [0.0, 10.0, 50.0] {
            for value in [0.0, 700.0, 4000.0] {
                for ramp in [0.0, 2.5, 6.0] {
                    for toolchain in [0.0, 783.0] {
                        let c = inputs(&[
                            (Field::Instances, instances),
                            (Field::SteadyGap, gap),
                            (Field::ValueMonth, value),
                            (Field::RampMonths, ramp),
                            (Field::ToolchainMonth, toolchain),
                        ]);
                        for exp in Score::all() {
                            let r = estimate(&c, exp);
                            for plan in [Plan::Hybrid, Plan::Rust] {
                                let p = r.plan(plan);
                                let case = format!("{plan:?} {instances} {gap} {value} {ramp} {toolchain} {exp}: {:?}", p.break_even);
                                match p.break_even {
                                    BreakEven::Immediate => {
                                        kinds[0] += 1;
                                        assert!(
                                            (0..=LOOK).all(|m| net(&r, plan, m) >= -eps),
                                            "{case}"
                                        );
                                    }
                                    BreakEven::Month(m) | BreakEven::AfterHorizon(m) => {
                                        kinds[if m <= r.horizon { 1 } else { 2 }] += 1;
                                        assert_eq!(
                                            matches!(p.break_even, BreakEven::Month(_)),
                                            m <= r.horizon,
                                            "{case}"
                                        );
                                        assert!(net(&r, plan, m - 1) < eps, "{case}");
                                        assert!(
                                            (m..=LOOK.max(m)).all(|k| net(&r, plan, k) >= -eps),
                                            "{case}"
                                        );
                                    }
                                    BreakEven::Never => {
                                        kinds[3] += 1;
                                        // Behind at the end, or gaining nothing for good.
                                        assert!(
                                            net(&r, plan, LOOK) < eps || p.long_run_month() <= 0.0,
                                            "{case}"
                                        );
                                        assert!(
                                            p.long_run_month() <= eps || p.learning() > 0.0,
                                            "{case}"
                                        );
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        kinds.iter().all(|&k| k > 50),
        "every kind of break-even is exercised: {kinds:?}"
    );
}

/// The extra monthly gain that is just enough: with it the break-even
/// lands within the horizon, with a cent less it does not.
#[test]
fn the_advantage_needed_is_just_enough() {
    let cases = [
        // (advantage, people, ramp, learning, horizon)
        (544.665, 0.0, 3.0, 56_376.0, 24),
        (544.665, 6264.0, 3.0, 56_376.0, 24),
        (-619.6, 0.0, 3.0, 28_188.0, 24),
        (-50.0, 0.0, 0.0, 0.0, 24),
        (10_893.3, 6264.0, 3.0, 56_376.0, 6),
        (100.0, 3000.0, 30.0, 1000.0, 24),
    ];
    for (adv, people, ramp, learning, horizon) in cases {
        let extra = advantage_needed(adv, people, ramp, learning, horizon);
        assert!(extra > 0.0, "{adv}: {extra}");
        let within = |a: f64| plan_break_even(a, people, ramp, learning, horizon).within_horizon();
        assert!(within(adv + extra + 1e-9), "{adv} + {extra}");
        assert!(!within(adv + extra - 0.01), "{adv} + {extra} - 0.01");
    }
    // Already paying back: nothing needed.
    assert_eq!(advantage_needed(10_893.3, 0.0, 3.0, 56_376.0, 24), 0.0);
}

#[test]
fn break_even_when_reads_after_pays_back() {
    use rust_or_go::model::cost::BreakEven;
    assert_eq!(BreakEven::Immediate.when(), "immediately");
    assert_eq!(BreakEven::Month(7).when(), "in month 7");
    assert_eq!(BreakEven::AfterHorizon(104).when(), "in month 104");
    assert_eq!(
        BreakEven::AfterHorizon(121).when(),
        "after more than 10 years"
    );
    assert_eq!(BreakEven::Never.when(), "never");
}

/// The break-even counts exactly from the amounts as shown: learning of
/// exactly seven months' gain pays back in month 7, where the `f64`
/// quotient (0.07 / 0.01 = 7.000000000000001) would round up to month 8.
#[test]
fn a_learning_cost_of_exactly_n_months_gain_pays_back_in_month_n() {
    assert_eq!(
        plan_break_even(0.01, 0.0, 0.0, 0.07, 24),
        BreakEven::Month(7)
    );
    assert_eq!(
        plan_break_even(0.09, 0.0, 0.0, 0.27, 24),
        BreakEven::Month(3)
    );
    assert_eq!(
        break_even(544.66, 56_376.0, 24),
        BreakEven::AfterHorizon(104)
    );
    // After a ramp: 3 months at 0.09, then 0.27 - 0.27 = 0 left.
    assert_eq!(
        plan_break_even(0.09, 0.02, 3.0, 0.27, 24),
        BreakEven::Month(3)
    );
    // 3 + (0.41 - 0.27) / 0.07 = 5 exactly.
    assert_eq!(
        plan_break_even(0.09, 0.02, 3.0, 0.41, 24),
        BreakEven::Month(5)
    );
}
