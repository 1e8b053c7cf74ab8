//! Writing whole records at once: used by the demo loader, the benchmark generator and,
//! later, the importer. Callers run these inside one transaction.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::models::{NewOrganisation, NewProject};
use crate::db::schema::{
    engagements, gfmd_outcomes, organisations, project_countries, project_needs, project_outcomes,
    project_partners, project_themes, projects, stage_changes,
};
use crate::db::{DbConn, DbError};

/// Inserts an organisation and returns its id.
pub fn insert_organisation(conn: &mut DbConn, org: &NewOrganisation<'_>) -> Result<i32, DbError> {
    Ok(diesel::insert_into(organisations::table)
        .values(org)
        .returning(organisations::id)
        .get_result(conn)?)
}

/// A GFMD outcome to insert.
pub struct OutcomeRecord<'a> {
    /// Stable code.
    pub code: &'a str,
    /// Session.
    pub session: &'a str,
    /// Session title.
    pub session_title: &'a str,
    /// Theme code.
    pub theme: &'a str,
    /// Order in the session.
    pub position: i32,
    /// The text.
    pub text: &'a str,
}

/// Inserts a GFMD outcome and returns its id.
pub fn insert_outcome(conn: &mut DbConn, o: &OutcomeRecord<'_>) -> Result<i32, DbError> {
    Ok(diesel::insert_into(gfmd_outcomes::table)
        .values((
            gfmd_outcomes::code.eq(o.code),
            gfmd_outcomes::session.eq(o.session),
            gfmd_outcomes::session_title.eq(o.session_title),
            gfmd_outcomes::theme_code.eq(o.theme),
            gfmd_outcomes::position.eq(o.position),
            gfmd_outcomes::text.eq(o.text),
            gfmd_outcomes::lang.eq("en"),
        ))
        .returning(gfmd_outcomes::id)
        .get_result(conn)?)
}

/// An engagement to insert.
pub struct EngagementRecord<'a> {
    /// Organisation id.
    pub organisation_id: i32,
    /// Kind code.
    pub kind: &'a str,
    /// Session, if any.
    pub session: Option<&'a str>,
    /// What it was.
    pub description: &'a str,
    /// Amount.
    pub amount: Option<i64>,
    /// Currency.
    pub currency: Option<&'a str>,
}

/// Inserts an engagement.
pub fn insert_engagement(
    conn: &mut DbConn,
    e: &EngagementRecord<'_>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(engagements::table)
        .values((
            engagements::organisation_id.eq(e.organisation_id),
            engagements::kind.eq(e.kind),
            engagements::session.eq(e.session),
            engagements::description.eq(e.description),
            engagements::amount.eq(e.amount),
            engagements::currency.eq(e.currency),
            engagements::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The parts of a project beside its row.
#[derive(Default)]
pub struct ProjectParts<'a> {
    /// Theme codes.
    pub themes: Vec<&'a str>,
    /// Country codes.
    pub countries: Vec<&'a str>,
    /// (kind, description).
    pub needs: Vec<(&'a str, &'a str)>,
    /// (organisation id, role code).
    pub partners: Vec<(i32, &'a str)>,
    /// Outcome ids.
    pub outcomes: Vec<i32>,
    /// (stage, date, note, author).
    pub stages: Vec<(&'a str, NaiveDate, &'a str, &'a str)>,
}

/// Inserts a project with its parts and returns its id.
pub fn insert_project(
    conn: &mut DbConn,
    p: &NewProject<'_>,
    parts: &ProjectParts<'_>,
) -> Result<i32, DbError> {
    let id: i32 = diesel::insert_into(projects::table)
        .values(p)
        .returning(projects::id)
        .get_result(conn)?;
    insert_parts(conn, id, parts, p.created_at)?;
    Ok(id)
}

/// Inserts the parts of project `id` (themes, countries, needs, partners, outcomes,
/// stage changes), dated `now`.
pub fn insert_parts(
    conn: &mut DbConn,
    id: i32,
    parts: &ProjectParts<'_>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    for theme in &parts.themes {
        diesel::insert_into(project_themes::table)
            .values((
                project_themes::project_id.eq(id),
                project_themes::theme_code.eq(*theme),
            ))
            .execute(conn)?;
    }
    for country in &parts.countries {
        diesel::insert_into(project_countries::table)
            .values((
                project_countries::project_id.eq(id),
                project_countries::country_code.eq(*country),
            ))
            .execute(conn)?;
    }
    for (kind, description) in &parts.needs {
        diesel::insert_into(project_needs::table)
            .values((
                project_needs::project_id.eq(id),
                project_needs::kind.eq(*kind),
                project_needs::description.eq(*description),
                project_needs::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    for (organisation_id, role) in &parts.partners {
        diesel::insert_into(project_partners::table)
            .values((
                project_partners::project_id.eq(id),
                project_partners::organisation_id.eq(*organisation_id),
                project_partners::role.eq(*role),
                project_partners::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    for outcome_id in &parts.outcomes {
        diesel::insert_into(project_outcomes::table)
            .values((
                project_outcomes::project_id.eq(id),
                project_outcomes::outcome_id.eq(*outcome_id),
            ))
            .execute(conn)?;
    }
    for (stage, date, note, author) in &parts.stages {
        diesel::insert_into(stage_changes::table)
            .values((
                stage_changes::project_id.eq(id),
                stage_changes::stage.eq(*stage),
                stage_changes::changed_on.eq(*date),
                stage_changes::note.eq(*note),
                stage_changes::author.eq(*author),
                stage_changes::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Removes every organisation, project and outcome (for `pfp seed demo --force`).
pub fn clear_content(conn: &mut DbConn) -> Result<(), DbError> {
    diesel::delete(project_outcomes::table).execute(conn)?;
    diesel::delete(stage_changes::table).execute(conn)?;
    diesel::delete(project_partners::table).execute(conn)?;
    diesel::delete(project_needs::table).execute(conn)?;
    diesel::delete(project_countries::table).execute(conn)?;
    diesel::delete(project_themes::table).execute(conn)?;
    diesel::delete(projects::table).execute(conn)?;
    diesel::delete(engagements::table).execute(conn)?;
    diesel::delete(gfmd_outcomes::table).execute(conn)?;
    diesel::delete(organisations::table).execute(conn)?;
    Ok(())
}
