//! Property tests over every parser that reads user input: the query
//! string, the numeric fields and the number parser they share. Bounded for the test command; run longer
//! with `PROPTEST_CASES=200000 cargo test --release --test props`.

use proptest::prelude::*;
use rust_or_go::model::cost::CostInputs;
use rust_or_go::model::fields::{parse_field, parse_number, plain_number, Field};
use rust_or_go::model::presets::PRESETS;
use rust_or_go::model::query::{parse_query, to_query, Currency, State, Theme, ViewOptions};
use rust_or_go::model::score::{Category, Scores};

const KEYS: &[&str] = &[
    "ttm", "lat", "safety", "exp", "scale", "instances", "go_mb", "rust_mb", "gb_month", "go_vcpu",
    "cpu_saving", "vcpu_month", "engineers", "eng_month", "ramp_months", "slowdown", "horizon",
    "cur", "preset", "embed", "theme", "x", "",
];

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
        "[0-9.eE+-]{0,12}",
        ".{0,40}",
        "(%[0-9A-Fa-f]{2}){0,8}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS), value(), any::<bool>()), 0..30).prop_map(|pairs| {
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

/// A state is valid when every cost field accepts its value (scores are
/// valid by construction).
fn assert_valid(state: &State) {
    for f in Field::ALL {
        let v = state.cost.get(f);
        assert!(f.accepts(v), "{f:?} = {v}");
    }
}

fn any_state() -> impl Strategy<Value = State> {
    let scores = prop::array::uniform5(1u8..=5).prop_map(|v| Scores::from_values(v).unwrap());
    let cost = prop::collection::vec(any::<f64>(), 12).prop_map(|vals| {
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
    (scores, cost, prop::sample::select(Currency::ALL.to_vec()), preset).prop_map(|(scores, cost, currency, preset)| State {
        scores,
        cost,
        currency,
        preset: preset.map(|i| &PRESETS[i]),
    })
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
    fn states_round_trip_through_the_url(s in any_state(), embed in any::<bool>(), theme in prop::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark])) {
        let view = ViewOptions { embed, theme };
        let p = parse_query(&to_query(&s, &view));
        prop_assert!(p.notices.is_empty(), "{:?}", p.notices);
        prop_assert_eq!(p.state, s);
        prop_assert_eq!(p.view, view);
    }

    #[test]
    fn field_parsers_accept_only_what_the_field_accepts(raw in value(), i in 0usize..12) {
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
    fn in_range_numbers_parse_exactly(i in 0usize..12, t in 0.0f64..1.0) {
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
