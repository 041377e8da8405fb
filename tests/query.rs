//! Reading and writing the URL: the public parameters, bad input and notices.

use rust_or_go::model::fields::Field;
use rust_or_go::model::presets::{Preset, PRESETS};
use rust_or_go::model::query::{decode_component, parse_query, to_query, Currency, State, Theme, ViewOptions};
use rust_or_go::model::rubric::{evaluate, Verdict};
use rust_or_go::model::score::{Category, Scores};

fn score(q: &str, c: Category) -> u8 {
    parse_query(q).state.scores.get(c).get()
}

#[test]
fn good_parameters_set_the_scores() {
    let p = parse_query("?ttm=5&lat=1&safety=1&exp=1&scale=1");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.state.scores, Scores::from_values([5, 1, 1, 1, 1]).unwrap());
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
    assert!(p.notices[0].message.contains("using 5"), "{}", p.notices[0].message);
    assert_eq!(p.notices[1].param, "exp");
    assert!(p.notices[1].message.contains("using 1"));
}

#[test]
fn unreadable_scores_fall_back_to_the_default_with_a_notice() {
    let p = parse_query("?lat=abc&scale=&safety=NaN&ttm=Infinity");
    for c in [Category::Latency, Category::Scale, Category::Safety, Category::TimeToMarket] {
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
    assert_eq!(p.state.cost.get(Field::Instances), 1e6, "clamped to the maximum");
    assert_eq!(p.state.cost.get(Field::GoMb), 200.0, "default");
    assert_eq!(p.state.cost.get(Field::GbMonth), 3.24, "zero price falls back to the default");
    assert_eq!(p.state.cost.get(Field::Horizon), 13.0, "rounded");
    assert_eq!(p.state.cost.get(Field::RustMb), 1.0, "clamped to the minimum");
    assert_eq!(p.notices.len(), 5);
    assert!(p.notices[2].message.contains("greater than 0"), "{:?}", p.notices[2]);
}

#[test]
fn currency_theme_and_embed() {
    let p = parse_query("?cur=eur&theme=dark&embed=1");
    assert_eq!(p.state.currency, Currency::Eur);
    assert_eq!(p.view, ViewOptions { embed: true, theme: Theme::Dark });
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
        assert_eq!(evaluate(&Preset::by_id(id).unwrap().scores()).verdict, v, "{id}");
    }
}

#[test]
fn the_written_query_names_every_public_parameter() {
    let q = to_query(&State::default(), &ViewOptions::default());
    for p in ["ttm=3", "lat=3", "safety=3", "exp=3", "scale=3", "instances=50", "go_mb=200", "rust_mb=30", "gb_month=3.24", "cur=usd"] {
        assert!(q.split('&').any(|kv| kv == p), "{p} missing from {q}");
    }
    assert!(!q.contains("embed"));
    let q = to_query(&State::default(), &ViewOptions { embed: true, theme: Theme::Light });
    assert!(q.ends_with("embed=1&theme=light"));
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
    assert!(p.notices.iter().all(|n| n.param.len() < 64 && n.message.len() < 200));
}
