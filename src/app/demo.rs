//! The demo data: the GFMD 2010 meeting (organisations, roundtable recommendations,
//! engagements, the three pilot projects), transcribed into `config/demo/gfmd2010.json`
//! and compiled into the binary; and a generator of synthetic projects for benchmarks.
//!
//! The file is validated into domain types before anything is written, and loaded in one
//! transaction: a bad file loads nothing and reports every problem with its path.
//!
//! Organisations get first matching profiles derived from the data (contributions →
//! funding or in-kind offers, roundtable teams → thematic interests, mandates of
//! international organisations → offers and themes): the rules are written out on
//! [`DemoData::derived_profiles`].

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
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
pub const GFMD2010: &str = include_str!("../../config/demo/gfmd2010.json");

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
    pub fn load(&self, conn: &mut DbConn, now: NaiveDateTime) -> Result<LoadReport, DemoError> {
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
        for (code, profile) in self.derived_profiles(None) {
            crate::db::queries::profiles::replace(conn, org_ids[code.as_str()], &profile)?;
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
pub fn ensure_demo_accounts(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    use crate::db::queries::people::{self, NewPerson};
    use crate::db::schema::organisations;
    use diesel::prelude::*;

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

/// Mandates of the international organisations, regional processes, and the civil
/// society, academic and private bodies of the GFMD 2010 data, as first profiles: (code,
/// offers, themes, regions of interest).
/// Our own summary of each body's public mandate.
/// (organisation code, offers, themes, regions of interest).
type Mandate = (
    &'static str,
    &'static [NeedKind],
    &'static [Theme],
    &'static [Region],
);

const MANDATES: &[Mandate] = {
    use NeedKind::*;
    use Region::*;
    use Theme::*;
    &[
        (
            "org:IOM",
            &[
                Implementation,
                TechnicalExpertise,
                Training,
                DataResearch,
                Logistics,
            ],
            &[
                RegularMigrationPartnerships,
                IrregularMigration,
                MigrationProfiles,
                DiasporaEngagement,
                ReturnReintegration,
                Trafficking,
                LabourMobility,
                Health,
            ],
            &[],
        ),
        ("org:UN", &[PoliticalSupport], &[PolicyCoherenceData], &[]),
        (
            "org:OHCHR",
            &[TechnicalExpertise, Training],
            &[ProtectionEmpowerment, Trafficking],
            &[],
        ),
        (
            "org:GMG",
            &[KnowledgeSharing, DataResearch],
            &[PolicyCoherenceData, MigrationProfiles],
            &[],
        ),
        (
            "org:UNHCR",
            &[Implementation, TechnicalExpertise],
            &[ProtectionEmpowerment, IrregularMigration],
            &[],
        ),
        (
            "org:UNICEF",
            &[Implementation, TechnicalExpertise, Funding],
            &[Children, ProtectionEmpowerment, GenderFamily],
            &[],
        ),
        (
            "org:ILO",
            &[TechnicalExpertise, Training, DataResearch],
            &[LabourMobility, SocialProtection, CostsOfMigration],
            &[],
        ),
        ("org:WHO", &[TechnicalExpertise], &[Health], &[]),
        (
            "org:IFAD",
            &[Funding],
            &[Remittances, CostsOfMigration],
            &[],
        ),
        (
            "org:UNIFEM",
            &[TechnicalExpertise, Funding],
            &[GenderFamily],
            &[],
        ),
        (
            "org:UNWOMEN",
            &[TechnicalExpertise, Funding],
            &[GenderFamily, ProtectionEmpowerment],
            &[],
        ),
        (
            "org:OECD",
            &[DataResearch, KnowledgeSharing],
            &[ImpactAssessment, PolicyCoherenceData, LabourMobility],
            &[],
        ),
        ("org:UNOG", &[Logistics], &[], &[]),
        (
            "org:CELADE",
            &[DataResearch],
            &[MigrationProfiles, ImpactAssessment],
            &[Americas],
        ),
        ("org:UNFCCC", &[KnowledgeSharing], &[ClimateChange], &[]),
        (
            "org:EC",
            &[Funding, PoliticalSupport],
            &[RegularMigrationPartnerships, PolicyCoherenceData],
            &[Europe, Africa],
        ),
        (
            "org:EU",
            &[Funding, PoliticalSupport],
            &[RegularMigrationPartnerships, IrregularMigration],
            &[Europe],
        ),
        (
            "org:JMDI",
            &[Funding, KnowledgeSharing],
            &[DiasporaEngagement, PolicyCoherenceData],
            &[],
        ),
        (
            "org:ICMPD",
            &[TechnicalExpertise, Training, DataResearch],
            &[IrregularMigration, RegionalProcesses, MigrationProfiles],
            &[Europe],
        ),
        (
            "org:ACP-OBS",
            &[DataResearch],
            &[ImpactAssessment, MigrationProfiles],
            &[Africa, Americas, Oceania],
        ),
        (
            "org:MERCOSUR",
            &[PoliticalSupport],
            &[RegionalProcesses, LabourMobility],
            &[Americas],
        ),
        (
            "rp:PUEBLA",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas],
        ),
        (
            "rp:SACM",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas],
        ),
        (
            "rp:IBERO",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas, Europe],
        ),
        (
            "rp:FIBEMYD",
            &[KnowledgeSharing],
            &[RegionalProcesses],
            &[Americas, Europe],
        ),
        (
            "rp:CA-CONF",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas],
        ),
        (
            "cs:SCF",
            &[Implementation, Training],
            &[Children, ProtectionEmpowerment],
            &[],
        ),
        (
            "cs:ICMC",
            &[Implementation, KnowledgeSharing],
            &[ProtectionEmpowerment, LabourMobility],
            &[],
        ),
        (
            "cs:AI-MX",
            &[KnowledgeSharing],
            &[ProtectionEmpowerment],
            &[Americas],
        ),
        (
            "cs:NNIRR",
            &[KnowledgeSharing],
            &[ProtectionEmpowerment],
            &[Americas],
        ),
        ("cs:AMUCSS", &[Implementation], &[Remittances], &[Americas]),
        (
            "ac:MPI",
            &[DataResearch, KnowledgeSharing],
            &[PolicyCoherenceData, DiasporaEngagement],
            &[],
        ),
        ("ac:UAZ", &[DataResearch], &[ImpactAssessment], &[Americas]),
        ("ps:BBVA", &[Funding], &[Remittances], &[]),
        ("ps:HSBC", &[Funding], &[Remittances], &[]),
        ("ps:MICROSOFT", &[TechnicalExpertise, InKind], &[], &[]),
        ("ps:SKYPE", &[TechnicalExpertise, InKind], &[], &[]),
        (
            "ps:UNIVISION",
            &[KnowledgeSharing],
            &[DiasporaEngagement],
            &[Americas],
        ),
    ]
};

