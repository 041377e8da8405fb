//! Ready-made systems from the source articles.

use super::super::fields::Field;
use super::super::query::ServiceName;
use super::super::score::Scores;
use super::service::{Fleet, Service, Shared, System};

/// A service of a scenario, written in the source.
#[derive(Clone, Copy, Debug)]
pub struct ScenarioService {
    /// Its name.
    pub name: &'static str,
    /// Its scores, written with [`Scores::of`] so a typo fails the build.
    pub scores: Scores,
    /// Fleet values that differ from the defaults.
    pub fleet: &'static [(Field, f64)],
}

/// A system described by one of the source articles.
#[derive(Clone, Copy, Debug)]
pub struct Scenario {
    /// Stable id, used by the picker.
    pub id: &'static str,
    /// Name in the picker.
    pub name: &'static str,
    /// Where it comes from.
    pub source: &'static str,
    /// Its services, in order.
    pub services: &'static [ScenarioService],
}

impl Scenario {
    /// The scenario's services as a system with the given shared part.
    pub fn system(&self, shared: Shared) -> System {
        let services = self
            .services
            .iter()
            .map(|s| {
                let mut fleet = Fleet::default();
                for &(f, v) in s.fleet {
                    fleet.set(f, v);
                }
                Service {
                    name: ServiceName::new(s.name),
                    scores: s.scores,
                    fleet,
                }
            })
            .collect();
        System { shared, services }
    }

    /// Whether `system` holds exactly this scenario's services, so the
    /// picker can show it without a parameter of its own.
    pub fn matches(&self, system: &System) -> bool {
        self.system(system.shared.clone()) == *system
    }

    /// Looks a scenario up by id.
    pub fn by_id(id: &str) -> Option<&'static Scenario> {
        SCENARIOS.iter().find(|s| s.id == id)
    }
}

/// A JSON-over-HTTP API in Go, as seed 004 describes its services.
const fn json_api(name: &'static str, fleet: &'static [(Field, f64)]) -> ScenarioService {
    ScenarioService {
        name,
        scores: Scores::of([4, 2, 2, 3, 2]),
        fleet,
    }
}

/// The systems of the source articles.
pub static SCENARIOS: [Scenario; 3] = [
    Scenario {
        id: "deploy-platform",
        name: "Deployment platform: Go API and coordination, Rust build engine",
        source: "Seed 002: Go for the API layer and coordination services; the build engine, with 50-100 ms GC pauses and CPU-bound work, rewritten in Rust (3-4x faster) and called over gRPC.",
        services: &[
            ScenarioService {
                name: "api",
                scores: Scores::of([4, 2, 2, 3, 2]),
                fleet: &[(Field::Instances, 10.0), (Field::GoVcpu, 0.5), (Field::CpuSaving, 30.0)],
            },
            ScenarioService {
                name: "coordinator",
                scores: Scores::of([4, 2, 3, 3, 2]),
                fleet: &[(Field::Instances, 6.0), (Field::GoMb, 150.0), (Field::RustMb, 25.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)],
            },
            ScenarioService {
                name: "build-engine",
                scores: Scores::of([2, 4, 3, 3, 5]),
                fleet: &[(Field::Instances, 100.0), (Field::GoMb, 1000.0), (Field::RustMb, 250.0), (Field::GoVcpu, 2.0), (Field::CpuSaving, 70.0)],
            },
        ],
    },
    Scenario {
        id: "all-but-one",
        name: "JSON APIs in Go and one log pipeline in Rust",
        source: "Seed 004: \"all but one are in Go. They're JSON-over-HTTP APIs\"; the one Rust service is a log pipeline at 2 million events per second using a quarter of the Go prototype's memory.",
        services: &[
            json_api("accounts-api", &[(Field::Instances, 6.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)]),
            json_api("orders-api", &[(Field::Instances, 8.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)]),
            json_api("notifications-api", &[(Field::Instances, 4.0), (Field::GoVcpu, 0.25), (Field::CpuSaving, 30.0)]),
            ScenarioService {
                name: "log-pipeline",
                scores: Scores::of([2, 5, 3, 3, 5]),
                fleet: &[(Field::Instances, 120.0), (Field::GoMb, 2000.0), (Field::RustMb, 500.0), (Field::GoVcpu, 2.0)],
            },
        ],
    },
    Scenario {
        id: "first-service",
        name: "Choosing the first Rust service",
        source: "Seed 000: start with one critical service with a real performance, latency or memory problem (\"It might be a login service. It might be an API under heavy load.\"), and have someone who can review Rust.",
        services: &[
            ScenarioService {
                name: "web-api",
                scores: Scores::of([4, 2, 2, 2, 2]),
                fleet: &[(Field::Instances, 12.0), (Field::GoVcpu, 0.5), (Field::CpuSaving, 30.0)],
            },
            ScenarioService {
                name: "login",
                scores: Scores::of([2, 4, 5, 3, 3]),
                fleet: &[(Field::Instances, 20.0), (Field::GoVcpu, 1.0)],
            },
            ScenarioService {
                name: "search-api",
                scores: Scores::of([3, 4, 3, 2, 4]),
                fleet: &[(Field::Instances, 120.0), (Field::GoMb, 400.0), (Field::RustMb, 60.0), (Field::GoVcpu, 1.0), (Field::CpuSaving, 60.0)],
            },
            ScenarioService {
                name: "admin-cli",
                scores: Scores::of([4, 1, 2, 2, 1]),
                fleet: &[(Field::Instances, 0.0)],
            },
        ],
    },
];
