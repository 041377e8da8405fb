//! The cost estimator's numeric inputs: their names, bounds, defaults and
//! sources, and the one parser every text field and URL parameter goes
//! through.

use std::fmt;

/// One editable cost input. The order is the order on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Number of running instances of the service.
    Instances,
    /// RAM per Go instance, MB.
    GoMb,
    /// RAM per Rust instance, MB.
    RustMb,
    /// Price of one GB of RAM for a month.
    GbMonth,
    /// vCPUs per Go instance.
    GoVcpu,
    /// How much less CPU the Rust service needs, percent.
    CpuSaving,
    /// Price of one vCPU for a month.
    VcpuMonth,
    /// Engineers working on the service.
    Engineers,
    /// Fully loaded cost of one engineer-month.
    EngMonth,
    /// Months for the team to become productive in Rust.
    RampMonths,
    /// How many times slower Rust work is while learning.
    Slowdown,
    /// Months the comparison covers.
    Horizon,
}

/// Which group a field is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Instances, RAM and CPU.
    Infrastructure,
    /// Team and learning.
    People,
}

/// Static description of a field. Kept as data so the page, the URL
/// parser and the assumptions list cannot disagree.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// Query parameter: public interface, never rename.
    pub param: &'static str,
    /// Label on the page.
    pub label: &'static str,
    /// Unit shown after the field ("MB", "%", "months"); money fields say "money".
    pub unit: &'static str,
    /// Lowest accepted value.
    pub min: f64,
    /// Whether `min` itself is rejected (prices must be above zero).
    pub min_exclusive: bool,
    /// Highest accepted value.
    pub max: f64,
    /// Whether only whole numbers make sense.
    pub whole: bool,
    /// The default value.
    pub default: f64,
    /// Where the default comes from.
    pub source: &'static str,
    /// Where it is shown.
    pub group: Group,
}

impl Field {
    /// Every field, in page order.
    pub const ALL: [Field; 12] = [
        Field::Instances,
        Field::GoMb,
        Field::RustMb,
        Field::GbMonth,
        Field::GoVcpu,
        Field::CpuSaving,
        Field::VcpuMonth,
        Field::Engineers,
        Field::EngMonth,
        Field::RampMonths,
        Field::Slowdown,
        Field::Horizon,
    ];

