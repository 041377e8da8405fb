//! How sure the system's money is: the plan's totals and its start-here
//! ranking at the end of the ranges that favours Rust, at the expected
//! values and at the end that favours Go. The ranges are the single page's
//! (the URL's range parameters): the team fields' apply to the system, the
//! fleet fields' are carried to each service's own value
//! ([`Shared::ranges_for`]); every `svc` row's fleet stays a point.

use super::super::cost::BreakEven;
use super::super::estimate::RANGE_FIELDS;
use super::super::export::common::range_list;
use super::super::fields::Field;
use super::super::money::{Cents, Money};
use super::super::range::{rust_end_is_low, Span};
use super::plan::{analyse, Start, SystemReport};
use super::service::{System, FLEET, TEAM};
use super::words::Name;

/// The system's plan at one point of the ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemPoint {
    /// What the plan saves per month against all-Go once the ramp is over
    /// ([`SystemReport::plan_net`]).
    pub net: Cents,
    /// When the plan pays back its learning.
    pub break_even: BreakEven,
    /// The services the plan moves, by index, in start-here order (empty
    /// when nothing moves).
    pub order: Vec<usize>,
}

impl SystemPoint {
    fn of(report: &SystemReport) -> SystemPoint {
        SystemPoint {
            net: report.plan_net(),
            break_even: report.break_even,
            order: match &report.start {
                Start::Path(steps) => steps.iter().map(|s| s.index).collect(),
                Start::AllGo(_) => Vec::new(),
            },
        }
    }
}

/// The system's money and ranking across the ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemRange {
    /// Months compared.
    pub horizon: u32,
    /// Every range at the end that favours Rust.
    pub rust_end: SystemPoint,
    /// Every input at its expected value: what the page shows.
    pub expected: SystemPoint,
    /// Every range at the end that favours Go.
    pub go_end: SystemPoint,
    /// Whether nothing the system reads carries a range.
    pub point: bool,
    /// Whether any service moves (else there is no money to range over).
    pub moves: bool,
}

/// The system with every range at the end that favours Rust (`rust`) or
/// Go: the team fields set on the shared inputs, the fleet fields on each
/// service (its own value carried to that end). The hybrid's share in Rust
/// has no fixed direction; the end whose plan saves more per month once
/// the ramp is over is the Rust end.
pub fn end_system(system: &System, rust: bool) -> System {
    let shared = &system.shared;
    let mut out = system.clone();
    for f in RANGE_FIELDS {
        // The latency and safety value belongs to each service's own page.
        let Some(low) = rust_end_is_low(f).filter(|_| FLEET.contains(&f) || TEAM.contains(&f))
        else {
            continue;
        };
        let pick =
            |e: super::super::estimate::Estimate| if low == rust { e.low() } else { e.high() };
        if FLEET.contains(&f) {
            for (i, s) in system.services.iter().enumerate() {
                let e = shared
                    .ranges_for(&s.fleet)
                    .get(f, &s.fleet.apply(&shared.cost));
                out.services[i].fleet.set(f, pick(e));
            }
        } else {
            out.shared
                .cost
                .set(f, pick(shared.ranges.get(f, &shared.cost)));
        }
    }
    let share = shared.ranges.get(Field::RustShare, &shared.cost);
    if !share.is_point() {
        let net = |v: f64| {
            let mut s = out.clone();
            s.shared.cost.set(Field::RustShare, v);
            analyse(&s).plan_net()
        };
        let (low, high) = (net(share.low()), net(share.high()));
        let take_low = if rust { low >= high } else { low <= high };
        out.shared.cost.set(
            Field::RustShare,
            if take_low { share.low() } else { share.high() },
        );
    }
    out
}

/// The system's plan and ranking at both ends of the ranges and at the
/// expected values (`report`, the system's analysis).
pub fn system_range(system: &System, report: &SystemReport) -> SystemRange {
    let (rust, go) = (end_system(system, true), end_system(system, false));
    let point = rust == go;
    SystemRange {
        horizon: report.horizon,
        rust_end: SystemPoint::of(&analyse(&rust)),
        expected: SystemPoint::of(report),
        go_end: SystemPoint::of(&analyse(&go)),
        point,
        moves: report.plan_experience.is_some(),
    }
}

impl SystemRange {
    /// The three break-evens, which the words are made of.
    pub fn span(&self) -> Span {
        Span {
            rust_end: self.rust_end.break_even,
            expected: self.expected.break_even,
            go_end: self.go_end.break_even,
            horizon: self.horizon,
            point: self.point,
        }
    }

    /// Whether the plan's money verdict (pays back within the horizon or
    /// not) is the same at both ends.
    pub fn holds(&self) -> bool {
        self.span().holds()
    }

    /// The plan's money across the ranges, in the single page's words
    /// ([`Span::sentence`]): "The plan pays back in month 13; between month
    /// 9 and month 20 across the ranges, ..." `None` when nothing moves.
    pub fn sentence(&self) -> Option<String> {
        self.moves.then(|| self.span().sentence("The plan"))
    }

    /// Whether the start-here order differs at either end.
    pub fn ranking_changes(&self) -> bool {
        self.rust_end.order != self.expected.order || self.go_end.order != self.expected.order
    }

    /// When the start-here ranking would change across the ranges, says
    /// how, for each end where it does: "At the end of the ranges that
    /// favours Go, ledger would come before api-gateway." Otherwise that it
    /// holds. `None` when fewer than two services move (nothing to rank).
    pub fn ranking_sentence(&self, system: &System, name: Name) -> Option<String> {
        if self.expected.order.len() < 2 {
            return None;
        }
        if self.point {
            return Some(
                "Every input is a point estimate, so the start-here ranking has no range.".into(),
            );
        }
        let mut parts = Vec::new();
        for (end, point) in [("Rust", &self.rust_end), ("Go", &self.go_end)] {
            let first = self
                .expected
                .order
                .iter()
                .zip(&point.order)
                .find(|(e, p)| e != p);
            if let Some((&before, &now)) = first {
                parts.push(format!(
                    "At the end of the ranges that favours {end}, {} would come before {}.",
                    name(system.services[now].name.as_str()),
                    name(system.services[before].name.as_str()),
                ));
            }
        }
        Some(if parts.is_empty() {
            "The start-here ranking is the same across the ranges.".into()
        } else {
            parts.join(" ")
        })
    }
}

/// The money's range and the ranking's, for the exports: the two
/// sentences after one another, or nothing when nothing moves.
pub fn range_words(system: &System, report: &SystemReport, name: Name) -> String {
    let r = system_range(system, report);
    let mut out = String::new();
    for s in [r.sentence(), r.ranking_sentence(system, name)]
        .into_iter()
        .flatten()
    {
        out.push(' ');
        out += &s;
    }
    out
}

/// The ranges the system's figures read, as an assumptions line; `None`
/// when every one is a point estimate. RAM per Rust instance and CPU saved
/// are listed around the default fleet and carried to each service's own
/// value.
pub fn ranges_assumption(system: &System, money: Money) -> Option<String> {
    let shared = &system.shared;
    let fields: Vec<Field> = RANGE_FIELDS
        .into_iter()
        .filter(|f| FLEET.contains(f) || TEAM.contains(f))
        .collect();
    let ranged = range_list(&shared.cost, &shared.ranges, &fields, money);
    (!ranged.is_empty()).then(|| {
        format!(
            "- **Ranges** (low to high; the money's range and the ranking's price their ends; RAM per Rust instance and CPU saved are carried to each service's own value): {}.\n",
            ranged.join("; ")
        )
    })
}
