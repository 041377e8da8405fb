//! Layout rules for the source tree, checked over whatever files `src/`
//! holds (found by walking the directory, so any folder layout works):
//!
//! 1. No import circles: no file under `src/` depends on itself through a
//!    chain of references to items defined in other files.
//! 2. No file under `src/` is longer than [`MAX_LINES`] lines.
//! 3. Nothing in the `model` module mentions `leptos`, `web_sys`, `js_sys`
//!    or `wasm_bindgen`, so the model stays pure Rust, tested natively.
//!
//! A file refers to another file when it names, in a `use` item or an inline
//! path (`crate::a::b::f()`, `super::X`, `self::c::Y`, `child::Z`), a module
//! that file defines; the edge goes to the deepest module along the path that
//! has a file. A bare `mod child;` is not a reference; inline `mod x { .. }`
//! blocks belong to their file. Paths in comments and string literals, and
//! paths into other crates (`std`, `leptos`, ..), do not count. `src/main.rs`
//! and `src/bin/` are binaries: only their `rust_or_go::` paths count.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

/// The longest a source file under `src/` may be, in lines.
const MAX_LINES: usize = 600;

/// The crates the pure model must not name.
const BROWSER_CRATES: [&str; 4] = ["leptos", "web_sys", "js_sys", "wasm_bindgen"];

/// Source files by their path from the package root (`src/ui/mod.rs`).
type Tree = BTreeMap<PathBuf, String>;

/// A module's path below its crate root: `["model", "money"]`.
type ModPath = Vec<String>;

/// File -> file references, each with the paths that make it (path -> line).
type Edges = BTreeMap<(PathBuf, PathBuf), BTreeMap<String, usize>>;

/// Which crate a file belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Crate {
    Lib,
    Bin,
}

/// A token (see [`tokens`]) and the line it starts on.
struct Tok {
    text: String,
    line: usize,
}

/// A path found in a file: the module it was written in, its segments, line.
struct Ref {
    module: ModPath,
    path: Vec<String>,
    line: usize,
}

/// The library's name as binaries spell it (`rust-or-go` -> `rust_or_go`).
fn lib_name() -> String {
    env!("CARGO_PKG_NAME").replace('-', "_")
}

/// Every `.rs` file under `src/`, read into a [`Tree`].
fn read_tree() -> Tree {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut tree = Tree::new();
    let mut dirs = vec![PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        let entries = fs::read_dir(root.join(&dir))
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
        for entry in entries {
            let entry = entry.expect("a directory entry");
            let path = dir.join(entry.file_name());
            if entry.file_type().expect("a file type").is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(root.join(&path))
                    .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
                tree.insert(path, text);
            }
        }
    }
    assert!(
        tree.contains_key(Path::new("src/lib.rs")),
        "no src/lib.rs under {}",
        root.display()
    );
    tree
}

