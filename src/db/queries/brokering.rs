//! What brokering reads: the facilitator's queue, introductions, expressions of interest,
//! meetings, the people who answer for each side, and the organisations that declined a
//! project recently (which ranking leaves out). The writes are use cases in
//! `crate::app::brokering`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::{max, min};
use diesel::prelude::*;

use super::partners;
use crate::db::code::code;
use crate::db::schema::{
    interests, introductions, meeting_invitees, meeting_organisations, meetings, organisations,
    people, project_needs, project_partners, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::Contact;
use crate::domain::brokering::{InterestState, IntroductionState};
use crate::domain::{Language, PartnerRole, ProjectStage, PublicationState, Role};

/// An introduction as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = introductions)]
pub struct Introduction {
    /// Surrogate key.
    pub id: i32,
    /// The project.
    pub project_id: i32,
    /// The organisation introduced (the candidate).
    pub organisation_id: i32,
    /// Proposed `PartnerRole` code.
    pub role: String,
    /// The facilitator's message.
    pub message: String,
    /// Language of the message.
    pub lang: String,
    /// `IntroductionState` code.
    pub state: String,
    /// The facilitator who proposed it.
    pub proposed_by: Option<i32>,
    /// The project side's `Answer` code, once given.
    pub project_answer: Option<String>,
    /// The candidate side's `Answer` code, once given.
    pub candidate_answer: Option<String>,
    /// Why it was declined.
    pub decline_reason: String,
    /// When it expires unless both accepted.
    pub expires_at: NaiveDateTime,
    /// When the reminder went out.
    pub reminded_at: Option<NaiveDateTime>,
    /// When it was accepted, declined or expired.
    pub closed_at: Option<NaiveDateTime>,
    /// Proposed.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// An expression of interest as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = interests)]
pub struct Interest {
    /// Surrogate key.
    pub id: i32,
    /// The project.
    pub project_id: i32,
    /// The organisation that would like to partner.
    pub organisation_id: i32,
    /// Who said so.
    pub person_id: Option<i32>,
    /// What it offers (`NeedKind` code).
    pub offer: String,
    /// Its message.
    pub message: String,
    /// Language of the message.
    pub lang: String,
    /// `InterestState` code.
    pub state: String,
    /// Role given when accepted.
    pub role: Option<String>,
    /// Why it was declined.
    pub decline_reason: String,
    /// Who answered.
    pub answered_by: Option<i32>,
    /// When.
    pub answered_at: Option<NaiveDateTime>,
    /// Expressed.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// A meeting as stored (times in UTC).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = meetings)]
pub struct Meeting {
    /// Surrogate key.
    pub id: i32,
    /// The project.
    pub project_id: i32,
    /// The introduction it follows, if any.
    pub introduction_id: Option<i32>,
    /// iCalendar SEQUENCE: bumped on every change.
    pub sequence: i32,
    /// Title.
    pub title: String,
    /// Start (UTC).
    pub starts_at: NaiveDateTime,
    /// End (UTC).
    pub ends_at: NaiveDateTime,
    /// IANA time zone it was planned in.
    pub time_zone: String,
    /// Place.
    pub place: String,
    /// Online link.
    pub online_url: String,
    /// Agenda.
    pub agenda: String,
    /// Language of title, agenda and notes.
    pub lang: String,
    /// Notes kept afterwards.
    pub notes: String,
    /// `MeetingState` code.
    pub state: String,
    /// Who proposed it.
    pub organiser_id: Option<i32>,
    /// Proposed.
    pub created_at: NaiveDateTime,
}

/// Someone who answers for a side, with what their mail needs.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// Person id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Language setting.
    pub lang: Language,
    /// Their organisation's name.
    pub organisation: String,
}

impl Recipient {
    /// As a contact given to the other side.
    pub fn contact(&self) -> Contact {
        Contact {
            name: self.name.clone(),
            email: self.email.clone(),
            organisation: self.organisation.clone(),
        }
    }
}

/// Active people of `organisation_ids` in `roles`, by name.
pub fn people_of(
    conn: &mut DbConn,
    organisation_ids: &[i32],
    roles: &[Role],
) -> Result<Vec<Recipient>, DbError> {
    let roles: Vec<&str> = roles.iter().map(|r| r.code()).collect();
    let rows: Vec<(i32, String, String, String, String)> = people::table
        .inner_join(organisations::table)
        .filter(people::organisation_id.eq_any(organisation_ids))
        .filter(people::role.eq_any(roles))
        .filter(people::active.eq(true))
        .select((
            people::id,
            people::name,
            people::email,
            people::lang,
            organisations::name,
        ))
        .order((people::name, people::id))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, name, email, lang, organisation)| {
            Ok(Recipient {
                id,
                name,
                email,
                lang: code("people.lang", &lang)?,
                organisation,
            })
        })
        .collect()
}