    /// Position in [`Field::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Looks a field up by its query parameter.
    pub fn from_param(param: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.spec().param == param)
    }

    /// The field's description.
    pub const fn spec(self) -> Spec {
        use Group::*;
        const fn s(
            param: &'static str,
            label: &'static str,
            unit: &'static str,
            (min, min_exclusive, max, whole): (f64, bool, f64, bool),
            default: f64,
            source: &'static str,
            group: Group,
        ) -> Spec {
            Spec { param, label, unit, min, min_exclusive, max, whole, default, source, group }
        }
        match self {
            Field::Instances => s("instances", "Instances", "", (0.0, false, 1e6, true), 50.0,
                "Seed 004: 50 instances of a service, the article's worked example.", Infrastructure),
            Field::GoMb => s("go_mb", "RAM per Go instance", "MB", (1.0, false, 1e6, false), 200.0,
                "Seed 004: about 200 MB per Go instance.", Infrastructure),
            Field::RustMb => s("rust_mb", "RAM per Rust instance", "MB", (1.0, false, 1e6, false), 30.0,
                "Seed 004: about 30 MB per Rust instance (seeds 000/001 saw 5 MB for a small Rust web server).", Infrastructure),
            Field::GbMonth => s("gb_month", "Price per GB-month of RAM", "money", (0.0, true, 1e4, false), 3.24,
                "AWS Fargate us-east-1 x86: $0.004445 per GB-hour x 730 h (vantage.sh/blog/fargate-pricing).", Infrastructure),
            Field::GoVcpu => s("go_vcpu", "vCPUs per Go instance", "vCPU", (0.0, true, 1e3, false), 0.5,
                "Assumption: a small Fargate task (sizes start at 0.25 vCPU); set it to what the service requests.", Infrastructure),
            Field::CpuSaving => s("cpu_saving", "CPU Rust saves", "%", (0.0, false, 95.0, false), 70.0,
                "Grab's counter service: about 70% less after the Go-to-Rust rewrite; seed 002: Rust 3-4x faster on CPU-bound work (67-75% less).", Infrastructure),
            Field::VcpuMonth => s("vcpu_month", "Price per vCPU-month", "money", (0.0, true, 1e5, false), 29.55,
                "AWS Fargate us-east-1 x86: $0.04048 per vCPU-hour x 730 h (vantage.sh/blog/fargate-pricing).", Infrastructure),
            Field::Engineers => s("engineers", "Engineers on the service", "", (1.0, false, 1e4, true), 4.0,
                "Assumption: a small team owning one service; set it to yours.", People),
            Field::EngMonth => s("eng_month", "Cost per engineer-month", "money", (0.0, true, 1e7, false), 15660.0,
                "US BLS OES 2024 mean developer salary $144,570 / 12, x 1.3 for overhead (calculators use 1.25-1.4).", People),
            Field::RampMonths => s("ramp_months", "Months to become productive in Rust", "months", (0.0, false, 60.0, false), 3.0,
                "Seed 002: it took the team about 3 months to become productive in Rust.", People),
            Field::Slowdown => s("slowdown", "Rust work slower while learning", "x", (1.0, false, 10.0, false), 2.5,
                "Seed 004: Go written about 2-3x faster than equivalent Rust; the gap narrows with experience.", People),
            Field::Horizon => s("horizon", "Horizon", "months", (1.0, false, 240.0, true), 24.0,
                "Assumption: two years, a common planning horizon for a service.", People),
        }
    }

    /// What the field accepts, as a sentence for inline messages.
    pub fn accepted(self) -> String {
        let s = self.spec();
        let kind = if s.whole { "a whole number" } else { "a number" };
        if s.min_exclusive {
            format!("Enter {kind} greater than {} and at most {}.", plain_number(s.min), plain_number(s.max))
        } else {
            format!("Enter {kind} from {} to {}.", plain_number(s.min), plain_number(s.max))
        }
    }

    /// Whether `value` is acceptable for this field.
    pub fn accepts(self, value: f64) -> bool {
        let s = self.spec();
        value.is_finite()
            && value <= s.max
            && (if s.min_exclusive { value > s.min } else { value >= s.min })
            && (!s.whole || value.fract() == 0.0)
    }
}

/// Why a typed value was rejected. Displays as the phrase URL notices use
/// ("is not a number").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Nothing was typed.
    Empty,
    /// Not a number at all ("abc", "NaN", "1,5").
    NotANumber,
    /// Infinity, or a number too large to represent.
    NotFinite,
    /// A number, but outside the field's range.
    OutOfRange,
    /// A fraction where only whole numbers make sense.
    NotWhole,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FieldError::Empty => "is empty",
            FieldError::NotANumber => "is not a number",
            FieldError::NotFinite => "is not a finite number",
            FieldError::OutOfRange => "is out of range",
            FieldError::NotWhole => "is not a whole number",
        })
    }
}

/// Parses raw text as a number, without range checks.
///
/// Accepts surrounding spaces, a leading `+`, decimals with a dot and
/// exponents (`1e3`); rejects the words `NaN`/`inf` that Rust's float parser
/// would otherwise take, and anything else.
pub fn parse_number(raw: &str) -> Result<f64, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(FieldError::Empty);
    }
    if !t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E')) {
        return Err(FieldError::NotANumber);
    }
    let v: f64 = t.parse().map_err(|_| FieldError::NotANumber)?;
    if v.is_finite() { Ok(v) } else { Err(FieldError::NotFinite) }
}

/// Parses text typed into `field`: a number that the field accepts.
pub fn parse_field(field: Field, raw: &str) -> Result<f64, FieldError> {
    let v = parse_number(raw)?;
    let s = field.spec();
    if s.whole && v.fract() != 0.0 && v >= s.min && v <= s.max {
        return Err(FieldError::NotWhole);
    }
    if field.accepts(v) { Ok(v) } else { Err(FieldError::OutOfRange) }
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
        return format!("{v:e}");
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
