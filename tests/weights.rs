//! Weighted rubric: the weight type, the weighted rule against the
//! unweighted one, hand-worked weighted cases, and exhaustive monotonicity
//! over every score and weight combination.

use rust_or_go::model::rubric::{
    evaluate, evaluate_weighted, flips_weighted, pressures, pressures_weighted, verdict,
    verdict_weighted, Verdict, UNITS,
};

use rust_or_go::model::firmness::{firmness, Standing};
use rust_or_go::model::score::{Category, Score, Scores, Side};
use rust_or_go::model::weights::{Weight, Weights};

fn scores(values: [u8; 5]) -> Scores {
    Scores::from_values(values).unwrap()
}

fn weights(values: [u8; 5]) -> Weights {
    Weights::from_values(values).unwrap()
}

fn lat(weight: u8) -> Weights {
    Weights::DEFAULT.with(Category::Latency, Weight::new(weight).unwrap())
}

#[test]
fn weight_rejects_out_of_range() {
    assert_eq!(Weight::new(0), Some(Weight::OFF));
    assert_eq!(Weight::new(3), Some(Weight::MAX));
    assert!(Weight::new(4).is_none());
    assert_eq!(Weight::clamped(-1), Weight::OFF);
    assert_eq!(Weight::clamped(9), Weight::MAX);
    assert_eq!(Weight::clamped(2).get(), 2);
    assert!(Weights::from_values([1, 1, 1, 1, 4]).is_none());
    assert_eq!(weights([0, 1, 2, 3, 1]).get(Category::Safety).get(), 2);
    assert_eq!(Weights::default(), Weights::DEFAULT);
    assert!(Weights::DEFAULT.is_default());
    assert!(!lat(0).is_default());
    assert!(!lat(2).is_default());
}

/// The exhaustive tests below rely on `every` covering each combination
/// exactly once.
#[test]
fn every_weight_combination_comes_once() {
    let all: Vec<Weights> = Weights::every().collect();
    let distinct: std::collections::HashSet<Weights> = all.iter().copied().collect();
    assert_eq!((all.len(), distinct.len()), (1024, 1024));
    assert!(distinct.contains(&Weights::DEFAULT));
    assert!(distinct.contains(&weights([0, 3, 0, 3, 2])));
}

/// The rubric without weights, written out independently: pressure =
/// 0.5 x max/4 + 0.5 x mean/4 in 1/48 units, the experience gap counted at
/// most max(2, time-to-market score), Hybrid when Rust >= 34 and Go >= 27,
/// otherwise a lead of more than 7 wins.
fn unweighted_rule(s: &Scores) -> (i32, i32, Verdict) {
    let pull = |c: Category| {
        let v = i32::from(s.get(c).get());
        if c == Category::Experience {
            let ttm = i32::from(s.get(Category::TimeToMarket).get());
            (5 - v).min(ttm.max(2))
        } else {
            v - 1
        }
    };
    let side = |cats: &[Category]| {
        let pulls: Vec<i32> = cats.iter().map(|&c| pull(c)).collect();
        let max = *pulls.iter().max().unwrap();
        let sum: i32 = pulls.iter().sum();
        let n = pulls.len() as i32;
        // 48 * (max/8 + sum/(8n)), exact for n = 2 and 3.
        (6 * max * n + 6 * sum) / n
    };
    let r = side(&[Category::Latency, Category::Safety, Category::Scale]);
    let g = side(&[Category::TimeToMarket, Category::Experience]);
    let v = if r >= 34 && g >= 27 {
        Verdict::Hybrid
    } else if r - g > 7 {
        Verdict::Rust
    } else if g - r > 7 {
        Verdict::Go
    } else {
        Verdict::Close
    };
    (r, g, v)
}

#[test]
fn weights_of_one_give_the_unweighted_rule_for_all_3125_scores() {
    for s in Scores::every() {
        let want = unweighted_rule(&s);
        for e in [evaluate(&s), evaluate_weighted(&s, &Weights::DEFAULT)] {
            assert_eq!(
                (e.rust_units, e.go_units, e.verdict),
                want,
                "{:?}",
                s.values()
            );
        }
        assert_eq!(pressures(&s), (want.0, want.1));
        assert_eq!(verdict(&s), want.2);
        assert_eq!(verdict_weighted(&s, &Weights::DEFAULT), want.2);
    }
    assert_eq!(verdict(&scores([3, 5, 3, 3, 3])), Verdict::Rust);
}

