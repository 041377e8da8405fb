//! Meeting mode's ballot and what the room checks: the short vote code and
//! its round trip (a property test), the ballot and vote links, votes for
//! another service and repeated voters held for a decision, who is
//! expected, and the result to keep (medians, ranges, agreement, Markdown
//! and CSV with the money of `decide`).

use proptest::prelude::*;
use rust_or_go::model::cost::{estimate, CostInputs};
use rust_or_go::model::decision::decide;
use rust_or_go::model::query::{parse_query, ServiceName};
use rust_or_go::model::room::{
    ballot_in_query, ballot_query, expected_in_query, parse_code, parse_line, parse_votes,
    vote_code, vote_query, Expected, Flag, Label, Place, Problem, Room, RoomResult, Vote, Why,
};
use rust_or_go::model::rubric::Verdict;
use rust_or_go::model::score::{Category, Scores};
use rust_or_go::model::weights::Weights;

fn scores(v: [u8; 5]) -> Scores {
    Scores::from_values(v).unwrap()
}

/// The room of tests/room.rs and the browser test.
const HAND: &str = "Ana~3.4.5.2.3,Ben~2.5.4.2.4,Chen~5.2.3.2.2,Dara~3.5.3.2.2,Eli~2.3.4.4.3";

fn name_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Alice".to_string()),
        Just("  Ana   María  ".to_string()),
        Just("שלום עליכם".to_string()),
        Just("مرحبا بالعالم".to_string()),
        Just("a\u{202E}b\u{2066}c".to_string()),
        Just("x".repeat(80)),
        Just("y ".repeat(50)),
        Just("12345 67890".to_string()),
        Just("Smith, J ~ 100% + co?#&=".to_string()),
        Just("Zoë 🦀 日本語".to_string()),
        ".{0,90}",
        "[ a-zA-Z0-9\u{5d0}-\u{5ea}\u{600}-\u{64a}]{0,100}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Any five scores and any name: the vote's code reads back as the same
    /// vote, typed into the room, sent as a short link, or in `votes`.
    #[test]
    fn a_vote_code_round_trips(values in prop::array::uniform5(1u8..=5), name in name_strategy()) {
        let vote = Vote::new(&name, scores(values));
        let code = vote_code(&vote);
        prop_assert_eq!(parse_code(&code), Ok(vote.clone()));
        prop_assert_eq!(parse_line(&code), Ok(vote.clone()));
        // The name rule is the service name's: cleaning is all that happens.
        let clean = ServiceName::new(&name);
        prop_assert_eq!(vote.label.as_str(), clean.as_str());
        // Through the room, typed with stray spaces around it.
        let r = Room::default().check_pasted(&format!("  {code}  \n"), &ServiceName::new("Svc"));
        prop_assert!(r.held.is_empty() && r.reading.problems.is_empty());
        prop_assert_eq!(r.reading.room.votes(), std::slice::from_ref(&vote));
        // As the short link.
        let svc = ServiceName::new(&name);
        let link = format!("https://x.test/r/?{}", vote_query(&svc, &Weights::DEFAULT, &vote));
        let r = Room::default().check_pasted(&link, &svc);
        prop_assert!(r.held.is_empty(), "{:?}", r.held);
        prop_assert_eq!(r.reading.room.votes(), std::slice::from_ref(&vote));
        // And in the room's own URL.
        let room = r.reading.room;
        prop_assert_eq!(parse_votes(&rust_or_go::model::query::decode_component(&room.to_param())).room, room);
    }
}

#[test]
fn a_code_is_five_digits_then_the_name() {
    let v = Vote::new("Alice", scores([4, 5, 4, 2, 5]));
    assert_eq!(vote_code(&v), "45425 Alice");
    assert_eq!(vote_code(&Vote::new("", scores([1, 1, 1, 1, 1]))), "11111");
    assert_eq!(parse_code("45425 Alice"), Ok(v.clone()));
    assert_eq!(parse_code("45425\tAlice "), Ok(v));
    for bad in [
        "4542 Alice",
        "45625 Alice",
        "454255 Alice",
        "45425Alice",
        "4 5 4 2 5",
        "",
        "x45425",
    ] {
        assert_eq!(parse_code(bad), Err(Why::BadCode), "{bad}");
    }
    // A line that starts like a code but is not one says so.
    assert!(matches!(parse_line("4542 Alice"), Err(Why::BadCode)));
    assert_eq!(parse_line("see you at 3"), Err(Why::NoLink));
}

