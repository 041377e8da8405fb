//! A vote, the room that counts them, and the `votes` parameter.
//!
//! # The `votes` parameter
//!
//! `votes=VOTE,VOTE,...`, at most [`MAX_VOTES`], where a vote is five
//! scores 1-5 in rubric order (`ttm.lat.safety.exp.scale`) with an optional
//! label before a `~`: `votes=Ana~3.4.5.2.3,Ben~2.5.4.2.4,2.2.3.4.1`.
//!
//! Labels are plain text. Inside the value, the four characters that would
//! break it up are written as percent escapes: `%` as `%25`, `,` as `%2C`,
//! `~` as `%7E` and `+` as `%2B` (any other `%XX` is read too). The value
//! as a whole is then encoded like any other query value, except that the
//! separators `,` and `~` stay readable. So `Smith, J` travels as
//! `Smith%252C+J~...`, while `Ana` and `Zoë` need no more than the usual
//! single encoding (`Zo%C3%AB`). The value is decoded once by [`pairs`],
//! like every parameter, so a link built with `URLSearchParams` (which
//! also encodes `,` and `~`) reads the same.

use std::fmt;

use crate::model::query::{decode_component, encode_nested, pairs, quote, ServiceName};
use crate::model::score::{Category, Scores};
use crate::model::text::for_count;

/// The most votes a room counts: a meeting, not a survey, and a strip of
/// 20 dots per category still reads at a glance on a projector.
pub const MAX_VOTES: usize = 20;

/// The query parameter that carries the votes. Public interface.
pub const VOTES_PARAM: &str = "votes";

/// What separates a vote's label from its scores in `votes`.
const LABEL_END: char = '~';
/// What separates votes (and expected names) in a list parameter.
pub(super) const LIST_SEP: char = ',';
/// What separates the five scores of a vote.
const SCORE_SEP: char = '.';

/// A voter's name as the room shows it: exactly the service name's rule
/// (no control or bidirectional-override characters, trimmed, at most
/// [`Label::MAX_CHARS`] characters).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Label(String);

impl Label {
    /// Longest label kept, in characters: the service name's limit, so a
    /// name typed on a ballot is never cut differently from a name anywhere
    /// else.
    pub const MAX_CHARS: usize = ServiceName::MAX_CHARS;

    /// Cleans raw text into a label. Cleaning a clean label changes
    /// nothing, so labels survive the round trip through the URL and the
    /// vote code.
    pub fn new(raw: &str) -> Label {
        Label(ServiceName::new(raw).as_str().to_string())
    }

    /// The label as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the vote is unnamed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether two labels name the same person: equal but for case.
    pub fn same_person(&self, other: &Label) -> bool {
        !self.is_empty() && self.0.to_lowercase() == other.0.to_lowercase()
    }

    /// The label inside a list parameter (`votes`, `expect`), ready for
    /// the query string (see the module documentation).
    pub(super) fn write(&self, out: &mut String) {
        out.push_str(&encode_nested(&self.0, &[LIST_SEP, LABEL_END]));
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One person's scores.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Vote {
    /// Who voted; empty when the vote is unnamed.
    pub label: Label,
    /// Their five scores.
    pub scores: Scores,
}

impl Vote {
    /// A vote from a label (cleaned here) and scores.
    pub fn new(label: &str, scores: Scores) -> Vote {
        Vote {
            label: Label::new(label),
            scores,
        }
    }

    /// The vote as written in `votes`, ready for the query string.
    fn write(&self, out: &mut String) {
        if !self.label.is_empty() {
            self.label.write(out);
            out.push(LABEL_END);
        }
        let values = self.scores.values().map(|v| v.to_string());
        out.push_str(&values.join(&SCORE_SEP.to_string()));
    }
}

/// Where a skipped piece of input was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The n-th vote in `votes` (1-based, counting empty ones).
    Vote(usize),
    /// The n-th line of pasted text (1-based, counting empty ones), so it
    /// matches what the facilitator sees in the box.
    Line(usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Vote(n) => write!(f, "Vote {n}"),
            Place::Line(n) => write!(f, "Line {n}"),
        }
    }
}

/// Why a vote or a pasted line was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// A vote in `votes` is not five whole scores 1-5 separated by dots.
    NotFiveScores,
    /// A pasted line is neither a vote code nor a link with a query string.
    NoLink,
    /// A pasted line starts like a vote code but is not one (`4542 Ana`,
    /// `45625 Ana`).
    BadCode,
    /// A pasted link is a blank ballot: nobody has voted with it yet.
    BlankBallot,
    /// A pasted link lacks some of the five scores, so counting it would
    /// invent the missing ones.
    Missing(Vec<Category>),
    /// A pasted link holds a score `parse_query` could not use as written
    /// (`lat=9`): the voter's intent is unclear.
    BadScore {
        /// The score's parameter.
        param: String,
        /// Its value as written, shortened for quoting.
        value: String,
    },
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::NotFiveScores => {
                write!(
                    f,
                    "is not five scores from 1 to 5 separated by dots, such as 3.4.5.2.3"
                )
            }
            Why::NoLink => write!(
                f,
                "is neither a vote code (five scores 1 to 5, then the name, such as 45425 Ana) nor a link to this calculator"
            ),
            Why::BadCode => write!(
                f,
                "is not a vote code: five scores from 1 to 5 with nothing between them, then a space and the name, such as 45425 Ana"
            ),
            Why::BlankBallot => write!(
                f,
                "is a blank ballot, not a vote: open it, vote, and send the code it gives"
            ),
            Why::Missing(cats) => {
                let names: Vec<&str> = cats.iter().map(|c| c.param()).collect();
                write!(
                    f,
                    "is a link without the {} {}",
                    for_count(cats.len(), "score", "scores"),
                    names.join(", ")
                )
            }
            Why::BadScore { param, value } => {
                write!(f, "has {param}={value}, not a whole score from 1 to 5")
            }
        }
    }
}

