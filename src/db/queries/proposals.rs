//! Proposals through review (issue 5, points 1–3): creating and editing a proposal,
//! drafts, co-owner invitations, requests to join a similar project, submission,
//! withdrawal and review decisions. Each use case runs in the caller's transaction and
//! writes its audit entry (public when it belongs to the project's history), its event
//! (`notify::emit`) and its mail (through the outbox) with the change.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::partners;
use super::people::{AuditEntry, audit};
use crate::db::models::{NewProject, Outcome, ProjectRow, ProposalRow, ReviewRow};
use crate::db::schema::{
    co_owner_invitations, gfmd_outcomes, join_requests, organisations, people, project_countries,
    project_needs, project_outcomes, project_partners, project_proposals, project_regions,
    project_reviews, project_themes, projects, stage_changes,
};
use crate::db::{DbConn, DbError};
use crate::domain::proposal::{Proposal, ProposalInput, Review};
use crate::domain::{AnswerStatus, PartnerRole, PublicationState, Role};
use crate::email::messages::ReviewDecisionMail;
use crate::email::{Email, Outbox};
use crate::events::{Event, EventKind, emit};

/// Regions, proposal fields and latest decision of a project.
pub type Extras = (Vec<String>, Option<ProposalRow>, Option<ReviewRow>);

/// Regions, proposal fields and latest decision of a project (for its page).
pub fn extras(conn: &mut DbConn, id: i32) -> Result<Extras, DbError> {
    let regions = project_regions::table
        .filter(project_regions::project_id.eq(id))
        .select(project_regions::region_code)
        .order(project_regions::region_code)
        .load(conn)?;
    let proposal = project_proposals::table
        .find(id)
        .select(ProposalRow::as_select())
        .first(conn)
        .optional()?;
    let decision = project_reviews::table
        .filter(project_reviews::project_id.eq(id))
        .order((
            project_reviews::created_at.desc(),
            project_reviews::id.desc(),
        ))
        .select(ReviewRow::as_select())
        .first(conn)
        .optional()?;
    Ok((regions, proposal, decision))
}

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
        status: status.parse().unwrap_or(PublicationState::Draft),
        owner_ids: partners::owner_ids(conn, id)?,
    }))
}

fn search_text(p: &Proposal) -> String {
    crate::text::search_text([
        p.title.as_str(),
        p.summary.as_str(),
        p.objectives.as_str(),
        p.expected_results.as_str(),
    ])
}

