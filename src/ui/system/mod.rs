//! The system view (`svc` in the URL): a whole system decided service by
//! service. Built into the full bundle only.

pub mod app;
pub mod ctx;
pub mod money;
pub mod print;
pub mod rows;
pub mod summary;
pub mod team;
