//! The one number reader and writer for everything people type or read:
//! the text fields, the URL and the exports.

use std::fmt;
use std::sync::OnceLock;

/// The last step of reading and writing a number, handed in from outside:
/// plain ASCII digits to the nearest `f64`, and an `f64` to the shortest
/// digits that read back as it. Everything around them (groups, decimal
/// commas, currency symbols, the layout of the digits) is the model's own,
/// so a number means the same whoever does this step: Rust natively (the
/// tests and the exports), the browser in the wasm bundle
/// (`ui::platform::browser::DIGITS`, installed at start-up), which keeps
/// Rust's float parsing and formatting code out of the bundle.
#[derive(Clone, Copy)]
pub struct Digits {
    /// Plain digits as [`parse_number`] hands them on (`1234.5`, `0.25`,
    /// `15e3`, `1.5e-3`: ASCII digits, at most one `.`, an optional
    /// exponent with an optional sign) to the nearest `f64`, infinite when
    /// too large; NaN when it cannot read them.
    pub read: fn(&str) -> f64,
    /// A finite `f64` as the shortest decimal that reads back as it, in
    /// either plain (`1234.5`, `0.0001`) or exponential (`1.2345e3`,
    /// `1e+21`, `1e-7`) form, with a leading `-` when negative.
    pub shortest: fn(f64) -> String,
}

/// Rust's own last step: `str::parse` and `{:e}`. The native default.
#[cfg(not(target_arch = "wasm32"))]
pub const RUST_DIGITS: Digits = Digits {
    read: |s| s.parse().unwrap_or(f64::NAN),
    shortest: |v| format!("{v:e}"),
};

static DIGITS: OnceLock<Digits> = OnceLock::new();

/// Hands in the last step (see [`Digits`]); the first call wins. The wasm
/// bundle calls it before it reads the URL; natively it is optional.
pub fn install(digits: Digits) {
    let _ = DIGITS.set(digits);
}

fn digits() -> Digits {
    #[cfg(not(target_arch = "wasm32"))]
    let d = *DIGITS.get_or_init(|| RUST_DIGITS);
    // No default in the wasm: Rust's would link its float code in.
    #[cfg(target_arch = "wasm32")]
    let d = *DIGITS
        .get()
        .expect("number::install runs before any number is read");
    d
}

/// A finite `f64` as its shortest round-trip digits (no leading or
/// trailing zeros, at least one digit) and the decimal exponent of the
/// first: `1234.5` is `("12345", 3)`, `0.001` is `("1", -3)`, `0` is
/// `("0", 0)`. Read from whatever form [`Digits::shortest`] wrote.
fn shortest_digits(v: f64) -> (bool, String, i32) {
    let text = (digits().shortest)(v);
    let (negative, t) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (mantissa, exp) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (t, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0').to_string();
    if digits.is_empty() {
        return (negative, "0".into(), 0);
    }
    // The first significant digit's exponent.
    let exp = exp + int.len() as i32 - 1 - lead as i32;
    (negative, digits, exp)
}

/// An `f64` in the shortest plain decimal that reads back as it, never
/// with an exponent: `1234.5`, `0.25`, `1000000`, `-3`. What links and
/// `data-*` attributes carry; the same text as Rust's `f64` `Display`
/// (but `0` for `-0`), whoever does the last step.
pub fn write_number(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.into();
    }
    if v == 0.0 {
        return "0".into();
    }
    let (negative, d, exp) = shortest_digits(v);
    let mut out = String::with_capacity(d.len() + 8);
    if negative {
        out.push('-');
    }
    let n = d.len() as i32;
    if exp < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(&d);
    } else if exp >= n - 1 {
        out.push_str(&d);
        out.extend(std::iter::repeat_n('0', (exp - n + 1) as usize));
    } else {
        out.push_str(&d[..=exp as usize]);
        out.push('.');
        out.push_str(&d[exp as usize + 1..]);
    }
    out
}

/// An `f64` in exponential form, Rust's `{:e}` (`1.5e20`, `1e-7`).
fn write_exponential(v: f64) -> String {
    let (negative, d, exp) = shortest_digits(v);
    let sign = if negative { "-" } else { "" };
    match d.split_at(1) {
        (first, "") => format!("{sign}{first}e{exp}"),
        (first, rest) => format!("{sign}{first}.{rest}e{exp}"),
    }
}

