//! Offline evaluation of matching on the GFMD 2010 data (issue 6, point 9; issue 14,
//! point 7). Three tasks (`pfp::app::demo::evaluation` says what each hides):
//!
//! - **roundtables**, leave-team-out: hide one session's team and find it again from the
//!   session's topic, asked as a project at initiation with the session's theme and its
//!   title and recommendations as text (7 queries, teams of 11–21);
//! - **one partner**, leave-one-partner-out: hide one partner of a pilot project and find
//!   it again from the project, owners and other partners left out;
//! - **all partners**: the pilot project with its owners only; find every other partner.
//!
//! Methods: matching (the default weights); most active first (every GFMD engagement and
//! partnership counted, the baseline of issue 14); popularity (most roundtable seats
//! first, what matching's engagement signal counts, the stronger baseline on roundtables);
//! same theme (organisations sharing the most of the project's themes first, then
//! popularity); random order. Measures at 10: recall, nDCG and MRR, each the mean over the queries and
//! over 20 seeded permutations of the organisation ids: ties are broken by id, and ids in
//! file order would favour the organisations named first (the roundtable teams), a leak.
//! Then ablations: matching with each weight set to zero in turn.
//!
//! ```sh
//! cargo run --release --example evaluate
//! ```

use pfp::app::demo::{DemoData, GFMD2010, Hidden, PartnerTask};
use pfp::domain::{Language, ProjectStage};
use pfp::matching::eval::Metrics;
use pfp::matching::{Index, LangText, OrgProfile, ProjectQuery, Weights, rank};

const K: usize = 10;
const PERMUTATIONS: u64 = 20;

/// What a query hides, owned.
enum Hide {
    Session(String),
    Partners(PartnerTask),
}

/// One query of a task: what the profiles must not know, the question, who to find and
/// who to leave out (ids in file order, 1-based).
struct Query {
    hide: Hide,
    query: ProjectQuery,
    relevant: Vec<i32>,
    exclude: Vec<i32>,
}

