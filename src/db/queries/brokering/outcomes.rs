//! What the open data on brokering outcomes reads (issue 13, point 7): every introduction
//! to a public project, reduced to its dates, state, the kind of organisation introduced
//! and the project's themes. No people, no messages, no names leave this module; the table
//! and its suppression of small counts are `crate::domain::brokering_outcomes`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::code::code;
use crate::db::schema::{introductions, organisations, project_themes, projects};
use crate::db::{DbConn, DbError};
use crate::domain::PublicationState;
use crate::domain::brokering_outcomes::Introduced;

/// Every introduction to a project that is not a draft.
pub fn introduced(conn: &mut DbConn) -> Result<Vec<Introduced>, DbError> {
    let rows: Vec<(i32, String, NaiveDateTime, Option<NaiveDateTime>, String)> =
        introductions::table
            .inner_join(projects::table)
            .inner_join(organisations::table)
            .filter(projects::status.ne(PublicationState::Draft.code()))
            .select((
                introductions::project_id,
                introductions::state,
                introductions::created_at,
                introductions::closed_at,
                organisations::kind,
            ))
            .load(conn)?;
    let mut themes: HashMap<i32, Vec<String>> = HashMap::new();
    for (project, theme) in project_themes::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((project_themes::project_id, project_themes::theme_code))
        .load::<(i32, String)>(conn)?
    {
        themes.entry(project).or_default().push(theme);
    }
    rows.into_iter()
        .map(|(project, state, proposed_at, closed_at, kind)| {
            Ok(Introduced {
                proposed_at,
                closed_at,
                state: code("introductions.state", &state)?,
                organisation_kind: kind,
                themes: themes.get(&project).cloned().unwrap_or_default(),
            })
        })
        .collect()
}
