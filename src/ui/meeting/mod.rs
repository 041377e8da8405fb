//! Meeting mode: the presenter view (`present=1`), the ballot each person
//! votes on (`ballot=1`) and the room that compares the votes (`votes`).
//! Built into the full bundle only.

pub mod ballot;
pub mod common;
pub mod paste;
pub mod present;
pub mod room;
pub mod strips;
pub mod verdict;
pub mod votes_table;
