//! Money: the currency it is shown in, amounts held exactly in whole
//! cents, the one rounding rule, and how amounts are formatted.
//!
//! The rule, everywhere (page, embed, presenter, system view, exports):
//! every amount is held and shown in whole cents. A figure the model
//! computes (a plan's RAM cost, its learning, a total over the horizon)
//! is worked out exactly from the decimal inputs ([`Exact`]) and rounded
//! once, half away from zero, to [`Cents`]; every figure made of others
//! (infrastructure = RAM + CPU, a system's total, a monthly difference) is
//! the sum of the parts as shown, so any column adds up to the cent. An
//! "at least" threshold is rounded up ([`shown_up`]), so typing the
//! figure shown is enough.
//!
//! Formatting is passed in as a [`Money`] function of [`Cents`], so the
//! page can use the browser's `Intl.NumberFormat` while exports and tests
//! use [`Cents::plain`].

use std::ops::{Add, AddAssign, Mul, Neg, Sub};

/// Formats an amount of money.
pub type Money<'a> = &'a dyn Fn(Cents) -> String;

/// An amount of money in whole cents (hundredths of the currency's unit):
/// what every view and export shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub i64);

impl Cents {
    /// No money.
    pub const ZERO: Cents = Cents(0);

    /// An amount (an input, a threshold) in whole cents: the decimal it
    /// stands for ([`Exact::of`]) rounded once, half away from zero, so
    /// 1.005 is 1.01, not the 1.00 its `f64` (1.00499...) would round to.
    /// The model's own figures come from [`Exact::cents`].
    pub fn of(v: f64) -> Cents {
        Exact::of(v).cents()
    }

    /// `v` rounded to whole cents as the `f64` holds it, half away from
    /// zero: for amounts past what [`Exact`] holds.
    fn nearest(v: f64) -> Cents {
        // `as` saturates, and NaN gives 0.
        Cents((v * 100.0).round() as i64)
    }

    /// Rounds up to whole cents, so a threshold shown is never short of
    /// the amount it stands for.
    pub fn up(v: f64) -> Cents {
        // A whole number of cents times 100 can land a hair above itself
        // (1804.34 * 100 = 180434.00000000003); that is not a cent more.
        Cents((v * 100.0 - 1e-6).ceil() as i64)
    }

    /// The amount in the currency's unit, for charts and comparisons with
    /// the model's unrounded figures.
    pub fn units(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Whether it is more than nothing.
    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// Whether it is less than nothing.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// Whether it is nothing.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Its size, without the sign.
    pub const fn abs(self) -> Cents {
        Cents(self.0.saturating_abs())
    }

    /// The amount as a plain decimal for `data-*` attributes and tools:
    /// "544.66", "-652.28", "783", "486.2", "0" (what the number's
    /// shortest form is; no grouping, no symbol).
    pub fn attr(self) -> String {
        let (int, frac) = self.split();
        let sign = if self.is_negative() { "-" } else { "" };
        match frac {
            0 => format!("{sign}{int}"),
            f if f % 10 == 0 => format!("{sign}{int}.{}", f / 10),
            f => format!("{sign}{int}.{f:02}"),
        }
    }

    /// The amount as the exports and tests write it, always to the cent:
    /// "$1,234.56", "-$783.00".
    pub fn plain(self, symbol: &str) -> String {
        let (int, frac) = self.split();
        let digits = int.to_string();
        let mut out = String::new();
        if self.is_negative() {
            out.push('-');
        }
        out.push_str(symbol);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        out.push_str(&format!(".{frac:02}"));
        out
    }

    /// Whole units and cents of the size.
    fn split(self) -> (u64, u64) {
        let a = self.0.unsigned_abs();
        (a / 100, a % 100)
    }
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents {
        Cents(self.0.saturating_add(o.0))
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, o: Cents) {
        *self = *self + o;
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, o: Cents) -> Cents {
        Cents(self.0.saturating_sub(o.0))
    }
}

impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(self.0.saturating_neg())
    }
}

impl Mul<u32> for Cents {
    type Output = Cents;
    fn mul(self, n: u32) -> Cents {
        Cents(self.0.saturating_mul(i64::from(n)))
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, Add::add)
    }
}

