//! A project's progress (issue 5, points 4, 5, 9): stage changes, updates, milestones,
//! the "update overdue" bookkeeping, the managers' follow-up list, and the organisations
//! a manager may add as partners. Each use case writes its rows, a history entry (public
//! when the project page shows it) and its [`crate::notify`] event in the caller's
//! transaction; permissions are checked by the caller through `domain::policy` first.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::max;
use diesel::prelude::*;

use super::people::{audit, entry};
use crate::db::schema::{
    milestones, organisations, overdue_notices, project_partners, project_updates, projects,
    questions, stage_changes,
};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::text::excerpt;
use crate::domain::{PartnerRole, ProjectStage, PublicationState};
use crate::events::{Event, EventKind, emit};

/// A progress update.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = project_updates)]
pub struct Update {
    /// Surrogate key.
    pub id: i32,
    /// Project.
    pub project_id: i32,
    /// What happened, plain text.
    pub body: String,
    /// Language it is written in.
    pub lang: String,
    /// The date the update speaks for.
    pub posted_on: NaiveDate,
}

/// A milestone: due on a date, done or not.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = milestones)]
pub struct Milestone {
    /// Surrogate key.
    pub id: i32,
    /// Project.
    pub project_id: i32,
    /// What is to be reached.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// When it is due.
    pub due_on: NaiveDate,
    /// When it was reached, if it was.
    pub done_on: Option<NaiveDate>,
}

/// Everything public about a project's progress (cached with the project's page).
#[derive(Debug, Clone, Default)]
pub struct ProjectProgress {
    /// Updates, newest first.
    pub updates: Vec<Update>,
    /// Milestones by due date.
    pub milestones: Vec<Milestone>,
    /// Questions, oldest first.
    pub questions: Vec<super::questions::Question>,
    /// The date the next update is counted from: the last update's, or the project's
    /// creation if it has none.
    pub anchor_on: NaiveDate,
}

impl ProjectProgress {
    /// Whether the project is flagged "update overdue" on `today`.
    pub fn overdue(&self, stage: &str, status: &str, today: NaiveDate, period_days: i64) -> bool {
        crate::domain::progress::is_active(stage, status)
            && crate::domain::progress::overdue_periods(self.anchor_on, today, period_days) > 0
    }
}

/// The progress of project `id` (created at `created_at`).
pub fn of_project(
    conn: &mut DbConn,
    id: i32,
    created_at: NaiveDateTime,
) -> Result<ProjectProgress, DbError> {
    let updates: Vec<Update> = project_updates::table
        .filter(project_updates::project_id.eq(id))
        .select(Update::as_select())
        .order((
            project_updates::posted_on.desc(),
            project_updates::id.desc(),
        ))
        .load(conn)?;
    let milestones = milestones::table
        .filter(milestones::project_id.eq(id))
        .select(Milestone::as_select())
        .order((milestones::due_on, milestones::id))
        .load(conn)?;
    let questions = questions::table
        .filter(questions::project_id.eq(id))
        .select(super::questions::Question::as_select())
        .order((questions::created_at, questions::id))
        .load(conn)?;
    let anchor_on = updates
        .first()
        .map_or(created_at.date(), |u| u.posted_on.max(created_at.date()));
    Ok(ProjectProgress {
        updates,
        milestones,
        questions,
        anchor_on,
    })
}

/// The columns of a project its managers' pages need, whatever its state.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = projects)]
pub struct ManagedProject {
    /// Surrogate key.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Content language.
    pub lang: String,
    /// `PublicationState` code.
    pub status: String,
    /// `ProjectStage` code.
    pub stage: String,
    /// Created.
    pub created_at: NaiveDateTime,
}

