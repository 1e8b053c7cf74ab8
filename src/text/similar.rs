//! How alike two projects are, in any of the six languages: the duplicate check of a new
//! proposal, and the "likely duplicate" flag reviewers and facilitators see (issue 5,
//! point 2). Pure: documents in, ranked keys out; reusable by matching.
//!
//! A project's terms are the [`tokens`] of its title (counted twice: titles say what a
//! project is), of its summary, and one language-independent term per theme
//! (`theme:<code>`, counted twice). Themes are what bridges languages: a French proposal
//! on diaspora engagement finds an English diaspora project through the shared theme
//! codes and the few words both languages stem alike (`migration`, `diaspora`,
//! `remittances`/`remises` do not, `profil`/`profile` do). Scores are Okapi BM25
//! ([`Bm25Index`]) divided by the project's score against itself
//! ([`Bm25Index::self_score`]), so they fall between 0 and 1 whatever the length of the
//! texts, and one threshold works for all. The project compared need not be indexed, so
//! one index of the public projects serves every draft.

use std::collections::HashMap;
use std::hash::Hash;

use super::bm25::Bm25Index;
use super::tokens::tokens;
use crate::domain::Language;

/// Relative score from which a project is shown as similar on the duplicate check.
pub const SHOWN: f64 = 0.12;
/// Relative score from which a project is flagged as a likely duplicate.
pub const LIKELY: f64 = 0.3;

/// What is compared of a project.
#[derive(Debug, Clone)]
pub struct Doc<'a, K> {
    /// The project's key.
    pub key: K,
    /// Language the text is written in.
    pub lang: Language,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Theme codes.
    pub themes: &'a [String],
}

/// The terms of a project (see the module's documentation).
pub fn project_terms(lang: Language, title: &str, summary: &str, themes: &[String]) -> Vec<String> {
    let title_terms = tokens(title, lang);
    let mut terms = title_terms.clone();
    terms.extend(title_terms);
    terms.extend(tokens(summary, lang));
    for t in themes {
        let term = format!("theme:{t}");
        terms.push(term.clone());
        terms.push(term);
    }
    terms
}

/// Projects indexed for comparison with each other.
#[derive(Debug, Clone)]
pub struct SimilarityIndex<K> {
    index: Bm25Index<K>,
    terms: HashMap<K, Vec<String>>,
}

impl<K: Clone + Eq + Hash> SimilarityIndex<K> {
    /// Indexes `docs`.
    pub fn new<'a>(docs: impl IntoIterator<Item = Doc<'a, K>>) -> SimilarityIndex<K> {
        let mut terms = HashMap::new();
        let mut indexed = Vec::new();
        for d in docs {
            let t = project_terms(d.lang, d.title, d.summary, d.themes);
            terms.insert(d.key.clone(), t.clone());
            indexed.push((d.key, t));
        }
        SimilarityIndex {
            index: Bm25Index::new(indexed),
            terms,
        }
    }

    /// The indexed projects most like indexed project `key` with a relative score of at
    /// least `min`, best first, at most `limit`; `key` itself is left out.
    pub fn similar_to(&self, key: &K, min: f64, limit: usize) -> Vec<(K, f64)> {
        match self.terms.get(key) {
            Some(terms) => self.rank(terms, Some(key), min, limit),
            None => Vec::new(),
        }
    }

    /// Like [`Self::similar_to`] for a project that need not be indexed (a draft being
    /// checked); `doc.key` is left out of the results if it is indexed.
    pub fn similar_to_doc(&self, doc: &Doc<'_, K>, min: f64, limit: usize) -> Vec<(K, f64)> {
        let terms = project_terms(doc.lang, doc.title, doc.summary, doc.themes);
        self.rank(&terms, Some(&doc.key), min, limit)
    }

    fn rank(
        &self,
        terms: &[String],
        leave_out: Option<&K>,
        min: f64,
        limit: usize,
    ) -> Vec<(K, f64)> {
        // Terms no indexed project has weigh nothing, in the project's own score too.
        let own = self.index.self_score(terms);
        if own <= 0.0 {
            return Vec::new();
        }
        self.index
            .search(terms)
            .into_iter()
            .filter(|(k, _)| Some(k) != leave_out)
            .map(|(k, s)| (k, (s / own).min(1.0)))
            .filter(|(_, s)| *s >= min)
            .take(limit)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn themes(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn a_near_copy_is_a_likely_duplicate_and_unrelated_projects_are_not_shown() {
        let diaspora = themes(&["diaspora_engagement"]);
        let children = themes(&["children", "protection_empowerment"]);
        let health = themes(&["health"]);
        let index = SimilarityIndex::new([
            Doc {
                key: 1,
                lang: Language::En,
                title: "Handbook on engaging diasporas in development",
                summary: "A handbook for policy makers on how governments engage their diasporas.",
                themes: &diaspora,
            },
            Doc {
                key: 2,
                lang: Language::En,
                title: "Protection of unaccompanied migrant children",
                summary: "Cooperation between countries of origin, transit and destination.",
                themes: &children,
            },
            Doc {
                key: 3,
                lang: Language::En,
                title: "A diaspora engagement handbook for development",
                summary: "Governments engage their diasporas: a handbook of good practice.",
                themes: &diaspora,
            },
            Doc {
                key: 4,
                lang: Language::En,
                title: "Health insurance for seasonal workers",
                summary: "Portable health cover.",
                themes: &health,
            },
        ]);
        let hits = index.similar_to(&3, SHOWN, 5);
        assert_eq!(hits[0].0, 1, "{hits:?}");
        assert!(hits[0].1 >= LIKELY, "{hits:?}");
        assert!(hits.iter().all(|(k, _)| *k != 4 && *k != 3), "{hits:?}");
        assert!(index.similar_to(&99, 0.0, 5).is_empty());
        // The same, asked for a project that is not indexed.
        let doc = Doc {
            key: 99,
            lang: Language::En,
            title: "A diaspora engagement handbook for development",
            summary: "Governments engage their diasporas: a handbook of good practice.",
            themes: &diaspora,
        };
        let outside = index.similar_to_doc(&doc, SHOWN, 5);
        assert_eq!(outside[0].0, 3, "the indexed copy comes first: {outside:?}");
        assert!((outside[0].1 - 1.0).abs() < 1e-9, "{outside:?}");
        assert_eq!(outside[1].0, 1, "{outside:?}");
    }

    #[test]
    fn a_french_proposal_finds_an_english_project_through_themes_and_shared_terms() {
        let profiles = themes(&["migration_profiles", "policy_coherence_data"]);
        let other = themes(&["remittances"]);
        let index = SimilarityIndex::new([
            Doc {
                key: "en",
                lang: Language::En,
                title: "Migration profiles",
                summary: "Developing migration profiles and a global database of profiles.",
                themes: &profiles,
            },
            Doc {
                key: "other",
                lang: Language::En,
                title: "Cheaper remittances",
                summary: "Lower the cost of sending money home.",
                themes: &other,
            },
            Doc {
                key: "fr",
                lang: Language::Fr,
                title: "Profils migratoires nationaux",
                summary: "Une base de données mondiale des profils migratoires.",
                themes: &profiles,
            },
        ]);
        let hits = index.similar_to(&"fr", SHOWN, 5);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].0, "en");
    }
}
