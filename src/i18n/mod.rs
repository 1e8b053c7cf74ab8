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
///
/// `Loader::try_lookup` would fall back to English, and would fail for a message whose
/// variables are not given, so this asks the one language's bundle and counts a message
/// that exists but lacks its arguments ("Fluent errors: …") as present.
pub fn has_key(lang: Language, key: &str) -> bool {
    match LOCALES.lookup_single_language::<&str>(id(lang), key, None) {
        Ok(_) => true,
        Err(e) => e.to_string().starts_with("Fluent errors"),
    }
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

    /// Whether `s` has the form of a Fluent message id: `[a-zA-Z][a-zA-Z0-9_-]*`.
    fn is_message_id(s: &str) -> bool {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    }

    /// Every file under `dir`, recursively, sorted.
    fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        let mut dirs = vec![dir.to_path_buf()];
        while let Some(d) = dirs.pop() {
            let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
            for entry in entries {
                let path = entry.expect("a readable directory entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        files
    }

    /// The string literals that look like message ids and are the first argument of a call
    /// to one of `calls` in `text`; a name counts only at a word boundary (`current(` is not
    /// a call to `t`).
    fn literal_keys<'a>(text: &'a str, calls: &[&str]) -> Vec<&'a str> {
        let mut keys = Vec::new();
        for call in calls {
            let pattern = format!("{call}(\"");
            for (at, _) in text.match_indices(&pattern) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + pattern.len()..];
                if let Some(key) = rest.split('"').next().filter(|k| is_message_id(k)) {
                    keys.push(key);
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_english_key() {
        let en = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/locales/en"));
        let mut ids: Vec<(String, String)> = Vec::new();
        for path in files_under(en) {
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =").filter(|(id, _)| is_message_id(id)) {
                    ids.push((file.to_string(), id.to_owned()));
                }
            }
        }
        assert!(ids.len() > 100, "only {} English messages found", ids.len());
        for (_, id) in &ids {
            assert!(has_key(Language::En, id), "has_key misses en {id}");
        }

        let mut report = String::new();
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            let missing: Vec<String> = ids
                .iter()
                .filter(|(_, id)| !has_key(lang, id))
                .map(|(file, id)| format!("{lang}/{file}: {id}"))
                .collect();
            if !missing.is_empty() {
                report.push_str(&format!(
                    "\n{lang} lacks {} key(s):\n  {}",
                    missing.len(),
                    missing.join("\n  ")
                ));
            }
        }
        assert!(report.is_empty(), "keys missing from translations:{report}");
    }

    #[test]
    fn every_key_used_in_templates_exists_in_english() {
        let root = env!("CARGO_MANIFEST_DIR");
        // `label("list", code)` builds its key at run time, so it is not checked here.
        let sources = [("templates", None), ("src", Some("rs"))];
        let mut checked = 0;
        let mut missing = Vec::new();
        for (dir, ext) in sources {
            for path in files_under(&std::path::Path::new(root).join(dir)) {
                if ext.is_some_and(|x| path.extension().is_none_or(|e| e != x)) {
                    continue;
                }
                // Templates are text; skip anything else (images, say).
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                for key in literal_keys(&text, &["t", "tn", "ts", "t1"]) {
                    checked += 1;
                    if !has_key(Language::En, key) {
                        let shown = path.strip_prefix(root).unwrap_or(&path).display();
                        missing.push(format!("{shown}: {key}"));
                    }
                }
            }
        }
        assert!(
            checked > 100,
            "only {checked} keys found in templates and code"
        );
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "keys used but missing from the English .ftl files:\n  {}",
            missing.join("\n  ")
        );
    }

    #[test]
    fn every_audit_action_written_in_code_has_a_label() {
        // Audit entries name their action `subject.verb` (e.g. `person.invited`); the log and a project's
        // public history show them through `audit-action-subject-verb`.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut checked = 0;
        let mut missing = Vec::new();
        for path in files_under(&root) {
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for (at, _) in text.match_indices("action: \"") {
                let rest = &text[at + "action: \"".len()..];
                let Some(action) = rest.split('"').next() else {
                    continue;
                };
                if !action.contains('.') || action.contains(' ') {
                    continue;
                }
                checked += 1;
                let key = format!("audit-action-{}", action.replace('.', "-"));
                if !has_key(Language::En, &key) {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(checked > 5, "only {checked} audit actions found");
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "audit actions without a label:\n  {}",
            missing.join("\n  ")
        );
    }
}
