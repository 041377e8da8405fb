//! A whole system, service by service: every row agrees with the single
//! page it links to, the totals are the single page's figures added up,
//! the `svc` parameter reads, repairs and writes back, and the plan, the
//! learning cost and the path say what the articles' systems need.

use proptest::prelude::*;
use rust_or_go::model::cost::{break_even, estimate, BreakEven, CostInputs, Plan};
use rust_or_go::model::fields::Field;
use rust_or_go::model::money::{Cents, Currency};
use rust_or_go::model::prices::Cloud;
use rust_or_go::model::query::{parse_query, ServiceName, ViewOptions};
use rust_or_go::model::rubric::{evaluate_weighted, verdict_weighted, Verdict};
use rust_or_go::model::score::{Category, Score, Scores};
use rust_or_go::model::system::{
    adr_markdown, analyse, append_query, headline, markdown_table, parse_system, path_lines, plain,
    plan_sentences, service_query, start_sentence, to_query, Boundary, Fleet, Placement, Scenario,
    Service, Shared, Start, StepLearning, System, FLEET, MAX_SERVICES,
};
use rust_or_go::model::text::md_text;
use rust_or_go::model::weights::Weights;

fn dollars(c: Cents) -> String {
    c.plain("$")
}

/// Parses a query that must describe a system.
fn system(q: &str) -> rust_or_go::model::system::ParsedSystem {
    parse_system(q).unwrap_or_else(|| panic!("{q} is not a system"))
}

fn names(s: &System) -> Vec<&str> {
    s.services().iter().map(|s| s.name.as_str()).collect()
}

fn service(name: &str, scores: [u8; 5]) -> Service {
    Service {
        name: ServiceName::new(name),
        scores: Scores::from_values(scores).unwrap(),
        fleet: Fleet::default(),
    }
}

fn system_of(services: Vec<Service>) -> System {
    System::new(Shared::default(), services).unwrap()
}

/// The default team and prices without the second toolchain's overhead.
fn no_toolchain() -> Shared {
    let mut shared = Shared::default();
    shared.cost.set(Field::ToolchainMonth, 0.0);
    shared
}

// ---------- Generated systems agree with the single page ----------

/// A value the field accepts, anywhere in its range.
fn in_range(f: Field, unit: f64) -> f64 {
    let s = f.spec();
    let lo = if s.min_exclusive {
        s.min + (s.max - s.min) * 1e-6
    } else {
        s.min
    };
    let v = lo + unit * (s.max - lo);
    if s.whole {
        v.round().clamp(s.min.max(lo.ceil()), s.max)
    } else {
        v
    }
}

fn any_service() -> impl Strategy<Value = Service> {
    let scores = prop::array::uniform5(1u8..=5).prop_map(|v| Scores::from_values(v).unwrap());
    // Small fleets most of the time, the field's whole range sometimes.
    let fleet = prop::array::uniform5((0.0f64..1.0, any::<bool>())).prop_map(|units| {
        let mut fleet = Fleet::default();
        for (f, (u, wide)) in FLEET.into_iter().zip(units) {
            let u = if wide { u } else { u * u * u * 1e-3 };
            assert!(fleet.set(f, in_range(f, u)), "{f:?}");
        }
        fleet
    });
    ("[a-z][a-z0-9 :,&%+<>|-]{0,20}", scores, fleet).prop_map(|(name, scores, fleet)| Service {
        name: ServiceName::new(&name),
        scores,
        fleet,
    })
}

fn any_shared() -> impl Strategy<Value = Shared> {
    let team = [
        Field::GbMonth,
        Field::VcpuMonth,
        Field::Engineers,
        Field::EngMonth,
        Field::RampMonths,
        Field::Slowdown,
        Field::Horizon,
    ];
    let cost = prop::collection::vec(0.0f64..1.0, team.len()).prop_map(move |units| {
        let mut c = CostInputs::default();
        for (&f, u) in team.iter().zip(units) {
            assert!(c.set(f, in_range(f, u * u)), "{f:?}");
        }
        c
    });
    let weights = prop::array::uniform5(0u8..=3).prop_map(|v| Weights::from_values(v).unwrap());
    (
        cost,
        weights,
        prop::sample::select(Currency::ALL.to_vec()),
        prop::sample::select(Cloud::ALL.to_vec()),
    )
        .prop_map(|(cost, weights, currency, cloud)| Shared {
            cost,
            weights,
            currency,
            // The currency's default rate (its amounts as typed).
            fx: rust_or_go::model::money::Fx::of(currency),
            cloud,
            ranges: rust_or_go::model::estimate::Ranges::defaults_for(&cost),
        })
}