/// `v` limited to `lo..=hi` (NaN stays NaN): `f64::clamp` without its
/// assertion, which would link Rust's float formatting into the bundle.
pub fn within(v: f64, lo: f64, hi: f64) -> f64 {
    if v < lo {
        lo
    } else if v > hi {
        hi
    } else {
        v
    }
}

/// Why a typed value was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Nothing was typed.
    Empty,
    /// Not a number at all ("abc", "NaN", "1,2,3").
    NotANumber,
    /// Infinity, or a number too large to represent.
    NotFinite,
    /// A number, but outside the field's range.
    OutOfRange,
    /// At or below a minimum the field excludes: a price of zero or less.
    NotAboveMinimum,
    /// A fraction where only whole numbers make sense.
    NotWhole,
}

impl FieldError {
    /// Whether the text was not a usable number at all, so nothing near it
    /// can stand in and the field's default is used.
    pub const fn unreadable(self) -> bool {
        matches!(
            self,
            FieldError::Empty | FieldError::NotANumber | FieldError::NotFinite
        )
    }
}

/// The phrase that follows the quoted value in a URL notice ("is not a
/// number") and the subject in a field's message ("That is not a number.").
/// Every wording of a field error comes from here.
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FieldError::Empty => "is empty",
            FieldError::NotANumber => "is not a number",
            FieldError::NotFinite => "is too large",
            FieldError::OutOfRange => "is out of range",
            // Every field with an exclusive minimum has 0 as that minimum.
            FieldError::NotAboveMinimum => "must be greater than 0",
            FieldError::NotWhole => "is not a whole number",
        })
    }
}

/// Space characters people and locales put between digit groups: a space,
/// a no-break space, a narrow no-break space and a thin space.
const GROUP_SPACES: [char; 4] = [' ', '\u{00A0}', '\u{202F}', '\u{2009}'];

/// Currency symbols accepted before or after a number. Amounts are never
/// converted, so any of them is simply dropped.
const CURRENCY_SYMBOLS: [char; 3] = ['$', '€', '£'];

/// Parses raw text as a number, without range checks. The one number
/// reader for the text fields and the URL, so a value means the same
/// wherever it is typed.
///
/// Accepted, around the digits: surrounding spaces; a leading `+` or `-`;
/// one currency symbol (`$`, `€`, `£`) before or after the number, with or
/// without a space; an exponent (`1e3`), because links written by hand
/// use it for large values.
///
/// Digit groups and the decimal mark, decided so that a number reads the
/// way whoever typed it meant:
/// - Groups are separated by `,`, `.` or a space (also a no-break, narrow
///   or thin space), one kind per number. The first group has 1-3 digits
///   and does not start with 0; every later group has exactly 3.
/// - With both `,` and `.`, the one that comes last is the decimal mark and
///   may appear once: `1,234,567.5` and `1.234.567,5` are 1234567.5.
/// - A single `.` is always the decimal mark (`15.660` is 15.66): that is
///   how the page writes numbers and links, so they read back unchanged.
///   Several dots are groups (`1.234.567`).
/// - A single `,` followed by exactly three digits, after a valid first
///   group, is a group separator (`15,660` is 15660); any other single `,`
///   is the decimal mark (`3,24` is 3.24, `0,500` is 0.5). Several commas
///   are groups (`1,234,567`).
///
/// Rejected: anything else, including `12abc`, `1,2,3`, `--5`, `NaN` and
/// `inf`, which Rust's own float parser would take. The result is never
/// `-0`: `-0` reads as 0, which is how it is shown.
pub fn parse_number(raw: &str) -> Result<f64, FieldError> {
    // `trim` also drops no-break and thin spaces.
    let t = raw.trim();
    if t.is_empty() {
        return Err(FieldError::Empty);
    }
    let (mut negative, unsigned) = split_sign(t);
    let signed = unsigned.len() != t.len();
    let mut t = unsigned;
    if let Some(rest) = t.strip_prefix(CURRENCY_SYMBOLS) {
        t = rest.trim_start_matches(GROUP_SPACES);
        // The sign may also follow the symbol ("$-5"), but only one sign.
        if !signed {
            (negative, t) = split_sign(t);
        }
    } else if let Some(rest) = t.strip_suffix(CURRENCY_SYMBOLS) {
        t = rest.trim_end_matches(GROUP_SPACES);
    }
    let plain = normalize(t).ok_or(FieldError::NotANumber)?;
    let v = (digits().read)(&plain);
    if v.is_nan() {
        return Err(FieldError::NotANumber);
    }
    let v = if negative { -v } else { v };
    if !v.is_finite() {
        Err(FieldError::NotFinite)
    } else if v == 0.0 {
        Ok(0.0)
    } else {
        Ok(v)
    }
}

