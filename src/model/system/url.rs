//! The system in the URL: `svc` rows, read and written.

use super::super::estimate::RANGE_FIELDS;
use super::super::fields::{parse_field, Field};
use super::super::number::write_number;
use super::super::query::{
    decode_component, encode_nested, pairs, parse_query, quote, read_score,
    to_query as state_query, Notice, ServiceName, State, ViewOptions,
};
use super::super::score::{Category, Scores};
use super::super::text::count;
use super::service::{Fleet, Service, Shared, System, DEFAULT_NAME, FLEET, MAX_SERVICES, PARAM};

/// The result of reading a system's query string.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedSystem {
    /// The system to show.
    pub system: System,
    /// How to show it (`embed`, `theme`).
    pub view: ViewOptions,
    /// Every problem found: the system-wide parameters' first, then the
    /// services' in URL order.
    pub notices: Vec<Notice>,
}

/// Reads a query string as a system, if it has any `svc` parameter (its
/// presence is what asks for the system view). Never fails otherwise: bad
/// entries are skipped or repaired, each with a notice.
pub fn parse_system(query: &str) -> Option<ParsedSystem> {
    let (services, service_notices) = parse_services(&pairs(query))?;
    let parsed = parse_query(query);
    let mut notices = parsed.notices;
    notices.extend(service_notices);
    let shared = Shared::from_state(&parsed.state);
    let system = match System::new(shared.clone(), services) {
        Some(s) => s,
        None => {
            notices.push(Notice {
                param: PARAM.into(),
                message: format!(
                    "no entry could be used; starting with one service called \"{DEFAULT_NAME}\""
                ),
            });
            let mut one = System::single(&State::default());
            one.shared = shared;
            one
        }
    };
    Some(ParsedSystem {
        system,
        view: parsed.view,
        notices,
    })
}

/// Reads every `svc` entry of decoded query pairs (see [`pairs`]), in
/// order: the services that could be used and a notice for each problem.
/// `None` when there is no `svc` parameter at all. Only the first
/// [`MAX_SERVICES`] entries are read; more are dropped with a notice.
pub fn parse_services(pairs: &[(String, String)]) -> Option<(Vec<Service>, Vec<Notice>)> {
    let entries: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == PARAM)
        .map(|(_, v)| v.as_str())
        .collect();
    if entries.is_empty() {
        return None;
    }
    let mut notices = Vec::new();
    let mut services = Vec::new();
    for (i, raw) in entries.iter().take(MAX_SERVICES).enumerate() {
        let param = format!("{PARAM} {}", i + 1);
        let mut note = |message: String| {
            notices.push(Notice {
                param: param.clone(),
                message,
            })
        };
        match parse_entry(raw, i + 1) {
            Ok((service, problems)) => {
                problems.into_iter().for_each(&mut note);
                services.push(service);
            }
            Err(why) => note(format!("\"{}\" {why}; skipped", quote(raw))),
        }
    }
    if entries.len() > MAX_SERVICES {
        notices.push(Notice {
            param: PARAM.into(),
            message: format!(
                "{} services given; a system holds at most {MAX_SERVICES}, so the first {MAX_SERVICES} are kept",
                entries.len()
            ),
        });
    }
    Some((services, notices))
}

