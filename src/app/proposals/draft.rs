//! Drafting a proposal: creating it as a draft of the proposer's government, editing it,
//! submitting it for review (reviewers hear of it) and withdrawing it.

use crate::db::models::NewProject;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{
    organisations, project_countries, project_needs, project_outcomes, project_proposals,
    project_regions, project_themes, projects, stage_changes,
};
use crate::db::{DbConn, DbError};
use crate::domain::proposal::Proposal;
use crate::domain::{PartnerRole, PublicationState};
use crate::events::{Event, EventKind, emit};
use chrono::NaiveDateTime;
use diesel::prelude::*;

fn search_text(p: &Proposal) -> String {
    crate::text::search_text([
        p.title.as_str(),
        p.summary.as_str(),
        p.objectives.as_str(),
        p.expected_results.as_str(),
    ])
}

/// Replaces the lists of a project (themes, places, needs, outcomes) by the proposal's.
fn replace_lists(
    conn: &mut DbConn,
    id: i32,
    p: &Proposal,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::delete(project_themes::table.filter(project_themes::project_id.eq(id)))
        .execute(conn)?;
    for t in &p.themes {
        diesel::insert_into(project_themes::table)
            .values((
                project_themes::project_id.eq(id),
                project_themes::theme_code.eq(t.code()),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_countries::table.filter(project_countries::project_id.eq(id)))
        .execute(conn)?;
    for c in &p.countries {
        diesel::insert_into(project_countries::table)
            .values((
                project_countries::project_id.eq(id),
                project_countries::country_code.eq(c.as_str()),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_regions::table.filter(project_regions::project_id.eq(id)))
        .execute(conn)?;
    for r in &p.regions {
        diesel::insert_into(project_regions::table)
            .values((
                project_regions::project_id.eq(id),
                project_regions::region_code.eq(r.code()),
            ))
            .execute(conn)?;
    }
    // A need kept as it was keeps its row, its date and who meets it; the others go and
    // new ones come.
    let mut existing: Vec<(i32, String, String)> = project_needs::table
        .filter(project_needs::project_id.eq(id))
        .select((
            project_needs::id,
            project_needs::kind,
            project_needs::description,
        ))
        .load(conn)?;
    let mut fresh = Vec::new();
    for (kind, description) in &p.needs {
        match existing
            .iter()
            .position(|(_, k, d)| k == kind.code() && d == description)
        {
            Some(i) => {
                existing.swap_remove(i);
            }
            None => fresh.push((kind, description)),
        }
    }
    let gone: Vec<i32> = existing
        .into_iter()
        .map(|(need_id, _, _)| need_id)
        .collect();
    diesel::delete(project_needs::table.filter(project_needs::id.eq_any(gone))).execute(conn)?;
    for (kind, description) in fresh {
        diesel::insert_into(project_needs::table)
            .values((
                project_needs::project_id.eq(id),
                project_needs::kind.eq(kind.code()),
                project_needs::description.eq(description),
                project_needs::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_outcomes::table.filter(project_outcomes::project_id.eq(id)))
        .execute(conn)?;
    for o in &p.outcomes {
        diesel::insert_into(project_outcomes::table)
            .values((
                project_outcomes::project_id.eq(id),
                project_outcomes::outcome_id.eq(*o),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Writes the proposal's own row (inserted the first time).
fn save_fields(
    conn: &mut DbConn,
    id: i32,
    p: &Proposal,
    proposed_by: Option<i32>,
) -> Result<(), DbError> {
    let budget = p.budget.map(|b| b.code());
    let updated = diesel::update(project_proposals::table.find(id))
        .set((
            project_proposals::expected_results.eq(&p.expected_results),
            project_proposals::starts_on.eq(p.starts_on),
            project_proposals::ends_on.eq(p.ends_on),
            project_proposals::budget.eq(budget),
            project_proposals::contact_name.eq(&p.contact_name),
            project_proposals::contact_email.eq(&p.contact_email),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(project_proposals::table)
            .values((
                project_proposals::project_id.eq(id),
                project_proposals::expected_results.eq(&p.expected_results),
                project_proposals::starts_on.eq(p.starts_on),
                project_proposals::ends_on.eq(p.ends_on),
                project_proposals::budget.eq(budget),
                project_proposals::contact_name.eq(&p.contact_name),
                project_proposals::contact_email.eq(&p.contact_email),
                project_proposals::proposed_by.eq(proposed_by),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Who proposes: a delegate and the government they act for.
#[derive(Debug, Clone)]
pub struct Proposer {
    /// Person id.
    pub person_id: i32,
    /// Their organisation (the government for a delegate).
    pub organisation_id: i32,
}

/// Stores a new proposal as a draft owned by the actor's government; returns its id.
pub fn create(
    conn: &mut DbConn,
    p: &Proposal,
    actor: &Proposer,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    let id: i32 = diesel::insert_into(projects::table)
        .values(&NewProject {
            code: None,
            title: &p.title,
            summary: &p.summary,
            objectives: &p.objectives,
            origin: "",
            lang: p.lang.code(),
            status: PublicationState::Draft.code(),
            stage: p.stage.code(),
            search_text: search_text(p),
            created_at: now,
            updated_at: now,
        })
        .returning(projects::id)
        .get_result(conn)?;
    replace_lists(conn, id, p, now)?;
    save_fields(conn, id, p, Some(actor.person_id))?;
    let author: String = organisations::table
        .find(actor.organisation_id)
        .select(organisations::name)
        .first(conn)?;
    // A project enters at any stage: its timeline starts there, on the day it is proposed.
    diesel::insert_into(stage_changes::table)
        .values((
            stage_changes::project_id.eq(id),
            stage_changes::stage.eq(p.stage.code()),
            stage_changes::changed_on.eq(now.date()),
            stage_changes::note.eq(""),
            stage_changes::author.eq(&author),
            stage_changes::created_at.eq(now),
        ))
        .execute(conn)?;
    crate::app::partners::add(
        conn,
        id,
        actor.organisation_id,
        PartnerRole::Owner,
        Some(actor.person_id),
        now,
    )?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.person_id),
            action: "project.proposed",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: &p.title,
            public: false,
        },
        now,
    )?;
    Ok(id)
}

/// Saves the owners' changes to a proposal. The stage changes here only while the
/// project is a draft (afterwards stages move with dated notes, on their own page).
pub fn update(
    conn: &mut DbConn,
    id: i32,
    p: &Proposal,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let (before, status): (String, String) = projects::table
        .find(id)
        .select((projects::title, projects::status))
        .first(conn)?;
    let draft = status == PublicationState::Draft.code();
    diesel::update(projects::table.find(id))
        .set((
            projects::title.eq(&p.title),
            projects::summary.eq(&p.summary),
            projects::objectives.eq(&p.objectives),
            projects::lang.eq(p.lang.code()),
            projects::search_text.eq(search_text(p)),
            projects::updated_at.eq(now),
        ))
        .execute(conn)?;
    if draft {
        diesel::update(projects::table.find(id))
            .set(projects::stage.eq(p.stage.code()))
            .execute(conn)?;
        diesel::update(stage_changes::table.filter(stage_changes::project_id.eq(id)))
            .set(stage_changes::stage.eq(p.stage.code()))
            .execute(conn)?;
    }
    replace_lists(conn, id, p, now)?;
    save_fields(conn, id, p, None)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: "project.edited",
            subject_type: "project",
            subject_id: Some(id),
            before: &before,
            after: &p.title,
            public: false,
        },
        now,
    )
}

pub(crate) fn set_status(
    conn: &mut DbConn,
    id: i32,
    status: PublicationState,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(projects::table.find(id))
        .set((
            projects::status.eq(status.code()),
            projects::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sends project `id` to review: public history entry and a `ProjectSubmitted` event.
pub fn submit(
    conn: &mut DbConn,
    id: i32,
    actor: &Proposer,
    title: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    set_status(conn, id, PublicationState::Submitted, now)?;
    let updated = diesel::update(project_proposals::table.find(id))
        .set(project_proposals::submitted_at.eq(Some(now)))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(project_proposals::table)
            .values((
                project_proposals::project_id.eq(id),
                project_proposals::submitted_at.eq(Some(now)),
            ))
            .execute(conn)?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.person_id),
            action: "project.submitted",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: "",
            public: true,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::ProjectSubmitted,
            actor_id: Some(actor.person_id),
            project_id: Some(id),
            organisation_id: Some(actor.organisation_id),
            subject_id: None,
            summary: title,
        },
        now,
    )?;
    Ok(())
}

/// Withdraws project `id` (public history entry).
pub fn withdraw(
    conn: &mut DbConn,
    id: i32,
    actor_id: i32,
    before: PublicationState,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    set_status(conn, id, PublicationState::Withdrawn, now)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: "project.withdrawn",
            subject_type: "project",
            subject_id: Some(id),
            before: before.code(),
            after: PublicationState::Withdrawn.code(),
            public: true,
        },
        now,
    )
}
