//! Text helpers every export and sentence shares: lists, capitals,
//! plurals and Markdown escaping, each written once.

/// `s` with its first letter in upper case, to start a sentence.
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
        .unwrap_or_default()
}

/// "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

/// "1 service", "3 services": a count with its noun, plural by `s`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The word that agrees with a count: `one` for 1, `many` otherwise
/// ("is"/"are", "was"/"were", "stays"/"stay").
pub fn for_count<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// `c` as the entity HTML needs in text (`<`, `>`, `&`), or in a quoted
/// attribute as well (`"`, `'`) when `attribute`: the one rule for both
/// [`html_text`] and [`md_text`].
fn entity(c: char, attribute: bool) -> Option<&'static str> {
    match c {
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '&' => Some("&amp;"),
        '"' if attribute => Some("&quot;"),
        '\'' if attribute => Some("&#39;"),
        _ => None,
    }
}

/// Text as HTML that shows the same text, in an element or a quoted
/// attribute: the one escaping rule for markup the views build as a string.
pub fn html_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match entity(c, true) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// User text as Markdown that renders as the same text: every character
/// Markdown or inline HTML could read as syntax is escaped, so a name like
/// `<b>x</b>` or `*x*` stays literal in a design doc.
pub fn md_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match (entity(c, false), c) {
            (Some(e), _) => out.push_str(e),
            (None, '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '!' | '~') => {
                out.push('\\');
                out.push(c);
            }
            (None, c) => out.push(c),
        }
    }
    out
}
