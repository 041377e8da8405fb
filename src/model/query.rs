//! The page's state and its URL form.
//!
//! The query string is the public interface for links and embeds. It is
//! parsed once, here, into typed values; everything unusable becomes a
//! default or a clamped value plus a [`Notice`] saying what happened.
//!
//! Parameters: the scores (`ttm`, `lat`, `safety`, `exp`, `scale`), their
//! weights (`w_ttm` ... `w_scale`), every cost field's parameter, `cloud`,
//! `name`, `cur`, `preset`, and the view options `embed`, `theme` and
//! `present`. `votes`, `expect`, `ballot` and `vote` belong to meeting
//! mode and are read by [`room`](super::room).

use std::fmt;

use super::cost::CostInputs;
use super::estimate::{read_cost_param, Ranges};
use super::fields::Field;
use super::money::Currency;
use super::number::{parse_number, within, FieldError};
use super::presets::Preset;
use super::prices::Cloud;
use super::score::{Category, Score, Scores};
use super::weights::{Weight, Weights};

/// Colour scheme requested by an embedding page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Light text colours on the host page's own background (the embed's
    /// backgrounds are transparent).
    Transparent,
}

impl Theme {
    /// Every theme, in the embed panel's order: light first, the default
    /// a snippet gets (a light blog should not get a black box for readers
    /// in dark mode).
    pub const ALL: [Theme; 4] = [Theme::Light, Theme::Dark, Theme::Auto, Theme::Transparent];

    /// Query value.
    pub const fn param(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Transparent => "transparent",
        }
    }

    /// Looks a theme up by its query value.
    pub fn parse(raw: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.param() == raw.trim())
    }
}

/// The name of the service being decided on, as the user wrote it: plain
/// text, at most [`ServiceName::MAX_CHARS`] characters, trimmed, with no
/// control characters and no bidirectional overrides. It is only ever set
/// as text, never parsed as markup, so `<b>` stays the three characters it
/// is; the cleaning is there so an export or a title cannot be broken into
/// several lines or shown reordered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ServiceName(String);

/// A name after cleaning, and what cleaning had to change beyond trimming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanName {
    /// The usable name.
    pub name: ServiceName,
    /// Whether it was longer than [`ServiceName::MAX_CHARS`] and was cut.
    pub cut: bool,
    /// Whether control or bidirectional-override characters were dropped.
    pub dropped: bool,
}