/// Latency 5/5 alone makes (3,5,3,3,3) Rust; ignoring latency leaves a
/// neutral service, a close call (Rust 20/48 against Go 24/48).
#[test]
fn ignoring_latency_undoes_a_latency_driven_rust() {
    let s = scores([3, 5, 3, 3, 3]);
    assert_eq!(verdict_weighted(&s, &lat(1)), Verdict::Rust);
    assert_eq!(pressures_weighted(&s, &lat(0)), (20, 24));
    assert_eq!(verdict_weighted(&s, &lat(0)), Verdict::Close);
    // Ignored means ignored: no latency score matters any more.
    for score in Score::all() {
        let moved = s.with(Category::Latency, score);
        assert_eq!(
            pressures_weighted(&moved, &lat(0)),
            (20, 24),
            "latency {score}"
        );
    }
}

/// Cases worked by hand from the rule in `pressures_weighted`.
#[test]
fn hand_worked_weighted_cases() {
    let neutral = scores([3; 5]);
    // All pulls 2: Rust 12 + 2*6 = 24, Go 12 + 3*4 = 24.
    assert_eq!(pressures_weighted(&neutral, &Weights::DEFAULT), (24, 24));
    // Latency counted twice: load 8, Rust 28, a lead of 4: still close.
    assert_eq!(pressures_weighted(&neutral, &lat(2)), (28, 24));
    assert_eq!(verdict_weighted(&neutral, &lat(2)), Verdict::Close);
    // Three times: load 10, Rust 32, a lead of 8: Rust.
    assert_eq!(verdict_weighted(&neutral, &lat(3)), Verdict::Rust);
    // Time to market three times: Go load 6 + 2 = 8, full; Go 36: Go.
    let ttm3 = Weights::DEFAULT.with(Category::TimeToMarket, Weight::MAX);
    assert_eq!(pressures_weighted(&neutral, &ttm3), (24, 36));
    assert_eq!(verdict_weighted(&neutral, &ttm3), Verdict::Go);

    // Go 33 against Rust 32 is close; scale counted three times loads the
    // Rust side to its cap (2 + 2 + 9 > 12): 18 + 24 = 42, and Go still
    // presses hard: Hybrid.
    let s = scores([4, 3, 3, 3, 4]);
    assert_eq!(verdict(&s), Verdict::Close);
    assert_eq!(pressures_weighted(&s, &weights([1, 1, 1, 1, 3])), (42, 33));
    assert_eq!(
        verdict_weighted(&s, &weights([1, 1, 1, 1, 3])),
        Verdict::Hybrid
    );

    // One maxed category counted three times fills its side. Without a
    // deadline the Rust gap counts 2 (Go 12 + 3 * 2 = 18): Rust either way.
    let s = scores([1, 5, 1, 1, 1]);
    assert_eq!(pressures(&s), (32, 18));
    assert_eq!(verdict(&s), Verdict::Rust);
    assert_eq!(pressures_weighted(&s, &lat(3)), (UNITS, 18));
    assert_eq!(verdict_weighted(&s, &lat(3)), Verdict::Rust);
    // With a date (3/5) the gap counts 3 and Go presses hard (18 + 3 * 5 =
    // 33): a close call, which latency counted three times makes Hybrid.
    let s = scores([3, 5, 1, 1, 1]);
    assert_eq!(pressures(&s), (32, 33));
    assert_eq!(verdict(&s), Verdict::Close);
    assert_eq!(pressures_weighted(&s, &lat(3)), (UNITS, 33));
    assert_eq!(verdict_weighted(&s, &lat(3)), Verdict::Hybrid);

    // A side with every category ignored presses with nothing.
    let s = scores([5, 1, 1, 1, 1]);
    assert_eq!(verdict(&s), Verdict::Go);
    assert_eq!(pressures_weighted(&s, &weights([0, 1, 1, 0, 1])), (0, 0));
    assert_eq!(
        verdict_weighted(&s, &weights([0, 1, 1, 0, 1])),
        Verdict::Close
    );
    // Ignoring only time to market leaves the experience gap, counted as
    // with no deadline (2): Go 12 + 3 * 2 = 18, still Go.
    assert_eq!(pressures_weighted(&s, &weights([0, 1, 1, 1, 1])), (0, 18));
    assert_eq!(verdict_weighted(&s, &weights([0, 1, 1, 1, 1])), Verdict::Go);
    // Time to market counted twice lets a loose timeline (2/5, pull 1)
    // make the gap count 3: Go 18 + 3 * (2 + 3) = 33.
    let s = scores([2, 5, 5, 1, 4]);
    assert_eq!(pressures(&s), (46, 21));
    assert_eq!(verdict(&s), Verdict::Rust);
    assert_eq!(pressures_weighted(&s, &weights([2, 1, 1, 1, 1])), (46, 33));
    assert_eq!(
        verdict_weighted(&s, &weights([2, 1, 1, 1, 1])),
        Verdict::Hybrid
    );
}

