//! Synthetic projects for benchmarks: many public projects, deterministic, owned by the
//! governments already in the database.

use chrono::{NaiveDate, NaiveDateTime};

use crate::db::models::NewProject;
use crate::db::queries::seed::{self, ProjectParts};
use crate::db::{DbConn, DbError};
use crate::domain::{
    NeedKind, OrganisationKind, PartnerRole, ProjectStage, PublicationState, Theme,
};

/// Inserts `count` synthetic public projects for benchmarks, owned by existing
/// governments, with themes, countries, needs and a stage history. Deterministic.
pub fn synthetic_projects(conn: &mut DbConn, count: usize) -> Result<usize, DbError> {
    use crate::db::schema::organisations;
    use diesel::prelude::*;

    let governments: Vec<(i32, Option<String>)> = organisations::table
        .filter(organisations::kind.eq(OrganisationKind::Government.code()))
        .filter(organisations::country_code.is_not_null())
        .select((organisations::id, organisations::country_code))
        .order(organisations::id)
        .load(conn)?;
    if governments.is_empty() {
        return Err(DbError::Query(diesel::result::Error::NotFound));
    }
    const WORDS: &[&str] = &[
        "diaspora",
        "remittances",
        "training",
        "children",
        "profiles",
        "labour",
        "health",
        "return",
        "skills",
        "data",
        "border",
        "protection",
        "women",
        "youth",
        "climate",
        "recognition",
        "circular",
        "mobility",
        "integration",
        "dialogue",
    ];
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    let base: NaiveDateTime = NaiveDate::from_ymd_opt(2011, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default();
    for i in 0..count {
        let title = format!(
            "{} {} partnership no. {}",
            WORDS[next(WORDS.len())],
            WORDS[next(WORDS.len())],
            i + 1
        );
        let summary = format!(
            "Synthetic benchmark project {} on {} and {}: governments of origin and destination \
             work with international organisations and civil society.",
            i + 1,
            WORDS[next(WORDS.len())],
            WORDS[next(WORDS.len())]
        );
        let stage = ProjectStage::ALL[next(ProjectStage::ALL.len())];
        let (owner, country) = &governments[next(governments.len())];
        let other = &governments[next(governments.len())];
        let theme_a = Theme::ALL[next(Theme::ALL.len())];
        let theme_b = Theme::ALL[next(Theme::ALL.len())];
        let mut themes = vec![theme_a.code()];
        if theme_b != theme_a {
            themes.push(theme_b.code());
        }
        let mut countries: Vec<&str> = country.iter().map(String::as_str).collect();
        if let Some(c) = other.1.as_deref()
            && !countries.contains(&c)
        {
            countries.push(c);
        }
        let mut partners = vec![(*owner, PartnerRole::Owner.code())];
        if other.0 != *owner {
            partners.push((other.0, PartnerRole::Supporter.code()));
        }
        let at = base + chrono::Duration::minutes(i as i64);
        seed::insert_project(
            conn,
            &NewProject {
                code: None,
                title: &title,
                summary: &summary,
                objectives: "",
                origin: "",
                lang: "en",
                status: PublicationState::Endorsed.code(),
                stage: stage.code(),
                search_text: crate::text::search_text([title.as_str(), summary.as_str()]),
                created_at: at,
                updated_at: at,
            },
            &ProjectParts {
                themes,
                countries,
                needs: vec![(NeedKind::ALL[next(NeedKind::ALL.len())].code(), "")],
                partners,
                outcomes: Vec::new(),
                stages: vec![(stage.code(), at.date(), "", "benchmark")],
            },
        )?;
    }
    Ok(count)
}
