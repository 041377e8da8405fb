//! Chart axes: round money ticks with short, distinct labels, and whole
//! distinct months, for every size of input the fields allow.

use proptest::prelude::*;
use rust_or_go::model::cost::{estimate, CostInputs};
use rust_or_go::model::fields::Field;
use rust_or_go::model::money::Currency;
use rust_or_go::model::number::parse_number;
use rust_or_go::model::score::Score;
use rust_or_go::model::ticks::{money_axis, money_label, month_ticks, svg_coord, MoneyAxis};

fn labels(axis: &MoneyAxis) -> Vec<&str> {
    axis.ticks.iter().map(|t| t.label.as_str()).collect()
}

/// What a label means, read back: the symbol dropped, the suffix applied.
fn read_label(label: &str, symbol: &str) -> f64 {
    let body = label
        .strip_prefix(symbol)
        .unwrap_or_else(|| panic!("{label} lacks {symbol}"));
    let (digits, scale) = match body.chars().last() {
        Some('k') => (&body[..body.len() - 1], 1e3),
        Some('M') => (&body[..body.len() - 1], 1e6),
        Some('B') => (&body[..body.len() - 1], 1e9),
        Some('T') => (&body[..body.len() - 1], 1e12),
        _ => (body, 1.0),
    };
    parse_number(digits).unwrap_or_else(|e| panic!("{label}: {e}")) * scale
}

#[test]
fn the_largest_inputs_get_readable_labels() {
    // Every field at its maximum: the chart once labelled this "$1320000B".
    let mut c = CostInputs::default();
    for f in Field::ALL {
        c.set(f, f.spec().max);
    }
    let r = estimate(&c, Score::MIN);
    let max = r.cumulative_go(r.horizon).max(r.cumulative_rust(r.horizon));
    let axis = money_axis(max, "$");
    assert!(
        axis.top >= max && axis.top < max * 2.5,
        "{} for {max}",
        axis.top
    );
    for t in &axis.ticks {
        assert!(t.label.len() <= 10, "{}", t.label);
        assert!(!t.label.contains('e'), "{}", t.label);
    }
    assert_eq!(
        labels(&money_axis(1.32e15, "$")),
        ["$0", "$500T", "$1,000T", "$1,500T"]
    );
}

#[test]
fn money_ticks_are_round_and_short() {
    assert_eq!(
        labels(&money_axis(1.4e6, "$")),
        ["$0", "$500k", "$1M", "$1.5M"]
    );
    assert_eq!(
        labels(&money_axis(1000.0, "€")),
        ["€0", "€200", "€400", "€600", "€800", "€1k"]
    );
    assert_eq!(
        labels(&money_axis(9_000.0, "£")),
        ["£0", "£2k", "£4k", "£6k", "£8k", "£10k"]
    );
    assert_eq!(
        labels(&money_axis(2.3e9, "$")),
        ["$0", "$500M", "$1B", "$1.5B", "$2B", "$2.5B"]
    );
    assert_eq!(
        labels(&money_axis(11_000.0, "$")),
        ["$0", "$2.5k", "$5k", "$7.5k", "$10k", "$12.5k"]
    );
    // Nothing to show still gives an axis.
    assert_eq!(
        labels(&money_axis(0.0, "$")),
        ["$0", "$0.2", "$0.4", "$0.6", "$0.8", "$1"]
    );
    assert_eq!(money_axis(f64::NAN, "$").top, 1.0);
}

#[test]
fn default_inputs_get_a_sensible_axis() {
    let r = estimate(&CostInputs::default(), Score::MID);
    let max = r.cumulative_go(r.horizon).max(r.cumulative_rust(r.horizon));
    let axis = money_axis(max, "$");
    assert!(axis.top >= max);
    assert!((4..=6).contains(&axis.ticks.len()), "{:?}", labels(&axis));
}

#[test]
fn money_labels_shorten_any_amount() {
    assert_eq!(money_label(0.0, "$"), "$0");
    assert_eq!(money_label(-0.0, "$"), "$0");
    assert_eq!(money_label(750.0, "$"), "$750");
    assert_eq!(money_label(1234.0, "$"), "$1.23k");
    assert_eq!(money_label(2.25e9, "€"), "€2.25B");
    assert_eq!(money_label(-1.5e6, "$"), "-$1.5M");
    // Rounding error just under a thousand still reads as a thousand.
    assert_eq!(money_label(999.999_999_999_9, "$"), "$1k");
}

