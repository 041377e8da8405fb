//! Scenarios from the source articles, each a starting point a user can
//! pick and then adjust.

use super::cost::CostInputs;
use super::fields::{Field, Unit};
use super::money::Fx;
use super::score::Scores;

/// A named scenario.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Stable id used in the `preset` query parameter.
    pub id: &'static str,
    /// Name in the picker.
    pub name: &'static str,
    /// One-line source citation.
    pub source: &'static str,
    /// Scores in rubric order: ttm, lat, safety, exp, scale. Written with
    /// [`Scores::of`], so a typo fails the build.
    pub scores: Scores,
    /// Cost inputs that differ from the defaults.
    pub cost: &'static [(Field, f64)],
}

impl Preset {
    /// Whether `scores` and `cost` have moved away from this preset, its
    /// money inputs converted at `fx` as choosing it sets them.
    pub fn modified(&self, scores: &Scores, cost: &CostInputs, fx: Fx) -> bool {
        let mut own = self.cost_inputs();
        for f in Field::ALL
            .into_iter()
            .filter(|f| f.spec().unit == Unit::Money)
        {
            own.set(f, fx.convert(own.get(f)));
        }
        self.scores() != *scores || own != *cost
    }

    /// The preset's scores.
    pub fn scores(&self) -> Scores {
        self.scores
    }

    /// The preset's cost inputs (defaults plus its overrides).
    pub fn cost_inputs(&self) -> CostInputs {
        CostInputs::default().with(self.cost)
    }

    /// Looks a preset up by id.
    pub fn by_id(id: &str) -> Option<&'static Preset> {
        PRESETS.iter().find(|p| p.id == id)
    }
}

/// Every preset, in picker order.
pub static PRESETS: [Preset; 7] = [
    Preset {
        id: "crud-api",
        name: "JSON-over-HTTP CRUD API, Go team",
        source: "Seed 004: every service but one is a JSON-over-HTTP API in Go; \"the performance is fine\".",
        scores: Scores::of([4, 2, 2, 1, 2]),
        cost: &[(Field::Instances, 6.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)],
    },
    Preset {
        id: "log-pipeline",
        name: "Log pipeline, 2M events/s, tight tail latency",
        source: "Seed 004: the one Rust service; a quarter of the Go prototype's memory and better tail latency.",
        scores: Scores::of([2, 5, 3, 3, 5]),
        cost: &[(Field::Instances, 120.0), (Field::GoMb, 2000.0), (Field::RustMb, 500.0), (Field::GoVcpu, 2.0)],
    },
    Preset {
        id: "deploy-platform",
        name: "Deployment platform: API layer + CPU-heavy build engine",
        source: "Seed 002: GC pauses of 50-100 ms in the build service; kept Go for the API, Rust for the build engine.",
        scores: Scores::of([4, 4, 3, 1, 5]),
        cost: &[(Field::Instances, 40.0), (Field::GoMb, 1000.0), (Field::RustMb, 250.0), (Field::GoVcpu, 2.0)],
    },
    Preset {
        id: "login-service",
        name: "Login service on the critical path, top-tier security",
        source: "Seeds 000 and 003: start Rust with a critical service, \"it might be a login service\"; security is top-tier.",
        scores: Scores::of([2, 4, 5, 3, 3]),
        cost: &[(Field::Instances, 20.0), (Field::GoVcpu, 1.0)],
    },
    Preset {
        id: "devops-cli",
        name: "DevOps CLI in the Kubernetes ecosystem",
        source: "Seeds 000 and 004: Go is the natural choice for CLIs and tools in the Docker/Kubernetes ecosystem.",
        scores: Scores::of([4, 1, 2, 2, 1]),
        cost: &[(Field::Instances, 0.0), (Field::Engineers, 2.0)],
    },
    Preset {
        id: "mvp-this-week",
        name: "MVP that must ship this week, no Rust experience",
        source: "Seed 001: a developer who must deliver an API today should not learn Rust under deadline pressure.",
        scores: Scores::of([5, 1, 2, 1, 1]),
        cost: &[(Field::Instances, 2.0), (Field::Engineers, 2.0), (Field::GoVcpu, 0.25)],
    },
    Preset {
        id: "unsure",
        name: "Not sure yet: a typical new backend service",
        source: "Seed 003: \"If unsure, start with Go ... then extract hot paths into Rust after profiling proves need.\"",
        scores: Scores::of([3, 3, 3, 3, 3]),
        cost: &[],
    },
];
