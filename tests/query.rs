//! Reading and writing the URL and the typed numbers: the public
//! parameters, the number parser both edges share, weights, the service
//! name, bad input, notices and field messages.

mod common;
use common::{OTHER_APPS, PUBLIC_PARAMS};

use rust_or_go::model::cost::{estimate, CostInputs};
use rust_or_go::model::fields::{parse_field, Field, Unit};
use rust_or_go::model::money::Currency;
use rust_or_go::model::number::{parse_number, plain_number, FieldError};
use rust_or_go::model::presets::{Preset, PRESETS};
use rust_or_go::model::prices::Cloud;
use rust_or_go::model::query::{
    decode_component, encode_component, parse_query, to_query, ServiceName, State, Theme,
    ViewOptions,
};
use rust_or_go::model::rubric::{evaluate, evaluate_weighted, Verdict};
use rust_or_go::model::score::{Category, Score, Scores};
use rust_or_go::model::weights::{Weight, Weights};

fn score(q: &str, c: Category) -> u8 {
    parse_query(q).state.scores.get(c).get()
}

#[test]
fn good_parameters_set_the_scores() {
    let p = parse_query("?ttm=5&lat=1&safety=1&exp=1&scale=1");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(
        p.state.scores,
        Scores::from_values([5, 1, 1, 1, 1]).unwrap()
    );
    assert_eq!(evaluate(&p.state.scores).verdict, Verdict::Go);
}

#[test]
fn no_parameters_give_the_defaults_silently() {
    for q in ["", "?", "?&&"] {
        let p = parse_query(q);
        assert_eq!(p.state, State::default());
        assert!(p.notices.is_empty());
    }
}

#[test]
fn out_of_range_scores_are_clamped_with_a_notice() {
    let p = parse_query("?ttm=9&exp=-1");
    assert_eq!(p.state.scores.get(Category::TimeToMarket).get(), 5);
    assert_eq!(p.state.scores.get(Category::Experience).get(), 1);
    assert_eq!(p.notices.len(), 2);
    assert_eq!(p.notices[0].param, "ttm");
    assert!(
        p.notices[0].message.contains("using 5"),
        "{}",
        p.notices[0].message
    );
    assert_eq!(p.notices[1].param, "exp");
    assert!(p.notices[1].message.contains("using 1"));
}

#[test]
fn unreadable_scores_fall_back_to_the_default_with_a_notice() {
    let p = parse_query("?lat=abc&scale=&safety=NaN&ttm=Infinity");
    for c in [
        Category::Latency,
        Category::Scale,
        Category::Safety,
        Category::TimeToMarket,
    ] {
        assert_eq!(p.state.scores.get(c).get(), 3, "{c:?}");
    }
    let params: Vec<&str> = p.notices.iter().map(|n| n.param.as_str()).collect();
    assert_eq!(params, ["lat", "scale", "safety", "ttm"]);
    assert!(p.notices[0].message.contains("not a number"));
    assert!(p.notices[1].message.contains("empty"));
}

#[test]
fn fractions_round_and_say_so() {
    let p = parse_query("?lat=4.4");
    assert_eq!(score("?lat=4.4", Category::Latency), 4);
    assert!(p.notices[0].message.contains("whole"));
}

#[test]
fn repeated_parameters_keep_the_first_and_say_so() {
    let p = parse_query("?ttm=2&ttm=5");
    assert_eq!(p.state.scores.get(Category::TimeToMarket).get(), 2);
    assert_eq!(p.notices.len(), 1);
    assert!(p.notices[0].message.contains("more than once"));
}

#[test]
fn unknown_parameters_are_named_and_ignored() {
    let p = parse_query("?utm_source=blog&lat=5");
    assert_eq!(p.state.scores.get(Category::Latency).get(), 5);
    assert_eq!(p.notices[0].param, "utm_source");
}