/// The crate and module a file defines: `src/a/b.rs` and `src/a/b/mod.rs`
/// are `a::b`, `src/lib.rs` is the library root.
fn module_of(file: &Path) -> (Crate, ModPath) {
    let mut parts: Vec<String> = file
        .iter()
        .skip(1)
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts == ["main.rs"] || parts.first().is_some_and(|p| p == "bin") {
        return (Crate::Bin, Vec::new());
    }
    let last = parts.pop().unwrap_or_default();
    if last != "mod.rs" && !(parts.is_empty() && last == "lib.rs") {
        parts.push(last.trim_end_matches(".rs").to_string());
    }
    (Crate::Lib, parts)
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '$'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_ident(s: &str) -> bool {
    s.chars().next().is_some_and(is_ident_start)
}

/// The tokens of Rust source: identifiers, numbers, `::` and single
/// punctuation characters. Comments (doc comments too) are dropped and each
/// string or char literal, raw or not, becomes one `"` token; lifetimes stay.
fn tokens(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let at = |k: usize| c.get(k).copied().unwrap_or('\0');
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < c.len() {
        let (start, mut literal, mut skip) = (i, false, false);
        if at(i) == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            skip = true;
        } else if at(i) == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                let pair = (at(i), at(i + 1));
                depth += i32::from(pair == ('/', '*')) - i32::from(pair == ('*', '/'));
                i += if matches!(pair, ('/', '*') | ('*', '/')) {
                    2
                } else {
                    1
                };
                if depth == 0 {
                    break;
                }
            }
            skip = true;
        } else if at(i) == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            (i, literal) = (i + 1, true);
        } else if at(i) == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A char literal ('x', '\n', '\u{1F600}'); otherwise a lifetime.
            i += if at(i + 1) == '\\' { 3 } else { 2 };
            while i < c.len() && c[i] != '\'' {
                i += 1;
            }
            (i, literal) = (i + 1, true);
        } else if is_ident_start(at(i)) || at(i).is_ascii_digit() {
            i += 1;
            while is_ident_char(at(i)) {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            let hashes = c[i..].iter().take_while(|&&h| h == '#').count();
            if matches!(word.as_str(), "r" | "br" | "cr") && at(i + hashes) == '"' {
                // A raw string: it ends at a quote followed by as many hashes.
                let close: Vec<char> = ["\"", &"#".repeat(hashes)].concat().chars().collect();
                i += hashes + 1;
                while i < c.len() && !c[i..].starts_with(&close) {
                    i += 1;
                }
                (i, literal) = (i + close.len(), true);
            }
        } else if at(i) == ':' && at(i + 1) == ':' {
            i += 2;
        } else {
            skip = at(i).is_whitespace();
            i += 1;
        }
        let span = &c[start..i.min(c.len())];
        if !skip {
            let text = if literal {
                "\"".to_string()
            } else {
                span.iter().collect()
            };
            out.push(Tok { text, line });
        }
        line += span.iter().filter(|&&ch| ch == '\n').count();
    }
    out
}

/// The text of token `k`, or "" past the end.
fn tok(toks: &[Tok], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.text.as_str())
}

/// Parses a use tree at `*i` (after `use`), appending every leaf path (with
/// `*` for a glob) and its line to `out`. `None` when it is not a use tree.
fn use_tree(
    toks: &[Tok],
    i: &mut usize,
    mut path: Vec<String>,
    out: &mut Vec<(Vec<String>, usize)>,
) -> Option<()> {
    if tok(toks, *i) == "::" {
        path.push("::".to_string()); // `use ::name`: always another crate.
        *i += 1;
    }
    loop {
        let t = tok(toks, *i);
        if t == "*" {
            path.push("*".to_string());
            out.push((path, toks[*i].line));
            *i += 1;
            return Some(());
        } else if t == "{" {
            *i += 1;
            while tok(toks, *i) != "}" {
                use_tree(toks, i, path.clone(), out)?;
                match tok(toks, *i) {
                    "," => *i += 1,
                    "}" => {}
                    _ => return None,
                }
            }
            *i += 1;
            return Some(());
        } else if is_ident(t) {
            path.push(t.to_string());
            let line = toks[*i].line;
            *i += 1;
            if tok(toks, *i) == "::" {
                *i += 1;
                continue;
            }
            if tok(toks, *i) == "as" {
                *i += 2;
            }
            out.push((path, line));
            return Some(());
        } else {
            return None;
        }
    }
}

/// The inline modules a file declares (`mod x { .. }`) and every path in it
/// of two or more segments: use-tree leaves and inline paths.
fn scan(toks: &[Tok], file_module: &ModPath) -> (Vec<ModPath>, Vec<Ref>) {
    let (mut inline, mut refs) = (Vec::new(), Vec::new());
    let mut open: Vec<(String, usize)> = Vec::new(); // inline modules, brace depth
    let module = |open: &[(String, usize)]| -> ModPath {
        let names = open.iter().map(|(n, _)| n.clone());
        file_module.iter().cloned().chain(names).collect()
    };
    let (mut i, mut depth) = (0, 0);
    while i < toks.len() {
        let t = tok(toks, i);
        if t == "mod" && is_ident(tok(toks, i + 1)) && tok(toks, i + 2) == "{" {
            open.push((tok(toks, i + 1).to_string(), depth));
            inline.push(module(&open));
            depth += 1;
            i += 3;
            continue;
        }
        if t == "{" {
            depth += 1;
        } else if t == "}" {
            depth = depth.saturating_sub(1);
            if open.last().is_some_and(|&(_, d)| d == depth) {
                open.pop();
            }
        } else if t == "use" {
            let (mut j, mut leaves) = (i + 1, Vec::new());
            if use_tree(toks, &mut j, Vec::new(), &mut leaves).is_some() && tok(toks, j) == ";" {
                for (path, line) in leaves {
                    refs.push(Ref {
                        module: module(&open),
                        path,
                        line,
                    });
                }
                i = j + 1;
                continue;
            }
        } else if is_ident(t)
            && tok(toks, i + 1) == "::"
            && (i == 0 || tok(toks, i - 1) != "::")
            && !(i >= 2 && tok(toks, i - 1) == "in" && tok(toks, i - 2) == "(")
        {
            let (mut path, mut j) = (vec![t.to_string()], i + 1);
            while tok(toks, j) == "::" && is_ident(tok(toks, j + 1)) {
                path.push(tok(toks, j + 1).to_string());
                j += 2;
            }
            if path.len() > 1 {
                refs.push(Ref {
                    module: module(&open),
                    path,
                    line: toks[i].line,
                });
            }
            i = j;
            continue;
        }
        i += 1;
    }
    (inline, refs)
}

