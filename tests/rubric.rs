//! The decision rule: fixed cases, the articles' cases, and exhaustive
//! monotonicity over all 3125 score combinations.

use rust_or_go::model::rubric::{evaluate, flips, verdict_for, Verdict, UNITS};
use rust_or_go::model::score::{Category, Score, Scores};

fn v(values: [u8; 5]) -> Verdict {
    evaluate(&Scores::from_values(values).unwrap()).verdict
}

#[test]
fn the_four_fixed_cases() {
    assert_eq!(v([3, 3, 3, 3, 3]), Verdict::Close);
    assert_eq!(v([5, 1, 1, 1, 1]), Verdict::Go);
    assert_eq!(v([1, 5, 5, 5, 5]), Verdict::Rust);
    assert_eq!(v([5, 5, 4, 2, 5]), Verdict::Hybrid);
}

/// The cases the seed articles describe, scored as their teams would, get
/// the verdict those teams chose.
#[test]
fn article_cases_get_their_teams_verdict() {
    let cases: &[(&str, [u8; 5], Verdict)] = &[
        ("seed 004: JSON-over-HTTP APIs stay in Go", [4, 2, 2, 1, 2], Verdict::Go),
        ("seed 004: log pipeline at 2M events/s went Rust", [2, 5, 3, 3, 5], Verdict::Rust),
        ("seed 002: Go API + Rust build engine", [4, 4, 3, 1, 5], Verdict::Hybrid),
        ("seed 002: same platform scored less harshly", [4, 4, 3, 2, 4], Verdict::Hybrid),
        ("seeds 000/003: login service, top-tier security", [2, 4, 5, 3, 3], Verdict::Rust),
        ("seeds 000/004: DevOps CLI in the Kubernetes ecosystem", [4, 1, 2, 2, 1], Verdict::Go),
        ("seed 001: junior must ship an API today", [5, 1, 2, 1, 1], Verdict::Go),
        ("seed 003: unsure, start with Go", [3, 3, 3, 3, 3], Verdict::Close),
        ("seed 003: core infrastructure, CPU and footprint strategic", [2, 4, 4, 3, 5], Verdict::Rust),
        ("Discord read states: GC spikes at scale, Rust team", [2, 5, 3, 4, 5], Verdict::Rust),
        ("Grab counter service: ~70% infra saving", [2, 3, 3, 4, 5], Verdict::Rust),
        ("seed 003: internal services built quickly by mid-level devs", [4, 2, 2, 2, 2], Verdict::Go),
        ("seed 002: hard latency, Go team under a deadline", [4, 5, 2, 1, 2], Verdict::Hybrid),
    ];
    for (name, scores, want) in cases {
        assert_eq!(v(*scores), *want, "{name} {scores:?}");
    }
}

fn rank(verdict: Verdict) -> usize {
    Verdict::ALL.iter().position(|&x| x == verdict).unwrap()
}