fn any_system() -> impl Strategy<Value = System> {
    (
        any_shared(),
        prop::collection::vec(any_service(), 1..=MAX_SERVICES),
    )
        .prop_map(|(shared, services)| System::new(shared, services).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400)
    ))]

    /// Each row's verdict and figures are the ones the single page shows
    /// when the row's link opens it, and the system's all-Go and all-Rust
    /// figures are those pages' figures added up.
    #[test]
    fn every_row_matches_the_single_page_it_links_to(sys in any_system()) {
        let report = analyse(&sys);
        let mut go = Cents::ZERO;
        let mut rust = Cents::ZERO;
        let mut plan = Cents::ZERO;
        for (i, row) in report.services.iter().enumerate() {
            let page = parse_query(&service_query(&sys, i).unwrap());
            prop_assert!(page.notices.is_empty(), "{:?}", page.notices);
            let state = page.state;
            prop_assert_eq!(&state.name, &sys.services()[i].name);
            let single = evaluate_weighted(&state.scores, &state.weights);
            prop_assert_eq!(row.verdict(), single.verdict, "row {}", i);
            let single_cost = estimate(&state.cost, state.scores.get(Category::Experience));
            prop_assert_eq!(row.cost.infra_go(), single_cost.infra_go());
            prop_assert_eq!(row.cost.infra_rust(), single_cost.infra_rust());
            go += single_cost.plan(Plan::Go).cents.infra;
            rust += single_cost.plan(Plan::Rust).cents.infra;
            // Under the plan: the single page's figure for the plan the verdict picks.
            let planned = match single.verdict {
                Verdict::Go | Verdict::Close => single_cost.plan(Plan::Go).cents.infra,
                Verdict::Hybrid => single_cost.plan(Plan::Hybrid).cents.infra,
                Verdict::Rust => single_cost.plan(Plan::Rust).cents.infra,
            };
            prop_assert_eq!(row.plan_infra, planned);
            plan += planned;
        }
        prop_assert_eq!(report.all_go, go);
        prop_assert_eq!(report.all_rust, rust);
        prop_assert_eq!(report.plan, plan);
    }

    /// The team learns once: under the plan it pays what the single page
    /// charges the most experienced of the services that move, for the
    /// engineers who will write Rust (the whole team when one service is
    /// wholly Rust, a hybrid's Rust engineers when only hybrids move, as the
    /// single page costs that hybrid), and nothing when none moves. So a
    /// one-row hybrid system costs the learning its single page shows.
    #[test]
    fn learning_is_paid_once_at_the_teams_best_experience(sys in any_system()) {
        let report = analyse(&sys);
        let learners = if report.services.iter().any(|r| r.verdict() == Verdict::Rust) {
            Plan::Rust
        } else {
            Plan::Hybrid
        };
        let singles: Vec<Cents> = report
            .services
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r.verdict(), Verdict::Hybrid | Verdict::Rust))
            .map(|(i, _)| {
                let state = parse_query(&service_query(&sys, i).unwrap()).state;
                estimate(&state.cost, state.scores.get(Category::Experience))
                    .plan(learners)
                    .cents
                    .learning
            })
            .collect();
        // Never more than the whole team's learning.
        let team = report
            .plan_experience
            .map_or(Cents::ZERO, |e| estimate(&sys.shared.cost, e).plan(Plan::Rust).cents.learning);
        prop_assert!(report.plan_learning <= team);
        match singles.iter().copied().min() {
            Some(least) => prop_assert_eq!(report.plan_learning, least),
            None => {
                prop_assert_eq!(report.plan_learning, Cents::ZERO);
                prop_assert_eq!(report.plan, report.all_go);
            }
        }
    }

    /// The path holds exactly the services that move, best first; when the
    /// learning is paid only at the last step, that step's month is the
    /// plan's break-even.
    #[test]
    fn the_path_holds_every_moving_service_once_best_first(sys in any_system()) {
        let report = analyse(&sys);
        let moving: Vec<usize> = (0..report.services.len()).filter(|&i| report.services[i].placement.moves()).collect();
        match &report.start {
            Start::Path(steps) => {
                let mut on_path: Vec<usize> = steps.iter().map(|s| s.index).collect();
                on_path.sort();
                prop_assert_eq!(on_path, moving);
                prop_assert!(steps.windows(2).all(|w| w[0].score >= w[1].score));
                prop_assert!(steps.iter().all(|s| s.score <= 100));
                let last = steps.last().unwrap();
                if let StepLearning::Pays { together, when, .. } = last.learning {
                    // (A saving within rounding of zero could read as "never" one way
                    // and a month the other; the relation only holds away from it.)
                    if steps.iter().all(|s| matches!(s.learning, StepLearning::Pays { .. })) {
                        // Whole cents on both sides: the path's sum is the plan's saving.
                        prop_assert_eq!(together, report.plan_saving());
                        prop_assert_eq!(when, break_even((together - report.plan_toolchain).units(), report.plan_learning.units(), report.horizon));
                        // Without slower work after the ramp, the same month exactly.
                        if report.plan_people.is_zero() {
                            prop_assert_eq!(report.break_even, when);
                        }
                    }
                }
            }
            Start::AllGo(_) => prop_assert!(moving.is_empty()),
        }
    }

    /// What the page writes reads back to the same system, silently.
    #[test]
    fn systems_round_trip_through_the_url(sys in any_system(), embed in any::<bool>()) {
        let view = ViewOptions { embed, ..ViewOptions::default() };
        let back = system(&to_query(&sys, &view));
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        prop_assert_eq!(back.view, view);
        prop_assert_eq!(back.system, sys);
    }

    /// No query panics or gives a system outside 1..=12 services.
    #[test]
    fn any_svc_values_give_a_usable_system(values in prop::collection::vec(".{0,60}", 1..20)) {
        let q: String = values.iter().map(|v| format!("svc={v}&")).collect();
        let p = system(&q);
        prop_assert!((1..=MAX_SERVICES).contains(&p.system.services().len()));
    }
}

// ---------- Parsing ----------

#[test]
fn good_entries_read_silently_with_the_system_wide_parameters() {
    let p = system("?svc=api:4,2,2,3,2&svc=build%20engine:2,4,3,3,5:100,1000,250,2,70&engineers=6&cur=eur&fx=0.9605&w_lat=2");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(names(&p.system), ["api", "build engine"]);
    let [api, build] = p.system.services() else {
        panic!()
    };
    assert_eq!(api.scores.values(), [4, 2, 2, 3, 2]);
    assert_eq!(api.fleet, Fleet::default());
    assert_eq!(build.fleet.get(Field::Instances), Some(100.0));
    assert_eq!(build.fleet.get(Field::GoVcpu), Some(2.0));
    assert_eq!(build.fleet.get(Field::CpuSaving), Some(70.0));
    assert_eq!(build.fleet.get(Field::Engineers), None);
    assert_eq!(p.system.shared.cost.get(Field::Engineers), 6.0);
    assert_eq!(p.system.shared.currency, Currency::Eur);
    // The defaults sourced in dollars, at the link's rate: $15,660 and the
    // list's $3.24 in euros.
    assert_eq!(p.system.shared.cost.get(Field::EngMonth), 15_041.43);
    assert_eq!(p.system.shared.cost.get(Field::GbMonth), 3.11);
    assert_eq!(p.system.shared.weights.get(Category::Latency).get(), 2);
    // The same link without the rate keeps the dollar figures and says so.
    let old = system("?svc=api:4,2,2,3,2&cur=eur");
    assert_eq!(old.system.shared.cost.get(Field::EngMonth), 15_660.0);
    assert_eq!(old.notices.len(), 1, "{:?}", old.notices);
    assert!(old.notices[0].message.contains("not converted"));
}

