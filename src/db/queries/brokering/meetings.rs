//! Meetings as stored and in full (the organisations and people invited, with their
//! answers), a project's and a person's meetings, and the partners one may invite.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::recipients::person_contact;
use crate::db::code::code;
use crate::db::schema::{
    meeting_invitees, meeting_organisations, meetings, organisations, people, project_partners,
    projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::Language;
use crate::domain::brokering::Contact;

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