#[test]
fn cost_parameters_set_fields_and_bad_ones_are_fixed() {
    let p = parse_query("?instances=50&go_mb=200&rust_mb=30&gb_month=3.5");
    assert!(p.notices.is_empty());
    assert_eq!(p.state.cost.get(Field::GbMonth), 3.5);
    let p = parse_query("?instances=1e308&go_mb=abc&gb_month=0&horizon=12.5&rust_mb=-4");
    assert_eq!(
        p.state.cost.get(Field::Instances),
        1e6,
        "clamped to the maximum"
    );
    assert_eq!(p.state.cost.get(Field::GoMb), 200.0, "default");
    assert_eq!(
        p.state.cost.get(Field::GbMonth),
        3.24,
        "zero price falls back to the default"
    );
    assert_eq!(p.state.cost.get(Field::Horizon), 13.0, "rounded");
    assert_eq!(
        p.state.cost.get(Field::RustMb),
        1.0,
        "clamped to the minimum"
    );
    assert_eq!(p.notices.len(), 5);
    assert!(
        p.notices[2].message.contains("greater than 0"),
        "{:?}",
        p.notices[2]
    );
}

#[test]
fn currency_theme_and_embed() {
    let p = parse_query("?cur=eur&theme=dark&embed=1");
    assert_eq!(p.state.currency, Currency::Eur);
    assert_eq!(
        p.view,
        ViewOptions {
            embed: true,
            theme: Theme::Dark,
            ..ViewOptions::default()
        }
    );
    let p = parse_query("?cur=yen&theme=pink&embed=maybe");
    assert_eq!(p.state.currency, Currency::Usd);
    assert_eq!(p.view, ViewOptions::default());
    assert_eq!(p.notices.len(), 3);
}

#[test]
fn presets_set_everything_and_explicit_values_win() {
    let p = parse_query("?preset=log-pipeline&lat=3");
    let preset = Preset::by_id("log-pipeline").unwrap();
    assert_eq!(p.state.preset.map(|p| p.id), Some("log-pipeline"));
    assert_eq!(p.state.cost, preset.cost_inputs());
    assert_eq!(p.state.scores.get(Category::Latency).get(), 3);
    assert!(p.state.preset_modified());
    let p = parse_query("?preset=nope");
    assert!(p.state.preset.is_none());
    assert_eq!(p.notices[0].param, "preset");
}

#[test]
fn every_preset_has_a_source_and_round_trips() {
    for p in &PRESETS {
        assert!(!p.source.is_empty());
        let s = State::from_preset(p, Currency::Gbp);
        assert!(!s.preset_modified());
        let back = parse_query(&to_query(&s, &ViewOptions::default()));
        assert!(back.notices.is_empty(), "{:?}", back.notices);
        assert_eq!(back.state, s);
    }
}

#[test]
fn presets_from_the_articles_get_their_teams_verdicts() {
    let want = [
        ("crud-api", Verdict::Go),
        ("log-pipeline", Verdict::Rust),
        ("deploy-platform", Verdict::Hybrid),
        ("login-service", Verdict::Rust),
        ("devops-cli", Verdict::Go),
        ("mvp-this-week", Verdict::Go),
        ("unsure", Verdict::Close),
    ];
    for (id, v) in want {
        assert_eq!(
            evaluate(&Preset::by_id(id).unwrap().scores()).verdict,
            v,
            "{id}"
        );
    }
}

fn keys(q: &str) -> Vec<&str> {
    q.split('&')
        .map(|kv| kv.split_once('=').map_or(kv, |(k, _)| k))
        .collect()
}

