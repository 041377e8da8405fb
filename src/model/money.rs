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
        Exact::of(v).cents_or(v)
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
/// when the amount is rounded. `None` inside once a step would overflow
/// (inputs far past anything typed), and then the caller rounds the `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exact(Option<(i128, u32)>);

/// `a * b`, in 64 bits when both fit (every amount typed), else in 128.
fn mul(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(x), Ok(y)) => match x.checked_mul(y) {
            Some(p) => Some(i128::from(p)),
            None => a.checked_mul(b),
        },
        _ => a.checked_mul(b),
    }
}

/// 10^n.
fn pow10(n: u32) -> Option<i128> {
    const P: [i128; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
    match P.get(n as usize) {
        Some(&p) => Some(p),
        None => 10i128.checked_pow(n),
    }
}

/// At most this many decimal places: 10^38 is the largest power of ten an
/// `i128` holds.
const MAX_PLACES: u32 = 36;

impl Exact {
    /// A whole number.
    pub fn int(n: i64) -> Exact {
        Exact(Some((i128::from(n), 0)))
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
                return Exact(Some((i128::from(m as i64), e)));
            }
        }
        Exact(None)
    }

    /// Divided by `10^places`.
    pub fn shift(self, places: u32) -> Exact {
        Exact(
            self.0
                .and_then(|(m, e)| Some((m, e.checked_add(places).filter(|&e| e <= MAX_PLACES)?))),
        )
    }

    /// This over `divisor`, to be rounded once.
    pub fn over(self, divisor: Exact) -> Ratio {
        Ratio(self, divisor)
    }

    /// Rounded once to whole cents, half away from zero.
    pub fn cents(self) -> Option<Cents> {
        self.over(Exact::int(1)).cents()
    }

    /// Rounded once to whole cents, or, past what the exact sum holds,
    /// `fallback` rounded.
    pub fn cents_or(self, fallback: f64) -> Cents {
        self.over(Exact::int(1)).cents_or(fallback)
    }

    /// -1, 0 or 1.
    pub fn signum(self) -> Option<i64> {
        self.0.map(|(m, _)| m.signum() as i64)
    }

    /// Both with the same number of places.
    fn aligned(self, o: Exact) -> Option<(i128, i128, u32)> {
        let ((a, ea), (b, eb)) = (self.0?, o.0?);
        let e = ea.max(eb);
        Some((mul(a, pow10(e - ea)?)?, mul(b, pow10(e - eb)?)?, e))
    }
}

impl Add for Exact {
    type Output = Exact;
    fn add(self, o: Exact) -> Exact {
        Exact(
            self.aligned(o)
                .and_then(|(a, b, e)| Some((a.checked_add(b)?, e))),
        )
    }
}

impl Sub for Exact {
    type Output = Exact;
    fn sub(self, o: Exact) -> Exact {
        Exact(
            self.aligned(o)
                .and_then(|(a, b, e)| Some((a.checked_sub(b)?, e))),
        )
    }
}

impl Mul for Exact {
    type Output = Exact;
    fn mul(self, o: Exact) -> Exact {
        let m = || {
            let ((a, ea), (b, eb)) = (self.0?, o.0?);
            Some((mul(a, b)?, Some(ea + eb).filter(|&e| e <= MAX_PLACES)?))
        };
        Exact(m())
    }
}

/// One exact decimal over another, divided only when it is rounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ratio(Exact, Exact);

impl Ratio {
    /// Numerator and denominator as whole numbers, the denominator above 0.
    fn parts(self) -> Option<(i128, i128)> {
        let (n, d, _) = self.0.aligned(self.1)?;
        match d.signum() {
            0 => None,
            1 => Some((n, d)),
            _ => Some((n.checked_neg()?, d.checked_neg()?)),
        }
    }

    /// Rounded once to whole cents, half away from zero.
    pub fn cents(self) -> Option<Cents> {
        let (n, d) = self.parts()?;
        let n = mul(n, 100)?;
        // In 64 bits when it fits, as it does for every amount typed.
        let (q, r) = match (i64::try_from(n), i64::try_from(d)) {
            (Ok(n), Ok(d)) => (i128::from(n / d), i128::from(n % d)),
            _ => (n / d, n % d),
        };
        let half = r.unsigned_abs() >= d.unsigned_abs() - r.unsigned_abs();
        let q = if half { q + n.signum() } else { q };
        i64::try_from(q).ok().map(Cents)
    }

    /// Rounded once to whole cents, or, past what the exact sum holds,
    /// `fallback` rounded.
    pub fn cents_or(self, fallback: f64) -> Cents {
        self.cents().unwrap_or_else(|| Cents::nearest(fallback))
    }

    /// The smallest whole number at least this.
    pub fn ceil(self) -> Option<i128> {
        let (n, d) = self.parts()?;
        let q = n.div_euclid(d);
        Some(if n.rem_euclid(d) == 0 { q } else { q + 1 })
    }
}

/// Currency symbol for display. Amounts are never converted.
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
