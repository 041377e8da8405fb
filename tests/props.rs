//! Property tests over every parser that reads user input: the query
//! string, the numeric fields, the number parser they share, the service
//! name and its URL encoding. Bounded for the test command; run longer
//! with `PROPTEST_CASES=200000 cargo test --release --test props`.

mod common;
use common::PUBLIC_PARAMS;

use proptest::prelude::*;
use rust_or_go::model::cost::CostInputs;
use rust_or_go::model::estimate::{Estimate, Ranges, RANGE_FIELDS};
use rust_or_go::model::fields::{parse_field, Field};
use rust_or_go::model::money::{Currency, Fx};
use rust_or_go::model::number::{parse_number, plain_number};
use rust_or_go::model::presets::PRESETS;
use rust_or_go::model::prices::Cloud;
use rust_or_go::model::query::{
    decode_component, encode_component, parse_query, to_query, ServiceName, State, Theme,
    ViewOptions,
};
use rust_or_go::model::score::{Category, Scores};
use rust_or_go::model::weights::Weights;

/// Every public parameter, plus keys a sloppy or hostile URL might carry.
fn keys() -> Vec<&'static str> {
    let mut keys = PUBLIC_PARAMS.to_vec();
    keys.extend(["w_", "w_x", "x", ""]);
    keys
}

/// Values a hostile or sloppy URL might carry.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|v| v.to_string()),
        any::<f64>().prop_map(|v| v.to_string()),
        Just("NaN".to_string()),
        Just("-Infinity".to_string()),
        Just("1e308".to_string()),
        Just("1e309".to_string()),
        Just("%".to_string()),
        Just("%F0%9F%A6%80".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("cloud-run".to_string()),
        Just("GKE-Autopilot".to_string()),
        Just("a%26b%3Dc%2B%25%23+%E2%82%AC".to_string()),
        Just("%0A%E2%80%AEx%1B".to_string()),
        "[0-9.eE+-]{0,12}",
        "[0-9.,a-]{0,5}\\.\\.[0-9.,a-]{0,5}\\.\\.[0-9.,a-]{0,5}",
        (any::<f64>(), any::<f64>(), any::<f64>()).prop_map(|(a, b, c)| format!("{a}..{b}..{c}")),
        ".{0,40}",
        "(%[0-9A-Fa-f]{2}){0,8}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(keys()), value(), any::<bool>()),
        0..30,
    )
    .prop_map(|pairs| {
        let mut q = String::from("?");
        for (k, v, eq) in pairs {
            q.push_str(k);
            if eq {
                q.push('=');
            }
            q.push_str(&v);
            q.push('&');
        }
        q
    })
}

/// A state is valid when every cost field accepts its value and the name
/// is clean (scores and weights are valid by construction).
fn assert_valid(state: &State) {
    for f in Field::ALL {
        let v = state.cost.get(f);
        assert!(f.accepts(v), "{f:?} = {v}");
        let e = state.ranges.get(f, &state.cost);
        assert!(f.accepts(e.low()) && f.accepts(e.high()), "{f:?} = {e:?}");
        assert!(e.low() <= v && v <= e.high(), "{f:?} = {e:?}");
    }
    assert_clean(state.name.as_str());
}

/// What every name past the edge looks like.
fn assert_clean(name: &str) {
    assert!(name.chars().count() <= ServiceName::MAX_CHARS, "{name:?}");
    assert_eq!(name, name.trim(), "untrimmed");
    assert!(
        !name
            .chars()
            .any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)),
        "{name:?}"
    );
}

/// Text a name field or a link might carry: anything, and the characters
/// that matter to a query string or a page.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ &=+%#?/<>\"'a-zé€🦀\t\n\u{202E}\u{2028}]{0,100}",
        ".{70,120}",
    ]
}

