//! Interface translations (Fluent files under `src/i18n/locales/<lang>/`, compiled in)
//! and the choice of language for a request.
//!
//! Order of choice: `?lang=xx` in the URL (shareable links; also remembered in a cookie),
//! then the `lang` cookie set by the language switcher, then `Accept-Language`, then
//! English. (A signed-in person's own setting will come first once accounts exist.)

pub mod format;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

use crate::domain::Language;

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "lang";

static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "en",
        // Without this every placeholder gets invisible direction marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 6]> =
    LazyLock::new(|| Language::ALL.map(|l| l.code().parse().unwrap_or_default()));

fn id(lang: Language) -> &'static LanguageIdentifier {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &IDS[i]
}

/// Messages without arguments, translated once per language and kept for the life of the
/// process (a few hundred keys × six languages): pages ask for the same labels constantly.
static MEMO: LazyLock<[RwLock<HashMap<String, &'static str>>; 6]> =
    LazyLock::new(|| std::array::from_fn(|_| RwLock::new(HashMap::new())));

/// Translates `key` (a message without arguments), from the memo after the first time.
pub fn t_static(lang: Language, key: &str) -> &'static str {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    if let Some(hit) = MEMO[i].read().ok().and_then(|m| m.get(key).copied()) {
        return hit;
    }
    let text: &'static str = Box::leak(translate(lang, key).into_boxed_str());
    if let Ok(mut m) = MEMO[i].write() {
        // Keys come from templates and from validated codes, never from user input, so
        // the memo stays bounded by the number of messages.
        m.entry(key.to_owned()).or_insert(text);
    }
    text
}

/// Translates `key`; falls back to English, then to the key itself (a test makes sure
/// every key used exists in English, so users never see a key).
pub fn t(lang: Language, key: &str) -> String {
    t_static(lang, key).to_owned()
}

fn translate(lang: Language, key: &str) -> String {
    LOCALES
        .try_lookup(id(lang), key)
        .or_else(|| LOCALES.try_lookup(id(Language::En), key))
        .unwrap_or_else(|| {
            tracing::error!(key, "missing translation");
            key.to_owned()
        })
}

/// A Fluent argument value.
pub enum Arg<'a> {
    /// A number (selects plural forms).
    Num(i64),
    /// Text.
    Str(&'a str),
}

/// Translates `key` with arguments.
pub fn t_args(lang: Language, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Str(s) => FluentValue::from(s.to_string()),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    LOCALES
        .try_lookup_with_args(id(lang), key, &map)
        .or_else(|| LOCALES.try_lookup_with_args(id(Language::En), key, &map))
        .unwrap_or_else(|| {
            tracing::error!(key, "missing translation");
            key.to_owned()
        })
}

/// Whether `key` exists in `lang` itself (no fallback); used by tests.
pub fn has_key(lang: Language, key: &str) -> bool {
    LOCALES.try_lookup(id(lang), key).is_some()
}

/// Picks the best of the six languages for an `Accept-Language` header value.
pub fn negotiate(accept_language: &str) -> Option<Language> {
    let mut best: Option<(f32, usize, Language)> = None;
    for (pos, part) in accept_language.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .filter_map(|p| p.trim().strip_prefix("q="))
            .filter_map(|q| q.parse::<f32>().ok())
            .next()
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        if let Some(lang) = Language::from_tag(tag) {
            // Higher q wins; on a tie, the earlier entry.
            if best.is_none_or(|(bq, bpos, _)| q > bq || (q == bq && pos < bpos)) {
                best = Some((q, pos, lang));
            }
        }
    }
    best.map(|(_, _, l)| l)
}

static COUNTRY_OPTIONS: LazyLock<[Vec<(&'static str, String)>; 6]> = LazyLock::new(|| {
    Language::ALL.map(|lang| {
        let mut v: Vec<(&'static str, String)> = crate::domain::country::COUNTRY_CODES
            .iter()
            .map(|c| (*c, t(lang, &format!("country-{c}"))))
            .collect();
        v.sort_by_key(|a| crate::text::fold(&a.1));
        v
    })
});

/// The given countries (`codes` sorted) as (code, name in `lang`), sorted by name, plus
/// `also` if given.
pub fn some_country_options(
    lang: Language,
    codes: &[String],
    also: Option<&str>,
) -> Vec<(&'static str, String)> {
    country_options(lang)
        .iter()
        .filter(|(c, _)| also == Some(*c) || codes.binary_search_by(|x| x.as_str().cmp(c)).is_ok())
        .cloned()
        .collect()
}

/// Every country as (code, name in `lang`), sorted by name; computed once per language.
pub fn country_options(lang: Language) -> &'static [(&'static str, String)] {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &COUNTRY_OPTIONS[i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_highest_quality() {
        assert_eq!(negotiate("de-DE, fr;q=0.8, es;q=0.9"), Some(Language::Es));
        assert_eq!(negotiate("ar-EG"), Some(Language::Ar));
        assert_eq!(negotiate("de, it"), None);
        assert_eq!(negotiate("ru;q=0, zh-CN;q=0.5"), Some(Language::Zh));
    }

    #[test]
    fn translates_with_plural_arguments() {
        let one = t_args(Language::En, "projects-found", &[("count", Arg::Num(1))]);
        let many = t_args(Language::En, "projects-found", &[("count", Arg::Num(3))]);
        assert_eq!(one, "1 project");
        assert_eq!(many, "3 projects");
    }
}