fn score_index(s: &Scores) -> usize {
    s.values()
        .iter()
        .rev()
        .fold(0, |acc, &v| acc * 5 + usize::from(v - 1))
}

fn weight_index(w: &Weights) -> usize {
    w.values()
        .iter()
        .rev()
        .fold(0, |acc, &v| acc * 4 + usize::from(v))
}

/// Raising a category's pull (a score, read through `Category::pull`) or
/// its weight never lowers its side's pressure, never raises the other
/// side's, and never moves the verdict away from its side (order go < close
/// < hybrid < rust); at weight 0 its score changes nothing. Checked for
/// every score combination under every weight combination, against every
/// one-step neighbour in score and in weight.
#[test]
fn monotone_in_every_score_and_every_weight() {
    const W: usize = 1024;
    let mut all_scores = vec![Scores::default(); 3125];
    for s in Scores::every() {
        all_scores[score_index(&s)] = s;
    }
    let mut all_weights = vec![Weights::DEFAULT; W];
    for w in Weights::every() {
        all_weights[weight_index(&w)] = w;
    }
    let mut table = vec![(-1i8, -1i8); 3125 * W];
    for (si, s) in all_scores.iter().enumerate() {
        for (wi, w) in all_weights.iter().enumerate() {
            let (r, g) = pressures_weighted(s, w);
            assert!(
                (0..=UNITS).contains(&r) && (0..=UNITS).contains(&g),
                "{:?} {:?}",
                s.values(),
                w.values()
            );
            table[si * W + wi] = (r as i8, g as i8);
        }
    }
    let at = |i: usize| {
        let (r, g) = table[i];
        (
            i32::from(r),
            i32::from(g),
            rust_or_go::model::rubric::verdict_for(r.into(), g.into()),
        )
    };
    // `weaker` and `stronger` differ in one category, whose pull or weight
    // is higher in `stronger`.
    let check = |weaker: usize, stronger: usize, c: Category, what: &str| {
        let (r0, g0, v0) = at(weaker);
        let (r1, g1, v1) = at(stronger);
        let ok = match c.side() {
            Side::Rust => r1 >= r0 && g1 <= g0 && v1 >= v0,
            Side::Go => g1 >= g0 && r1 <= r0 && v1 <= v0,
        };
        if !ok {
            let (s, w) = (
                all_scores[weaker / W].values(),
                all_weights[weaker % W].values(),
            );
            panic!("{what} {c:?} from scores {s:?} weights {w:?}: ({r0},{g0}) {v0:?} -> ({r1},{g1}) {v1:?}");
        }
    };
    // Neighbours by index: one step up in category c adds 5^c to a score
    // index and 4^c to a weight index.
    let score_up = |si: usize, c: Category| si + 5usize.pow(c.index() as u32);
    let weight_up = |wi: usize, c: Category| wi + 4usize.pow(c.index() as u32);
    for (si, s) in all_scores.iter().enumerate() {
        for c in Category::ALL.into_iter().filter(|&c| s.get(c) < Score::MAX) {
            let higher = Score::new(s.get(c).get() + 1).unwrap();
            assert_eq!(all_scores[score_up(si, c)], s.with(c, higher));
        }
    }
    for (wi, w) in all_weights.iter().enumerate() {
        for c in Category::ALL
            .into_iter()
            .filter(|&c| w.get(c) < Weight::MAX)
        {
            let higher = Weight::new(w.get(c).get() + 1).unwrap();
            assert_eq!(all_weights[weight_up(wi, c)], w.with(c, higher));
        }
    }
    let mut checked = 0u32;
    for (si, s) in all_scores.iter().enumerate() {
        for (wi, w) in all_weights.iter().enumerate() {
            let here = si * W + wi;
            for c in Category::ALL {
                let score = s.get(c);
                if score < Score::MAX {
                    let up = score_up(si, c) * W + wi;
                    if c.pull(Score::new(score.get() + 1).unwrap()) > c.pull(score) {
                        check(here, up, c, "score up");
                    } else {
                        check(up, here, c, "score down");
                    }
                    if w.get(c) == Weight::OFF {
                        assert_eq!(
                            table[here],
                            table[up],
                            "ignored {c:?} moved {:?}",
                            s.values()
                        );
                    }
                    checked += 1;
                }
                if w.get(c) < Weight::MAX {
                    check(here, si * W + weight_up(wi, c), c, "weight up");
                    checked += 1;
                }
            }
        }
    }
    // Every category steps up from 4 of its 5 scores and 3 of its 4 weights.
    assert_eq!(checked, 5 * (4 * 625 * 1024 + 3 * 256 * 3125));
}