impl CleanName {
    /// What happened, for a URL notice or a message under the name field
    /// ("is longer than 80 characters; using the first 80"); `None` when
    /// the text was used as written.
    pub fn notice(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.dropped {
            parts.push("contains control characters; they were removed".to_string());
        }
        if self.cut {
            let max = ServiceName::MAX_CHARS;
            parts.push(format!(
                "is longer than {max} characters; using the first {max}"
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

impl ServiceName {
    /// Longest name kept, in characters: enough for any real service name,
    /// short enough for a heading and a link.
    pub const MAX_CHARS: usize = 80;

    /// Cleans raw text into a name and says what it changed. Line breaks,
    /// tabs and other control whitespace become spaces (so words stay
    /// apart); other control characters and the bidirectional embedding,
    /// override and isolate marks are dropped; the rest is trimmed and cut
    /// to [`ServiceName::MAX_CHARS`]. Cleaning a clean name changes
    /// nothing, which is what lets a name round-trip through the URL.
    pub fn clean(raw: &str) -> CleanName {
        let mut dropped = false;
        let mut text = String::with_capacity(raw.len().min(4 * ServiceName::MAX_CHARS));
        for c in raw.chars() {
            let line_like = c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
            if line_like && c.is_whitespace() {
                text.push(' ');
            } else if line_like || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                dropped = true;
            } else {
                text.push(c);
            }
        }
        let trimmed = text.trim();
        let cut = trimmed.chars().count() > ServiceName::MAX_CHARS;
        let name = if cut {
            let first: String = trimmed.chars().take(ServiceName::MAX_CHARS).collect();
            first.trim_end().to_string()
        } else {
            trimmed.to_string()
        };
        CleanName {
            name: ServiceName(name),
            cut,
            dropped,
        }
    }

    /// Cleans raw text into a name, for callers that say nothing about
    /// what was changed (the field shows the cleaned text itself).
    pub fn new(raw: &str) -> ServiceName {
        ServiceName::clean(raw).name
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether no name was given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ServiceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Everything the calculator computes from. A URL made from a `State`
/// reproduces it exactly.
///
/// `Clone` but not `Copy`: the name is a `String`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The rubric scores.
    pub scores: Scores,
    /// How much each category counts; all 1 is the rubric as written.
    pub weights: Weights,
    /// The cost inputs: the expected value of every estimate.
    pub cost: CostInputs,
    /// The low and high ends of the estimates that take a range, around
    /// their expected values in `cost`.
    pub ranges: Ranges,
    /// Display currency.
    pub currency: Currency,
    /// The preset the state started from, if any.
    pub preset: Option<&'static Preset>,
    /// The service's name; empty when none was given.
    pub name: ServiceName,
    /// The price list the two price fields started from. They may since
    /// have been edited; see [`State::prices_match_cloud`].
    pub cloud: Cloud,
}

impl PartialEq for Preset {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl State {
    /// The state a preset sets: its scores and cost inputs, the default
    /// weights, no name, and the default cloud, whose prices are the ones
    /// the preset's cost inputs hold.
    pub fn from_preset(preset: &'static Preset, currency: Currency) -> State {
        State {
            scores: preset.scores(),
            cost: preset.cost_inputs(),
            ranges: Ranges::defaults_for(&preset.cost_inputs()),
            currency,
            preset: Some(preset),
            ..State::default()
        }
    }

    /// Chooses a price list and sets both price fields to its prices.
    pub fn set_cloud(&mut self, cloud: Cloud) {
        self.cloud = cloud;
        cloud.apply(&mut self.cost);
    }

    /// Whether both price fields still hold the chosen list's prices;
    /// `false` means someone edited them (or the link set them).
    pub fn prices_match_cloud(&self) -> bool {
        self.cloud.matches(&self.cost)
    }

    /// Whether the state has moved away from its preset.
    pub fn preset_modified(&self) -> bool {
        self.preset
            .is_some_and(|p| p.modified(&self.scores, &self.cost))
    }
}

/// How the page is shown, as opposed to what it computes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    /// Compact layout for an iframe (`embed=1`).
    pub embed: bool,
    /// Colour scheme (`theme=light|dark|auto`).
    pub theme: Theme,
    /// Presenter view for a projector (`present=1`).
    pub present: bool,
}

/// Something in the URL that could not be used as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter, as written (shortened if very long).
    pub param: String,
    /// What was wrong and what the page used instead.
    pub message: String,
}

/// The result of reading a query string.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The state to show.
    pub state: State,
    /// How to show it.
    pub view: ViewOptions,
    /// Every problem found, in URL order.
    pub notices: Vec<Notice>,
}

/// Longest parameter name or value quoted back in a notice.
const QUOTE_MAX: usize = 32;

/// Shortens user text before quoting it back.
pub fn quote(s: &str) -> String {
    if s.chars().count() <= QUOTE_MAX {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(QUOTE_MAX).collect();
        out.push('…');
        out
    }
}

/// Encodes text for a query value the way `URLSearchParams` does: ASCII
/// letters, digits and `*-._` stay, a space becomes `+`, every other byte
/// of the UTF-8 becomes `%XX`. [`decode_component`] reads it back to the
/// same string, whatever it holds (`&`, `=`, `+`, `%`, `#`, any language).
pub fn encode_component(raw: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(raw.len());
    for &b in raw.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            }
        }
    }
    out
}

