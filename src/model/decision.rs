//! The money in the verdict: which plan the verdict implies, whether the
//! money agrees, and what latency and safety must be worth when it does
//! not, in one paragraph that a finance partner and an engineer read the
//! same way.
//!
//! The verdict comes from the rubric alone. The money never overrides it;
//! it says what the verdict costs and, where the two disagree, what the
//! verdict rests on instead.

use super::cost::{BreakEven, CostInputs, CostReport, Plan, PlanCost, SCOPE};
use super::money::{shown_up, Cents, Money};
pub use super::money_flips::{
    flip_step, money_flips, value_needed, MoneyFlip, FLIP_FACTOR, MONEY_FLIP_FIELDS, NO_MONEY_FLIP,
};
use super::number::plain_number;
use super::rubric::Verdict;
use super::score::Score;
use super::text::{and_list, capitalized};

/// Break-even months past this read as "not within 10 years": a month
/// number hundreds of years out is false precision for an estimate.
const TEN_YEARS: u32 = 120;

/// A plan against Go as the texts print it: the plan's amounts as shown
/// ([`PlanCost::cents`]), and the net summed from those, so a reader
/// adding up the printed amounts gets exactly the printed net.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Printed {
    /// How much less infrastructure costs than Go's (negative: more).
    infra_saving: Cents,
    /// Latency and safety value the plan captures.
    benefit: Cents,
    /// Second toolchain.
    toolchain: Cents,
    /// Slower work after the ramp.
    people: Cents,
    /// One-time learning.
    learning: Cents,
    /// What the plan gains on Go per month after the ramp.
    net: Cents,
}

impl Printed {
    fn of(go: &PlanCost, plan: &PlanCost) -> Printed {
        let c = &plan.cents;
        Printed {
            infra_saving: c.infra_saving(&go.cents),
            benefit: c.benefit,
            toolchain: c.toolchain,
            people: c.people,
            learning: c.learning,
            net: c.gain_on(&go.cents),
        }
    }

    /// Whether infrastructure is the only monthly difference, so the plain
    /// "costs less to run" wording says everything.
    fn infra_only(&self) -> bool {
        self.benefit.is_zero() && self.toolchain.is_zero() && self.people.is_zero()
    }
}

/// The break-even as the texts need it. [`BreakEven`] is exact; this reads
/// it as a person would: amounts that round to zero cents are zero, and
/// anything past ten years is just "not within 10 years".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Payback {
    /// Nothing to learn, and the plan costs no more than Go.
    Immediate,
    /// Pays back in this month, within the horizon and ten years.
    Month(u32),
    /// Pays back in this month, after the horizon but within ten years.
    AfterHorizon(u32),
    /// Pays back, but only after ten years.
    BeyondTenYears,
    /// After the ramp the plan and Go cost the same, so nothing repays the
    /// learning.
    NoSaving,
    /// After the ramp the plan costs more per month than Go.
    CostsMore,
}

fn payback(break_even: BreakEven, printed: &Printed) -> Payback {
    match break_even {
        BreakEven::Immediate => Payback::Immediate,
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) if m > TEN_YEARS => {
            Payback::BeyondTenYears
        }
        BreakEven::Month(m) => Payback::Month(m),
        BreakEven::AfterHorizon(m) => Payback::AfterHorizon(m),
        // `Never` with a gain: too small to count the months in.
        BreakEven::Never if printed.net.is_positive() => Payback::BeyondTenYears,
        BreakEven::Never if printed.net.is_negative() => Payback::CostsMore,
        BreakEven::Never => Payback::NoSaving,
    }
}

/// The plan as the subject of a sentence.
pub(crate) fn subject(plan: Plan) -> &'static str {
    match plan {
        Plan::Go => "Go",
        Plan::Hybrid => "the hybrid",
        Plan::Rust => "Rust",
    }
}

