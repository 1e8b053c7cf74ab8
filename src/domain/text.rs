//! Validated user text: cleaned of control characters and bounded in length.

use std::fmt;

/// Why a piece of text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// Empty, or only white space.
    #[error("{field} must not be empty")]
    Empty {
        /// Which field.
        field: &'static str,
    },
    /// Longer than allowed.
    #[error("{field} is {len} characters long; the limit is {max}")]
    TooLong {
        /// Which field.
        field: &'static str,
        /// Characters given.
        len: usize,
        /// Characters allowed.
        max: usize,
    },
}

/// Removes control characters (keeping line breaks and tabs), unifies line breaks and trims.
pub fn clean(input: &str) -> String {
    let unified = input.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = unified
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    kept.trim().to_owned()
}

/// Cleans a one-line value: line breaks become spaces.
pub fn clean_line(input: &str) -> String {
    clean(input)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Declares a bounded text type with its own parse.
macro_rules! bounded_text {
    ($(#[$meta:meta])* $name:ident, $field:literal, $max:expr, required = $required:literal, one_line = $one_line:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Longest accepted value, in characters.
            pub const MAX: usize = $max;

            /// Cleans and checks the value.
            pub fn parse(input: &str) -> Result<Self, TextError> {
                let v = if $one_line { clean_line(input) } else { clean(input) };
                if $required && v.is_empty() {
                    return Err(TextError::Empty { field: $field });
                }
                let len = v.chars().count();
                if len > $max {
                    return Err(TextError::TooLong { field: $field, len, max: $max });
                }
                Ok($name(v))
            }

            /// The cleaned text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Gives the cleaned text back.
            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

bounded_text!(
    /// A project's title: one line, 1 to 200 characters.
    ProjectTitle, "title", 200, required = true, one_line = true
);
bounded_text!(
    /// A project's summary: 1 to 4,000 characters.
    ProjectSummary, "summary", 4000, required = true, one_line = false
);
bounded_text!(
    /// Longer optional text (objectives, origin, notes): up to 10,000 characters.
    LongText, "text", 10_000, required = false, one_line = false
);
bounded_text!(
    /// An organisation's name: one line, 1 to 300 characters.
    OrganisationName, "name", 300, required = true, one_line = true
);
bounded_text!(
    /// A short note (a stage change, a need's description): up to 2,000 characters.
    ShortText, "note", 2000, required = false, one_line = false
);

/// `text` cut at a word boundary to at most `max` characters, with an ellipsis if cut.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_control_characters_but_keeps_lines() {
        assert_eq!(clean("  a\u{0}b\r\nc\u{7}  "), "ab\nc");
        assert_eq!(clean_line("a\n  b\tc"), "a b c");
    }

    #[test]
    fn title_must_hold_something() {
        assert_eq!(
            ProjectTitle::parse(" \u{1} \n").unwrap_err(),
            TextError::Empty { field: "title" }
        );
        assert_eq!(
            ProjectTitle::parse(" Handbook ").unwrap().as_str(),
            "Handbook"
        );
    }

    #[test]
    fn title_is_bounded_in_characters_not_bytes() {
        assert!(ProjectTitle::parse(&"é".repeat(200)).is_ok());
        let err = ProjectTitle::parse(&"é".repeat(201)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "title is 201 characters long; the limit is 200"
        );
    }

    #[test]
    fn optional_text_may_be_empty() {
        assert_eq!(LongText::parse("").unwrap().as_str(), "");
    }
}