fn phrase(values: [u8; 5], w: &Weights) -> String {
    firmness(&scores(values), w).phrase()
}

/// Worked by hand from the pressures (see the comments) and every
/// one-notch neighbour.
#[test]
fn firmness_phrases_for_hand_worked_cases() {
    let d = &Weights::DEFAULT;
    // Rust 48, Go 0; no single notch brings Go near.
    assert_eq!(phrase([1, 5, 5, 5, 5], d), "firmly Rust");
    // Go 48, Rust 0.
    assert_eq!(phrase([5, 1, 1, 1, 1], d), "firmly Go");
    // Go 45, Rust 46; every notch keeps both at or above the Hybrid bars.
    assert_eq!(phrase([5, 5, 4, 2, 5], d), "firmly Hybrid");
    // Rust 40, Go 24: raising time to market or the experience gap one
    // notch lifts Go to 33, both press hard.
    assert_eq!(phrase([3, 5, 3, 3, 3], d), "Rust, one notch from Hybrid");
    // Rust 32, Go 18: only latency down to 3/5 (Rust 24) reaches a close
    // call; experience 2/5 no longer does, since with no deadline the gap
    // counts 2 either way.
    assert_eq!(
        phrase([1, 4, 3, 3, 3], d),
        "Rust, one notch from a close call"
    );
    // Go 33, Rust 24: time to market down a notch, or latency up, closes it.
    assert_eq!(
        phrase([4, 3, 3, 3, 3], d),
        "Go, one notch from a close call"
    );
    // 24 against 24: any Go-side notch up gives Go 33, any Rust-side 32.
    assert_eq!(
        phrase([3, 3, 3, 3, 3], d),
        "an evenly balanced close call, one notch from Go or Rust"
    );
    // Rust 30, Go 24: latency, safety or scale up a notch gives Rust 32+;
    // no single notch gets Go 8 ahead.
    assert_eq!(
        phrase([3, 4, 2, 3, 3], d),
        "a close call leaning Rust, one notch from Rust"
    );
    // Latency ignored: Rust 20, Go 24; a Go-side notch up gives Go 33.
    assert_eq!(
        phrase([3, 5, 3, 3, 3], &lat(0)),
        "a close call leaning Go, one notch from Go"
    );
}

/// How a phrase names each verdict after "one notch from".
const NAMES: [(Verdict, &str); 4] = [
    (Verdict::Go, "Go"),
    (Verdict::Close, "a close call"),
    (Verdict::Hybrid, "Hybrid"),
    (Verdict::Rust, "Rust"),
];

fn named(name: &str) -> Verdict {
    NAMES
        .iter()
        .find(|(_, n)| *n == name)
        .unwrap_or_else(|| panic!("unknown verdict name {name:?}"))
        .0
}

fn name_of(verdict: Verdict) -> &'static str {
    NAMES.iter().find(|(v, _)| *v == verdict).unwrap().1
}

