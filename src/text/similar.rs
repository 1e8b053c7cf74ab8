//! How alike two projects are, in any of the six languages: the duplicate check of a new
//! proposal, and the "likely duplicate" flag reviewers and facilitators see (issue 5,
//! point 2). Pure: documents in, ranked keys out.
//!
//! A project's terms are the [`tokens`] of its title (counted twice: titles say what a
//! project is), of its summary, one language-independent term per theme (`theme:<code>`,
//! counted twice) and one per country (`country:<code>`). Themes and countries are what
//! bridges languages: a French proposal on diaspora engagement finds an English diaspora
//! project through the shared codes and the few words both languages stem alike
//! (`migration`, `diaspora`; `remittances`/`remises` do not, `profil`/`profile` do).
//!
//! The figure shown for a pair is always [`SimilarityIndex::similarity`], the symmetric
//! [`cosine`] of the two (issue 14, point 6); the BM25 index only proposes which projects
//! to compare. Its bands are [`Band`]. The project compared need not be indexed, so one
//! index of the public projects serves every draft.

use std::collections::HashMap;
use std::hash::Hash;

use super::bm25::Bm25Index;
use super::cosine::{Counts, cosine, counts};
use super::tokens::tokens;
use crate::domain::Language;

pub use super::bands::Band;

/// How many of the projects the BM25 index finds best are compared pairwise.
const CANDIDATES: usize = 50;

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
    /// Country codes.
    pub countries: &'a [String],
}

/// The terms of a project (see the module's documentation).
pub fn project_terms(doc: &Doc<'_, impl Sized>) -> Vec<String> {
    let title_terms = tokens(doc.title, doc.lang);
    let mut terms = title_terms.clone();
    terms.extend(title_terms);
    terms.extend(tokens(doc.summary, doc.lang));
    for t in doc.themes {
        let term = format!("theme:{t}");
        terms.push(term.clone());
        terms.push(term);
    }
    terms.extend(doc.countries.iter().map(|c| format!("country:{c}")));
    terms
}

/// Projects indexed for comparison with each other.
#[derive(Debug, Clone)]
pub struct SimilarityIndex<K> {
    index: Bm25Index<K>,
    counts: HashMap<K, Counts>,
}