/// Splits off one leading sign; `true` when it is a minus.
fn split_sign(t: &str) -> (bool, &str) {
    match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    }
}

/// Rewrites an unsigned number with groups and either decimal mark (see
/// [`parse_number`]) as plain ASCII digits, one `.` and an exponent, for
/// the float parser. `None` when the text does not follow the rules.
fn normalize(t: &str) -> Option<String> {
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mantissa: String = mantissa
        .chars()
        .map(|c| if GROUP_SPACES.contains(&c) { ' ' } else { c })
        .collect();
    if !mantissa
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
    {
        return None;
    }
    let count = |mark: char| mantissa.matches(mark).count();
    let (commas, dots) = (count(','), count('.'));
    let decimal = match (commas, dots) {
        (0, 0) => None,
        (0, 1) => Some('.'),
        (0, _) => None,
        (1, 0) => {
            let (int, frac) = mantissa.split_once(',')?;
            let grouping = frac.len() == 3
                && frac.bytes().all(|b| b.is_ascii_digit())
                && int.len() <= 3
                && !int.starts_with('0')
                && !int.is_empty()
                && int.bytes().all(|b| b.is_ascii_digit());
            if grouping {
                None
            } else {
                Some(',')
            }
        }
        (_, 0) => None,
        _ => {
            let last = if mantissa.rfind(',') > mantissa.rfind('.') {
                ','
            } else {
                '.'
            };
            if count(last) != 1 {
                return None;
            }
            Some(last)
        }
    };
    let (int, frac) = match decimal {
        Some(mark) => mantissa.split_once(mark)?,
        None => (mantissa.as_str(), ""),
    };
    if !frac.bytes().all(|b| b.is_ascii_digit()) || int.len() + frac.len() == 0 {
        return None;
    }
    let mut out = ungroup(int)?;
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    if let Some(e) = exponent {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push('e');
        out.push_str(e);
    }
    Some(out)
}

/// The digits of an integer part written with or without digit groups;
/// `None` if the groups are not the usual thousands (`1,2,3`, `12,34`,
/// mixed separators).
fn ungroup(int: &str) -> Option<String> {
    let Some(sep) = int.chars().find(|c| !c.is_ascii_digit()) else {
        return Some(int.to_string());
    };
    let mut groups = int.split(sep);
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && !first.starts_with('0');
    let mut out = String::with_capacity(int.len());
    out.push_str(first);
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        out.push_str(g);
    }
    (first_ok && out.bytes().all(|b| b.is_ascii_digit())).then_some(out)
}

/// Formats a number for messages and exports without the browser: up to
/// two decimals, thousands separated by commas, no trailing zeros.
pub fn plain_number(v: f64) -> String {
    if !v.is_finite() {
        return "-".into();
    }
    let negative = v < 0.0;
    let cents = (v.abs() * 100.0).round();
    if cents >= 1e17 {
        return write_exponential(v);
    }
    let cents = cents as u64;
    let (int, frac) = (cents / 100, cents % 100);
    let digits = int.to_string();
    let mut out = String::new();
    if negative && cents != 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if frac != 0 {
        out.push('.');
        if frac % 10 == 0 {
            out.push(char::from(b'0' + (frac / 10) as u8));
        } else {
            out.push_str(&format!("{frac:02}"));
        }
    }
    out
}