/// Who answers for a project: the delegates of its owning governments.
pub fn project_side(conn: &mut DbConn, project_id: i32) -> Result<Vec<Recipient>, DbError> {
    let owners = partners::owner_ids(conn, project_id)?;
    people_of(conn, &owners, &[Role::Delegate])
}

/// Who answers for an organisation: its members and delegates.
pub fn organisation_side(
    conn: &mut DbConn,
    organisation_id: i32,
) -> Result<Vec<Recipient>, DbError> {
    people_of(conn, &[organisation_id], &[Role::Member, Role::Delegate])
}

/// A person's name and address.
pub fn person_contact(conn: &mut DbConn, person_id: i32) -> Result<Option<Contact>, DbError> {
    let row: Option<(String, String, Option<String>)> = people::table
        .left_join(organisations::table)
        .filter(people::id.eq(person_id))
        .select((people::name, people::email, organisations::name.nullable()))
        .first(conn)
        .optional()?;
    Ok(row.map(|(name, email, organisation)| Contact {
        name,
        email,
        organisation: organisation.unwrap_or_default(),
    }))
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
    /// Since when its needs have gone unmet (see [`queue`]).
    pub unmet_since: NaiveDateTime,
    /// When it was last introduced to an organisation (`None`: never).
    pub last_introduction: Option<NaiveDateTime>,
    /// Introductions waiting for answers.
    pub open_introductions: i64,
}

