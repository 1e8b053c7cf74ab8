//! The meeting message (an invitation, its update or its cancellation) and the
//! iCalendar invitation it carries.
//!
//! Like every message, it is stored as data and rendered by the worker in the
//! recipient's language (it registers itself, see `crate::email::messages`); the
//! meeting's `.ics` part is built at render time too (RFC 5545, `METHOD:REQUEST`, or
//! `METHOD:CANCEL` for a cancellation), with a UID stable per meeting and the SEQUENCE the
//! meeting had when the message was queued, so calendars replace the earlier version of
//! the event rather than adding a second one.

use askama::Template;
use chrono::{NaiveDateTime, TimeZone};
use serde::{Deserialize, Serialize};

use crate::calendar::{self, CalendarEvent, Method};
use crate::domain::brokering::Contact;
use crate::email::messages::{Attachment, EmailCtx, MailKind, Rendered, register_mail};
use crate::i18n::{self, Arg};

/// A meeting invitation, its update or its cancellation, with the iCalendar part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingMail {
    /// The recipient's name.
    pub name: String,
    /// The recipient's address (their ATTENDEE line).
    pub email: String,
    /// `new`, `changed` or `cancelled`.
    pub change: String,
    /// Stable UID of the meeting's calendar event.
    pub uid: String,
    /// The event's SEQUENCE (bumped on every change).
    pub sequence: i32,
    /// Title.
    pub title: String,
    /// The project's title.
    pub project_title: String,
    /// Path of the project's page.
    pub project_path: String,
    /// Path of the meeting's page (`/meetings/{id}`), where invitees answer.
    pub path: String,
    /// Start (UTC).
    pub starts_at: NaiveDateTime,
    /// End (UTC).
    pub ends_at: NaiveDateTime,
    /// IANA time zone the meeting was planned in.
    pub time_zone: String,
    /// Place, if any.
    pub place: String,
    /// Online link, if any.
    pub online_url: String,
    /// Agenda.
    pub agenda: String,
    /// Who proposed it.
    pub organiser: Contact,
    /// Everyone invited.
    pub attendees: Vec<Contact>,
    /// When this version was made (DTSTAMP).
    pub stamp: NaiveDateTime,
}

impl MeetingMail {
    /// Subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            &format!("email-meeting-subject-{}", self.change),
            "title",
            &self.title,
        )
    }

    /// What this message is.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        i18n::t_args(
            ctx.lang,
            &format!("email-meeting-lead-{}", self.change),
            &[
                ("organiser", Arg::Str(&self.organiser.name)),
                ("project", Arg::Str(&self.project_title)),
            ],
        )
    }

    /// "15 January 2027, 10:00–11:30 (Europe/Zurich)".
    pub fn when(&self, ctx: &EmailCtx) -> String {
        let tz: chrono_tz::Tz = self.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let start = tz.from_utc_datetime(&self.starts_at);
        let end = tz.from_utc_datetime(&self.ends_at);
        let day = i18n::format::date(ctx.lang, start.date_naive());
        let end_day = end.date_naive();
        let end_text = if end_day == start.date_naive() {
            end.format("%H:%M").to_string()
        } else {
            format!(
                "{} {}",
                i18n::format::date(ctx.lang, end_day),
                end.format("%H:%M")
            )
        };
        format!(
            "{day}, {}–{end_text} ({})",
            start.format("%H:%M"),
            self.time_zone
        )
    }

    /// Whether the meeting is called off.
    pub fn cancelled(&self) -> bool {
        self.change == "cancelled"
    }

    /// The iCalendar text (RFC 5545, built by [`crate::calendar`]): one VEVENT in a
    /// `METHOD:REQUEST` calendar, or `METHOD:CANCEL` with `STATUS:CANCELLED` for a
    /// cancellation.
    pub fn calendar(&self, ctx: &EmailCtx) -> String {
        let mut description = self.agenda.clone();
        description.push_str("\n\n");
        description.push_str(&ctx.t1("email-meeting-answer-at", "url", &ctx.url(&self.path)));
        let event = CalendarEvent {
            uid: self.uid.clone(),
            sequence: self.sequence,
            stamp: self.stamp,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            title: self.title.clone(),
            description,
            url: ctx.url(&self.project_path),
            location: calendar::location(&self.place, &self.online_url),
            cancelled: self.cancelled(),
            organiser: Some(self.organiser.clone()),
            attendees: self.attendees.clone(),
        };
        let method = if self.cancelled() {
            Method::Cancel
        } else {
            Method::Request
        };
        calendar::render(method, None, &[event])
    }

    /// The `.ics` part.
    pub fn attachment(&self, ctx: &EmailCtx) -> Attachment {
        let method = if self.cancelled() {
            "CANCEL"
        } else {
            "REQUEST"
        };
        Attachment {
            filename: "invite.ics".into(),
            content_type: format!("text/calendar; charset=utf-8; method={method}"),
            body: self.calendar(ctx),
        }
    }
}