/// The file that defines the module a path names (the deepest one along it
/// that has a file), or `None` for a path into another crate.
fn resolve(
    krate: Crate,
    from: &ModPath,
    path: &[String],
    modules: &BTreeMap<ModPath, PathBuf>,
) -> Option<PathBuf> {
    let first = path[0].as_str();
    let (mut module, rest): (ModPath, &[String]) = match (krate, first) {
        (Crate::Bin, _) if first == lib_name() => (Vec::new(), &path[1..]),
        (Crate::Bin, _) => return None,
        (Crate::Lib, "crate" | "$crate") => (Vec::new(), &path[1..]),
        (Crate::Lib, "self") => (from.clone(), &path[1..]),
        (Crate::Lib, "super") => {
            let (mut m, mut k) = (from.clone(), 0);
            while path.get(k).is_some_and(|s| s == "super") {
                m.pop()?;
                k += 1;
            }
            (m, &path[k..])
        }
        (Crate::Lib, _) => {
            let mut child = from.clone();
            child.push(first.to_string());
            if !modules.contains_key(&child) {
                return None;
            }
            (from.clone(), path)
        }
    };
    let mut file = modules.get(&module).cloned();
    for segment in rest {
        module.push(segment.clone());
        if let Some(f) = modules.get(&module) {
            file = Some(f.clone());
        }
    }
    file
}

/// Every reference from one file to another in the tree.
fn edges(tree: &Tree) -> Edges {
    let mut modules = BTreeMap::new();
    let mut scans = Vec::new();
    for (file, text) in tree {
        let (krate, module) = module_of(file);
        let (inline, refs) = scan(&tokens(text), &module);
        if krate == Crate::Lib {
            modules.insert(module, file.clone());
            scans.push((file, krate, inline, refs));
        } else {
            scans.push((file, krate, Vec::new(), refs));
        }
    }
    for (file, _, inline, _) in &scans {
        for m in inline {
            modules.entry(m.clone()).or_insert_with(|| (*file).clone());
        }
    }
    let mut edges = Edges::new();
    for (file, krate, _, refs) in scans {
        for r in refs {
            match resolve(krate, &r.module, &r.path, &modules) {
                Some(to) if &to != file => {
                    let names = edges.entry((file.clone(), to)).or_default();
                    names.entry(r.path.join("::")).or_insert(r.line);
                }
                _ => {}
            }
        }
    }
    edges
}

/// A breadth-first walk from `start` along edges into files that `within`
/// accepts: every file reached, with the file it was first reached from.
fn walk<'a>(
    edges: &'a Edges,
    start: &'a PathBuf,
    within: impl Fn(&PathBuf) -> bool,
) -> BTreeMap<&'a PathBuf, &'a PathBuf> {
    let mut came_from = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(a) = queue.pop_front() {
        for (_, b) in edges.keys().filter(|(x, b)| x == a && within(b)) {
            if !came_from.contains_key(b) {
                came_from.insert(b, a);
                queue.push_back(b);
            }
        }
    }
    came_from
}

