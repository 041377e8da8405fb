//! Axis ticks for the cumulative-cost chart: round money values with short
//! labels, and whole months. Pure, so the labels are tested natively for
//! every size of input the fields allow.

use super::number::{plain_number, within};

/// Most intervals an axis is split into; the chart is small, and more
/// labels than this crowd each other on a phone.
const MAX_INTERVALS: f64 = 5.0;

/// Below this, an axis shows 0 to 1: costs of a few cents are not worth
/// finer steps, and a zero maximum still needs an axis.
const MIN_TOP: f64 = 1.0;

/// Above this, steps stop being representable as round numbers. No input
/// the fields accept comes near it (the largest is about 1e16).
const MAX_TOP: f64 = 1e300;

/// One tick on the money axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where the tick is, in money.
    pub value: f64,
    /// What it says: "$0", "$500k", "$1.5M".
    pub label: String,
}

/// The money axis: from 0 up to `top`, a round value at or above the
/// largest amount, with a tick at every step.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyAxis {
    /// The value at the top of the axis; the chart scales to it, so the
    /// top tick sits at the top edge.
    pub top: f64,
    /// The ticks, from 0 up to `top`, each label distinct.
    pub ticks: Vec<Tick>,
}

/// Ticks for a money axis from 0 to at least `max`, at round steps of 1,
/// 2, 2.5 or 5 times a power of ten, split into 3 to 5 intervals.
/// `symbol` is the currency symbol for the labels (see
/// `Currency::symbol`). A `max` that is zero, negative or not a number
/// gives the axis 0 to 1.
pub fn money_axis(max: f64, symbol: &str) -> MoneyAxis {
    let max = if max.is_nan() {
        MIN_TOP
    } else {
        within(max, MIN_TOP, MAX_TOP)
    };
    let step = nice_step(max / MAX_INTERVALS);
    // The tolerance keeps a maximum that is exactly a round value (1000
    // with steps of 200) from gaining an interval through rounding error.
    let intervals = (max / step * (1.0 - 1e-12)).ceil().max(1.0) as u32;
    let ticks = (0..=intervals)
        .map(|i| {
            let value = f64::from(i) * step;
            Tick {
                value,
                label: money_label(value, symbol),
            }
        })
        .collect();
    MoneyAxis {
        top: f64::from(intervals) * step,
        ticks,
    }
}

/// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at
/// least `at_least` (positive and finite).
fn nice_step(at_least: f64) -> f64 {
    let power = 10f64.powi(at_least.log10().floor() as i32);
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&step| step >= at_least * (1.0 - 1e-12))
        .unwrap_or(10.0 * power)
}

/// Amounts and the suffixes they are shortened with, largest first.
const SCALES: [(f64, &str); 4] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")];

/// A short money label for a chart: "$0", "$750", "$500k", "$1.5M",
/// "$2.25B". Amounts of a thousand trillion and more stay in trillions with
/// digit groups ("$1,000T"), which still reads as a number. Up to two
/// decimals, so the round values of [`money_axis`] are exact.
pub fn money_label(value: f64, symbol: &str) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let v = value.abs();
    // The tolerance puts 999.9999999 (a step times a count, rounded) with
    // the thousands it is meant to be, not just below them.
    let (scaled, suffix) = SCALES
        .into_iter()
        .find(|&(size, _)| v >= size * (1.0 - 1e-9))
        .map_or((v, ""), |(size, suffix)| (v / size, suffix));
    let number = plain_number(scaled);
    let sign = if number == "0" { "" } else { sign };
    format!("{sign}{symbol}{number}{suffix}")
}

/// Month steps a reader counts in: single months, quarters, half years,
/// years, then multiples of years.
const MONTH_STEPS: [u32; 5] = [1, 2, 3, 6, 12];

/// Most intervals on the month axis.
const MAX_MONTH_INTERVALS: u32 = 6;

/// Distinct whole months to label on an axis from 0 to `horizon`: 0, every
/// round step, and the horizon itself, so the end of the axis is always
/// labelled. A step that would land just short of the horizon (closer than
/// half a step) is left out, so two labels never crowd each other.
/// Horizon 1 gives 0, 1; 24 gives 0, 6, 12, 18, 24; 240 gives every five
/// years.
pub fn month_ticks(horizon: u32) -> Vec<u32> {
    if horizon == 0 {
        return vec![0];
    }
    let step = month_step(horizon);
    let mut ticks: Vec<u32> = (0..horizon).step_by(step as usize).collect();
    if let Some(&last) = ticks.last() {
        if last > 0 && u64::from(horizon - last) * 2 < u64::from(step) {
            ticks.pop();
        }
    }
    ticks.push(horizon);
    ticks
}

/// The smallest round step that splits `horizon` months into at most
/// [`MAX_MONTH_INTERVALS`]: months up to a year, then 1, 2 or 5 times a
/// power of ten years.
fn month_step(horizon: u32) -> u32 {
    let fits = |step: u64| u64::from(horizon).div_ceil(step) <= u64::from(MAX_MONTH_INTERVALS);
    if let Some(step) = MONTH_STEPS.into_iter().find(|&s| fits(u64::from(s))) {
        return step;
    }
    let mut years = 1u64;
    loop {
        for m in [2, 5, 10] {
            let step = 12 * years * m;
            if fits(step) {
                return u32::try_from(step).unwrap_or(u32::MAX);
            }
        }
        years *= 10;
    }
}

/// A chart coordinate as SVG text, to a tenth of a unit ("140", "12.5",
/// "-3.2"), written with integer arithmetic: the page's charts never need
/// more, and Rust's float formatting would add kilobytes to the bundle.
pub fn svg_coord(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    // The charts' coordinates lie within a few thousand units; clamping
    // keeps the integer conversion exact for any input.
    let tenths = (within(v, -1e9, 1e9) * 10.0).round() as i64;
    let (sign, t) = if tenths < 0 {
        ("-", -tenths)
    } else {
        ("", tenths)
    };
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        d => format!("{sign}{}.{d}", t / 10),
    }
}
