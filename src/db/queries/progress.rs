//! A project's progress (issue 5, points 4, 5, 9): stage changes, updates, milestones,
//! the "update overdue" bookkeeping, the managers' follow-up list, and the organisations
//! a manager may add as partners. Each use case writes its rows, a history entry (public
//! when the project page shows it) and its [`crate::notify`] event in the caller's
//! transaction; permissions are checked by the caller through `domain::policy` first.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::max;
use diesel::prelude::*;

use crate::db::schema::{
    milestones, organisations, project_partners, project_updates, projects, questions,
    stage_changes,
};
use crate::db::{DbConn, DbError};
use crate::domain::{PartnerRole, ProjectStage, PublicationState};

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

/// A project's stage changes, oldest first.
pub fn stage_changes(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Vec<crate::db::models::StageChange>, DbError> {
    Ok(stage_changes::table
        .filter(stage_changes::project_id.eq(project_id))
        .select(crate::db::models::StageChange::as_select())
        .order((stage_changes::changed_on, stage_changes::id))
        .load(conn)?)
}

/// The date of a project's latest stage change, if it has any.
pub fn last_stage_change_on(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Option<NaiveDate>, DbError> {
    Ok(stage_changes::table
        .filter(stage_changes::project_id.eq(project_id))
        .select(max(stage_changes::changed_on))
        .first::<Option<NaiveDate>>(conn)?)
}