#[test]
fn a_ballot_link_carries_the_name_and_weights_and_never_scores() {
    let w = Weights::from_values([1, 2, 0, 1, 3]).unwrap();
    let q = ballot_query(&ServiceName::new("Fraud scoring"), &w);
    assert_eq!(
        q,
        "ballot=1&name=Fraud+scoring&w_ttm=1&w_lat=2&w_safety=0&w_exp=1&w_scale=3"
    );
    assert_eq!(
        ballot_query(&ServiceName::default(), &Weights::DEFAULT),
        "ballot=1"
    );
    for c in Category::ALL {
        assert!(!q
            .split('&')
            .any(|kv| kv.starts_with(&format!("{}=", c.param()))));
    }
    let b = ballot_in_query(&format!("?{q}")).unwrap();
    assert_eq!(b.name.as_str(), "Fraud scoring");
    assert_eq!(b.weights, w);
    assert_eq!(b.vote, None);
    assert!(parse_query(&format!("?{q}")).notices.is_empty());
    // A ballot ignores scores a hand-made link adds.
    let b = ballot_in_query("?ballot=1&ttm=5&lat=5").unwrap();
    assert_eq!(b.vote, None);
    assert_eq!(ballot_in_query("?ttm=3"), None);
    assert_eq!(ballot_in_query("?ballot=0"), None);
    // A sent vote's link reopens the ballot with that vote.
    let v = Vote::new("Zoë", scores([4, 5, 4, 2, 5]));
    let q = vote_query(&ServiceName::new("Fraud scoring"), &Weights::DEFAULT, &v);
    assert_eq!(q, "ballot=1&name=Fraud+scoring&vote=45425+Zo%C3%AB");
    assert_eq!(ballot_in_query(&q).unwrap().vote, Some(v));
    assert!(parse_query(&q).notices.is_empty());
}

#[test]
fn the_room_holds_votes_for_another_service_and_repeated_names() {
    let ours = ServiceName::new("Fraud scoring");
    let room = parse_votes("Ana~3.4.5.2.3").room;
    let base = "https://x.test/";
    let pasted = [
        "34523 Ben".to_string(),
        format!("{base}?ballot=1&name=Ledger&vote=22222+Chen"),
        format!("{base}?name=ledger&ttm=1&lat=1&safety=1&exp=1&scale=1"),
        format!("{base}?ballot=1&name=fraud+SCORING&vote=33333+Dara"),
        "44444 ana".to_string(),
        "55555 Ben".to_string(),
        format!("Eli: {base}?ttm=2&lat=2&safety=2&exp=2&scale=2"),
        format!("{base}?ballot=1&name=Fraud+scoring"),
    ]
    .join("\n");
    let r = room.check_pasted(&pasted, &ours);
    let counted: Vec<&str> = r
        .reading
        .room
        .votes()
        .iter()
        .map(|v| v.label.as_str())
        .collect();
    assert_eq!(counted, ["Ana", "Ben", "Dara", "Eli"]);
    let held: Vec<(Place, &str, &str)> = r
        .held
        .iter()
        .map(|h| (h.place, h.vote.label.as_str(), h.flag.id()))
        .collect();
    assert_eq!(
        held,
        [
            (Place::Line(2), "Chen", "other-service"),
            (Place::Line(3), "", "other-service"),
            (Place::Line(5), "ana", "duplicate-voter"),
            (Place::Line(6), "Ben", "duplicate-voter"),
        ]
    );
    assert_eq!(
        r.held[0].flag,
        Flag::OtherService(ServiceName::new("Ledger"))
    );
    let msg = r.held[0].message(&ours);
    assert!(
        msg.contains("Chen's vote is for “Ledger”, not “Fraud scoring”"),
        "{msg}"
    );
    let msg = r.held[2].message(&ours);
    assert!(
        msg.starts_with("Line 5: the room already has a vote from ana"),
        "{msg}"
    );
    assert!(matches!(
        &r.reading.problems[..],
        [Problem::Skipped {
            place: Place::Line(8),
            why: Why::BlankBallot,
            ..
        }]
    ));
    // A room without a name holds votes that name one.
    let r = Room::default().check_pasted(
        &format!("{base}?ballot=1&name=Ledger&vote=22222"),
        &ServiceName::default(),
    );
    assert_eq!(r.held.len(), 1);
    assert!(r.held[0]
        .message(&ServiceName::default())
        .contains("names no service"));
}