#[test]
fn without_svc_there_is_no_system_and_the_single_page_ignores_svc() {
    assert!(parse_system("?lat=5&name=api").is_none());
    assert!(parse_system("").is_none());
    let single = parse_query("?svc=a:1,1,1,1,1&svc=b:5,5,5,5,5&lat=5");
    assert!(single.notices.is_empty(), "{:?}", single.notices);
    assert_eq!(single.state.scores.get(Category::Latency).get(), 5);
}

/// The notices of a one-entry system, joined.
fn notices(q: &str) -> String {
    system(q)
        .notices
        .iter()
        .map(|n| format!("{} {}", n.param, n.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_entry_without_five_scores_is_skipped_and_named() {
    let p = system("?svc=api:4,2,2&svc=ok:3,3,3,3,3&svc=nothing&svc=a:1,1,1,1,1:50,200,30,1,70:extra&svc=a:b:1,2,3,4,5");
    assert_eq!(names(&p.system), ["ok"]);
    let text: Vec<String> = p
        .notices
        .iter()
        .map(|n| format!("{} {}", n.param, n.message))
        .collect();
    assert_eq!(text.len(), 4, "{text:?}");
    assert_eq!(
        text[3],
        "svc 5 \"a:b:1,2,3,4,5\" has 1 score, not 5; skipped"
    );
    assert_eq!(text[0], "svc 1 \"api:4,2,2\" has 3 scores, not 5; skipped");
    assert!(
        text[1].starts_with("svc 3 \"nothing\" has no scores"),
        "{}",
        text[1]
    );
    assert!(
        text[2].starts_with("svc 4 ") && text[2].ends_with("; skipped"),
        "{}",
        text[2]
    );
}

#[test]
fn a_score_outside_1_to_5_is_clamped_and_said() {
    let p = system("?svc=api:9,0,2,abc,2.5");
    assert_eq!(p.system.services()[0].scores.values(), [5, 1, 2, 3, 3]);
    let n = notices("?svc=api:9,0,2,abc,2.5");
    assert!(
        n.contains("svc 1 \"api\": time to market score \"9\" is outside 1-5; using 5"),
        "{n}"
    );
    assert!(
        n.contains("latency score \"0\" is outside 1-5; using 1"),
        "{n}"
    );
    assert!(
        n.contains("rust experience score \"abc\" is not a number; using the default 3"),
        "{n}"
    );
    assert!(
        n.contains("scale / cost score \"2.5\" is not a whole number; using 3"),
        "{n}"
    );
}

#[test]
fn a_bad_fleet_value_takes_what_the_single_page_would_use() {
    let p = system("?svc=api:3,3,3,3,3:abc,200,30,-1,99");
    let fleet = p.system.services()[0].fleet;
    assert_eq!(fleet.get(Field::Instances), Some(50.0));
    assert_eq!(fleet.get(Field::GoVcpu), Some(Field::GoVcpu.spec().default));
    assert_eq!(fleet.get(Field::CpuSaving), Some(95.0));
    let n = notices("?svc=api:3,3,3,3,3:abc,200,30,-1,99");
    assert!(
        n.contains("instances \"abc\" is not a number; using the default 50"),
        "{n}"
    );
    assert!(
        n.contains("cpu_saving \"99\" is out of range; using 95"),
        "{n}"
    );
    // A fleet of the wrong length is replaced as a whole.
    let p = system("?svc=api:3,3,3,3,3:10,20");
    assert_eq!(p.system.services()[0].fleet, Fleet::default());
    assert!(notices("?svc=api:3,3,3,3,3:10,20")
        .contains("has 2 fleet values, not 5; using the default fleet"));
}

#[test]
fn a_system_with_no_usable_entry_starts_with_one_service() {
    let p = system("?svc=broken&engineers=9");
    assert_eq!(names(&p.system), ["service"]);
    assert_eq!(p.system.shared.cost.get(Field::Engineers), 9.0);
    assert!(
        p.notices
            .iter()
            .any(|n| n.message.contains("no entry could be used")),
        "{:?}",
        p.notices
    );
}

#[test]
fn more_than_twelve_services_keep_the_first_twelve_and_say_so() {
    let q: String = (1..=15).map(|i| format!("svc=s{i}:3,3,3,3,3&")).collect();
    let p = system(&q);
    let expected: Vec<String> = (1..=12).map(|i| format!("s{i}")).collect();
    assert_eq!(names(&p.system), expected);
    assert_eq!(p.notices.len(), 1, "{:?}", p.notices);
    assert_eq!(
        p.notices[0].message,
        "15 services given; a system holds at most 12, so the first 12 are kept"
    );
}

#[test]
fn names_are_text_trimmed_and_capped() {
    let evil = "<img src=x onerror=alert(1)>";
    let q = format!("?svc={}:3,3,3,3,3", urlencode(&format!("  {evil}  ")));
    let p = system(&q);
    assert_eq!(p.system.services()[0].name.as_str(), evil);
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    let long = "x".repeat(200);
    let p = system(&format!("?svc={long}:3,3,3,3,3"));
    assert_eq!(
        p.system.services()[0].name.as_str().chars().count(),
        ServiceName::MAX_CHARS
    );
    assert!(
        p.notices[0]
            .message
            .contains("is longer than 80 characters"),
        "{:?}",
        p.notices
    );
    let p = system("?svc=:3,3,3,3,3&svc=%E2%80%AE:3,3,3,3,3");
    assert_eq!(names(&p.system), ["service 1", "service 2"]);
    assert!(
        p.notices[0]
            .message
            .contains("has no name; using \"service 1\""),
        "{:?}",
        p.notices
    );
}

/// Encodes a value as `URLSearchParams` would.
fn urlencode(s: &str) -> String {
    rust_or_go::model::query::encode_component(s)
}

#[test]
fn names_holding_the_separators_round_trip() {
    let sys = system_of(vec![
        service("a:b,c", [1, 2, 3, 4, 5]),
        service("50% & more + C++ #1 = ?", [5, 4, 3, 2, 1]),
        service("журнал 🦀 log", [3, 3, 3, 3, 3]),
    ]);
    let q = to_query(&sys, &ViewOptions::default());
    assert!(q.contains("svc=a%253Ab%252Cc:1,2,3,4,5:"), "{q}");
    let back = system(&q);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.system, sys);
    // A browser that re-encodes the whole value still reads it.
    let reencoded: String = q
        .split('&')
        .map(|p| match p.split_once('=') {
            Some(("svc", v)) => format!(
                "svc={}",
                urlencode(&rust_or_go::model::query::decode_component(v))
            ),
            _ => p.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&");
    assert_eq!(system(&reencoded).system, sys);
}

#[test]
fn names_use_the_one_nested_encoding_and_links_written_before_it_read_the_same() {
    let sys = system_of(vec![
        service("ledger core", [3, 3, 5, 3, 2]),
        service("Zoë 50%+", [2, 4, 3, 3, 5]),
    ]);
    let q = to_query(&sys, &ViewOptions::default());
    // Nested as a voter's name is in `votes`: one encoding for what a
    // query value needs, a second only for `%`, `+`, `:` and `,`.
    assert!(q.contains("svc=ledger+core:3,3,5,3,2:"), "{q}");
    assert!(q.contains("svc=Zo%C3%AB+50%2525%252B:2,4,3,3,5:"), "{q}");
    // Earlier links encoded every name twice; they keep their meaning.
    let old = q.replace("svc=ledger+core:", "svc=ledger%2Bcore:").replace(
        "svc=Zo%C3%AB+50%2525%252B:",
        "svc=Zo%25C3%25AB%2B50%2525%252B:",
    );
    assert_ne!(old, q);
    let back = system(&old);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.system, sys);
}

#[test]
fn the_system_link_writes_only_system_wide_parameters_besides_svc() {
    let mut sys = system_of(vec![service("api", [4, 2, 2, 3, 2])]);
    sys.shared.weights =
        Weights::DEFAULT.with(Category::Safety, rust_or_go::model::weights::Weight::MAX);
    let q = to_query(
        &sys,
        &ViewOptions {
            embed: true,
            ..ViewOptions::default()
        },
    );
    let keys: Vec<&str> = q.split('&').map(|p| p.split('=').next().unwrap()).collect();
    for k in [
        "ttm",
        "lat",
        "safety",
        "exp",
        "scale",
        "instances",
        "go_mb",
        "go_vcpu",
        "name",
        "preset",
    ] {
        assert!(!keys.contains(&k), "{k} in {q}");
    }
    // The fleet fields that take a range keep it in the system's link
    // (each row keeps its own point value).
    assert!(q.contains("&rust_mb=5..30..30&"), "{q}");
    assert!(q.contains("&cpu_saving=67..70..75&"), "{q}");
    for k in [
        "svc",
        "gb_month",
        "vcpu_month",
        "engineers",
        "eng_month",
        "ramp_months",
        "slowdown",
        "horizon",
        "cur",
        "cloud",
        "w_safety",
        "embed",
    ] {
        assert!(keys.contains(&k), "{k} missing from {q}");
    }
    assert!(q.starts_with("svc=api:4,2,2,3,2:50,200,30,0.5,70&"), "{q}");
}

#[test]
fn a_single_page_opens_as_a_system_or_joins_one() {
    let mut state =
        parse_query("?ttm=2&lat=5&safety=4&exp=3&scale=5&instances=80&engineers=7&name=ingest")
            .state;
    let (q, appended) = append_query(&state, "");
    assert!(!appended);
    let one = system(&q).system;
    assert_eq!(names(&one), ["ingest"]);
    assert_eq!(one.services()[0].scores.values(), [2, 5, 4, 3, 5]);
    assert_eq!(one.services()[0].fleet.get(Field::Instances), Some(80.0));
    assert_eq!(one.shared.cost.get(Field::Engineers), 7.0);
    // Without a name it is "service".
    state.name = ServiceName::default();
    let (q, _) = append_query(&state, "");
    assert_eq!(names(&system(&q).system), ["service"]);
    // Appended to an existing system, which keeps its own team.
    let existing = "https://example.test/app/?svc=api:4,2,2,3,2&engineers=3#top";
    let (q, appended) = append_query(&state, existing);
    assert!(appended);
    let joined = system(&q).system;
    assert_eq!(names(&joined), ["api", "service"]);
    assert_eq!(joined.shared.cost.get(Field::Engineers), 3.0);
    // A full system cannot take it: a new system of one.
    let full: String = (0..12).map(|i| format!("svc=s{i}:3,3,3,3,3&")).collect();
    let (q, appended) = append_query(&state, &full);
    assert!(!appended);
    assert_eq!(system(&q).system.services().len(), 1);
}

#[test]
fn a_row_link_opens_the_single_page_with_the_service_and_the_team() {
    let mut sys =
        system("?svc=api:4,2,2,3,2&svc=engine:2,4,3,3,5:100,1000,250,2,70&engineers=9&cur=gbp")
            .system;
    sys.shared.weights = Weights::from_values([1, 2, 1, 1, 0]).unwrap();
    let page = parse_query(&service_query(&sys, 1).unwrap());
    assert!(page.notices.is_empty(), "{:?}", page.notices);
    let s = page.state;
    assert_eq!(s.name.as_str(), "engine");
    assert_eq!(s.scores.values(), [2, 4, 3, 3, 5]);
    assert_eq!(s.cost.get(Field::Instances), 100.0);
    assert_eq!(s.cost.get(Field::GoMb), 1000.0);
    assert_eq!(s.cost.get(Field::Engineers), 9.0);
    assert_eq!(s.currency, Currency::Gbp);
    assert_eq!(s.weights.values(), [1, 2, 1, 1, 0]);
    assert!(service_query(&sys, 2).is_none());
}

// ---------- Editing ----------

#[test]
fn services_are_added_duplicated_removed_and_moved_within_bounds() {
    let mut sys = system_of(vec![service("api", [4, 2, 2, 3, 2])]);
    assert!(!sys.remove(0), "the last service stays");
    assert!(sys.add());
    assert!(sys.add());
    assert_eq!(names(&sys), ["api", "service", "service 2"]);
    assert!(sys.duplicate(0));
    assert_eq!(names(&sys), ["api", "api copy", "service", "service 2"]);
    assert!(sys.duplicate(0));
    assert_eq!(names(&sys)[1], "api copy 2");
    assert_eq!(sys.services()[1].scores, sys.services()[0].scores);
    assert!(!sys.move_up(0));
    assert!(sys.move_down(0));
    assert_eq!(names(&sys)[..2], ["api copy 2", "api"]);
    assert!(sys.move_up(4));
    assert!(!sys.move_down(4));
    assert_eq!(
        names(&sys),
        ["api copy 2", "api", "api copy", "service 2", "service"]
    );
    assert!(sys.remove(0));
    assert!(!sys.remove(9));
    while sys.add() {}
    assert_eq!(sys.services().len(), MAX_SERVICES);
    assert!(!sys.duplicate(0));
    assert!(!sys.push(service("x", [3, 3, 3, 3, 3])));
    assert!(System::new(Shared::default(), Vec::new()).is_none());
    assert!(System::new(Shared::default(), vec![service("x", [3, 3, 3, 3, 3]); 13]).is_none());
}

#[test]
fn a_fleet_takes_only_fleet_fields_and_values_they_accept() {
    let mut fleet = Fleet::default();
    assert!(fleet.set(Field::Instances, 3.0));
    assert!(!fleet.set(Field::Instances, 2.5));
    assert!(!fleet.set(Field::Engineers, 3.0));
    assert!(!fleet.set(Field::CpuSaving, 96.0));
    assert_eq!(fleet.get(Field::Instances), Some(3.0));
    let cost = fleet
        .apply(&CostInputs::default().with(&[(Field::Engineers, 8.0), (Field::Instances, 700.0)]));
    assert_eq!(cost.get(Field::Instances), 3.0);
    assert_eq!(cost.get(Field::Engineers), 8.0);
}

// ---------- The plan and the money ----------

#[test]
fn hybrids_cross_on_grpc_for_request_paths_and_a_queue_for_pipelines() {
    let mut seen = [false; 2];
    for scores in
        Scores::every().filter(|s| verdict_weighted(s, &Weights::DEFAULT) == Verdict::Hybrid)
    {
        let lat = scores.get(Category::Latency).get();
        let placement = Placement::of(Verdict::Hybrid, &scores);
        let expected = if lat >= 4 {
            Placement::Hybrid(Boundary::Rpc)
        } else {
            Placement::Hybrid(Boundary::Queue)
        };
        assert_eq!(placement, expected, "{:?}", scores.values());
        seen[usize::from(lat >= 4)] = true;
    }
    assert_eq!(seen, [true, true], "both kinds of hybrid occur");
    assert!(Placement::Profile.label().contains("profile"));
    assert!(!Placement::Profile.moves());
}

#[test]
fn close_calls_stay_on_the_go_side_and_cost_go() {
    // No second-toolchain overhead here: this is about placement and learning.
    let sys = System::new(
        no_toolchain(),
        vec![
            service("maybe", [3, 3, 3, 3, 3]),
            service("engine", [1, 5, 5, 5, 5]),
        ],
    )
    .unwrap();
    let r = analyse(&sys);
    assert_eq!(r.services[0].placement, Placement::Profile);
    assert_eq!(r.services[0].plan_infra, r.services[0].go_infra());
    assert_eq!(r.services[1].placement, Placement::Rust);
    assert_eq!(
        r.plan,
        r.services[0].go_infra() + r.services[1].rust_infra()
    );
    // Experience 5 on the only moving service: nothing to learn.
    assert_eq!(r.plan_experience, Some(Score::MAX));
    assert_eq!(r.plan_learning, Cents::ZERO);
    assert_eq!(r.break_even, BreakEven::Immediate);
    let lines = path_lines(&sys, &r, &dollars, &plain);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].contains("the team needs no learning"),
        "{}",
        lines[0]
    );
}

#[test]
fn the_seed_004_fleet_costs_what_the_article_counts() {
    // 50 instances x 200 MB = 10 GB in Go, x 30 MB = 1.5 GB in Rust, at
    // $3.24 per GB-month; 25 vCPUs in Go, 70% fewer in Rust, at $29.55.
    let sys = system_of(vec![
        service("a", [3, 3, 3, 3, 3]),
        service("b", [3, 3, 3, 3, 3]),
    ]);
    let r = analyse(&sys);
    // 10 GB x $3.24 + 25 vCPU x $29.55 = $32.40 + $738.75; Rust: 1.5 GB x
    // $3.24 + 7.5 vCPU x $29.55 = $4.86 + $221.625, shown as $221.63.
    assert_eq!(r.all_go, Cents(2 * (3240 + 73875)));
    assert_eq!(r.all_rust, Cents(2 * (486 + 22163)));
}

#[test]
fn an_all_go_system_says_which_service_is_nearest_to_moving() {
    let sys = system_of(vec![
        service("cli", [5, 1, 1, 1, 1]),
        service("api", [4, 2, 2, 2, 3]),
        service("mvp", [5, 1, 2, 1, 1]),
    ]);
    let r = analyse(&sys);
    assert!(r.services.iter().all(|s| !s.placement.moves()));
    let Start::AllGo(Some((index, flip))) = r.start.clone() else {
        panic!("{:?}", r.start)
    };
    // The named change really moves that service.
    let moved = sys.services()[index].scores.with(flip.category, flip.to);
    assert!(matches!(
        verdict_weighted(&moved, &Weights::DEFAULT),
        Verdict::Hybrid | Verdict::Rust
    ));
    // And no service gets there with a smaller single change.
    let distance = |s: &Scores, c: Category, to: Score| s.get(c).get().abs_diff(to.get());
    let best = distance(&sys.services()[index].scores, flip.category, flip.to);
    for s in sys.services() {
        for c in Category::ALL {
            for to in Score::all() {
                if matches!(
                    verdict_weighted(&s.scores.with(c, to), &Weights::DEFAULT),
                    Verdict::Hybrid | Verdict::Rust
                ) {
                    assert!(
                        distance(&s.scores, c, to) >= best,
                        "{} moves with {c:?} -> {to}",
                        s.name
                    );
                }
            }
        }
    }
    assert_eq!(sys.services()[index].name.as_str(), "api");
    let text = start_sentence(&sys, &r, &dollars, &plain);
    assert!(
        text.starts_with("Every service stays in Go. Nearest to moving: api, whose"),
        "{text}"
    );
    assert_eq!(r.plan_learning, Cents::ZERO);
    assert_eq!(r.plan, r.all_go);
}

#[test]
fn the_first_move_is_the_service_that_pulls_saves_and_is_ready_most() {
    // Both move to Rust; "engine" pulls harder, saves more and its team
    // knows more Rust.
    let mut engine = service("engine", [2, 5, 4, 4, 5]);
    engine.fleet.set(Field::Instances, 200.0);
    let sys = system_of(vec![service("auth", [2, 4, 5, 2, 3]), engine]);
    let r = analyse(&sys);
    let Start::Path(steps) = &r.start else {
        panic!()
    };
    assert_eq!(steps.iter().map(|s| s.index).collect::<Vec<_>>(), [1, 0]);
    assert!(steps[0].score > steps[1].score);
    let text = start_sentence(&sys, &r, &dollars, &plain);
    assert!(text.starts_with("Start with engine:"), "{text}");
    // The learning is charged at the team's best experience, engine's 4/5.
    assert_eq!(r.plan_experience, Some(Score::new(4).unwrap()));
    // engine pays it back alone, so auth has nothing left to pay.
    assert!(matches!(
        steps[0].learning,
        StepLearning::Pays {
            shared: false,
            when: BreakEven::Month(_),
            ..
        }
    ));
    assert_eq!(steps[1].learning, StepLearning::Paid);
    let lines = path_lines(&sys, &r, &dollars, &plain);
    assert!(
        lines[1].contains("the learning is paid back by then"),
        "{}",
        lines[1]
    );
}

#[test]
fn a_service_that_cannot_pay_back_alone_shares_the_payment_with_the_next() {
    let sys = Scenario::by_id("first-service")
        .unwrap()
        .system(no_toolchain());
    let r = analyse(&sys);
    let Start::Path(steps) = &r.start else {
        panic!()
    };
    let [first, second] = steps.as_slice() else {
        panic!("{steps:?}")
    };
    let StepLearning::Pays {
        when: alone,
        shared: false,
        ..
    } = first.learning
    else {
        panic!()
    };
    assert!(matches!(alone, BreakEven::AfterHorizon(_)), "{alone:?}");
    let StepLearning::Pays {
        together,
        shared: true,
        when,
    } = second.learning
    else {
        panic!()
    };
    assert_eq!(together, first.saving + second.saving);
    assert_eq!(when, r.break_even);
    let lines = path_lines(&sys, &r, &dollars, &plain);
    assert!(
        // Month 133: past ten years the system says what the single page
        // says (decision::month_phrase, the one wording), not the month.
        lines[0].contains("does not pay back within 10 years"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("with the services before it"),
        "{}",
        lines[1]
    );
}

// ---------- Scenarios from the articles ----------

fn placements(id: &str) -> Vec<(String, Placement)> {
    let sys = Scenario::by_id(id).unwrap().system(Shared::default());
    let r = analyse(&sys);
    sys.services()
        .iter()
        .zip(&r.services)
        .map(|(s, r)| (s.name.to_string(), r.placement))
        .collect()
}

fn first_move(id: &str) -> String {
    let sys = Scenario::by_id(id).unwrap().system(Shared::default());
    let r = analyse(&sys);
    let Start::Path(steps) = &r.start else {
        panic!("{id}: nothing moves")
    };
    sys.services()[steps[0].index].name.to_string()
}

#[test]
fn seed_002_keeps_the_api_in_go_and_moves_the_build_engine() {
    let p = placements("deploy-platform");
    assert!(
        p.iter()
            .filter(|(n, _)| n != "build-engine")
            .all(|(_, pl)| *pl == Placement::Go),
        "{p:?}"
    );
    assert!(
        p.iter().any(|(n, pl)| n == "build-engine" && pl.moves()),
        "{p:?}"
    );
    assert_eq!(first_move("deploy-platform"), "build-engine");
}

#[test]
fn seed_004_has_all_but_one_service_in_go() {
    let p = placements("all-but-one");
    let moving: Vec<&str> = p
        .iter()
        .filter(|(_, pl)| pl.moves())
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(moving, ["log-pipeline"]);
    assert_eq!(
        p.iter().filter(|(_, pl)| *pl == Placement::Go).count(),
        p.len() - 1
    );
}

#[test]
fn seed_000_starts_with_a_critical_service_not_the_easy_ones() {
    let first = first_move("first-service");
    assert!(["login", "search-api"].contains(&first.as_str()), "{first}");
    let p = placements("first-service");
    assert!(p
        .iter()
        .any(|(n, pl)| n == "web-api" && *pl == Placement::Go));
    assert!(p
        .iter()
        .any(|(n, pl)| n == "admin-cli" && *pl == Placement::Go));
}

#[test]
fn scenarios_name_their_source_and_are_recognised_until_changed() {
    for sc in rust_or_go::model::system::SCENARIOS.iter() {
        assert!(sc.source.starts_with("Seed 00"), "{}", sc.id);
        let shared = Shared {
            cost: CostInputs::default().with(&[(Field::Engineers, 11.0)]),
            ..Shared::default()
        };
        let mut sys = sc.system(shared);
        assert!(sc.matches(&sys));
        assert_eq!(system(&to_query(&sys, &ViewOptions::default())).system, sys);
        sys.service_mut(0)
            .unwrap()
            .scores
            .set(Category::Latency, Score::MAX);
        sys.service_mut(0)
            .unwrap()
            .scores
            .set(Category::TimeToMarket, Score::MIN);
        assert!(!sc.matches(&sys));
    }
}

// ---------- Exports ----------

#[test]
fn the_markdown_table_has_every_service_the_totals_the_plan_and_the_link() {
    let mut sys = Scenario::by_id("deploy-platform")
        .unwrap()
        .system(Shared::default());
    sys.service_mut(0).unwrap().name = ServiceName::new("api | edge");
    let r = analyse(&sys);
    let md = markdown_table(&sys, &r, "https://x.test/?svc=a", &dollars);
    assert!(
        md.starts_with("## Rust or Go? Service by service\n"),
        "{md}"
    );
    assert!(
        md.contains("| api \\| edge | 4 | 2 | 2 | 3 | 2 | Go | Go |"),
        "{md}"
    );
    // 100 x 1000 MB = 100 GB at $3.24 + 200 vCPU at $29.55 = $6,234.
    assert!(
        md.contains("| build-engine | 2 | 4 | 3 | 3 | 5 | Rust | Rust | $6,234.00 |"),
        "{md}"
    );
    assert!(md.contains(&format!(
        "| **System** | | | | | | | | **{}** | **{}** | **{}** |",
        dollars(r.all_go),
        dollars(r.all_rust),
        dollars(r.plan)
    )));
    // The plan in the same words as the page, names escaped for Markdown
    // ("api | edge" would end a table cell or read as one).
    for s in plan_sentences(&sys, &r, &md_text) {
        assert!(md.contains(&format!("- {s}\n")), "{s}\n{md}");
    }
    assert!(md.contains(r"api \| edge"), "{md}");
    assert!(md.contains("Start with build-engine:"), "{md}");
    assert!(md.contains("1. build-engine (Rust, start score"), "{md}");
    assert!(md.ends_with("Calculator: https://x.test/?svc=a\n"));
    // Every table row has the same number of cells as the header.
    let cells = |l: &str| l.replace("\\|", "").matches('|').count();
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert!(rows.iter().all(|l| cells(l) == cells(rows[0])), "{md}");
}

#[test]
fn the_adr_decides_per_service_with_consequences() {
    let sys = Scenario::by_id("all-but-one")
        .unwrap()
        .system(Shared::default());
    let r = analyse(&sys);
    let md = adr_markdown(&sys, &r, "https://x.test/", "2026-11-21", &dollars);
    let order = [
        "---\nstatus: proposed\ndate: 2026-11-21\n",
        "\n# Implementation language, service by service\n",
        "## Context and Problem Statement",
        "## Decision Drivers",
        "## Considered Options",
        "## Decision Outcome\n\nChosen option: \"Service by service\".",
        "### Consequences",
        "## Pros and Cons of the Options",
        "## More Information",
        "Inputs: https://x.test/",
    ];
    let mut at = 0;
    for h in order {
        at += md[at..]
            .find(h)
            .unwrap_or_else(|| panic!("{h} missing or out of order in\n{md}"));
    }
    assert!(md.contains("- Rust: log-pipeline."), "{md}");
    assert!(
        md.contains("- Go: accounts-api, orders-api and notifications-api."),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "pays an estimated {} of slower work once",
            dollars(r.plan_learning)
        )),
        "{md}"
    );
    assert!(md.contains("two toolchains"), "{md}");
    let all_go = system_of(vec![service("api", [4, 2, 2, 2, 2])]);
    let md = adr_markdown(&all_go, &analyse(&all_go), "L", "2026-11-21", &dollars);
    assert!(md.contains("stays in one language"), "{md}");
    assert!(!md.contains("two toolchains"), "{md}");
}

