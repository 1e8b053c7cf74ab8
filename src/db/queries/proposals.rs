//! Proposals through review (issue 5, points 1–3): creating and editing a proposal,
//! drafts, co-owner invitations, requests to join a similar project, submission,
//! withdrawal and review decisions. Each use case runs in the caller's transaction and
//! writes its audit entry (public when it belongs to the project's history), its event
//! (`notify::emit`) and its mail (through the outbox) with the change.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::partners;
use crate::db::code::{code, codes};
use crate::db::models::{Outcome, ProjectRow};
use crate::db::schema::{
    co_owner_invitations, gfmd_outcomes, join_requests, organisations, people, project_countries,
    project_outcomes, project_partners, project_proposals, project_themes, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::proposal::ProposalInput;
use crate::domain::{AnswerStatus, PartnerRole, PublicationState, Role};

/// The GFMD outcomes a proposal may follow up, by session and position.
pub fn outcome_choices(conn: &mut DbConn) -> Result<Vec<Outcome>, DbError> {
    Ok(gfmd_outcomes::table
        .order((gfmd_outcomes::session, gfmd_outcomes::position))
        .select(Outcome::as_select())
        .load(conn)?)
}

/// Governments as (id, name), by name: who may be invited as co-owner.
pub fn governments(conn: &mut DbConn) -> Result<Vec<(i32, String)>, DbError> {
    Ok(organisations::table
        .filter(organisations::kind.eq(crate::domain::OrganisationKind::Government.code()))
        .filter(organisations::country_code.is_not_null())
        .order((organisations::name, organisations::id))
        .select((organisations::id, organisations::name))
        .load(conn)?)
}

/// A project's status and owners: what permission checks need.
#[derive(Debug, Clone)]
pub struct Standing {
    /// Title.
    pub title: String,
    /// Publication state.
    pub status: PublicationState,
    /// Owning organisations.
    pub owner_ids: Vec<i32>,
}

/// Status and owners of project `id`, if it exists.
pub fn standing(conn: &mut DbConn, id: i32) -> Result<Option<Standing>, DbError> {
    let Some((title, status)) = projects::table
        .find(id)
        .select((projects::title, projects::status))
        .first::<(String, String)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(Some(Standing {
        title,
        status: code("projects.status", &status)?,
        owner_ids: partners::owner_ids(conn, id)?,
    }))
}

/// A proposal as its form shows it, with its state.
#[derive(Debug, Clone)]
pub struct Editable {
    /// The form's values.
    pub input: ProposalInput,
    /// Publication state.
    pub status: PublicationState,
    /// Owning organisations.
    pub owner_ids: Vec<i32>,
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// Project `id` as the proposal form shows it, if it exists.
pub fn editable(conn: &mut DbConn, id: i32) -> Result<Option<Editable>, DbError> {
    let Some(detail) = super::projects::detail(conn, id, false)? else {
        return Ok(None);
    };
    let p = &detail.project;
    let fields = detail.proposal.clone().unwrap_or_default();
    let outcomes = project_outcomes::table
        .filter(project_outcomes::project_id.eq(id))
        .select(project_outcomes::outcome_id)
        .load::<i32>(conn)?;
    let input = ProposalInput {
        title: p.title.clone(),
        summary: p.summary.clone(),
        objectives: p.objectives.clone(),
        expected_results: fields.expected_results,
        themes: detail.themes.clone(),
        countries: detail.countries.clone(),
        regions: detail.regions.clone(),
        needs: detail
            .needs
            .iter()
            .map(|n| (n.need.kind.clone(), n.need.description.clone()))
            .collect(),
        starts_on: date_text(fields.starts_on),
        ends_on: date_text(fields.ends_on),
        budget: fields.budget.unwrap_or_default(),
        outcomes: outcomes.iter().map(i32::to_string).collect(),
        stage: p.stage.clone(),
        contact_name: fields.contact_name,
        contact_email: fields.contact_email,
        lang: p.lang.clone(),
    };
    Ok(Some(Editable {
        input,
        status: code("projects.status", &p.status)?,
        owner_ids: partners::owner_ids(conn, id)?,
    }))
}

/// Active delegates of the organisations `owner_ids`: (id, name, address, language).
pub fn delegates_of(
    conn: &mut DbConn,
    owner_ids: &[i32],
) -> Result<Vec<(i32, String, String, crate::domain::Language)>, DbError> {
    people::table
        .filter(people::organisation_id.eq_any(owner_ids))
        .filter(people::role.eq(Role::Delegate.code()))
        .filter(people::active.eq(true))
        .order(people::id)
        .select((people::id, people::name, people::email, people::lang))
        .load::<(i32, String, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, email, lang)| Ok((id, name, email, code("people.lang", &lang)?)))
        .collect()
}

/// A project on someone's "My projects" page or in the review queue.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The listed columns.
    pub row: ProjectRow,
    /// Names of the owners.
    pub owners: Vec<String>,
    /// When it was last sent to review.
    pub submitted_at: Option<NaiveDateTime>,
}

