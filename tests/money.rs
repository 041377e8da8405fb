//! The one money rule: every amount held in whole cents, worked out
//! exactly from the decimal inputs and rounded once, half away from zero;
//! every sum made of the parts as shown, so every money column of every
//! table adds up as displayed (the model's figures, the summary's plans
//! table, the system's table and its totals over the horizon).

use proptest::prelude::*;
use rust_or_go::model::cost::{after_ramp, estimate, CostInputs, CostReport, Plan};
use rust_or_go::model::export::summary_markdown;
use rust_or_go::model::fields::Field;
use rust_or_go::model::money::{shown_up, Cents, Exact};
use rust_or_go::model::presets::PRESETS;
use rust_or_go::model::query::{parse_query, State};
use rust_or_go::model::rubric::evaluate_weighted;
use rust_or_go::model::score::{Category, Score};
use rust_or_go::model::system::{analyse, markdown_table, parse_system, System, SCENARIOS};

fn dollars(c: Cents) -> String {
    c.plain("$")
}

/// An amount as a table cell writes it, back in cents: "$1,234.56".
fn cell(text: &str) -> Cents {
    let t = text.trim().trim_matches('*');
    let (sign, t) = match t.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, t),
    };
    let digits: String = t
        .strip_prefix('$')
        .unwrap_or_else(|| panic!("not an amount: {text:?}"))
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let (int, frac) = digits
        .split_once('.')
        .unwrap_or_else(|| panic!("not to the cent: {text:?}"));
    assert_eq!(frac.len(), 2, "not to the cent: {text:?}");
    Cents(sign * (int.parse::<i64>().unwrap() * 100 + frac.parse::<i64>().unwrap()))
}

#[test]
fn amounts_are_rounded_once_half_away_from_zero() {
    // The f64 544.665 is 544.66499...: rounding it gives 544.66. The
    // decimal it was read from rounds to 544.67.
    assert_eq!(Cents::of(544.665), Cents(54_467));
    assert_eq!(Cents::of(1.005), Cents(101));
    assert_eq!(Cents::of(-1.005), Cents(-101));
    assert_eq!(Cents::of(0.004), Cents(0));
    assert_eq!(Exact::of(7.5).cents(), Cents(750));
    // 7.5 vCPU x $29.55 = $221.625 exactly: $221.63, not the $221.62 an
    // f64 product (221.62499...) would round to.
    assert_eq!((Exact::of(7.5) * Exact::of(29.55)).cents(), Cents(22_163));
    // A third of a dollar: one rounding, of the exact quotient.
    assert_eq!(Exact::int(1).over(Exact::int(3)).cents(), Cents(33));
    assert_eq!(Exact::int(2).over(Exact::int(3)).cents(), Cents(67));
    assert_eq!(Exact::int(-1).over(Exact::int(8)).cents(), Cents(-13));
    // Past what 64 bits hold, the f64 is rounded, still half away from zero.
    let big = Exact::of(9e14) * Exact::of(9e14);
    assert_eq!(big.cents(), Cents(i64::MAX));
    assert_eq!(
        (Exact::of(1e6) * Exact::of(1e6) * Exact::of(0.125)).cents(),
        Cents(12_500_000_000_000)
    );
    // An "at least" figure rounds up, and a whole cent stays itself.
    assert_eq!(shown_up(1804.335), Cents(180_434));
    assert_eq!(shown_up(1804.34), Cents(180_434));
}

#[test]
fn amounts_are_written_to_the_cent() {
    assert_eq!(dollars(Cents(204_620)), "$2,046.20");
    assert_eq!(dollars(Cents(78_300)), "$783.00");
    assert_eq!(dollars(Cents(-65_228)), "-$652.28");
    assert_eq!(dollars(Cents(5)), "$0.05");
    assert_eq!(dollars(Cents(12_684_600)), "$126,846.00");
    assert_eq!(Cents(-65_228).attr(), "-652.28");
    assert_eq!(Cents(78_300).attr(), "783");
    assert_eq!(Cents(48_620).attr(), "486.2");
    assert_eq!(Cents(0).attr(), "0");
}

