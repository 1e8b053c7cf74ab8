//! The GFMD recommendations (outcomes) and the public projects that follow them up
//! (issue 5, point 8).

use std::collections::HashMap;

use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::models::Outcome;
use crate::db::schema::{
    gfmd_outcomes, organisations, project_outcomes, project_partners, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::{PartnerRole, PublicationState};

/// A public project following up a recommendation.
#[derive(Debug, Clone)]
pub struct FollowingProject {
    /// Id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Content language.
    pub lang: String,
    /// Stage code.
    pub stage: String,
    /// Owning governments' names.
    pub owners: Vec<String>,
}

/// Every recommendation by session and position, each with the number of public projects
/// following it up.
pub fn all_with_counts(conn: &mut DbConn) -> Result<Vec<(Outcome, i64)>, DbError> {
    let outcomes: Vec<Outcome> = gfmd_outcomes::table
        .select(Outcome::as_select())
        .order((gfmd_outcomes::session, gfmd_outcomes::position))
        .load(conn)?;
    let counts: HashMap<i32, i64> = project_outcomes::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .group_by(project_outcomes::outcome_id)
        .select((project_outcomes::outcome_id, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(outcomes
        .into_iter()
        .map(|o| {
            let n = counts.get(&o.id).copied().unwrap_or(0);
            (o, n)
        })
        .collect())
}

/// One recommendation, or `None`.
pub fn one(conn: &mut DbConn, id: i32) -> Result<Option<Outcome>, DbError> {
    Ok(gfmd_outcomes::table
        .find(id)
        .select(Outcome::as_select())
        .first(conn)
        .optional()?)
}

/// The public projects following up recommendation `id`, by title.
pub fn following(conn: &mut DbConn, id: i32) -> Result<Vec<FollowingProject>, DbError> {
    let rows: Vec<(i32, String, String, String)> = project_outcomes::table
        .inner_join(projects::table)
        .filter(project_outcomes::outcome_id.eq(id))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((
            projects::id,
            projects::title,
            projects::lang,
            projects::stage,
        ))
        .order((projects::title, projects::id))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let mut owners: HashMap<i32, Vec<String>> = HashMap::new();
    for (pid, name) in project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq_any(&ids))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select((project_partners::project_id, organisations::name))
        .order(organisations::name)
        .load::<(i32, String)>(conn)?
    {
        owners.entry(pid).or_default().push(name);
    }
    Ok(rows
        .into_iter()
        .map(|(id, title, lang, stage)| FollowingProject {
            owners: owners.remove(&id).unwrap_or_default(),
            id,
            title,
            lang,
            stage,
        })
        .collect())
}