/// The projects that need partners, the most neglected first.
///
/// A public project is in the queue when it lists needs. Its needs have gone unmet since
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
            let (title, lang, stage) = heads.get(&id)?.clone();
            let oldest = oldest?;
            let joined = last_partner.get(&id).copied().flatten();
            Some(QueueRow {
                id,
                title,
                lang,
                stage,
                needs,
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

/// An introduction with the names its pages show.
#[derive(Debug, Clone)]
pub struct IntroductionDetail {
    /// The row.
    pub intro: Introduction,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// The organisation introduced.
    pub organisation: String,
    /// The owning governments: (id, name).
    pub owners: Vec<(i32, String)>,
    /// The facilitator who proposed it.
    pub proposer: Option<String>,
}

/// One introduction in full.
pub fn introduction(conn: &mut DbConn, id: i32) -> Result<Option<IntroductionDetail>, DbError> {
    let Some(intro) = introductions::table
        .find(id)
        .select(Introduction::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let (project_title, project_lang): (String, String) = projects::table
        .find(intro.project_id)
        .select((projects::title, projects::lang))
        .first(conn)?;
    let organisation: String = organisations::table
        .find(intro.organisation_id)
        .select(organisations::name)
        .first(conn)?;
    let owners = owner_names(conn, intro.project_id)?;
    let proposer = match intro.proposed_by {
        Some(p) => people::table
            .find(p)
            .select(people::name)
            .first(conn)
            .optional()?,
        None => None,
    };
    Ok(Some(IntroductionDetail {
        intro,
        project_title,
        project_lang,
        organisation,
        owners,
        proposer,
    }))
}

/// The owning governments of a project: (id, name), by name.
pub fn owner_names(conn: &mut DbConn, project_id: i32) -> Result<Vec<(i32, String)>, DbError> {
    Ok(project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq(project_id))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select((organisations::id, organisations::name))
        .order(organisations::name)
        .load(conn)?)
}

/// An introduction in a list: the row and the organisation's name.
#[derive(Debug, Clone)]
pub struct IntroductionItem {
    /// The row.
    pub intro: Introduction,
    /// The organisation introduced.
    pub organisation: String,
}

/// A project's introductions, newest first.
pub fn introductions_of_project(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Vec<IntroductionItem>, DbError> {
    let rows: Vec<(Introduction, String)> = introductions::table
        .inner_join(organisations::table)
        .filter(introductions::project_id.eq(project_id))
        .select((Introduction::as_select(), organisations::name))
        .order((introductions::created_at.desc(), introductions::id.desc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(intro, organisation)| IntroductionItem {
            intro,
            organisation,
        })
        .collect())
}

/// Ids of introductions open and due for a reminder (expiring before `until`, not yet
/// reminded).
pub fn due_for_reminder(conn: &mut DbConn, until: NaiveDateTime) -> Result<Vec<i32>, DbError> {
    Ok(introductions::table
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .filter(introductions::reminded_at.is_null())
        .filter(introductions::expires_at.le(until))
        .select(introductions::id)
        .order(introductions::id)
        .load(conn)?)
}

/// Ids of introductions still open at their expiry time.
pub fn due_for_expiry(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<i32>, DbError> {
    Ok(introductions::table
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .filter(introductions::expires_at.le(now))
        .select(introductions::id)
        .order(introductions::id)
        .load(conn)?)
}

/// An expression of interest with the names its pages show.
#[derive(Debug, Clone)]
pub struct InterestItem {
    /// The row.
    pub interest: Interest,
    /// The organisation.
    pub organisation: String,
    /// Who expressed it.
    pub person: Option<String>,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
}

fn interest_items(conn: &mut DbConn, rows: Vec<Interest>) -> Result<Vec<InterestItem>, DbError> {
    let org_ids: Vec<i32> = rows.iter().map(|r| r.organisation_id).collect();
    let person_ids: Vec<i32> = rows.iter().filter_map(|r| r.person_id).collect();
    let project_ids: Vec<i32> = rows.iter().map(|r| r.project_id).collect();
    let orgs: HashMap<i32, String> = organisations::table
        .filter(organisations::id.eq_any(&org_ids))
        .select((organisations::id, organisations::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let names: HashMap<i32, String> = people::table
        .filter(people::id.eq_any(&person_ids))
        .select((people::id, people::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let titles: HashMap<i32, (String, String)> = projects::table
        .filter(projects::id.eq_any(&project_ids))
        .select((projects::id, projects::title, projects::lang))
        .load::<(i32, String, String)>(conn)?
        .into_iter()
        .map(|(id, t, l)| (id, (t, l)))
        .collect();
    Ok(rows
        .into_iter()
        .map(|interest| {
            let (project_title, project_lang) = titles
                .get(&interest.project_id)
                .cloned()
                .unwrap_or_default();
            InterestItem {
                organisation: orgs
                    .get(&interest.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                person: interest.person_id.and_then(|p| names.get(&p).cloned()),
                project_title,
                project_lang,
                interest,
            }
        })
        .collect())
}

/// One expression of interest in full.
pub fn interest(conn: &mut DbConn, id: i32) -> Result<Option<InterestItem>, DbError> {
    let Some(row) = interests::table
        .find(id)
        .select(Interest::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(interest_items(conn, vec![row])?.into_iter().next())
}

/// Expressions of interest in a project, newest first.
pub fn interests_of_project(
    conn: &mut DbConn,
    project_id: i32,
) -> Result<Vec<InterestItem>, DbError> {
    let rows = interests::table
        .filter(interests::project_id.eq(project_id))
        .select(Interest::as_select())
        .order((interests::created_at.desc(), interests::id.desc()))
        .load(conn)?;
    interest_items(conn, rows)
}

/// Every expression of interest, open ones first, then newest first.
pub fn all_interests(conn: &mut DbConn) -> Result<Vec<InterestItem>, DbError> {
    let mut rows: Vec<Interest> = interests::table
        .select(Interest::as_select())
        .order((interests::created_at.desc(), interests::id.desc()))
        .limit(500)
        .load(conn)?;
    rows.sort_by_key(|r| r.state != InterestState::Open.code());
    interest_items(conn, rows)
}

/// A meeting with the organisations and people invited.
#[derive(Debug, Clone)]
pub struct MeetingDetail {
    /// The row.
    pub meeting: Meeting,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// Organisations invited: (id, name).
    pub organisations: Vec<(i32, String)>,
    /// People invited, with their answer.
    pub invitees: Vec<Invitee>,
    /// Who proposed it.
    pub organiser: Option<Contact>,
}

/// Someone invited to a meeting.
#[derive(Debug, Clone)]
pub struct Invitee {
    /// Person id.
    pub person_id: i32,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Language setting.
    pub lang: Language,
    /// Their organisation's name.
    pub organisation: String,
    /// `Rsvp` code, once answered.
    pub answer: Option<String>,
}

/// Person id, name, address, language, organisation, answer.
type InviteeRow = (i32, String, String, String, Option<i32>, Option<String>);

/// One meeting in full.
pub fn meeting(conn: &mut DbConn, id: i32) -> Result<Option<MeetingDetail>, DbError> {
    let Some(meeting) = meetings::table
        .find(id)
        .select(Meeting::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let (project_title, project_lang): (String, String) = projects::table
        .find(meeting.project_id)
        .select((projects::title, projects::lang))
        .first(conn)?;
    let organisations = meeting_organisations::table
        .inner_join(organisations::table)
        .filter(meeting_organisations::meeting_id.eq(id))
        .select((organisations::id, organisations::name))
        .order(organisations::name)
        .load(conn)?;
    let rows: Vec<InviteeRow> = meeting_invitees::table
        .inner_join(people::table)
        .filter(meeting_invitees::meeting_id.eq(id))
        .select((
            people::id,
            people::name,
            people::email,
            people::lang,
            people::organisation_id,
            meeting_invitees::answer,
        ))
        .order((people::name, people::id))
        .load(conn)?;
    let org_names: HashMap<i32, String> = organisations.iter().cloned().collect();
    let invitees = rows
        .into_iter()
        .map(|(person_id, name, email, lang, org, answer)| {
            Ok(Invitee {
                person_id,
                name,
                email,
                lang: code("people.lang", &lang)?,
                organisation: org
                    .and_then(|o| org_names.get(&o).cloned())
                    .unwrap_or_default(),
                answer,
            })
        })
        .collect::<Result<_, DbError>>()?;
    let organiser = match meeting.organiser_id {
        Some(p) => person_contact(conn, p)?,
        None => None,
    };
    Ok(Some(MeetingDetail {
        meeting,
        project_title,
        project_lang,
        organisations,
        invitees,
        organiser,
    }))
}

/// A project's meetings, soonest first.
pub fn meetings_of_project(conn: &mut DbConn, project_id: i32) -> Result<Vec<Meeting>, DbError> {
    Ok(meetings::table
        .filter(meetings::project_id.eq(project_id))
        .select(Meeting::as_select())
        .order((meetings::starts_at, meetings::id))
        .load(conn)?)
}

/// The meetings a person is invited to, soonest first.
pub fn meetings_of_person(conn: &mut DbConn, person_id: i32) -> Result<Vec<Meeting>, DbError> {
    Ok(meetings::table
        .inner_join(meeting_invitees::table)
        .filter(meeting_invitees::person_id.eq(person_id))
        .select(Meeting::as_select())
        .order((meetings::starts_at, meetings::id))
        .load(conn)?)
}

/// The introductions that concern an organisation (it was introduced, or it owns the
/// project), newest first.
pub fn introductions_of_organisation(
    conn: &mut DbConn,
    organisation_id: i32,
) -> Result<Vec<IntroductionItem>, DbError> {
    let owned: Vec<i32> = project_partners::table
        .filter(project_partners::organisation_id.eq(organisation_id))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select(project_partners::project_id)
        .load(conn)?;
    let rows: Vec<(Introduction, String)> = introductions::table
        .inner_join(organisations::table)
        .filter(
            introductions::organisation_id
                .eq(organisation_id)
                .or(introductions::project_id.eq_any(owned)),
        )
        .select((Introduction::as_select(), organisations::name))
        .order((introductions::created_at.desc(), introductions::id.desc()))
        .limit(200)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(intro, organisation)| IntroductionItem {
            intro,
            organisation,
        })
        .collect())
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
    /// Whether anyone there can answer an introduction (has an account).
    pub reachable: bool,
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
            (
                id,
                CandidateHead {
                    name,
                    kind,
                    country,
                    reachable,
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

/// Organisations with an introduction to this project waiting for answers.
pub fn open_introduction_orgs(conn: &mut DbConn, project_id: i32) -> Result<Vec<i32>, DbError> {
    Ok(introductions::table
        .filter(introductions::project_id.eq(project_id))
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .select(introductions::organisation_id)
        .load(conn)?)
}

/// Expressions of interest waiting for an answer, in every project.
pub fn open_interest_count(conn: &mut DbConn) -> Result<i64, DbError> {
    Ok(interests::table
        .filter(interests::state.eq(InterestState::Open.code()))
        .count()
        .get_result(conn)?)
}

/// When `organisation_id` expressed the interest in a project still waiting for an
/// answer, if it did.
pub fn open_interest_of(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(interests::table
        .filter(interests::project_id.eq(project_id))
        .filter(interests::organisation_id.eq(organisation_id))
        .filter(interests::state.eq(InterestState::Open.code()))
        .select(interests::created_at)
        .first(conn)
        .optional()?)
}

/// A project's partners (owners included): (id, name), by name, each once.
pub fn partners_named(conn: &mut DbConn, project_id: i32) -> Result<Vec<(i32, String)>, DbError> {
    Ok(project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq(project_id))
        .select((organisations::id, organisations::name))
        .distinct()
        .order((organisations::name, organisations::id))
        .load(conn)?)
}