/// Reads one entry (already decoded once by [`pairs`]). `Err` says why it
/// was skipped; `Ok` carries the service and what had to be repaired.
///
/// The name is everything before the first `:`, decoded once more as a
/// form value, so a name holding `:` or `,` is written `%3A`, `%2C` (which
/// [`to_query`] does); a hand-written plain name reads as itself.
fn parse_entry(raw: &str, position: usize) -> Result<(Service, Vec<String>), String> {
    let parts: Vec<&str> = raw.split(':').collect();
    let (name_raw, scores_raw, fleet_raw) = match parts.as_slice() {
        [name, scores] => (*name, *scores, None),
        [name, scores, fleet] => (*name, *scores, Some(*fleet)),
        [_] => return Err("has no scores (write NAME:TTM,LAT,SAFETY,EXP,SCALE)".into()),
        _ => return Err("has more parts than a name, five scores and a fleet".into()),
    };
    let score_texts: Vec<&str> = scores_raw.split(',').collect();
    if score_texts.len() != Category::ALL.len() {
        return Err(format!(
            "has {}, not {}",
            count(score_texts.len(), "score"),
            Category::ALL.len()
        ));
    }
    let mut problems = Vec::new();
    let clean = ServiceName::clean(&decode_component(name_raw));
    let name = if clean.name.is_empty() {
        let fallback = format!("{DEFAULT_NAME} {position}");
        problems.push(format!("has no name; using \"{fallback}\""));
        ServiceName::new(&fallback)
    } else {
        if let Some(why) = clean.notice() {
            problems.push(format!("name \"{}\" {why}", quote(clean.name.as_str())));
        }
        clean.name
    };
    let label = quote(name.as_str());
    let mut scores = Scores::default();
    for (c, text) in Category::ALL.into_iter().zip(score_texts) {
        let score = match read_score(text) {
            Ok(s) => s,
            Err((s, why)) => {
                problems.push(format!(
                    "\"{label}\": {} score \"{}\" {why}",
                    c.short().to_ascii_lowercase(),
                    quote(text)
                ));
                s
            }
        };
        scores.set(c, score);
    }
    let mut fleet = Fleet::default();
    if let Some(fleet_raw) = fleet_raw {
        let texts: Vec<&str> = fleet_raw.split(',').collect();
        if texts.len() != FLEET.len() {
            problems.push(format!(
                "\"{label}\": has {}, not {}; using the default fleet",
                count(texts.len(), "fleet value"),
                FLEET.len()
            ));
        } else {
            for (f, text) in FLEET.into_iter().zip(texts) {
                let v = match parse_field(f, text) {
                    Ok(v) => v,
                    Err(r) => {
                        problems.push(format!(
                            "\"{label}\": {} \"{}\" {}",
                            f.spec().param,
                            quote(text),
                            r.notice()
                        ));
                        r.instead
                    }
                };
                fleet.set(f, v);
            }
        }
    }
    Ok((
        Service {
            name,
            scores,
            fleet,
        },
        problems,
    ))
}

/// One service as its `svc` value, ready for the query string: the name
/// nested ([`encode_nested`]), `:` and `,` readable.
fn entry(service: &Service) -> String {
    let scores: Vec<String> = service.scores.values().iter().map(u8::to_string).collect();
    let fleet: Vec<String> = service.fleet.0.iter().map(|&v| write_number(v)).collect();
    format!(
        "{}:{}:{}",
        encode_nested(service.name.as_str(), &[':', ',']),
        scores.join(","),
        fleet.join(",")
    )
}

/// Whether a parameter of the single page's query belongs to one service
/// rather than to the system, so the system's link leaves it out. A fleet
/// field that takes a range stays: the system's link keeps its range (each
/// `svc` row keeps its own point value, which the range is carried to).
fn per_service(key: &str) -> bool {
    Category::from_param(key).is_some()
        || Field::from_param(key).is_some_and(|f| FLEET.contains(&f) && !RANGE_FIELDS.contains(&f))
        || matches!(key, "name" | "preset")
}

/// Writes a system as a query string without the leading `?`: one `svc`
/// per service, in order, every value written, then the system-wide
/// parameters exactly as the single page writes them. Reading it back with
/// [`parse_system`] gives the same system.
pub fn to_query(system: &System, view: &ViewOptions) -> String {
    let shared = State {
        weights: system.shared.weights,
        cost: system.shared.cost,
        ranges: system.shared.ranges,
        currency: system.shared.currency,
        fx: system.shared.fx,
        cloud: system.shared.cloud,
        ..State::default()
    };
    let rest = state_query(&shared, view);
    let rest = rest
        .split('&')
        .filter(|p| !per_service(p.split('=').next().unwrap_or_default()));
    let svc = system
        .services
        .iter()
        .map(|s| format!("{PARAM}={}", entry(s)));
    svc.chain(rest.map(str::to_string))
        .collect::<Vec<_>>()
        .join("&")
}

/// The single page's query for one service of the system: its scores,
/// fleet and name with the system's team, prices and weights.
pub fn service_query(system: &System, index: usize) -> Option<String> {
    let service = system.services.get(index)?;
    Some(state_query(
        &system.shared.state_for(service),
        &ViewOptions::default(),
    ))
}

/// The system view's query for a single page's service appended to the
/// system that `system_query` describes (a system link's query, with or
/// without `?`). If it holds no usable system, or a full one, the result
/// is a system of this one service; the flag says whether it was appended.
/// The single page's team and prices are used only for a new system: an
/// existing system keeps its own.
pub fn append_query(state: &State, system_query: &str) -> (String, bool) {
    let view = ViewOptions::default();
    let query = system_query
        .rsplit_once('?')
        .map_or(system_query, |(_, q)| q);
    let query = query.split('#').next().unwrap_or_default();
    if let Some(mut p) = parse_system(query) {
        if p.system.push(Service::from_state(state)) {
            return (to_query(&p.system, &view), true);
        }
    }
    (to_query(&System::single(state), &view), false)
}
