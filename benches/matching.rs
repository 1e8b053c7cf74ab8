//! Matching benchmark (issue 6): ranking time for one project and the index's memory, on
//! synthetic organisations and projects with realistic, skewed distributions.
//!
//! ```sh
//! cargo bench --bench matching                       # 100,000 and 1,000,000 organisations
//! SIZES=100000 QUERIES=100 cargo bench --bench matching
//! ```
//!
//! Distributions: organisation kinds weighted (civil society 35 %, diaspora 15 %, private
//! sector 15 %, academia 10 %, governments 8 %, foundations 7 %, international
//! organisations 5 %, regional processes 5 %); countries Zipf-distributed over the 249
//! ISO codes (a few countries hold many organisations); 0–4 offers, 1–4 themes (Zipf),
//! 0–5 countries of interest, 1–3 languages (English most often); profile texts of
//! 30–120 words and 0–3 past projects of 20–50 words drawn from a Zipfian vocabulary of
//! 30,000 words, in English, French or Spanish; engagements geometric. 10,000 projects
//! with 1–3 needs, 1–3 themes, 1–4 countries, texts of 60–200 words. Memory is measured
//! with a counting global allocator: bytes still allocated once the index is built and
//! its inputs are dropped.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use pfp::domain::country::COUNTRY_CODES;
use pfp::domain::{CountryCode, Language, NeedKind, OrganisationKind, ProjectStage, Region, Theme};
use pfp::matching::{
    Index, LangText, Offer, OrgProfile, ProjectQuery, Weights, rank, rank_projects,
};

struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = ALLOCATED.fetch_add(new_size - layout.size(), Ordering::Relaxed)
                    + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                ALLOCATED.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Deterministic generator with the skewed draws the data needs.
struct Gen {
    rng: fastrand::Rng,
    vocabulary: Vec<String>,
    /// Cumulative Zipf weights over the vocabulary.
    zipf_words: Vec<f64>,
    zipf_countries: Vec<f64>,
    zipf_themes: Vec<f64>,
}

/// A draw from cumulative weights.
fn pick(rng: &mut fastrand::Rng, cumulative: &[f64]) -> usize {
    let total = cumulative[cumulative.len() - 1];
    let x = rng.f64() * total;
    cumulative
        .partition_point(|c| *c < x)
        .min(cumulative.len() - 1)
}

fn zipf(n: usize, s: f64) -> Vec<f64> {
    let mut acc = 0.0;
    (1..=n)
        .map(|k| {
            acc += 1.0 / (k as f64).powf(s);
            acc
        })
        .collect()
}

impl Gen {
    fn new(seed: u64) -> Gen {
        let mut rng = fastrand::Rng::with_seed(seed);
        const SYLLABLES: &[&str] = &[
            "ma", "ri", "to", "ne", "sa", "lo", "ku", "be", "di", "fa", "go", "hu", "ja", "le",
            "mi", "no", "pa", "qui", "ra", "se", "ti", "vo", "za", "cre", "pro", "tra", "mig",
            "dev", "gra", "par",
        ];
        let mut vocabulary = Vec::with_capacity(30_000);
        let mut seen = std::collections::HashSet::new();
        while vocabulary.len() < 30_000 {
            let n = rng.usize(2..=4);
            let w: String = (0..n)
                .map(|_| SYLLABLES[rng.usize(..SYLLABLES.len())])
                .collect();
            if seen.insert(w.clone()) {
                vocabulary.push(w);
            }
        }
        Gen {
            rng,
            vocabulary,
            zipf_words: zipf(30_000, 1.0),
            zipf_countries: zipf(COUNTRY_CODES.len(), 1.1),
            zipf_themes: zipf(Theme::ALL.len(), 0.8),
        }
    }