/// What the plan gains or loses on Go per month, with what it is made of:
/// "Rust costs $544.66 less per month to run than Go", or, when more than
/// infrastructure differs, "Rust comes out $1,544.66 a month ahead of Go
/// ($544.66 less infrastructure and $1,000.00 of latency and safety value)".
fn monthly_phrase(plan: Plan, p: &Printed, money: Money) -> String {
    let who = capitalized(subject(plan));
    if p.infra_only() {
        return match p.infra_saving {
            d if d.is_positive() => {
                format!("{who} costs {} less per month to run than Go", money(d))
            }
            d if d.is_negative() => {
                format!("{who} costs {} more per month to run than Go", money(-d))
            }
            _ => format!("{who} and Go cost the same per month to run"),
        };
    }
    let mut items = Vec::new();
    match p.infra_saving {
        d if d.is_positive() => items.push(format!("{} less infrastructure", money(d))),
        d if d.is_negative() => items.push(format!("{} more infrastructure", money(-d))),
        _ => {}
    }
    if p.benefit.is_positive() {
        items.push(format!("{} of latency and safety value", money(p.benefit)));
    }
    if p.toolchain.is_positive() {
        items.push(format!("{} for a second toolchain", money(p.toolchain)));
    }
    if p.people.is_positive() {
        items.push(format!("{} of slower work", money(p.people)));
    }
    let when = if p.people.is_positive() {
        " once the ramp is over"
    } else {
        ""
    };
    let items = and_list(&items);
    match p.net {
        d if d.is_positive() => format!(
            "{who} comes out {} a month ahead of Go{when} ({items})",
            money(d)
        ),
        d if d.is_negative() => format!(
            "{who} comes out {} a month behind Go{when} ({items})",
            money(-d)
        ),
        _ => format!("{who} comes out even with Go{when} ({items})"),
    }
}

/// What that means for the learning cost, as the rest of the sentence.
fn outcome(payback: Payback, p: &Printed, horizon: u32, money: Money) -> String {
    let learning = money(p.learning);
    match payback {
        Payback::Immediate => "and there is no learning cost to pay back.".into(),
        Payback::Month(m) => format!("so its {learning} of learning pays back in month {m}."),
        Payback::AfterHorizon(m) => format!(
            "but its {learning} of learning does not pay back within the {horizon}-month horizon: at these figures it would take until month {m}."
        ),
        Payback::BeyondTenYears if horizon < TEN_YEARS => format!(
            "but its {learning} of learning does not pay back within the {horizon}-month horizon: at these figures it would take more than 10 years."
        ),
        Payback::BeyondTenYears => {
            format!("but its {learning} of learning does not pay back within 10 years at these figures.")
        }
        Payback::NoSaving | Payback::CostsMore if p.learning.is_positive() => {
            format!("so its {learning} of learning never pays back.")
        }
        Payback::NoSaving | Payback::CostsMore => "so it never pays for itself.".into(),
    }
}

/// One plan against Go in one sentence: what it gains or loses per month
/// and when its learning pays back.
pub fn plan_sentence(report: &CostReport, plan: Plan, money: Money) -> String {
    let (go, other) = (report.plan(Plan::Go), report.plan(plan));
    let p = Printed::of(go, other);
    format!(
        "{}, {}",
        monthly_phrase(plan, &p, money),
        outcome(payback(other.break_even, &p), &p, report.horizon, money)
    )
}

/// A break-even month as a label, the one wording every view uses: "Month
/// 7", "Not within the 24-month horizon (month 30)", and past ten years
/// "Not within 10 years" (a month number centuries out is false precision).
pub fn month_label(m: u32, horizon: u32) -> String {
    if m > TEN_YEARS {
        "Not within 10 years".into()
    } else if m > horizon {
        format!("Not within the {horizon}-month horizon (month {m})")
    } else {
        format!("Month {m}")
    }
}

/// A break-even month inside a sentence: "pays back in month 7", "pays
/// back in month 30, after the 24-month horizon", "does not pay back within
/// 10 years".
pub fn month_phrase(m: u32, horizon: u32) -> String {
    if m > TEN_YEARS {
        "does not pay back within 10 years".into()
    } else if m > horizon {
        format!("pays back in month {m}, after the {horizon}-month horizon")
    } else {
        format!("pays back in month {m}")
    }
}

/// One plan's break-even as a head and, where the head alone does not say
/// why, the reason: ("Never", "Rust costs more to run").
fn label_parts(report: &CostReport, plan: Plan) -> (String, Option<String>) {
    label_parts_of(report.plan(Plan::Go), report.plan(plan), report.horizon)
}

/// [`label_parts`] from the two plans and the horizon.
fn label_parts_of(go: &PlanCost, other: &PlanCost, horizon: u32) -> (String, Option<String>) {
    let plan = other.plan;
    let p = Printed::of(go, other);
    let who = subject(plan);
    let never = |why: String| ("Never".to_string(), Some(why));
    match payback(other.break_even, &p) {
        Payback::Immediate => ("Immediately".into(), Some("no learning cost".into())),
        Payback::Month(m) | Payback::AfterHorizon(m) => (month_label(m, horizon), None),
        Payback::BeyondTenYears => (month_label(TEN_YEARS + 1, horizon), None),
        Payback::NoSaving => never(format!("{who} saves nothing per month")),
        Payback::CostsMore if p.infra_only() => never(format!("{who} costs more to run")),
        Payback::CostsMore if p.people.is_positive() => {
            never(format!("{who} costs more per month once the ramp is over"))
        }
        Payback::CostsMore => never(format!("{who} costs more per month")),
    }
}

