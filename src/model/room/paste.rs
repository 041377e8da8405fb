//! Reading what the facilitator pastes or types into the room, one vote
//! per line: a vote code (`45425 Ana`), a short vote link (`?ballot=1&
//! name=...&vote=45425+Ana`), or a link copied from the calculator (the
//! form before ballots), optionally after a name and `: ` or a tab.

use crate::model::query::{pairs, parse_query, quote, ServiceName};
use crate::model::score::Category;

use super::code::{looks_like_code, parse_code, BALLOT_PARAM, VOTE_PARAM};
use super::votes::{Place, Problem, Reading, Room, Vote, Why};

/// A vote read from a line, and the service it says it is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// The vote.
    pub vote: Vote,
    /// The service the vote names: a link's `name`; `None` when it names
    /// none (a typed code, or a link without a name).
    pub service: Option<ServiceName>,
}

/// Reads one pasted line; see [`read_line`]. Only the vote.
pub fn parse_line(line: &str) -> Result<Vote, Why> {
    read_line(line).map(|i| i.vote)
}

/// Reads one pasted line: a vote code, or a link, optionally after a
/// label and `: ` or a tab (`Ana: https://...`, `Ana<TAB>https://...`).
/// A link's query is read by `parse_query`, the page's one parser, and
/// only its scores and name are used; a link lacking a score, or with a
/// score the parser had to change, is refused rather than counted with a
/// guess. A label before the link wins over the name inside a vote code.
pub fn read_line(line: &str) -> Result<Incoming, Why> {
    match parse_code(line) {
        Ok(vote) => {
            return Ok(Incoming {
                vote,
                service: None,
            })
        }
        Err(why) if looks_like_code(line) => return Err(why),
        Err(_) => {}
    }
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
    let service = value("name")
        .map(ServiceName::new)
        .filter(|n| !n.is_empty());
    if let Some(code) = value(VOTE_PARAM) {
        let mut vote = parse_code(code)?;
        if !label.trim().is_empty() {
            vote = Vote::new(label, vote.scores);
        }
        return Ok(Incoming { vote, service });
    }
    let missing: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| value(c.param()).is_none())
        .collect();
    if !missing.is_empty() {
        if value(BALLOT_PARAM).is_some() {
            return Err(Why::BlankBallot);
        }
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
    Ok(Incoming {
        vote: Vote::new(label, parsed.state.scores),
        service,
    })
}

/// Every readable line of pasted text with its line number (1-based,
/// counting empty lines), and a problem for each unreadable one. Blank
/// lines are passed over silently.
pub(super) fn read_lines(text: &str) -> (Vec<(usize, Incoming)>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match read_line(line) {
            Ok(v) => read.push((i + 1, v)),
            Err(why) => problems.push(Problem::Skipped {
                place: Place::Line(i + 1),
                text: quote(line.trim()),
                why,
            }),
        }
    }
    (read, problems)
}

impl Room {
    /// This room plus every vote in pasted text, unchecked; see
    /// [`read_line`]. The room page checks them first
    /// (`Room::check_pasted`).
    pub fn with_pasted(&self, text: &str) -> Reading {
        let (read, mut problems) = read_lines(text);
        let mut reading = self.with_votes(read.into_iter().map(|(_, i)| i.vote).collect());
        problems.append(&mut reading.problems);
        reading.problems = problems;
        reading
    }
}