#[test]
fn the_headline_counts_the_placements_and_names_the_first_move() {
    // engine and auth save the same and are as ready; auth pulls harder.
    let sys = system_of(vec![
        service("api", [4, 2, 2, 3, 2]),
        service("maybe", [3, 3, 3, 3, 3]),
        service("engine", [2, 4, 3, 3, 5]),
        service("auth", [2, 5, 5, 3, 3]),
    ]);
    let r = analyse(&sys);
    let line = headline(&sys, &r, &dollars);
    assert_eq!(
        line,
        format!(
            "1 in Go · 1 in Go to profile · 2 in Rust: the plan saves {} a month; start with auth.",
            dollars(r.plan_saving())
        )
    );
    let all_go = system_of(vec![
        service("api", [4, 2, 2, 2, 2]),
        service("cli", [5, 1, 1, 1, 1]),
    ]);
    assert_eq!(
        headline(&all_go, &analyse(&all_go), &dollars),
        "2 in Go: nothing moves to Rust yet."
    );
}

#[test]
fn non_default_weights_are_said_once_for_the_system() {
    let plain = system("?svc=a:3,3,3,3,3").system;
    assert_eq!(plain.shared.weights_sentence(), None);
    let weighted = system("?svc=a:3,3,3,3,3&w_lat=3&w_exp=0").system;
    assert_eq!(
        weighted.shared.weights_sentence().unwrap(),
        "Category weights from the link apply to every service: Time to market x1, Latency x3, Memory safety x1, Rust experience x0, Scale / cost x1."
    );
}