#[test]
fn the_written_query_names_every_public_parameter() {
    // A state where nothing is at its default writes every parameter.
    let mut s = State::from_preset(Preset::by_id("login-service").unwrap(), Currency::Eur);
    s.weights = Weights::from_values([0, 2, 3, 1, 1]).unwrap();
    s.name = ServiceName::new("Billing API");
    s.set_cloud(Cloud::GkeAutopilot);
    let q = to_query(
        &s,
        &ViewOptions {
            embed: true,
            theme: Theme::Dark,
            present: true,
        },
    );
    let written = keys(&q);
    for p in PUBLIC_PARAMS.iter().filter(|p| !OTHER_APPS.contains(p)) {
        assert_eq!(
            written.iter().filter(|k| **k == *p).count(),
            1,
            "{p} not written exactly once in {q}"
        );
    }
    // Anything else written must be a cost field, which is public by
    // being one; any other new parameter belongs in the list above.
    for k in &written {
        assert!(
            PUBLIC_PARAMS.contains(k) && !OTHER_APPS.contains(k) || Field::from_param(k).is_some(),
            "{k} is not a public parameter"
        );
    }
    for f in Field::ALL {
        assert!(written.contains(&f.spec().param), "{:?} not written", f);
    }
    let back = parse_query(&q);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.state, s);
    assert!(q.ends_with("embed=1&theme=dark&present=1"), "{q}");

    // The default state: the values today's links carry (the sourced
    // default ranges included), and nothing that is only written when it
    // differs from its default.
    let q = to_query(&State::default(), &ViewOptions::default());
    for p in [
        "ttm=3",
        "lat=3",
        "safety=3",
        "exp=3",
        "scale=3",
        "cloud=fargate-x86",
        "instances=50",
        "go_mb=200",
        "rust_mb=5..30..30",
        "gb_month=3.24",
        "vcpu_month=29.55",
        "cur=usd",
    ] {
        assert!(q.split('&').any(|kv| kv == p), "{p} missing from {q}");
    }
    for absent in [
        "preset", "name", "w_ttm", "w_lat", "w_safety", "w_exp", "w_scale", "embed", "theme",
    ] {
        assert!(
            !keys(&q).contains(&absent),
            "{absent} written for the default state: {q}"
        );
    }
    let q = to_query(
        &State::default(),
        &ViewOptions {
            embed: true,
            theme: Theme::Light,
            ..ViewOptions::default()
        },
    );
    assert!(q.ends_with("embed=1&theme=light"));
}

#[test]
fn weights_are_read_and_change_the_verdict() {
    let p = parse_query("?ttm=3&lat=3&safety=3&exp=3&scale=3&w_ttm=0&w_exp=0");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(
        p.state.weights,
        Weights::from_values([0, 1, 1, 0, 1]).unwrap()
    );
    // Ignoring both Go-side categories leaves only the Rust side pressing.
    assert_eq!(evaluate(&p.state.scores).verdict, Verdict::Close);
    assert_eq!(
        evaluate_weighted(&p.state.scores, &p.state.weights).go_units,
        0
    );
    assert_ne!(
        evaluate_weighted(&p.state.scores, &p.state.weights).verdict,
        Verdict::Close
    );
    // A link without weights is the rubric as written, as before weights existed.
    assert_eq!(parse_query("?lat=5").state.weights, Weights::DEFAULT);
}

#[test]
fn bad_weights_are_fixed_with_a_notice_naming_the_parameter() {
    let cases = [
        ("w_lat=9", 3, "\"9\" is outside 0-3; using 3"),
        ("w_lat=-2", 0, "\"-2\" is outside 0-3; using 0"),
        (
            "w_lat=abc",
            1,
            "\"abc\" is not a number; using the default 1",
        ),
        ("w_lat=", 1, "\"\" is empty; using the default 1"),
        ("w_lat=1.6", 2, "\"1.6\" is not a whole number; using 2"),
    ];
    for (q, want, message) in cases {
        let p = parse_query(&format!("?{q}"));
        assert_eq!(
            p.state.weights.get(Category::Latency),
            Weight::new(want).unwrap(),
            "{q}"
        );
        assert_eq!(p.notices.len(), 1, "{q}");
        assert_eq!(p.notices[0].param, "w_lat", "{q}");
        assert_eq!(p.notices[0].message, message, "{q}");
    }
    let p = parse_query("?w_speed=2");
    assert_eq!(p.state.weights, Weights::DEFAULT);
    assert_eq!(p.notices[0].param, "w_speed");
}

#[test]
fn weights_are_written_all_together_or_not_at_all() {
    let mut s = State::default();
    s.weights.set(Category::Safety, Weight::MAX);
    let q = to_query(&s, &ViewOptions::default());
    for kv in ["w_ttm=1", "w_lat=1", "w_safety=3", "w_exp=1", "w_scale=1"] {
        assert!(q.split('&').any(|p| p == kv), "{kv} missing from {q}");
    }
    s.weights = Weights::DEFAULT;
    assert!(!to_query(&s, &ViewOptions::default()).contains("w_"));
}

