//! What the room checks in what it is given: a vote that names another
//! service, a second vote under a name already counted, and who of the
//! people expected (`expect=Ana,Ben`) has not voted yet.
//!
//! A flagged vote is held, not counted, until the facilitator keeps or
//! drops it; the room never decides for them, and never silently.

use crate::model::query::{decode_component, pairs, ServiceName};

use super::paste::read_lines;
use super::votes::{Label, Place, Reading, Room, Vote, LIST_SEP};

/// The parameter listing who is expected to vote. Public interface.
pub const EXPECT_PARAM: &str = "expect";

/// Why a vote is held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Flag {
    /// The vote's link names another service than the room's.
    OtherService(ServiceName),
    /// The room already counts a vote under this name.
    DuplicateVoter,
}

impl Flag {
    /// The reason's id, for `data-reason`. Public interface.
    pub const fn id(&self) -> &'static str {
        match self {
            Flag::OtherService(_) => "other-service",
            Flag::DuplicateVoter => "duplicate-voter",
        }
    }
}

/// A vote the room holds back until the facilitator decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    /// Where it was pasted.
    pub place: Place,
    /// The vote.
    pub vote: Vote,
    /// Why it is held.
    pub flag: Flag,
}

impl Held {
    /// What the notice says, naming the room's service.
    pub fn message(&self, room_service: &ServiceName) -> String {
        let who = if self.vote.label.is_empty() {
            "This vote".to_string()
        } else {
            format!("{}'s vote", self.vote.label)
        };
        match &self.flag {
            Flag::OtherService(theirs) => {
                let ours = if room_service.is_empty() {
                    "this room, which names no service".to_string()
                } else {
                    format!("“{room_service}”")
                };
                format!("{}: {who} is for “{theirs}”, not {ours}. Keep it only if it was meant for this service.", self.place)
            }
            Flag::DuplicateVoter => format!(
                "{}: the room already has a vote from {}. Keep both only if they are two people.",
                self.place, self.vote.label
            ),
        }
    }
}

/// Pasted text after the checks: the room with the votes that passed, and
/// the ones held for a decision.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// The room with every vote that passed, and what could not be read.
    pub reading: Reading,
    /// The votes held, in input order.
    pub held: Vec<Held>,
}

/// Whether two service names are the same service: equal but for case.
fn same_service(a: &ServiceName, b: &ServiceName) -> bool {
    a.as_str().to_lowercase() == b.as_str().to_lowercase()
}

impl Room {
    /// This room plus the votes in pasted text, checked: a vote whose link
    /// names a service other than `service` (the room's), or whose name
    /// matches a vote already counted (or earlier in the same text), is
    /// held instead of counted. A vote that names no service (a typed
    /// code, a link without `name`) is taken to be for this one.
    pub fn check_pasted(&self, text: &str, service: &ServiceName) -> Checked {
        let (read, mut problems) = read_lines(text);
        let mut passed: Vec<Vote> = Vec::new();
        let mut held = Vec::new();
        for (line, incoming) in read {
            let place = Place::Line(line);
            let vote = incoming.vote;
            let flag = match incoming.service {
                Some(theirs) if !same_service(&theirs, service) => Some(Flag::OtherService(theirs)),
                _ => self
                    .votes()
                    .iter()
                    .chain(&passed)
                    .any(|v| v.label.same_person(&vote.label))
                    .then_some(Flag::DuplicateVoter),
            };
            match flag {
                Some(flag) => held.push(Held { place, vote, flag }),
                None => passed.push(vote),
            }
        }
        let mut reading = self.with_votes(passed);
        problems.append(&mut reading.problems);
        reading.problems = problems;
        Checked { reading, held }
    }
}

/// Who is expected to vote, in the order listed, each name once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected(Vec<Label>);

impl Expected {
    /// The names from a list as typed (`Ana, Ben, Chen`): cleaned, empty
    /// ones and repeats (ignoring case) left out.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Expected {
        let mut out: Vec<Label> = Vec::new();
        for name in names {
            let label = Label::new(name);
            if !label.is_empty() && !out.iter().any(|l| l.same_person(&label)) {
                out.push(label);
            }
        }
        Expected(out)
    }

    /// The names, in order.
    pub fn names(&self) -> &[Label] {
        &self.0
    }

    /// Whether nobody is listed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Who is listed and has no vote in the room yet (matching names but
    /// for case).
    pub fn missing(&self, room: &Room) -> Vec<&Label> {
        self.0
            .iter()
            .filter(|l| !room.votes().iter().any(|v| v.label.same_person(l)))
            .collect()
    }

    /// The value of `expect`, ready for a query string, written as `votes`
    /// writes labels (a comma in a name is `%2C`).
    pub fn to_param(&self) -> String {
        self.0
            .iter()
            .map(|l| {
                let mut item = String::new();
                l.write(&mut item);
                item
            })
            .collect::<Vec<_>>()
            .join(&LIST_SEP.to_string())
    }
}

/// Who a query string expects to vote: its first `expect`, read as
/// `votes` reads labels; empty without one.
pub fn expected_in_query(query: &str) -> Expected {
    pairs(query)
        .into_iter()
        .find(|(k, _)| k == EXPECT_PARAM)
        .map(|(_, v)| {
            let names: Vec<String> = v.split(LIST_SEP).map(decode_component).collect();
            Expected::from_names(names.iter().map(String::as_str))
        })
        .unwrap_or_default()
}