/// Rounds a threshold ("at least X") up to the precision it is shown at,
/// whole cents: the figure a reader sees is never short of the amount it
/// stands for, so typing it is enough (1,804.335 is shown, and meant, as
/// $1,804.34).
pub fn shown_up(v: f64) -> Cents {
    Cents::up(v)
}

/// An exact decimal, `m / 10^e`, worked out from the decimal inputs, so
/// that 10 GB x $3.24 is 32.4 and 544.665 rounds to 544.67, not to the
/// 544.66 the `f64` 544.66499... would give. Sums and products of decimals
/// stay decimals; the two divisions the model needs that are not (by the
/// slowdown, by 1 + the gap after the ramp) happen once, in a [`Ratio`],
/// when the amount is rounded. Past what 64 bits hold (inputs far past
/// anything typed) a step carries on in `f64`, and the amount is that
/// rounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exact(Dec);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Dec {
    /// `m / 10^e`, `m` with no trailing zeros.
    Exact(i64, u32),
    /// Too large to hold exactly.
    Approx(f64),
}

/// `m / 10^e` with no trailing zeros in `m`, so products stay small.
fn trimmed(m: Option<i64>, e: Option<u32>) -> Option<Dec> {
    let (mut m, mut e) = (m?, e?);
    while e > 0 && m % 10 == 0 {
        m /= 10;
        e -= 1;
    }
    Some(Dec::Exact(m, e))
}

impl Exact {
    /// A whole number.
    pub fn int(n: i64) -> Exact {
        Exact(Dec::Exact(n, 0))
    }

    /// The decimal, with at most six places, that `v` was read from: the
    /// inputs are typed or listed decimals, and "3.24" parses to the
    /// `f64` nearest 324 / 100, which this gives back.
    pub fn of(v: f64) -> Exact {
        const P: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];
        for (e, p) in (0u32..).zip(P) {
            let m = (v * p).round();
            if m.is_nan() || m.abs() >= 9e15 {
                break;
            }
            if m / p == v {
                return Exact(Dec::Exact(m as i64, e));
            }
        }
        Exact(Dec::Approx(v))
    }

    /// The value as an `f64`.
    fn approx(self) -> f64 {
        match self.0 {
            Dec::Exact(m, e) => m as f64 / 10f64.powi(e as i32),
            Dec::Approx(v) => v,
        }
    }

    /// `exact` of the two decimals, or `approx` of their `f64`s when
    /// either is not held exactly or the result would not be.
    fn with(
        self,
        o: Exact,
        exact: impl Fn(i64, u32, i64, u32) -> Option<Dec>,
        approx: impl Fn(f64, f64) -> f64,
    ) -> Exact {
        let held = match (self.0, o.0) {
            (Dec::Exact(a, ea), Dec::Exact(b, eb)) => exact(a, ea, b, eb),
            _ => None,
        };
        Exact(held.unwrap_or_else(|| Dec::Approx(approx(self.approx(), o.approx()))))
    }

    /// Divided by `10^places`.
    pub fn shift(self, places: u32) -> Exact {
        self.with(
            Exact::int(0),
            |m, e, _, _| trimmed(Some(m), e.checked_add(places)),
            |v, _| v / 10f64.powi(places as i32),
        )
    }

    /// This over `divisor`, to be rounded once.
    pub fn over(self, divisor: Exact) -> Ratio {
        Ratio(self, divisor)
    }

    /// Rounded once to whole cents, half away from zero.
    pub fn cents(self) -> Cents {
        self.over(Exact::int(1)).cents()
    }

    /// -1, 0 or 1, when held exactly.
    pub fn signum(self) -> Option<i64> {
        match self.0 {
            Dec::Exact(m, _) => Some(m.signum()),
            Dec::Approx(_) => None,
        }
    }
}

/// Both with the same number of places.
fn aligned(a: i64, ea: u32, b: i64, eb: u32) -> Option<(i64, i64, u32)> {
    let e = ea.max(eb);
    Some((
        a.checked_mul(10i64.checked_pow(e - ea)?)?,
        b.checked_mul(10i64.checked_pow(e - eb)?)?,
        e,
    ))
}

impl Add for Exact {
    type Output = Exact;
    fn add(self, o: Exact) -> Exact {
        self.with(
            o,
            |a, ea, b, eb| {
                let (a, b, e) = aligned(a, ea, b, eb)?;
                trimmed(a.checked_add(b), Some(e))
            },
            |a, b| a + b,
        )
    }
}

