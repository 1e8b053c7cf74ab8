//! Reading themes and the GFMD outcomes filed under them.

use diesel::prelude::*;

use crate::db::models::Outcome;
use crate::db::schema::{gfmd_outcomes, project_outcomes, projects};
use crate::db::{DbConn, DbError};
use crate::domain::{PublicationState, Theme};

/// A GFMD outcome with the public projects that follow it up.
#[derive(Debug, Clone)]
pub struct OutcomeWithProjects {
    /// The recommendation.
    pub outcome: Outcome,
    /// (id, title, lang) of public projects following it up.
    pub projects: Vec<(i32, String, String)>,
}

/// The outcomes filed under a theme, each with the projects following it up.
pub fn outcomes_of(conn: &mut DbConn, theme: Theme) -> Result<Vec<OutcomeWithProjects>, DbError> {
    let outcomes: Vec<Outcome> = gfmd_outcomes::table
        .filter(gfmd_outcomes::theme_code.eq(theme.code()))
        .select(Outcome::as_select())
        .order((gfmd_outcomes::session, gfmd_outcomes::position))
        .load(conn)?;
    let ids: Vec<i32> = outcomes.iter().map(|o| o.id).collect();
    let links: Vec<(i32, i32, String, String)> = project_outcomes::table
        .inner_join(projects::table)
        .filter(project_outcomes::outcome_id.eq_any(&ids))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((
            project_outcomes::outcome_id,
            projects::id,
            projects::title,
            projects::lang,
        ))
        .order(projects::title)
        .load(conn)?;
    Ok(outcomes
        .into_iter()
        .map(|outcome| {
            let projects = links
                .iter()
                .filter(|(oid, ..)| *oid == outcome.id)
                .map(|(_, pid, title, lang)| (*pid, title.clone(), lang.clone()))
                .collect();
            OutcomeWithProjects { outcome, projects }
        })
        .collect())
}

/// Number of GFMD outcomes.
pub fn count_outcomes(conn: &mut DbConn) -> Result<i64, DbError> {
    Ok(gfmd_outcomes::table.count().get_result(conn)?)
}

/// Public projects per theme code (themes without projects are absent).
pub fn count_public_by_theme(conn: &mut DbConn) -> Result<Vec<(String, i64)>, DbError> {
    use crate::db::schema::project_themes;
    Ok(project_themes::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .group_by(project_themes::theme_code)
        .select((project_themes::theme_code, diesel::dsl::count_star()))
        .load(conn)?)
}
