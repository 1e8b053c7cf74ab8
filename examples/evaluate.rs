//! Offline evaluation of matching on the GFMD 2010 data (issue 6, point 9).
//!
//! For each of the seven roundtable sessions: hide its team (co-chairs and members) —
//! their seats are removed from the profiles (thematic interest, knowledge-sharing offer)
//! and from the engagement counts — then rank every organisation for the roundtable's
//! topic, asked as a project at initiation with the session's theme and its title and
//! recommendations as text. Recall@10 is the share of the hidden team found among the
//! first ten. Baselines: popularity (most engaged first, with the hidden seats removed)
//! and random order (mean of 1,000 seeded shuffles).
//!
//! ```sh
//! cargo run --release --example evaluate
//! ```

use pfp::app::demo::{DemoData, GFMD2010};
use pfp::domain::{Language, ProjectStage};
use pfp::matching::{Index, LangText, ProjectQuery, Weights, rank};

const K: usize = 10;

fn recall(found: &[i32], members: &[i32]) -> f64 {
    let hits = found
        .iter()
        .take(K)
        .filter(|id| members.contains(id))
        .count();
    hits as f64 / members.len() as f64
}

fn main() -> anyhow::Result<()> {
    let data = DemoData::parse(GFMD2010)?;
    let variants: Vec<(&str, Weights)> = vec![
        ("matching (default weights)", Weights::default()),
        (
            "matching, no diversity rule",
            Weights {
                diverse_max_same: usize::MAX,
                ..Weights::default()
            },
        ),
        (
            "text similarity only",
            Weights {
                need_offer: 0.0,
                stage: 0.0,
                themes: 0.0,
                country: 0.0,
                region: 0.0,
                engagement: 0.0,
                language: 0.0,
                ..Weights::default()
            },
        ),
        (
            "themes only",
            Weights {
                need_offer: 0.0,
                stage: 0.0,
                country: 0.0,
                region: 0.0,
                profile_text: 0.0,
                past_projects: 0.0,
                engagement: 0.0,
                language: 0.0,
                ..Weights::default()
            },
        ),
    ];
    let roundtables = data.roundtables();
    let mut rows: Vec<(String, Vec<f64>)> = variants
        .iter()
        .map(|(name, _)| ((*name).to_owned(), Vec::new()))
        .collect();
    rows.push(("popularity baseline".into(), Vec::new()));
    rows.push(("random (mean of 1,000 seeded draws)".into(), Vec::new()));
    let mut rng = fastrand::Rng::with_seed(2010);
    for rt in &roundtables {
        let profiles = data.matching_profiles(Some(&rt.session));
        let mut popular: Vec<(u32, i32)> = profiles.iter().map(|p| (p.engagements, p.id)).collect();
        popular.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let ids: Vec<i32> = profiles.iter().map(|p| p.id).collect();
        let index = Index::new(profiles, Vec::new());
        let query = ProjectQuery {
            id: 0,
            stage: ProjectStage::Initiation,
            needs: Vec::new(),
            themes: vec![rt.theme],
            countries: Vec::new(),
            text: LangText::new(
                format!("{}\n{}", rt.title, rt.recommendations),
                Language::En,
            ),
        };
        for (row, (_, weights)) in rows.iter_mut().zip(&variants) {
            let found: Vec<i32> = rank(&index, &query, weights, &[], K)
                .iter()
                .map(|s| s.id)
                .collect();
            row.1.push(recall(&found, &rt.members));
        }
        let n = variants.len();
        let top: Vec<i32> = popular.iter().map(|(_, id)| *id).collect();
        rows[n].1.push(recall(&top, &rt.members));
        let mut total = 0.0;
        for _ in 0..1000 {
            let mut shuffled = ids.clone();
            rng.shuffle(&mut shuffled);
            total += recall(&shuffled, &rt.members);
        }
        rows[n + 1].1.push(total / 1000.0);
    }

    println!(
        "Recall@{K} of hidden roundtable teams, GFMD 2010 ({} organisations)\n",
        data.matching_profiles(None).len()
    );
    print!("{:<38}", "method");
    for rt in &roundtables {
        print!(" {:>6}", rt.session);
    }
    println!(" {:>6}", "mean");
    print!("{:<38}", "team size");
    for rt in &roundtables {
        print!(" {:>6}", rt.members.len());
    }
    println!();
    for (name, values) in &rows {
        print!("{name:<38}");
        for v in values {
            print!(" {:>6.3}", v);
        }
        println!(" {:>6.3}", values.iter().sum::<f64>() / values.len() as f64);
    }
    Ok(())
}
