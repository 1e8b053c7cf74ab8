//! Measures of a ranking against what should have been found (issue 14, point 7):
//! recall@k, nDCG@k (binary gains) and the reciprocal rank of the first hit, averaged over
//! queries. Pure; `examples/evaluate.rs` runs the tasks and prints the tables.

/// The measures of one query or their mean over several.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Metrics {
    /// Share of the relevant found in the first k.
    pub recall: f64,
    /// Discounted cumulative gain of the first k over the best possible.
    pub ndcg: f64,
    /// 1 / rank of the first relevant (0 when none is ranked).
    pub mrr: f64,
}

impl Metrics {
    /// The measures of `ranked` (best first) against `relevant`, at `k`.
    pub fn of(ranked: &[i32], relevant: &[i32], k: usize) -> Metrics {
        if relevant.is_empty() {
            return Metrics::default();
        }
        let hit = |id: &i32| relevant.contains(id);
        let hits = ranked.iter().take(k).filter(|id| hit(id)).count();
        let dcg: f64 = ranked
            .iter()
            .take(k)
            .enumerate()
            .filter(|(_, id)| hit(id))
            .map(|(i, _)| 1.0 / ((i + 2) as f64).log2())
            .sum();
        let ideal: f64 = (0..relevant.len().min(k))
            .map(|i| 1.0 / ((i + 2) as f64).log2())
            .sum();
        let mrr = ranked
            .iter()
            .position(hit)
            .map(|i| 1.0 / (i + 1) as f64)
            .unwrap_or(0.0);
        Metrics {
            recall: hits as f64 / relevant.len() as f64,
            ndcg: if ideal > 0.0 { dcg / ideal } else { 0.0 },
            mrr,
        }
    }

    /// The mean of several measures (zero for none).
    pub fn mean(all: &[Metrics]) -> Metrics {
        if all.is_empty() {
            return Metrics::default();
        }
        let n = all.len() as f64;
        Metrics {
            recall: all.iter().map(|m| m.recall).sum::<f64>() / n,
            ndcg: all.iter().map(|m| m.ndcg).sum::<f64>() / n,
            mrr: all.iter().map(|m| m.mrr).sum::<f64>() / n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_perfect_ranking_scores_one() {
        let m = Metrics::of(&[1, 2, 3, 4], &[1, 2], 10);
        assert_eq!(m.recall, 1.0);
        assert!((m.ndcg - 1.0).abs() < 1e-12);
        assert_eq!(m.mrr, 1.0);
    }

    #[test]
    fn later_hits_count_less_and_misses_not_at_all() {
        let m = Metrics::of(&[9, 8, 1], &[1, 2], 10);
        assert_eq!(m.recall, 0.5);
        assert!((m.mrr - 1.0 / 3.0).abs() < 1e-12);
        // DCG 1/log2(4) = 0.5 over ideal 1 + 1/log2(3).
        assert!((m.ndcg - 0.5 / (1.0 + 1.0 / 3f64.log2())).abs() < 1e-12);
        let beyond = Metrics::of(&[9, 8, 1], &[1], 2);
        assert_eq!(beyond.recall, 0.0);
        assert_eq!(beyond.ndcg, 0.0);
        assert!((beyond.mrr - 1.0 / 3.0).abs() < 1e-12, "MRR looks past k");
    }

    #[test]
    fn means_average_each_measure() {
        let m = Metrics::mean(&[Metrics::of(&[1], &[1], 10), Metrics::of(&[2], &[1], 10)]);
        assert_eq!(m.recall, 0.5);
        assert_eq!(m.mrr, 0.5);
        assert_eq!(Metrics::mean(&[]), Metrics::default());
    }
}
