//! Meetings: propose to some of a project's partners, change, cancel (each sends every
//! invitee an iCalendar message), answers on the platform, notes afterwards.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::send;
use crate::db::queries::brokering::{self as q, MeetingDetail};
use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{meeting_invitees, meeting_organisations, meetings, projects};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::brokering::Contact;
use crate::domain::brokering::{MeetingState, Rsvp};
use crate::domain::policy;
use crate::domain::{Language, PublicationState, Role};
use crate::email::brokering::MeetingMail;
use crate::email::{Email, Outbox};
use crate::events::{Event, EventKind, emit};

/// What a meeting form gives, checked.
#[derive(Debug, Clone)]
pub struct MeetingInput {
    /// Title.
    pub title: String,
    /// Start (UTC).
    pub starts_at: NaiveDateTime,
    /// End (UTC).
    pub ends_at: NaiveDateTime,
    /// IANA time zone.
    pub time_zone: String,
    /// Place (may be empty if there is a link).
    pub place: String,
    /// Online link (may be empty if there is a place).
    pub online_url: String,
    /// Agenda.
    pub agenda: String,
    /// Language of title and agenda.
    pub lang: Language,
}

/// Why a meeting cannot be proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingRefusal {
    /// No such public project, or the person may not arrange its meetings.
    NotYours,
    /// No organisation chosen, or one that is not a partner.
    Organisations,
    /// Nobody of the chosen organisations has an account to be invited with.
    NoInvitees,
    /// The meeting is cancelled: it cannot change any more.
    Cancelled,
}

/// Whether `person` arranges meetings of the project whose owners are `owner_ids`.
pub fn arranges(person: &Actor, owner_ids: &[i32]) -> bool {
    policy::arranges_meetings(person.role, person.organisation_id, owner_ids)
}

/// The stable iCalendar UID of a meeting: its id at the site's host.
pub fn uid(meeting_id: i32, host: &str) -> String {
    format!("meeting-{meeting_id}@{host}")
}

/// Proposes a meeting of `project_id` to `organisation_ids` (partners of it), invites
/// their members and delegates, and mails each an invitation.
#[allow(clippy::too_many_arguments)]
pub fn propose(
    conn: &mut DbConn,
    outbox: &Outbox,
    host: &str,
    organiser: &Actor,
    project_id: i32,
    introduction_id: Option<i32>,
    organisation_ids: &[i32],
    input: &MeetingInput,
    now: NaiveDateTime,
) -> Result<Result<i32, MeetingRefusal>, DbError> {
    let public: i64 = projects::table
        .filter(projects::id.eq(project_id))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .count()
        .get_result(conn)?;
    if public == 0 || !arranges(organiser, &partners::owner_ids(conn, project_id)?) {
        return Ok(Err(MeetingRefusal::NotYours));
    }
    let partner_ids = partners::partner_ids(conn, project_id)?;
    if organisation_ids.is_empty() || organisation_ids.iter().any(|o| !partner_ids.contains(o)) {
        return Ok(Err(MeetingRefusal::Organisations));
    }
    let invitees = q::people_of(conn, organisation_ids, &[Role::Member, Role::Delegate])?;
    if invitees.is_empty() {
        return Ok(Err(MeetingRefusal::NoInvitees));
    }
    let id: i32 = diesel::insert_into(meetings::table)
        .values((
            meetings::project_id.eq(project_id),
            meetings::introduction_id.eq(introduction_id),
            meetings::sequence.eq(0),
            meetings::title.eq(&input.title),
            meetings::starts_at.eq(input.starts_at),
            meetings::ends_at.eq(input.ends_at),
            meetings::time_zone.eq(&input.time_zone),
            meetings::place.eq(&input.place),
            meetings::online_url.eq(&input.online_url),
            meetings::agenda.eq(&input.agenda),
            meetings::lang.eq(input.lang.code()),
            meetings::notes.eq(""),
            meetings::state.eq(MeetingState::Planned.code()),
            meetings::organiser_id.eq(Some(organiser.id)),
            meetings::created_at.eq(now),
        ))
        .returning(meetings::id)
        .get_result(conn)?;
    for org in organisation_ids {
        diesel::insert_into(meeting_organisations::table)
            .values((
                meeting_organisations::meeting_id.eq(id),
                meeting_organisations::organisation_id.eq(*org),
            ))
            .execute(conn)?;
    }
    for p in &invitees {
        diesel::insert_into(meeting_invitees::table)
            .values((
                meeting_invitees::meeting_id.eq(id),
                meeting_invitees::person_id.eq(p.id),
            ))
            .execute(conn)?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(organiser.id),
            action: "meeting.proposed",
            subject_type: "meeting",
            subject_id: Some(id),
            before: "",
            after: &input.title,
            public: false,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::MeetingProposed,
            actor_id: Some(organiser.id),
            project_id: Some(project_id),
            organisation_id: None,
            subject_id: Some(id),
            summary: &input.title,
        },
        now,
    )?;
    invite_all(conn, outbox, host, id, "new", now)?;
    Ok(Ok(id))
}

