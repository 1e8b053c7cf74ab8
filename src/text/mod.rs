//! Text processing shared by search, duplicate detection and matching.
//!
//! Search works the same on both backends by comparing *folded* text: Unicode
//! compatibility-decomposed, combining marks removed (accents, Arabic vowel marks),
//! lower-cased. Each searchable row stores its folded text in `search_text`; queries fold
//! the user's words the same way and match them with `LIKE`.

pub mod bands;
pub mod bm25;
pub mod cosine;
pub mod similar;
pub mod tokens;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for accent- and case-insensitive comparison in any of the six languages.
pub fn fold(input: &str) -> String {
    input
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{640}') // U+0640: Arabic tatweel
        .flat_map(char::to_lowercase)
        .collect()
}

/// The folded text of several fields, separated so words never run together.
pub fn search_text<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    fields
        .into_iter()
        .map(fold)
        .collect::<Vec<_>>()
        .join(" \u{1f} ")
}

/// A `LIKE` pattern (escape character `\`) matching rows whose folded text contains every
/// word of `query` in order; `None` when the query holds no word.
pub fn like_pattern(query: &str) -> Option<String> {
    let words: Vec<String> = fold(query)
        .split_whitespace()
        .map(|w| {
            w.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        })
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("%{}%", words.join("%")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Émigration ÉTÉ"), "emigration ete");
        assert_eq!(fold("Миграция Ёлка"), "миграция елка");
    }

    #[test]
    fn folds_arabic_vowel_marks() {
        assert_eq!(fold("الهِجْرَة"), "الهجرة");
    }

    #[test]
    fn chinese_is_kept() {
        assert_eq!(fold("移民概况"), "移民概况");
    }

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_pattern("  "), None);
        assert_eq!(like_pattern("100% Kids_"), Some("%100\\%%kids\\_%".into()));
        assert_eq!(
            like_pattern("Migration  profiles"),
            Some("%migration%profiles%".into())
        );
    }
}