impl<K: Clone + Eq + Hash> SimilarityIndex<K> {
    /// Indexes `docs`.
    pub fn new<'a>(docs: impl IntoIterator<Item = Doc<'a, K>>) -> SimilarityIndex<K> {
        let mut by_key = HashMap::new();
        let mut indexed = Vec::new();
        for d in docs {
            let t = project_terms(&d);
            by_key.insert(d.key.clone(), counts(&t));
            indexed.push((d.key, t));
        }
        SimilarityIndex {
            index: Bm25Index::new(indexed),
            counts: by_key,
        }
    }

    /// How alike `a` and `b` are, from 0 to 1, whether or not either is indexed: the same
    /// figure both ways, with the pair left out of the corpus statistics.
    pub fn similarity(&self, a: &Doc<'_, K>, b: &Doc<'_, K>) -> f64 {
        self.pair(
            &a.key,
            &counts(&project_terms(a)),
            &b.key,
            &counts(&project_terms(b)),
        )
    }

    fn pair(&self, a_key: &K, a: &Counts, b_key: &K, b: &Counts) -> f64 {
        let indexed_a = self.counts.get(a_key);
        let indexed_b = self.counts.get(b_key).filter(|_| a_key != b_key);
        let held = |c: Option<&Counts>, t: &str| usize::from(c.is_some_and(|c| c.contains_key(t)));
        let others =
            self.index.len() - usize::from(indexed_a.is_some()) - usize::from(indexed_b.is_some());
        cosine(a, b, others, |t| {
            self.index
                .df(t)
                .saturating_sub(held(indexed_a, t) + held(indexed_b, t))
        })
    }

    /// The indexed projects most like `doc` (which need not be indexed) with a similarity
    /// of at least `min`, best first, at most `limit`; `doc.key` itself is left out.
    pub fn similar_to_doc(&self, doc: &Doc<'_, K>, min: f64, limit: usize) -> Vec<(K, f64)> {
        let own = counts(&project_terms(doc));
        let terms: Vec<String> = own.keys().cloned().collect();
        let mut hits: Vec<(K, f64)> = self
            .index
            .search(&terms)
            .into_iter()
            .filter(|(k, _)| *k != doc.key)
            .take(CANDIDATES)
            .filter_map(|(k, _)| {
                let s = self.pair(&doc.key, &own, &k, self.counts.get(&k)?);
                Some((k, s))
            })
            .filter(|(_, s)| *s >= min)
            .collect();
        hits.sort_by(|a, b| b.1.total_cmp(&a.1));
        hits.truncate(limit);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| (*c).to_owned()).collect()
    }

    struct Project {
        key: u32,
        lang: Language,
        title: &'static str,
        summary: &'static str,
        themes: Vec<String>,
        countries: Vec<String>,
    }

    impl Project {
        fn doc(&self) -> Doc<'_, u32> {
            Doc {
                key: self.key,
                lang: self.lang,
                title: self.title,
                summary: self.summary,
                themes: &self.themes,
                countries: &self.countries,
            }
        }
    }

    fn projects() -> Vec<Project> {
        let p = |key, title, summary, themes: &[&str], countries: &[&str]| Project {
            key,
            lang: Language::En,
            title,
            summary,
            themes: codes(themes),
            countries: codes(countries),
        };
        vec![
            p(
                1,
                "Handbook on engaging diasporas in development",
                "A handbook for policy makers on how governments engage their diasporas.",
                &["diaspora_engagement"],
                &["NL", "MX"],
            ),
            p(
                2,
                "Protection of unaccompanied migrant children",
                "Cooperation between countries of origin, transit and destination.",
                &["children", "protection_empowerment"],
                &["MX", "GT"],
            ),
            p(
                3,
                "A diaspora engagement handbook for development",
                "Governments engage their diasporas: a handbook of good practice.",
                &["diaspora_engagement"],
                &["NL", "MX"],
            ),
            p(
                4,
                "Health insurance for seasonal workers",
                "Portable health cover.",
                &["health"],
                &["ES"],
            ),
        ]
    }

    #[test]
    fn a_near_copy_is_very_likely_the_same_and_unrelated_projects_are_not_shown() {
        let all = projects();
        let index = SimilarityIndex::new(all.iter().map(Project::doc));
        let hits = index.similar_to_doc(&all[2].doc(), Band::Related.floor(), 5);
        assert_eq!(hits[0].0, 1, "{hits:?}");
        assert_eq!(Band::of(hits[0].1), Some(Band::Same), "{hits:?}");
        assert!(hits.iter().all(|(k, _)| *k != 4 && *k != 3), "{hits:?}");
    }

    #[test]
    fn a_pair_has_one_figure_both_ways_indexed_or_not() {
        let all = projects();
        let with = SimilarityIndex::new(all.iter().map(Project::doc));
        // The index as it is while project 3 is still a draft.
        let without = SimilarityIndex::new(all.iter().filter(|p| p.key != 3).map(Project::doc));
        let (a, b) = (all[2].doc(), all[0].doc());
        let figure = with.similarity(&a, &b);
        // As the duplicate check lists it.
        let listed = |index: &SimilarityIndex<u32>, d: &Doc<'_, u32>, key: u32| {
            let hits = index.similar_to_doc(d, 0.0, 10);
            hits.iter().find(|h| h.0 == key).map_or(-1.0, |h| h.1)
        };
        assert!(figure > 0.0 && figure < 1.0, "{figure}");
        for other in [
            with.similarity(&b, &a),
            without.similarity(&a, &b),
            without.similarity(&b, &a),
            listed(&without, &a, 1),
            listed(&with, &a, 1),
            listed(&with, &b, 3),
        ] {
            assert!((other - figure).abs() < 1e-12, "{other} against {figure}");
        }
    }

    #[test]
    fn a_french_proposal_finds_an_english_project_through_themes_and_shared_terms() {
        let profiles = codes(&["migration_profiles", "policy_coherence_data"]);
        let (other, none) = (codes(&["remittances"]), codes(&[]));
        let en = Doc {
            key: "en",
            lang: Language::En,
            title: "Migration profiles",
            summary: "Developing migration profiles and a global database of profiles.",
            themes: &profiles,
            countries: &none,
        };
        let index = SimilarityIndex::new([
            en.clone(),
            Doc {
                key: "other",
                lang: Language::En,
                title: "Cheaper remittances",
                summary: "Lower the cost of sending money home.",
                themes: &other,
                countries: &none,
            },
        ]);
        let fr = Doc {
            key: "fr",
            lang: Language::Fr,
            title: "Profils migratoires nationaux",
            summary: "Une base de données mondiale des profils migratoires.",
            themes: &profiles,
            countries: &none,
        };
        let hits = index.similar_to_doc(&fr, Band::Related.floor(), 5);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].0, "en");
    }
}
