//! The cost estimator's numeric inputs: their names, bounds, defaults and
//! sources, and the one parser every text field and URL parameter goes
//! through.

use super::money::{Cents, Money};
use super::number::{parse_number, plain_number, within, write_number, FieldError};

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
    /// How much slower Rust work stays after the ramp, percent.
    SteadyGap,
    /// Months the comparison covers.
    Horizon,
    /// What Rust's flat tail latency and fewer memory-safety bugs are
    /// worth per month.
    ValueMonth,
    /// Share of the service's load the hybrid moves to the Rust hot path,
    /// percent.
    RustShare,
    /// Engineers who work on the hybrid's Rust part and must learn Rust.
    RustEngineers,
    /// Monthly overhead of running a second toolchain next to Go's.
    ToolchainMonth,
}

/// What a field's number counts, shown after the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A plain count (instances, engineers): no suffix.
    Count,
    /// Megabytes.
    Mb,
    /// An amount in the chosen currency.
    Money,
    /// Virtual CPUs.
    Vcpu,
    /// Percent.
    Percent,
    /// Months.
    Months,
    /// A factor ("2.5x slower").
    Times,
}

impl Unit {
    /// The suffix shown after the input. Money shows `currency_symbol`,
    /// which the caller passes so the model stays free of the page's state.
    pub const fn suffix(self, currency_symbol: &str) -> &str {
        match self {
            Unit::Count => "",
            Unit::Mb => "MB",
            Unit::Money => currency_symbol,
            Unit::Vcpu => "vCPU",
            Unit::Percent => "%",
            Unit::Months => "months",
            Unit::Times => "x",
        }
    }
}

/// Which group a field is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Instances, RAM and CPU.
    Infrastructure,
    /// Team and learning.
    People,
    /// What Rust's runtime benefits are worth: kept apart from the bill,
    /// since it is an estimate of avoided incidents, not a price.
    Value,
    /// The hybrid plan: how much moves to Rust and what a second toolchain
    /// costs.
    Hybrid,
}

impl Group {
    /// Every group, in page order.
    pub const ALL: [Group; 4] = [
        Group::Infrastructure,
        Group::People,
        Group::Value,
        Group::Hybrid,
    ];

    /// The group's heading.
    pub const fn legend(self) -> &'static str {
        match self {
            Group::Infrastructure => "Infrastructure",
            Group::People => "People",
            Group::Value => "Latency and safety",
            Group::Hybrid => "Hybrid plan",
        }
    }
}

/// Static description of a field. Kept as data so the page, the URL
/// parser and the assumptions list cannot disagree.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// Query parameter: public interface, never rename.
    pub param: &'static str,
    /// Label on the page.
    pub label: &'static str,
    /// Unit shown after the field.
    pub unit: Unit,
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
    /// Where it is shown.
    pub group: Group,
}

impl Field {
    /// A value of this field as every view and export writes it outside
    /// its input: money in the currency, "70%" and "2.5x" after the number,
    /// "1 month", other units after a space ("200 MB"). The formatters are
    /// passed in, so the page can use the browser's and the exports and
    /// tests the plain ones.
    pub fn value_text(self, v: f64, money: Money, number: &dyn Fn(f64) -> String) -> String {
        let unit = self.spec().unit;
        let n = number(v);
        match unit {
            Unit::Money => money(Cents::of(v)),
            Unit::Percent | Unit::Times => format!("{n}{}", unit.suffix("")),
            Unit::Count => n,
            Unit::Months if n == "1" => "1 month".into(),
            _ => format!("{n} {}", unit.suffix("")),
        }
    }
}

impl Field {
    /// Every field, in page order.
    pub const ALL: [Field; 17] = [
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
        Field::SteadyGap,
        Field::Horizon,
        Field::ValueMonth,
        Field::RustShare,
        Field::RustEngineers,
        Field::ToolchainMonth,
    ];

    /// Position in [`Field::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Looks a field up by its query parameter.
    pub fn from_param(param: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.spec().param == param)
    }
}

/// The field table: one row per field, read by [`Field::spec`] (what the
/// URL reader, the inputs and the model need) and by [`Field::source`]
/// (where the default comes from: the assumptions list, the inputs' hints
/// and the exports). Two functions from one table, so a bundle that never
/// shows a source (the embed) does not carry the sources' text.
macro_rules! field_table {
    ($($f:ident => s($param:literal, $label:literal, $unit:ident, ($min:expr, $min_exclusive:expr, $max:expr, $whole:expr), $default:expr,
        $source:literal, $group:ident),)*) => {
        impl Field {
            /// The field's description.
            pub const fn spec(self) -> Spec {
                match self {
                    $(Field::$f => Spec {
                        param: $param,
                        label: $label,
                        unit: Unit::$unit,
                        min: $min,
                        min_exclusive: $min_exclusive,
                        max: $max,
                        whole: $whole,
                        default: $default,
                        group: Group::$group,
                    },)*
                }
            }

            /// Where the field's default comes from.
            pub const fn source(self) -> &'static str {
                match self {
                    $(Field::$f => $source,)*
                }
            }
        }
    };
}

