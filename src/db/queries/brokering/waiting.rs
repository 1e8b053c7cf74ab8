//! What waits for an organisation's answer (issue 13, point 3): open introductions on
//! its side, whether it is the candidate or owns the project.

use diesel::prelude::*;

use super::Introduction;
use crate::db::schema::{introductions, organisations, project_partners, projects};
use crate::db::{DbConn, DbError};
use crate::domain::PartnerRole;
use crate::domain::brokering::{IntroductionState, Side};

/// An introduction waiting for one side's answer.
#[derive(Debug, Clone)]
pub struct WaitingIntroduction {
    /// The row.
    pub intro: Introduction,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// The organisation introduced.
    pub organisation: String,
    /// The side that has not answered.
    pub side: Side,
}

/// Open introductions `organisation_id` has not answered yet: as the candidate when
/// `as_candidate`, as an owner of the project when `as_owner`; soonest deadline first.
pub fn introductions_waiting(
    conn: &mut DbConn,
    organisation_id: i32,
    as_candidate: bool,
    as_owner: bool,
) -> Result<Vec<WaitingIntroduction>, DbError> {
    let open = IntroductionState::Proposed.code();
    let mut out = Vec::new();
    if as_candidate {
        let rows: Vec<(Introduction, String, String, String)> = introductions::table
            .inner_join(projects::table)
            .inner_join(organisations::table)
            .filter(introductions::organisation_id.eq(organisation_id))
            .filter(introductions::state.eq(open))
            .filter(introductions::candidate_answer.is_null())
            .select((
                Introduction::as_select(),
                projects::title,
                projects::lang,
                organisations::name,
            ))
            .load(conn)?;
        out.extend(
            rows.into_iter()
                .map(|(intro, t, l, o)| WaitingIntroduction {
                    intro,
                    project_title: t,
                    project_lang: l,
                    organisation: o,
                    side: Side::Candidate,
                }),
        );
    }
    if as_owner {
        let owned: Vec<i32> = project_partners::table
            .filter(project_partners::organisation_id.eq(organisation_id))
            .filter(project_partners::role.eq(PartnerRole::Owner.code()))
            .select(project_partners::project_id)
            .load(conn)?;
        let rows: Vec<(Introduction, String, String, String)> = introductions::table
            .inner_join(projects::table)
            .inner_join(organisations::table)
            .filter(introductions::project_id.eq_any(&owned))
            .filter(introductions::state.eq(open))
            .filter(introductions::project_answer.is_null())
            .select((
                Introduction::as_select(),
                projects::title,
                projects::lang,
                organisations::name,
            ))
            .load(conn)?;
        out.extend(
            rows.into_iter()
                .map(|(intro, t, l, o)| WaitingIntroduction {
                    intro,
                    project_title: t,
                    project_lang: l,
                    organisation: o,
                    side: Side::Project,
                }),
        );
    }
    out.sort_by_key(|w| (w.intro.expires_at, w.intro.id));
    Ok(out)
}
