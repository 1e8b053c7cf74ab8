//! Okapi BM25 over an inverted index: which documents share the rare words of a query.
//! Used to compare projects with each other (duplicates) and with organisation profiles
//! (matching). Pure: build from terms, ask with terms.

use std::collections::HashMap;

/// Term-frequency saturation.
pub(crate) const K1: f64 = 1.2;
/// Length normalisation.
const B: f64 = 0.75;

/// The BM25 inverse document frequency of a term held by `df` of `n` documents; the
/// largest, ln(1 + (n + ½)/½), when no document holds it.
pub fn idf(n: usize, df: usize) -> f64 {
    let (n, df) = (n as f64, df.min(n) as f64);
    ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
}

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

    /// How many documents hold `term`.
    pub fn df(&self, term: &str) -> usize {
        self.postings.get(term).map_or(0, Vec::len)
    }

    /// Inverse document frequency of a term. A term no document holds gets the largest
    /// idf there is, not 0: a word nobody else uses is what sets a text apart (issue 14,
    /// point 6), and ignoring it made drafts full of new words look like copies.
    pub fn idf(&self, term: &str) -> f64 {
        idf(self.keys.len(), self.df(term))
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
    fn an_unseen_term_weighs_most_and_a_common_one_least() {
        let index = index();
        assert!((index.idf("climat") - idf(3, 0)).abs() < 1e-12, "unseen");
        assert!((index.idf("profil") - idf(3, 1)).abs() < 1e-12);
        assert_eq!(index.df("profil"), 1);
        assert!(idf(3, 0) > idf(3, 1) && idf(3, 1) > idf(3, 3) && idf(3, 3) > 0.0);
    }

    #[test]
    fn nothing_shared_finds_nothing() {
        assert!(index().search(&tokens("climate", Language::En)).is_empty());
        assert!(Bm25Index::<u8>::new([]).search(&["x".into()]).is_empty());
    }
}
