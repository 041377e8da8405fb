//! Cloud list prices the cost inputs can start from.
//!
//! Each list keeps the figure as the provider publishes it (per hour or per
//! second, per GB or per GiB) and derives the per-month prices the cost
//! fields hold, so the page can show where a number came from and a test
//! can check the arithmetic against the published table.
//!
//! The arithmetic is exact: list prices are held in nano-dollars and
//! monthly prices are rounded to the cent once, half up. Floating point
//! would turn GKE's $0.0445 x 730 = $32.485 into 32.48.

use super::cost::CostInputs;
use super::fields::Field;
use super::money::{Currency, Fx, FX_SOURCE};
use super::number::write_number;

/// Hours in the month every figure is computed for: 8,760 hours a year
/// over 12 months, as the AWS pricing calculator counts a month.
pub const HOURS_PER_MONTH: u64 = 730;

/// Bytes in a GiB over bytes in a GB, as a fraction: 1 GiB is
/// 1.073741824 GB. The cost model counts decimal GB (50 x 200 MB = 10 GB),
/// so a per-GiB price is divided by this before it is used.
const GIB_BYTES: u128 = 1 << 30;
const GB_BYTES: u128 = 1_000_000_000;

/// Nano-dollars in a cent.
const NANOS_PER_CENT: u128 = 10_000_000;

/// What a list price is charged per.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Per hour (AWS, GKE).
    Hour,
    /// Per second (Cloud Run, Azure Container Apps).
    Second,
}

impl Period {
    /// How the provider names it after the resource ("vCPU-hour").
    pub const fn name(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Second => "second",
        }
    }

    const fn per_hour(self) -> u128 {
        match self {
            Period::Hour => 1,
            Period::Second => 3600,
        }
    }
}

/// The memory unit a list price is charged per.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemoryUnit {
    /// Decimal gigabyte, 10^9 bytes, the unit the cost model counts in.
    Gb,
    /// Binary gibibyte, 2^30 bytes.
    Gib,
}

impl MemoryUnit {
    /// How the provider writes it.
    pub const fn name(self) -> &'static str {
        match self {
            MemoryUnit::Gb => "GB",
            MemoryUnit::Gib => "GiB",
        }
    }
}

/// One provider's published prices for a container's CPU and memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceList {
    /// The product, region and billing mode the figures are for.
    pub name: &'static str,
    /// Price of one vCPU per period, in nano-dollars (10^-9 USD), so the
    /// published decimals are held exactly.
    pub vcpu_nanos: u64,
    /// Price of one memory unit per period, in nano-dollars.
    pub memory_nanos: u64,
    /// What both prices are charged per.
    pub period: Period,
    /// What the memory price is charged per.
    pub memory_unit: MemoryUnit,
    /// Where the figures were read.
    pub source: &'static str,
    /// Where to check the current price.
    pub url: &'static str,
    /// When the figures were published or read.
    pub as_of: &'static str,
    /// What the monthly figures leave out, if anything.
    pub caveat: Option<&'static str>,
}

/// Said of a figure whose source gives no date.
const UNDATED: &str = "list price as of 2026";

/// A cloud whose list prices can fill the price fields. The ids are part
/// of the URL (`cloud=`), so they never change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Cloud {
    /// AWS Fargate, us-east-1, Linux on x86: the prices the fields have
    /// always defaulted to.
    #[default]
    FargateX86,
    /// AWS Fargate, us-east-1, Linux on ARM (Graviton).
    FargateArm,
    /// Google Cloud Run, instance-based billing.
    CloudRun,
    /// Azure Container Apps, consumption plan, active usage.
    AzureAca,
    /// GKE Autopilot, general-purpose pods.
    GkeAutopilot,
}

impl Cloud {
    /// Every cloud, in picker order.
    pub const ALL: [Cloud; 5] = [
        Cloud::FargateX86,
        Cloud::FargateArm,
        Cloud::CloudRun,
        Cloud::AzureAca,
        Cloud::GkeAutopilot,
    ];