/// Replaces the lists of a project (themes, places, needs, outcomes) by the proposal's.
fn replace_lists(
    conn: &mut DbConn,
    id: i32,
    p: &Proposal,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::delete(project_themes::table.filter(project_themes::project_id.eq(id)))
        .execute(conn)?;
    for t in &p.themes {
        diesel::insert_into(project_themes::table)
            .values((
                project_themes::project_id.eq(id),
                project_themes::theme_code.eq(t.code()),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_countries::table.filter(project_countries::project_id.eq(id)))
        .execute(conn)?;
    for c in &p.countries {
        diesel::insert_into(project_countries::table)
            .values((
                project_countries::project_id.eq(id),
                project_countries::country_code.eq(c.as_str()),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_regions::table.filter(project_regions::project_id.eq(id)))
        .execute(conn)?;
    for r in &p.regions {
        diesel::insert_into(project_regions::table)
            .values((
                project_regions::project_id.eq(id),
                project_regions::region_code.eq(r.code()),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_needs::table.filter(project_needs::project_id.eq(id))).execute(conn)?;
    for (kind, description) in &p.needs {
        diesel::insert_into(project_needs::table)
            .values((
                project_needs::project_id.eq(id),
                project_needs::kind.eq(kind.code()),
                project_needs::description.eq(description),
                project_needs::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    diesel::delete(project_outcomes::table.filter(project_outcomes::project_id.eq(id)))
        .execute(conn)?;
    for o in &p.outcomes {
        diesel::insert_into(project_outcomes::table)
            .values((
                project_outcomes::project_id.eq(id),
                project_outcomes::outcome_id.eq(*o),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Writes the proposal's own row (inserted the first time).
fn save_fields(
    conn: &mut DbConn,
    id: i32,
    p: &Proposal,
    proposed_by: Option<i32>,
) -> Result<(), DbError> {
    let budget = p.budget.map(|b| b.code());
    let updated = diesel::update(project_proposals::table.find(id))
        .set((
            project_proposals::expected_results.eq(&p.expected_results),
            project_proposals::starts_on.eq(p.starts_on),
            project_proposals::ends_on.eq(p.ends_on),
            project_proposals::budget.eq(budget),
            project_proposals::contact_name.eq(&p.contact_name),
            project_proposals::contact_email.eq(&p.contact_email),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(project_proposals::table)
            .values((
                project_proposals::project_id.eq(id),
                project_proposals::expected_results.eq(&p.expected_results),
                project_proposals::starts_on.eq(p.starts_on),
                project_proposals::ends_on.eq(p.ends_on),
                project_proposals::budget.eq(budget),
                project_proposals::contact_name.eq(&p.contact_name),
                project_proposals::contact_email.eq(&p.contact_email),
                project_proposals::proposed_by.eq(proposed_by),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Who acts: a person and their organisation.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Person id.
    pub person_id: i32,
    /// Their organisation (the government for a delegate).
    pub organisation_id: i32,
}

/// Stores a new proposal as a draft owned by the actor's government; returns its id.
pub fn create(
    conn: &mut DbConn,
    p: &Proposal,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    let id: i32 = diesel::insert_into(projects::table)
        .values(&NewProject {
            code: None,
            title: &p.title,
            summary: &p.summary,
            objectives: &p.objectives,
            origin: "",
            lang: p.lang.code(),
            status: PublicationState::Draft.code(),
            stage: p.stage.code(),
            search_text: search_text(p),
            created_at: now,
            updated_at: now,
        })
        .returning(projects::id)
        .get_result(conn)?;
    replace_lists(conn, id, p, now)?;
    save_fields(conn, id, p, Some(actor.person_id))?;
    let author: String = organisations::table
        .find(actor.organisation_id)
        .select(organisations::name)
        .first(conn)?;
    // A project enters at any stage: its timeline starts there, on the day it is proposed.
    diesel::insert_into(stage_changes::table)
        .values((
            stage_changes::project_id.eq(id),
            stage_changes::stage.eq(p.stage.code()),
            stage_changes::changed_on.eq(now.date()),
            stage_changes::note.eq(""),
            stage_changes::author.eq(&author),
            stage_changes::created_at.eq(now),
        ))
        .execute(conn)?;
    partners::add(
        conn,
        id,
        actor.organisation_id,
        PartnerRole::Owner,
        Some(actor.person_id),
        now,
    )?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.person_id),
            action: "project.proposed",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: &p.title,
            public: false,
        },
        now,
    )?;
    Ok(id)
}

/// Saves the owners' changes to a proposal. The stage changes here only while the
/// project is a draft (afterwards stages move with dated notes, on their own page).
pub fn update(
    conn: &mut DbConn,
    id: i32,
    p: &Proposal,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let (before, status): (String, String) = projects::table
        .find(id)
        .select((projects::title, projects::status))
        .first(conn)?;
    let draft = status == PublicationState::Draft.code();
    diesel::update(projects::table.find(id))
        .set((
            projects::title.eq(&p.title),
            projects::summary.eq(&p.summary),
            projects::objectives.eq(&p.objectives),
            projects::lang.eq(p.lang.code()),
            projects::search_text.eq(search_text(p)),
            projects::updated_at.eq(now),
        ))
        .execute(conn)?;
    if draft {
        diesel::update(projects::table.find(id))
            .set(projects::stage.eq(p.stage.code()))
            .execute(conn)?;
        diesel::update(stage_changes::table.filter(stage_changes::project_id.eq(id)))
            .set(stage_changes::stage.eq(p.stage.code()))
            .execute(conn)?;
    }
    replace_lists(conn, id, p, now)?;
    save_fields(conn, id, p, None)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: "project.edited",
            subject_type: "project",
            subject_id: Some(id),
            before: &before,
            after: &p.title,
            public: false,
        },
        now,
    )
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
            .map(|n| (n.kind.clone(), n.description.clone()))
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
        status: p.status.parse().unwrap_or(PublicationState::Draft),
        owner_ids: partners::owner_ids(conn, id)?,
    }))
}

fn set_status(
    conn: &mut DbConn,
    id: i32,
    status: PublicationState,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(projects::table.find(id))
        .set((
            projects::status.eq(status.code()),
            projects::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sends project `id` to review: public history entry and a `ProjectSubmitted` event.
pub fn submit(
    conn: &mut DbConn,
    id: i32,
    actor: &Actor,
    title: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    set_status(conn, id, PublicationState::Submitted, now)?;
    let updated = diesel::update(project_proposals::table.find(id))
        .set(project_proposals::submitted_at.eq(Some(now)))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(project_proposals::table)
            .values((
                project_proposals::project_id.eq(id),
                project_proposals::submitted_at.eq(Some(now)),
            ))
            .execute(conn)?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.person_id),
            action: "project.submitted",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: "",
            public: true,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::ProjectSubmitted,
            actor_id: Some(actor.person_id),
            project_id: Some(id),
            organisation_id: Some(actor.organisation_id),
            subject_id: None,
            summary: title,
        },
        now,
    )?;
    Ok(())
}

/// Withdraws project `id` (public history entry).
pub fn withdraw(
    conn: &mut DbConn,
    id: i32,
    actor_id: i32,
    before: PublicationState,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    set_status(conn, id, PublicationState::Withdrawn, now)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: "project.withdrawn",
            subject_type: "project",
            subject_id: Some(id),
            before: before.code(),
            after: PublicationState::Withdrawn.code(),
            public: true,
        },
        now,
    )
}

/// Active delegates of the organisations `owner_ids`: (id, name, address, language).
pub fn delegates_of(
    conn: &mut DbConn,
    owner_ids: &[i32],
) -> Result<Vec<(i32, String, String, String)>, DbError> {
    Ok(people::table
        .filter(people::organisation_id.eq_any(owner_ids))
        .filter(people::role.eq(Role::Delegate.code()))
        .filter(people::active.eq(true))
        .order(people::id)
        .select((people::id, people::name, people::email, people::lang))
        .load(conn)?)
}

/// Records a reviewer's decision: new state, public history entry, `ReviewDecision`
/// event, and a mail to every active delegate of the owning governments.
pub fn decide(
    conn: &mut DbConn,
    outbox: &Outbox,
    id: i32,
    review: &Review,
    reviewer_id: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let (title, lang): (String, String) = projects::table
        .find(id)
        .select((projects::title, projects::lang))
        .first(conn)?;
    let review_id: i32 = diesel::insert_into(project_reviews::table)
        .values((
            project_reviews::project_id.eq(id),
            project_reviews::reviewer_id.eq(Some(reviewer_id)),
            project_reviews::decision.eq(review.decision.code()),
            project_reviews::comments.eq(&review.comments),
            project_reviews::created_at.eq(now),
        ))
        .returning(project_reviews::id)
        .get_result(conn)?;
    let outcome = review.decision.outcome();
    set_status(conn, id, outcome, now)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(reviewer_id),
            action: match outcome {
                PublicationState::Endorsed => "project.endorsed",
                PublicationState::ChangesRequested => "project.changes_requested",
                _ => "project.declined",
            },
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: "",
            public: true,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::ReviewDecision,
            actor_id: Some(reviewer_id),
            project_id: Some(id),
            organisation_id: None,
            subject_id: Some(review_id),
            summary: review.decision.code(),
        },
        now,
    )?;
    let owners = partners::owner_ids(conn, id)?;
    for (person_id, name, email, person_lang) in delegates_of(conn, &owners)? {
        let mail = Email::new(
            &email,
            person_lang.parse().unwrap_or_default(),
            &ReviewDecisionMail {
                name,
                title: title.clone(),
                title_lang: lang.clone(),
                decision: review.decision,
                comments: review.comments.clone(),
                path: format!("/projects/{id}"),
            },
            format!("review:{review_id}:{person_id}"),
        )
        .map_err(|e| DbError::Query(diesel::result::Error::QueryBuilderError(Box::new(e))))?;
        outbox.enqueue(conn, &mail)?;
    }
    Ok(())
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
    Ok(rows
        .into_iter()
        .map(|(id, title, summary, lang, status)| SimilarityRow {
            themes: themes.remove(&id).unwrap_or_default(),
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
        let index = crate::text::similar::SimilarityIndex::new(rows.iter().map(|r| {
            crate::text::similar::Doc {
                key: r.id,
                lang: r.lang.parse().unwrap_or_default(),
                title: &r.title,
                summary: &r.summary,
                themes: &r.themes,
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

/// What became of an invitation or a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// Recorded.
    Done,
    /// The organisation already owns the project.
    AlreadyOwner,
    /// The same question already waits for an answer.
    AlreadyPending,
}

/// Invites government `org` to co-own project `id`.
pub fn invite_co_owner(
    conn: &mut DbConn,
    id: i32,
    org: i32,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Asked, DbError> {
    if partners::owner_ids(conn, id)?.contains(&org) {
        return Ok(Asked::AlreadyOwner);
    }
    let pending: i64 = co_owner_invitations::table
        .filter(co_owner_invitations::project_id.eq(id))
        .filter(co_owner_invitations::organisation_id.eq(org))
        .filter(co_owner_invitations::status.eq(AnswerStatus::Pending.code()))
        .count()
        .get_result(conn)?;
    if pending > 0 {
        return Ok(Asked::AlreadyPending);
    }
    diesel::insert_into(co_owner_invitations::table)
        .values((
            co_owner_invitations::project_id.eq(id),
            co_owner_invitations::organisation_id.eq(org),
            co_owner_invitations::invited_by.eq(Some(actor_id)),
            co_owner_invitations::status.eq(AnswerStatus::Pending.code()),
            co_owner_invitations::created_at.eq(now),
        ))
        .execute(conn)?;
    let name: String = organisations::table
        .find(org)
        .select(organisations::name)
        .first(conn)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: "project.co_owner_invited",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: &name,
            public: false,
        },
        now,
    )?;
    Ok(Asked::Done)
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

/// What answering found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Answered now.
    Done,
    /// No such pending question addressed to this organisation.
    NotFound,
}

/// Government `org` accepts or declines invitation `invitation`; accepted, it becomes an
/// owner (through [`partners::add`]: public history entry and event).
pub fn answer_invitation(
    conn: &mut DbConn,
    invitation: i32,
    org: i32,
    accept: bool,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Answer, DbError> {
    let Some(project_id) = co_owner_invitations::table
        .find(invitation)
        .filter(co_owner_invitations::organisation_id.eq(org))
        .filter(co_owner_invitations::status.eq(AnswerStatus::Pending.code()))
        .select(co_owner_invitations::project_id)
        .first::<i32>(conn)
        .optional()?
    else {
        return Ok(Answer::NotFound);
    };
    let status = if accept {
        AnswerStatus::Accepted
    } else {
        AnswerStatus::Declined
    };
    diesel::update(co_owner_invitations::table.find(invitation))
        .set((
            co_owner_invitations::status.eq(status.code()),
            co_owner_invitations::answered_by.eq(Some(actor_id)),
            co_owner_invitations::answered_at.eq(Some(now)),
        ))
        .execute(conn)?;
    if accept {
        partners::add(
            conn,
            project_id,
            org,
            PartnerRole::Owner,
            Some(actor_id),
            now,
        )?;
    } else {
        let name: String = organisations::table
            .find(org)
            .select(organisations::name)
            .first(conn)?;
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor_id),
                action: "project.co_owner_declined",
                subject_type: "project",
                subject_id: Some(project_id),
                before: "",
                after: &name,
                public: false,
            },
            now,
        )?;
    }
    Ok(Answer::Done)
}

/// Government `org` asks to join public project `id` as co-owner, coming from its own
/// proposal `from` (which it keeps as a draft).
pub fn request_join(
    conn: &mut DbConn,
    id: i32,
    from: Option<i32>,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<Asked, DbError> {
    if partners::owner_ids(conn, id)?.contains(&actor.organisation_id) {
        return Ok(Asked::AlreadyOwner);
    }
    let pending: i64 = join_requests::table
        .filter(join_requests::project_id.eq(id))
        .filter(join_requests::organisation_id.eq(actor.organisation_id))
        .filter(join_requests::status.eq(AnswerStatus::Pending.code()))
        .count()
        .get_result(conn)?;
    if pending > 0 {
        return Ok(Asked::AlreadyPending);
    }
    diesel::insert_into(join_requests::table)
        .values((
            join_requests::project_id.eq(id),
            join_requests::organisation_id.eq(actor.organisation_id),
            join_requests::from_project_id.eq(from),
            join_requests::requested_by.eq(Some(actor.person_id)),
            join_requests::status.eq(AnswerStatus::Pending.code()),
            join_requests::created_at.eq(now),
        ))
        .execute(conn)?;
    let name: String = organisations::table
        .find(actor.organisation_id)
        .select(organisations::name)
        .first(conn)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.person_id),
            action: "project.join_requested",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: &name,
            public: false,
        },
        now,
    )?;
    Ok(Asked::Done)
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

/// An owner (a delegate of government `org`) accepts or declines join request `request`;
/// accepted, the requesting government becomes an owner.
pub fn answer_join(
    conn: &mut DbConn,
    request: i32,
    org: i32,
    accept: bool,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Answer, DbError> {
    let Some((project_id, requester)) = join_requests::table
        .find(request)
        .filter(join_requests::status.eq(AnswerStatus::Pending.code()))
        .select((join_requests::project_id, join_requests::organisation_id))
        .first::<(i32, i32)>(conn)
        .optional()?
    else {
        return Ok(Answer::NotFound);
    };
    if !partners::owner_ids(conn, project_id)?.contains(&org) {
        return Ok(Answer::NotFound);
    }
    let status = if accept {
        AnswerStatus::Accepted
    } else {
        AnswerStatus::Declined
    };
    diesel::update(join_requests::table.find(request))
        .set((
            join_requests::status.eq(status.code()),
            join_requests::answered_by.eq(Some(actor_id)),
            join_requests::answered_at.eq(Some(now)),
        ))
        .execute(conn)?;
    if accept {
        partners::add(
            conn,
            project_id,
            requester,
            PartnerRole::Owner,
            Some(actor_id),
            now,
        )?;
    } else {
        let name: String = organisations::table
            .find(requester)
            .select(organisations::name)
            .first(conn)?;
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor_id),
                action: "project.join_declined",
                subject_type: "project",
                subject_id: Some(project_id),
                before: "",
                after: &name,
                public: false,
            },
            now,
        )?;
    }
    Ok(Answer::Done)
}
