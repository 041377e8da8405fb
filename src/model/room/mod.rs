//! Meeting mode's room: everyone scores privately, then the room compares.
//!
//! Each person opens a blank ballot (the presenter's QR code), scores the
//! service on their own phone and sends a short vote: a code they can read
//! out or type (`45425 Alice`) or the same as a short link that also names
//! the service. The facilitator types or pastes the votes into the room
//! (or opens a link that carries them as `votes`). The room shows every
//! vote, the median and the spread of each category, the verdict of the
//! median scores, which categories to talk about first, and what it was
//! given that needs a decision (a vote for another service, a second vote
//! under one name). Scoring alone before comparing keeps the first loud
//! voice from anchoring everyone else's numbers.
//!
//! By concern: [`votes`] (a vote, the room, the `votes` parameter),
//! [`code`] (the short vote code, the ballot and vote links), [`paste`]
//! (reading pasted lines), [`checks`] (what the room flags, who is
//! expected), [`tally`] (medians, spreads, verdicts, what to discuss) and
//! [`result`] (the result to keep: Markdown and CSV). This file only
//! re-exports.

pub mod checks;
pub mod code;
pub mod paste;
pub mod result;
pub mod tally;
pub mod votes;

pub use checks::{expected_in_query, Checked, Expected, Flag, Held, EXPECT_PARAM};
pub use code::{
    ballot_in_query, ballot_query, parse_code, vote_code, vote_query, Ballot, BALLOT_PARAM,
    VOTE_PARAM,
};
pub use paste::{parse_line, Incoming};
pub use result::RoomResult;
pub use tally::{median, Spread, DISCUSSION_RULE, MEDIAN_RULE};
pub use votes::{
    parse_votes, votes_in_query, Label, Place, Problem, Reading, Room, Vote, Why, MAX_VOTES,
    VOTES_PARAM,
};
