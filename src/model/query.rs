//! The page's state and its URL form.
//!
//! The query string is the public interface for links and embeds. It is
//! parsed once, here, into typed values; everything unusable becomes a
//! default or a clamped value plus a [`Notice`] saying what happened.
//!
//! Parameters: the scores (`ttm`, `lat`, `safety`, `exp`, `scale`), their
//! weights (`w_ttm` ... `w_scale`), every cost field's parameter, `cloud`,
//! `name`, `cur`, `preset`, and the view options `embed`, `theme` and
//! `present`, and `fx`, the rate money is converted at. `votes`,
//! `expect`, `ballot` and `vote` belong to meeting
//! mode and are read by [`room`](super::room).

use super::cost::CostInputs;
use super::estimate::{read_cost_param, Ranges};
use super::fields::{Field, Unit};
use super::money::{Currency, Fx};
pub use super::name::{CleanName, ServiceName};
use super::number::{parse_number, within, write_number, FieldError};
use super::presets::Preset;
use super::prices::{convert_defaults, Cloud};
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
    /// Units of `currency` per US dollar: what the price lists' prices and
    /// the defaults sourced in dollars are converted at (1 for dollars,
    /// and for an old link in another currency that carries no rate).
    pub fx: Fx,
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
    /// the preset's cost inputs hold, in `currency` at its default rate.
    pub fn from_preset(preset: &'static Preset, currency: Currency) -> State {
        let mut s = State {
            scores: preset.scores(),
            cost: preset.cost_inputs(),
            ranges: Ranges::defaults_for(&preset.cost_inputs()),
            preset: Some(preset),
            ..State::default()
        };
        s.set_currency(currency);
        s
    }

    /// Chooses a price list and sets both price fields to its prices, in
    /// the state's currency.
    pub fn set_cloud(&mut self, cloud: Cloud) {
        self.cloud = cloud;
        cloud.apply(&mut self.cost, self.fx);
    }

    /// Whether both price fields still hold the chosen list's prices;
    /// `false` means someone edited them (or the link set them).
    pub fn prices_match_cloud(&self) -> bool {
        self.cloud.matches(&self.cost, self.fx)
    }

    /// Shows the money in `currency` at its default rate ([`Fx::of`]).
    pub fn set_currency(&mut self, currency: Currency) {
        self.currency = currency;
        self.set_fx(Fx::of(currency));
    }

    /// Converts at `fx` from now on: every money input still holding its
    /// default or the price list's price, converted at the old rate, is
    /// converted at the new one; an amount someone typed stays as typed.
    pub fn set_fx(&mut self, fx: Fx) {
        let fx = if self.currency == Currency::Usd {
            Fx::default()
        } else {
            fx
        };
        convert_defaults(&mut self.cost, self.fx, fx);
        self.cloud.convert(&mut self.cost, self.fx, fx);
        self.fx = fx;
    }

    /// Whether the state has moved away from its preset.
    pub fn preset_modified(&self) -> bool {
        self.preset
            .is_some_and(|p| p.modified(&self.scores, &self.cost, self.fx))
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
                // Read once the currency is known, below.
                "fx" => {}
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
    read_fx(&mut out.state, &all, &seen, &mut note);
    out.notices = notices;
    out
}

/// Reads `fx`, the rate the money is converted at, once the currency is
/// known, and converts the money inputs the link does not give (the price
/// list's prices and the defaults sourced in dollars); amounts the link
/// gives are taken as written. A link in € or £ without `fx` was made
/// before amounts were converted: it keeps its meaning (a rate of 1) and
/// says so.
fn read_fx(
    state: &mut State,
    all: &[(String, String)],
    seen: &[String],
    note: &mut impl FnMut(&str, String),
) {
    let raw = all.iter().find(|(k, _)| k == "fx").map(|(_, v)| v.as_str());
    let currency = state.currency;
    if currency == Currency::Usd {
        if raw.is_some() {
            note("fx", "converts only to eur or gbp; ignored".to_string());
        }
        return;
    }
    let fx = match raw.map(|r| parse_number(r).ok().and_then(Fx::new).ok_or(r)) {
        None => {
            note("cur", super::prices::NOT_CONVERTED.to_string());
            return;
        }
        Some(Ok(fx)) => fx,
        Some(Err(r)) => {
            let fx = Fx::of(currency);
            note(
                "fx",
                format!(
                    "\"{}\" is not a rate above 0 and at most 10,000; using {}",
                    quote(r),
                    write_number(fx.get())
                ),
            );
            fx
        }
    };
    state.fx = fx;
    for f in Field::ALL {
        if f.spec().unit == Unit::Money && !seen.iter().any(|k| k == f.spec().param) {
            let v = fx.convert(state.cost.get(f));
            state.cost.set(f, v);
        }
    }
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
    if state.currency != Currency::Usd {
        put("fx", &write_number(state.fx.get()));
    }
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