impl Query {
    fn hidden(&self) -> Hidden<'_> {
        match &self.hide {
            Hide::Session(s) => Hidden::Session(s),
            Hide::Partners(t) => t.hidden(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Method {
    Matching,
    Popularity,
    Activity,
    SameTheme,
    Random,
}

fn ranking(
    method: Method,
    weights: &Weights,
    profiles: &[OrgProfile],
    activity: &[u32],
    q: &Query,
    exclude: &[i32],
    rng: &mut fastrand::Rng,
) -> Vec<i32> {
    let mut ids: Vec<(i32, u32, u32)> = profiles
        .iter()
        .filter(|p| !exclude.contains(&p.id))
        .map(|p| {
            let themes = p
                .themes
                .iter()
                .filter(|t| q.query.themes.contains(t))
                .count() as u32;
            (p.id, themes, p.engagements)
        })
        .collect();
    match method {
        Method::Matching => {
            let index = Index::new(profiles.to_vec(), Vec::new());
            rank(&index, &q.query, weights, exclude, K)
                .iter()
                .map(|s| s.id)
                .collect()
        }
        Method::Popularity => {
            ids.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
            ids.into_iter().map(|x| x.0).collect()
        }
        Method::Activity => {
            // activity[i] belongs to file position i, whose permuted id is profiles[i].id.
            let of: std::collections::HashMap<i32, u32> = profiles
                .iter()
                .zip(activity)
                .map(|(p, a)| (p.id, *a))
                .collect();
            ids.sort_by(|a, b| of[&b.0].cmp(&of[&a.0]).then(a.0.cmp(&b.0)));
            ids.into_iter().map(|x| x.0).collect()
        }
        Method::SameTheme => {
            ids.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
            ids.into_iter().map(|x| x.0).collect()
        }
        Method::Random => {
            let mut all: Vec<i32> = ids.into_iter().map(|x| x.0).collect();
            rng.shuffle(&mut all);
            all
        }
    }
}

/// The mean measures of `method` over the queries and the id permutations.
fn measure(data: &DemoData, queries: &[Query], method: Method, weights: &Weights) -> Metrics {
    let n = data.organisations.len();
    let mut all = Vec::new();
    for seed in 0..PERMUTATIONS {
        let mut rng = fastrand::Rng::with_seed(2010 + seed);
        // perm[i] is the id of the organisation at file position i + 1.
        let mut perm: Vec<i32> = (1..=n as i32).collect();
        rng.shuffle(&mut perm);
        let map =
            |ids: &[i32]| -> Vec<i32> { ids.iter().map(|id| perm[(*id - 1) as usize]).collect() };
        for q in queries {
            let mut profiles = data.matching_profiles(&q.hidden());
            for p in &mut profiles {
                p.id = perm[(p.id - 1) as usize];
            }
            let exclude = map(&q.exclude);
            let activity = data.activity(&q.hidden());
            let ranked = ranking(method, weights, &profiles, &activity, q, &exclude, &mut rng);
            all.push(Metrics::of(&ranked, &map(&q.relevant), K));
        }
    }
    Metrics::mean(&all)
}

fn tasks(data: &DemoData) -> Vec<(&'static str, Vec<Query>)> {
    let roundtables = data
        .roundtables()
        .into_iter()
        .map(|rt| Query {
            query: ProjectQuery {
                id: 0,
                stage: ProjectStage::Initiation,
                needs: Vec::new(),
                themes: vec![rt.theme],
                countries: Vec::new(),
                text: LangText::new(
                    format!("{}\n{}", rt.title, rt.recommendations),
                    Language::En,
                ),
            },
            relevant: rt.members.clone(),
            exclude: Vec::new(),
            hide: Hide::Session(rt.session),
        })
        .collect();
    let partners = |all: bool| -> Vec<Query> {
        data.partner_tasks(all)
            .into_iter()
            .map(|t| Query {
                query: t.query.clone(),
                relevant: t.relevant.clone(),
                exclude: t.exclude.clone(),
                hide: Hide::Partners(t),
            })
            .collect()
    };
    vec![
        ("roundtables (leave-team-out)", roundtables),
        ("one partner (leave-one-partner-out)", partners(false)),
        ("all partners (owners only)", partners(true)),
    ]
}

fn ablations() -> Vec<(&'static str, Weights)> {
    let d = Weights::default();
    vec![
        (
            "no need_offer",
            Weights {
                need_offer: 0.0,
                ..d
            },
        ),
        ("no stage", Weights { stage: 0.0, ..d }),
        ("no themes", Weights { themes: 0.0, ..d }),
        ("no country", Weights { country: 0.0, ..d }),
        ("no region", Weights { region: 0.0, ..d }),
        (
            "no profile_text",
            Weights {
                profile_text: 0.0,
                ..d
            },
        ),
        (
            "no past_projects",
            Weights {
                past_projects: 0.0,
                ..d
            },
        ),
        (
            "no engagement",
            Weights {
                engagement: 0.0,
                ..d
            },
        ),
        ("no language", Weights { language: 0.0, ..d }),
        (
            "no diversity rule",
            Weights {
                diverse_max_same: usize::MAX,
                ..d
            },
        ),
    ]
}

fn main() -> anyhow::Result<()> {
    let data = DemoData::parse(GFMD2010)?;
    let tasks = tasks(&data);
    let methods = [
        ("matching", Method::Matching),
        (
            "most active first (seats, contributions, partnerships)",
            Method::Activity,
        ),
        ("popularity (roundtable seats)", Method::Popularity),
        ("same theme", Method::SameTheme),
        ("random", Method::Random),
    ];
    println!(
        "GFMD 2010, {} organisations; measures at {K}, mean over queries and {PERMUTATIONS} id permutations\n",
        data.organisations.len()
    );
    println!("| task | queries | method | recall@10 | nDCG@10 | MRR |");
    println!("|---|---|---|---|---|---|");
    for (name, queries) in &tasks {
        for (label, method) in methods {
            let m = measure(&data, queries, method, &Weights::default());
            println!(
                "| {name} | {} | {label} | {:.3} | {:.3} | {:.3} |",
                queries.len(),
                m.recall,
                m.ndcg,
                m.mrr
            );
        }
    }
    println!("\nAblations (matching, recall@10 / MRR per task)\n");
    print!("| weights |");
    for (name, _) in &tasks {
        print!(" {name} |");
    }
    println!();
    println!("|---|{}", "---|".repeat(tasks.len()));
    let mut rows = vec![("default", Weights::default())];
    rows.extend(ablations());
    // Weights to try beside them: `PFP_EVAL_WEIGHTS='{"engagement": 4}'` (JSON keys of
    // `[matching]`; the others keep their defaults).
    if let Ok(json) = std::env::var("PFP_EVAL_WEIGHTS") {
        rows.push(("PFP_EVAL_WEIGHTS", serde_json::from_str(&json)?));
    }
    for (label, weights) in rows {
        print!("| {label} |");
        for (_, queries) in &tasks {
            let m = measure(&data, queries, Method::Matching, &weights);
            print!(" {:.3} / {:.3} |", m.recall, m.mrr);
        }
        println!();
    }
    Ok(())
}
