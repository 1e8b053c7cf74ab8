//! A compact BM25 inverted index for ranking at scale.
//!
//! [`crate::text::bm25::Bm25Index`] is the simple form (a hash map of postings, a hash map
//! of scores); here 100,000 to 1,000,000 documents must be scored in milliseconds, so the
//! postings are laid out flat (compressed sparse rows: one offset per term, then document
//! numbers as `u32` and term frequencies as `u8`) and scores accumulate in a dense array
//! indexed by document number. Terms come from [`crate::text::tokens::tokens`].

use std::collections::HashMap;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Postings of every term over documents numbered `0..len`.
#[derive(Debug, Default)]
pub struct TextIndex {
    terms: HashMap<Box<str>, u32>,
    offsets: Vec<u32>,
    docs: Vec<u32>,
    tfs: Vec<u8>,
    lengths: Vec<u16>,
    average_length: f32,
}

impl TextIndex {
    /// Indexes documents given as their terms, in document-number order.
    pub fn new<I>(docs: I) -> TextIndex
    where
        I: IntoIterator<Item = Vec<String>>,
    {
        let mut terms: HashMap<Box<str>, u32> = HashMap::new();
        let mut triples: Vec<(u32, u32, u8)> = Vec::new();
        let mut lengths = Vec::new();
        let mut tf: HashMap<u32, u32> = HashMap::new();
        for (doc, words) in docs.into_iter().enumerate() {
            let doc = u32::try_from(doc).unwrap_or(u32::MAX);
            tf.clear();
            for w in &words {
                let next = u32::try_from(terms.len()).unwrap_or(u32::MAX);
                let id = match terms.get(w.as_str()) {
                    Some(id) => *id,
                    None => {
                        terms.insert(w.as_str().into(), next);
                        next
                    }
                };
                *tf.entry(id).or_default() += 1;
            }
            triples.extend(
                tf.iter()
                    .map(|(t, n)| (*t, doc, u8::try_from(*n).unwrap_or(u8::MAX))),
            );
            lengths.push(u16::try_from(words.len()).unwrap_or(u16::MAX));
        }
        // Postings grouped by term, documents in order within a term.
        triples.sort_unstable_by_key(|(t, d, _)| (*t, *d));
        let mut offsets = vec![0u32; terms.len() + 1];
        for (t, _, _) in &triples {
            offsets[*t as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let docs_out: Vec<u32> = triples.iter().map(|(_, d, _)| *d).collect();
        let tfs: Vec<u8> = triples.iter().map(|(_, _, n)| *n).collect();
        drop(triples);
        let total: f64 = lengths.iter().map(|l| f64::from(*l)).sum();
        let average_length = if lengths.is_empty() {
            1.0
        } else {
            (total / lengths.len() as f64).max(1.0) as f32
        };
        terms.shrink_to_fit();
        TextIndex {
            terms,
            offsets,
            docs: docs_out,
            tfs,
            lengths,
            average_length,
        }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    /// Whether no document is indexed.
    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// Adds each document's BM25 score for `query` to `scores` (one slot per document);
    /// returns the highest score written (0 when nothing matched). Repeated query terms
    /// count once.
    pub fn score_into(&self, query: &[String], scores: &mut [f32]) -> f32 {
        let n = self.lengths.len() as f32;
        let mut seen: Vec<u32> = Vec::new();
        for term in query {
            let Some(&t) = self.terms.get(term.as_str()) else {
                continue;
            };
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            let (from, to) = (
                self.offsets[t as usize] as usize,
                self.offsets[t as usize + 1] as usize,
            );
            let df = (to - from) as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for (doc, tf) in self.docs[from..to].iter().zip(&self.tfs[from..to]) {
                let tf = f32::from(*tf);
                let len = f32::from(self.lengths[*doc as usize]);
                let norm = K1 * (1.0 - B + B * len / self.average_length);
                scores[*doc as usize] += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        scores.iter().copied().fold(0.0, f32::max)
    }

    /// What each term of `query` contributes to document `doc`'s score (the positions
    /// in `query` of the terms found in it, first occurrence only), largest first. A
    /// binary search in each term's postings: no extra memory.
    pub fn matched(&self, query: &[String], doc: u32) -> Vec<(usize, f32)> {
        let n = self.lengths.len() as f32;
        let Some(len) = self.lengths.get(doc as usize) else {
            return Vec::new();
        };
        let norm = K1 * (1.0 - B + B * f32::from(*len) / self.average_length);
        let mut seen: Vec<u32> = Vec::new();
        let mut out = Vec::new();
        for (i, term) in query.iter().enumerate() {
            let Some(&t) = self.terms.get(term.as_str()) else {
                continue;
            };
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            let (from, to) = (
                self.offsets[t as usize] as usize,
                self.offsets[t as usize + 1] as usize,
            );
            if let Ok(k) = self.docs[from..to].binary_search(&doc) {
                let df = (to - from) as f32;
                let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                let tf = f32::from(self.tfs[from + k]);
                out.push((i, idf * tf * (K1 + 1.0) / (tf + norm)));
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    /// Bytes held on the heap (an estimate for the hash map: keys, values and control
    /// bytes), for the benchmark's memory figure.
    pub fn heap_bytes(&self) -> usize {
        let keys: usize = self.terms.keys().map(|k| k.len()).sum();
        let table = self.terms.capacity() * (std::mem::size_of::<(Box<str>, u32)>() + 1);
        keys + table
            + self.offsets.capacity() * 4
            + self.docs.capacity() * 4
            + self.tfs.capacity()
            + self.lengths.capacity() * 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::text::bm25::Bm25Index;
    use crate::text::tokens::tokens;

    const DOCS: [&str; 4] = [
        "Developing migration profiles and a global database of profiles",
        "Protection of unaccompanied migrant children",
        "Handbook on engaging diasporas in development",
        "Migrant children and their families: protection at borders",
    ];

    #[test]
    fn agrees_with_the_simple_index() {
        let terms: Vec<Vec<String>> = DOCS.iter().map(|d| tokens(d, Language::En)).collect();
        let compact = TextIndex::new(terms.clone());
        let simple = Bm25Index::new(terms.into_iter().enumerate());
        let query = tokens("protection of migrant children profiles", Language::En);
        let mut scores = vec![0.0; compact.len()];
        let best = compact.score_into(&query, &mut scores);
        for (doc, s) in simple.search(&query) {
            assert!(
                (f64::from(scores[doc]) - s).abs() < 1e-4,
                "{doc}: {scores:?} {s}"
            );
        }
        assert!(best > 0.0);
        assert_eq!(scores[2], 0.0);
    }

    #[test]
    fn the_matched_terms_add_up_to_the_score() {
        let compact = TextIndex::new(DOCS.iter().map(|d| tokens(d, Language::En)));
        let query = tokens("protection of migrant children profiles", Language::En);
        let mut scores = vec![0.0; compact.len()];
        compact.score_into(&query, &mut scores);
        for (doc, score) in scores.iter().enumerate() {
            let matched = compact.matched(&query, doc as u32);
            let sum: f32 = matched.iter().map(|(_, c)| c).sum();
            assert!((sum - score).abs() < 1e-4, "{doc}: {matched:?}");
            assert!(matched.windows(2).all(|w| w[0].1 >= w[1].1));
        }
        // "profiles" (position 3 of the query terms) is in the first document only.
        let first: Vec<usize> = compact.matched(&query, 0).iter().map(|m| m.0).collect();
        assert!(first.contains(&3), "{first:?}");
        assert!(compact.matched(&query, 2).is_empty());
    }

    #[test]
    fn an_unknown_word_scores_nothing() {
        let compact = TextIndex::new(DOCS.iter().map(|d| tokens(d, Language::En)));
        let mut scores = vec![0.0; compact.len()];
        assert_eq!(compact.score_into(&["climat".into()], &mut scores), 0.0);
        assert!(TextIndex::new(Vec::<Vec<String>>::new()).is_empty());
    }
}