    /// The `cloud=` value: public interface, never rename.
    pub const fn id(self) -> &'static str {
        match self {
            Cloud::FargateX86 => "fargate-x86",
            Cloud::FargateArm => "fargate-arm",
            Cloud::CloudRun => "cloud-run",
            Cloud::AzureAca => "azure-aca",
            Cloud::GkeAutopilot => "gke-autopilot",
        }
    }

    /// Looks a cloud up by id, ignoring case and surrounding spaces.
    pub fn parse(raw: &str) -> Option<Cloud> {
        let t = raw.trim();
        Cloud::ALL
            .into_iter()
            .find(|c| t.eq_ignore_ascii_case(c.id()))
    }

    /// The published figures.
    pub const fn list(self) -> &'static PriceList {
        const FARGATE_SOURCE: &str = "Vantage blog on Fargate pricing";
        const FARGATE_URL: &str = "https://vantage.sh/blog/fargate-pricing";
        match self {
            Cloud::FargateX86 => &PriceList {
                name: "AWS Fargate us-east-1 Linux/x86",
                vcpu_nanos: 40_480_000,
                memory_nanos: 4_445_000,
                period: Period::Hour,
                memory_unit: MemoryUnit::Gb,
                source: FARGATE_SOURCE,
                url: FARGATE_URL,
                as_of: UNDATED,
                caveat: None,
            },
            Cloud::FargateArm => &PriceList {
                name: "AWS Fargate us-east-1 Linux/ARM",
                vcpu_nanos: 32_380_000,
                memory_nanos: 3_560_000,
                period: Period::Hour,
                memory_unit: MemoryUnit::Gb,
                source: FARGATE_SOURCE,
                url: FARGATE_URL,
                as_of: UNDATED,
                caveat: None,
            },
            Cloud::CloudRun => &PriceList {
                name: "Google Cloud Run, instance-based billing",
                vcpu_nanos: 18_000,
                memory_nanos: 2_000,
                period: Period::Second,
                memory_unit: MemoryUnit::Gib,
                source: "Google Cloud Run pricing page (undated copy; memory rate via secondary sources)",
                url: "https://cloud.google.com/run/pricing",
                as_of: UNDATED,
                caveat: None,
            },
            Cloud::AzureAca => &PriceList {
                name: "Azure Container Apps, active usage",
                vcpu_nanos: 24_000,
                memory_nanos: 3_000,
                period: Period::Second,
                memory_unit: MemoryUnit::Gib,
                source: "Microsoft Tech Community post (Central US)",
                url: "https://azure.microsoft.com/pricing/details/container-apps/",
                as_of: "2025-05-30",
                caveat: Some("Consumption plan at the active rate, before the monthly free grant; idle replicas cost less."),
            },
            Cloud::GkeAutopilot => &PriceList {
                name: "GKE Autopilot general-purpose pods",
                vcpu_nanos: 44_500_000,
                memory_nanos: 4_922_500,
                period: Period::Hour,
                memory_unit: MemoryUnit::Gb,
                source: "Third-party summaries of GKE pricing; no official table found",
                url: "https://cloud.google.com/kubernetes-engine/pricing",
                as_of: UNDATED,
                caveat: Some("Plus $0.10 per cluster-hour, which is not per instance and is left out."),
            },
        }
    }

    /// One vCPU for a month, in cents.
    pub const fn vcpu_month_cents(self) -> u64 {
        let l = self.list();
        round_div(month_nanos(l.vcpu_nanos, l.period), NANOS_PER_CENT)
    }

    /// One memory unit as the list counts it (GB or GiB) for a month, in
    /// cents: the figure the provider's own monthly tables show.
    pub const fn memory_month_listed_cents(self) -> u64 {
        let l = self.list();
        round_div(month_nanos(l.memory_nanos, l.period), NANOS_PER_CENT)
    }

    /// One decimal GB for a month, in cents: a per-GiB price is converted
    /// from the exact monthly price, then rounded once.
    pub const fn gb_month_cents(self) -> u64 {
        let l = self.list();
        let nanos = month_nanos(l.memory_nanos, l.period);
        match l.memory_unit {
            MemoryUnit::Gb => round_div(nanos, NANOS_PER_CENT),
            MemoryUnit::Gib => round_div(nanos * GB_BYTES, GIB_BYTES * NANOS_PER_CENT),
        }
    }

    /// Price of one vCPU-month, as the `vcpu_month` field holds it.
    pub fn vcpu_month(self) -> f64 {
        from_cents(self.vcpu_month_cents())
    }

    /// Price of one decimal GB-month, as the `gb_month` field holds it.
    pub fn gb_month(self) -> f64 {
        from_cents(self.gb_month_cents())
    }

    /// Price of one memory unit as listed (GB or GiB) for a month.
    pub fn memory_month_listed(self) -> f64 {
        from_cents(self.memory_month_listed_cents())
    }

    /// The published prices in the provider's units: "$0.04048 per
    /// vCPU-hour, $0.004445 per GB-hour".
    pub fn list_prices(self) -> String {
        let l = self.list();
        let period = l.period.name();
        format!(
            "${} per vCPU-{period}, ${} per {}-{period}",
            dollars(l.vcpu_nanos),
            dollars(l.memory_nanos),
            l.memory_unit.name()
        )
    }

    /// Whether `cost` holds exactly this list's two monthly prices at
    /// `fx` (converted from its dollars), so the page can say when they
    /// were edited.
    pub fn matches(self, cost: &CostInputs, fx: Fx) -> bool {
        cost.get(Field::GbMonth) == fx.convert(self.gb_month())
            && cost.get(Field::VcpuMonth) == fx.convert(self.vcpu_month())
    }

    /// Each price field still holding this list's price at `from` gets it
    /// at `to`; a price someone typed stays as typed.
    pub fn convert(self, cost: &mut CostInputs, from: Fx, to: Fx) {
        for (f, usd) in [
            (Field::GbMonth, self.gb_month()),
            (Field::VcpuMonth, self.vcpu_month()),
        ] {
            if cost.get(f) == from.convert(usd) {
                cost.set(f, to.convert(usd));
            }
        }
    }

    /// Sets the two price fields to this list's monthly prices, converted
    /// from its dollars at `fx`.
    pub fn apply(self, cost: &mut CostInputs, fx: Fx) {
        // Both are far inside the fields' ranges; a test checks every list.
        cost.set(Field::GbMonth, fx.convert(self.gb_month()));
        cost.set(Field::VcpuMonth, fx.convert(self.vcpu_month()));
    }
}

