//! The decision rule: fixed cases, the articles' cases, and exhaustive
//! monotonicity over all 3125 score combinations.

use rust_or_go::model::cost::CostInputs;
use rust_or_go::model::fields::Field;
use rust_or_go::model::rubric::{
    evaluate, flips, verdict_for, Flip, Reason, Strength, Verdict, UNITS,
};
use rust_or_go::model::score::{Category, Score, Scores, Side};

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
        (
            "seed 004: JSON-over-HTTP APIs stay in Go",
            [4, 2, 2, 1, 2],
            Verdict::Go,
        ),
        (
            "seed 004: log pipeline at 2M events/s went Rust",
            [2, 5, 3, 3, 5],
            Verdict::Rust,
        ),
        (
            "seed 002: Go API + Rust build engine",
            [4, 4, 3, 1, 5],
            Verdict::Hybrid,
        ),
        (
            "seed 002: same platform scored less harshly",
            [4, 4, 3, 2, 4],
            Verdict::Hybrid,
        ),
        (
            "seeds 000/003: login service, top-tier security",
            [2, 4, 5, 3, 3],
            Verdict::Rust,
        ),
        (
            "seeds 000/004: DevOps CLI in the Kubernetes ecosystem",
            [4, 1, 2, 2, 1],
            Verdict::Go,
        ),
        (
            "seed 001: junior must ship an API today",
            [5, 1, 2, 1, 1],
            Verdict::Go,
        ),
        (
            "seed 003: unsure, start with Go",
            [3, 3, 3, 3, 3],
            Verdict::Close,
        ),
        (
            "seed 003: core infrastructure, CPU and footprint strategic",
            [2, 4, 4, 3, 5],
            Verdict::Rust,
        ),
        (
            "Discord read states: GC spikes at scale, Rust team",
            [2, 5, 3, 4, 5],
            Verdict::Rust,
        ),
        (
            "Grab counter service: ~70% infra saving",
            [2, 3, 3, 4, 5],
            Verdict::Rust,
        ),
        (
            "seed 003: internal services built quickly by mid-level devs",
            [4, 2, 2, 2, 2],
            Verdict::Go,
        ),
        (
            "seed 002: hard latency, Go team under a deadline",
            [4, 5, 2, 1, 2],
            Verdict::Hybrid,
        ),
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
/// the verdict (order go < close < hybrid < rust) and on the lean, which
/// moves with every step except an experience step that leaves the counted
/// gap where it was (a gap the deadline does not let count, see
/// `counted_gap`).
#[test]
fn monotone_over_all_3125_combinations() {
    let mut checked = 0;
    let mut flat = 0;
    for scores in Scores::every() {
        let here = evaluate(&scores);
        for c in Category::ALL {
            let s = scores.get(c).get();
            if s == 5 {
                continue;
            }
            let up = evaluate(&scores.with(c, Score::new(s + 1).unwrap()));
            if c == Category::TimeToMarket {
                assert!(
                    rank(up.verdict) <= rank(here.verdict),
                    "{:?} +{c:?}",
                    scores.values()
                );
                assert!(up.lean() < here.lean());
            } else {
                assert!(
                    rank(up.verdict) >= rank(here.verdict),
                    "{:?} +{c:?}",
                    scores.values()
                );
                let e = Category::Experience.index();
                if c == Category::Experience
                    && up.contributions[e].counted == here.contributions[e].counted
                {
                    assert_eq!(up.lean(), here.lean());
                    flat += 1;
                } else {
                    assert!(up.lean() > here.lean());
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 3125 * 4);
    // Experience 1 -> 2 -> 3 at time to market 1-2, and 1 -> 2 at 3.
    assert_eq!(flat, 125 * (2 + 2 + 1));
}

/// The documented rule, written again from its description in floating
/// point, independently of the 1/48 integer arithmetic in the model: a
/// category pulls 0..=4 toward its side (score - 1; experience 5 - score,
/// the gap, counted at most max(2, time-to-market score)), a side's
/// pressure is 0.5 * max/4 + 0.5 * mean/4 of its pulls, Hybrid when Rust >=
/// 34/48 and Go >= 27/48, otherwise a lead of more than 7/48 wins,
/// otherwise Close. Returns (verdict, rust pressure, go pressure).
fn reference(values: [u8; 5]) -> (Verdict, f64, f64) {
    let [ttm, lat, safety, exp, scale] = values.map(f64::from);
    let pressure = |pulls: &[f64]| {
        let max = pulls.iter().copied().fold(0.0, f64::max);
        let mean = pulls.iter().sum::<f64>() / pulls.len() as f64;
        0.5 * max / 4.0 + 0.5 * mean / 4.0
    };
    let rust = pressure(&[lat - 1.0, safety - 1.0, scale - 1.0]);
    let gap = (5.0 - exp).min(ttm.max(2.0));
    let go = pressure(&[ttm - 1.0, gap]);
    // The thresholds are exact fractions; the tolerance only keeps float
    // rounding from moving a boundary.
    let eps = 1e-9;
    let verdict = if rust >= 34.0 / 48.0 - eps && go >= 27.0 / 48.0 - eps {
        Verdict::Hybrid
    } else if rust - go > 7.0 / 48.0 + eps {
        Verdict::Rust
    } else if go - rust > 7.0 / 48.0 + eps {
        Verdict::Go
    } else {
        Verdict::Close
    };
    (verdict, rust, go)
}

#[test]
fn evaluate_follows_the_documented_rule_for_all_3125_combinations() {
    for s in Scores::every() {
        let (want, rust, go) = reference(s.values());
        let e = evaluate(&s);
        assert_eq!(e.verdict, want, "{:?}", s.values());
        assert!(
            (e.rust_pressure() - rust).abs() < 1e-9,
            "{:?}: rust {} vs {rust}",
            s.values(),
            e.rust_pressure()
        );
        assert!(
            (e.go_pressure() - go).abs() < 1e-9,
            "{:?}: go {} vs {go}",
            s.values(),
            e.go_pressure()
        );
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

fn presses(category: Category, strength: Strength) -> Reason {
    Reason::Presses { category, strength }
}

#[test]
fn reasons_name_the_dominating_categories() {
    use Category::*;
    use Strength::*;
    let e = evaluate(&Scores::from_values([5, 1, 1, 1, 1]).unwrap());
    assert_eq!(
        e.reasons,
        [presses(TimeToMarket, Peak), presses(Experience, Peak)]
    );
    // Strongest first within the favoured side, ties in rubric order.
    let e = evaluate(&Scores::from_values([1, 4, 5, 5, 4]).unwrap());
    assert_eq!(
        e.reasons,
        [
            presses(Safety, Peak),
            presses(Latency, High),
            presses(Scale, High)
        ]
    );
    // The favoured side leads even when the other side pulls harder.
    let e = evaluate(&Scores::from_values([4, 5, 1, 3, 1]).unwrap());
    assert_eq!(e.verdict, Verdict::Close);
    assert_eq!(
        e.reasons,
        [
            presses(TimeToMarket, High),
            presses(Latency, Peak),
            Reason::ProfileFirst
        ]
    );
    let e = evaluate(&Scores::from_values([3, 3, 3, 3, 3]).unwrap());
    assert_eq!(e.reasons, [Reason::NothingPresses { leaning: None }]);
    // Moderate scores can still add up to a verdict; the reason says so.
    let e = evaluate(&Scores::from_values([1, 3, 3, 5, 3]).unwrap());
    assert_eq!(e.verdict, Verdict::Rust);
    assert_eq!(
        e.reasons,
        [Reason::NothingPresses {
            leaning: Some(Side::Rust)
        }]
    );
    assert!(e.reasons[0]
        .text(&CostInputs::default())
        .ends_with("lean toward Rust."));
}

/// Each reason names its category with the score the user set.
#[test]
fn reasons_quote_the_scores_that_produced_them() {
    for s in Scores::every() {
        for r in evaluate(&s).reasons {
            if let Some((c, score)) = r.pressing() {
                assert_eq!(score, s.get(c), "{:?}", s.values());
                assert!(c.pull(score) >= 3);
                assert!(
                    r.text(&CostInputs::default())
                        .contains(&format!("({score}/5)")),
                    "{r:?}"
                );
            }
        }
    }
}

fn experience_reason(exp: u8, ramp_months: f64) -> String {
    let scores = Scores::from_values([3, 3, 3, exp, 3]).unwrap();
    let cost = CostInputs::default().with(&[(Field::RampMonths, ramp_months)]);
    assert_eq!(cost.get(Field::RampMonths), ramp_months);
    let e = evaluate(&scores);
    let r = e
        .reasons
        .iter()
        .find(|r| r.pressing().is_some_and(|(c, _)| c == Category::Experience));
    r.unwrap_or_else(|| panic!("no experience reason in {:?}", e.reasons))
        .text(&cost)
}

/// The ramp-up the reason promises is the one in the cost inputs.
#[test]
fn the_experience_reason_quotes_the_ramp_up_months() {
    assert_eq!(
        experience_reason(1, 9.0),
        "Team Rust experience is minimal (1/5): expect about 9 months before the team is productive in Rust."
    );
    assert!(experience_reason(1, 1.0).contains("expect about 1 month before"));
    assert!(experience_reason(1, 1.5).contains("expect about 1.5 months before"));
    assert!(experience_reason(2, 9.0).contains("slower for about 9 months while the team learns"));
    assert!(experience_reason(2, 1.0).contains("slower for about 1 month while"));
    for exp in [1, 2] {
        let zero = experience_reason(exp, 0.0);
        assert!(
            !zero.contains("month") && !zero.contains("slower"),
            "{zero}"
        );
        assert!(zero.contains(&format!("({exp}/5)")), "{zero}");
    }
}

#[test]
fn pressures_and_lean_span_the_scale() {
    let go = evaluate(&Scores::from_values([5, 1, 1, 1, 1]).unwrap());
    assert_eq!(
        (go.go_pressure(), go.rust_pressure(), go.lean()),
        (1.0, 0.0, -1.0)
    );
    let rust = evaluate(&Scores::from_values([1, 5, 5, 5, 5]).unwrap());
    assert_eq!(
        (rust.go_pressure(), rust.rust_pressure(), rust.lean()),
        (0.0, 1.0, 1.0)
    );
    let mid = evaluate(&Scores::default());
    assert_eq!(mid.lean(), 0.0);
}

/// Brute force against the reference rule: for every score set and every
/// category, try scores at distance 1, 2, 3, 4 and take the first that
/// changes the verdict. At equal distance the lower score is tried first,
/// as `flips` does (it scans 1..=5 and keeps only strictly nearer finds),
/// so a tie between going down and going up goes to going down. Flips are
/// listed nearest first; equal distances keep rubric order.
#[test]
fn flips_are_the_nearest_verdict_changes_for_all_3125_combinations() {
    let mut ties = 0;
    let mut total = 0;
    for scores in Scores::every() {
        let values = scores.values();
        let (current, _, _) = reference(values);
        let mut want: Vec<(u8, Flip)> = Vec::new();
        for c in Category::ALL {
            let from = values[c.index()];
            let changed = |to: u8| {
                let mut v = values;
                v[c.index()] = to;
                let (verdict, _, _) = reference(v);
                (verdict != current).then(|| Flip {
                    category: c,
                    to: Score::new(to).unwrap(),
                    verdict,
                })
            };
            'nearest: for d in 1..=4u8 {
                let down = from.checked_sub(d).filter(|&t| t >= 1).and_then(changed);
                let up = Some(from + d).filter(|&t| t <= 5).and_then(changed);
                if down.is_some() && up.is_some() {
                    ties += 1;
                }
                if let Some(f) = down.or(up) {
                    want.push((d, f));
                    break 'nearest;
                }
            }
        }
        want.sort_by_key(|(d, _)| *d);
        let want: Vec<Flip> = want.into_iter().map(|(_, f)| f).collect();
        total += want.len();
        assert_eq!(flips(&scores), want, "{values:?}");
    }
    // The tie rule above is exercised, and most score sets have some flip.
    assert!(ties > 0);
    assert!(total > 3125, "{total}");
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

/// The phased Hybrid names what presses on the Go side, read from the
/// scores: the deadline (time to market 4-5), the gap (experience 1-2 that
/// the deadline lets count at 3 or more), or both.
#[test]
fn hybrid_is_phased_and_says_whether_the_deadline_or_the_gap_presses() {
    use rust_or_go::model::rubric::{counted_gap, evaluate_weighted, Phase};
    use rust_or_go::model::weights::{Weight, Weights};
    let phase = |values: [u8; 5]| {
        let e = evaluate(&Scores::from_values(values).unwrap());
        assert_eq!(e.verdict, Verdict::Hybrid, "{values:?}");
        e.phase()
    };
    // deploy-platform (seed 002): ttm 4, experience 1: Go first, Rust as
    // step two, once someone can review it.
    assert_eq!(phase([4, 4, 3, 1, 5]), Some(Phase::Both));
    // A tight deadline with a team that has shipped Rust: the deadline.
    assert_eq!(phase([4, 5, 5, 3, 4]), Some(Phase::Deadline));
    // A date exists (3/5) and nobody has shipped Rust: the gap.
    assert_eq!(phase([3, 5, 5, 1, 4]), Some(Phase::Gap));
    for p in Phase::ALL {
        let text = p.rationale();
        assert!(
            text.starts_with("Both sides press hard, but the "),
            "{text}"
        );
        assert_eq!(text.contains("deadline"), p != Phase::Gap, "{text}");
        assert_eq!(text.contains("Rust gap"), p != Phase::Deadline, "{text}");
        assert_eq!(text.contains("review Rust"), p != Phase::Deadline, "{text}");
        assert!(!text.contains(" or the team"), "{text}");
    }
    // At the rubric's own weights every Hybrid is phased: the Go side only
    // presses hard with a deadline (4-5) or a counted gap of 3-4. A heavier
    // weight on the Go side makes the unphased Hybrid reachable.
    let heavy = Weights::DEFAULT.with(Category::TimeToMarket, Weight::MAX);
    let heavy_exp = Weights::DEFAULT.with(Category::Experience, Weight::MAX);
    let mut plain = 0;
    let mut seen = std::collections::HashSet::new();
    for w in [Weights::DEFAULT, heavy, heavy_exp] {
        for s in Scores::every() {
            let e = evaluate_weighted(&s, &w);
            let ttm = s.get(Category::TimeToMarket).get();
            let deadline = ttm >= 4;
            let gap = counted_gap(&s, &w) >= 3;
            let want = match (e.verdict, deadline, gap) {
                (Verdict::Hybrid, true, true) => Some(Phase::Both),
                (Verdict::Hybrid, true, false) => Some(Phase::Deadline),
                (Verdict::Hybrid, false, true) => Some(Phase::Gap),
                _ => None,
            };
            assert_eq!(e.phase(), want, "{:?} {:?}", s.values(), w.values());
            match want {
                Some(p) => {
                    assert_eq!(e.rationale(), p.rationale());
                    seen.insert(p);
                }
                None if e.verdict == Verdict::Hybrid => {
                    assert_eq!(e.rationale(), Verdict::Hybrid.rationale());
                    assert!(!w.is_default(), "{:?}", s.values());
                    plain += 1;
                }
                None => assert_eq!(e.rationale(), e.verdict.rationale()),
            }
        }
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(
        plain > 0,
        "no unphased Hybrid was reached, so half of the rule went untested"
    );
}

/// The gap presses when it meets a deadline (seed 004: "If they don't, and
/// the project has a tight deadline, that's a risk"). Without one the team
/// has time to learn: seed 002's team took "3 months to become productive
/// in Rust", which time to market 1-2/5 ("a quarter or more, with room to
/// learn as you go") leaves, and seed 003 says "if 2/3/5 dominate, Rust
/// often wins". The learning is charged by the cost model.
#[test]
fn the_gap_without_a_deadline_leaves_strong_rust_needs_to_rust() {
    use Category::*;
    use Strength::*;
    for ttm in [1, 2] {
        for exp in [1, 2] {
            let values = [ttm, 5, 5, exp, 4];
            let e = evaluate(&Scores::from_values(values).unwrap());
            assert_eq!(e.verdict, Verdict::Rust, "{values:?}");
            assert!(e.go_units < 27, "{values:?}: Go {}", e.go_units);
            let strength = if exp == 1 { Peak } else { High };
            assert_eq!(
                e.reasons,
                [
                    presses(Latency, Peak),
                    presses(Safety, Peak),
                    presses(Scale, High),
                    Reason::TimeToLearn { strength },
                ],
                "{values:?}"
            );
            let text = e.reasons[3].text(&CostInputs::default());
            assert!(
                text.contains(&format!("({exp}/5)"))
                    && text.contains("without a pressing deadline")
                    && text.contains("about 3 months")
                    && text.contains("a cost the estimate counts"),
                "{text}"
            );
            assert_eq!(e.rationale(), Verdict::Rust.rationale());
        }
    }
    // The same service with a deadline: the gap presses, phased Hybrid
    // naming both.
    use rust_or_go::model::rubric::Phase;
    for ttm in [4, 5] {
        let e = evaluate(&Scores::from_values([ttm, 5, 5, 2, 4]).unwrap());
        assert_eq!(e.verdict, Verdict::Hybrid, "ttm {ttm}");
        assert_eq!(e.phase(), Some(Phase::Both));
        assert!(e
            .rationale()
            .contains("the deadline and the team's Rust gap"));
        assert!(
            e.reasons.contains(&presses(Experience, High)),
            "{:?}",
            e.reasons
        );
        assert!(e
            .reasons
            .contains(&presses(TimeToMarket, if ttm == 5 { Peak } else { High })));
    }
    // With a date (3/5) the gap presses on its own: Hybrid, phased for it.
    let e = evaluate(&Scores::from_values([3, 5, 5, 2, 4]).unwrap());
    assert_eq!((e.verdict, e.phase()), (Verdict::Hybrid, Some(Phase::Gap)));
    // No Rust-side need and no Rust on the team: still Go, with or without
    // a deadline, as before; the gap alone tips it (seed 003: "If 1/4
    // dominate, Go often wins").
    for ttm in 1..=5 {
        let e = evaluate(&Scores::from_values([ttm, 1, 1, 1, 1]).unwrap());
        assert_eq!(e.verdict, Verdict::Go, "ttm {ttm}");
    }
    // Moderate needs and no deadline: a close call (start with Go), not Rust.
    let e = evaluate(&Scores::from_values([1, 3, 2, 1, 1]).unwrap());
    assert_eq!(
        (e.rust_units, e.go_units, e.verdict),
        (18, 18, Verdict::Close)
    );
    assert_eq!(
        e.reasons,
        [
            Reason::NothingPresses { leaning: None },
            Reason::TimeToLearn { strength: Peak }
        ]
    );
}

/// The gap counts as far as the deadline lets it: at most max(2, time to
/// market) at weight 1, at most max(2, 1 + w x (ttm - 1)) weighted, and
/// never more than its own pull.
#[test]
fn the_counted_gap_follows_the_deadline() {
    use rust_or_go::model::rubric::{counted_gap, GAP_WITHOUT_DEADLINE};
    use rust_or_go::model::weights::{Weight, Weights};
    assert_eq!(GAP_WITHOUT_DEADLINE, 2);
    for w in Weight::all() {
        let weights = Weights::DEFAULT.with(Category::TimeToMarket, w);
        for s in Scores::every() {
            let (ttm, exp) = (
                s.get(Category::TimeToMarket).get(),
                s.get(Category::Experience).get(),
            );
            let cap = 2.max(1 + w.get() * (ttm - 1));
            assert_eq!(
                counted_gap(&s, &weights),
                (5 - exp).min(cap),
                "{:?} w {w}",
                s.values()
            );
        }
    }
}

/// Firmness and flips for the new cases: without a deadline, strong Rust
/// needs are firmly Rust; the flip back to Hybrid is a deadline.
#[test]
fn firmness_and_flips_of_the_gap_without_a_deadline() {
    use rust_or_go::model::firmness::firmness;
    use rust_or_go::model::weights::Weights;
    let s = Scores::from_values([1, 5, 5, 1, 4]).unwrap();
    assert_eq!(firmness(&s, &Weights::DEFAULT).phrase(), "firmly Rust");
    let f = flips(&s);
    // The nearest change that leaves Rust is a date: time to market 3/5.
    assert_eq!(
        f.first(),
        Some(&Flip {
            category: Category::TimeToMarket,
            to: Score::new(3).unwrap(),
            verdict: Verdict::Hybrid
        }),
        "{f:?}"
    );
    assert!(
        f.iter().all(|x| x.category != Category::Experience),
        "{f:?}"
    );
    // At time to market 2/5 one notch more is a date, and Hybrid.
    let s = Scores::from_values([2, 5, 5, 2, 4]).unwrap();
    assert_eq!(
        firmness(&s, &Weights::DEFAULT).phrase(),
        "Rust, one notch from Hybrid"
    );
    // With a tight deadline the Hybrid holds: one notch less is still a
    // date (3/5), under which the gap still presses.
    let s = Scores::from_values([4, 5, 5, 2, 4]).unwrap();
    assert_eq!(firmness(&s, &Weights::DEFAULT).phrase(), "firmly Hybrid");
}
