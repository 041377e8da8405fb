//! Meeting mode's room: everyone scores privately, then the room compares.
//!
//! Each person scores the service on their own phone and copies their
//! link; the facilitator pastes the links (or opens a link that carries
//! them as `votes`). The room shows every vote, the median and the spread
//! of each category, the verdict of the median scores, and which
//! categories to talk about first. Scoring alone before comparing keeps
//! the first loud voice from anchoring everyone else's numbers.
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

use super::query::{decode_component, encode_component, pairs, parse_query, quote, ServiceName};
use super::rubric::{verdict_weighted, Verdict};
use super::score::{Category, Score, Scores};
use super::weights::Weights;

/// The most votes a room counts: a meeting, not a survey, and a strip of
/// 20 dots per category still reads at a glance on a projector.
pub const MAX_VOTES: usize = 20;

/// The query parameter that carries the votes. Public interface.
pub const VOTES_PARAM: &str = "votes";

/// What separates a vote's label from its scores in `votes`.
const LABEL_END: char = '~';
/// What separates votes in `votes`.
const VOTE_END: char = ',';
/// What separates the five scores of a vote.
const SCORE_SEP: char = '.';

/// A voter's name as the room shows it: the service name's cleaning rule
/// (no control or bidirectional-override characters, trimmed), and at most
/// [`Label::MAX_CHARS`] characters, so a label fits a table cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Label(String);

impl Label {
    /// Longest label kept, in characters.
    pub const MAX_CHARS: usize = 40;

    /// Cleans raw text into a label. Cleaning a clean label changes
    /// nothing, so labels survive the round trip through the URL.
    pub fn new(raw: &str) -> Label {
        let name = ServiceName::new(raw);
        let text: String = name.as_str().chars().take(Label::MAX_CHARS).collect();
        Label(text.trim_end().to_string())
    }

    /// The label as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the vote is unnamed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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