fn listed(conn: &mut DbConn, rows: Vec<ProjectRow>) -> Result<Vec<Listed>, DbError> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut owners: HashMap<i32, Vec<String>> = HashMap::new();
    for (pid, name) in project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq_any(&ids))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .order((project_partners::project_id, organisations::name))
        .select((project_partners::project_id, organisations::name))
        .load::<(i32, String)>(conn)?
    {
        owners.entry(pid).or_default().push(name);
    }
    let submitted: HashMap<i32, Option<NaiveDateTime>> = project_proposals::table
        .filter(project_proposals::project_id.eq_any(&ids))
        .select((
            project_proposals::project_id,
            project_proposals::submitted_at,
        ))
        .load::<(i32, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| Listed {
            owners: owners.remove(&row.id).unwrap_or_default(),
            submitted_at: submitted.get(&row.id).copied().flatten(),
            row,
        })
        .collect())
}

/// Projects organisation `org` owns, drafts included, most recently changed first.
pub fn owned_by(conn: &mut DbConn, org: i32) -> Result<Vec<Listed>, DbError> {
    let rows = projects::table
        .filter(
            projects::id.eq_any(
                project_partners::table
                    .filter(project_partners::organisation_id.eq(org))
                    .filter(project_partners::role.eq(PartnerRole::Owner.code()))
                    .select(project_partners::project_id),
            ),
        )
        .order((projects::updated_at.desc(), projects::id.desc()))
        .select(ProjectRow::as_select())
        .load(conn)?;
    listed(conn, rows)
}

/// Submitted projects waiting for a decision, longest waiting first.
pub fn review_queue(conn: &mut DbConn) -> Result<Vec<Listed>, DbError> {
    let rows = projects::table
        .filter(projects::status.eq(PublicationState::Submitted.code()))
        .order((projects::updated_at, projects::id))
        .select(ProjectRow::as_select())
        .load(conn)?;
    let mut items = listed(conn, rows)?;
    items.sort_by_key(|l| (l.submitted_at, l.row.id));
    Ok(items)
}

/// What the similarity index needs of one project.
#[derive(Debug, Clone)]
pub struct SimilarityRow {
    /// Project id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Content language.
    pub lang: String,
    /// Publication state code.
    pub status: String,
    /// Theme codes.
    pub themes: Vec<String>,
    /// Country codes.
    pub countries: Vec<String>,
    /// Ids of the owning organisations: a delegate is never asked to join their own.
    pub owner_ids: Vec<i32>,
}