field_table! {
    Instances => s("instances", "Instances", Count, (0.0, false, 1e6, true), 50.0,
        "Seed 004: 50 instances of a service, the article's worked example.", Infrastructure),
    GoMb => s("go_mb", "RAM per Go instance", Mb, (1.0, false, 1e6, false), 200.0,
        "Seed 004: about 200 MB per Go instance.", Infrastructure),
    RustMb => s("rust_mb", "RAM per Rust instance", Mb, (1.0, false, 1e6, false), 30.0,
        "Seed 004: about 30 MB per Rust instance (seeds 000/001 saw 5 MB for a small Rust web server).", Infrastructure),
    GbMonth => s("gb_month", "Price per GB-month of RAM", Money, (0.0, true, 1e4, false), 3.24,
        "AWS Fargate us-east-1 x86: $0.004445 per GB-hour x 730 h (vantage.sh/blog/fargate-pricing).", Infrastructure),
    GoVcpu => s("go_vcpu", "vCPUs per Go instance", Vcpu, (0.0, true, 1e3, false), 0.5,
        "Assumption: a small Fargate task (sizes start at 0.25 vCPU); set it to what the service requests.", Infrastructure),
    CpuSaving => s("cpu_saving", "CPU Rust saves", Percent, (0.0, false, 95.0, false), 70.0,
        "Grab's counter service: about 70% less after the Go-to-Rust rewrite; seed 002: Rust 3-4x faster on CPU-bound work (67-75% less).", Infrastructure),
    VcpuMonth => s("vcpu_month", "Price per vCPU-month", Money, (0.0, true, 1e5, false), 29.55,
        "AWS Fargate us-east-1 x86: $0.04048 per vCPU-hour x 730 h (vantage.sh/blog/fargate-pricing).", Infrastructure),
    Engineers => s("engineers", "Engineers on the service", Count, (1.0, false, 1e4, true), 4.0,
        "Assumption: a small team owning one service; set it to yours.", People),
    EngMonth => s("eng_month", "Cost per engineer-month", Money, (0.0, true, 1e7, false), 15660.0,
        "US BLS OES 2024 mean developer salary $144,570 / 12, x 1.3 for overhead (calculators use 1.25-1.4).", People),
    RampMonths => s("ramp_months", "Months to become productive in Rust", Months, (0.0, false, 60.0, false), 3.0,
        "Seed 002: it took the team about 3 months to become productive in Rust.", People),
    Slowdown => s("slowdown", "Rust work slower while learning", Times, (1.0, false, 10.0, false), 2.5,
        "Seed 004: Go written about 2-3x faster than equivalent Rust; the gap narrows with experience.", People),
    SteadyGap => s("steady_gap", "Rust work slower after the ramp", Percent, (0.0, false, 200.0, false), 0.0,
        "Assumption: 0%, no gap once the ramp is over. Evidence points both ways: seed 004 writes Go about 2-3x faster than equivalent Rust, the gap narrowing with experience; Google's Lars Bergstrom (Rust Nation UK, 2024) reports its Rust teams as productive as its Go teams, and Google's 2022 internal survey found a third of engineers as productive as in their previous language within 2 months and over half within 4. The ramp-up above already charges the slow start, so 0 avoids counting it twice; set 10-50% if your team's Rust work stays slower.", People),
    Horizon => s("horizon", "Horizon", Months, (1.0, false, 240.0, true), 24.0,
        "Assumption: two years, a common planning horizon for a service.", People),
    ValueMonth => s("value_month", "What Rust's latency and safety are worth per month", Money, (0.0, false, 1e8, false), 0.0,
        "Assumption: 0, so the money counts only what is billed; estimate yours as cost of an incident x incidents a year Rust would avoid / 12, plus SLA credits for tail-latency breaches. Public figures: about 70% of the CVEs Microsoft assigned in 2006-2018 were memory-safety bugs (Matt Miller, BlueHat IL 2019); Android's memory-safety share of vulnerabilities fell from 76% in 2019 to 24% in 2024 as new code moved to memory-safe languages (Google Security Blog); Discord's Read States service saw latency spikes every 2 minutes from Go's forced garbage collection (Discord engineering blog).", Value),
    RustShare => s("rust_share", "Share of load in the Rust hot path", Percent, (0.0, false, 100.0, false), 30.0,
        "Assumption: about a third of the load, the hot path seed 003's migration strategy moves first once profiling finds it; set it from a CPU profile. It moves that share of RAM and CPU to Rust's figures.", Hybrid),
    RustEngineers => s("rust_engineers", "Engineers on the Rust part", Count, (0.0, false, 1e4, true), 2.0,
        "Assumption: two engineers own the Rust hot path, so nobody is alone on call for it; they alone learn Rust (at most the engineers on the service).", Hybrid),
    ToolchainMonth => s("toolchain_month", "Second toolchain per month", Money, (0.0, false, 1e7, false), 783.0,
        "Assumption: about one engineer-day a month, 5% of the default $15,660 engineer-month: a second CI pipeline and build image, Rust dependency updates and audits, and on-call knowledge of a second runtime.", Hybrid),
}

