//! Merging a duplicate organisation into the one kept: what a merge would move, and the
//! merge itself (partnerships, engagements and people move, and what brokering holds:
//! `merge_brokering.rs`; the duplicate goes).

use std::collections::HashSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::organisations::organisation;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{engagements, organisations, people, project_partners};
use crate::db::{DbConn, DbError};
use crate::domain::{OrganisationKind, Role};

/// What a merge moves from the duplicate to the organisation kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Project partnerships moved.
    pub partners_moved: i64,
    /// Project partnerships dropped because the kept organisation already had them.
    pub partners_skipped: i64,
    /// Engagements moved.
    pub engagements: i64,
    /// People moved.
    pub people: i64,
}

/// What a merge would move: partnerships, engagements and people of organisation `id`.
pub fn dependants(conn: &mut DbConn, id: i32) -> Result<MergeCounts, DbError> {
    let partners: i64 = project_partners::table
        .filter(project_partners::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    let engagements: i64 = engagements::table
        .filter(engagements::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    let people: i64 = people::table
        .filter(people::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(MergeCounts {
        partners_moved: partners,
        partners_skipped: 0,
        engagements,
        people,
    })
}

/// What became of a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Merged (and audited); what moved.
    Done(MergeCounts),
    /// No such duplicate.
    NotFound,
    /// The organisation to keep does not exist.
    KeepNotFound,
    /// An organisation cannot be merged into itself.
    Same,
    /// The duplicate has delegates and the organisation kept is not a government.
    DelegatesNeedGovernment,
}

/// Merges organisation `duplicate` into `keep`, as administrator `actor`: its project
/// partnerships (except those that would repeat a (project, role) pair the kept one
/// already has), engagements and people move to `keep`, then the duplicate is deleted.
/// Each project whose partners change gets a public history entry. Run in a transaction.
pub fn merge_organisations(
    conn: &mut DbConn,
    actor: i32,
    duplicate: i32,
    keep: i32,
    now: NaiveDateTime,
) -> Result<Merge, DbError> {
    if duplicate == keep {
        return Ok(Merge::Same);
    }
    let Some(dup) = organisation(conn, duplicate)? else {
        return Ok(Merge::NotFound);
    };
    let Some(kept) = organisation(conn, keep)? else {
        return Ok(Merge::KeepNotFound);
    };
    if kept.kind != OrganisationKind::Government.code() {
        let delegates: i64 = people::table
            .filter(people::organisation_id.eq(duplicate))
            .filter(people::role.eq(Role::Delegate.code()))
            .count()
            .get_result(conn)?;
        if delegates > 0 {
            return Ok(Merge::DelegatesNeedGovernment);
        }
    }
    let mut counts = MergeCounts::default();
    let theirs: Vec<(i32, String)> = project_partners::table
        .filter(project_partners::organisation_id.eq(duplicate))
        .select((project_partners::project_id, project_partners::role))
        .order((project_partners::project_id, project_partners::role))
        .load(conn)?;
    let project_ids: Vec<i32> = theirs.iter().map(|(p, _)| *p).collect();
    let ours: HashSet<(i32, String)> = project_partners::table
        .filter(project_partners::organisation_id.eq(keep))
        .filter(project_partners::project_id.eq_any(&project_ids))
        .select((project_partners::project_id, project_partners::role))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let mut projects: Vec<i32> = Vec::new();
    for (project_id, role) in theirs {
        let row = project_partners::table
            .filter(project_partners::project_id.eq(project_id))
            .filter(project_partners::organisation_id.eq(duplicate))
            .filter(project_partners::role.eq(role.clone()));
        if ours.contains(&(project_id, role)) {
            diesel::delete(row).execute(conn)?;
            counts.partners_skipped += 1;
        } else {
            diesel::update(row)
                .set(project_partners::organisation_id.eq(keep))
                .execute(conn)?;
            counts.partners_moved += 1;
        }
        if projects.last() != Some(&project_id) {
            projects.push(project_id);
        }
    }
    let n = |x: usize| i64::try_from(x).unwrap_or(i64::MAX);
    counts.engagements = n(diesel::update(
        engagements::table.filter(engagements::organisation_id.eq(duplicate)),
    )
    .set(engagements::organisation_id.eq(keep))
    .execute(conn)?);
    counts.people = n(
        diesel::update(people::table.filter(people::organisation_id.eq(duplicate)))
            .set((people::organisation_id.eq(keep), people::updated_at.eq(now)))
            .execute(conn)?,
    );
    super::merge_brokering::move_brokering(conn, duplicate, &dup.name, keep, now)?;
    diesel::delete(organisations::table.find(duplicate)).execute(conn)?;
    for project_id in projects {
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor),
                action: "project.partner_merged",
                subject_type: "project",
                subject_id: Some(project_id),
                before: &dup.name,
                after: &kept.name,
                public: true,
            },
            now,
        )?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "organisation.merged",
            subject_type: "organisation",
            subject_id: Some(keep),
            before: &format!("merged={} ({}, #{})", dup.name, dup.code, dup.id),
            after: &format!(
                "kept={} ({}); partnerships moved={}, skipped={}; engagements={}; people={}",
                kept.name,
                kept.code,
                counts.partners_moved,
                counts.partners_skipped,
                counts.engagements,
                counts.people
            ),
            public: false,
        },
        now,
    )?;
    Ok(Merge::Done(counts))
}