/// Every public project, for comparison.
pub fn similarity_rows(conn: &mut DbConn) -> Result<Vec<SimilarityRow>, DbError> {
    let rows: Vec<(i32, String, String, String, String)> = projects::table
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .order(projects::id)
        .select((
            projects::id,
            projects::title,
            projects::summary,
            projects::lang,
            projects::status,
        ))
        .load(conn)?;
    let mut themes: HashMap<i32, Vec<String>> = HashMap::new();
    for (pid, code) in project_themes::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((project_themes::project_id, project_themes::theme_code))
        .load::<(i32, String)>(conn)?
    {
        themes.entry(pid).or_default().push(code);
    }
    let mut countries: HashMap<i32, Vec<String>> = HashMap::new();
    for (pid, code) in project_countries::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .order((
            project_countries::project_id,
            project_countries::country_code,
        ))
        .select((
            project_countries::project_id,
            project_countries::country_code,
        ))
        .load::<(i32, String)>(conn)?
    {
        countries.entry(pid).or_default().push(code);
    }
    let mut owners: HashMap<i32, Vec<i32>> = HashMap::new();
    for (pid, org) in project_partners::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select((
            project_partners::project_id,
            project_partners::organisation_id,
        ))
        .load::<(i32, i32)>(conn)?
    {
        owners.entry(pid).or_default().push(org);
    }
    Ok(rows
        .into_iter()
        .map(|(id, title, summary, lang, status)| SimilarityRow {
            themes: themes.remove(&id).unwrap_or_default(),
            countries: countries.remove(&id).unwrap_or_default(),
            owner_ids: owners.remove(&id).unwrap_or_default(),
            id,
            title,
            summary,
            lang,
            status,
        })
        .collect())
}

/// The public projects, indexed for the duplicate check and the "likely duplicate" flags.
pub struct Corpus {
    /// The projects, by id.
    pub rows: HashMap<i32, SimilarityRow>,
    /// Their similarity index.
    pub index: crate::text::similar::SimilarityIndex<i32>,
}

/// What identifies the set of public projects as the index saw it: how many there are and
/// when the last one changed. Unlike the content version it does not move when a draft is
/// saved, so checking a fresh draft reuses the index.
type Fingerprint = (i64, Option<NaiveDateTime>);

/// This instance's index of the public projects, rebuilt when they change (one slot: an
/// index of every project is too big to keep one per version).
#[derive(Default)]
pub struct CorpusSlot(std::sync::Mutex<Option<(Fingerprint, std::sync::Arc<Corpus>)>>);

impl CorpusSlot {
    /// The index of the public projects as they are now.
    pub fn get(&self, conn: &mut DbConn) -> Result<std::sync::Arc<Corpus>, DbError> {
        let public = || projects::table.filter(projects::status.ne(PublicationState::Draft.code()));
        let fingerprint: Fingerprint = public()
            .select((
                diesel::dsl::count_star(),
                diesel::dsl::max(projects::updated_at),
            ))
            .first(conn)?;
        // A poisoned lock only means another request panicked while building: rebuild.
        let mut slot = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((f, corpus)) = slot.as_ref()
            && *f == fingerprint
        {
            return Ok(corpus.clone());
        }
        let rows = similarity_rows(conn)?;
        let langs: Vec<crate::domain::Language> =
            codes("projects.lang", rows.iter().map(|r| &r.lang))?;
        let index =
            crate::text::similar::SimilarityIndex::new(rows.iter().zip(langs).map(|(r, lang)| {
                crate::text::similar::Doc {
                    key: r.id,
                    lang,
                    title: &r.title,
                    summary: &r.summary,
                    themes: &r.themes,
                    countries: &r.countries,
                }
            }));
        let corpus = std::sync::Arc::new(Corpus {
            rows: rows.into_iter().map(|r| (r.id, r)).collect(),
            index,
        });
        *slot = Some((fingerprint, corpus.clone()));
        Ok(corpus)
    }
}

/// A co-owner invitation as the invited government's delegates see it.
#[derive(Debug, Clone)]
pub struct InvitationView {
    /// Invitation id.
    pub id: i32,
    /// Project id.
    pub project_id: i32,
    /// Project title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Invited organisation's name.
    pub organisation: String,
    /// `AnswerStatus` code.
    pub status: String,
    /// When.
    pub created_at: NaiveDateTime,
}

