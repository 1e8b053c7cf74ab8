//! Meetings as calendars (issue 13, point 6): the `.ics` of one meeting, for those who see
//! its page, and a person's private feed of all their meetings. Both are built by
//! [`crate::calendar`] with the UID and SEQUENCE the mailed invitations carry, so a
//! calendar that received the invitation and also subscribes to the feed shows one event.

use actix_web::web;

use crate::app::brokering::meetings as uc;
use crate::calendar::{self, CalendarEvent, Method};
use crate::db::code::code;
use crate::db::queries::brokering::{self as q, Meeting};
use crate::db::queries::{calendar_feeds, partners};
use crate::domain::brokering::MeetingState;
use crate::domain::{Actor, Language};
use crate::i18n::{self, Arg};
use crate::secrets::token;
use crate::web::AppState;
use crate::web::error::AppError;

/// The host part of meeting UIDs: the site's.
pub fn host(base_url: &str) -> String {
    url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "localhost".into())
}

/// The calendar event of `m` (of the project titled `project`), described in `lang`.
fn event_of(state: &AppState, m: &Meeting, project: &str, lang: Language) -> CalendarEvent {
    let base = state.settings.base_url.trim_end_matches('/');
    let page = format!("{base}/meetings/{}", m.id);
    let mut description = format!("{project}\n\n");
    if !m.agenda.is_empty() {
        description.push_str(&m.agenda);
        description.push_str("\n\n");
    }
    description.push_str(&i18n::t_args(
        lang,
        "email-meeting-answer-at",
        &[("url", Arg::Str(&page))],
    ));
    CalendarEvent {
        uid: uc::uid(m.id, &host(&state.settings.base_url)),
        sequence: m.sequence,
        stamp: m.created_at,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        title: m.title.clone(),
        description,
        url: page,
        location: calendar::location(&m.place, &m.online_url),
        cancelled: m.state == MeetingState::Cancelled.code(),
        organiser: None,
        attendees: Vec::new(),
    }
}

/// The `.ics` of meeting `id` for `who`; 404 when they neither are invited to it nor
/// arrange it (as its page).
pub async fn meeting_ics(
    state: &web::Data<AppState>,
    who: &Actor,
    id: i32,
) -> Result<String, AppError> {
    let (d, owners) = state
        .db
        .read(move |c| {
            let Some(d) = q::meeting(c, id)? else {
                return Ok(None);
            };
            let owners = partners::owner_ids(c, d.meeting.project_id)?;
            Ok(Some((d, owners)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let invited = d.invitees.iter().any(|i| i.person_id == who.id);
    if !invited && !uc::arranges(who, &owners) {
        return Err(AppError::NotFound);
    }
    let event = event_of(state, &d.meeting, &d.project_title, who.lang);
    Ok(calendar::render(Method::Published, None, &[event]))
}

/// The feed whose address carries `secret`, or `None` for an unknown (or revoked) one.
pub async fn feed(state: &web::Data<AppState>, secret: &str) -> Result<Option<String>, AppError> {
    let hash = token::hash_token(secret);
    let now = state.now();
    let found = state
        .db
        .write(move |c| {
            let Some((person, lang)) = calendar_feeds::read_by(c, &hash, now)? else {
                return Ok(None);
            };
            let lang: Language = code("people.lang", &lang)?;
            Ok(Some((lang, calendar_feeds::meetings_of(c, person)?)))
        })
        .await?;
    let Some((lang, meetings)) = found else {
        return Ok(None);
    };
    let events: Vec<CalendarEvent> = meetings
        .iter()
        .map(|(m, project)| event_of(state, m, project, lang))
        .collect();
    let name = i18n::t(lang, "calendar-feed-name");
    Ok(Some(calendar::render(
        Method::Published,
        Some(&name),
        &events,
    )))
}