/// The default page: Go $32.40 + $738.75 = $771.15, Rust $4.86 + $221.63
/// (7.5 vCPU x $29.55 = $221.625) = $226.49, so Rust saves $544.66, the
/// figure the verdict's sentence, the card and the table all give (the
/// card once said $544.67 beside a sentence's $544.66).
#[test]
fn the_default_saving_is_the_difference_of_the_totals_shown() {
    let r = estimate(&CostInputs::default(), Score::MID);
    let (go, rust) = (r.plan(Plan::Go).cents, r.plan(Plan::Rust).cents);
    assert_eq!(
        (go.ram, go.cpu, go.infra),
        (Cents(3240), Cents(73_875), Cents(77_115))
    );
    assert_eq!(
        (rust.ram, rust.cpu, rust.infra),
        (Cents(486), Cents(22_163), Cents(22_649))
    );
    assert_eq!(rust.infra_saving(&go), Cents(54_466));
    assert_eq!(Cents::of(r.monthly_saving()), Cents(54_466));
}

/// The model's figures, for one report: each plan's infrastructure is its
/// RAM and CPU as shown, its month is infrastructure, toolchain and the
/// latency and safety cost it bears, and its total over the horizon is
/// its learning, the horizon's months and the slower work after the ramp,
/// from those same amounts.
fn assert_model_adds_up(r: &CostReport, ramp: f64) {
    for p in &r.plans {
        let c = p.cents;
        assert_eq!(c.infra, c.ram + c.cpu, "{:?}", p.plan);
        assert_eq!(c.month(), c.infra + c.toolchain + c.risk, "{:?}", p.plan);
        assert_eq!(
            p.horizon_total(),
            c.learning + c.month() * r.horizon + after_ramp(c.people, r.horizon, ramp),
            "{:?}",
            p.plan
        );
        // Go bears all of the latency and safety value; a plan the part it
        // leaves in Go.
        assert_eq!(
            c.risk + c.benefit,
            r.plan(Plan::Go).cents.risk,
            "{:?}",
            p.plan
        );
    }
}