/// For every score combination, under every weighting that ignores or
/// triples at most two categories: the phrase names exactly the verdicts some one-notch change
/// reaches (so every one-step flip `flips_weighted` reports is among
/// them), says "firmly" only when none does, and a close call leans to the
/// side whose pressure is higher.
#[test]
fn firmness_names_every_one_notch_flip() {
    let spread = Weights::every().filter(|w| {
        let v = w.values();
        v.iter().all(|&x| x != 2) && v.iter().filter(|&&x| x != 1).count() <= 2
    });
    let (mut firm, mut flipping) = (0, 0);
    for w in spread {
        for s in Scores::every() {
            let f = firmness(&s, &w);
            let (r, g) = pressures_weighted(&s, &w);
            let current = verdict_weighted(&s, &w);
            assert_eq!(f.verdict(), current);
            let mut reached: Vec<Verdict> = Vec::new();
            for c in Category::ALL {
                let v = s.get(c).get();
                for to in [v - 1, v + 1].into_iter().filter_map(Score::new) {
                    let there = verdict_weighted(&s.with(c, to), &w);
                    if there != current && !reached.contains(&there) {
                        reached.push(there);
                    }
                }
            }
            let text = f.phrase();
            let context = || {
                format!(
                    "{text:?} for scores {:?} weights {:?}",
                    s.values(),
                    w.values()
                )
            };
            let (head, named_targets) = match text.split_once(", one notch from ") {
                Some((head, tail)) => {
                    let (rest, last) = tail.rsplit_once(" or ").unwrap_or(("", tail));
                    let mut names: Vec<Verdict> = rest
                        .split(", ")
                        .filter(|n| !n.is_empty())
                        .map(named)
                        .collect();
                    names.push(named(last));
                    (head, names)
                }
                None => (text.as_str(), Vec::new()),
            };
            let mut want = reached.clone();
            want.sort();
            assert_eq!(named_targets, want, "{}", context());
            for flip in flips_weighted(&s, &w) {
                if flip.to.get().abs_diff(s.get(flip.category).get()) == 1 {
                    assert!(
                        named_targets.contains(&flip.verdict),
                        "{:?} missing from {}",
                        flip,
                        context()
                    );
                }
            }
            let want_head = match current {
                Verdict::Close if r > g => "a close call leaning Rust".to_string(),
                Verdict::Close if g > r => "a close call leaning Go".to_string(),
                Verdict::Close => "an evenly balanced close call".to_string(),
                v if reached.is_empty() => format!("firmly {}", name_of(v)),
                v => name_of(v).to_string(),
            };
            assert_eq!(head, want_head, "{}", context());
            assert_eq!(f.is_firm(), reached.is_empty());
            if let Standing::Close(lean) = f.standing() {
                assert_eq!(lean.is_none(), r == g, "{}", context());
            }
            if reached.is_empty() {
                firm += 1;
            } else {
                flipping += 1;
            }
        }
    }
    // Both kinds occur, so neither branch passes vacuously.
    assert!(
        firm > 1000 && flipping > 1000,
        "{firm} firm, {flipping} one notch from another verdict"
    );
}

#[test]
fn a_category_weighted_zero_is_never_named_as_a_reason() {
    use rust_or_go::model::rubric::evaluate_weighted;
    let scores = Scores::from_values([3, 5, 3, 3, 3]).unwrap();
    let named = |w: &Weights| {
        evaluate_weighted(&scores, w)
            .reasons
            .iter()
            .filter_map(|r| r.pressing())
            .map(|(c, _)| c)
            .collect::<Vec<_>>()
    };
    assert_eq!(named(&Weights::DEFAULT), vec![Category::Latency]);
    let off = Weights::DEFAULT.with(Category::Latency, Weight::OFF);
    assert!(named(&off).is_empty());
}

#[test]
fn weights_are_described_only_when_they_differ_from_the_rubric() {
    assert_eq!(Weights::DEFAULT.describe(), None);
    let w = Weights::DEFAULT
        .with(Category::Latency, Weight::OFF)
        .with(Category::Safety, Weight::MAX);
    assert_eq!(
        w.describe().as_deref(),
        Some("Weighted: latency determinism requirement ignored, memory safety criticality x3; every other category x1.")
    );
}
