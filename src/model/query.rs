//! The page's state and its URL form.
//!
//! The query string is the public interface for links and embeds. It is
//! parsed once, here, into typed values; everything unusable becomes a
//! default or a clamped value plus a [`Notice`] saying what happened.

use super::cost::CostInputs;
use super::fields::{parse_field, parse_number, Field, FieldError};
use super::presets::Preset;
use super::score::{Category, Score, Scores};

/// Currency symbol for display. Amounts are never converted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    /// US dollar.
    #[default]
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
}

impl Currency {
    /// Every currency, in picker order.
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Gbp];

    /// Query value.
    pub const fn param(self) -> &'static str {
        match self {
            Currency::Usd => "usd",
            Currency::Eur => "eur",
            Currency::Gbp => "gbp",
        }
    }

    /// ISO 4217 code for `Intl.NumberFormat`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }

    /// Symbol.
    pub const fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
        }
    }

    /// Looks a currency up by query value, code or symbol.
    pub fn parse(raw: &str) -> Option<Currency> {
        let t = raw.trim();
        Currency::ALL.into_iter().find(|c| {
            t.eq_ignore_ascii_case(c.param()) || t == c.symbol()
        })
    }
}

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
}

impl Theme {
    /// Query value.
    pub const fn param(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Looks a theme up by its query value.
    pub fn parse(raw: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|t| t.param() == raw.trim())
    }
}

/// Everything the calculator computes from. A URL made from a `State`
/// reproduces it exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct State {
    /// The rubric scores.
    pub scores: Scores,
    /// The cost inputs.
    pub cost: CostInputs,
    /// Display currency.
    pub currency: Currency,
    /// The preset the state started from, if any.
    pub preset: Option<&'static Preset>,
}

impl PartialEq for Preset {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl State {
    /// The state a preset sets.
    pub fn from_preset(preset: &'static Preset, currency: Currency) -> State {
        State { scores: preset.scores(), cost: preset.cost_inputs(), currency, preset: Some(preset) }
    }

    /// Whether the state has moved away from its preset.
    pub fn preset_modified(&self) -> bool {
        self.preset.is_some_and(|p| p.scores() != self.scores || p.cost_inputs() != self.cost)
    }
}

/// How the page is shown, as opposed to what it computes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    /// Compact layout for an iframe (`embed=1`).
    pub embed: bool,
    /// Colour scheme (`theme=light|dark|auto`).
    pub theme: Theme,
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
fn quote(s: &str) -> String {
    if s.chars().count() <= QUOTE_MAX {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(QUOTE_MAX).collect();
        out.push('…');
        out
    }
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

/// Reads a rubric score from the URL: clamps readable numbers into 1..=5,
/// rounds fractions, defaults the rest.
fn read_score(raw: &str) -> Result<Score, (Score, String)> {
    match parse_number(raw) {
        Ok(v) => {
            let rounded = v.round();
            let score = Score::clamped(rounded.clamp(-1e9, 1e9) as i64);
            if rounded == v && (1.0..=5.0).contains(&v) {
                Ok(score)
            } else if rounded != v && (1.0..=5.0).contains(&v) {
                Err((score, format!("{}; using {score}", FieldError::NotWhole)))
            } else {
                Err((score, format!("is outside 1-5; using {score}")))
            }
        }
        Err(e) => Err((Score::MID, format!("{e}; using the default {}", Score::MID))),
    }
}

/// Reads a cost field from the URL with the same rule as the text fields;
/// an unusable value is replaced by what [`Field::check`] offers instead.
fn read_field(field: Field, raw: &str) -> Result<f64, (f64, String)> {
    parse_field(field, raw).map_err(|r| (r.instead, r.notice()))
}

/// Reads a query string into a state. Never fails: the worst URL gives the
/// default state and a list of notices.
pub fn parse_query(query: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut seen: Vec<String> = Vec::new();
    let mut notices = Vec::new();
    let mut note = |param: &str, message: String| {
        notices.push(Notice { param: quote(param), message });
    };
    let all = pairs(query);
    // A preset sets the base; explicit values below override it.
    if let Some((_, v)) = all.iter().find(|(k, _)| k == "preset") {
        match Preset::by_id(v.trim()) {
            Some(p) => out.state = State::from_preset(p, Currency::Usd),
            None => note("preset", format!("\"{}\" is not a known preset; ignored", quote(v))),
        }
    }
    for (key, value) in &all {
        if seen.iter().any(|k| k == key) {
            note(key, "appears more than once; using the first value".to_string());
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
        } else if let Some(field) = Field::from_param(key) {
            match read_field(field, value) {
                Ok(v) => {
                    out.state.cost.set(field, v);
                }
                Err((v, why)) => {
                    out.state.cost.set(field, v);
                    note(key, format!("\"{}\" {why}", quote(value)));
                }
            }
        } else {
            match key.as_str() {
                "preset" => {}
                "cur" => match Currency::parse(value) {
                    Some(c) => out.state.currency = c,
                    None => note(key, format!("\"{}\" is not usd, eur or gbp; using usd", quote(value))),
                },
                "embed" => match value.trim() {
                    "1" | "true" | "" => out.view.embed = true,
                    "0" | "false" => out.view.embed = false,
                    _ => note(key, format!("\"{}\" is not 1 or 0; showing the full page", quote(value))),
                },
                "theme" => match Theme::parse(value) {
                    Some(t) => out.view.theme = t,
                    None => note(key, format!("\"{}\" is not light, dark or auto; using auto", quote(value))),
                },
                _ => note(key, "is not a parameter this page knows; ignored".to_string()),
            }
        }
    }
    out.notices = notices;
    out
}

/// Writes a state (and view options, when not the defaults) as a query
/// string without the leading `?`. Every value is written, so a link keeps
/// meaning the same numbers even if a later version changes a default.
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
    for c in Category::ALL {
        put(c.param(), &state.scores.get(c).to_string());
    }
    for f in Field::ALL {
        put(f.spec().param, &state.cost.get(f).to_string());
    }
    put("cur", state.currency.param());
    if view.embed {
        put("embed", "1");
    }
    if view.theme != Theme::Auto {
        put("theme", view.theme.param());
    }
    q
}