/// One plan's break-even as a short phrase that stands alone, for a label
/// value: "Month 7", "Not within 10 years", "Never: Rust costs more to run".
pub fn plan_break_even_label(report: &CostReport, plan: Plan) -> String {
    label_text(label_parts(report, plan))
}

/// A break-even's head and reason as one label.
fn label_text(parts: (String, Option<String>)) -> String {
    match parts {
        (head, Some(why)) => format!("{head}: {why}"),
        (head, None) => head,
    }
}

/// The same break-even inside a sentence that already has a colon:
/// "Never (Rust costs more to run)".
pub(crate) fn break_even_in_text(report: &CostReport, plan: Plan) -> String {
    match label_parts(report, plan) {
        (head, Some(why)) => format!("{head} ({why})"),
        (head, None) => head,
    }
}

/// The Rust plan's break-even as a label; see [`plan_break_even_label`].
pub fn break_even_label(report: &CostReport) -> String {
    plan_break_even_label(report, Plan::Rust)
}

/// The Rust plan against Go in one sentence; see [`plan_sentence`].
pub fn break_even_sentence(report: &CostReport, money: Money) -> String {
    plan_sentence(report, Plan::Rust, money)
}

/// The plan a verdict implies. A close call starts in Go.
pub const fn plan_for(verdict: Verdict) -> Plan {
    match verdict {
        Verdict::Go | Verdict::Close => Plan::Go,
        Verdict::Hybrid => Plan::Hybrid,
        Verdict::Rust => Plan::Rust,
    }
}

/// The plan that uses Rust whose money is set beside a verdict: the
/// implied plan, or Rust for a Go or close-call verdict, so the reader
/// sees what Rust would have saved.
pub const fn rust_plan_for(verdict: Verdict) -> Plan {
    match plan_for(verdict) {
        Plan::Go | Plan::Rust => Plan::Rust,
        Plan::Hybrid => Plan::Hybrid,
    }
}

/// The money set beside a verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyVerdict {
    /// The verdict it is about.
    pub verdict: Verdict,
    /// The plan the verdict implies: Go for Go and a close call.
    pub plan: Plan,
    /// The plan using Rust whose money is described: the implied plan, or
    /// Rust for a Go or close-call verdict.
    pub rust_plan: Plan,
    /// The extra latency and safety value per month (on top of the
    /// `value_month` input) `rust_plan` needs to pay back within the
    /// horizon; see [`value_needed`].
    pub value_needed: Option<Cents>,
    go: PlanCost,
    other: PlanCost,
    horizon: u32,
    value_month: f64,
}

/// Sets the money beside a verdict. `report` is the estimate of `inputs`
/// at the team's Rust `experience`, as the page already holds it. Of the
/// scores only experience counts: the others reach the money through the
/// verdict alone.
pub fn decide(
    verdict: Verdict,
    report: &CostReport,
    experience: Score,
    inputs: &CostInputs,
) -> MoneyVerdict {
    let plan = plan_for(verdict);
    let rust_plan = rust_plan_for(verdict);
    let (go, other) = (*report.plan(Plan::Go), *report.plan(rust_plan));
    MoneyVerdict {
        verdict,
        plan,
        rust_plan,
        value_needed: value_needed(inputs, experience, rust_plan),
        go,
        other,
        horizon: report.horizon,
        value_month: report.value_month,
    }
}

/// What `plan` gains on `go` per month as [`MoneyVerdict::monthly`] counts
/// it (the amounts as shown, summed), in the currency's unit.
pub fn plan_monthly(go: &PlanCost, plan: &PlanCost) -> f64 {
    Printed::of(go, plan).net.units()
}

/// The monthly figure of a [`MoneyVerdict`] as a headline: a label that
/// names the plan and says which way the money goes, and the amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthlyHeadline {
    /// "Monthly saving with the hybrid", "Monthly extra cost of Rust, after
    /// the ramp", ...
    pub label: String,
    /// The amount, for large type: "$652.28"; empty when there is none.
    pub amount: String,
    /// What follows it: " more than Go", or "Same as Go" alone.
    pub tail: String,
}

impl MonthlyHeadline {
    /// The whole figure: "$435.73", "$652.28 more than Go", "Same as Go".
    pub fn value(&self) -> String {
        format!("{}{}", self.amount, self.tail)
    }
}

impl MoneyVerdict {
    /// When `rust_plan` pays back against Go: that plan's own break-even.
    pub fn break_even(&self) -> BreakEven {
        self.other.break_even
    }

