//! The one similarity of two projects (issue 14, point 6): the cosine of their
//! BM25-weighted term vectors. Each term weighs its saturated count, tf·(k1+1)/(tf+k1) as in
//! BM25, times its idf among the *other* documents of the corpus, the pair itself left out.
//!
//! Why this and not a BM25 score divided by the query's self-score, as before: a cosine is
//! symmetric, so a pair has one figure whichever of the two is being looked at, and leaving
//! the pair out of the statistics makes that figure the same whether either project is
//! indexed yet (a draft is not, a submitted proposal is). Length needs no BM25
//! normalisation: the cosine divides by both vectors' lengths. A word the other documents
//! never use gets the largest idf, so new words make a text *less* like the others.

use std::collections::HashMap;

use super::bm25::{K1, idf};

/// How often each term occurs in a text.
pub type Counts = HashMap<String, u32>;

/// The counts of `terms`.
pub fn counts(terms: &[String]) -> Counts {
    let mut c = Counts::new();
    for t in terms {
        *c.entry(t.clone()).or_default() += 1;
    }
    c
}

/// A term's count, saturated as BM25 does: the second occurrence adds less than the first.
fn saturated(tf: u32) -> f64 {
    let tf = f64::from(tf);
    tf * (K1 + 1.0) / (tf + K1)
}

/// The cosine, between 0 and 1, of the weighted vectors of `a` and `b`, where `n` documents
/// other than these two make the corpus and `df(term)` of them hold the term.
pub fn cosine(a: &Counts, b: &Counts, n: usize, df: impl Fn(&str) -> usize) -> f64 {
    let weight = |term: &str, tf: u32| saturated(tf) * idf(n, df(term));
    let norm = |c: &Counts| {
        c.iter()
            .map(|(t, tf)| weight(t, *tf).powi(2))
            .sum::<f64>()
            .sqrt()
    };
    let (norm_a, norm_b) = (norm(a), norm(b));
    if norm_a <= 0.0 || norm_b <= 0.0 {
        return 0.0;
    }
    let dot: f64 = a
        .iter()
        .filter_map(|(t, x)| b.get(t).map(|y| weight(t, *x) * weight(t, *y)))
        .sum();
    (dot / (norm_a * norm_b)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(words: &str) -> Counts {
        counts(
            &words
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        )
    }

    /// Document frequencies of a small corpus of other documents.
    fn df(term: &str) -> usize {
        match term {
            "migrat" => 9,
            "children" => 3,
            _ => 0,
        }
    }

    #[test]
    fn one_figure_for_a_pair_whichever_way_it_is_asked() {
        let a = c("migrat children protect protect train offic");
        let b = c("children migrat border transit protect");
        let ab = cosine(&a, &b, 10, df);
        assert!((ab - cosine(&b, &a, 10, df)).abs() < 1e-12);
        assert!(ab > 0.0 && ab < 1.0, "{ab}");
        assert!(
            (cosine(&a, &a, 10, df) - 1.0).abs() < 1e-12,
            "a text is itself"
        );
        assert_eq!(cosine(&a, &c("remit cost"), 10, df), 0.0);
        assert_eq!(cosine(&a, &Counts::new(), 10, df), 0.0);
    }

    #[test]
    fn new_words_make_a_text_less_like_the_others_not_more() {
        let project = c("migrat children protect");
        let draft = c("migrat children");
        // The same draft with words no other document uses: before issue 14 they weighed
        // nothing and the draft scored as a copy.
        let wordy = c("migrat children literaci financ remit");
        let plain = cosine(&draft, &project, 10, df);
        let diluted = cosine(&wordy, &project, 10, df);
        assert!(diluted < plain * 0.6, "{diluted} against {plain}");
    }

    #[test]
    fn a_shared_rare_word_counts_more_than_a_shared_common_one() {
        let a = c("migrat children");
        let common = cosine(&a, &c("migrat x"), 10, df);
        let rare = cosine(&a, &c("children x"), 10, df);
        assert!(rare > common, "{rare} {common}");
    }
}
