//! Meeting mode: the room's medians, spreads and disagreement, its verdict
//! and tally, reading `votes` and pasted links, and the presenter flag.

use rust_or_go::model::query::{
    decode_component, encode_component, parse_query, to_query, State, ViewOptions,
};
use rust_or_go::model::room::{
    median, parse_line, parse_votes, votes_in_query, Label, Place, Problem, Room, Vote, Why,
    MAX_VOTES,
};
use rust_or_go::model::rubric::Verdict;
use rust_or_go::model::score::{Category, Score, Scores};
use rust_or_go::model::weights::Weights;

fn s(v: u8) -> Score {
    Score::new(v).unwrap()
}

fn scores(v: [u8; 5]) -> Scores {
    Scores::from_values(v).unwrap()
}

fn med(v: &[u8]) -> u8 {
    median(&v.iter().map(|&x| s(x)).collect::<Vec<_>>())
        .unwrap()
        .get()
}

/// The five votes the browser test uses too. Worked out by hand with the
/// rubric's rule (pressure = 6 x peak pull + 2 x sum of pulls on the Rust
/// side, 6 x peak + 3 x sum on the Go side; Hybrid when Rust >= 34 and
/// Go >= 27, otherwise a lead above 7 wins, otherwise a close call):
///
/// ```text
///         ttm lat safety exp scale   Rust           Go             verdict
/// Ana      3   4    5     2    3     24+2*9 = 42    18+3*5 = 33    hybrid
/// Ben      2   5    4     2    4     24+2*10 = 44   18+3*4 = 30    hybrid
/// Chen     5   2    3     2    2     12+2*4 = 20    24+3*7 = 45    go
/// Dara     3   5    3     2    2     24+2*7 = 38    18+3*5 = 33    hybrid
/// Eli      2   3    4     4    3     18+2*7 = 32    6+3*2 = 12     rust
/// sorted ttm 2 2 3 3 5, lat 2 3 4 5 5, safety 3 3 4 4 5, exp 2 2 2 2 4, scale 2 2 3 3 4
/// median   3   4    4     2    3     18+2*8 = 34    18+3*5 = 33    hybrid
/// ```
///
/// Spreads: ttm 2-5 and lat 2-5 (3 notches each), safety 3-5, exp 2-4,
/// scale 2-4. With the others at their medians, lat at 2 gives Rust 30
/// (a close call) and at 5 gives 42 (hybrid): it swings the verdict; ttm at
/// 2 or 5 leaves Go at 30 or 45, hybrid both times. So latency comes
/// first, although time to market comes first in the rubric.
const HAND: &str = "Ana~3.4.5.2.3,Ben~2.5.4.2.4,Chen~5.2.3.2.2,Dara~3.5.3.2.2,Eli~2.3.4.4.3";

#[test]
fn medians_of_an_odd_count_are_the_middle_vote() {
    assert_eq!(med(&[5]), 5);
    assert_eq!(med(&[1, 5, 5]), 5);
    assert_eq!(med(&[4, 1, 2]), 2);
    assert_eq!(med(&[5, 1, 3, 1, 5]), 3);
    assert_eq!(median(&[]), None);
}

#[test]
fn medians_of_an_even_count_round_a_half_toward_3() {
    // Whole means are the median.
    assert_eq!(med(&[2, 4]), 3);
    assert_eq!(med(&[1, 5]), 3);
    assert_eq!(med(&[5, 5, 1, 1]), 3);
    assert_eq!(med(&[4, 4, 2, 5]), 4);
    // Halves above 3 round down, halves below 3 round up.
    assert_eq!(med(&[4, 5]), 4);
    assert_eq!(med(&[3, 4]), 3);
    assert_eq!(med(&[1, 2]), 2);
    assert_eq!(med(&[2, 3]), 3);
    assert_eq!(med(&[1, 4]), 3);
    assert_eq!(med(&[2, 5]), 3);
    assert_eq!(med(&[5, 5, 4, 1]), 4);
    assert_eq!(med(&[1, 1, 2, 5]), 2);
}

