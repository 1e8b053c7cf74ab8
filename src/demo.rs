//! The demo data: the GFMD 2010 meeting (organisations, roundtable recommendations,
//! engagements, the three pilot projects), transcribed into `config/demo/gfmd2010.json`
//! and compiled into the binary; and a generator of synthetic projects for benchmarks.
//!
//! The file is validated into domain types before anything is written, and loaded in one
//! transaction: a bad file loads nothing and reports every problem with its path.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, Utc};
use serde::Deserialize;

use crate::db::models::NewProject;
use crate::db::queries::seed::{self, EngagementRecord, OutcomeRecord, ProjectParts};
use crate::db::{DbConn, DbError, models::NewOrganisation};
use crate::domain::text::{LongText, OrganisationName, ProjectSummary, ProjectTitle, ShortText};
use crate::domain::{
    CountryCode, EngagementKind, Language, NeedKind, OrganisationKind, PartnerRole, ProjectStage,
    PublicationState, Region, Theme,
};

/// The GFMD 2010 demo data, as shipped.
pub const GFMD2010: &str = include_str!("../config/demo/gfmd2010.json");

/// Author recorded on demo stage changes.
const DEMO_AUTHOR: &str = "GFMD 2010 report";

/// The demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoData {
    /// Where the data comes from.
    pub source: String,
    /// Organisations.
    pub organisations: Vec<DemoOrganisation>,
    /// GFMD outcomes.
    pub outcomes: Vec<DemoOutcome>,
    /// Engagements.
    pub engagements: Vec<DemoEngagement>,
    /// Projects.
    pub projects: Vec<DemoProject>,
}

/// An organisation of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoOrganisation {
    code: String,
    name: String,
    acronym: Option<String>,
    kind: OrganisationKind,
    country: Option<CountryCode>,
    region: Option<Region>,
    subregion: Option<String>,
    description: String,
    website: Option<String>,
}

/// A GFMD outcome of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoOutcome {
    code: String,
    session: String,
    session_title: String,
    theme: Theme,
    position: i32,
    text: String,
}

/// An engagement of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoEngagement {
    organisation: String,
    kind: EngagementKind,
    session: Option<String>,
    description: String,
    amount: Option<i64>,
    currency: Option<String>,
}

/// A project of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoProject {
    code: String,
    title: String,
    summary: String,
    objectives: String,
    origin: String,
    lang: Language,
    status: PublicationState,
    stage: ProjectStage,
    themes: Vec<Theme>,
    countries: Vec<CountryCode>,
    needs: Vec<DemoNeed>,
    partners: Vec<DemoPartner>,
    outcomes: Vec<String>,
    stage_history: Vec<DemoStage>,
}

/// A need of a demo project.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoNeed {
    kind: NeedKind,
    description: String,
}

/// A partner of a demo project.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoPartner {
    organisation: String,
    role: PartnerRole,
}

/// A stage change of a demo project.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoStage {
    stage: ProjectStage,
    date: NaiveDate,
    note: String,
}

/// What was loaded.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LoadReport {
    /// Organisations inserted.
    pub organisations: usize,
    /// Outcomes inserted.
    pub outcomes: usize,
    /// Engagements inserted.
    pub engagements: usize,
    /// Projects inserted.
    pub projects: usize,
}

