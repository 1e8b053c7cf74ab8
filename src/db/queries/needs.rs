//! A project's needs and who meets them (issue 13, point 5): each need with its state
//! (open, partly met, met: [`NeedState::of`] the partners' extents) and the partners
//! meeting it; the questions waiting for owners ("which needs does this new partner
//! meet?"); and the rows an answer writes.
//!
//! A need's state is never stored: it follows from `need_matches`, so ending a
//! partnership (which deletes that partner's rows) reopens what it met.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::code::code;
use crate::db::models::Need;
use crate::db::schema::{
    need_matches, need_questions, organisations, project_needs, project_partners, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::{NeedExtent, NeedState, PartnerRole};

/// A partner meeting a need.
#[derive(Debug, Clone, Serialize)]
pub struct NeedMatch {
    /// The organisation.
    pub organisation_id: i32,
    /// Its name.
    pub organisation: String,
    /// How much of the need it meets.
    pub extent: NeedExtent,
}

/// A need as the project page and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct NeedView {
    /// The need.
    #[serde(flatten)]
    pub need: Need,
    /// Where it stands.
    pub state: NeedState,
    /// Who meets it, fully first, then by name.
    pub met_by: Vec<NeedMatch>,
}

impl NeedView {
    /// How much of this need `organisation_id` meets, if any.
    pub fn extent_of(&self, organisation_id: i32) -> Option<NeedExtent> {
        self.met_by
            .iter()
            .find(|m| m.organisation_id == organisation_id)
            .map(|m| m.extent)
    }
}

/// The needs of a project in the order posted, each with its state and who meets it.
pub fn of_project(conn: &mut DbConn, project_id: i32) -> Result<Vec<NeedView>, DbError> {
    let needs: Vec<Need> = project_needs::table
        .filter(project_needs::project_id.eq(project_id))
        .select(Need::as_select())
        .order(project_needs::id)
        .load(conn)?;
    let rows: Vec<(i32, i32, String, String)> = need_matches::table
        .inner_join(project_needs::table)
        .inner_join(organisations::table)
        .filter(project_needs::project_id.eq(project_id))
        .select((
            need_matches::need_id,
            need_matches::organisation_id,
            organisations::name,
            need_matches::extent,
        ))
        .order((need_matches::need_id, organisations::name))
        .load(conn)?;
    let mut by_need: HashMap<i32, Vec<NeedMatch>> = HashMap::new();
    for (need_id, organisation_id, organisation, extent) in rows {
        by_need.entry(need_id).or_default().push(NeedMatch {
            organisation_id,
            organisation,
            extent: code("need_matches.extent", &extent)?,
        });
    }
    Ok(needs
        .into_iter()
        .map(|need| {
            let mut met_by = by_need.remove(&need.id).unwrap_or_default();
            // Fully before partly; the name order of the query stays within each.
            met_by.sort_by_key(|m| m.extent != NeedExtent::Fully);
            NeedView {
                state: NeedState::of(met_by.iter().map(|m| m.extent)),
                need,
                met_by,
            }
        })
        .collect())
}