#[test]
fn who_is_expected_and_who_has_not_voted() {
    let e = expected_in_query("?expect=Ana,Ben,+ben+,Smith%252C+J,,Fay");
    let names: Vec<&str> = e.names().iter().map(Label::as_str).collect();
    assert_eq!(names, ["Ana", "Ben", "Smith, J", "Fay"]);
    let room = parse_votes("ana~3.3.3.3.3,Ben~3.3.3.3.3,Gus~3.3.3.3.3").room;
    let missing: Vec<&str> = e.missing(&room).iter().map(|l| l.as_str()).collect();
    assert_eq!(missing, ["Smith, J", "Fay"]);
    assert_eq!(e.to_param(), "Ana,Ben,Smith%252C+J,Fay");
    assert_eq!(expected_in_query(&format!("?expect={}", e.to_param())), e);
    assert!(expected_in_query("?ttm=1").is_empty());
    assert_eq!(Expected::from_names(["", " "]), Expected::default());
}

#[test]
fn the_result_to_keep() {
    let room = parse_votes(HAND).room;
    let cost = CostInputs::default();
    let expected = Expected::from_names(["Ana", "Ben", "Chen", "Dara", "Eli", "Fay"]);
    let r = RoomResult::new(&room, &Weights::DEFAULT, &cost, &expected).unwrap();
    // Within one point of the median: ttm 3 -> 2,2,3,3 (not 5) = 4; lat 4 ->
    // 3,4,5,5 (not 2) = 4; safety 4 -> all 5; exp 2 -> 2,2,2,2 (not 4) = 4;
    // scale 3 -> all 5.
    let agree: Vec<usize> = r.spreads.iter().map(|s| s.agree()).collect();
    assert_eq!(agree, [4, 4, 5, 4, 5]);
    assert_eq!(r.verdict, Verdict::Hybrid);
    assert_eq!(r.median, scores([3, 4, 4, 2, 3]));
    // The money is decide's, at the median experience.
    let exp = r.median.get(Category::Experience);
    assert_eq!(
        r.money,
        decide(Verdict::Hybrid, &estimate(&cost, exp), exp, &cost)
    );
    assert_eq!(r.turnout(), "5 votes; not voted yet: Fay");
    let money = |c: rust_or_go::model::money::Cents| c.plain("$");
    let md = r.markdown(&ServiceName::new("Fraud *scoring*"), &money);
    assert!(md.starts_with("## The room's result for Fraud \\*scoring\\*\n\n5 votes (Ana, Ben, Chen, Dara and Eli); not voted yet: Fay.\n"), "{md}");
    assert!(
        md.contains("| Time-to-market pressure | 3 | 2–5 | 4 of 5 |\n"),
        "{md}"
    );
    assert!(
        md.contains("| Memory safety criticality | 4 | 3–5 | 5 of 5 |\n"),
        "{md}"
    );
    assert!(
        md.contains("**Verdict of the medians: Hybrid: Go + Rust.**"),
        "{md}"
    );
    assert!(md.contains(&r.money.sentence(&money)), "{md}");
    let csv = r.csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "category,param,median,min,max,within_one,votes");
    assert_eq!(lines[1], "Time-to-market pressure,ttm,3,2,5,4,5");
    assert_eq!(lines[5], "Projected scale / resource cost,scale,3,2,4,5,5");
    assert_eq!(lines.len(), 6);
    assert_eq!(
        RoomResult::new(&Room::default(), &Weights::DEFAULT, &cost, &expected),
        None
    );
    // Names in Markdown are text, never syntax.
    let room = parse_votes("%3Cb%3Ex%3C%2Fb%3E~3.3.3.3.3").room;
    let r = RoomResult::new(&room, &Weights::DEFAULT, &cost, &Expected::default()).unwrap();
    assert!(r
        .markdown(&ServiceName::default(), &money)
        .contains("1 vote (&lt;b&gt;x&lt;/b&gt;)."));
}