#[test]
fn the_hand_worked_room() {
    let r = parse_votes(HAND);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let room = r.room;
    assert_eq!(room.len(), 5);
    assert_eq!(room.median(), Some(scores([3, 4, 4, 2, 3])));
    let spreads: Vec<(u8, u8, u8)> = Category::ALL
        .map(|c| room.spread(c).unwrap())
        .iter()
        .map(|sp| (sp.median.get(), sp.min.get(), sp.max.get()))
        .collect();
    assert_eq!(
        spreads,
        [(3, 2, 5), (4, 2, 5), (4, 3, 5), (2, 2, 4), (3, 2, 4)]
    );
    assert_eq!(
        room.spread(Category::Experience).unwrap().counts,
        [0, 4, 0, 1, 0]
    );
    assert_eq!(room.spread(Category::Latency).unwrap().range(), 3);
    let w = Weights::DEFAULT;
    assert_eq!(room.verdict(&w), Some(Verdict::Hybrid));
    // Ben (2.5.4.2.4) votes a loose timeline and a thin Rust gap beside
    // strong Rust needs: Rust, not Hybrid, since the gap presses only with
    // a deadline (seed 004: "If they don't, and the project has a tight
    // deadline, that's a risk").
    assert_eq!(
        room.tally(&w),
        [
            (Verdict::Go, 1),
            (Verdict::Close, 0),
            (Verdict::Hybrid, 2),
            (Verdict::Rust, 2)
        ]
    );
    let lat = room.spread(Category::Latency).unwrap();
    assert_eq!(
        room.verdicts_across(&lat, &w),
        Some((Verdict::Close, Verdict::Hybrid))
    );
    let order: Vec<&str> = room
        .discussion(&w)
        .iter()
        .map(|sp| sp.category.param())
        .collect();
    // Range 3: lat and ttm both swing the verdict (ttm 2/5 gives Rust:
    // without a deadline the thin Rust gap no longer presses), so rubric
    // order. Range 2: all three swing it (safety 3 or exp 4 or scale 2
    // alone gives a close call or Rust), so rubric order.
    let ttm = room.spread(Category::TimeToMarket).unwrap();
    assert_eq!(
        room.verdicts_across(&ttm, &w),
        Some((Verdict::Rust, Verdict::Hybrid))
    );
    assert_eq!(order, ["ttm", "lat", "safety", "exp", "scale"]);
    assert_eq!(
        room.disagreement(&w).unwrap().category,
        Category::TimeToMarket
    );
    assert_eq!(room.votes()[2].label.as_str(), "Chen");
}

#[test]
fn the_room_uses_the_pages_weights() {
    let room = parse_votes(HAND).room;
    // Latency and safety ignored: the Rust side is scale alone (pull 2):
    // 6*2 + 2*2 = 16 against Go's 33, a Go lead of 17.
    let w = Weights::from_values([1, 0, 0, 1, 1]).unwrap();
    assert_eq!(room.verdict(&w), Some(Verdict::Go));
    // Ignored categories swing nothing, so the discussion skips past them
    // among equal spreads: ttm (range 3) now leads.
    assert_eq!(
        room.disagreement(&w).unwrap().category,
        Category::TimeToMarket
    );
}

#[test]
fn equal_spreads_that_swing_nothing_keep_rubric_order() {
    // Medians: ttm (4,5) -> 4, lat (1,2) -> 2. At 4.2.1.1.1 Go presses
    // 24+3*7 = 45 against Rust's 6+2*1 = 8; ttm 5 or lat 1 keeps it Go.
    let room = parse_votes("5.1.1.1.1,4.2.1.1.1").room;
    assert_eq!(room.median(), Some(scores([4, 2, 1, 1, 1])));
    assert_eq!(room.verdict(&Weights::DEFAULT), Some(Verdict::Go));
    let order: Vec<Category> = room
        .discussion(&Weights::DEFAULT)
        .iter()
        .map(|sp| sp.category)
        .collect();
    assert_eq!(order, [Category::TimeToMarket, Category::Latency]);
}

