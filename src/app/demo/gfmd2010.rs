//! The GFMD 2010 demo file (`config/demo/gfmd2010.json`): its model, the checks that
//! report every inconsistency with its path, and loading it in one transaction.

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
pub const GFMD2010: &str = include_str!("../../../config/demo/gfmd2010.json");

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
    pub(super) code: String,
    pub(super) name: String,
    pub(super) acronym: Option<String>,
    pub(super) kind: OrganisationKind,
    pub(super) country: Option<CountryCode>,
    pub(super) region: Option<Region>,
    pub(super) subregion: Option<String>,
    pub(super) description: String,
    pub(super) website: Option<String>,
}

/// A GFMD outcome of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoOutcome {
    pub(super) code: String,
    pub(super) session: String,
    pub(super) session_title: String,
    pub(super) theme: Theme,
    pub(super) position: i32,
    pub(super) text: String,
}

/// An engagement of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoEngagement {
    pub(super) organisation: String,
    pub(super) kind: EngagementKind,
    pub(super) session: Option<String>,
    pub(super) description: String,
    pub(super) amount: Option<i64>,
    pub(super) currency: Option<String>,
}

/// A project of the demo file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoProject {
    pub(super) code: String,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) objectives: String,
    pub(super) origin: String,
    pub(super) lang: Language,
    pub(super) status: PublicationState,
    pub(super) stage: ProjectStage,
    pub(super) themes: Vec<Theme>,
    pub(super) countries: Vec<CountryCode>,
    pub(super) needs: Vec<DemoNeed>,
    pub(super) partners: Vec<DemoPartner>,
    pub(super) outcomes: Vec<String>,
    pub(super) stage_history: Vec<DemoStage>,
}

/// A need of a demo project.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoNeed {
    pub(super) kind: NeedKind,
    pub(super) description: String,
}

/// A partner of a demo project.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoPartner {
    pub(super) organisation: String,
    pub(super) role: PartnerRole,
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

impl From<diesel::result::Error> for DemoError {
    fn from(e: diesel::result::Error) -> Self {
        DemoError::Db(DbError::Query(e))
    }
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
        for (code, profile) in self.loaded_profiles() {
            crate::db::queries::profiles::replace(conn, org_ids[code.as_str()], &profile)?;
        }
        super::contacts::load_contacts(conn, &org_ids, now)?;
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