/// Official languages of the platform (other than English) by country.
const COUNTRY_LANGUAGES: &[(Language, &[&str])] = &[
    (
        Language::Es,
        &[
            "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI",
            "PA", "PE", "PY", "SV", "UY", "VE",
        ],
    ),
    (
        Language::Fr,
        &[
            "BE", "BF", "BI", "BJ", "CA", "CD", "CF", "CG", "CH", "CI", "CM", "DJ", "FR", "GA",
            "GN", "HT", "KM", "LU", "MC", "MG", "ML", "NE", "RW", "SC", "SN", "TD", "TG", "VU",
        ],
    ),
    (
        Language::Ar,
        &[
            "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
            "SA", "SD", "SY", "TN", "YE",
        ],
    ),
    (Language::Ru, &["BY", "KG", "KZ", "RU"]),
    (Language::Zh, &["CN", "HK", "MO", "SG", "TW"]),
];

/// A GFMD 2010 roundtable session: its topic, and who sat on its team (for the offline
/// evaluation of matching).
#[derive(Debug, Clone)]
pub struct Roundtable {
    /// Session number, e.g. "2.1".
    pub session: String,
    /// Its title.
    pub title: String,
    /// Its theme.
    pub theme: Theme,
    /// Its recommendations, one text.
    pub recommendations: String,
    /// Indexes (in `organisations` order, from 1) of the team and co-chairs.
    pub members: Vec<i32>,
}