    fn text(&mut self, words: usize) -> String {
        let mut out = String::with_capacity(words * 8);
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            let w = pick(&mut self.rng, &self.zipf_words);
            out.push_str(&self.vocabulary[w]);
        }
        out
    }

    fn country(&mut self) -> CountryCode {
        let i = pick(&mut self.rng, &self.zipf_countries);
        CountryCode::parse(COUNTRY_CODES[i]).expect("a listed code")
    }

    fn themes(&mut self, n: usize) -> Vec<Theme> {
        let mut t: Vec<Theme> = (0..n)
            .map(|_| Theme::ALL[pick(&mut self.rng, &self.zipf_themes)])
            .collect();
        t.sort();
        t.dedup();
        t
    }

    fn lang(&mut self) -> Language {
        [
            Language::En,
            Language::En,
            Language::En,
            Language::Fr,
            Language::Es,
        ][self.rng.usize(..5)]
    }

    fn kind(&mut self) -> OrganisationKind {
        use OrganisationKind::*;
        let x = self.rng.u32(..100);
        match x {
            0..35 => CivilSociety,
            35..50 => DiasporaOrganisation,
            50..65 => PrivateSector,
            65..75 => Academia,
            75..83 => Government,
            83..90 => Foundation,
            90..95 => InternationalOrganisation,
            _ => RegionalProcess,
        }
    }

    fn organisation(&mut self, id: i32) -> OrgProfile {
        let kind = self.kind();
        let country = (kind != OrganisationKind::InternationalOrganisation).then(|| self.country());
        let lang = self.lang();
        let offers = (0..self.rng.usize(0..=4))
            .map(|_| {
                let words = self.rng.usize(3..=12);
                Offer {
                    kind: NeedKind::ALL[self.rng.usize(..NeedKind::ALL.len())],
                    text: self.text(words),
                }
            })
            .collect();
        let n_themes = self.rng.usize(1..=4);
        let themes = self.themes(n_themes);
        let countries_of_interest = (0..self.rng.usize(0..=5)).map(|_| self.country()).collect();
        let regions_of_interest = (0..self.rng.usize(0..=2))
            .map(|_| Region::ALL[self.rng.usize(..Region::ALL.len())])
            .collect();
        let mut languages = vec![Language::En];
        for _ in 0..self.rng.usize(0..=2) {
            languages.push(Language::ALL[self.rng.usize(..6)]);
        }
        let words = self.rng.usize(30..=120);
        let profile_text = LangText::new(self.text(words), lang);
        let past_projects = (0..self.rng.usize(0..=3))
            .map(|_| {
                let words = self.rng.usize(20..=50);
                LangText::new(self.text(words), lang)
            })
            .collect();
        let mut engagements = 0;
        while self.rng.f64() < 0.45 && engagements < 60 {
            engagements += 1;
        }
        OrgProfile {
            id,
            kind,
            country,
            region: None,
            offers,
            themes,
            regions_of_interest,
            countries_of_interest,
            languages,
            profile_text,
            past_projects,
            engagements,
        }
    }

    fn project(&mut self, id: i32) -> ProjectQuery {
        let n_themes = self.rng.usize(1..=3);
        let words = self.rng.usize(60..=200);
        ProjectQuery {
            id,
            stage: ProjectStage::ALL[self.rng.usize(..4)],
            needs: (0..self.rng.usize(1..=3))
                .map(|_| NeedKind::ALL[self.rng.usize(..NeedKind::ALL.len())])
                .collect(),
            themes: self.themes(n_themes),
            countries: (0..self.rng.usize(1..=4)).map(|_| self.country()).collect(),
            text: LangText::new(self.text(words), self.lang()),
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let sizes: Vec<usize> = std::env::var("SIZES")
        .unwrap_or_else(|_| "100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let queries: usize = std::env::var("QUERIES")
        .ok()
        .and_then(|q| q.parse().ok())
        .unwrap_or(200);
    let projects_n: usize = 10_000;
    let weights = Weights::default();
    println!(
        "{:>12} {:>9} {:>10} {:>11} {:>11} {:>11} {:>11} {:>12}",
        "organisations",
        "projects",
        "build s",
        "index MB",
        "median ms",
        "p90 ms",
        "max ms",
        "reverse ms"
    );
    for n in sizes {
        let mut g = Gen::new(0x6f6d_6d64);
        let base = ALLOCATED.load(Ordering::Relaxed);
        let projects: Vec<ProjectQuery> = (1..=projects_n).map(|i| g.project(i as i32)).collect();
        let orgs: Vec<OrgProfile> = (1..=n).map(|i| g.organisation(i as i32)).collect();
        let inputs = ALLOCATED.load(Ordering::Relaxed) - base;
        let asked: Vec<ProjectQuery> = projects
            .iter()
            .step_by(projects_n / queries.max(1))
            .take(queries)
            .cloned()
            .collect();
        let sample_orgs: Vec<OrgProfile> = orgs.iter().step_by(n / 50).take(50).cloned().collect();
        let before = ALLOCATED.load(Ordering::Relaxed);
        let started = Instant::now();
        let index = Index::new(orgs, projects);
        let build = started.elapsed().as_secs_f64();
        // The inputs were moved into `Index::new` and dropped there: what is allocated now,
        // plus the inputs freed, minus what was allocated before, is the index.
        let after = ALLOCATED.load(Ordering::Relaxed);
        let index_mb = (after + inputs).saturating_sub(before) as f64 / 1e6;
        let mut times = Vec::with_capacity(asked.len());
        let mut total = 0usize;
        for q in &asked {
            let t = Instant::now();
            let r = rank(&index, q, &weights, &[], 10);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            total += r.len();
        }
        assert!(total > 0);
        times.sort_by(f64::total_cmp);
        let mut reverse = Vec::new();
        for o in &sample_orgs {
            let t = Instant::now();
            let _ = rank_projects(&index, o, &weights, &[], 10);
            reverse.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        reverse.sort_by(f64::total_cmp);
        println!(
            "{:>12} {:>9} {:>10.1} {:>11.1} {:>11.2} {:>11.2} {:>11.2} {:>12.2}",
            n,
            projects_n,
            build,
            index_mb,
            percentile(&times, 0.5),
            percentile(&times, 0.9),
            times[times.len() - 1],
            percentile(&reverse, 0.5),
        );
        println!(
            "{:>12} (heap_bytes estimate {:.1} MB; peak allocated during the run {:.1} MB)",
            "",
            index.heap_bytes() as f64 / 1e6,
            PEAK.load(Ordering::Relaxed) as f64 / 1e6
        );
        drop(index);
        PEAK.store(ALLOCATED.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}