/// The import circles: each group of two or more files that all reach each
/// other (a strongly connected component), files sorted, groups sorted.
fn circles(edges: &Edges) -> Vec<Vec<PathBuf>> {
    let reach: BTreeMap<&PathBuf, BTreeMap<&PathBuf, &PathBuf>> = edges
        .keys()
        .map(|(a, _)| (a, walk(edges, a, |_| true)))
        .collect();
    let mut groups = BTreeSet::new();
    for (a, reached) in &reach {
        let group: Vec<PathBuf> = reached
            .keys()
            .filter(|b| reach.get(*b).is_some_and(|back| back.contains_key(a)))
            .map(|b| (*b).clone())
            .collect();
        if group.len() > 1 {
            groups.insert(group);
        }
    }
    groups.into_iter().collect()
}

/// A shortest circle that takes the edge `from -> to` within one group:
/// `from`, `to`, .., `from`.
fn shortest_circle(edges: &Edges, group: &[PathBuf], from: &PathBuf, to: &PathBuf) -> Vec<PathBuf> {
    let came_from = walk(edges, to, |f| group.contains(f));
    let (mut circle, mut n) = (vec![from.clone()], from);
    while n != to {
        n = came_from[n];
        circle.push(n.clone());
    }
    circle.push(from.clone());
    circle.reverse();
    circle
}

/// Each group's files, a shortest circle through each edge in it (each
/// circle once), and every edge in it with the paths that make it.
fn describe(edges: &Edges, groups: &[Vec<PathBuf>]) -> String {
    let show = |files: &[PathBuf], sep: &str| {
        let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        names.join(sep)
    };
    let inside =
        |group: &[PathBuf], a: &PathBuf, b: &PathBuf| group.contains(a) && group.contains(b);
    let mut out = String::new();
    for group in groups {
        let _ = writeln!(
            out,
            "circle of {} files: {}",
            group.len(),
            show(group, ", ")
        );
        let mut seen = BTreeSet::new();
        for (a, b) in edges.keys().filter(|(a, b)| inside(group, a, b)) {
            // Written from its smallest file, so each circle shows once.
            let mut circle = shortest_circle(edges, group, a, b);
            circle.pop();
            let first = (0..circle.len()).min_by_key(|&k| &circle[k]).unwrap_or(0);
            circle.rotate_left(first);
            circle.push(circle[0].clone());
            if seen.insert(circle.clone()) {
                let _ = writeln!(out, "  circle: {}", show(&circle, " -> "));
            }
        }
        for ((a, b), names) in edges {
            if inside(group, a, b) {
                let mut names: Vec<(&String, &usize)> = names.iter().collect();
                names.sort_by_key(|&(name, line)| (*line, name));
                let names: Vec<String> = names.iter().map(|(n, l)| format!("{n} ({l})")).collect();
                let _ = writeln!(
                    out,
                    "  {} -> {}: {}",
                    a.display(),
                    b.display(),
                    names.join(", ")
                );
            }
        }
    }
    out
}

