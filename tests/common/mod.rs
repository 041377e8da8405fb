//! What more than one test file needs.

/// Every public parameter of every app's link: links and embeds in the
/// wild depend on these names, and renaming one breaks them. All but
/// [`OTHER_APPS`] belong to the single-service page.
pub const PUBLIC_PARAMS: [&str; 40] = [
    "ttm",
    "lat",
    "safety",
    "exp",
    "scale",
    "instances",
    "go_mb",
    "rust_mb",
    "gb_month",
    "go_vcpu",
    "cpu_saving",
    "vcpu_month",
    "engineers",
    "eng_month",
    "ramp_months",
    "slowdown",
    "horizon",
    "steady_gap",
    "value_month",
    "rust_share",
    "rust_engineers",
    "toolchain_month",
    "cur",
    "fx",
    "preset",
    "embed",
    "theme",
    "w_ttm",
    "w_lat",
    "w_safety",
    "w_exp",
    "w_scale",
    "name",
    "cloud",
    "present",
    "svc",
    "votes",
    "expect",
    "ballot",
    "vote",
];

/// The parameters that open another app over the same state: a system
/// (`svc`, repeated), the room (`votes`, `expect`) and a ballot
/// (`ballot`, with a sent `vote`).
#[allow(dead_code)] // read by tests/query.rs only
pub const OTHER_APPS: [&str; 5] = ["svc", "votes", "expect", "ballot", "vote"];