fn invitation_views(
    conn: &mut DbConn,
    query: co_owner_invitations::BoxedQuery<'static, super::Backend>,
) -> Result<Vec<InvitationView>, DbError> {
    let rows: Vec<(i32, i32, i32, String, NaiveDateTime)> = query
        .order(co_owner_invitations::id.desc())
        .select((
            co_owner_invitations::id,
            co_owner_invitations::project_id,
            co_owner_invitations::organisation_id,
            co_owner_invitations::status,
            co_owner_invitations::created_at,
        ))
        .load(conn)?;
    views(conn, rows)
}

/// Invitations or requests as `/projects/mine` lists them: each (id, project, the other
/// government, status, when) with the project's title and the government's name.
fn views(
    conn: &mut DbConn,
    rows: Vec<(i32, i32, i32, String, NaiveDateTime)>,
) -> Result<Vec<InvitationView>, DbError> {
    let mut out = Vec::new();
    for (id, project_id, org, status, created_at) in rows {
        let (title, lang): (String, String) = projects::table
            .find(project_id)
            .select((projects::title, projects::lang))
            .first(conn)?;
        let organisation: String = organisations::table
            .find(org)
            .select(organisations::name)
            .first(conn)?;
        out.push(InvitationView {
            id,
            project_id,
            title,
            lang,
            organisation,
            status,
            created_at,
        });
    }
    Ok(out)
}

/// Invitations waiting for government `org`'s answer.
pub fn invitations_for(conn: &mut DbConn, org: i32) -> Result<Vec<InvitationView>, DbError> {
    invitation_views(
        conn,
        co_owner_invitations::table
            .filter(co_owner_invitations::organisation_id.eq(org))
            .filter(co_owner_invitations::status.eq(AnswerStatus::Pending.code()))
            .into_boxed(),
    )
}

/// Every invitation of project `id`, newest first.
pub fn invitations_of(conn: &mut DbConn, id: i32) -> Result<Vec<InvitationView>, DbError> {
    invitation_views(
        conn,
        co_owner_invitations::table
            .filter(co_owner_invitations::project_id.eq(id))
            .into_boxed(),
    )
}

/// Pending requests to join projects government `org` owns (their owners answer them).
pub fn join_requests_to(conn: &mut DbConn, org: i32) -> Result<Vec<InvitationView>, DbError> {
    let owned: Vec<i32> = project_partners::table
        .filter(project_partners::organisation_id.eq(org))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select(project_partners::project_id)
        .load(conn)?;
    let rows: Vec<(i32, i32, i32, String, NaiveDateTime)> = join_requests::table
        .filter(join_requests::project_id.eq_any(&owned))
        .filter(join_requests::status.eq(AnswerStatus::Pending.code()))
        .order(join_requests::id)
        .select((
            join_requests::id,
            join_requests::project_id,
            join_requests::organisation_id,
            join_requests::status,
            join_requests::created_at,
        ))
        .load(conn)?;
    views(conn, rows)
}

/// Requests government `org` has sent, newest first.
pub fn join_requests_from(conn: &mut DbConn, org: i32) -> Result<Vec<InvitationView>, DbError> {
    let rows: Vec<(i32, i32, String, NaiveDateTime)> = join_requests::table
        .filter(join_requests::organisation_id.eq(org))
        .order(join_requests::id.desc())
        .select((
            join_requests::id,
            join_requests::project_id,
            join_requests::status,
            join_requests::created_at,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (id, project_id, status, created_at) in rows {
        let (title, lang): (String, String) = projects::table
            .find(project_id)
            .select((projects::title, projects::lang))
            .first(conn)?;
        out.push(InvitationView {
            id,
            project_id,
            title,
            lang,
            organisation: String::new(),
            status,
            created_at,
        });
    }
    Ok(out)
}