/// Something in the votes or the pasted text that the room did not count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A vote or line that could not be read; skipped.
    Skipped {
        /// Where it was.
        place: Place,
        /// The text, shortened for quoting.
        text: String,
        /// What was wrong.
        why: Why,
    },
    /// More than [`MAX_VOTES`] votes: the first ones were kept.
    TooMany {
        /// How many readable votes were left out.
        left_out: usize,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Skipped { place, text, why } => {
                write!(f, "{place} (\"{text}\") {why}; skipped.")
            }
            Problem::TooMany { left_out } => write!(
                f,
                "A room counts at most {MAX_VOTES} votes: the first {MAX_VOTES} are counted and {left_out} more {} left out.",
                for_count(*left_out, "was", "were")
            ),
        }
    }
}

/// A room and what reading its input had to skip.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// The votes counted.
    pub room: Room,
    /// What was not counted, in input order.
    pub problems: Vec<Problem>,
}

/// The votes counted, at most [`MAX_VOTES`], in the order given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Room {
    votes: Vec<Vote>,
}

impl Room {
    /// The votes, in the order they were given.
    pub fn votes(&self) -> &[Vote] {
        &self.votes
    }

    /// How many votes are counted.
    pub fn len(&self) -> usize {
        self.votes.len()
    }

    /// Whether there are no votes yet.
    pub fn is_empty(&self) -> bool {
        self.votes.is_empty()
    }

    /// Adds votes in order while there is room, and says how many were
    /// left out.
    pub(super) fn admit(&mut self, votes: Vec<Vote>, problems: &mut Vec<Problem>) {
        let free = MAX_VOTES - self.votes.len();
        let left_out = votes.len().saturating_sub(free);
        self.votes.extend(votes.into_iter().take(free));
        if left_out > 0 {
            problems.push(Problem::TooMany { left_out });
        }
    }

    /// A room of these votes: the first [`MAX_VOTES`], with a problem
    /// saying how many more were left out.
    pub fn from_votes(votes: Vec<Vote>) -> Reading {
        Room::default().with_votes(votes)
    }

    /// This room plus `votes`, in order, as far as there is room.
    pub fn with_votes(&self, votes: Vec<Vote>) -> Reading {
        let mut reading = Reading {
            room: self.clone(),
            problems: Vec::new(),
        };
        reading.room.admit(votes, &mut reading.problems);
        reading
    }

    /// The room without its `index`-th vote (0-based); unchanged if there
    /// is none.
    pub fn without(&self, index: usize) -> Room {
        let mut room = self.clone();
        if index < room.votes.len() {
            room.votes.remove(index);
        }
        room
    }

    /// The value of `votes` for this room, ready for a query string: the
    /// separators stay readable, everything else is encoded (see the
    /// module documentation). Empty for an empty room.
    pub fn to_param(&self) -> String {
        self.votes
            .iter()
            .map(|v| {
                let mut item = String::new();
                v.write(&mut item);
                item
            })
            .collect::<Vec<_>>()
            .join(&LIST_SEP.to_string())
    }
}

/// Reads five whole scores 1-5 written `3.4.5.2.3`, strictly: a vote is
/// someone's stated opinion, so nothing is clamped or guessed.
fn parse_scores(raw: &str) -> Option<Scores> {
    let parts: Vec<&str> = raw.trim().split(SCORE_SEP).collect();
    let mut values = [0u8; 5];
    if parts.len() != values.len() {
        return None;
    }
    for (slot, part) in values.iter_mut().zip(parts) {
        let &[digit] = part.as_bytes() else {
            return None;
        };
        *slot = digit.checked_sub(b'0')?;
    }
    Scores::from_values(values)
}

/// Reads the (decoded) value of `votes`. Never fails: unreadable votes are
/// skipped with a problem naming them, empty ones (a trailing comma)
/// silently, and votes past [`MAX_VOTES`] are left out with a problem.
pub fn parse_votes(value: &str) -> Reading {
    let mut problems = Vec::new();
    let mut votes = Vec::new();
    for (i, item) in value.split(LIST_SEP).enumerate() {
        if item.trim().is_empty() {
            continue;
        }
        let (label, scores) = item.rsplit_once(LABEL_END).unwrap_or(("", item));
        match parse_scores(scores) {
            Some(scores) => votes.push(Vote::new(&decode_component(label), scores)),
            None => problems.push(Problem::Skipped {
                place: Place::Vote(i + 1),
                text: quote(item),
                why: Why::NotFiveScores,
            }),
        }
    }
    let mut room = Room::default();
    room.admit(votes, &mut problems);
    Reading { room, problems }
}

/// The room a query string asks for: `None` when it has no `votes`
/// parameter (the page is not a room), otherwise its first `votes`, read
/// by [`parse_votes`]; `parse_query` notes any repeat.
pub fn votes_in_query(query: &str) -> Option<Reading> {
    pairs(query)
        .into_iter()
        .find(|(k, _)| k == VOTES_PARAM)
        .map(|(_, v)| parse_votes(&v))
}