    /// What `rust_plan` saves per month on infrastructure alone, as shown
    /// (negative: it costs more).
    pub fn saving_month(&self) -> Cents {
        self.other.cents.infra_saving(&self.go.cents)
    }

    /// What `rust_plan` gains on Go per month, exactly as [`Self::sentence`]
    /// counts it: infrastructure saved, plus the latency and safety value
    /// it captures, less a second toolchain and, once the ramp is over,
    /// slower work; each amount as shown. Positive when the plan saves,
    /// negative when it costs more than Go.
    pub fn monthly(&self) -> Cents {
        Printed::of(&self.go, &self.other).net
    }

    /// [`Self::monthly`] as a headline that names `rust_plan`; a plan that
    /// costs more is never labelled a saving.
    pub fn monthly_headline(&self, money: Money) -> MonthlyHeadline {
        let p = Printed::of(&self.go, &self.other);
        let who = subject(self.rust_plan);
        let when = if p.people.is_positive() {
            ", after the ramp"
        } else {
            ""
        };
        let net = p.net;
        let (label, amount, tail) = if net.is_positive() {
            (
                format!("Monthly saving with {who}{when}"),
                money(net),
                String::new(),
            )
        } else if net.is_negative() {
            (
                format!("Monthly extra cost of {who}{when}"),
                money(-net),
                " more than Go".to_string(),
            )
        } else {
            (
                format!("Monthly difference with {who}{when}"),
                String::new(),
                "Same as Go".to_string(),
            )
        };
        MonthlyHeadline {
            label,
            amount,
            tail,
        }
    }

    /// The heading of `rust_plan`'s break-even: "Hybrid break-even",
    /// "Rust break-even".
    pub fn break_even_heading(&self) -> String {
        format!("{} break-even", self.rust_plan.name())
    }

    /// `rust_plan`'s break-even as a label, the same words the cost table
    /// uses for that plan; see [`plan_break_even_label`].
    pub fn break_even_label(&self) -> String {
        label_text(self.break_even_parts())
    }

    /// [`Self::break_even_label`] as its head and, where the head alone
    /// does not say why, the reason: ("Never", "the hybrid costs more per
    /// month"), for a headline that sets the reason in smaller type.
    pub fn break_even_parts(&self) -> (String, Option<String>) {
        label_parts_of(&self.go, &self.other, self.horizon)
    }

    /// The money beside the verdict, in words: what the plan gains or
    /// loses per month and when it pays back; when it does not, what
    /// latency and safety must be worth for it to; for Go and a close
    /// call, what Rust would save and why the verdict stands anyway; and
    /// always what the cost side leaves out ([`SCOPE`]).
    pub fn sentence(&self, money: Money) -> String {
        let p = Printed::of(&self.go, &self.other);
        let head = format!(
            "{}, {}",
            monthly_phrase(self.rust_plan, &p, money),
            outcome(payback(self.break_even(), &p), &p, self.horizon, money)
        );
        let who = subject(self.rust_plan);
        let within = self.break_even().within_horizon();
        // Go bears all of the value entered, as shown.
        let value = self.go.cents.risk;
        let entered = if value.is_positive() {
            format!(" (the inputs put them at {})", money(value))
        } else {
            String::new()
        };
        // Rounded up to the precision the amount is shown at, so typing
        // the figure the reader sees is enough.
        let needed = |extra: Cents| money(shown_up(self.value_month + extra.units()));
        let horizon = self.horizon;
        let middle = match (self.plan, within, self.value_needed) {
            (Plan::Go, true, _) => {
                " The money does not favour Go here, so starting in Go rests on delivery speed and the team's Rust experience."
                    .to_string()
            }
            (Plan::Go, false, Some(extra)) => format!(
                " The money agrees with starting in Go: latency and safety would have to be worth at least {} per month{entered} for {who} to pay back within the {horizon}-month horizon.",
                needed(extra)
            ),
            (_, true, _) | (Plan::Go, false, None) => String::new(),
            (Plan::Hybrid, false, Some(extra)) => format!(
                " The case for {who} then rests on latency and safety in its Rust part: with {}% of the load in Rust, they must be worth at least {} per month across the service{entered} for {who} to pay back within the {horizon}-month horizon.",
                plain_number(self.other.rust_share * 100.0),
                needed(extra)
            ),
            (_, false, Some(extra)) => format!(
                " The case for {who} then rests on latency and safety: they must be worth at least {} per month{entered} for {who} to pay back within the {horizon}-month horizon.",
                needed(extra)
            ),
            (_, false, None) => format!(
                " The case for {who} then rests on latency and safety alone, and with none of the load in Rust no value of them makes it pay back."
            ),
        };
        format!("{}{middle} {SCOPE}", capitalized(&head))
    }
}
