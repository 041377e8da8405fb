//! The last step of reading and writing numbers (`number::Digits`) is
//! handed in: Rust's natively, the browser's in the wasm bundle. These
//! tests pin what the model builds around it with Rust's step: the
//! writer is Rust's own `Display`, every written number reads back
//! exactly, and the corpus the browser test runs (`tests/golden/numbers.json`,
//! checked by `tests/browser/numbers.test.mjs` against the page's step)
//! is what Rust gives. `UPDATE_GOLDEN=1 cargo test --test numbers`
//! rewrites the corpus's expected results.

use proptest::prelude::*;
use rust_or_go::model::fields::Field;
use rust_or_go::model::number::{parse_number, plain_number, within, write_number};

/// Typed and linked numbers: grouping, decimal commas, currency symbols,
/// exponents, signs, what is refused, and what overflows.
const TEXTS: &[&str] = &[
    "0",
    "-0",
    "+0",
    "1",
    "42",
    "15660",
    "15,660",
    "15 660",
    "15\u{a0}660",
    "15\u{202f}660",
    "1,234,567",
    "1.234.567",
    "1,234,567.5",
    "1.234.567,5",
    "1 234 567,5",
    "15.660",
    "3,24",
    "0,500",
    "0.5",
    ".5",
    "5.",
    "$3.24",
    "3.24 $",
    "€1.234,56",
    "£ 12",
    "$-5",
    "-$5",
    "1e3",
    "1E3",
    "1.5e-3",
    "2e+2",
    "15,660e2",
    "1e308",
    "1e309",
    "1e-400",
    "1e400",
    "-1e3",
    "0.1",
    "0.2",
    "0.30000000000000004",
    "123456789012345678901234567890",
    "0.000001",
    "0.0000001",
    "9007199254740993",
    "2.675",
    "1.005",
    "0.125",
    "12.5",
    "1,5",
    "12abc",
    "1,2,3",
    "12,34",
    "--5",
    "NaN",
    "inf",
    "",
    "   ",
    "e5",
    "1e",
    "1e+",
    "0x10",
    "1_000",
    "٣",
    "１２",
];

/// Values the page writes into links, `data-value` and fields: every
/// field's bounds and default, halves (where rounding ties), the ends of
/// what plain digits and `plain_number` write, and awkward binaries.
fn values() -> Vec<f64> {
    let mut v = vec![
        0.0,
        1.0,
        -1.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.005,
        0.015,
        0.025,
        1.005,
        2.675,
        12.5,
        1234.5,
        1234.565,
        0.1,
        0.2,
        0.1 + 0.2,
        1.0 / 3.0,
        2.0 / 3.0,
        100.0 / 7.0,
        1e-7,
        1e-6,
        0.000123,
        5e-324,
        1e15,
        1e15 - 0.5,
        1e16,
        1e17,
        1.5e20,
        1e21,
        1e22,
        123456789.125,
        9007199254740993.0,
        f64::MAX,
        -f64::MAX,
        f64::MIN_POSITIVE,
        652.28,
        -652.28,
        0.0045,
        3.24,
        15660.0,
        68037.04,
        0.73,
        1e308,
    ];
    for f in Field::ALL {
        let s = f.spec();
        v.extend([s.min, s.max, s.default, (s.min + s.max) / 2.0]);
    }
    v
}

/// A JSON string: `"`, `\` and everything outside printable ASCII escaped.
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

fn json_list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().map(|s| json_string(&s)).collect();
    format!("[\n    {}\n  ]", items.join(",\n    "))
}

/// The corpus and Rust's results, as the browser test reads them.
fn corpus() -> String {
    let read = TEXTS.iter().map(|t| match parse_number(t) {
        Ok(v) => write_number(v),
        Err(e) => format!("error: {e}"),
    });
    let values = values();
    format!(
        "{{\n  \"texts\": {},\n  \"read\": {},\n  \"values\": {},\n  \"written\": {},\n  \"plain\": {}\n}}\n",
        json_list(TEXTS.iter().map(|t| t.to_string())),
        json_list(read),
        // As Rust writes them; the browser reads them with `Number()`.
        json_list(values.iter().map(|v| v.to_string())),
        json_list(values.iter().map(|&v| write_number(v))),
        json_list(values.iter().map(|&v| plain_number(v))),
    )
}

#[test]
fn the_browser_corpus_holds_rusts_results() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/numbers.json");
    let actual = corpus();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &actual).expect("write the corpus");
    }
    let golden = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run UPDATE_GOLDEN=1 cargo test --test numbers"));
    assert!(
        golden == actual,
        "{path} is not what Rust gives for its corpus; review and run UPDATE_GOLDEN=1 cargo test --test numbers"
    );
}

#[test]
fn written_numbers_are_rusts_display() {
    for v in values() {
        let expected = if v == 0.0 {
            "0".to_string()
        } else {
            v.to_string()
        };
        assert_eq!(write_number(v), expected, "{v:e}");
    }
    assert_eq!(write_number(-0.0), "0");
    assert_eq!(write_number(f64::NAN), "NaN");
    assert_eq!(write_number(f64::INFINITY), "inf");
    assert_eq!(write_number(f64::NEG_INFINITY), "-inf");
}

#[test]
fn large_plain_numbers_are_rusts_exponential() {
    for v in [1e17, 1.5e20, -2.25e30, f64::MAX] {
        assert_eq!(plain_number(v), format!("{v:e}"));
    }
}

proptest! {
    #[test]
    fn any_finite_number_is_written_as_rust_writes_it_and_reads_back(
        v in any::<f64>().prop_filter("finite", |v| v.is_finite())
    ) {
        let w = write_number(v);
        let expected = if v == 0.0 { "0".to_string() } else { v.to_string() };
        prop_assert_eq!(&w, &expected);
        let back = parse_number(&w).unwrap();
        prop_assert!(back == v || (v == 0.0 && back == 0.0), "{} read back as {}", w, back);
    }

    #[test]
    fn within_is_clamp(v in any::<f64>(), a in -1e9f64..1e9, b in -1e9f64..1e9) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (got, want) = (within(v, lo, hi), v.clamp(lo, hi));
        prop_assert!(got == want || (got.is_nan() && want.is_nan()));
    }
}
