//! The facilitator's queue (public projects that need partners, the most neglected
//! first) and what a project's page in it reads: its head and needs, the heads of the
//! candidate organisations, and the organisations that declined it recently (which
//! ranking leaves out).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::{max, min};
use diesel::prelude::*;

use crate::db::schema::{
    contact_points, interests, introductions, organisations, people, project_needs,
    project_partners, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::{InterestState, IntroductionState};
use crate::domain::{PartnerRole, ProjectStage, PublicationState, Role};

/// A public project with needs, as the facilitator's queue shows it.
#[derive(Debug, Clone)]
pub struct QueueRow {
    /// Project id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// `ProjectStage` code.
    pub stage: String,
    /// Number of needs.
    pub needs: i64,
    /// Needs still wanting partners (open or only partly met).
    pub open_needs: i64,
    /// Since when its needs have gone unmet (see [`queue`]).
    pub unmet_since: NaiveDateTime,
    /// When it was last introduced to an organisation (`None`: never).
    pub last_introduction: Option<NaiveDateTime>,
    /// Introductions waiting for answers.
    pub open_introductions: i64,
}

/// The projects that need partners, the most neglected first.
///
/// A public project is in the queue while it lists needs not yet met (open, or met only
/// in part); one whose needs are all met leaves it. Its needs have gone unmet since
/// its oldest need was posted, or since a partner last joined if that came later (a new
/// partner may have met a need: the clock starts again). Order: unmet the longest first,
/// then the earlier stage first (a project still being designed has most to gain from
/// partners), then introduced never or the longest ago first, then by id.
pub fn queue(conn: &mut DbConn) -> Result<Vec<QueueRow>, DbError> {
    let oldest_need: Vec<(i32, Option<NaiveDateTime>, i64)> = project_needs::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .group_by(project_needs::project_id)
        .select((
            project_needs::project_id,
            min(project_needs::created_at),
            diesel::dsl::count(project_needs::id),
        ))
        .load(conn)?;
    if oldest_need.is_empty() {
        return Ok(Vec::new());
    }
    let last_partner: HashMap<i32, Option<NaiveDateTime>> = project_partners::table
        .filter(project_partners::role.ne(PartnerRole::Owner.code()))
        .group_by(project_partners::project_id)
        .select((
            project_partners::project_id,
            max(project_partners::created_at),
        ))
        .load::<(i32, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .collect();
    let last_intro: HashMap<i32, Option<NaiveDateTime>> = introductions::table
        .group_by(introductions::project_id)
        .select((introductions::project_id, max(introductions::created_at)))
        .load::<(i32, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .collect();
    let open: HashMap<i32, i64> = introductions::table
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .group_by(introductions::project_id)
        .select((
            introductions::project_id,
            diesel::dsl::count(introductions::id),
        ))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    let ids: Vec<i32> = oldest_need.iter().map(|r| r.0).collect();
    let need_counts = crate::db::queries::needs::counts(conn, &ids)?;
    let heads: HashMap<i32, (String, String, String)> = projects::table
        .filter(projects::id.eq_any(&ids))
        .select((
            projects::id,
            projects::title,
            projects::lang,
            projects::stage,
        ))
        .load::<(i32, String, String, String)>(conn)?
        .into_iter()
        .map(|(id, t, l, s)| (id, (t, l, s)))
        .collect();
    let mut rows: Vec<QueueRow> = oldest_need
        .into_iter()
        .filter_map(|(id, oldest, needs)| {
            // A project whose needs are all met leaves the queue.
            let open_needs = need_counts.get(&id).map_or(needs, |c| c.1);
            if open_needs == 0 {
                return None;
            }
            let (title, lang, stage) = heads.get(&id)?.clone();
            let oldest = oldest?;
            let joined = last_partner.get(&id).copied().flatten();
            Some(QueueRow {
                id,
                title,
                lang,
                stage,
                needs,
                open_needs,
                unmet_since: joined.map_or(oldest, |j| j.max(oldest)),
                last_introduction: last_intro.get(&id).copied().flatten(),
                open_introductions: open.get(&id).copied().unwrap_or(0),
            })
        })
        .collect();
    let stage_rank = |code: &str| {
        ProjectStage::ALL
            .iter()
            .position(|s| s.code() == code)
            .unwrap_or(usize::MAX)
    };
    rows.sort_by(|a, b| {
        a.unmet_since
            .cmp(&b.unmet_since)
            .then_with(|| stage_rank(&a.stage).cmp(&stage_rank(&b.stage)))
            // `None` (never introduced) sorts before any time.
            .then_with(|| a.last_introduction.cmp(&b.last_introduction))
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(rows)
}

/// Ids of the organisations that declined this project (or were declined by it) since
/// `since`: introductions declined by either side, and expressions of interest the owners
/// declined. Ranking leaves them out for a while rather than suggesting them again.
pub fn recently_declined(
    conn: &mut DbConn,
    project_id: i32,
    since: NaiveDateTime,
) -> Result<Vec<i32>, DbError> {
    let mut ids: Vec<i32> = introductions::table
        .filter(introductions::project_id.eq(project_id))
        .filter(introductions::state.eq(IntroductionState::Declined.code()))
        .filter(introductions::closed_at.ge(since))
        .select(introductions::organisation_id)
        .load(conn)?;
    ids.extend(
        interests::table
            .filter(interests::project_id.eq(project_id))
            .filter(interests::state.eq(InterestState::Declined.code()))
            .filter(interests::answered_at.ge(since))
            .select(interests::organisation_id)
            .load::<i32>(conn)?,
    );
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// A public project's title, language and stage; `None` if there is no such public
/// project.
pub fn public_head(
    conn: &mut DbConn,
    id: i32,
) -> Result<Option<(String, String, String)>, DbError> {
    Ok(projects::table
        .find(id)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((projects::title, projects::lang, projects::stage))
        .first(conn)
        .optional()?)
}

/// A project's needs, in the order posted.
pub fn needs_of(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Vec<crate::db::models::Need>, DbError> {
    Ok(project_needs::table
        .filter(project_needs::project_id.eq(project_id))
        .select(crate::db::models::Need::as_select())
        .order(project_needs::id)
        .load(conn)?)
}

/// What the candidate list shows of an organisation.
#[derive(Debug, Clone)]
pub struct CandidateHead {
    /// Name.
    pub name: String,
    /// `OrganisationKind` code.
    pub kind: String,
    /// Country code, if any.
    pub country: Option<String>,
    /// Whether anyone there can answer an introduction: someone has an account, or a
    /// contact point's mail arrives.
    pub reachable: bool,
    /// Not reachable because mail to its contact points bounced.
    pub bounced: bool,
}

/// What the candidate list shows of each organisation, by id.
pub fn candidate_heads(
    conn: &mut DbConn,
    ids: &[i32],
) -> Result<HashMap<i32, CandidateHead>, DbError> {
    let reachable: Vec<i32> = people::table
        .filter(people::organisation_id.eq_any(ids))
        .filter(people::role.eq_any([Role::Member.code(), Role::Delegate.code()]))
        .filter(people::active.eq(true))
        .select(people::organisation_id.assume_not_null())
        .distinct()
        .load(conn)?;
    // Or through a contact point whose mail arrives (issue 13).
    let by_contact: Vec<i32> = contact_points::table
        .filter(contact_points::organisation_id.eq_any(ids))
        .filter(contact_points::unreachable_at.is_null())
        .select(contact_points::organisation_id)
        .distinct()
        .load(conn)?;
    let reachable: Vec<i32> = reachable.into_iter().chain(by_contact).collect();
    let bounced: Vec<i32> = contact_points::table
        .filter(contact_points::organisation_id.eq_any(ids))
        .filter(contact_points::unreachable_at.is_not_null())
        .select(contact_points::organisation_id)
        .distinct()
        .load(conn)?;
    Ok(organisations::table
        .filter(organisations::id.eq_any(ids))
        .select((
            organisations::id,
            organisations::name,
            organisations::kind,
            organisations::country_code,
        ))
        .load::<(i32, String, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, name, kind, country)| {
            let reachable = reachable.contains(&id);
            let bounced = !reachable && bounced.contains(&id);
            (
                id,
                CandidateHead {
                    name,
                    kind,
                    country,
                    reachable,
                    bounced,
                },
            )
        })
        .collect())
}

/// An organisation's name.
pub fn organisation_name(conn: &mut DbConn, id: i32) -> Result<Option<String>, DbError> {
    Ok(organisations::table
        .find(id)
        .select(organisations::name)
        .first(conn)
        .optional()?)
}
