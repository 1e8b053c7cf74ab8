//! A project's progress as its managers record it: stage changes, updates, milestones,
//! and the periodic "update overdue" notice. Each writes its rows, a public history
//! entry and (where people hear of it) an event, in the caller's transaction.

use crate::db::queries::people::{audit, entry};
use crate::db::queries::progress::Milestone;
use crate::db::schema::{milestones, overdue_notices, project_updates, projects, stage_changes};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::ProjectStage;
use crate::domain::text::excerpt;
use crate::events::{Event, EventKind, emit};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

/// Moves a project to `stage` on `on` with `note`: a timeline entry, the project's
/// current stage, a public history entry and a [`EventKind::StageChanged`] event.
pub fn change_stage(
    conn: &mut DbConn,
    project_id: i32,
    stage: ProjectStage,
    on: NaiveDate,
    note: &str,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(stage_changes::table)
        .values((
            stage_changes::project_id.eq(project_id),
            stage_changes::stage.eq(stage.code()),
            stage_changes::changed_on.eq(on),
            stage_changes::note.eq(note),
            stage_changes::author.eq(actor.label()),
            stage_changes::created_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(projects::table.find(project_id))
        .set((
            projects::stage.eq(stage.code()),
            projects::updated_at.eq(now),
        ))
        .execute(conn)?;
    audit(
        conn,
        &entry(
            actor,
            "project.stage_changed",
            ("project", project_id),
            "",
            true,
        ),
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::StageChanged,
            actor_id: Some(actor.id),
            project_id: Some(project_id),
            organisation_id: None,
            subject_id: None,
            summary: stage.code(),
        },
        now,
    )?;
    Ok(())
}

/// Posts a progress update dated `on`; returns its id. Public history entry and an
/// [`EventKind::UpdatePosted`] event.
pub fn post_update(
    conn: &mut DbConn,
    project_id: i32,
    body: &str,
    on: NaiveDate,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    let id = diesel::insert_into(project_updates::table)
        .values((
            project_updates::project_id.eq(project_id),
            project_updates::body.eq(body),
            project_updates::lang.eq(actor.lang.code()),
            project_updates::posted_on.eq(on),
            project_updates::author_id.eq(Some(actor.id)),
            project_updates::created_at.eq(now),
        ))
        .returning(project_updates::id)
        .get_result(conn)?;
    crate::db::queries::partners::touch(conn, project_id, now)?;
    audit(
        conn,
        &entry(
            actor,
            "project.update_posted",
            ("project", project_id),
            "",
            true,
        ),
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::UpdatePosted,
            actor_id: Some(actor.id),
            project_id: Some(project_id),
            organisation_id: None,
            subject_id: Some(id),
            summary: &excerpt(body, 280),
        },
        now,
    )?;
    Ok(id)
}

/// Adds a milestone due on `due_on`; returns its id. Public history entry.
pub fn add_milestone(
    conn: &mut DbConn,
    project_id: i32,
    title: &str,
    due_on: NaiveDate,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    let id = diesel::insert_into(milestones::table)
        .values((
            milestones::project_id.eq(project_id),
            milestones::title.eq(title),
            milestones::lang.eq(actor.lang.code()),
            milestones::due_on.eq(due_on),
            milestones::done_on.eq(None::<NaiveDate>),
            milestones::created_at.eq(now),
        ))
        .returning(milestones::id)
        .get_result(conn)?;
    crate::db::queries::partners::touch(conn, project_id, now)?;
    audit(
        conn,
        &entry(
            actor,
            "project.milestone_added",
            ("project", project_id),
            title,
            true,
        ),
        now,
    )?;
    Ok(id)
}

/// Marks a milestone of `project_id` reached on `on`. Returns `None` if the project has
/// no such milestone, `Some(false)` if it was already reached, `Some(true)` when marked
/// now (public history entry and an [`EventKind::MilestoneReached`] event).
pub fn mark_milestone_done(
    conn: &mut DbConn,
    project_id: i32,
    milestone_id: i32,
    on: NaiveDate,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<Option<bool>, DbError> {
    let Some(m) = milestones::table
        .filter(milestones::id.eq(milestone_id))
        .filter(milestones::project_id.eq(project_id))
        .select(Milestone::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    if m.done_on.is_some() {
        return Ok(Some(false));
    }
    // Only if still open: two managers marking it at once record (and announce) it once.
    let marked = diesel::update(
        milestones::table
            .find(milestone_id)
            .filter(milestones::done_on.is_null()),
    )
    .set(milestones::done_on.eq(Some(on)))
    .execute(conn)?;
    if marked == 0 {
        return Ok(Some(false));
    }
    crate::db::queries::partners::touch(conn, project_id, now)?;
    audit(
        conn,
        &entry(
            actor,
            "project.milestone_reached",
            ("project", project_id),
            &m.title,
            true,
        ),
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::MilestoneReached,
            actor_id: Some(actor.id),
            project_id: Some(project_id),
            organisation_id: None,
            subject_id: Some(milestone_id),
            summary: &excerpt(&m.title, 280),
        },
        now,
    )?;
    Ok(Some(true))
}

/// Records the `period`-th overdue notice of a project counted from `anchor_on` and emits
/// [`EventKind::UpdateOverdue`], unless it was recorded before (then `false`). Run in its
/// own transaction: two instances racing on PostgreSQL make one fail on the primary key,
/// and its event rolls back with it.
pub fn record_overdue(
    conn: &mut DbConn,
    project_id: i32,
    anchor_on: NaiveDate,
    period: i32,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let seen: i64 = overdue_notices::table
        .filter(overdue_notices::project_id.eq(project_id))
        .filter(overdue_notices::anchor_on.eq(anchor_on))
        .filter(overdue_notices::period.eq(period))
        .count()
        .get_result(conn)?;
    if seen > 0 {
        return Ok(false);
    }
    diesel::insert_into(overdue_notices::table)
        .values((
            overdue_notices::project_id.eq(project_id),
            overdue_notices::anchor_on.eq(anchor_on),
            overdue_notices::period.eq(period),
            overdue_notices::created_at.eq(now),
        ))
        .execute(conn)?;
    emit(
        conn,
        &Event {
            kind: EventKind::UpdateOverdue,
            actor_id: None,
            project_id: Some(project_id),
            organisation_id: None,
            subject_id: None,
            summary: &anchor_on.to_string(),
        },
        now,
    )?;
    Ok(true)
}