fn any_state() -> impl Strategy<Value = State> {
    let scores = prop::array::uniform5(1u8..=5).prop_map(|v| Scores::from_values(v).unwrap());
    let cost = prop::collection::vec(any::<f64>(), Field::ALL.len()).prop_map(|vals| {
        let mut c = CostInputs::default();
        for (f, v) in Field::ALL.into_iter().zip(vals) {
            let s = f.spec();
            let scaled = s.min + (v.abs() % 1.0) * (s.max - s.min);
            let scaled = if s.whole { scaled.round() } else { scaled };
            c.set(f, scaled);
        }
        c
    });
    let preset = prop::option::of(prop::sample::select((0..PRESETS.len()).collect::<Vec<_>>()));
    // Per range field: a point, or how far down and up the range reaches
    // (as shares of the room below and above the expected value).
    let spreads = prop::collection::vec(
        prop::option::of((0.0..=1.0f64, 0.0..=1.0f64)),
        RANGE_FIELDS.len(),
    );
    let cost = (cost, spreads).prop_map(|(cost, spreads)| {
        let mut ranges = Ranges::points();
        for (f, spread) in RANGE_FIELDS.into_iter().zip(spreads) {
            if let Some((down, up)) = spread {
                let s = f.spec();
                let e = cost.get(f);
                let low = (e - down * (e - s.min)).clamp(s.min, e);
                let high = (e + up * (s.max - e)).clamp(e, s.max);
                ranges.set(f, Estimate::new(low, e, high).unwrap());
            }
        }
        (cost, ranges)
    });
    let weights = prop::array::uniform5(0u8..=3).prop_map(|v| Weights::from_values(v).unwrap());
    // Half the time the prices are the cloud's own, half the time edited.
    let cloud = (prop::sample::select(Cloud::ALL.to_vec()), any::<bool>());
    // The currency's default rate, none (an old link's 1), or any rate
    // typed to six places.
    let currency = (
        prop::sample::select(Currency::ALL.to_vec()),
        prop_oneof![
            Just(None),
            Just(Some(1.0)),
            (1u64..=10_000_000_000u64).prop_map(|m| Some(m as f64 / 1e6)),
        ],
    )
        .prop_map(|(c, rate)| {
            let fx = match (c, rate) {
                (Currency::Usd, _) => Fx::default(),
                (_, None) => Fx::of(c),
                (_, Some(r)) => Fx::new(r).unwrap(),
            };
            (c, fx)
        });
    (scores, weights, cost, currency, preset, any_text(), cloud).prop_map(
        |(scores, weights, (cost, ranges), (currency, fx), preset, name, (cloud, listed))| {
            let mut s = State {
                scores,
                weights,
                cost,
                ranges,
                currency,
                fx,
                preset: preset.map(|i| &PRESETS[i]),
                name: ServiceName::new(&name),
                cloud,
            };
            if listed {
                s.set_cloud(cloud);
            }
            s
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000)
    ))]

    #[test]
    fn any_query_gives_a_valid_state(q in query()) {
        let p = parse_query(&q);
        assert_valid(&p.state);
        // What the page writes back reads back to the same state, silently.
        let again = parse_query(&to_query(&p.state, &p.view));
        prop_assert_eq!(again.state, p.state);
        prop_assert_eq!(again.view, p.view);
        prop_assert!(again.notices.is_empty());
    }

    #[test]
    fn any_bytes_never_panic(q in ".{0,400}") {
        let p = parse_query(&q);
        assert_valid(&p.state);
    }

    #[test]
    fn states_round_trip_through_the_url(s in any_state(), embed in any::<bool>(), theme in prop::sample::select(Theme::ALL.to_vec()), present in any::<bool>()) {
        let view = ViewOptions { embed, theme, present };
        let p = parse_query(&to_query(&s, &view));
        prop_assert!(p.notices.is_empty(), "{:?}", p.notices);
        prop_assert_eq!(p.view, view);
        prop_assert_eq!(p.state.prices_match_cloud(), s.prices_match_cloud());
        prop_assert_eq!(p.state, s);
    }

    #[test]
    fn any_text_round_trips_through_the_encoding(raw in any_text()) {
        let encoded = encode_component(&raw);
        prop_assert_eq!(decode_component(&encoded), raw);
        // Nothing in it can end the value, start another or cut the URL.
        prop_assert!(
            encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"*-._+%".contains(&b)),
            "{}", encoded
        );
    }

    #[test]
    fn any_name_is_cleaned_once_and_for_all(raw in any_text()) {
        let clean = ServiceName::clean(&raw);
        assert_clean(clean.name.as_str());
        // A clean name cleans to itself, silently: that is what lets it
        // round-trip through a link.
        let again = ServiceName::clean(clean.name.as_str());
        prop_assert_eq!(&again.name, &clean.name);
        prop_assert!(again.notice().is_none());
        // Plain text is kept as written unless too long, and a change is
        // always said.
        let special = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if !raw.chars().any(special) {
            prop_assert_eq!(clean.cut, raw.trim().chars().count() > ServiceName::MAX_CHARS);
            if !clean.cut {
                prop_assert_eq!(clean.name.as_str(), raw.trim());
            }
        }
        prop_assert_eq!(clean.notice().is_some(), clean.cut || clean.dropped);
        // Through the URL it arrives as the same name.
        let p = parse_query(&format!("?name={}", encode_component(&raw)));
        prop_assert_eq!(p.state.name, clean.name);
    }

    #[test]
    fn field_parsers_accept_only_what_the_field_accepts(raw in value(), i in 0usize..Field::ALL.len()) {
        let f = Field::ALL[i];
        match parse_field(f, &raw) {
            Ok(v) => prop_assert!(f.accepts(v)),
            // Rejected text is never a number the field would accept.
            Err(_) => prop_assert!(raw.trim().parse::<f64>().map_or(true, |v| !f.accepts(v))),
        }
    }

    #[test]
    fn formatted_numbers_read_back_within_a_cent(v in -1e13f64..1e13) {
        let shown = plain_number(v);
        let read = parse_number(&shown);
        prop_assert!(read.is_ok_and(|r| (r - v).abs() <= 0.005 + v.abs() * 1e-15), "{} -> {:?}", shown, read);
    }

    #[test]
    fn any_formatted_number_reads_back(v in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
        let shown = plain_number(v);
        let read = parse_number(&shown);
        prop_assert!(read.is_ok_and(|r| (r - v).abs() <= 0.005 + v.abs() * 1e-12), "{} -> {:?}", shown, read);
    }

    #[test]
    fn grouped_and_priced_forms_read_as_the_plain_number(
        int in 0u64..10_000_000_000_000,
        cents in 0u64..100,
        style in 0usize..4,
        affix in 0usize..8,
    ) {
        let plain = format!("{int}.{cents:02}");
        let want = parse_number(&plain).unwrap();
        prop_assert_eq!(want, plain.parse::<f64>().unwrap());
        let digits = int.to_string();
        let grouped = |sep: char| {
            let mut out = String::new();
            for (i, ch) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push(sep);
                }
                out.push(ch);
            }
            out
        };
        let body = match style {
            0 => format!("{},{cents:02}", grouped('.')),
            1 => format!("{}.{cents:02}", grouped(',')),
            2 => format!("{},{cents:02}", grouped('\u{00A0}')),
            _ => format!("{}.{cents:02}", grouped('\u{202F}')),
        };
        let typed = match affix {
            0 => body,
            1 => format!("${body}"),
            2 => format!("$ {body}"),
            3 => format!("€{body}"),
            4 => format!("{body} €"),
            5 => format!("{body}£"),
            6 => format!("  {body}  "),
            _ => format!("+£ {body}"),
        };
        prop_assert_eq!(parse_number(&typed), Ok(want), "{}", typed);
        // Whole amounts may leave the decimals out.
        if cents == 0 && style == 1 {
            prop_assert_eq!(parse_number(&grouped(',')), Ok(want), "{}", grouped(','));
        }
    }

    #[test]
    fn arbitrary_text_never_panics_nor_gives_negative_zero(
        raw in prop_oneof![".{0,40}", "[-+0-9.,  \u{00A0}$€£eE]{0,16}"],
    ) {
        if let Ok(v) = parse_number(&raw) {
            prop_assert!(v.is_finite());
            prop_assert!(v != 0.0 || v.is_sign_positive(), "{:?}", raw);
        }
        for f in Field::ALL {
            match parse_field(f, &raw) {
                Ok(v) => prop_assert!(f.accepts(v)),
                Err(r) => {
                    prop_assert!(f.accepts(r.instead));
                    prop_assert!(!r.message(f.spec().default).is_empty() && !r.notice().is_empty());
                }
            }
        }
    }

    #[test]
    fn in_range_numbers_parse_exactly(i in 0usize..Field::ALL.len(), t in 0.0f64..1.0) {
        let f = Field::ALL[i];
        let s = f.spec();
        let v = s.min + t * (s.max - s.min);
        let v = if s.whole { v.round() } else { v };
        if f.accepts(v) {
            prop_assert_eq!(parse_field(f, &v.to_string()), Ok(v));
        }
    }
}

#[test]
fn a_hundred_kilobyte_query_is_handled() {
    let mut q = String::from("?");
    for i in 0..5000 {
        q.push_str(&format!("k{i}=%ZZ{i}&"));
    }
    q.push_str(&"lat=".repeat(10_000));
    assert!(q.len() > 100_000);
    let p = parse_query(&q);
    assert_valid(&p.state);
    assert_eq!(p.state.scores.get(Category::Latency).get(), 3);
    assert!(p.notices.len() >= 5000);
}