/// For each project among `project_ids` that has needs: (needs, needs still wanting
/// partners).
pub fn counts(conn: &mut DbConn, project_ids: &[i32]) -> Result<HashMap<i32, (i64, i64)>, DbError> {
    let needs: Vec<(i32, i32)> = project_needs::table
        .filter(project_needs::project_id.eq_any(project_ids))
        .select((project_needs::id, project_needs::project_id))
        .load(conn)?;
    let met: HashSet<i32> = need_matches::table
        .inner_join(project_needs::table)
        .filter(project_needs::project_id.eq_any(project_ids))
        .filter(need_matches::extent.eq(NeedExtent::Fully.code()))
        .select(need_matches::need_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let mut out: HashMap<i32, (i64, i64)> = HashMap::new();
    for (need_id, project_id) in needs {
        let entry = out.entry(project_id).or_default();
        entry.0 += 1;
        if !met.contains(&need_id) {
            entry.1 += 1;
        }
    }
    Ok(out)
}

/// Asks the owners of `project_id` which of its needs `organisation_id`, a new partner,
/// meets: when some need still wants partners and the question is not already waiting.
pub fn ask(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let wanting = counts(conn, &[project_id])?
        .get(&project_id)
        .is_some_and(|(_, open)| *open > 0);
    if !wanting {
        return Ok(false);
    }
    let waiting: i64 = need_questions::table
        .filter(need_questions::project_id.eq(project_id))
        .filter(need_questions::organisation_id.eq(organisation_id))
        .select(count_star())
        .first(conn)?;
    if waiting > 0 {
        return Ok(false);
    }
    diesel::insert_into(need_questions::table)
        .values((
            need_questions::project_id.eq(project_id),
            need_questions::organisation_id.eq(organisation_id),
            need_questions::asked_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// A question waiting for a project's owners: which needs a new partner meets.
#[derive(Debug, Clone)]
pub struct NeedQuestion {
    /// The project.
    pub project_id: i32,
    /// Its title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// The new partner.
    pub organisation_id: i32,
    /// Its name.
    pub organisation: String,
    /// Since when the question waits.
    pub asked_at: NaiveDateTime,
}

/// The questions waiting for the owners of `project_ids`, oldest first.
pub fn questions_for(conn: &mut DbConn, project_ids: &[i32]) -> Result<Vec<NeedQuestion>, DbError> {
    let rows: Vec<(i32, String, String, i32, String, NaiveDateTime)> = need_questions::table
        .inner_join(projects::table)
        .inner_join(organisations::table)
        .filter(need_questions::project_id.eq_any(project_ids))
        .order((need_questions::asked_at, need_questions::project_id))
        .select((
            need_questions::project_id,
            projects::title,
            projects::lang,
            need_questions::organisation_id,
            organisations::name,
            need_questions::asked_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(project_id, project_title, project_lang, organisation_id, organisation, asked_at)| {
                NeedQuestion {
                    project_id,
                    project_title,
                    project_lang,
                    organisation_id,
                    organisation,
                    asked_at,
                }
            },
        )
        .collect())
}

/// How many questions wait for the owners of `project_ids`.
pub fn question_count(conn: &mut DbConn, project_ids: &[i32]) -> Result<i64, DbError> {
    Ok(need_questions::table
        .filter(need_questions::project_id.eq_any(project_ids))
        .select(count_star())
        .first(conn)?)
}

/// Whether `organisation_id` takes part in `project_id` in a role other than owner.
pub fn is_partner(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
) -> Result<bool, DbError> {
    let n: i64 = project_partners::table
        .filter(project_partners::project_id.eq(project_id))
        .filter(project_partners::organisation_id.eq(organisation_id))
        .filter(project_partners::role.ne(PartnerRole::Owner.code()))
        .select(count_star())
        .first(conn)?;
    Ok(n > 0)
}

/// Replaces what `organisation_id` meets of `project_id`'s needs by `answers` (need id →
/// extent; a need left out is not met by it) and answers the waiting question, if any.
/// Needs of other projects among `answers` are ignored.
pub fn record(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
    answers: &[(i32, NeedExtent)],
    actor_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let own: HashSet<i32> = project_needs::table
        .filter(project_needs::project_id.eq(project_id))
        .select(project_needs::id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    diesel::delete(
        need_matches::table
            .filter(need_matches::organisation_id.eq(organisation_id))
            .filter(need_matches::need_id.eq_any(own.iter().copied().collect::<Vec<_>>())),
    )
    .execute(conn)?;
    for (need_id, extent) in answers.iter().filter(|(n, _)| own.contains(n)) {
        diesel::insert_into(need_matches::table)
            .values((
                need_matches::need_id.eq(need_id),
                need_matches::organisation_id.eq(organisation_id),
                need_matches::extent.eq(extent.code()),
                need_matches::recorded_by.eq(actor_id),
                need_matches::recorded_at.eq(now),
            ))
            .execute(conn)?;
    }
    diesel::delete(
        need_questions::table
            .filter(need_questions::project_id.eq(project_id))
            .filter(need_questions::organisation_id.eq(organisation_id)),
    )
    .execute(conn)?;
    Ok(())
}

/// Forgets what `organisation_id` met of `project_id`'s needs, and any question about
/// it: the partnership ended.
pub fn forget(conn: &mut DbConn, project_id: i32, organisation_id: i32) -> Result<(), DbError> {
    let own: Vec<i32> = project_needs::table
        .filter(project_needs::project_id.eq(project_id))
        .select(project_needs::id)
        .load(conn)?;
    diesel::delete(
        need_matches::table
            .filter(need_matches::organisation_id.eq(organisation_id))
            .filter(need_matches::need_id.eq_any(own)),
    )
    .execute(conn)?;
    diesel::delete(
        need_questions::table
            .filter(need_questions::project_id.eq(project_id))
            .filter(need_questions::organisation_id.eq(organisation_id)),
    )
    .execute(conn)?;
    Ok(())
}
