//! Writing a checked import file in the caller's transaction: an organisation or project
//! whose code is known is updated (its profile, or its themes, countries, needs, owners
//! and partners replaced), a new one inserted; an engagement already recorded is skipped.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::parse::ImportFile;
use super::records::ImportOrganisation;
use crate::db::models::{NewOrganisation, NewProject};
use crate::db::queries::profiles;
use crate::db::queries::seed::{self, EngagementRecord, ProjectParts};
use crate::db::schema::{
    engagements, organisations, project_countries, project_needs, project_partners, project_themes,
    projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::{CountryCode, PartnerRole, Region};

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportReport {
    /// Organisations added.
    pub organisations_added: usize,
    /// Organisations updated.
    pub organisations_updated: usize,
    /// Projects added.
    pub projects_added: usize,
    /// Projects updated.
    pub projects_updated: usize,
    /// Engagements added.
    pub engagements_added: usize,
    /// Engagements already recorded.
    pub engagements_skipped: usize,
    /// Contact points added (those already known at their address are kept as they are).
    pub contacts_added: usize,
}

fn search_text(o: &ImportOrganisation) -> String {
    crate::text::search_text([
        o.name.as_str(),
        o.acronym.as_deref().unwrap_or(""),
        o.description.as_str(),
    ])
}

/// Writes a checked file (run inside one transaction).
pub fn write(
    conn: &mut DbConn,
    file: &ImportFile,
    now: NaiveDateTime,
) -> Result<ImportReport, DbError> {
    let mut report = ImportReport::default();
    let mut ids: HashMap<String, i32> = organisations::table
        .select((organisations::code, organisations::id))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .collect();
    for o in &file.organisations {
        let id = match ids.get(&o.code) {
            Some(&id) => {
                diesel::update(organisations::table.find(id))
                    .set((
                        organisations::name.eq(&o.name),
                        organisations::acronym.eq(o.acronym.as_deref()),
                        organisations::kind.eq(o.kind.code()),
                        organisations::country_code.eq(o.country.as_ref().map(CountryCode::as_str)),
                        organisations::region.eq(o.region.map(Region::code)),
                        organisations::description.eq(&o.description),
                        organisations::website.eq(o.website.as_deref()),
                        organisations::lang.eq(o.lang.code()),
                        organisations::search_text.eq(search_text(o)),
                        organisations::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                report.organisations_updated += 1;
                id
            }
            None => {
                let id = seed::insert_organisation(
                    conn,
                    &NewOrganisation {
                        code: &o.code,
                        name: &o.name,
                        acronym: o.acronym.as_deref(),
                        kind: o.kind.code(),
                        country_code: o.country.as_ref().map(CountryCode::as_str),
                        region: o.region.map(Region::code),
                        subregion: None,
                        description: &o.description,
                        website: o.website.as_deref(),
                        lang: o.lang.code(),
                        search_text: search_text(o),
                        created_at: now,
                        updated_at: now,
                    },
                )?;
                ids.insert(o.code.clone(), id);
                report.organisations_added += 1;
                id
            }
        };
        // Contacts are people of the platform, not part of the file: keep them.
        let mut profile = o.profile.clone();
        profile.contacts = profiles::load(conn, id)?.contacts;
        profiles::replace(conn, id, &profile)?;
        for c in &o.contacts {
            if !crate::db::queries::contacts::exists(conn, id, c.email.as_str())? {
                crate::db::queries::contacts::insert(conn, id, c, None, now)?;
                report.contacts_added += 1;
            }
        }
    }
    let project_ids: HashMap<String, (i32, String)> = projects::table
        .filter(projects::code.is_not_null())
        .select((
            projects::code.assume_not_null(),
            projects::id,
            projects::stage,
        ))
        .load::<(String, i32, String)>(conn)?
        .into_iter()
        .map(|(c, id, stage)| (c, (id, stage)))
        .collect();
    for p in &file.projects {
        let search =
            crate::text::search_text([p.title.as_str(), p.summary.as_str(), p.objectives.as_str()]);
        let mut partners: Vec<(i32, &str)> = p
            .owners
            .iter()
            .map(|o| (ids[o.as_str()], PartnerRole::Owner.code()))
            .collect();
        partners.extend(p.partners.iter().map(|(o, r)| (ids[o.as_str()], r.code())));
        partners.sort_unstable();
        partners.dedup();
        let mut themes: Vec<&str> = p.themes.iter().map(|t| t.code()).collect();
        themes.sort_unstable();
        themes.dedup();
        let mut countries: Vec<&str> = p.countries.iter().map(CountryCode::as_str).collect();
        countries.sort_unstable();
        countries.dedup();
        let stage_note = (p.stage.code(), now.date(), "Imported", "pfp import");
        match project_ids.get(&p.code) {
            Some((id, old_stage)) => {
                let id = *id;
                diesel::update(projects::table.find(id))
                    .set((
                        projects::title.eq(&p.title),
                        projects::summary.eq(&p.summary),
                        projects::objectives.eq(&p.objectives),
                        projects::lang.eq(p.lang.code()),
                        projects::status.eq(p.status.code()),
                        projects::stage.eq(p.stage.code()),
                        projects::search_text.eq(&search),
                        projects::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                diesel::delete(project_themes::table.filter(project_themes::project_id.eq(id)))
                    .execute(conn)?;
                diesel::delete(
                    project_countries::table.filter(project_countries::project_id.eq(id)),
                )
                .execute(conn)?;
                diesel::delete(project_needs::table.filter(project_needs::project_id.eq(id)))
                    .execute(conn)?;
                diesel::delete(project_partners::table.filter(project_partners::project_id.eq(id)))
                    .execute(conn)?;
                let stages = if old_stage != p.stage.code() {
                    vec![stage_note]
                } else {
                    Vec::new()
                };
                seed::insert_parts(
                    conn,
                    id,
                    &ProjectParts {
                        themes,
                        countries,
                        needs: p
                            .needs
                            .iter()
                            .map(|(k, d)| (k.code(), d.as_str()))
                            .collect(),
                        partners,
                        outcomes: Vec::new(),
                        stages,
                    },
                    now,
                )?;
                report.projects_updated += 1;
            }
            None => {
                seed::insert_project(
                    conn,
                    &NewProject {
                        code: Some(&p.code),
                        title: &p.title,
                        summary: &p.summary,
                        objectives: &p.objectives,
                        origin: "",
                        lang: p.lang.code(),
                        status: p.status.code(),
                        stage: p.stage.code(),
                        search_text: search,
                        created_at: now,
                        updated_at: now,
                    },
                    &ProjectParts {
                        themes,
                        countries,
                        needs: p
                            .needs
                            .iter()
                            .map(|(k, d)| (k.code(), d.as_str()))
                            .collect(),
                        partners,
                        outcomes: Vec::new(),
                        stages: vec![stage_note],
                    },
                )?;
                report.projects_added += 1;
            }
        }
    }
    for e in &file.engagements {
        let organisation_id = ids[e.organisation.as_str()];
        let mut query = engagements::table
            .filter(engagements::organisation_id.eq(organisation_id))
            .filter(engagements::kind.eq(e.kind.code()))
            .filter(engagements::description.eq(&e.description))
            .into_boxed();
        query = match &e.session {
            Some(s) => query.filter(engagements::session.eq(s)),
            None => query.filter(engagements::session.is_null()),
        };
        let already: i64 = query.count().get_result(conn)?;
        if already > 0 {
            report.engagements_skipped += 1;
            continue;
        }
        seed::insert_engagement(
            conn,
            &EngagementRecord {
                organisation_id,
                kind: e.kind.code(),
                session: e.session.as_deref(),
                description: &e.description,
                amount: e.amount,
                currency: e.currency.as_deref(),
            },
            now,
        )?;
        report.engagements_added += 1;
    }
    Ok(report)
}