#[test]
fn a_hybrid_service_runs_its_rust_share_at_rusts_figures() {
    // Seed 002's build engine as a hybrid: half its load in Rust.
    let mut sys = system("?svc=engine:4,4,3,1,5:40,1000,250,2,70&rust_share=50").system;
    let r = analyse(&sys);
    assert_eq!(r.services[0].placement, Placement::Hybrid(Boundary::Rpc));
    let c = &r.services[0].cost;
    assert!(
        (r.services[0].plan_infra.units() - (c.infra_go() + c.infra_rust()) / 2.0).abs() <= 0.01
    );
    sys.shared.cost.set(Field::RustShare, 100.0);
    let r = analyse(&sys);
    assert_eq!(r.plan, r.all_rust);
    let adr = adr_markdown(&sys, &r, "L", "2026-11-21", &dollars);
    assert!(
        adr.contains("the cost figures run 100% of a hybrid service's load in Rust"),
        "{adr}"
    );
}

/// The decision model's team-level inputs count once for the system: the
/// second toolchain when the plan runs both languages, and the slower work
/// after the ramp for the one team.
#[test]
fn the_second_toolchain_and_the_gap_after_the_ramp_count_once_for_the_system() {
    let services = vec![
        service("api", [4, 2, 2, 2, 2]),
        service("engine", [2, 5, 3, 3, 5]),
        service("auth", [2, 4, 5, 3, 3]),
    ];
    let mut shared = Shared::default();
    shared.cost.set(Field::ToolchainMonth, 500.0);
    shared.cost.set(Field::SteadyGap, 20.0);
    let r = analyse(&System::new(shared.clone(), services.clone()).unwrap());
    assert_eq!(r.services[0].placement, Placement::Go);
    assert!(r.services[1].placement.moves() && r.services[2].placement.moves());
    // Once for the system, however many services move.
    assert_eq!(r.plan_toolchain, Cents(50_000));
    // The team's gap: the single page's rule at the team's experience (3/5):
    // 4 engineers x 15,660 x (1 - 1/1.2) x (5-3)/4 = 5,220.
    let gap = Cents(522_000);
    assert_eq!(r.plan_people, gap);
    // Both enter the plan's cumulative cost and its break-even.
    let want = r.plan_learning + (r.plan + Cents(50_000)) * 24 + gap * 21;
    assert_eq!(r.cumulative_plan(24), want);
    let plain = analyse(&System::new(no_toolchain(), services.clone()).unwrap());
    assert!(r.cumulative_plan(24) > plain.cumulative_plan(24));
    // A system that moves everything runs one language: no second toolchain.
    let all_rust = analyse(&system_of(vec![service("engine", [2, 5, 3, 3, 5])]));
    assert_eq!(all_rust.services[0].placement, Placement::Rust);
    assert_eq!(all_rust.plan_toolchain, Cents::ZERO);
}

