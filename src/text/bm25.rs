//! Okapi BM25 over an inverted index: which documents share the rare words of a query.
//! Used to compare projects with each other (duplicates) and with organisation profiles
//! (matching). Pure: build from terms, ask with terms.

use std::collections::HashMap;

/// Term-frequency saturation.
const K1: f64 = 1.2;
/// Length normalisation.
const B: f64 = 0.75;

/// An index of documents keyed by `K`.
#[derive(Debug, Clone)]
pub struct Bm25Index<K> {
    keys: Vec<K>,
    lengths: Vec<u32>,
    postings: HashMap<String, Vec<(u32, u32)>>,
    average_length: f64,
}

impl<K: Clone> Bm25Index<K> {
    /// Indexes documents given as their terms (see [`super::tokens::tokens`]).
    pub fn new(docs: impl IntoIterator<Item = (K, Vec<String>)>) -> Bm25Index<K> {
        let mut keys = Vec::new();
        let mut lengths = Vec::new();
        let mut postings: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        for (i, (key, terms)) in docs.into_iter().enumerate() {
            let doc = u32::try_from(i).unwrap_or(u32::MAX);
            let mut tf: HashMap<String, u32> = HashMap::new();
            for t in &terms {
                *tf.entry(t.clone()).or_default() += 1;
            }
            for (term, n) in tf {
                postings.entry(term).or_default().push((doc, n));
            }
            keys.push(key);
            lengths.push(u32::try_from(terms.len()).unwrap_or(u32::MAX));
        }
        let total: f64 = lengths.iter().map(|l| f64::from(*l)).sum();
        let average_length = if lengths.is_empty() {
            1.0
        } else {
            (total / lengths.len() as f64).max(1.0)
        };
        Bm25Index {
            keys,
            lengths,
            postings,
            average_length,
        }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Inverse document frequency of a term (0 for an unknown term).
    pub fn idf(&self, term: &str) -> f64 {
        let n = self.keys.len() as f64;
        match self.postings.get(term) {
            Some(p) => {
                let df = p.len() as f64;
                ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
            }
            None => 0.0,
        }
    }

    /// The score a document made of `terms` would get for the query `terms` with this
    /// index's statistics, whether or not it is indexed: the most any document can score
    /// for that query relative to its length, used to put scores on a 0–1 scale.
    pub fn self_score(&self, terms: &[String]) -> f64 {
        let mut tf: HashMap<&str, u32> = HashMap::new();
        for t in terms {
            *tf.entry(t.as_str()).or_default() += 1;
        }
        let norm = K1 * (1.0 - B + B * terms.len() as f64 / self.average_length);
        tf.into_iter()
            .map(|(term, n)| {
                let n = f64::from(n);
                self.idf(term) * n * (K1 + 1.0) / (n + norm)
            })
            .sum()
    }

    /// Every document sharing a term with the query, with its score, best first.
    pub fn search(&self, query: &[String]) -> Vec<(K, f64)> {
        let mut scores: HashMap<u32, f64> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for term in query {
            if !seen.insert(term) {
                continue;
            }
            let Some(postings) = self.postings.get(term) else {
                continue;
            };
            let idf = self.idf(term);
            for &(doc, tf) in postings {
                let tf = f64::from(tf);
                let len = f64::from(self.lengths[doc as usize]);
                let norm = K1 * (1.0 - B + B * len / self.average_length);
                *scores.entry(doc).or_default() += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        let mut ranked: Vec<(u32, f64)> = scores.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .map(|(doc, s)| (self.keys[doc as usize].clone(), s))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::text::tokens::tokens;

    fn index() -> Bm25Index<&'static str> {
        Bm25Index::new(
            [
                (
                    "profiles",
                    "Developing migration profiles and a global database of profiles",
                ),
                ("children", "Protection of unaccompanied migrant children"),
                ("diaspora", "Handbook on engaging diasporas in development"),
            ]
            .map(|(k, t)| (k, tokens(t, Language::En))),
        )
    }

    #[test]
    fn rare_shared_words_rank_first() {
        let hits = index().search(&tokens("migration profile database", Language::En));
        assert_eq!(hits[0].0, "profiles");
        assert!(hits.iter().all(|(k, _)| *k != "diaspora"));
    }

    #[test]
    fn an_indexed_document_scores_its_self_score_against_itself() {
        let index = index();
        let terms = tokens("Protection of unaccompanied migrant children", Language::En);
        let hit = index.search(&terms)[0];
        assert_eq!(hit.0, "children");
        assert!((hit.1 - index.self_score(&terms)).abs() < 1e-9);
    }

    #[test]
    fn nothing_shared_finds_nothing() {
        assert!(index().search(&tokens("climate", Language::En)).is_empty());
        assert!(Bm25Index::<u8>::new([]).search(&["x".into()]).is_empty());
    }
}