impl Sub for Exact {
    type Output = Exact;
    fn sub(self, o: Exact) -> Exact {
        self + o * Exact::int(-1)
    }
}

impl Mul for Exact {
    type Output = Exact;
    fn mul(self, o: Exact) -> Exact {
        self.with(
            o,
            |a, ea, b, eb| trimmed(a.checked_mul(b), ea.checked_add(eb)),
            |a, b| a * b,
        )
    }
}

/// One exact decimal over another, divided only when it is rounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ratio(Exact, Exact);

impl Ratio {
    /// Numerator and denominator as whole numbers, the denominator above
    /// 0, when both are held exactly.
    fn parts(self) -> Option<(i64, i64)> {
        let (Dec::Exact(a, ea), Dec::Exact(b, eb)) = (self.0 .0, self.1 .0) else {
            return None;
        };
        let (n, d, _) = aligned(a, ea, b, eb)?;
        match d.signum() {
            0 => None,
            1 => Some((n, d)),
            _ => Some((n.checked_neg()?, d.checked_neg()?)),
        }
    }

    /// Rounded once to whole cents, half away from zero.
    pub fn cents(self) -> Cents {
        let exact = || {
            let (n, d) = self.parts()?;
            let n = n.checked_mul(100)?;
            let (q, r) = (n / d, n % d);
            // 2|r| >= d, without overflowing.
            let half = r.unsigned_abs() >= d.unsigned_abs() - r.unsigned_abs();
            Some(Cents(if half { q + n.signum() } else { q }))
        };
        exact().unwrap_or_else(|| Cents::nearest(self.0.approx() / self.1.approx()))
    }

    /// The smallest whole number at least this, when held exactly.
    pub fn ceil(self) -> Option<i64> {
        let (n, d) = self.parts()?;
        let q = n.div_euclid(d);
        Some(if n.rem_euclid(d) == 0 { q } else { q + 1 })
    }
}

/// Units of the chosen currency per US dollar (`fx`): what the price
/// lists' prices and the defaults sourced in dollars are converted at.
/// Amounts someone typed are taken as typed, in the chosen currency.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fx(f64);

impl Default for Fx {
    fn default() -> Fx {
        Fx(1.0)
    }
}

/// Where the default rates come from (SOURCES.md, #fx).
/// €1 was $1.0411 and £0.82608 that day, so $1 is €0.9605 and £0.7935.
pub const FX_SOURCE: &str = "ECB euro reference rate of 28 February 2025";

impl Fx {
    /// A rate, if it is one: above 0, at most 10,000.
    pub fn new(v: f64) -> Option<Fx> {
        (v.is_finite() && v > 0.0 && v <= 1e4).then_some(Fx(v))
    }

    /// The default rate for a currency ([`FX_SOURCE`]); 1 for the dollar.
    pub const fn of(currency: Currency) -> Fx {
        Fx(match currency {
            Currency::Usd => 1.0,
            Currency::Eur => 0.9605,
            Currency::Gbp => 0.7935,
        })
    }

    /// The rate.
    pub const fn get(self) -> f64 {
        self.0
    }

    /// A US-dollar amount at this rate, to the cent, as a field holds it:
    /// $15,660 at €0.9605 per $1 is 15,041.43.
    pub fn convert(self, usd: f64) -> f64 {
        if self.0 == 1.0 {
            return usd;
        }
        (Exact::of(usd) * Exact::of(self.0)).cents().units()
    }
}

/// Currency symbol for display. Amounts are converted from the dollars
/// the price lists and the sources give at the state's [`Fx`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    /// US dollar.
    #[default]
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
}

impl Currency {
    /// Every currency, in picker order.
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Gbp];

    /// Query value.
    pub const fn param(self) -> &'static str {
        match self {
            Currency::Usd => "usd",
            Currency::Eur => "eur",
            Currency::Gbp => "gbp",
        }
    }

    /// ISO 4217 code for `Intl.NumberFormat`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }

    /// Symbol.
    pub const fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
        }
    }

    /// Looks a currency up by query value, code or symbol.
    pub fn parse(raw: &str) -> Option<Currency> {
        let t = raw.trim();
        Currency::ALL
            .into_iter()
            .find(|c| t.eq_ignore_ascii_case(c.param()) || t == c.symbol())
    }
}
