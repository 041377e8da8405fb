//! Each rule and text is written once (ARCHITECTURE.md, "each rule and
//! text is written once"). These checks read the source as text: a second
//! definition of a shared helper, or a hand-made copy of what a helper
//! does, fails here with the file that holds it.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    walk(&root, &mut out);
    out.sort();
    assert!(out.len() > 20, "src/ looks empty: {} files", out.len());
    out
}

/// The files (relative to src/) whose code, comments left out, contains `needle`.
fn files_with(needle: &str) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(_, text)| {
            text.lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .any(|l| l.contains(needle))
        })
        .map(|(p, _)| {
            let s = p.to_string_lossy().replace('\\', "/");
            s[s.find("/src/").unwrap() + 5..].to_string()
        })
        .collect()
}

#[test]
fn each_shared_helper_is_defined_once_in_its_home() {
    let homes = [
        ("fn and_list", "model/text.rs"),
        ("fn capitalized", "model/text.rs"),
        ("fn count(n: usize", "model/text.rs"),
        ("fn for_count<", "model/text.rs"),
        ("struct Debounce", "ui/shared/debounce.rs"),
        ("fn PrintMeta(", "ui/shared/print_meta.rs"),
        ("fn ScenarioPicker(", "ui/shared/toolbar.rs"),
        ("fn CopyButton(", "ui/shared/toolbar.rs"),
        ("fn md_text", "model/text.rs"),
        ("fn html_text", "model/text.rs"),
        ("pub struct Cents", "model/money.rs"),
        ("pub struct Exact", "model/money.rs"),
        ("fn shown_up(", "model/money.rs"),
        ("fn parse_number(", "model/number.rs"),
        ("fn plain_number(", "model/number.rs"),
        ("fn verdict_class(", "ui/shared/style.rs"),
        ("fn side_class(", "ui/shared/style.rs"),
        ("fn link_to(", "ui/platform/browser.rs"),
        ("fn typed_field(", "ui/shared/number_field.rs"),
        ("fn field_value(", "ui/shared/number_field.rs"),
        ("pub enum Currency", "model/money.rs"),
        ("pub type Money", "model/money.rs"),
    ];
    for (definition, home) in homes {
        assert_eq!(
            files_with(definition),
            vec![home.to_string()],
            "`{definition}` must be defined once, in src/{home}"
        );
    }
}

#[test]
fn hand_made_copies_of_the_helpers_do_not_come_back() {
    // Capitalising by hand (capitalisation was written three times), and
    // Unicode case mapping at all: every text the page cases is its own
    // English, and the Unicode tables cost the wasm about 10 kB brotli.
    assert!(files_with("to_uppercase(").is_empty());
    // Except for voters' names in the room (meeting mode's bundle only): "ZOË" and
    // "Zoë" are one voter.
    assert_eq!(
        files_with("to_lowercase("),
        vec!["model/room/checks.rs", "model/room/votes.rs"]
    );
    assert_eq!(files_with("to_ascii_uppercase("), vec!["model/text.rs"]);
    // Verdict classes by hand ("v-go" and `format!("v-{}", ...)` were in
    // three views).
    assert_eq!(files_with("\"v-"), vec!["ui/shared/style.rs"]);
    // Links to a state by hand (`format!("{}?{}", page_base(), q)` six times).
    assert_eq!(files_with("page_base()"), vec!["ui/platform/browser.rs"]);
    // Debouncing by hand (the address bar and the QR code each had one).
    assert_eq!(
        files_with("set_timeout_with_handle("),
        vec!["ui/shared/debounce.rs"]
    );
    // Print blocks, print buttons and toolbars by hand (the single page and
    // the system view each had their own).
    assert_eq!(files_with("print-meta"), vec!["ui/shared/print_meta.rs"]);
    assert_eq!(files_with(".print()"), vec!["ui/shared/toolbar.rs"]);
    assert_eq!(
        files_with("class=\"toolbar\""),
        vec!["ui/shared/toolbar.rs"]
    );
    assert_eq!(
        files_with("<ManualCopy"),
        vec![
            "ui/meeting/ballot.rs",
            "ui/meeting/verdict.rs",
            "ui/shared/toolbar.rs"
        ]
    );
    // HTML escaping by hand (the embed snippet had its own, the system's
    // figures are markup too).
    assert_eq!(files_with("&quot;"), vec!["model/text.rs"]);
    // Plurals by hand ("1 vote" / "n votes" was written four ways).
    assert!(files_with("{ \"s\" }").is_empty());
    assert!(files_with("{ \"was\" } else").is_empty());
    // Nested escaping by hand (`svc` names and voters' names each had a
    // scheme of their own): `encode_nested` is the one.
    assert_eq!(files_with("\"%25\""), Vec::<String>::new());
    assert_eq!(files_with("\"%2B\""), Vec::<String>::new());
    // Markdown table cells escaped by a rule of their own.
    assert!(files_with("replace('|', \"\\\\|\")").is_empty());
}

#[test]
fn a_value_with_its_unit_is_written_by_one_rule() {
    // Three copies wrote units three ways ("2.5x" and "2.5 x", "70%" and
    // "0 %"); `Field::value_text` is the one that stays.
    assert_eq!(files_with("suffix(\"\")"), vec!["model/fields.rs"]);
    use rust_or_go::model::fields::Field;
    use rust_or_go::model::number::plain_number;
    let money = |c: rust_or_go::model::money::Cents| c.plain("$");
    let shown = |f: Field, v: f64| f.value_text(v, &money, &plain_number);
    assert_eq!(shown(Field::CpuSaving, 70.0), "70%");
    assert_eq!(shown(Field::Slowdown, 2.5), "2.5x");
    assert_eq!(shown(Field::RampMonths, 1.0), "1 month");
    assert_eq!(shown(Field::RampMonths, 3.0), "3 months");
    assert_eq!(shown(Field::GoMb, 200.0), "200 MB");
    assert_eq!(shown(Field::GoVcpu, 0.5), "0.5 vCPU");
    assert_eq!(shown(Field::Instances, 1500.0), "1,500");
    assert_eq!(shown(Field::EngMonth, 15660.0), "$15,660.00");
}