impl Field {
    /// What the field accepts, as a sentence for inline messages. The
    /// bounds are written by [`plain_number`], which [`parse_number`] reads
    /// back, so typing what the sentence shows is always accepted.
    pub fn accepted(self) -> String {
        let s = self.spec();
        let kind = if s.whole {
            "a whole number"
        } else {
            "a number"
        };
        if s.min_exclusive {
            format!(
                "Enter {kind} greater than {} and at most {}.",
                plain_number(s.min),
                plain_number(s.max)
            )
        } else {
            format!(
                "Enter {kind} from {} to {}.",
                plain_number(s.min),
                plain_number(s.max)
            )
        }
    }

    /// Whether `value` is acceptable for this field.
    pub fn accepts(self, value: f64) -> bool {
        let s = self.spec();
        value.is_finite()
            && value <= s.max
            && (if s.min_exclusive {
                value > s.min
            } else {
                value >= s.min
            })
            && (!s.whole || value.fract() == 0.0)
    }

    /// The one range rule, for both edges: accepts `value` or says why not
    /// and which value to use instead. A text field keeps its last good
    /// value and shows the reason; the URL takes the value instead, so a
    /// slightly wrong link still opens close to what it meant.
    pub fn check(self, value: f64) -> Result<f64, Rejected> {
        if self.accepts(value) {
            // `-0` is accepted but would be shown as "-0 GB".
            return Ok(if value == 0.0 { 0.0 } else { value });
        }
        let s = self.spec();
        let error = if !value.is_finite() {
            FieldError::NotFinite
        } else if s.min_exclusive && value <= s.min {
            FieldError::NotAboveMinimum
        } else if value < s.min || value > s.max {
            FieldError::OutOfRange
        } else {
            FieldError::NotWhole
        };
        let near = if s.whole { value.round() } else { value };
        let near = within(near, s.min, s.max);
        let instead = if self.accepts(near) { near } else { s.default };
        Err(Rejected {
            field: self,
            error,
            instead,
        })
    }
}

/// A value a field did not accept: why, and what the URL edge uses instead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rejected {
    /// The field it was typed into.
    pub field: Field,
    /// What was wrong.
    pub error: FieldError,
    /// The nearest value the field accepts (clamped, rounded), or its
    /// default when the text was not a usable number.
    pub instead: f64,
}

impl Rejected {
    /// The notice for a URL parameter, after the quoted value: "is out of
    /// range; using 1,000,000".
    pub fn notice(&self) -> String {
        let default = if self.error.unreadable() {
            "the default "
        } else {
            ""
        };
        format!(
            "{}; using {default}{}",
            self.error,
            plain_number(self.instead)
        )
    }

    /// The message under a text field: what was wrong, what to type, and
    /// the value the page still computes with (`kept`, the last good one).
    /// Numbers are written by [`plain_number`], so any of them can be typed
    /// back as shown.
    pub fn message(&self, kept: f64) -> String {
        let subject = if self.error == FieldError::Empty {
            "The field"
        } else {
            "That"
        };
        let how = if self.error == FieldError::NotANumber {
            let spec = self.field.spec();
            let point = if spec.whole {
                ""
            } else {
                " with an optional decimal point"
            };
            format!("Type digits{point}, like {}. ", write_number(spec.default))
        } else {
            String::new()
        };
        format!(
            "{subject} {}. {how}{} Still using {}.",
            self.error,
            self.field.accepted(),
            plain_number(kept)
        )
    }
}

/// Parses text typed into `field`: a number the field accepts, or why not
/// and what the URL edge uses instead.
pub fn parse_field(field: Field, raw: &str) -> Result<f64, Rejected> {
    match parse_number(raw) {
        Ok(v) => field.check(v),
        Err(error) => Err(Rejected {
            field,
            error,
            instead: field.spec().default,
        }),
    }
}