#[test]
fn a_name_is_text_kept_as_written() {
    let p = parse_query("?name=%3Cb%3Ex%3C/b%3E");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.state.name.as_str(), "<b>x</b>");
    let p = parse_query("?name=<b>x</b>");
    assert_eq!(p.state.name.as_str(), "<b>x</b>");
    let q = to_query(&p.state, &ViewOptions::default());
    assert!(q.contains("name=%3Cb%3Ex%3C%2Fb%3E"), "{q}");
    assert_eq!(parse_query(&q).state.name.as_str(), "<b>x</b>");
    // Trimmed silently; empty is no name.
    assert_eq!(
        parse_query("?name=++Billing+API+").state.name.as_str(),
        "Billing API"
    );
    let p = parse_query("?name=");
    assert!(p.state.name.is_empty() && p.notices.is_empty());
}

#[test]
fn a_name_with_query_characters_survives_a_link() {
    let raw = "R&D = 100% + \"fast\" #1, Zürich 🦀 東京";
    let s = State {
        name: ServiceName::new(raw),
        ..State::default()
    };
    assert_eq!(s.name.as_str(), raw);
    let q = to_query(&s, &ViewOptions::default());
    let back = parse_query(&q);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.state.name.as_str(), raw);
    assert_eq!(back.state, s);
    assert_eq!(
        encode_component("a b&c=d+e%f#g€/"),
        "a+b%26c%3Dd%2Be%25f%23g%E2%82%AC%2F"
    );
}

#[test]
fn a_long_name_is_cut_with_a_notice() {
    let long = "n".repeat(500);
    let p = parse_query(&format!("?name={long}"));
    assert_eq!(p.state.name.as_str(), "n".repeat(80));
    assert_eq!(p.notices.len(), 1);
    assert_eq!(p.notices[0].param, "name");
    assert!(
        p.notices[0]
            .message
            .ends_with("\" is longer than 80 characters; using the first 80"),
        "{}",
        p.notices[0].message
    );
    assert!(
        p.notices[0].message.len() < 120,
        "the value is quoted short"
    );
    // Characters, not bytes: 80 crabs fit.
    let crabs = "🦀".repeat(80);
    let p = parse_query(&format!("?name={}", encode_component(&crabs)));
    assert!(p.notices.is_empty());
    assert_eq!(p.state.name.as_str(), crabs);
}

#[test]
fn control_characters_are_removed_from_a_name_with_a_notice() {
    // A line break would split an export's heading; a right-to-left
    // override would show the name reversed.
    let p = parse_query("?name=Billing%0AAPI%E2%80%AE%00");
    assert_eq!(p.state.name.as_str(), "Billing API");
    assert_eq!(p.notices.len(), 1);
    assert_eq!(p.notices[0].param, "name");
    assert!(
        p.notices[0].message.contains("control characters"),
        "{}",
        p.notices[0].message
    );
}

#[test]
fn percent_decoding_matches_the_form_encoding() {
    assert_eq!(decode_component("a%20b+c"), "a b c");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
    assert_eq!(decode_component("%E2%82%AC"), "€");
    assert_eq!(decode_component("%FF"), "\u{FFFD}");
    let p = parse_query("?l%61t=%35&cur=%E2%82%AC");
    assert_eq!(p.state.scores.get(Category::Latency).get(), 5);
    assert_eq!(p.state.currency, Currency::Eur);
}

#[test]
fn very_long_input_is_quoted_short() {
    let long = "x".repeat(100_000);
    let p = parse_query(&format!("?lat={long}&{long}=1"));
    assert_eq!(p.notices.len(), 2);
    assert!(p
        .notices
        .iter()
        .all(|n| n.param.len() < 64 && n.message.len() < 200));
}

#[test]
fn numbers_are_read_as_people_type_them() {
    let cases = [
        ("15660", 15660.0),
        ("15,660", 15660.0),
        ("1,234,567.5", 1_234_567.5),
        ("15 660", 15660.0),
        ("15\u{00A0}660", 15660.0),
        ("15\u{202F}660", 15660.0),
        ("15\u{2009}660", 15660.0),
        ("$15660", 15660.0),
        ("$ 15,660", 15660.0),
        ("15660 €", 15660.0),
        ("15660€", 15660.0),
        ("£3.24", 3.24),
        ("-$5", -5.0),
        ("$-5", -5.0),
        ("3,24", 3.24),
        ("1.234,5", 1234.5),
        ("1.234.567", 1_234_567.0),
        ("1 234,5", 1234.5),
        ("0,500", 0.5),
        ("1234,567", 1234.567),
        // A single dot is the decimal point, as the page writes links.
        ("15.660", 15.66),
        (" +7 ", 7.0),
        (".5", 0.5),
        ("1e3", 1000.0),
    ];
    for (raw, want) in cases {
        assert_eq!(parse_number(raw), Ok(want), "{raw:?}");
    }
}