/// A project in any state, or `None`.
pub fn project(conn: &mut DbConn, id: i32) -> Result<Option<ManagedProject>, DbError> {
    Ok(projects::table
        .find(id)
        .select(ManagedProject::as_select())
        .first(conn)
        .optional()?)
}

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
    super::partners::touch(conn, project_id, now)?;
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
    super::partners::touch(conn, project_id, now)?;
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
    super::partners::touch(conn, project_id, now)?;
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
/// An active project as the follow-up list shows it.
#[derive(Debug, Clone)]
pub struct FollowUp {
    /// Project id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Content language.
    pub lang: String,
    /// Stage code.
    pub stage: String,
    /// Publication state code.
    pub status: String,
    /// Date of the last update, if any.
    pub last_update_on: Option<NaiveDate>,
    /// Date the next update is counted from.
    pub anchor_on: NaiveDate,
}

/// Active projects (see `domain::progress::is_active`), those owned by `owner` only when
/// it is given, the longest without news first.
pub fn follow_up(conn: &mut DbConn, owner: Option<i32>) -> Result<Vec<FollowUp>, DbError> {
    let mut query = projects::table
        .filter(projects::stage.ne(ProjectStage::Completion.code()))
        .filter(projects::status.ne_all([
            PublicationState::Draft.code(),
            PublicationState::Declined.code(),
            PublicationState::Withdrawn.code(),
        ]))
        .into_boxed();
    if let Some(org) = owner {
        query = query.filter(
            projects::id.eq_any(
                project_partners::table
                    .filter(project_partners::organisation_id.eq(org))
                    .filter(project_partners::role.eq(PartnerRole::Owner.code()))
                    .select(project_partners::project_id),
            ),
        );
    }
    let rows: Vec<ManagedProject> = query.select(ManagedProject::as_select()).load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let last: HashMap<i32, NaiveDate> = project_updates::table
        .filter(project_updates::project_id.eq_any(&ids))
        .group_by(project_updates::project_id)
        .select((project_updates::project_id, max(project_updates::posted_on)))
        .load::<(i32, Option<NaiveDate>)>(conn)?
        .into_iter()
        .filter_map(|(id, d)| d.map(|d| (id, d)))
        .collect();
    let mut out: Vec<FollowUp> = rows
        .into_iter()
        .map(|r| {
            let last_update_on = last.get(&r.id).copied();
            let created = r.created_at.date();
            FollowUp {
                anchor_on: last_update_on.map_or(created, |d| d.max(created)),
                last_update_on,
                id: r.id,
                title: r.title,
                lang: r.lang,
                stage: r.stage,
                status: r.status,
            }
        })
        .collect();
    out.sort_by(|a, b| a.anchor_on.cmp(&b.anchor_on).then(a.id.cmp(&b.id)));
    Ok(out)
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

/// Organisations whose name, code or description matches `q`, those whose name or code
/// does first, then by name; at most `limit`: the choices of the "add a partner" form.
pub fn find_organisations(
    conn: &mut DbConn,
    q: &str,
    limit: usize,
) -> Result<Vec<(i32, String, String)>, DbError> {
    let Some(pattern) = crate::text::like_pattern(q) else {
        return Ok(Vec::new());
    };
    let rows: Vec<(i32, String, String, String)> = organisations::table
        .filter(organisations::search_text.like(pattern).escape('\\'))
        .select((
            organisations::id,
            organisations::name,
            organisations::code,
            organisations::kind,
        ))
        .order((organisations::name, organisations::id))
        .limit(500)
        .load(conn)?;
    let words: Vec<String> = crate::text::fold(q)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let named = |name: &str, code: &str| {
        let folded = crate::text::fold(&format!("{name} {code}"));
        words.iter().all(|w| folded.contains(w.as_str()))
    };
    let mut rows: Vec<(bool, (i32, String, String))> = rows
        .into_iter()
        .map(|(id, name, code, kind)| (!named(&name, &code), (id, name, kind)))
        .collect();
    // Stable: by name within each group.
    rows.sort_by_key(|(other, _)| *other);
    Ok(rows.into_iter().take(limit).map(|(_, r)| r).collect())
}
