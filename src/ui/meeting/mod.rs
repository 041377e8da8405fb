//! Meeting mode: the presenter view (`present=1`) and the room that
//! compares votes (`votes`). Built into the full bundle only.

pub mod present;
pub mod room;
