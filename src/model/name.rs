//! The service's name: plain text, cleaned once.

use std::fmt;

/// The name of the service being decided on, as the user wrote it: plain
/// text, at most [`ServiceName::MAX_CHARS`] characters, trimmed, with no
/// control characters and no bidirectional overrides. It is only ever set
/// as text, never parsed as markup, so `<b>` stays the three characters it
/// is; the cleaning is there so an export or a title cannot be broken into
/// several lines or shown reordered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ServiceName(String);

/// A name after cleaning, and what cleaning had to change beyond trimming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanName {
    /// The usable name.
    pub name: ServiceName,
    /// Whether it was longer than [`ServiceName::MAX_CHARS`] and was cut.
    pub cut: bool,
    /// Whether control or bidirectional-override characters were dropped.
    pub dropped: bool,
}

impl CleanName {
    /// What happened, for a URL notice or a message under the name field
    /// ("is longer than 80 characters; using the first 80"); `None` when
    /// the text was used as written.
    pub fn notice(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.dropped {
            parts.push("contains control characters; they were removed".to_string());
        }
        if self.cut {
            let max = ServiceName::MAX_CHARS;
            parts.push(format!(
                "is longer than {max} characters; using the first {max}"
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

impl ServiceName {
    /// Longest name kept, in characters: enough for any real service name,
    /// short enough for a heading and a link.
    pub const MAX_CHARS: usize = 80;

    /// Cleans raw text into a name and says what it changed. Line breaks,
    /// tabs and other control whitespace become spaces (so words stay
    /// apart); other control characters and the bidirectional embedding,
    /// override and isolate marks are dropped; the rest is trimmed and cut
    /// to [`ServiceName::MAX_CHARS`]. Cleaning a clean name changes
    /// nothing, which is what lets a name round-trip through the URL.
    pub fn clean(raw: &str) -> CleanName {
        let mut dropped = false;
        let mut text = String::with_capacity(raw.len().min(4 * ServiceName::MAX_CHARS));
        for c in raw.chars() {
            let line_like = c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
            if line_like && c.is_whitespace() {
                text.push(' ');
            } else if line_like || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                dropped = true;
            } else {
                text.push(c);
            }
        }
        let trimmed = text.trim();
        let cut = trimmed.chars().count() > ServiceName::MAX_CHARS;
        let name = if cut {
            let first: String = trimmed.chars().take(ServiceName::MAX_CHARS).collect();
            first.trim_end().to_string()
        } else {
            trimmed.to_string()
        };
        CleanName {
            name: ServiceName(name),
            cut,
            dropped,
        }
    }

    /// Cleans raw text into a name, for callers that say nothing about
    /// what was changed (the field shows the cleaned text itself).
    pub fn new(raw: &str) -> ServiceName {
        ServiceName::clean(raw).name
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether no name was given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ServiceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
