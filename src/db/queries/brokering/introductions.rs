//! Introductions as stored and as their pages and lists show them, the owning
//! governments named on them, and the ones due for a reminder or an expiry (read by the
//! sweeper in `crate::app::brokering`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    introduction_merges, introductions, organisations, people, project_partners, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::PartnerRole;
use crate::domain::brokering::IntroductionState;

/// An introduction as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = introductions)]
pub struct Introduction {
    /// Surrogate key.
    pub id: i32,
    /// The project.
    pub project_id: i32,
    /// The organisation introduced (the candidate).
    pub organisation_id: i32,
    /// Proposed `PartnerRole` code.
    pub role: String,
    /// The facilitator's message.
    pub message: String,
    /// Language of the message.
    pub lang: String,
    /// `IntroductionState` code.
    pub state: String,
    /// The facilitator who proposed it.
    pub proposed_by: Option<i32>,
    /// The project side's `Answer` code, once given.
    pub project_answer: Option<String>,
    /// The candidate side's `Answer` code, once given.
    pub candidate_answer: Option<String>,
    /// Why it was declined.
    pub decline_reason: String,
    /// When it expires unless both accepted.
    pub expires_at: NaiveDateTime,
    /// When the reminder went out.
    pub reminded_at: Option<NaiveDateTime>,
    /// When it was accepted, declined or expired.
    pub closed_at: Option<NaiveDateTime>,
    /// Proposed.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// An introduction with the names its pages show.
#[derive(Debug, Clone)]
pub struct IntroductionDetail {
    /// The row.
    pub intro: Introduction,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// The organisation introduced.
    pub organisation: String,
    /// The owning governments: (id, name).
    pub owners: Vec<(i32, String)>,
    /// The facilitator who proposed it.
    pub proposer: Option<String>,
    /// The name of the organisation it was made for, when that one has since been merged
    /// into `intro.organisation_id` (see `queries::admin::merge_organisations`).
    pub merged_from: Option<String>,
}

/// One introduction in full.
pub fn introduction(conn: &mut DbConn, id: i32) -> Result<Option<IntroductionDetail>, DbError> {
    let Some(intro) = introductions::table
        .find(id)
        .select(Introduction::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let (project_title, project_lang): (String, String) = projects::table
        .find(intro.project_id)
        .select((projects::title, projects::lang))
        .first(conn)?;
    let organisation: String = organisations::table
        .find(intro.organisation_id)
        .select(organisations::name)
        .first(conn)?;
    let owners = owner_names(conn, intro.project_id)?;
    let proposer = match intro.proposed_by {
        Some(p) => people::table
            .find(p)
            .select(people::name)
            .first(conn)
            .optional()?,
        None => None,
    };
    let merged_from = introduction_merges::table
        .find(intro.id)
        .select(introduction_merges::merged_from)
        .first(conn)
        .optional()?;
    Ok(Some(IntroductionDetail {
        intro,
        project_title,
        project_lang,
        organisation,
        owners,
        proposer,
        merged_from,
    }))
}

/// The owning governments of a project: (id, name), by name.
pub fn owner_names(conn: &mut DbConn, project_id: i32) -> Result<Vec<(i32, String)>, DbError> {
    Ok(project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq(project_id))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select((organisations::id, organisations::name))
        .order(organisations::name)
        .load(conn)?)
}

/// An introduction in a list: the row and the organisation's name.
#[derive(Debug, Clone)]
pub struct IntroductionItem {
    /// The row.
    pub intro: Introduction,
    /// The organisation introduced.
    pub organisation: String,
}

/// A project's introductions, newest first.
pub fn introductions_of_project(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Vec<IntroductionItem>, DbError> {
    let rows: Vec<(Introduction, String)> = introductions::table
        .inner_join(organisations::table)
        .filter(introductions::project_id.eq(project_id))
        .select((Introduction::as_select(), organisations::name))
        .order((introductions::created_at.desc(), introductions::id.desc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(intro, organisation)| IntroductionItem {
            intro,
            organisation,
        })
        .collect())
}

/// The introductions that concern an organisation (it was introduced, or it owns the
/// project), newest first.
pub fn introductions_of_organisation(
    conn: &mut DbConn,
    organisation_id: i32,
) -> Result<Vec<IntroductionItem>, DbError> {
    let owned: Vec<i32> = project_partners::table
        .filter(project_partners::organisation_id.eq(organisation_id))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select(project_partners::project_id)
        .load(conn)?;
    let rows: Vec<(Introduction, String)> = introductions::table
        .inner_join(organisations::table)
        .filter(
            introductions::organisation_id
                .eq(organisation_id)
                .or(introductions::project_id.eq_any(owned)),
        )
        .select((Introduction::as_select(), organisations::name))
        .order((introductions::created_at.desc(), introductions::id.desc()))
        .limit(200)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(intro, organisation)| IntroductionItem {
            intro,
            organisation,
        })
        .collect())
}

/// Ids of introductions open and due for a reminder (expiring before `until`, not yet
/// reminded).
pub fn due_for_reminder(conn: &mut DbConn, until: NaiveDateTime) -> Result<Vec<i32>, DbError> {
    Ok(introductions::table
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .filter(introductions::reminded_at.is_null())
        .filter(introductions::expires_at.le(until))
        .select(introductions::id)
        .order(introductions::id)
        .load(conn)?)
}

/// Ids of introductions still open at their expiry time.
pub fn due_for_expiry(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<i32>, DbError> {
    Ok(introductions::table
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .filter(introductions::expires_at.le(now))
        .select(introductions::id)
        .order(introductions::id)
        .load(conn)?)
}

/// Organisations with an introduction to this project waiting for answers.
pub fn open_introduction_orgs(conn: &mut DbConn, project_id: i32) -> Result<Vec<i32>, DbError> {
    Ok(introductions::table
        .filter(introductions::project_id.eq(project_id))
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .select(introductions::organisation_id)
        .load(conn)?)
}