#[test]
fn month_ticks_are_distinct_whole_months() {
    assert_eq!(
        month_ticks(1),
        [0, 1],
        "a one-month horizon once showed 0, 0, 1"
    );
    assert_eq!(month_ticks(2), [0, 1, 2]);
    assert_eq!(month_ticks(12), [0, 2, 4, 6, 8, 10, 12]);
    assert_eq!(month_ticks(24), [0, 6, 12, 18, 24]);
    assert_eq!(month_ticks(13), [0, 3, 6, 9, 13], "12 would crowd 13");
    assert_eq!(month_ticks(240), [0, 60, 120, 180, 240]);
    assert_eq!(month_ticks(100), [0, 24, 48, 72, 100]);
    assert_eq!(month_ticks(0), [0]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000)
    ))]

    #[test]
    fn money_labels_are_distinct_and_mean_their_values(
        mantissa in 1.0f64..10.0,
        exponent in -3i32..17,
        cur in prop::sample::select(Currency::ALL.to_vec()),
    ) {
        let max = mantissa * 10f64.powi(exponent);
        let axis = money_axis(max, cur.symbol());
        prop_assert!(axis.top >= max);
        prop_assert!((4..=6).contains(&axis.ticks.len()), "{:?}", labels(&axis));
        prop_assert_eq!(axis.ticks[0].value, 0.0);
        prop_assert_eq!(axis.ticks.last().unwrap().value, axis.top);
        // The whole range is used: the maximum reaches past the second-last
        // tick (amounts under 1 share the axis 0 to 1).
        prop_assert!(max.max(1.0) > axis.ticks[axis.ticks.len() - 2].value);
        for pair in axis.ticks.windows(2) {
            prop_assert!(pair[0].label != pair[1].label, "{:?}", labels(&axis));
        }
        for t in &axis.ticks {
            prop_assert!(t.label.chars().count() <= 10, "{}", t.label);
            let read = read_label(&t.label, cur.symbol());
            prop_assert!((read - t.value).abs() <= t.value * 1e-9 + 1e-9, "{} for {}", t.label, t.value);
        }
    }

    #[test]
    fn month_ticks_cover_the_horizon_without_crowding(horizon in 1u32..100_000) {
        let ticks = month_ticks(horizon);
        prop_assert_eq!(ticks[0], 0);
        prop_assert_eq!(*ticks.last().unwrap(), horizon);
        prop_assert!(ticks.windows(2).all(|p| p[0] < p[1]), "{:?}", ticks);
        prop_assert!(ticks.len() <= 8, "{:?}", ticks);
        // No gap is less than half the widest, so labels never crowd.
        let gaps: Vec<u64> = ticks.windows(2).map(|p| u64::from(p[1] - p[0])).collect();
        let widest = *gaps.iter().max().unwrap();
        prop_assert!(gaps.iter().all(|&g| g * 2 >= widest), "{:?}", ticks);
    }

    #[test]
    fn svg_coordinates_are_the_value_to_a_tenth(v in -5000.0f64..5000.0) {
        let text = svg_coord(v);
        // What the browser reads back is within half a tenth of the value,
        // written without exponent, trailing zeros or "-0".
        let read: f64 = text.parse().unwrap();
        prop_assert!((read - v).abs() <= 0.05 + 1e-9, "{} for {}", text, v);
        prop_assert!(!text.contains('e') && !text.ends_with(".0") && text != "-0", "{}", text);
    }
}

#[test]
fn svg_coordinates_by_hand() {
    assert_eq!(svg_coord(140.0), "140");
    assert_eq!(svg_coord(12.46), "12.5");
    assert_eq!(svg_coord(-3.24), "-3.2");
    assert_eq!(svg_coord(-0.04), "0");
    assert_eq!(svg_coord(0.95), "1");
    assert_eq!(svg_coord(f64::NAN), "0");
}