/// A meeting message carries its `.ics` part.
impl MailKind for MeetingMail {
    const KIND: &'static str = "meeting";

    fn render(&self, ctx: &EmailCtx) -> askama::Result<Rendered> {
        let mut r = Rendered::of(
            MeetingSubject { ctx, data: self },
            MeetingText { ctx, data: self },
            MeetingHtml { ctx, data: self },
        )?;
        r.attachments.push(self.attachment(ctx));
        Ok(r)
    }
}

register_mail!(MeetingMail);

/// Subject of a meeting message.
#[derive(Template)]
#[template(path = "email/meeting/subject.txt")]
struct MeetingSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a MeetingMail,
}

/// Text part of a meeting message.
#[derive(Template)]
#[template(path = "email/meeting/body.txt")]
struct MeetingText<'a> {
    ctx: &'a EmailCtx,
    data: &'a MeetingMail,
}

/// HTML part of a meeting message.
#[derive(Template)]
#[template(path = "email/meeting/body.html")]
struct MeetingHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a MeetingMail,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::email::messages::testing::ctx;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 1, d)
            .and_then(|x| x.and_hms_opt(h, m, 0))
            .unwrap()
    }

    pub(crate) fn contact(name: &str, email: &str) -> Contact {
        Contact {
            name: name.into(),
            email: email.into(),
            organisation: "Mexico".into(),
        }
    }

    pub(crate) fn meeting(change: &str) -> MeetingMail {
        MeetingMail {
            name: "Lukas".into(),
            email: "lukas@example.org".into(),
            change: change.into(),
            uid: "meeting-7@pfp.example.org".into(),
            sequence: 2,
            title: "Kick-off, with a title long enough to be folded by the iCalendar writer".into(),
            project_title: "Child protection".into(),
            project_path: "/projects/2".into(),
            path: "/meetings/7".into(),
            starts_at: at(15, 16, 0),
            ends_at: at(15, 17, 30),
            time_zone: "America/Mexico_City".into(),
            place: "Secretaría".into(),
            online_url: "https://meet.example.org/x".into(),
            agenda: "1. Course; 2. Dates".into(),
            organiser: contact("Ana López", "ana@example.org"),
            attendees: vec![
                contact("Lukas", "lukas@example.org"),
                contact("Ana López", "ana@example.org"),
            ],
            stamp: at(1, 9, 0),
        }
    }

    #[test]
    fn a_meeting_carries_an_rfc5545_request_and_a_cancellation_a_cancel() {
        let ctx = ctx(Language::Fr);
        let r = meeting("new").render(&ctx).unwrap();
        assert_eq!(r.attachments.len(), 1);
        let a = &r.attachments[0];
        assert_eq!(
            a.content_type,
            "text/calendar; charset=utf-8; method=REQUEST"
        );
        let ics = a.body.replace("\r\n ", "");
        for line in [
            "BEGIN:VCALENDAR\r\n",
            "VERSION:2.0\r\n",
            "METHOD:REQUEST\r\n",
            "UID:meeting-7@pfp.example.org\r\n",
            "SEQUENCE:2\r\n",
            "DTSTAMP:20270101T090000Z\r\n",
            "DTSTART:20270115T160000Z\r\n",
            "DTEND:20270115T173000Z\r\n",
            "URL:https://pfp.example.org/projects/2\r\n",
            "ORGANIZER;CN=Ana López:mailto:ana@example.org\r\n",
            "STATUS:CONFIRMED\r\n",
            "END:VEVENT\r\n",
            "END:VCALENDAR",
        ] {
            assert!(ics.contains(line), "{line:?} in\n{ics}");
        }
        assert!(ics.contains("mailto:lukas@example.org"));
        assert!(ics.contains("PARTSTAT=NEEDS-ACTION"), "{ics}");
        // Lines are folded at 75 octets.
        assert!(a.body.lines().all(|l| l.len() <= 75), "{}", a.body);
        // Shown in the meeting's own time zone.
        assert!(
            r.text.contains("10:00–11:30 (America/Mexico_City)"),
            "{}",
            r.text
        );

        let r = meeting("cancelled").render(&ctx).unwrap();
        let a = &r.attachments[0];
        assert_eq!(
            a.content_type,
            "text/calendar; charset=utf-8; method=CANCEL"
        );
        assert!(a.body.contains("METHOD:CANCEL\r\n"));
        assert!(a.body.contains("STATUS:CANCELLED\r\n"));
    }
}
