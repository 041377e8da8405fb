//! The result to keep: per category the median, the range and how many
//! votes lie within one point of the median; the verdict of the medians
//! with the money from the one answer (`decide`, as the single page
//! computes it); as Markdown for the meeting notes and as CSV.

use crate::model::cost::{estimate, CostInputs};
use crate::model::decision::{decide, MoneyVerdict};
use crate::model::money::Money;
use crate::model::query::ServiceName;
use crate::model::rubric::Verdict;
use crate::model::score::{Category, Scores};
use crate::model::text::{and_list, count, md_text};
use crate::model::weights::Weights;

use super::checks::Expected;
use super::tally::Spread;
use super::votes::Room;

/// What the room decided, ready to render or export.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomResult {
    /// Every category's spread, in rubric order.
    pub spreads: [Spread; 5],
    /// The median scores.
    pub median: Scores,
    /// The verdict of the median scores, by the page's rule and weights.
    pub verdict: Verdict,
    /// The money beside that verdict, from the page's cost inputs at the
    /// median experience: what the calculator shows for the median.
    pub money: MoneyVerdict,
    /// The weights judged with.
    pub weights: Weights,
    /// Who voted, in order (unnamed votes as empty labels).
    pub voters: Vec<String>,
    /// Who was expected and has not voted.
    pub missing: Vec<String>,
}

/// A range as the room writes it: `2–5`, or `3` when everyone agrees.
pub fn range_text(s: &Spread) -> String {
    if s.range() == 0 {
        s.min.to_string()
    } else {
        format!("{}–{}", s.min, s.max)
    }
}

/// One CSV field: quoted when it holds a comma, a quote or a line break.
fn csv_field(raw: &str) -> String {
    if raw.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", raw.replace('"', "\"\""))
    } else {
        raw.to_string()
    }
}

impl RoomResult {
    /// The result of a room; `None` without votes.
    pub fn new(
        room: &Room,
        weights: &Weights,
        cost: &CostInputs,
        expected: &Expected,
    ) -> Option<RoomResult> {
        let median = room.median()?;
        let verdict = room.verdict(weights)?;
        let mut spreads = Vec::with_capacity(5);
        for c in Category::ALL {
            spreads.push(room.spread(c)?);
        }
        let experience = median.get(Category::Experience);
        let report = estimate(cost, experience);
        Some(RoomResult {
            spreads: spreads.try_into().ok()?,
            median,
            verdict,
            money: decide(verdict, &report, experience, cost),
            weights: *weights,
            voters: room.votes().iter().map(|v| v.label.to_string()).collect(),
            missing: expected
                .missing(room)
                .iter()
                .map(|l| l.to_string())
                .collect(),
        })
    }

    /// How many voted, and who of those expected has not: "5 votes" or
    /// "5 votes; not voted yet: Fay and Gus".
    pub fn turnout(&self) -> String {
        let voted = count(self.voters.len(), "vote");
        if self.missing.is_empty() {
            voted
        } else {
            format!("{voted}; not voted yet: {}", and_list(&self.missing))
        }
    }

    /// The result as Markdown for the meeting notes: a heading naming the
    /// service, who voted, the table, the verdict with its money.
    pub fn markdown(&self, service: &ServiceName, money: Money) -> String {
        let name = if service.is_empty() {
            "the service".to_string()
        } else {
            md_text(service.as_str())
        };
        let mut out = format!("## The room's result for {name}\n\n");
        let named: Vec<String> = self
            .voters
            .iter()
            .filter(|v| !v.is_empty())
            .map(|v| md_text(v))
            .collect();
        out += &count(self.voters.len(), "vote");
        if !named.is_empty() {
            out += &format!(" ({})", and_list(&named));
        }
        if !self.missing.is_empty() {
            let missing: Vec<String> = self.missing.iter().map(|m| md_text(m)).collect();
            out += &format!("; not voted yet: {}", and_list(&missing));
        }
        out += ".\n\n";
        out += "| Category | Median | Range | Within one point of the median |\n";
        out += "|---|---:|---:|---:|\n";
        for s in &self.spreads {
            out += &format!(
                "| {} | {} | {} | {} of {} |\n",
                s.category.label(),
                s.median,
                range_text(s),
                s.agree(),
                s.votes()
            );
        }
        out += &format!(
            "\n**Verdict of the medians: {}.** {}\n",
            self.verdict.title(),
            self.verdict.rationale()
        );
        if let Some(w) = self.weights.describe() {
            out += &format!("\n{w}\n");
        }
        out += &format!("\n{}\n", self.money.sentence(money));
        out
    }

    /// The per-category figures as CSV, one row per category, with a
    /// header row.
    pub fn csv(&self) -> String {
        let mut out = String::from("category,param,median,min,max,within_one,votes\n");
        for s in &self.spreads {
            let row = [
                csv_field(s.category.label()),
                s.category.param().to_string(),
                s.median.to_string(),
                s.min.to_string(),
                s.max.to_string(),
                s.agree().to_string(),
                s.votes().to_string(),
            ];
            out += &row.join(",");
            out.push('\n');
        }
        out
    }
}