/// Mails every invitee the meeting as it now stands (`change`: new, changed, cancelled).
fn invite_all(
    conn: &mut DbConn,
    outbox: &Outbox,
    host: &str,
    id: i32,
    change: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let Some(d) = q::meeting(conn, id)? else {
        return Ok(());
    };
    let attendees: Vec<Contact> = d
        .invitees
        .iter()
        .map(|i| Contact {
            name: i.name.clone(),
            email: i.email.clone(),
            organisation: i.organisation.clone(),
        })
        .collect();
    let organiser = d.organiser.clone().unwrap_or_else(|| Contact {
        name: "GFMD".into(),
        email: format!("no-reply@{host}"),
        organisation: String::new(),
    });
    for i in &d.invitees {
        send(
            conn,
            outbox,
            Email::new(
                &i.email,
                i.lang,
                &mail(&d, host, change, &organiser, &attendees, i, now),
                format!("meeting:{id}:{}:{}", d.meeting.sequence, i.person_id),
            ),
        )?;
    }
    Ok(())
}

fn mail(
    d: &MeetingDetail,
    host: &str,
    change: &str,
    organiser: &Contact,
    attendees: &[Contact],
    to: &q::Invitee,
    now: NaiveDateTime,
) -> MeetingMail {
    let m = &d.meeting;
    MeetingMail {
        name: to.name.clone(),
        email: to.email.clone(),
        change: change.to_owned(),
        uid: uid(m.id, host),
        sequence: m.sequence,
        title: m.title.clone(),
        project_title: d.project_title.clone(),
        project_path: format!("/projects/{}", m.project_id),
        path: format!("/meetings/{}", m.id),
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        time_zone: m.time_zone.clone(),
        place: m.place.clone(),
        online_url: m.online_url.clone(),
        agenda: m.agenda.clone(),
        organiser: organiser.clone(),
        attendees: attendees.to_vec(),
        stamp: now,
    }
}

/// Changes a meeting's time, place or agenda (SEQUENCE + 1) and sends every invitee the
/// update; `None` input cancels it instead.
pub fn change(
    conn: &mut DbConn,
    outbox: &Outbox,
    host: &str,
    person: &Actor,
    id: i32,
    input: Option<&MeetingInput>,
    now: NaiveDateTime,
) -> Result<Result<(), MeetingRefusal>, DbError> {
    let Some(d) = q::meeting(conn, id)? else {
        return Ok(Err(MeetingRefusal::NotYours));
    };
    if !arranges(person, &partners::owner_ids(conn, d.meeting.project_id)?) {
        return Ok(Err(MeetingRefusal::NotYours));
    }
    if d.meeting.state == MeetingState::Cancelled.code() {
        return Ok(Err(MeetingRefusal::Cancelled));
    }
    let sequence = d.meeting.sequence + 1;
    let target = meetings::table
        .filter(meetings::id.eq(id))
        .filter(meetings::sequence.eq(d.meeting.sequence));
    let changed = match input {
        Some(i) => diesel::update(target)
            .set((
                meetings::sequence.eq(sequence),
                meetings::title.eq(&i.title),
                meetings::starts_at.eq(i.starts_at),
                meetings::ends_at.eq(i.ends_at),
                meetings::time_zone.eq(&i.time_zone),
                meetings::place.eq(&i.place),
                meetings::online_url.eq(&i.online_url),
                meetings::agenda.eq(&i.agenda),
                meetings::lang.eq(i.lang.code()),
            ))
            .execute(conn)?,
        None => diesel::update(target)
            .set((
                meetings::sequence.eq(sequence),
                meetings::state.eq(MeetingState::Cancelled.code()),
            ))
            .execute(conn)?,
    };
    if changed == 0 {
        // Someone else changed it in between: nothing is lost, they try again.
        return Ok(Err(MeetingRefusal::Cancelled));
    }
    if input.is_some() {
        // A new time asks everyone again.
        diesel::update(meeting_invitees::table.filter(meeting_invitees::meeting_id.eq(id)))
            .set((
                meeting_invitees::answer.eq(None::<String>),
                meeting_invitees::answered_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
    }
    let (action, change) = match input {
        Some(_) => ("meeting.changed", "changed"),
        None => ("meeting.cancelled", "cancelled"),
    };
    let before = format!("{} {}", d.meeting.title, d.meeting.starts_at);
    let after = input.map_or_else(String::new, |i| format!("{} {}", i.title, i.starts_at));
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person.id),
            action,
            subject_type: "meeting",
            subject_id: Some(id),
            before: &before,
            after: &after,
            public: false,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::MeetingChanged,
            actor_id: Some(person.id),
            project_id: Some(d.meeting.project_id),
            organisation_id: None,
            subject_id: Some(id),
            summary: change,
        },
        now,
    )?;
    invite_all(conn, outbox, host, id, change, now)?;
    Ok(Ok(()))
}

/// Records an invitee's answer; false if the person is not invited.
pub fn answer(
    conn: &mut DbConn,
    person_id: i32,
    id: i32,
    rsvp: Rsvp,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        meeting_invitees::table
            .filter(meeting_invitees::meeting_id.eq(id))
            .filter(meeting_invitees::person_id.eq(person_id)),
    )
    .set((
        meeting_invitees::answer.eq(Some(rsvp.code())),
        meeting_invitees::answered_at.eq(Some(now)),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Keeps the notes of a meeting (facilitators and the project's managers).
pub fn save_notes(
    conn: &mut DbConn,
    person: &Actor,
    id: i32,
    notes: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(d) = q::meeting(conn, id)? else {
        return Ok(false);
    };
    if !arranges(person, &partners::owner_ids(conn, d.meeting.project_id)?) {
        return Ok(false);
    }
    diesel::update(meetings::table.find(id))
        .set(meetings::notes.eq(notes))
        .execute(conn)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person.id),
            action: "meeting.notes_saved",
            subject_type: "meeting",
            subject_id: Some(id),
            before: &d.meeting.notes,
            after: notes,
            public: false,
        },
        now,
    )?;
    Ok(true)
}