#[test]
fn garbage_is_rejected_as_not_a_number() {
    for raw in [
        "12abc",
        "1,2,3",
        "--5",
        "+-5",
        "+$+5",
        "-$-5",
        "- 5",
        "NaN",
        "nan",
        "inf",
        "Infinity",
        "12,34,567",
        "1,234.567.8",
        "1..2",
        "$$5",
        "$5€",
        "5$€",
        "1 234 56",
        "0,500.5",
        "1,234 567",
        "e5",
        "1e",
        "1e+",
        "$",
        ".",
        "1_000",
    ] {
        assert_eq!(parse_number(raw), Err(FieldError::NotANumber), "{raw:?}");
    }
    for raw in ["", "   ", "\u{00A0}"] {
        assert_eq!(parse_number(raw), Err(FieldError::Empty), "{raw:?}");
    }
    assert_eq!(parse_number("1e999"), Err(FieldError::NotFinite));
}

#[test]
fn negative_zero_is_plain_zero() {
    for raw in ["-0", "-0.00", "-$0", "-0e5", "-1e-400"] {
        let v = parse_number(raw).unwrap();
        assert!(v == 0.0 && v.is_sign_positive(), "{raw:?} gave {v}");
    }
    assert_eq!(plain_number(-0.0), "0");
    assert_eq!(plain_number(-0.001), "0");
    // "-0" instances once showed "-0 GB" of RAM.
    let mut c = CostInputs::default();
    c.set(
        Field::Instances,
        parse_field(Field::Instances, "-0").unwrap(),
    );
    let r = estimate(&c, Score::MID);
    assert!(r.ram_go_gb().is_sign_positive(), "{}", r.ram_go_gb());
    assert_eq!(plain_number(r.ram_go_gb()), "0");
}

#[test]
fn the_url_reads_numbers_like_the_fields() {
    let p = parse_query("?instances=15,660&eng_month=%2415%2C660&gb_month=3,24&go_mb=1+500&vcpu_month=29.55%E2%82%AC");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.state.cost.get(Field::Instances), 15660.0);
    assert_eq!(p.state.cost.get(Field::EngMonth), 15660.0);
    assert_eq!(p.state.cost.get(Field::GbMonth), 3.24);
    assert_eq!(p.state.cost.get(Field::GoMb), 1500.0);
    assert_eq!(p.state.cost.get(Field::VcpuMonth), 29.55);
    assert_eq!(parse_field(Field::Instances, "15,660"), Ok(15660.0));
}

#[test]
fn the_url_and_the_fields_apply_one_range_rule() {
    // Each case: field, text, what the URL uses, its notice, the field's message.
    let cases = [
        (Field::Instances, "1e308", 1e6, "is out of range; using 1,000,000",
            "That is out of range. Enter a whole number from 0 to 1,000,000. Still using 50."),
        (Field::Horizon, "12.5", 13.0, "is not a whole number; using 13",
            "That is not a whole number. Enter a whole number from 1 to 240. Still using 50."),
        // Below the range, even though it rounds into it.
        (Field::Horizon, "0.6", 1.0, "is out of range; using 1",
            "That is out of range. Enter a whole number from 1 to 240. Still using 50."),
        (Field::GbMonth, "0", 3.24, "must be greater than 0; using 3.24",
            "That must be greater than 0. Enter a number greater than 0 and at most 10,000. Still using 50."),
        (Field::GoMb, "abc", 200.0, "is not a number; using the default 200",
            "That is not a number. Type digits with an optional decimal point, like 200. Enter a number from 1 to 1,000,000. Still using 50."),
        (Field::Instances, "12abc", 50.0, "is not a number; using the default 50",
            "That is not a number. Type digits, like 50. Enter a whole number from 0 to 1,000,000. Still using 50."),
        (Field::Instances, "", 50.0, "is empty; using the default 50",
            "The field is empty. Enter a whole number from 0 to 1,000,000. Still using 50."),
        (Field::EngMonth, "1e999", 15660.0, "is too large; using the default 15,660",
            "That is too large. Enter a number greater than 0 and at most 10,000,000. Still using 50."),
    ];
    for (field, raw, instead, notice, message) in cases {
        let rejected = parse_field(field, raw).unwrap_err();
        assert_eq!(rejected.message(50.0), message, "{field:?} {raw:?}");
        let q = format!("?{}={}", field.spec().param, raw.replace('+', "%2B"));
        let p = parse_query(&q);
        assert_eq!(p.state.cost.get(field), instead, "{q}");
        assert_eq!(p.notices[0].message, format!("\"{raw}\" {notice}"), "{q}");
    }
}