/// The summary's plans table, column by column, as written: RAM + CPU =
/// infrastructure; infrastructure + toolchain + latency and safety =
/// total per month; learning + horizon x total per month + slower work
/// after the ramp = total over the horizon (the slower work's months after
/// a fractional ramp rounded once, half away from zero).
fn assert_summary_adds_up(state: &State) {
    let exp = state.scores.get(Category::Experience);
    let eval = evaluate_weighted(&state.scores, &state.weights);
    let r = estimate(&state.cost, exp);
    assert_model_adds_up(&r, state.cost.get(Field::RampMonths));
    let md = summary_markdown(state, &eval, &r, "", "today", &dollars);
    let rows: Vec<Vec<&str>> = md
        .lines()
        .skip_while(|l| !l.starts_with("| | Go | Hybrid | Rust |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    let row = |name: &str| -> Option<[Cents; 3]> {
        rows.iter()
            .find(|r| r[0] == name)
            .map(|r| [cell(r[1]), cell(r[2]), cell(r[3])])
    };
    let h = r.horizon;
    let zero = [Cents::ZERO; 3];
    let ram = row("RAM per month").unwrap();
    let cpu = row("CPU per month").unwrap();
    let infra = row("Infrastructure per month").unwrap();
    let toolchain = row("Second toolchain per month").unwrap();
    let risk = row("Latency and safety cost per month (what Rust avoids)").unwrap_or(zero);
    let month = row("Total per month").unwrap();
    let people = row("Slower work after the ramp, per month").unwrap_or(zero);
    let learning = row("One-time learning").unwrap();
    let total = row(&format!("Total over {h} months")).unwrap();
    let ramp = state.cost.get(Field::RampMonths);
    for i in 0..3 {
        assert_eq!(ram[i] + cpu[i], infra[i], "column {i}:\n{md}");
        assert_eq!(
            infra[i] + toolchain[i] + risk[i],
            month[i],
            "column {i}:\n{md}"
        );
        assert_eq!(
            learning[i] + month[i] * h + after_ramp(people[i], h, ramp),
            total[i],
            "column {i}:\n{md}"
        );
    }
    // The rows the table leaves out are zero for every plan.
    if row("Slower work after the ramp, per month").is_none() {
        assert!(r.plans.iter().all(|p| p.cents.people.is_zero()));
    }
}

/// A system's Markdown table, as written: each money column's rows add up
/// to its System row; and the money paragraph's totals over the horizon
/// are made of the monthly figures the table shows.
fn assert_system_adds_up(sys: &System) {
    let r = analyse(sys);
    let md = markdown_table(sys, &r, "L", &dollars);
    let rows: Vec<Vec<String>> = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Service |"))
        .map(|l| {
            // Split on cell bars, not on escaped ones inside names.
            l.replace("\\|", "\u{1}")
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect();
    let (total, services) = rows.split_last().unwrap();
    assert_eq!(total[0], "**System**", "{md}");
    assert_eq!(services.len(), sys.services().len(), "{md}");
    for col in 8..=10 {
        let sum: Cents = services.iter().map(|row| cell(&row[col])).sum();
        assert_eq!(sum, cell(&total[col]), "column {col}:\n{md}");
    }
    let (go, rust, plan) = r.horizon_totals();
    let h = r.horizon;
    assert_eq!(go, cell(&total[8]) * h);
    assert_eq!(
        rust,
        r.all_rust_learning + cell(&total[9]) * h + after_ramp(r.all_rust_people, h, r.ramp)
    );
    assert_eq!(
        plan,
        r.plan_learning
            + (cell(&total[10]) + r.plan_toolchain) * h
            + after_ramp(r.plan_people, h, r.ramp)
    );
    assert_eq!(
        r.plan_net(),
        r.all_go - r.plan - r.plan_toolchain - r.plan_people
    );
    for amount in [go, rust, plan] {
        assert!(
            md.contains(&dollars(amount)),
            "{} not in\n{md}",
            dollars(amount)
        );
    }
}

#[test]
fn every_preset_s_plans_table_adds_up_as_shown() {
    for p in &PRESETS {
        let s = State::from_preset(p, rust_or_go::model::money::Currency::Usd);
        assert_summary_adds_up(&s);
    }
    // The log-pipeline columns that did not add up ($194.40 +
    // $2,128 shown as $2,322).
    let s = parse_query("?preset=log-pipeline").state;
    let r = estimate(&s.cost, s.scores.get(Category::Experience));
    let rust = r.plan(Plan::Rust).cents;
    assert_eq!(dollars(rust.ram + rust.cpu), dollars(rust.infra));
    assert_summary_adds_up(&s);
}

#[test]
fn every_scenario_s_system_table_adds_up_as_shown() {
    for sc in &SCENARIOS {
        assert_system_adds_up(&sc.system(Default::default()));
    }
    // The five services users tried ("All in Go $2,046" beside "$544.67").
    let q = "svc=api-gateway:4,2,2,2,2:20,200,30,0.5,70&svc=fraud-scoring:3,5,4,2,3:40,200,30,0.5,70&svc=ledger:3,3,5,3,2:10,200,30,0.5,70&svc=admin:5,1,1,1,1:4,150,25,0.25,50&svc=event-ingest:2,4,3,3,5:30,500,100,1,70";
    let sys = parse_system(q).unwrap().system;
    assert_system_adds_up(&sys);
    assert!(markdown_table(&sys, &analyse(&sys), "L", &dollars).contains("**$2,046.20**"));
}

/// A value drawn the way a team types it: whole for whole fields,
/// hundredths otherwise, small most of the time.
fn typed(field: Field, u: f64, wide: bool) -> f64 {
    let spec = field.spec();
    let top = if wide {
        spec.max
    } else {
        spec.max.min(spec.default.max(1.0) * 20.0)
    };
    let v = spec.min + u * (top - spec.min);
    let v = if spec.whole {
        v.round()
    } else {
        (v * 100.0).round() / 100.0
    };
    if field.accepts(v) {
        v
    } else {
        spec.default
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
    ))]

    /// Over random inputs and scores: the plans table adds up as shown.
    #[test]
    fn any_plans_table_adds_up_as_shown(
        values in prop::array::uniform5(1u8..=5),
        units in prop::collection::vec((0.0f64..1.0, any::<bool>(), any::<bool>()), Field::ALL.len()),
    ) {
        let mut s = State {
            scores: rust_or_go::model::score::Scores::from_values(values).unwrap(),
            ..State::default()
        };
        for (f, (u, wide, keep)) in Field::ALL.into_iter().zip(units) {
            if !keep {
                s.cost.set(f, typed(f, u, wide));
            }
        }
        s.ranges = rust_or_go::model::estimate::Ranges::defaults_for(&s.cost);
        assert_summary_adds_up(&s);
    }

    /// Over random systems from the scenarios, with random team inputs:
    /// the system table adds up as shown.
    #[test]
    fn any_system_table_adds_up_as_shown(
        i in 0usize..SCENARIOS.len(),
        units in prop::collection::vec((0.0f64..1.0, any::<bool>()), 4),
    ) {
        let mut sys = SCENARIOS[i].system(Default::default());
        for (f, (u, wide)) in [Field::GbMonth, Field::VcpuMonth, Field::SteadyGap, Field::RampMonths]
            .into_iter()
            .zip(units)
        {
            sys.shared.cost.set(f, typed(f, u, wide));
        }
        assert_system_adds_up(&sys);
    }
}