    /// The vote as written in `votes`, before the value's own encoding.
    fn write(&self, out: &mut String) {
        if !self.label.is_empty() {
            for c in self.label.as_str().chars() {
                match c {
                    '%' => out.push_str("%25"),
                    ',' => out.push_str("%2C"),
                    '~' => out.push_str("%7E"),
                    '+' => out.push_str("%2B"),
                    c => out.push(c),
                }
            }
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

/// Why a vote or a pasted line was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// A vote in `votes` is not five whole scores 1-5 separated by dots.
    NotFiveScores,
    /// A pasted line holds no link with a query string.
    NoLink,
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
            Why::NoLink => write!(f, "holds no link to this calculator (nothing after a ?)"),
            Why::Missing(cats) => {
                let names: Vec<&str> = cats.iter().map(|c| c.param()).collect();
                write!(
                    f,
                    "is a link without the score{} {}",
                    if cats.len() == 1 { "" } else { "s" },
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
                let place = match place {
                    Place::Vote(n) => format!("Vote {n}"),
                    Place::Line(n) => format!("Line {n}"),
                };
                write!(f, "{place} (\"{text}\") {why}; skipped.")
            }
            Problem::TooMany { left_out } => write!(
                f,
                "A room counts at most {MAX_VOTES} votes: the first {MAX_VOTES} are counted and {left_out} more {} left out.",
                if *left_out == 1 { "was" } else { "were" }
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

/// One category across the room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    /// The category.
    pub category: Category,
    /// The median score; see [`median`].
    pub median: Score,
    /// The lowest score given.
    pub min: Score,
    /// The highest score given.
    pub max: Score,
    /// How many votes gave each score, 1 to 5.
    pub counts: [usize; 5],
}

impl Spread {
    /// The width of the spread in notches: 0 when everyone agrees.
    pub fn range(&self) -> u8 {
        self.max.get() - self.min.get()
    }
}

/// How [`median`] treats an even number of votes, as the room page says it.
pub const MEDIAN_RULE: &str = "With an even number of votes the median is the mean of the two middle scores; a half is rounded toward the neutral 3, because a room split between 4 and 5 has not agreed that a need is at its peak (nor one split between 1 and 2 that there is none), and the rule treats Go and Rust alike.";

/// The median of scores, whole by construction.
///
/// With an odd number of votes it is the middle one. With an even number,
/// two middle scores that differ by an even amount have a whole mean, which
/// is the median; when they are one notch (or three) apart, the half is
/// rounded toward the neutral 3. Why toward 3: a room split between 4 and
/// 5 has not agreed that the need is at its peak, and one split between 1
/// and 2 has not agreed there is nothing at all, so the median claims the
/// less extreme of the two. The rule treats both ends of every category
/// alike, so it favours neither Go nor Rust (taking the lower middle value
/// instead would make a split room look less Rust-leaning on latency and
/// more Go-leaning on experience).
///
/// Returns `None` for no scores.
pub fn median(scores: &[Score]) -> Option<Score> {
    let counts = count(scores);
    let n = scores.len();
    if n == 0 {
        return None;
    }
    let m = if n % 2 == 1 {
        nth(&counts, n / 2)
    } else {
        let sum = nth(&counts, n / 2 - 1) + nth(&counts, n / 2);
        let (lo, hi) = (sum / 2, sum.div_ceil(2));
        if hi <= Score::MID.get() {
            hi
        } else {
            lo
        }
    };
    Score::new(m)
}

/// How many of `scores` are 1, 2, 3, 4 and 5. Scores take five values,
/// so counting them orders them: no sorting needed.
fn count(scores: &[Score]) -> [usize; 5] {
    let mut counts = [0; 5];
    for s in scores {
        counts[usize::from(s.get() - 1)] += 1;
    }
    counts
}

/// The `k`-th smallest score (0-based) given how many of each there are.
fn nth(counts: &[usize; 5], k: usize) -> u8 {
    let mut seen = 0;
    for (value, &c) in (1u8..).zip(counts) {
        seen += c;
        if k < seen {
            return value;
        }
    }
    Score::MAX.get()
}

/// How [`Room::discussion`] orders the categories, as the room page says it.
pub const DISCUSSION_RULE: &str = "The category to talk about first is the one with the widest range of votes; among equal ranges, one whose range changes the verdict (the other scores at their medians) comes before one whose range does not, then the rubric's order.";

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
    fn admit(&mut self, votes: Vec<Vote>, problems: &mut Vec<Problem>) {
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
        let mut reading = Reading::default();
        reading.room.admit(votes, &mut reading.problems);
        reading
    }

    /// This room plus the votes in pasted text, one link per line; see
    /// [`parse_line`]. Blank lines are passed over silently.
    pub fn with_pasted(&self, text: &str) -> Reading {
        let mut problems = Vec::new();
        let mut votes = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match parse_line(line) {
                Ok(v) => votes.push(v),
                Err(why) => problems.push(Problem::Skipped {
                    place: Place::Line(i + 1),
                    text: quote(line.trim()),
                    why,
                }),
            }
        }
        let mut room = self.clone();
        room.admit(votes, &mut problems);
        Reading { room, problems }
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

    /// Every vote's score in one category.
    fn scores(&self, category: Category) -> Vec<Score> {
        self.votes.iter().map(|v| v.scores.get(category)).collect()
    }

    /// One category across the room; `None` without votes.
    pub fn spread(&self, category: Category) -> Option<Spread> {
        let scores = self.scores(category);
        let counts = count(&scores);
        Some(Spread {
            category,
            median: median(&scores)?,
            min: Score::new(nth(&counts, 0))?,
            max: Score::new(nth(&counts, scores.len().checked_sub(1)?))?,
            counts,
        })
    }

    /// The median of every category; `None` without votes.
    pub fn median(&self) -> Option<Scores> {
        let mut out = Scores::default();
        for c in Category::ALL {
            out.set(c, self.spread(c)?.median);
        }
        Some(out)
    }

    /// The verdict of the median scores, by the page's rule and weights.
    pub fn verdict(&self, weights: &Weights) -> Option<Verdict> {
        Some(verdict_weighted(&self.median()?, weights))
    }

    /// How many individual votes lead to each verdict, in
    /// [`Verdict::ALL`] order.
    pub fn tally(&self, weights: &Weights) -> [(Verdict, usize); 4] {
        Verdict::ALL.map(|verdict| {
            (
                verdict,
                self.votes
                    .iter()
                    .filter(|v| verdict_weighted(&v.scores, weights) == verdict)
                    .count(),
            )
        })
    }

    /// The verdicts the median gives with one category moved to the lowest
    /// and to the highest score anyone gave it. The verdict is monotone in
    /// every score, so if these two agree, every score in between gives
    /// the same verdict too.
    pub fn verdicts_across(
        &self,
        spread: &Spread,
        weights: &Weights,
    ) -> Option<(Verdict, Verdict)> {
        let m = self.median()?;
        let at = |s: Score| verdict_weighted(&m.with(spread.category, s), weights);
        Some((at(spread.min), at(spread.max)))
    }

    /// The categories the room disagrees on, the one to talk about first
    /// first; [`DISCUSSION_RULE`] says the order on the page. Order: the widest spread; among equal spreads, one whose
    /// spread changes the verdict (with the other categories at their
    /// medians, see [`Room::verdicts_across`]) before one whose spread does
    /// not, since settling it settles the decision; then rubric order.
    /// Categories everyone scored alike are left out.
    pub fn discussion(&self, weights: &Weights) -> Vec<Spread> {
        let all: Vec<(Spread, bool)> = Category::ALL
            .into_iter()
            .filter_map(|c| self.spread(c))
            .map(|s| {
                (
                    s,
                    self.verdicts_across(&s, weights)
                        .is_some_and(|(lo, hi)| lo != hi),
                )
            })
            .collect();
        let mut out = Vec::new();
        for range in (1..Score::MAX.get()).rev() {
            for swings in [true, false] {
                out.extend(
                    all.iter()
                        .filter(|(s, sw)| s.range() == range && *sw == swings)
                        .map(|(s, _)| *s),
                );
            }
        }
        out
    }

    /// The category to talk about first: the head of
    /// [`Room::discussion`], `None` when the room agrees on every score.
    pub fn disagreement(&self, weights: &Weights) -> Option<Spread> {
        self.discussion(weights).into_iter().next()
    }

    /// The value of `votes` for this room, ready for a query string: the
    /// separators stay readable, everything else is encoded (see the
    /// module documentation). Empty for an empty room.
    pub fn to_param(&self) -> String {
        self.votes
            .iter()
            .map(|v| {
                let mut raw = String::new();
                v.write(&mut raw);
                raw.split(LABEL_END)
                    .map(encode_component)
                    .collect::<Vec<_>>()
                    .join(&LABEL_END.to_string())
            })
            .collect::<Vec<_>>()
            .join(&VOTE_END.to_string())
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
    for (i, item) in value.split(VOTE_END).enumerate() {
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

/// Reads one pasted line: a link copied from the calculator, optionally
/// after a label and `: ` or a tab (`Ana: https://...`, `Ana<TAB>https://...`).
/// The link's query is read by `parse_query`, the page's one parser, and
/// only its scores are used; a link lacking a score, or with a score the
/// parser had to change, is refused rather than counted with a guess.
pub fn parse_line(line: &str) -> Result<Vote, Why> {
    let q = line.find('?').ok_or(Why::NoLink)?;
    let before = &line[..q];
    // The last tab, or the last colon followed by a space.
    let end = before
        .char_indices()
        .rfind(|&(i, c)| c == '\t' || (c == ':' && before[i + 1..].starts_with(' ')))
        .map_or(0, |(i, _)| i);
    let label = &before[..end];
    let query = line[q..].split('#').next().unwrap_or_default().trim_end();
    let written = pairs(query);
    let value = |param: &str| {
        written
            .iter()
            .find(|(k, _)| k == param)
            .map(|(_, v)| v.as_str())
    };
    let missing: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| value(c.param()).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(Why::Missing(missing));
    }
    let parsed = parse_query(query);
    if let Some(n) = parsed
        .notices
        .into_iter()
        .find(|n| Category::from_param(&n.param).is_some())
    {
        let value = quote(value(&n.param).unwrap_or_default());
        return Err(Why::BadScore {
            param: n.param,
            value,
        });
    }
    Ok(Vote::new(label, parsed.state.scores))
}