#[test]
fn break_even_months_are_worded_as_on_the_single_page() {
    // The five-service system users tried: its plan broke even in month
    // 486, which the system wrote as "(month 486)" while the single page
    // says "Not within 10 years" past month 120. One wording now.
    let q = "svc=api-gateway:4,2,2,2,2:20,200,30,0.5,70&svc=fraud-scoring:3,5,4,2,3:40,200,30,0.5,70&svc=ledger:3,3,5,3,2:10,200,30,0.5,70&svc=admin:5,1,1,1,1:4,150,25,0.25,50&svc=event-ingest:2,4,3,3,5:30,500,100,1,70";
    let sys = rust_or_go::model::system::parse_system(q).unwrap().system;
    let r = rust_or_go::model::system::analyse(&sys);
    let label = rust_or_go::model::system::break_even_label(&r);
    match r.break_even {
        BreakEven::Month(m) | BreakEven::AfterHorizon(m) if m > 120 => {
            assert_eq!(label, "Not within 10 years")
        }
        other => assert_eq!(
            label,
            rust_or_go::model::decision::month_label(
                match other {
                    BreakEven::Month(m) | BreakEven::AfterHorizon(m) => m,
                    _ => return,
                },
                r.horizon
            )
        ),
    }
    assert!(!label.contains("month 486"), "{label}");
    assert_eq!(
        rust_or_go::model::decision::month_label(486, 24),
        "Not within 10 years"
    );
    assert_eq!(
        rust_or_go::model::decision::month_label(30, 24),
        "Not within the 24-month horizon (month 30)"
    );
    assert_eq!(rust_or_go::model::decision::month_label(7, 24), "Month 7");
}

