//! What brokering keeps through a merge: the duplicate's contact points, introductions
//! (with their personal links) and expressions of interest move to the organisation kept,
//! so nothing a contact was sent stops working without a word.
//!
//! - An introduction moves and remembers the name it was made for (`introduction_merges`): its
//!   page and its link say it was made for that organisation, since merged. One still
//!   open for a project the kept organisation already has an open introduction to would
//!   be a second open pair: it is closed as expired instead, and its link says the
//!   organisation was merged.
//! - An open expression of interest the kept organisation already has for the same
//!   project is dropped (the same organisation asking twice); the others move.
//! - A contact point whose address the kept organisation already has is folded into that
//!   one (its links point there); the others move.
//! - What it meets of projects' needs, and the questions about it, move too (the kept
//!   organisation's own answer wins where both have one).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    contact_points, interests, introduction_links, introduction_merges, introductions,
    need_matches, need_questions,
};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::{InterestState, IntroductionState};

/// Moves the brokering rows of organisation `duplicate` (named `duplicate_name`) to
/// `keep`; part of the merge's transaction.
pub(super) fn move_brokering(
    conn: &mut DbConn,
    duplicate: i32,
    duplicate_name: &str,
    keep: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let proposed = IntroductionState::Proposed.code();
    let kept_open: Vec<i32> = introductions::table
        .filter(introductions::organisation_id.eq(keep))
        .filter(introductions::state.eq(proposed))
        .select(introductions::project_id)
        .load(conn)?;
    diesel::update(
        introductions::table
            .filter(introductions::organisation_id.eq(duplicate))
            .filter(introductions::state.eq(proposed))
            .filter(introductions::project_id.eq_any(&kept_open)),
    )
    .set((
        introductions::state.eq(IntroductionState::Expired.code()),
        introductions::closed_at.eq(Some(now)),
        introductions::updated_at.eq(now),
    ))
    .execute(conn)?;
    let moved: Vec<i32> = introductions::table
        .filter(introductions::organisation_id.eq(duplicate))
        .select(introductions::id)
        .load(conn)?;
    for id in &moved {
        // One merged twice keeps the first name it was made for.
        let known: i64 = introduction_merges::table
            .find(id)
            .count()
            .get_result(conn)?;
        if known == 0 {
            diesel::insert_into(introduction_merges::table)
                .values((
                    introduction_merges::introduction_id.eq(id),
                    introduction_merges::merged_from.eq(duplicate_name),
                    introduction_merges::merged_at.eq(now),
                ))
                .execute(conn)?;
        }
    }
    diesel::update(introductions::table.filter(introductions::organisation_id.eq(duplicate)))
        .set((
            introductions::organisation_id.eq(keep),
            introductions::updated_at.eq(now),
        ))
        .execute(conn)?;

    let open = InterestState::Open.code();
    let kept_interests: Vec<i32> = interests::table
        .filter(interests::organisation_id.eq(keep))
        .filter(interests::state.eq(open))
        .select(interests::project_id)
        .load(conn)?;
    diesel::delete(
        interests::table
            .filter(interests::organisation_id.eq(duplicate))
            .filter(interests::state.eq(open))
            .filter(interests::project_id.eq_any(&kept_interests)),
    )
    .execute(conn)?;
    diesel::update(interests::table.filter(interests::organisation_id.eq(duplicate)))
        .set(interests::organisation_id.eq(keep))
        .execute(conn)?;

    let kept_addresses: Vec<(i32, String)> = contact_points::table
        .filter(contact_points::organisation_id.eq(keep))
        .select((contact_points::id, contact_points::email))
        .load(conn)?;
    let theirs: Vec<(i32, String)> = contact_points::table
        .filter(contact_points::organisation_id.eq(duplicate))
        .select((contact_points::id, contact_points::email))
        .load(conn)?;
    for (id, email) in theirs {
        match kept_addresses.iter().find(|(_, e)| *e == email) {
            Some((kept, _)) => {
                diesel::update(
                    introduction_links::table.filter(introduction_links::contact_point_id.eq(id)),
                )
                .set(introduction_links::contact_point_id.eq(*kept))
                .execute(conn)?;
                diesel::delete(contact_points::table.find(id)).execute(conn)?;
            }
            None => {
                diesel::update(contact_points::table.find(id))
                    .set((
                        contact_points::organisation_id.eq(keep),
                        contact_points::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
        }
    }
    move_needs(conn, duplicate, keep)
}

/// What the duplicate meets of projects' needs, and the questions about it, move to the
/// organisation kept; where the kept one already has a row for the same need (or
/// project), that row stays and the duplicate's goes.
fn move_needs(conn: &mut DbConn, duplicate: i32, keep: i32) -> Result<(), DbError> {
    let kept_needs: Vec<i32> = need_matches::table
        .filter(need_matches::organisation_id.eq(keep))
        .select(need_matches::need_id)
        .load(conn)?;
    diesel::delete(
        need_matches::table
            .filter(need_matches::organisation_id.eq(duplicate))
            .filter(need_matches::need_id.eq_any(&kept_needs)),
    )
    .execute(conn)?;
    diesel::update(need_matches::table.filter(need_matches::organisation_id.eq(duplicate)))
        .set(need_matches::organisation_id.eq(keep))
        .execute(conn)?;
    let kept_questions: Vec<i32> = need_questions::table
        .filter(need_questions::organisation_id.eq(keep))
        .select(need_questions::project_id)
        .load(conn)?;
    diesel::delete(
        need_questions::table
            .filter(need_questions::organisation_id.eq(duplicate))
            .filter(need_questions::project_id.eq_any(&kept_questions)),
    )
    .execute(conn)?;
    diesel::update(need_questions::table.filter(need_questions::organisation_id.eq(duplicate)))
        .set(need_questions::organisation_id.eq(keep))
        .execute(conn)?;
    Ok(())
}
