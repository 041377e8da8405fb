//! Money: the currency it is shown in, how it is formatted, and the one
//! rounding rule for amounts the texts print.
//!
//! Formatting is passed in as a [`Money`] function, so the page can use the
//! browser's `Intl.NumberFormat` while tests use a plain formatter.

/// Formats an amount of money.
pub type Money<'a> = &'a dyn Fn(f64) -> String;

/// Whole cents, rounded to nearest, so the texts agree with the amounts
/// they print.
pub fn cents(v: f64) -> f64 {
    (v * 100.0).round()
}

/// Rounds up to whole cents, so a printed threshold is never short of the
/// amount it stands for.
pub fn cents_up(v: f64) -> f64 {
    // A whole number of cents times 100 can land a hair above itself
    // (1804.34 * 100 = 180434.00000000003); that is not a cent more.
    (v * 100.0 - 1e-6).ceil() / 100.0
}

/// From this size up an amount is shown in whole units, below it in
/// cents: "$1,805", "$544.67". The page's formatter reads
/// [`shown_decimals`], so what it shows and what [`shown_up`] rounds to
/// are one rule.
pub const WHOLE_UNITS_FROM: f64 = 1000.0;

/// The decimals an amount is shown with: 0 from [`WHOLE_UNITS_FROM`] up
/// (either sign), 2 below.
pub fn shown_decimals(v: f64) -> usize {
    if v.abs() >= WHOLE_UNITS_FROM {
        0
    } else {
        2
    }
}

/// Rounds a threshold ("at least X") up to the precision it is shown at:
/// whole cents below [`WHOLE_UNITS_FROM`], whole units from there up. So
/// the figure a reader sees is never short of the amount it stands for,
/// and typing it is enough: 1,804.34 is shown, and meant, as 1,805.
pub fn shown_up(v: f64) -> f64 {
    let c = cents_up(v);
    if shown_decimals(c) == 0 {
        // As in `cents_up`: a whole number a hair above itself is not a
        // unit more.
        (c - 1e-6).ceil()
    } else {
        c
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
