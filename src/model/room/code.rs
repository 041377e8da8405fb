//! The short vote: a code a person can read out or type (`45425 Ana`: the
//! five scores in rubric order, a space, the name), the same as a short
//! link that also names the service, and the blank ballot's link.
//!
//! # The parameters
//!
//! - `ballot=1` opens a blank ballot. It carries the service's `name` and
//!   the decision's weights (`w_*`, only when not all 1) and never the
//!   presenter's scores: every score on a ballot is chosen by its voter.
//! - `vote=CODE` beside `ballot=1` is a vote sent from a ballot; the
//!   ballot it opens shows that vote, and the room reads it as the code
//!   plus the `name` of the service it is for.
//!
//! A code round-trips exactly: [`parse_code`] of [`vote_code`] gives the
//! vote back, whatever its name holds (spaces, any script, 80 characters),
//! because names follow [`Label`]'s cleaning rule, which changes nothing in
//! a clean name.

use crate::model::query::{encode_component, pairs, parse_query, weight_param, ServiceName};
use crate::model::score::{Category, Scores};
use crate::model::weights::Weights;

use super::votes::{Label, Vote, Why};

/// The parameter that opens a ballot. Public interface.
pub const BALLOT_PARAM: &str = "ballot";

/// The parameter that carries a sent vote's code. Public interface.
pub const VOTE_PARAM: &str = "vote";

/// The vote as a code: `45425 Ana`, or `45425` for an unnamed vote.
pub fn vote_code(vote: &Vote) -> String {
    let mut out: String = vote.scores.values().iter().map(u8::to_string).collect();
    if !vote.label.is_empty() {
        out.push(' ');
        out.push_str(vote.label.as_str());
    }
    out
}

/// Reads a vote code, strictly: five digits 1-5 with nothing between
/// them, then nothing or whitespace and the name (cleaned as every name
/// is). Spaces around the code are ignored.
pub fn parse_code(raw: &str) -> Result<Vote, Why> {
    let raw = raw.trim();
    let digits: Vec<u8> = raw
        .chars()
        .take(5)
        .map_while(|c| c.to_digit(10).and_then(|d| u8::try_from(d).ok()))
        .collect();
    let values: [u8; 5] = digits.try_into().map_err(|_| Why::BadCode)?;
    let scores = Scores::from_values(values).ok_or(Why::BadCode)?;
    // Five ASCII digits take five bytes.
    let rest = &raw[5..];
    if rest.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return Err(Why::BadCode);
    }
    Ok(Vote {
        label: Label::new(rest),
        scores,
    })
}

/// Whether a line looks like an attempt at a vote code: it starts with a
/// digit and holds no link.
pub(super) fn looks_like_code(line: &str) -> bool {
    line.trim_start().starts_with(|c: char| c.is_ascii_digit()) && !line.contains('?')
}

/// What a ballot link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ballot {
    /// The service voted on.
    pub name: ServiceName,
    /// The weights the decision uses, shown beside the questions.
    pub weights: Weights,
    /// The vote already sent from this ballot, if the link carries one.
    pub vote: Option<Vote>,
}

/// The ballot a query string asks for: `None` unless it has `ballot`
/// (other than `ballot=0`). Its name and weights are read by
/// `parse_query`, the page's one parser; any scores it holds are ignored.
pub fn ballot_in_query(query: &str) -> Option<Ballot> {
    let all = pairs(query);
    let (_, on) = all.iter().find(|(k, _)| k == BALLOT_PARAM)?;
    if matches!(on.trim(), "0" | "false") {
        return None;
    }
    let state = parse_query(query).state;
    let vote = all
        .iter()
        .find(|(k, _)| k == VOTE_PARAM)
        .and_then(|(_, v)| parse_code(v).ok());
    Some(Ballot {
        name: state.name,
        weights: state.weights,
        vote,
    })
}

/// The service's name and the weights as query pairs, as `to_query`
/// writes them.
fn name_and_weights(name: &ServiceName, weights: &Weights, q: &mut String) {
    if !name.is_empty() {
        q.push_str("&name=");
        q.push_str(&encode_component(name.as_str()));
    }
    if !weights.is_default() {
        for c in Category::ALL {
            q.push_str(&format!("&{}={}", weight_param(c), weights.get(c)));
        }
    }
}

/// The query of a blank ballot for this service (no leading `?`).
pub fn ballot_query(name: &ServiceName, weights: &Weights) -> String {
    let mut q = format!("{BALLOT_PARAM}=1");
    name_and_weights(name, weights, &mut q);
    q
}

/// The query of a sent vote: the ballot's, plus the vote's code.
pub fn vote_query(name: &ServiceName, weights: &Weights, vote: &Vote) -> String {
    let mut q = ballot_query(name, weights);
    q.push_str(&format!(
        "&{VOTE_PARAM}={}",
        encode_component(&vote_code(vote))
    ));
    q
}