#[test]
fn one_service_has_one_learning_cost_on_its_page_and_as_a_one_row_system() {
    // fraud-scoring, a Hybrid: its page charges the 2 engineers on the
    // Rust part; as a one-row system it was charged for all 6.
    let q = "name=fraud-scoring&lat=5&safety=4&exp=2&instances=40&engineers=6";
    let state = parse_query(q).state;
    let page = estimate(&state.cost, state.scores.get(Category::Experience));
    assert_eq!(
        evaluate_weighted(&state.scores, &state.weights).verdict,
        Verdict::Hybrid
    );
    let sys = System::single(&state);
    let r = analyse(&sys);
    assert_eq!(r.plan_learning, page.plan(Plan::Hybrid).cents.learning);
    assert!(r.plan_learning < page.plan(Plan::Rust).cents.learning);
}

/// The system's figures are markup built as a string: text in them shows
/// as the text it is, markup and right-to-left names included.
#[test]
fn markup_text_shows_as_written() {
    use rust_or_go::model::text::html_text;
    assert_eq!(
        html_text(r#"<img src=x onerror="a">&'"#),
        "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;"
    );
    assert_eq!(html_text("خدمة الدفع"), "خدمة الدفع");
}

/// The system's chart and the single page's draw one line: for one
/// service opened as a system of one, all Go, the plan and all Rust after
/// any number of months (the ramp's end included) are the single page's
/// Go, the plan its verdict picks and Rust, to the cent.
#[test]
fn a_one_service_system_draws_the_single_page_s_lines() {
    use rust_or_go::model::cost::line_months;
    // fraud-scoring: a Hybrid whose hybrid costs more than Go, a ramp of
    // 2.5 months ending inside the horizon, slower work after it.
    let q = "?name=fraud-scoring&lat=5&safety=4&exp=2&instances=40&engineers=6&ramp_months=2.5&steady_gap=10";
    let state = parse_query(q).state;
    let single = evaluate_weighted(&state.scores, &state.weights);
    assert_eq!(single.verdict, Verdict::Hybrid);
    let page = estimate(&state.cost, state.scores.get(Category::Experience));
    let (sq, _) = append_query(&state, "");
    let sys = system(&sq).system;
    let report = analyse(&sys);
    let months = line_months(report.ramp, report.horizon);
    assert_eq!(months, [0.0, 2.5, 24.0]);
    assert_eq!(
        months,
        line_months(page.plan(Plan::Hybrid).ramp_months, page.horizon)
    );
    for m in months.iter().copied().chain([1.0, 3.0, 12.0]) {
        let [go, plan, rust] = report.cumulative_at(m);
        let cents = |v: f64| (v * 100.0).round() as i64;
        assert_eq!(
            cents(go),
            cents(page.plan(Plan::Go).cumulative_at(m)),
            "Go at {m}"
        );
        assert_eq!(
            cents(plan),
            cents(page.plan(Plan::Hybrid).cumulative_at(m)),
            "plan at {m}"
        );
        assert_eq!(
            cents(rust),
            cents(page.plan(Plan::Rust).cumulative_at(m)),
            "Rust at {m}"
        );
    }
}