/// Files over [`MAX_LINES`] lines, longest first.
fn oversized(tree: &Tree) -> Vec<(PathBuf, usize)> {
    let mut out: Vec<(PathBuf, usize)> = tree
        .iter()
        .map(|(f, text)| (f.clone(), text.lines().count()))
        .filter(|&(_, n)| n > MAX_LINES)
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Every mention of a browser crate in the `model` module, as `file:line: name`.
fn impure_model(tree: &Tree) -> Vec<String> {
    let mut out = Vec::new();
    for (file, text) in tree {
        let (krate, module) = module_of(file);
        if krate != Crate::Lib || module.first().is_none_or(|m| m != "model") {
            continue;
        }
        for t in tokens(text) {
            if BROWSER_CRATES.contains(&t.text.as_str()) {
                out.push(format!("{}:{}: {}", file.display(), t.line, t.text));
            }
        }
    }
    out
}

#[test]
fn no_import_circles_between_source_files() {
    let edges = edges(&read_tree());
    assert!(
        !edges.is_empty(),
        "no file under src/ refers to another: is the analyser broken?"
    );
    let groups = circles(&edges);
    assert!(
        groups.is_empty(),
        "{} import circle(s) between files under src/; each edge lists the paths \
         (with lines) that make it:\n{}",
        groups.len(),
        describe(&edges, &groups)
    );
}

#[test]
fn no_source_file_is_over_the_line_limit() {
    let long: Vec<String> = oversized(&read_tree())
        .iter()
        .map(|(f, n)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(
        long.is_empty(),
        "files under src/ over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_model_never_mentions_a_browser_crate() {
    let found = impure_model(&read_tree());
    assert!(
        found.is_empty(),
        "the model must stay pure Rust, but it names {BROWSER_CRATES:?}:\n{}",
        found.join("\n")
    );
}

/// A fixture tree from `--- path` headers, each followed by its file's
/// lines (leading spaces trimmed, so fixtures can be indented).
fn fixture(text: &str) -> Tree {
    let mut tree = Tree::new();
    let mut file = None;
    for line in text.lines().map(str::trim_start) {
        if let Some(path) = line.strip_prefix("--- ") {
            file = Some(PathBuf::from(path));
            tree.insert(PathBuf::from(path), String::new());
        } else if let Some(f) = &file {
            let source = tree.get_mut(f).expect("a fixture file");
            source.push_str(line);
            source.push('\n');
        }
    }
    tree
}

/// The fixture's edges as `"from -> to"` strings.
fn edge_list(tree: &Tree) -> Vec<String> {
    let edges = edges(tree);
    let show = |(a, b): &(PathBuf, PathBuf)| format!("{} -> {}", a.display(), b.display());
    edges.keys().map(show).collect()
}

/// The fixture's circles, each as its files joined by spaces.
fn circle_list(tree: &Tree) -> Vec<String> {
    let show = |g: &Vec<PathBuf>| {
        let names: Vec<String> = g.iter().map(|p| p.display().to_string()).collect();
        names.join(" ")
    };
    circles(&edges(tree)).iter().map(show).collect()
}

#[test]
fn a_two_file_use_circle_is_found() {
    let tree = fixture(
        "--- src/lib.rs
         pub mod a; pub mod b; pub mod c;
         --- src/a.rs
         use crate::b::B;
         --- src/b.rs
         pub struct B;
         fn f() { let _ = crate::a::A; }
         --- src/c.rs
         use crate::a::A;",
    );
    assert_eq!(circle_list(&tree), ["src/a.rs src/b.rs"]);
    let text = describe(&edges(&tree), &circles(&edges(&tree)));
    assert!(
        text.contains("circle: src/a.rs -> src/b.rs -> src/a.rs"),
        "{text}"
    );
    assert!(
        text.contains("src/a.rs -> src/b.rs: crate::b::B (1)"),
        "{text}"
    );
    assert!(
        text.contains("src/b.rs -> src/a.rs: crate::a::A (2)"),
        "{text}"
    );
    assert!(!text.contains("src/c.rs"), "{text}");
}

#[test]
fn a_parent_and_child_that_use_each_other_are_a_circle() {
    let tree = fixture(
        "--- src/lib.rs
         pub mod ui;
         --- src/ui/mod.rs
         mod child;
         use child::Y;
         pub struct X;
         --- src/ui/child.rs
         use super::X;",
    );
    assert_eq!(circle_list(&tree), ["src/ui/child.rs src/ui/mod.rs"]);
    // The same through `self::` from the parent and `crate::` from the child.
    let tree = fixture(
        "--- src/lib.rs
         pub mod ui;
         --- src/ui.rs
         mod child;
         fn f() { self::child::g() }
         --- src/ui/child.rs
         pub fn g() { crate::ui::f() }",
    );
    assert_eq!(circle_list(&tree), ["src/ui/child.rs src/ui.rs"]);
}

#[test]
fn declaring_a_child_module_is_not_a_reference() {
    let tree = fixture(
        "--- src/lib.rs
         pub mod ui;
         --- src/ui/mod.rs
         pub mod child;
         mod other;
         pub struct X;
         --- src/ui/child.rs
         use super::X;
         use super::super::ui::X as Y;
         --- src/ui/other.rs
         pub fn f() { super::child::g() }",
    );
    assert!(circle_list(&tree).is_empty());
    let expected = [
        "src/ui/child.rs -> src/ui/mod.rs",
        "src/ui/other.rs -> src/ui/child.rs",
    ];
    assert_eq!(edge_list(&tree), expected);
}

#[test]
fn paths_in_comments_and_strings_are_ignored() {
    let tree = fixture(
        r####"--- src/lib.rs
        pub mod a; pub mod b;
        --- src/a.rs
        //! See [`B`](crate::b::B) and crate::b::B.
        /* crate::b::B /* nested */ crate::b::B */
        /// Doc: `super::b::B`
        fn f<'a>(x: &'a str) -> char {
            let _ = "crate::b::B \" crate::b::B";
            let _ = r#"crate::b::B " crate::b::B"#;
            let _ = br##"crate::b::B "# crate::b::B"##;
            let _ = ('"', '\'', '{', b'x', "{", "
                crate::b::B on a second line");
            'outer: loop { break 'outer; }
            'x'
        }
        --- src/b.rs
        pub struct B;
        // The same literals, then one real path that still counts.
        let _ = ('"', '\'', '{', b'x', "{", r#"""#); crate::a::f();"####,
    );
    assert_eq!(edge_list(&tree), ["src/b.rs -> src/a.rs"]);
    let edges = edges(&tree);
    let names = &edges[&("src/b.rs".into(), "src/a.rs".into())];
    assert_eq!(names.get("crate::a::f"), Some(&3));
}

#[test]
fn grouped_use_over_several_lines_resolves_every_leaf() {
    let tree = fixture(
        "--- src/lib.rs
         pub mod a; pub mod d; pub mod x;
         --- src/a/mod.rs
         pub mod b; pub mod c;
         pub fn top() {}
         --- src/a/b.rs
         --- src/a/c.rs
         --- src/d.rs
         --- src/x.rs
         pub use crate::{
             a::{b::{self, f}, c::*, top},
             d as e,
         };
         use std::fmt;",
    );
    let expected = [
        "src/x.rs -> src/a/b.rs",
        "src/x.rs -> src/a/c.rs",
        "src/x.rs -> src/a/mod.rs",
        "src/x.rs -> src/d.rs",
    ];
    assert_eq!(edge_list(&tree), expected);
    let edges = edges(&tree);
    let names = &edges[&("src/x.rs".into(), "src/a/c.rs".into())];
    assert_eq!(names.get("crate::a::c::*"), Some(&2));
}

#[test]
fn inline_paths_resolve_to_the_deepest_module_with_a_file() {
    // `model::cost` has no file, so paths into it go to model/mod.rs; an
    // inline `tests` module's `super::*` is its own file, and after the
    // module closes `super::` is the parent again.
    let tree = fixture(
        "--- src/lib.rs
         pub mod model; pub mod ui;
         --- src/model/mod.rs
         pub mod money; pub mod cost;
         --- src/model/money.rs
         --- src/ui/mod.rs
         mod view; mod cost;
         mod tests { use super::*; use super::view::V; }
         --- src/ui/view.rs
         fn f() { crate::model::money::Money::new(1); }
         mod tests { use super::*; }
         use super::Thing;
         --- src/ui/cost.rs
         use crate::model::cost::Plan;
         --- src/main.rs
         fn main() { rust_or_go::ui::start(); crate::x::y(); }
         --- src/bin/tool.rs
         use rust_or_go::model::money::{cents, Money};",
    );
    let expected = [
        "src/bin/tool.rs -> src/model/money.rs",
        "src/main.rs -> src/ui/mod.rs",
        "src/ui/cost.rs -> src/model/mod.rs",
        "src/ui/mod.rs -> src/ui/view.rs",
        "src/ui/view.rs -> src/model/money.rs",
        "src/ui/view.rs -> src/ui/mod.rs",
    ];
    assert_eq!(edge_list(&tree), expected);
}

#[test]
fn external_crates_and_visibility_paths_are_not_references() {
    let tree = fixture(
        "--- src/lib.rs
         pub mod a; pub mod b;
         --- src/a.rs
         pub(in crate::b) struct A;
         --- src/b.rs
         use leptos::prelude::*;
         use ::a::X;
         fn f() { std::a::g(); web_sys::a::h(); }",
    );
    assert!(edge_list(&tree).is_empty(), "{:?}", edge_list(&tree));
}

#[test]
fn the_checks_for_size_and_purity_can_fail() {
    let long = "fn f() {}\n".repeat(MAX_LINES + 1);
    let mut tree = fixture(
        "--- src/lib.rs
         pub mod model;
         --- src/model/mod.rs
         // leptos in a comment is fine, \"and web_sys in a string\"
         use leptos::prelude::*;
         --- src/ui.rs
         use leptos::prelude::*;",
    );
    tree.insert("src/model/money.rs".into(), long);
    let expected = [(PathBuf::from("src/model/money.rs"), MAX_LINES + 1)];
    assert_eq!(oversized(&tree), expected);
    assert_eq!(impure_model(&tree), ["src/model/mod.rs:2: leptos"]);
}