#[test]
fn the_bounds_a_message_shows_can_be_typed_back() {
    // The range sentence once showed "1,000,000", which the field then refused.
    for f in Field::ALL {
        let s = f.spec();
        assert_eq!(parse_field(f, &plain_number(s.max)), Ok(s.max), "{f:?}");
        if s.min_exclusive {
            // Every message for a too-small price says "greater than 0".
            assert_eq!(s.min, 0.0, "{f:?}");
        } else {
            assert_eq!(parse_field(f, &plain_number(s.min)), Ok(s.min), "{f:?}");
        }
    }
}

#[test]
fn units_show_their_suffix_and_money_the_currency() {
    assert_eq!(Field::GbMonth.spec().unit, Unit::Money);
    assert_eq!(
        Field::GbMonth.spec().unit.suffix(Currency::Eur.symbol()),
        "€"
    );
    assert_eq!(
        Field::EngMonth.spec().unit.suffix(Currency::Gbp.symbol()),
        "£"
    );
    assert_eq!(Field::GoMb.spec().unit.suffix("€"), "MB");
    assert_eq!(Field::CpuSaving.spec().unit.suffix("€"), "%");
    assert_eq!(Field::Instances.spec().unit.suffix("€"), "");
}

#[test]
fn preset_cost_values_are_all_accepted() {
    // `CostInputs::with` drops a rejected value silently; a typo here
    // would quietly turn into the default.
    for p in &PRESETS {
        for &(f, v) in p.cost {
            assert!(f.accepts(v), "{} {f:?} = {v}", p.id);
        }
    }
}

#[test]
#[should_panic(expected = "outside 1..=5")]
fn scores_written_in_the_source_must_be_in_range() {
    // In a `static`, as the presets are, this is a build error instead.
    let typo = std::hint::black_box([4, 2, 2, 1, 20]);
    let _ = Scores::of(typo);
}

#[test]
fn the_other_apps_read_the_public_parameters_listed() {
    // The system and the room are opened by these names; a rename would
    // break every saved system and room link.
    assert_eq!(
        OTHER_APPS,
        [
            rust_or_go::model::system::PARAM,
            rust_or_go::model::room::VOTES_PARAM,
            rust_or_go::model::room::EXPECT_PARAM,
            rust_or_go::model::room::BALLOT_PARAM,
            rust_or_go::model::room::VOTE_PARAM,
        ]
    );
}

#[test]
fn the_readme_lists_every_public_parameter() {
    let readme = include_str!("../README.md");
    let table: Vec<&str> = readme.lines().filter(|l| l.starts_with("| `")).collect();
    for p in PUBLIC_PARAMS {
        let named = format!("`{p}`");
        assert!(
            table
                .iter()
                .any(|row| row.split('|').nth(1).is_some_and(|c| c.contains(&named))),
            "README's parameter table does not name {p}"
        );
    }
}