impl DemoData {
    /// First profiles derived from the GFMD 2010 data, by organisation code. The rules:
    ///
    /// 1. A **financial contribution** is a `funding` offer described by what it paid for
    ///    ("Costs of participants from developing countries").
    /// 2. An **in-kind contribution** is an `in_kind` offer, plus `logistics` when it
    ///    provided venues or logistics, `technical_expertise` when technical assistance,
    ///    `data_research` when research.
    /// 3. A **roundtable team seat or co-chair** makes the session's theme a thematic
    ///    interest, and a `knowledge_sharing` offer: the experience of that roundtable.
    /// 4. **International organisations, regional processes** and a few private bodies:
    ///    offers, themes and regions from their mandate ([`MANDATES`]).
    /// 5. **Academia** offers `data_research`, a **foundation** `funding`, when nothing
    ///    above says so already.
    /// 6. **Languages**: English (the GFMD's working language) and the platform
    ///    languages official in the organisation's country ([`COUNTRY_LANGUAGES`]).
    /// 7. **Countries of interest**: the countries of the projects it partners in, other
    ///    than its own.
    ///
    /// `hidden_session` leaves out the team seats of that roundtable (the evaluation
    /// hides them and tries to find them again).
    pub fn derived_profiles(
        &self,
        hidden_session: Option<&str>,
    ) -> Vec<(String, crate::db::queries::profiles::Profile)> {
        use crate::db::queries::profiles::Profile;
        let session_theme: HashMap<&str, (Theme, &str)> = self
            .outcomes
            .iter()
            .map(|o| (o.session.as_str(), (o.theme, o.session_title.as_str())))
            .collect();
        let mut out = Vec::with_capacity(self.organisations.len());
        for o in &self.organisations {
            let mut p = Profile::default();
            let offer = |p: &mut Profile, kind: NeedKind, text: String| {
                if !p.offers.iter().any(|(k, t)| *k == kind && *t == text) {
                    p.offers.push((kind, text));
                }
            };
            for e in self.engagements.iter().filter(|e| e.organisation == o.code) {
                match e.kind {
                    EngagementKind::Contribution => {
                        let (kind, what) = match e.description.split_once(": ") {
                            Some((head, what)) if head.starts_with("In-kind") => {
                                (NeedKind::InKind, what)
                            }
                            Some((_, what)) => (NeedKind::Funding, what),
                            None => (NeedKind::Funding, e.description.as_str()),
                        };
                        offer(&mut p, kind, what.to_owned());
                        if kind == NeedKind::InKind {
                            let lower = what.to_lowercase();
                            for (word, extra) in [
                                ("venue", NeedKind::Logistics),
                                ("logistic", NeedKind::Logistics),
                                ("technical", NeedKind::TechnicalExpertise),
                                ("research", NeedKind::DataResearch),
                            ] {
                                if lower.contains(word) {
                                    offer(&mut p, extra, what.to_owned());
                                }
                            }
                        }
                    }
                    EngagementKind::RoundtableTeam | EngagementKind::RoundtableCoChair => {
                        let Some(session) = e.session.as_deref() else {
                            continue;
                        };
                        if Some(session) == hidden_session {
                            continue;
                        }
                        if let Some((theme, title)) = session_theme.get(session) {
                            p.themes.push(*theme);
                            offer(
                                &mut p,
                                NeedKind::KnowledgeSharing,
                                format!("GFMD 2010 roundtable {session}: {title}"),
                            );
                        }
                    }
                }
            }
            if let Some((_, offers, themes, regions)) =
                MANDATES.iter().find(|(code, ..)| *code == o.code)
            {
                for kind in *offers {
                    if !p.offers.iter().any(|(k, _)| k == kind) {
                        p.offers.push((*kind, String::new()));
                    }
                }
                p.themes.extend_from_slice(themes);
                p.regions.extend_from_slice(regions);
            }
            let default_offer = match o.kind {
                OrganisationKind::Academia => Some(NeedKind::DataResearch),
                OrganisationKind::Foundation => Some(NeedKind::Funding),
                _ => None,
            };
            if let Some(kind) = default_offer
                && !p.offers.iter().any(|(k, _)| *k == kind)
            {
                p.offers.push((kind, String::new()));
            }
            p.languages.push(Language::En);
            if let Some(country) = &o.country {
                for (lang, countries) in COUNTRY_LANGUAGES {
                    if countries.contains(&country.as_str()) {
                        p.languages.push(*lang);
                    }
                }
            }
            for project in &self.projects {
                if project.partners.iter().any(|x| x.organisation == o.code) {
                    p.countries.extend(
                        project
                            .countries
                            .iter()
                            .filter(|c| Some(**c) != o.country)
                            .copied(),
                    );
                }
            }
            p.themes.sort();
            p.themes.dedup();
            p.regions.sort();
            p.regions.dedup();
            p.countries.sort();
            p.countries.dedup();
            out.push((o.code.clone(), p));
        }
        out
    }