/// The money inputs other than the two prices: their defaults are sourced
/// in US dollars, so they are converted with the currency.
const DOLLAR_DEFAULTS: [Field; 3] = [Field::EngMonth, Field::ValueMonth, Field::ToolchainMonth];

/// Every field of [`DOLLAR_DEFAULTS`] still at its default converted at
/// `from` is set to its default converted at `to`.
pub fn convert_defaults(cost: &mut CostInputs, from: Fx, to: Fx) {
    for f in DOLLAR_DEFAULTS {
        let d = f.spec().default;
        if cost.get(f) == from.convert(d) {
            cost.set(f, to.convert(d));
        }
    }
}

/// A link in € or £ without a rate (made before `fx` existed) keeps its
/// meaning: its amounts are the figures it was made with, in dollars,
/// shown with the other symbol. The one wording of that fact.
pub const NOT_CONVERTED: &str =
    "Amounts are not converted: this link has no exchange rate (fx), so the list prices and defaults are its US-dollar figures shown with this symbol. Enter a rate, or choose the currency again, to convert them.";

/// The sentence to show next to prices in `currency` at `fx`, if it needs
/// one: what the list prices and dollar defaults were converted at, or
/// that an old link's were not.
pub fn conversion_note(currency: Currency, fx: Fx) -> Option<String> {
    if currency == Currency::Usd {
        return None;
    }
    if fx == Fx::default() {
        return Some(NOT_CONVERTED.to_string());
    }
    let rate = format!("{}{} per $1", currency.symbol(), write_number(fx.get()));
    let whose = if fx == Fx::of(currency) {
        format!("the {FX_SOURCE}")
    } else {
        "the rate entered".to_string()
    };
    Some(format!(
        "List prices and the defaults sourced in US dollars are converted at {rate} ({whose}); amounts you type are taken as typed, in {}.",
        currency.code()
    ))
}

/// A per-period price over [`HOURS_PER_MONTH`], in nano-dollars.
const fn month_nanos(nanos: u64, period: Period) -> u128 {
    nanos as u128 * period.per_hour() * HOURS_PER_MONTH as u128
}

/// `n / d` rounded half up.
const fn round_div(n: u128, d: u128) -> u64 {
    ((2 * n + d) / (2 * d)) as u64
}

/// Cents as the number a field holds: the nearest `f64` to the decimal, the
/// same one parsing "3.24" gives, so URLs read back equal.
fn from_cents(c: u64) -> f64 {
    c as f64 / 100.0
}

/// Nano-dollars as the provider writes them: no trailing zeros.
fn dollars(nanos: u64) -> String {
    let frac = format!("{:09}", nanos % 1_000_000_000);
    let frac = frac.trim_end_matches('0');
    let int = nanos / 1_000_000_000;
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}