/// Text nested inside a list parameter's value (a service's name in `svc`,
/// a voter's name in `votes` and `expect`), ready for the query string.
/// It is read back by decoding twice: the whole value once by [`pairs`],
/// like every parameter, then the item by [`decode_component`]. So `%`,
/// `+` and the list's own `separators` (ASCII) are escaped first (`%25`,
/// `%2B`, `%3A`, ...), then the text is encoded like any value; the
/// separators the list writes between its items stay readable. `Smith, J`
/// in `votes` travels as `Smith%252C+J`, `Zoë` as `Zo%C3%AB`.
pub fn encode_nested(raw: &str, separators: &[char]) -> String {
    let mut inner = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c == '%' || c == '+' || separators.contains(&c) {
            inner.push_str(&format!("%{:02X}", u32::from(c)));
        } else {
            inner.push(c);
        }
    }
    encode_component(&inner)
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space and
/// `%XX` a byte; malformed escapes are kept literally and invalid UTF-8 is
/// replaced, as `URLSearchParams` does.
pub fn decode_component(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a query string (with or without the leading `?`) into decoded
/// key/value pairs, in order.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

/// The one rule for the small whole-number settings in the URL (scores,
/// weights): readable numbers are rounded and clamped into `lo..=hi`, the
/// rest take `default`; anything not used as written says what was used.
fn read_whole(raw: &str, lo: u8, hi: u8, default: u8) -> Result<u8, (u8, String)> {
    let (lo_f, hi_f) = (f64::from(lo), f64::from(hi));
    match parse_number(raw) {
        Ok(v) => {
            let used = within(v.round(), lo_f, hi_f) as u8;
            if !(lo_f..=hi_f).contains(&v) {
                Err((used, format!("is outside {lo}-{hi}; using {used}")))
            } else if v.fract() != 0.0 {
                Err((used, format!("{}; using {used}", FieldError::NotWhole)))
            } else {
                Ok(used)
            }
        }
        Err(e) => Err((default, format!("{e}; using the default {default}"))),
    }
}

/// Reads a rubric score from the URL with [`read_whole`].
pub fn read_score(raw: &str) -> Result<Score, (Score, String)> {
    let score = |v: u8| Score::clamped(i64::from(v));
    read_whole(raw, Score::MIN.get(), Score::MAX.get(), Score::MID.get())
        .map(score)
        .map_err(|(v, why)| (score(v), why))
}

/// Reads a category weight from the URL with [`read_whole`].
fn read_weight(raw: &str) -> Result<Weight, (Weight, String)> {
    let weight = |v: u8| Weight::clamped(i64::from(v));
    read_whole(
        raw,
        Weight::OFF.get(),
        Weight::MAX.get(),
        Weight::DEFAULT.get(),
    )
    .map(weight)
    .map_err(|(v, why)| (weight(v), why))
}

/// What a weight's parameter starts with; the rest is the category's
/// parameter (`w_lat`). Public interface, like the parameters themselves.
pub const WEIGHT_PREFIX: &str = "w_";

/// The query parameter of a category's weight (`w_lat`).
pub fn weight_param(category: Category) -> String {
    format!("{WEIGHT_PREFIX}{}", category.param())
}

/// Reads a query string into a state. Never fails: the worst URL gives the
/// default state and a list of notices.
pub fn parse_query(query: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut seen: Vec<String> = Vec::new();
    let mut notices = Vec::new();
    let mut note = |param: &str, message: String| {
        notices.push(Notice {
            param: quote(param),
            message,
        });
    };
    let all = pairs(query);
    // A preset sets the base, a cloud its two prices; explicit values below
    // override both, wherever they stand in the URL.
    if let Some((_, v)) = all.iter().find(|(k, _)| k == "preset") {
        match Preset::by_id(v.trim()) {
            Some(p) => out.state = State::from_preset(p, Currency::Usd),
            None => note(
                "preset",
                format!("\"{}\" is not a known preset; ignored", quote(v)),
            ),
        }
    }
    if let Some((_, v)) = all.iter().find(|(k, _)| k == "cloud") {
        match Cloud::parse(v) {
            Some(c) => out.state.set_cloud(c),
            None => {
                let ids: Vec<&str> = Cloud::ALL.iter().map(|c| c.id()).collect();
                let known = format!(
                    "{} or {}",
                    ids[..ids.len() - 1].join(", "),
                    ids[ids.len() - 1]
                );
                let default = Cloud::default().id();
                note(
                    "cloud",
                    format!("\"{}\" is not {known}; using {default}", quote(v)),
                );
            }
        }
    }
    // `svc` entries describe a whole system; `system::parse_system` reads them.
    for (key, value) in all.iter().filter(|(k, _)| k != "svc") {
        if seen.iter().any(|k| k == key) {
            note(
                key,
                "appears more than once; using the first value".to_string(),
            );
            continue;
        }
        seen.push(key.clone());
        if let Some(cat) = Category::from_param(key) {
            match read_score(value) {
                Ok(s) => out.state.scores.set(cat, s),
                Err((s, why)) => {
                    out.state.scores.set(cat, s);
                    note(key, format!("\"{}\" {why}", quote(value)));
                }
            }
        } else if let Some(cat) = key
            .strip_prefix(WEIGHT_PREFIX)
            .and_then(Category::from_param)
        {
            match read_weight(value) {
                Ok(w) => out.state.weights.set(cat, w),
                Err((w, why)) => {
                    out.state.weights.set(cat, w);
                    note(key, format!("\"{}\" {why}", quote(value)));
                }
            }
        } else if let Some(field) = Field::from_param(key) {
            let tails = read_cost_param(field, value, &mut out.state.cost, &mut out.state.ranges);
            for tail in tails {
                note(key, format!("\"{}\"{tail}", quote(value)));
            }
        } else {
            match key.as_str() {
                "preset" | "cloud" => {}
                "name" => {
                    let clean = ServiceName::clean(value);
                    if let Some(why) = clean.notice() {
                        note(key, format!("\"{}\" {why}", quote(value)));
                    }
                    out.state.name = clean.name;
                }
                "cur" => match Currency::parse(value) {
                    Some(c) => out.state.currency = c,
                    None => note(
                        key,
                        format!("\"{}\" is not usd, eur or gbp; using usd", quote(value)),
                    ),
                },
                "embed" => match value.trim() {
                    "1" | "true" | "" => out.view.embed = true,
                    "0" | "false" => out.view.embed = false,
                    _ => note(
                        key,
                        format!("\"{}\" is not 1 or 0; showing the full page", quote(value)),
                    ),
                },
                "theme" => match Theme::parse(value) {
                    Some(t) => out.view.theme = t,
                    None => note(
                        key,
                        format!(
                            "\"{}\" is not light, dark or auto; using auto",
                            quote(value)
                        ),
                    ),
                },
                "present" => match value.trim() {
                    "1" | "true" | "" => out.view.present = true,
                    "0" | "false" => out.view.present = false,
                    _ => note(
                        key,
                        format!("\"{}\" is not 1 or 0; showing the calculator", quote(value)),
                    ),
                },
                // Meeting mode's: the room's votes and who is expected
                // (`room::votes_in_query`, `room::expected_in_query`), a
                // ballot and its sent vote (`room::ballot_in_query`).
                "votes" | "expect" | "ballot" | "vote" => {}
                _ => note(
                    key,
                    "is not a parameter this page knows; ignored".to_string(),
                ),
            }
        }
    }
    out.notices = notices;
    out
}

/// Writes a state (and view options, when not the defaults) as a query
/// string without the leading `?`. Every value is written, so a link keeps
/// meaning the same numbers even if a later version changes a default;
/// `cloud` too, so the page can still tell whether the prices were edited.
///
/// Two things are left out when they are at their defaults, because the
/// default can never change meaning: an empty name, and weights that are
/// all 1 (a link without `w_*` means the rubric as written, as every link
/// made before weights existed does). Leaving them out keeps those links
/// and the links of unweighted states the same. When any weight differs,
/// all five are written, so the link shows the whole weighting.
pub fn to_query(state: &State, view: &ViewOptions) -> String {
    let mut q = String::with_capacity(256);
    let mut put = |k: &str, v: &str| {
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str(k);
        q.push('=');
        q.push_str(v);
    };
    if let Some(p) = state.preset {
        put("preset", p.id);
    }
    if !state.name.is_empty() {
        put("name", &encode_component(state.name.as_str()));
    }
    for c in Category::ALL {
        put(c.param(), &state.scores.get(c).to_string());
    }
    if !state.weights.is_default() {
        for c in Category::ALL {
            put(&weight_param(c), &state.weights.get(c).to_string());
        }
    }
    put("cloud", state.cloud.id());
    for f in Field::ALL {
        // A range field is written as its estimate: the plain number for a
        // point, `LOW..EXPECTED..HIGH` otherwise. Always written, since a
        // missing parameter means the default range.
        put(f.spec().param, &state.ranges.get(f, &state.cost).param());
    }
    put("cur", state.currency.param());
    if view.embed {
        put("embed", "1");
    }
    if view.theme != Theme::Auto {
        put("theme", view.theme.param());
    }
    if view.present {
        put("present", "1");
    }
    q
}
