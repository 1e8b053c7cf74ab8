//! Expressions of interest as stored and as their pages and lists show them, and the
//! ones still waiting for an answer.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{interests, organisations, people, projects};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::InterestState;

/// An expression of interest as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = interests)]
pub struct Interest {
    /// Surrogate key.
    pub id: i32,
    /// The project.
    pub project_id: i32,
    /// The organisation that would like to partner.
    pub organisation_id: i32,
    /// Who said so.
    pub person_id: Option<i32>,
    /// What it offers (`NeedKind` code).
    pub offer: String,
    /// Its message.
    pub message: String,
    /// Language of the message.
    pub lang: String,
    /// `InterestState` code.
    pub state: String,
    /// Role given when accepted.
    pub role: Option<String>,
    /// Why it was declined.
    pub decline_reason: String,
    /// Who answered.
    pub answered_by: Option<i32>,
    /// When.
    pub answered_at: Option<NaiveDateTime>,
    /// Expressed.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// An expression of interest with the names its pages show.
#[derive(Debug, Clone)]
pub struct InterestItem {
    /// The row.
    pub interest: Interest,
    /// The organisation.
    pub organisation: String,
    /// Who expressed it.
    pub person: Option<String>,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
}

fn interest_items(conn: &mut DbConn, rows: Vec<Interest>) -> Result<Vec<InterestItem>, DbError> {
    let org_ids: Vec<i32> = rows.iter().map(|r| r.organisation_id).collect();
    let person_ids: Vec<i32> = rows.iter().filter_map(|r| r.person_id).collect();
    let project_ids: Vec<i32> = rows.iter().map(|r| r.project_id).collect();
    let orgs: HashMap<i32, String> = organisations::table
        .filter(organisations::id.eq_any(&org_ids))
        .select((organisations::id, organisations::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let names: HashMap<i32, String> = people::table
        .filter(people::id.eq_any(&person_ids))
        .select((people::id, people::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let titles: HashMap<i32, (String, String)> = projects::table
        .filter(projects::id.eq_any(&project_ids))
        .select((projects::id, projects::title, projects::lang))
        .load::<(i32, String, String)>(conn)?
        .into_iter()
        .map(|(id, t, l)| (id, (t, l)))
        .collect();
    Ok(rows
        .into_iter()
        .map(|interest| {
            let (project_title, project_lang) = titles
                .get(&interest.project_id)
                .cloned()
                .unwrap_or_default();
            InterestItem {
                organisation: orgs
                    .get(&interest.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                person: interest.person_id.and_then(|p| names.get(&p).cloned()),
                project_title,
                project_lang,
                interest,
            }
        })
        .collect())
}

/// One expression of interest in full.
pub fn interest(conn: &mut DbConn, id: i32) -> Result<Option<InterestItem>, DbError> {
    let Some(row) = interests::table
        .find(id)
        .select(Interest::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(interest_items(conn, vec![row])?.into_iter().next())
}

/// Expressions of interest in a project, newest first.
pub fn interests_of_project(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Vec<InterestItem>, DbError> {
    let rows = interests::table
        .filter(interests::project_id.eq(project_id))
        .select(Interest::as_select())
        .order((interests::created_at.desc(), interests::id.desc()))
        .load(conn)?;
    interest_items(conn, rows)
}

/// Every expression of interest, open ones first, then newest first.
pub fn all_interests(conn: &mut DbConn) -> Result<Vec<InterestItem>, DbError> {
    let mut rows: Vec<Interest> = interests::table
        .select(Interest::as_select())
        .order((interests::created_at.desc(), interests::id.desc()))
        .limit(500)
        .load(conn)?;
    rows.sort_by_key(|r| r.state != InterestState::Open.code());
    interest_items(conn, rows)
}

/// Expressions of interest waiting for an answer, in every project.
pub fn open_interest_count(conn: &mut DbConn) -> Result<i64, DbError> {
    Ok(interests::table
        .filter(interests::state.eq(InterestState::Open.code()))
        .count()
        .get_result(conn)?)
}

/// When `organisation_id` expressed the interest in a project still waiting for an
/// answer, if it did.
pub fn open_interest_of(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(interests::table
        .filter(interests::project_id.eq(project_id))
        .filter(interests::organisation_id.eq(organisation_id))
        .filter(interests::state.eq(InterestState::Open.code()))
        .select(interests::created_at)
        .first(conn)
        .optional()?)
}
