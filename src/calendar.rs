//! Meetings as iCalendar (RFC 5545) text: one builder for the three places a meeting
//! reaches a calendar (issue 13, point 6):
//!
//! - the invitation, update or cancellation mailed to each invitee (`METHOD:REQUEST` or
//!   `METHOD:CANCEL`, with ORGANIZER and ATTENDEE lines; `crate::email::brokering`);
//! - the `.ics` a meeting page offers, and
//! - each person's private feed of their meetings (no METHOD: a published calendar that
//!   clients subscribe to, `webcal://`).
//!
//! Every form carries the same UID per meeting and its SEQUENCE (bumped on every change),
//! so a calendar that has the event replaces it rather than adding a second one; a
//! cancelled meeting stays in the feed with `STATUS:CANCELLED`, which is how subscribed
//! clients learn of it. Pure: value in, text out.

use chrono::{NaiveDateTime, TimeZone, Utc};
use icalendar::{Attendee, Calendar, Component, EventLike, EventStatus, PartStat};

use crate::domain::brokering::Contact;

/// One meeting as a calendar event. Times are UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable per meeting (`meeting-{id}@{host}`).
    pub uid: String,
    /// Bumped on every change.
    pub sequence: i32,
    /// When this version was made (DTSTAMP).
    pub stamp: NaiveDateTime,
    /// Start.
    pub starts_at: NaiveDateTime,
    /// End.
    pub ends_at: NaiveDateTime,
    /// Title.
    pub title: String,
    /// Description (the agenda, and where to answer).
    pub description: String,
    /// The page to open (absolute URL).
    pub url: String,
    /// Place and/or online link, as one line.
    pub location: String,
    /// Called off.
    pub cancelled: bool,
    /// Who proposed it, if shown.
    pub organiser: Option<Contact>,
    /// Everyone invited (mailed invitations only).
    pub attendees: Vec<Contact>,
}

/// How a calendar is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// An invitation or its update, mailed (RFC 5546 REQUEST).
    Request,
    /// A cancellation, mailed (RFC 5546 CANCEL).
    Cancel,
    /// A file to open or a feed to subscribe to: no METHOD property.
    Published,
}

/// The location line of a meeting with `place` and/or `online_url`.
pub fn location(place: &str, online_url: &str) -> String {
    match (place.is_empty(), online_url.is_empty()) {
        (false, false) => format!("{place} – {online_url}"),
        (false, true) => place.to_owned(),
        (true, false) => online_url.to_owned(),
        (true, true) => String::new(),
    }
}

fn vevent(e: &CalendarEvent) -> icalendar::Event {
    let utc = |t: NaiveDateTime| Utc.from_utc_datetime(&t);
    let mut event = icalendar::Event::new();
    event
        .uid(&e.uid)
        .sequence(u32::try_from(e.sequence).unwrap_or(0))
        .timestamp(utc(e.stamp))
        .starts(utc(e.starts_at))
        .ends(utc(e.ends_at))
        .summary(&e.title)
        .description(&e.description)
        .url(&e.url)
        .status(if e.cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    if !e.location.is_empty() {
        event.location(&e.location);
    }
    if let Some(o) = &e.organiser {
        let mut organiser = icalendar::Property::new("ORGANIZER", format!("mailto:{}", o.email));
        organiser.add_parameter("CN", &o.name);
        event.append_property(organiser);
    }
    for a in &e.attendees {
        event.attendee(
            Attendee::new(format!("mailto:{}", a.email))
                .cn(a.name.clone())
                .role(icalendar::Role::ReqParticipant)
                .partstat(PartStat::NeedsAction)
                .rsvp(false),
        );
    }
    event.done()
}

/// The iCalendar text of `events`, sent by `method`, named `name` (X-WR-CALNAME, which
/// subscribed clients show) when given.
pub fn render(method: Method, name: Option<&str>, events: &[CalendarEvent]) -> String {
    let mut cal = Calendar::new();
    match method {
        Method::Request => {
            cal.append_property(("METHOD", "REQUEST"));
        }
        Method::Cancel => {
            cal.append_property(("METHOD", "CANCEL"));
        }
        Method::Published => {}
    }
    if let Some(name) = name {
        cal.name(name);
    }
    for e in events {
        cal.push(vevent(e));
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2027, 1, 15)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .unwrap()
    }

    fn event(cancelled: bool) -> CalendarEvent {
        CalendarEvent {
            uid: "meeting-3@pfp.example.org".into(),
            sequence: 2,
            stamp: at(8),
            starts_at: at(16),
            ends_at: at(17),
            title: "Kick-off".into(),
            description: "Agenda".into(),
            url: "https://pfp.example.org/meetings/3".into(),
            location: location("Geneva", ""),
            cancelled,
            organiser: None,
            attendees: Vec::new(),
        }
    }

    #[test]
    fn a_feed_keeps_the_uid_and_sequence_and_tells_a_cancellation() {
        let text = render(
            Method::Published,
            Some("My meetings"),
            &[event(false), event(true)],
        );
        assert!(!text.contains("METHOD:"), "{text}");
        assert!(text.contains("X-WR-CALNAME:My meetings"), "{text}");
        assert_eq!(text.matches("UID:meeting-3@pfp.example.org").count(), 2);
        assert!(text.contains("SEQUENCE:2"));
        assert!(text.contains("DTSTART:20270115T160000Z"));
        assert!(text.contains("STATUS:CONFIRMED"));
        assert!(text.contains("STATUS:CANCELLED"));
        assert!(text.contains("LOCATION:Geneva"));
    }

    #[test]
    fn a_mailed_cancellation_says_so() {
        let text = render(Method::Cancel, None, &[event(true)]);
        assert!(text.contains("METHOD:CANCEL"), "{text}");
        assert_eq!(
            location("", "https://meet.example.org/x"),
            "https://meet.example.org/x"
        );
        assert_eq!(location("", ""), "");
    }
}
