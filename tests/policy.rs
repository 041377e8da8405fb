//! The Content-Security-Policy is written down in several places: the
//! deploy headers (`assets/_headers`, the production source, which the
//! browser tests also serve), `index.html`'s meta tag (for hosts that cannot
//! send headers, such as GitHub Pages) and the README's header examples.
//! A copy that drifts would leave some deployments with a weaker or a
//! broken policy, so these tests hold every copy to the deploy headers.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A policy as browsers read it: directive name -> its sources. Order does
/// not matter to a browser, so it does not matter here either.
type Policy = BTreeMap<String, BTreeSet<String>>;

/// The one directive a `<meta>` policy cannot carry: browsers ignore it
/// there (and log an error), so the meta tag leaves it out.
const HEADER_ONLY: &str = "frame-ancestors";

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Parses a policy string; a directive written twice is an error, since
/// browsers silently ignore the second one.
fn parse(text: &str) -> Result<Policy, String> {
    let mut policy = Policy::new();
    for directive in text.split(';') {
        let mut words = directive.split_whitespace();
        let Some(name) = words.next() else { continue };
        let sources = words.map(str::to_string).collect();
        if policy.insert(name.to_ascii_lowercase(), sources).is_some() {
            return Err(format!("{name} appears twice in {text:?}"));
        }
    }
    if policy.is_empty() {
        return Err(format!("no directives in {text:?}"));
    }
    Ok(policy)
}

/// The policy line of `assets/_headers`.
fn headers_policy() -> String {
    let headers = read("assets/_headers");
    let mut lines = headers
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Content-Security-Policy:"));
    let policy = lines
        .next()
        .expect("assets/_headers has no Content-Security-Policy line");
    assert!(
        lines.next().is_none(),
        "assets/_headers sends two Content-Security-Policy lines"
    );
    policy.trim().to_string()
}

/// The `content` of `index.html`'s `<meta http-equiv="Content-Security-Policy">`.
fn meta_policy() -> String {
    let html = read("index.html");
    let tag = html
        .split('<')
        .find(|t| t.starts_with("meta") && t.contains(r#"http-equiv="Content-Security-Policy""#))
        .expect("index.html has no Content-Security-Policy meta tag");
    let content = tag
        .split(r#"content=""#)
        .nth(1)
        .expect("the CSP meta tag has no content");
    content.split('"').next().unwrap_or_default().to_string()
}

/// Every policy the README quotes: the text after `Content-Security-Policy:`
/// (header syntax) or `Content-Security-Policy "` (nginx), up to the closing
/// quote or the end of the line. Prose mentions of the header match neither.
fn readme_policies() -> Vec<String> {
    let readme = read("README.md");
    let mut out = Vec::new();
    for (at, _) in readme.match_indices("Content-Security-Policy") {
        let rest = &readme[at + "Content-Security-Policy".len()..];
        let Some(quoted) = rest.strip_prefix(':').or_else(|| rest.strip_prefix(" \"")) else {
            continue;
        };
        let line = quoted.lines().next().unwrap_or_default();
        out.push(
            line.split('"')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string(),
        );
    }
    out
}

/// Names what differs between two policies, directive by directive.
fn differences(expected: &Policy, actual: &Policy) -> Vec<String> {
    let names: BTreeSet<&String> = expected.keys().chain(actual.keys()).collect();
    names
        .into_iter()
        .filter(|n| expected.get(*n) != actual.get(*n))
        .map(|n| {
            format!(
                "{n}: expected {}, found {}",
                show(expected.get(n)),
                show(actual.get(n))
            )
        })
        .collect()
}

/// A directive's sources as written in a policy, or "(absent)".
fn show(sources: Option<&BTreeSet<String>>) -> String {
    sources.map_or("(absent)".to_string(), |s| format!("{s:?}"))
}

#[test]
fn index_html_meta_tag_is_the_deploy_policy_without_frame_ancestors() {
    let headers = parse(&headers_policy()).unwrap();
    let meta = parse(&meta_policy()).unwrap();
    assert!(
        !meta.contains_key(HEADER_ONLY),
        "index.html's meta policy has {HEADER_ONLY}, which browsers ignore in a meta tag"
    );
    let mut expected = headers.clone();
    expected.remove(HEADER_ONLY);
    let diff = differences(&expected, &meta);
    assert!(
        diff.is_empty(),
        "index.html's meta policy differs from assets/_headers: {diff:#?}"
    );
}

#[test]
fn every_policy_the_readme_quotes_is_the_deploy_policy() {
    let headers = parse(&headers_policy()).unwrap();
    let quoted = readme_policies();
    assert!(
        !quoted.is_empty(),
        "README.md quotes no policy after `Content-Security-Policy:` or `Content-Security-Policy \"`"
    );
    for text in quoted {
        let policy = parse(&text).unwrap_or_else(|e| panic!("README.md: {e}"));
        let diff = differences(&headers, &policy);
        assert!(
            diff.is_empty(),
            "README.md quotes {text:?}, which differs from assets/_headers: {diff:#?}"
        );
    }
}

#[test]
fn no_copy_of_the_policy_allows_inline_code_or_eval() {
    let mut copies = vec![
        ("assets/_headers", headers_policy()),
        ("index.html", meta_policy()),
    ];
    copies.extend(readme_policies().into_iter().map(|p| ("README.md", p)));
    for (file, text) in copies {
        let policy = parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (directive, sources) in &policy {
            // 'wasm-unsafe-eval' is the one exception the page needs: it allows
            // compiling WebAssembly, not JavaScript's eval.
            if let Some(source) = sources.iter().find(|s| s.starts_with("'unsafe-")) {
                panic!("{file}: {directive} allows {source}");
            }
        }
    }
}