/// Why demo data could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The file does not parse.
    #[error("demo data does not parse: {0}")]
    Parse(#[from] serde_json::Error),
    /// The file parses but is inconsistent; every problem with its path.
    #[error("demo data is invalid:\n{}", .0.join("\n"))]
    Invalid(Vec<String>),
    /// Writing failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

impl DemoData {
    /// Parses and checks a demo file.
    pub fn parse(json: &str) -> Result<DemoData, DemoError> {
        let data: DemoData = serde_json::from_str(json)?;
        let problems = data.problems();
        if problems.is_empty() {
            Ok(data)
        } else {
            Err(DemoError::Invalid(problems))
        }
    }

    /// Every inconsistency, each with its path (e.g. `projects[1].partners[0].organisation`).
    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut orgs = HashMap::new();
        for (i, o) in self.organisations.iter().enumerate() {
            if orgs.insert(o.code.as_str(), i).is_some() {
                out.push(format!(
                    "organisations[{i}].code: {:?} appears twice",
                    o.code
                ));
            }
            if let Err(e) = OrganisationName::parse(&o.name) {
                out.push(format!("organisations[{i}].name: {e}"));
            }
        }
        let mut outcomes = HashMap::new();
        for (i, o) in self.outcomes.iter().enumerate() {
            if outcomes.insert(o.code.as_str(), i).is_some() {
                out.push(format!("outcomes[{i}].code: {:?} appears twice", o.code));
            }
            if o.text.trim().is_empty() {
                out.push(format!("outcomes[{i}].text: must not be empty"));
            }
        }
        for (i, e) in self.engagements.iter().enumerate() {
            if !orgs.contains_key(e.organisation.as_str()) {
                out.push(format!(
                    "engagements[{i}].organisation: unknown organisation {:?}",
                    e.organisation
                ));
            }
        }
        let mut codes = HashMap::new();
        for (i, p) in self.projects.iter().enumerate() {
            let at = format!("projects[{i}]");
            if codes.insert(p.code.as_str(), i).is_some() {
                out.push(format!("{at}.code: {:?} appears twice", p.code));
            }
            if let Err(e) = ProjectTitle::parse(&p.title) {
                out.push(format!("{at}.title: {e}"));
            }
            if let Err(e) = ProjectSummary::parse(&p.summary) {
                out.push(format!("{at}.summary: {e}"));
            }
            if let Err(e) = LongText::parse(&p.objectives) {
                out.push(format!("{at}.objectives: {e}"));
            }
            for (j, partner) in p.partners.iter().enumerate() {
                match orgs.get(partner.organisation.as_str()) {
                    None => out.push(format!(
                        "{at}.partners[{j}].organisation: unknown organisation {:?}",
                        partner.organisation
                    )),
                    Some(&k)
                        if partner.role == PartnerRole::Owner
                            && self.organisations[k].kind != OrganisationKind::Government =>
                    {
                        out.push(format!(
                            "{at}.partners[{j}]: only governments may own a project"
                        ))
                    }
                    Some(_) => {}
                }
            }
            for (j, code) in p.outcomes.iter().enumerate() {
                if !outcomes.contains_key(code.as_str()) {
                    out.push(format!("{at}.outcomes[{j}]: unknown outcome {code:?}"));
                }
            }
            for (j, s) in p.stage_history.iter().enumerate() {
                if let Err(e) = ShortText::parse(&s.note) {
                    out.push(format!("{at}.stage_history[{j}].note: {e}"));
                }
            }
            if !p.stage_history.windows(2).all(|w| w[0].date <= w[1].date) {
                out.push(format!("{at}.stage_history: dates must not go backwards"));
            }
            match p.stage_history.last() {
                Some(last) if last.stage == p.stage => {}
                _ => out.push(format!(
                    "{at}.stage_history: must end with the current stage {}",
                    p.stage
                )),
            }
        }
        out
    }

    /// Writes everything; run inside one transaction.
    pub fn load(&self, conn: &mut DbConn) -> Result<LoadReport, DemoError> {
        let now = Utc::now().naive_utc();
        let mut org_ids = HashMap::new();
        for o in &self.organisations {
            let id = seed::insert_organisation(
                conn,
                &NewOrganisation {
                    code: &o.code,
                    name: &o.name,
                    acronym: o.acronym.as_deref(),
                    kind: o.kind.code(),
                    country_code: o.country.as_ref().map(CountryCode::as_str),
                    region: o.region.map(Region::code),
                    subregion: o.subregion.as_deref(),
                    description: &o.description,
                    website: o.website.as_deref(),
                    lang: "en",
                    search_text: crate::text::search_text([
                        o.name.as_str(),
                        o.acronym.as_deref().unwrap_or(""),
                        o.description.as_str(),
                    ]),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            org_ids.insert(o.code.as_str(), id);
        }
        let mut outcome_ids = HashMap::new();
        for o in &self.outcomes {
            let id = seed::insert_outcome(
                conn,
                &OutcomeRecord {
                    code: &o.code,
                    session: &o.session,
                    session_title: &o.session_title,
                    theme: o.theme.code(),
                    position: o.position,
                    text: &o.text,
                },
            )?;
            outcome_ids.insert(o.code.as_str(), id);
        }
        for e in &self.engagements {
            seed::insert_engagement(
                conn,
                &EngagementRecord {
                    organisation_id: org_ids[e.organisation.as_str()],
                    kind: e.kind.code(),
                    session: e.session.as_deref(),
                    description: &e.description,
                    amount: e.amount,
                    currency: e.currency.as_deref(),
                },
                now,
            )?;
        }
        for p in &self.projects {
            let created = p
                .stage_history
                .first()
                .map(|s| s.date.and_hms_opt(12, 0, 0).unwrap_or_default())
                .unwrap_or(now);
            let updated = p
                .stage_history
                .last()
                .map(|s| s.date.and_hms_opt(12, 0, 0).unwrap_or_default())
                .unwrap_or(now);
            let parts = ProjectParts {
                themes: p.themes.iter().map(|t| t.code()).collect(),
                countries: p.countries.iter().map(CountryCode::as_str).collect(),
                needs: p
                    .needs
                    .iter()
                    .map(|n| (n.kind.code(), n.description.as_str()))
                    .collect(),
                partners: p
                    .partners
                    .iter()
                    .map(|x| (org_ids[x.organisation.as_str()], x.role.code()))
                    .collect(),
                outcomes: p.outcomes.iter().map(|c| outcome_ids[c.as_str()]).collect(),
                stages: p
                    .stage_history
                    .iter()
                    .map(|s| (s.stage.code(), s.date, s.note.as_str(), DEMO_AUTHOR))
                    .collect(),
            };
            seed::insert_project(
                conn,
                &NewProject {
                    code: Some(&p.code),
                    title: &p.title,
                    summary: &p.summary,
                    objectives: &p.objectives,
                    origin: &p.origin,
                    lang: p.lang.code(),
                    status: p.status.code(),
                    stage: p.stage.code(),
                    search_text: crate::text::search_text([
                        p.title.as_str(),
                        p.summary.as_str(),
                        p.objectives.as_str(),
                    ]),
                    created_at: created,
                    updated_at: updated,
                },
                &parts,
            )?;
        }
        Ok(LoadReport {
            organisations: self.organisations.len(),
            outcomes: self.outcomes.len(),
            engagements: self.engagements.len(),
            projects: self.projects.len(),
        })
    }
}

/// The demo accounts: (key, e-mail, name, role, organisation code).
pub const DEMO_ACCOUNTS: &[(&str, &str, &str, crate::domain::Role, Option<&str>)] = &[
    (
        "mx-delegate",
        "mx-delegate@demo.example.org",
        "Ana López (Mexico)",
        crate::domain::Role::Delegate,
        Some("MX"),
    ),
    (
        "ch-delegate",
        "ch-delegate@demo.example.org",
        "Lukas Meier (Switzerland)",
        crate::domain::Role::Delegate,
        Some("CH"),
    ),
    (
        "facilitator",
        "facilitator@demo.example.org",
        "Sam Okafor (GFMD Support Unit)",
        crate::domain::Role::Facilitator,
        None,
    ),
    (
        "reviewer",
        "reviewer@demo.example.org",
        "Claire Martin (Steering Group)",
        crate::domain::Role::Reviewer,
        None,
    ),
    (
        "iom-member",
        "iom-member@demo.example.org",
        "Amina Diallo (IOM)",
        crate::domain::Role::Member,
        Some("org:IOM"),
    ),
    (
        "observer",
        "observer@demo.example.org",
        "Wei Zhang",
        crate::domain::Role::Observer,
        None,
    ),
    (
        "administrator",
        "admin@demo.example.org",
        "Platform administrator",
        crate::domain::Role::Administrator,
        None,
    ),
];

/// Creates the demo accounts that do not exist yet (idempotent). They have no password:
/// in demo mode the home and sign-in pages offer one-click sign-in as each.
pub fn ensure_demo_accounts(conn: &mut DbConn) -> Result<usize, DbError> {
    use crate::db::queries::people::{self, NewPerson};
    use crate::db::schema::organisations;
    use diesel::prelude::*;

    let now = Utc::now().naive_utc();
    let mut created = 0;
    for (_, email, name, role, org) in DEMO_ACCOUNTS {
        if people::by_email(conn, email)?.is_some() {
            continue;
        }
        let organisation_id = match org {
            Some(code) => organisations::table
                .filter(organisations::code.eq(*code))
                .select(organisations::id)
                .first::<i32>(conn)
                .optional()?,
            None => None,
        };
        people::insert_person(
            conn,
            &NewPerson {
                email,
                name,
                password_hash: None,
                role: role.code(),
                organisation_id,
                lang: "en",
                active: true,
                email_verified_at: Some(now),
                created_at: now,
                updated_at: now,
            },
        )?;
        created += 1;
    }
    Ok(created)
}

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

impl From<diesel::result::Error> for DemoError {
    fn from(e: diesel::result::Error) -> Self {
        DemoError::Db(DbError::Query(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_demo_data_is_valid_and_complete() {
        let data = DemoData::parse(GFMD2010).expect("demo data is valid");
        assert_eq!(data.organisations.len(), 138);
        assert_eq!(data.outcomes.len(), 45);
        assert_eq!(data.projects.len(), 3);
        let mexico_owns_children = data.projects.iter().any(|p| {
            p.themes.contains(&Theme::Children)
                && p.partners
                    .iter()
                    .any(|x| x.organisation == "MX" && x.role == PartnerRole::Owner)
        });
        assert!(mexico_owns_children);
    }

    #[test]
    fn inconsistencies_are_reported_with_their_path() {
        let mut data: serde_json::Value = serde_json::from_str(GFMD2010).unwrap();
        data["projects"][0]["partners"][0]["organisation"] = "org:NOPE".into();
        data["engagements"][0]["organisation"] = "XX".into();
        let err = DemoData::parse(&data.to_string()).unwrap_err().to_string();
        assert!(
            err.contains("projects[0].partners[0].organisation"),
            "{err}"
        );
        assert!(err.contains("engagements[0].organisation"), "{err}");
    }

    #[test]
    fn unknown_codes_are_refused() {
        let mut data: serde_json::Value = serde_json::from_str(GFMD2010).unwrap();
        data["projects"][0]["stage"] = "planning".into();
        assert!(DemoData::parse(&data.to_string()).is_err());
    }
}