/// Raising latency, safety, scale or experience never moves the result
/// toward Go; raising time-to-market never moves it toward Rust. Checked on
/// the verdict (order go < close < hybrid < rust) and on the lean.
#[test]
fn monotone_over_all_3125_combinations() {
    let mut checked = 0;
    for scores in Scores::every() {
        let here = evaluate(&scores);
        for c in Category::ALL {
            let s = scores.get(c).get();
            if s == 5 {
                continue;
            }
            let up = evaluate(&scores.with(c, Score::new(s + 1).unwrap()));
            if c == Category::TimeToMarket {
                assert!(rank(up.verdict) <= rank(here.verdict), "{:?} +{c:?}", scores.values());
                assert!(up.lean() < here.lean());
            } else {
                assert!(rank(up.verdict) >= rank(here.verdict), "{:?} +{c:?}", scores.values());
                assert!(up.lean() > here.lean());
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 3125 * 4);
}

#[test]
fn the_quick_verdict_agrees_with_the_full_evaluation() {
    for s in Scores::every() {
        let e = evaluate(&s);
        assert_eq!(rust_or_go::model::rubric::verdict(&s), e.verdict);
        assert_eq!(rust_or_go::model::rubric::pressures(&s), (e.rust_units, e.go_units));
    }
}

#[test]
fn every_verdict_is_reachable_and_none_dominates() {
    let mut counts = [0usize; 4];
    for s in Scores::every() {
        counts[rank(evaluate(&s).verdict)] += 1;
    }
    for (i, n) in counts.iter().enumerate() {
        assert!(*n > 300, "{:?} only {n} of 3125", Verdict::ALL[i]);
    }
}

#[test]
fn thresholds_keep_the_rule_monotone() {
    // HYBRID_RUST - HYBRID_GO >= MARGIN is asserted at compile time in
    // rubric.rs; here, the verdict as a function of the two pressures is
    // checked to be monotone over its whole domain.
    for r in 0..=UNITS {
        for g in 0..=UNITS {
            if r < UNITS {
                assert!(rank(verdict_for(r + 1, g)) >= rank(verdict_for(r, g)));
            }
            if g < UNITS {
                assert!(rank(verdict_for(r, g + 1)) <= rank(verdict_for(r, g)));
            }
        }
    }
}

#[test]
fn reasons_name_the_dominating_categories() {
    let e = evaluate(&Scores::from_values([5, 1, 1, 1, 1]).unwrap());
    assert_eq!(e.reasons.len(), 2);
    assert!(e.reasons[0].starts_with("Time-to-market"));
    assert!(e.reasons[1].starts_with("Team Rust experience"));
    let e = evaluate(&Scores::from_values([1, 5, 4, 5, 2]).unwrap());
    assert!(e.reasons[0].starts_with("Latency"), "{:?}", e.reasons);
    assert!(e.reasons[1].starts_with("Memory safety"));
    assert_eq!(e.reasons.len(), 2);
    let e = evaluate(&Scores::from_values([3, 3, 3, 3, 3]).unwrap());
    assert_eq!(e.reasons.len(), 1);
    assert!(e.reasons[0].contains("No category presses hard"));
}

#[test]
fn pressures_and_lean_span_the_scale() {
    let go = evaluate(&Scores::from_values([5, 1, 1, 1, 1]).unwrap());
    assert_eq!((go.go_pressure(), go.rust_pressure(), go.lean()), (1.0, 0.0, -1.0));
    let rust = evaluate(&Scores::from_values([1, 5, 5, 5, 5]).unwrap());
    assert_eq!((rust.go_pressure(), rust.rust_pressure(), rust.lean()), (0.0, 1.0, 1.0));
    let mid = evaluate(&Scores::default());
    assert_eq!(mid.lean(), 0.0);
}

#[test]
fn flips_find_the_nearest_change_that_changes_the_verdict() {
    let scores = Scores::default();
    let f = flips(&scores);
    assert!(!f.is_empty());
    for flip in &f {
        assert_ne!(flip.verdict, Verdict::Close);
        assert_eq!(evaluate(&scores.with(flip.category, flip.to)).verdict, flip.verdict);
    }
    // Nearest first: a one-step change comes before any two-step change.
    let d = |x: &rust_or_go::model::rubric::Flip| x.to.get().abs_diff(scores.get(x.category).get());
    assert!(f.windows(2).all(|w| d(&w[0]) <= d(&w[1])));
    // From all-5 Rust, raising nothing can help; lowering must be suggested.
    let f = flips(&Scores::from_values([1, 5, 5, 5, 5]).unwrap());
    assert!(f.iter().all(|x| x.verdict != Verdict::Rust));
}

#[test]
fn score_rejects_out_of_range() {
    assert!(Score::new(0).is_none());
    assert!(Score::new(6).is_none());
    assert_eq!(Score::clamped(-40).get(), 1);
    assert_eq!(Score::clamped(i64::MAX).get(), 5);
    assert!(Scores::from_values([1, 2, 3, 4, 6]).is_none());
}

#[test]
fn every_anchor_is_written_and_distinct() {
    use rust_or_go::model::anchors::anchor;
    let mut all = std::collections::HashSet::new();
    for c in Category::ALL {
        for s in Score::all() {
            let a = anchor(c, s);
            assert!(a.len() > 20, "{c:?} {s}");
            assert!(all.insert(a), "duplicate anchor {a}");
        }
    }
    assert_eq!(all.len(), 25);
}