#[test]
fn a_room_that_agrees_has_nothing_to_discuss() {
    let room = parse_votes("A~2.4.4.3.3,B~2.4.4.3.3").room;
    assert_eq!(room.len(), 2);
    assert!(room.discussion(&Weights::DEFAULT).is_empty());
    assert_eq!(room.disagreement(&Weights::DEFAULT), None);
    let empty = Room::default();
    assert_eq!(empty.median(), None);
    assert_eq!(empty.verdict(&Weights::DEFAULT), None);
    assert_eq!(empty.disagreement(&Weights::DEFAULT), None);
    assert_eq!(empty.tally(&Weights::DEFAULT).map(|(_, n)| n), [0; 4]);
}

#[test]
fn malformed_votes_are_named_and_skipped() {
    let r = parse_votes("Ana~3.4.5.2.3,junk,1.2.3.4,6.1.1.1.1,Bo~3.3.3.3.3,,~2.2.2.2.2, 3.3.3.3.3 ,3.3.3.3.33,+3.3.3.3.3,3..3.3.3,٣.3.3.3.3,x~");
    let labels: Vec<&str> = r.room.votes().iter().map(|v| v.label.as_str()).collect();
    assert_eq!(labels, ["Ana", "Bo", "", ""]);
    assert_eq!(r.room.votes()[3].scores, scores([3, 3, 3, 3, 3]));
    let skipped: Vec<(Place, &str)> = r
        .problems
        .iter()
        .map(|p| match p {
            Problem::Skipped { place, text, why } => {
                assert_eq!(*why, Why::NotFiveScores);
                (*place, text.as_str())
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        skipped,
        [
            (Place::Vote(2), "junk"),
            (Place::Vote(3), "1.2.3.4"),
            (Place::Vote(4), "6.1.1.1.1"),
            (Place::Vote(9), "3.3.3.3.33"),
            (Place::Vote(10), "+3.3.3.3.3"),
            (Place::Vote(11), "3..3.3.3"),
            (Place::Vote(12), "٣.3.3.3.3"),
            (Place::Vote(13), "x~"),
        ]
    );
    let text = r.problems[0].to_string();
    assert!(
        text.starts_with("Vote 2 (\"junk\")") && text.ends_with("skipped."),
        "{text}"
    );
}

#[test]
fn more_than_twenty_votes_keep_the_first_twenty_and_say_so() {
    let value: Vec<String> = (0..25)
        .map(|i| format!("V{i}~{}.3.3.3.3", i % 5 + 1))
        .collect();
    let r = parse_votes(&value.join(","));
    assert_eq!(r.room.len(), MAX_VOTES);
    assert_eq!(r.room.votes()[19].label.as_str(), "V19");
    assert_eq!(r.problems, [Problem::TooMany { left_out: 5 }]);
    assert!(
        r.problems[0].to_string().contains("5 more were left out"),
        "{}",
        r.problems[0]
    );

    // Pasting into a room with 18 votes: two fit, the rest are left out.
    let room = parse_votes(&value[..18].join(",")).room;
    let link = |t: u8| format!("https://x.test/?ttm={t}&lat=3&safety=3&exp=3&scale=3");
    let pasted = [link(1), link(2), link(3), link(4)].join("\n");
    let r = room.with_pasted(&pasted);
    assert_eq!(r.room.len(), 20);
    assert_eq!(
        r.room.votes()[19].scores.get(Category::TimeToMarket).get(),
        2
    );
    assert_eq!(r.problems, [Problem::TooMany { left_out: 2 }]);
    // A full room takes no more.
    let r = r.room.with_pasted(&link(5));
    assert_eq!(r.room.len(), 20);
    assert_eq!(r.problems, [Problem::TooMany { left_out: 1 }]);
    assert!(
        r.problems[0].to_string().contains("1 more was left out"),
        "{}",
        r.problems[0]
    );
}

/// Labels with every character that matters to the URL or to the syntax.
const LABELS: &[&str] = &[
    "Smith, J",
    "a~b",
    "100% sure",
    "x+y=z & co",
    "Zoë 🦀",
    "日本語",
    "%2C",
    "~,~,",
    "#hash?q",
    "",
];

#[test]
fn labels_round_trip_through_the_url() {
    let votes: Vec<Vote> = LABELS
        .iter()
        .enumerate()
        .map(|(i, l)| Vote::new(l, scores([i as u8 % 5 + 1, 2, 3, 4, 5])))
        .collect();
    let room = Room::from_votes(votes).room;
    let param = room.to_param();
    // As the page writes it.
    let back = votes_in_query(&format!("?ttm=3&votes={param}&lat=2")).unwrap();
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.room, room);
    let labels: Vec<&str> = back.room.votes().iter().map(|v| v.label.as_str()).collect();
    assert_eq!(labels, LABELS);
    // As URLSearchParams writes it: the whole value encoded, separators too.
    let decoded = decode_component(&param);
    let back = votes_in_query(&format!("?votes={}", encode_component(&decoded))).unwrap();
    assert_eq!(back.room, room);
    // Plain names need no more than the usual encoding, and stay readable.
    let plain = Room::from_votes(vec![
        Vote::new("Ana", scores([3, 4, 5, 2, 3])),
        Vote::new("Zoë", scores([2, 5, 4, 2, 4])),
    ])
    .room;
    assert_eq!(plain.to_param(), "Ana~3.4.5.2.3,Zo%C3%AB~2.5.4.2.4");
    assert_eq!(Room::default().to_param(), "");
}

#[test]
fn a_query_without_votes_is_not_a_room_and_an_empty_one_is() {
    assert_eq!(votes_in_query("?ttm=3&lat=4"), None);
    let r = votes_in_query("?ttm=3&votes=").unwrap();
    assert!(r.room.is_empty() && r.problems.is_empty());
    // The first `votes` counts, as for every parameter.
    let r = votes_in_query("?votes=1.1.1.1.1&votes=5.5.5.5.5").unwrap();
    assert_eq!(r.room.votes()[0].scores, scores([1, 1, 1, 1, 1]));
}

#[test]
fn labels_are_cleaned_and_cut() {
    assert_eq!(Label::new("  Ana\u{202E}lisa\n ").as_str(), "Analisa");
    let long = "ab".repeat(40);
    assert_eq!(Label::new(&long).as_str().chars().count(), Label::MAX_CHARS);
    // A label cut at a space keeps no trailing space.
    let spaced = format!("{} tail", "x".repeat(Label::MAX_CHARS - 1));
    assert_eq!(
        Label::new(&spaced).as_str(),
        "x".repeat(Label::MAX_CHARS - 1)
    );
}

#[test]
fn pasted_links_with_junk_among_them() {
    let base = "https://team.example/rust-or-go/";
    let good = |q: &str| format!("{base}?preset=login-service&{q}&instances=50&cur=eur");
    let pasted = [
        format!("Ana: {}", good("ttm=3&lat=4&safety=5&exp=2&scale=3")),
        String::new(),
        format!("Ben\t{}", good("ttm=2&lat=5&safety=4&exp=2&scale=4")),
        "hello everyone".to_string(),
        good("ttm=5&lat=2&safety=3&exp=2&scale=2"),
        format!("Dara: {base}?ttm=3&lat=5&safety=3&scale=2"),
        format!("Eli: {base}?ttm=2&lat=9&safety=4&exp=4&scale=3"),
        "   ".to_string(),
        "Fay: Team: ?ttm=2&lat=3&safety=4&exp=4&scale=3#top".to_string(),
        "Gus https://other.example/page?ttm=1&lat=1&safety=1&exp=1&scale=1&votes=junk".to_string(),
    ]
    .join("\n");
    let r = Room::default().with_pasted(&pasted);
    let got: Vec<(&str, [u8; 5])> = r
        .room
        .votes()
        .iter()
        .map(|v| (v.label.as_str(), v.scores.values()))
        .collect();
    assert_eq!(
        got,
        [
            ("Ana", [3, 4, 5, 2, 3]),
            ("Ben", [2, 5, 4, 2, 4]),
            ("", [5, 2, 3, 2, 2]),
            ("Fay: Team", [2, 3, 4, 4, 3]),
            ("", [1, 1, 1, 1, 1]),
        ]
    );
    let skipped: Vec<(Place, Why)> = r
        .problems
        .iter()
        .map(|p| match p {
            Problem::Skipped { place, why, .. } => (*place, why.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        skipped,
        [
            (Place::Line(4), Why::NoLink),
            (Place::Line(6), Why::Missing(vec![Category::Experience])),
            (
                Place::Line(7),
                Why::BadScore {
                    param: "lat".into(),
                    value: "9".into()
                }
            ),
        ]
    );
    let texts: Vec<String> = r.problems.iter().map(ToString::to_string).collect();
    assert!(
        texts[0].starts_with("Line 4 (\"hello everyone\")"),
        "{}",
        texts[0]
    );
    assert!(texts[1].contains("without the score exp"), "{}", texts[1]);
    assert!(texts[2].contains("lat=9"), "{}", texts[2]);
    // Pasting adds to the votes already there.
    let more = r
        .room
        .with_pasted(&good("ttm=4&lat=4&safety=4&exp=4&scale=4"));
    assert_eq!(more.room.len(), 6);
    assert_eq!(&more.room.votes()[..5], r.room.votes());
}

#[test]
fn a_pasted_line_is_read_by_the_pages_own_parser() {
    // A link the page itself wrote reads back as its scores.
    let st = State {
        scores: scores([1, 5, 2, 4, 3]),
        ..State::default()
    };
    let line = format!(
        "Kim: https://x.test/?{}",
        to_query(&st, &ViewOptions::default())
    );
    assert_eq!(
        parse_line(&line),
        Ok(Vote::new("Kim", scores([1, 5, 2, 4, 3])))
    );
    // A fractional score is not a vote the page can count as written.
    assert!(matches!(
        parse_line("?ttm=2.5&lat=3&safety=3&exp=3&scale=3"),
        Err(Why::BadScore { .. })
    ));
    assert_eq!(parse_line("no link here"), Err(Why::NoLink));
}

#[test]
fn removing_a_vote() {
    let room = parse_votes(HAND).room;
    let fewer = room.without(1);
    let labels: Vec<&str> = fewer.votes().iter().map(|v| v.label.as_str()).collect();
    assert_eq!(labels, ["Ana", "Chen", "Dara", "Eli"]);
    assert_eq!(room.without(9), room);
}

#[test]
fn present_is_a_view_option_and_votes_a_known_parameter() {
    let p = parse_query("?ttm=4&present=1&votes=Ana~3.4.5.2.3");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert!(p.view.present);
    assert!(!p.view.embed);
    let q = to_query(&p.state, &p.view);
    assert!(q.ends_with("&present=1"), "{q}");
    assert_eq!(parse_query(&q).view, p.view);
    // The plain link, the one the QR code carries, has no present flag.
    assert!(!to_query(&p.state, &ViewOptions::default()).contains("present"));
    let p = parse_query("?present=maybe");
    assert!(!p.view.present);
    assert_eq!(p.notices.len(), 1);
    assert_eq!(p.notices[0].param, "present");
}