    /// The organisations as matching profiles, with ids 1, 2, … in file order, derived
    /// as [`DemoData::derived_profiles`] says; engagements count contributions, team
    /// seats (except those of `hidden_session`) and partnerships.
    pub fn matching_profiles(
        &self,
        hidden_session: Option<&str>,
    ) -> Vec<crate::matching::OrgProfile> {
        use crate::matching::{LangText, Offer, OrgProfile};
        let profiles = self.derived_profiles(hidden_session);
        self.organisations
            .iter()
            .zip(profiles)
            .enumerate()
            .map(|(i, (o, (_, p)))| {
                let engagements = self
                    .engagements
                    .iter()
                    .filter(|e| e.organisation == o.code)
                    .filter(|e| hidden_session.is_none() || e.session.as_deref() != hidden_session)
                    .count()
                    + self
                        .projects
                        .iter()
                        .filter(|x| x.partners.iter().any(|y| y.organisation == o.code))
                        .count();
                OrgProfile {
                    id: i32::try_from(i + 1).unwrap_or(i32::MAX),
                    kind: o.kind,
                    country: o.country,
                    region: o.region,
                    offers: p
                        .offers
                        .into_iter()
                        .map(|(kind, text)| Offer { kind, text })
                        .collect(),
                    themes: p.themes,
                    regions_of_interest: p.regions,
                    countries_of_interest: p.countries,
                    languages: p.languages,
                    profile_text: LangText::new(o.description.clone(), Language::En),
                    past_projects: self
                        .projects
                        .iter()
                        .filter(|x| x.partners.iter().any(|y| y.organisation == o.code))
                        .map(|x| LangText::new(format!("{}\n{}", x.title, x.summary), x.lang))
                        .collect(),
                    engagements: u32::try_from(engagements).unwrap_or(u32::MAX),
                }
            })
            .collect()
    }

    /// The seven roundtable sessions with their teams (ids as in
    /// [`DemoData::matching_profiles`]), in session order.
    pub fn roundtables(&self) -> Vec<Roundtable> {
        let mut sessions: Vec<Roundtable> = Vec::new();
        for o in &self.outcomes {
            match sessions.iter_mut().find(|s| s.session == o.session) {
                Some(s) => {
                    s.recommendations.push('\n');
                    s.recommendations.push_str(&o.text);
                }
                None => sessions.push(Roundtable {
                    session: o.session.clone(),
                    title: o.session_title.clone(),
                    theme: o.theme,
                    recommendations: o.text.clone(),
                    members: Vec::new(),
                }),
            }
        }
        for e in &self.engagements {
            let Some(session) = e.session.as_deref() else {
                continue;
            };
            let Some(i) = self
                .organisations
                .iter()
                .position(|o| o.code == e.organisation)
            else {
                continue;
            };
            if let Some(s) = sessions.iter_mut().find(|s| s.session == session) {
                let id = i32::try_from(i + 1).unwrap_or(i32::MAX);
                if !s.members.contains(&id) {
                    s.members.push(id);
                }
            }
        }
        sessions.sort_by(|a, b| a.session.cmp(&b.session));
        sessions
    }
}

#[cfg(test)]
mod profile_tests {
    use super::*;

    #[test]
    fn profiles_follow_the_rules() {
        let data = DemoData::parse(GFMD2010).unwrap();
        let profiles: HashMap<String, _> = data.derived_profiles(None).into_iter().collect();
        let nl = &profiles["NL"];
        assert!(
            nl.offers
                .iter()
                .any(|(k, t)| *k == NeedKind::Funding && t == "Unearmarked")
        );
        assert!(nl.offers.iter().any(|(k, _)| *k == NeedKind::InKind));
        let ilo = &profiles["org:ILO"];
        assert!(ilo.offers.iter().any(|(k, _)| *k == NeedKind::Logistics));
        assert!(ilo.themes.contains(&Theme::LabourMobility));
        let mx = &profiles["MX"];
        assert!(mx.languages.contains(&Language::Es));
        assert!(mx.themes.contains(&Theme::GenderFamily), "co-chair of 2.2");
        let hidden: HashMap<String, _> = data.derived_profiles(Some("2.2")).into_iter().collect();
        assert!(!hidden["MX"].themes.contains(&Theme::GenderFamily));
    }

    #[test]
    fn roundtables_have_their_teams() {
        let data = DemoData::parse(GFMD2010).unwrap();
        let rts = data.roundtables();
        assert_eq!(rts.len(), 7);
        assert!(rts.iter().all(|r| r.members.len() >= 9));
        assert_eq!(data.matching_profiles(None).len(), data.organisations.len());
    }
}
