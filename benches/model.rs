//! Native micro-benchmark of the model: one evaluation, and the full work
//! the page does per input (verdict, reasons, cost, sensitivity, URL).
//! Prints nanoseconds per operation; `cargo bench --bench model`.

use std::hint::black_box;
use std::time::Instant;

use rust_or_go::model::cost::{estimate, CostInputs};
use rust_or_go::model::query::{to_query, State, ViewOptions};
use rust_or_go::model::rubric::{evaluate, flips};
use rust_or_go::model::score::{Category, Scores};

fn time(name: &str, iters: u32, mut f: impl FnMut(u32)) -> f64 {
    for i in 0..iters / 10 {
        f(i);
    }
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        for i in 0..iters {
            f(i);
        }
        best = best.min(t.elapsed().as_nanos() as f64 / f64::from(iters));
    }
    println!("{name:<58}{best:>10.0} ns/op (best of 5 x {iters})");
    best
}

fn main() {
    let all: Vec<Scores> = Scores::every().collect();
    let one = time("evaluate (verdict + reasons)", 200_000, |i| {
        black_box(evaluate(black_box(&all[i as usize % all.len()])));
    });
    let cost = time("estimate (cost report)", 200_000, |i| {
        let s = &all[i as usize % all.len()];
        black_box(estimate(
            black_box(&CostInputs::default()),
            s.get(Category::Experience),
        ));
    });
    let full = time(
        "full per-input work (evaluate+estimate+flips+URL)",
        20_000,
        |i| {
            let s = all[i as usize % all.len()];
            let state = State {
                scores: s,
                ..State::default()
            };
            black_box(evaluate(&s));
            black_box(estimate(&state.cost, s.get(Category::Experience)));
            black_box(flips(&s));
            black_box(to_query(&state, &ViewOptions::default()));
        },
    );
    let json = format!(
        "{{\"evaluate_ns\":{one:.0},\"estimate_ns\":{cost:.0},\"full_input_ns\":{full:.0}}}\n"
    );
    std::fs::create_dir_all("bench-results").ok();
    std::fs::write("bench-results/model.json", json).ok();
}