#[test]
fn ranges_round_trip_through_the_url() {
    use rust_or_go::model::estimate::{Estimate, Ranges};
    let p = parse_query("?rust_mb=20..30..60&ramp_months=2..3..6&cpu_saving=70&slowdown=2,5");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    let s = &p.state;
    let e = s.ranges.get(Field::RustMb, &s.cost);
    assert_eq!((e.low(), e.expected(), e.high()), (20.0, 30.0, 60.0));
    assert_eq!(s.cost.get(Field::RustMb), 30.0);
    let e = s.ranges.get(Field::RampMonths, &s.cost);
    assert_eq!((e.low(), e.expected(), e.high()), (2.0, 3.0, 6.0));
    // Plain numbers, as every link before ranges wrote them, are points.
    assert!(s.ranges.get(Field::CpuSaving, &s.cost).is_point());
    assert_eq!(s.ranges.get(Field::Slowdown, &s.cost), Estimate::point(2.5));
    let q = to_query(s, &ViewOptions::default());
    for kv in [
        "rust_mb=20..30..60",
        "ramp_months=2..3..6",
        "cpu_saving=70",
        "slowdown=2.5",
    ] {
        assert!(q.split('&').any(|p| p == kv), "{kv} missing from {q}");
    }
    assert_eq!(parse_query(&q).state, *s);
    // A range whose ends meet its expected value is a point.
    let p = parse_query("?rust_mb=30..30..30");
    assert!(p.notices.is_empty());
    assert!(p.state.ranges.get(Field::RustMb, &p.state.cost).is_point());
    assert!(to_query(&p.state, &ViewOptions::default()).contains("&rust_mb=30&"));
    // Without the parameter, the sourced default range.
    let p = parse_query("?ttm=3");
    assert_eq!(p.state.ranges, Ranges::default());
    let e = p.state.ranges.get(Field::RustMb, &p.state.cost);
    assert_eq!((e.low(), e.high()), (5.0, 30.0));
}

#[test]
fn old_links_keep_their_meaning() {
    // Every cost parameter written as today's links write it: points.
    let old = "?ttm=3&lat=3&safety=3&exp=3&scale=3&cloud=fargate-x86&instances=50&go_mb=200&rust_mb=30&gb_month=3.24&go_vcpu=0.5&cpu_saving=70&vcpu_month=29.55&engineers=4&eng_month=15660&ramp_months=3&slowdown=2.5&steady_gap=0&horizon=24&value_month=0&rust_share=30&rust_engineers=2&toolchain_month=783&cur=usd";
    let p = parse_query(old);
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.state.cost, CostInputs::default());
    assert!(p.state.ranges.all_points());
    assert_eq!(to_query(&p.state, &ViewOptions::default()), old[1..]);
}

#[test]
fn misordered_or_bad_range_ends_are_repaired_with_a_notice() {
    let get = |q: &str| {
        let p = parse_query(q);
        let e = p.state.ranges.get(Field::RustMb, &p.state.cost);
        let messages: Vec<String> = p
            .notices
            .iter()
            .map(|n| {
                assert_eq!(n.param, "rust_mb");
                n.message.clone()
            })
            .collect();
        ((e.low(), e.expected(), e.high()), messages)
    };
    let (e, m) = get("?rust_mb=40..30..60");
    assert_eq!(e, (30.0, 30.0, 60.0));
    assert_eq!(
        m,
        ["\"40..30..60\": has its low end above the expected value; using 30..30..60"]
    );
    let (e, m) = get("?rust_mb=5..30..20");
    assert_eq!(e, (5.0, 30.0, 30.0));
    assert_eq!(
        m,
        ["\"5..30..20\": has its high end below the expected value; using 5..30..30"]
    );
    let (e, m) = get("?rust_mb=40..30..20");
    assert_eq!(e, (30.0, 30.0, 30.0));
    assert!(
        m[0].ends_with("has its low end above and its high end below the expected value; using 30"),
        "{m:?}"
    );
    // Each end goes through the field's own parser and range check.
    let (e, m) = get("?rust_mb=0..30..abc");
    assert_eq!(e, (1.0, 30.0, 30.0));
    assert_eq!(
        m,
        [
            "\"0..30..abc\": the low end is out of range; using 1",
            "\"0..30..abc\": the high end is not a number; using the expected value 30",
        ]
    );
    let (e, m) = get("?rust_mb=5..0..60");
    assert_eq!(e, (1.0, 1.0, 60.0));
    assert_eq!(
        m,
        [
            "\"5..0..60\": the expected value is out of range; using 1",
            "\"5..0..60\": has its low end above the expected value; using 1..1..60",
        ]
    );
    // Not three numbers: as any unreadable value, the default.
    let (e, m) = get("?rust_mb=5..30");
    assert_eq!(e, (5.0, 30.0, 30.0));
    assert_eq!(m, ["\"5..30\" is not a number; using the default 30"]);
    // A field without ranges reads a range as the bad number it is.
    let p = parse_query("?instances=1..2..3");
    assert!(p.notices[0].message.contains("is not a number"));
}
