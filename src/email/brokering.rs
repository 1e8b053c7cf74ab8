//! The messages of brokering (introductions, expressions of interest, meetings) and the
//! iCalendar invitation a meeting message carries.
//!
//! Like every message, these are stored as data and rendered by the worker in the
//! recipient's language (each kind registers itself, see [`super::messages`]); the
//! meeting's `.ics` part is built at render time too (RFC 5545, `METHOD:REQUEST`, or
//! `METHOD:CANCEL` for a cancellation), with a UID stable per meeting and the SEQUENCE the
//! meeting had when the message was queued, so calendars replace the earlier version of
//! the event rather than adding a second one.

use askama::Template;
use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use icalendar::{Attendee, Calendar, Component, EventLike, EventStatus, PartStat};
use serde::{Deserialize, Serialize};

use super::messages::{Attachment, EmailCtx, MailKind, Rendered, register_mail};
use crate::domain::brokering::Contact;
use crate::i18n::{self, Arg};

/// An introduction proposed (or, with `reminder`, about to expire unanswered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntroductionMail {
    /// The recipient's name.
    pub name: String,
    /// Which side the recipient answers for: `project` or `candidate`.
    pub side: String,
    /// A reminder before expiry rather than the first message.
    pub reminder: bool,
    /// The facilitator who proposed it.
    pub facilitator: String,
    /// The project's title.
    pub project_title: String,
    /// The organisation introduced.
    pub organisation: String,
    /// The project's owning governments, joined.
    pub owners: String,
    /// Proposed role (a `PartnerRole` code).
    pub role: String,
    /// The facilitator's message.
    pub message: String,
    /// Path of the introduction (`/introductions/{id}`).
    pub path: String,
    /// Last day to answer.
    pub expires_on: NaiveDate,
}

impl IntroductionMail {
    /// Subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        let key = if self.reminder {
            "email-intro-reminder-subject"
        } else {
            "email-intro-subject"
        };
        ctx.t1(key, "project", &self.project_title)
    }

    /// What is proposed, from the recipient's side.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        let role = ctx.t(&format!("role-{}", self.role));
        let key = if self.side == "project" {
            "email-intro-lead-project"
        } else {
            "email-intro-lead-candidate"
        };
        i18n::t_args(
            ctx.lang,
            key,
            &[
                ("facilitator", Arg::Str(&self.facilitator)),
                ("organisation", Arg::Str(&self.organisation)),
                ("project", Arg::Str(&self.project_title)),
                ("owners", Arg::Str(&self.owners)),
                ("role", Arg::Str(&role)),
            ],
        )
    }

    /// Until when one may answer.
    pub fn expiry(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            "email-intro-expires",
            "date",
            &i18n::format::date(ctx.lang, self.expires_on),
        )
    }

    /// Link to accept.
    pub fn accept_url(&self, ctx: &EmailCtx) -> String {
        ctx.url(&format!("{}/accept", self.path))
    }

    /// Link to decline.
    pub fn decline_url(&self, ctx: &EmailCtx) -> String {
        ctx.url(&format!("{}/decline", self.path))
    }
}

/// How an introduction ended: accepted by both (with the other side's contacts),
/// declined by one (with the reason) or expired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntroductionOutcomeMail {
    /// The recipient's name.
    pub name: String,
    /// `accepted`, `declined` or `expired`.
    pub outcome: String,
    /// The project's title.
    pub project_title: String,
    /// The organisation introduced.
    pub organisation: String,
    /// The role (a `PartnerRole` code).
    pub role: String,
    /// Why it was declined.
    pub reason: String,
    /// The other side's people (when accepted).
    pub contacts: Vec<Contact>,
    /// Path of the project's page.
    pub path: String,
}

impl IntroductionOutcomeMail {
    /// Subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            &format!("email-intro-outcome-subject-{}", self.outcome),
            "project",
            &self.project_title,
        )
    }

    /// What happened.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        let role = ctx.t(&format!("role-{}", self.role));
        i18n::t_args(
            ctx.lang,
            &format!("email-intro-outcome-{}", self.outcome),
            &[
                ("organisation", Arg::Str(&self.organisation)),
                ("project", Arg::Str(&self.project_title)),
                ("role", Arg::Str(&role)),
            ],
        )
    }
}

/// An organisation would like to partner (to the project's managers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterestMail {
    /// The recipient's name.
    pub name: String,
    /// Who expressed it.
    pub person: String,
    /// For which organisation.
    pub organisation: String,
    /// The project's title.
    pub project_title: String,
    /// What they offer (a `NeedKind` code).
    pub offer: String,
    /// Their message.
    pub message: String,
    /// Path where the managers answer (`/interests/{id}`).
    pub path: String,
}

impl InterestMail {
    /// Subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.t1("email-interest-subject", "organisation", &self.organisation)
    }

    /// What is offered to whom.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        let offer = ctx.t(&format!("need-{}", self.offer));
        i18n::t_args(
            ctx.lang,
            "email-interest-lead",
            &[
                ("person", Arg::Str(&self.person)),
                ("organisation", Arg::Str(&self.organisation)),
                ("project", Arg::Str(&self.project_title)),
                ("offer", Arg::Str(&offer)),
            ],
        )
    }
}

/// The managers' answer to an expression of interest (to the organisation's people).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterestOutcomeMail {
    /// The recipient's name.
    pub name: String,
    /// Whether it was accepted.
    pub accepted: bool,
    /// The project's title.
    pub project_title: String,
    /// The organisation that expressed interest.
    pub organisation: String,
    /// The role given (a `PartnerRole` code), when accepted.
    pub role: String,
    /// Why it was declined.
    pub reason: String,
    /// The project's managers (when accepted).
    pub contacts: Vec<Contact>,
    /// Path of the project's page.
    pub path: String,
}

impl InterestOutcomeMail {
    /// Subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        let key = if self.accepted {
            "email-interest-outcome-subject-accepted"
        } else {
            "email-interest-outcome-subject-declined"
        };
        ctx.t1(key, "project", &self.project_title)
    }

    /// What the managers decided.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        let role = ctx.t(&format!("role-{}", self.role));
        let key = if self.accepted {
            "email-interest-outcome-accepted"
        } else {
            "email-interest-outcome-declined"
        };
        i18n::t_args(
            ctx.lang,
            key,
            &[
                ("organisation", Arg::Str(&self.organisation)),
                ("project", Arg::Str(&self.project_title)),
                ("role", Arg::Str(&role)),
            ],
        )
    }
}

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

    /// The iCalendar text (RFC 5545): one VEVENT in a `METHOD:REQUEST` calendar, or
    /// `METHOD:CANCEL` with `STATUS:CANCELLED` for a cancellation.
    pub fn calendar(&self, ctx: &EmailCtx) -> String {
        let utc = |t: NaiveDateTime| chrono::Utc.from_utc_datetime(&t);
        let project_url = ctx.url(&self.project_path);
        let mut description = self.agenda.clone();
        description.push_str("\n\n");
        description.push_str(&ctx.t1("email-meeting-answer-at", "url", &ctx.url(&self.path)));
        let mut event = icalendar::Event::new();
        event
            .uid(&self.uid)
            .sequence(u32::try_from(self.sequence).unwrap_or(0))
            .timestamp(utc(self.stamp))
            .starts(utc(self.starts_at))
            .ends(utc(self.ends_at))
            .summary(&self.title)
            .description(&description)
            .url(&project_url)
            .status(if self.cancelled() {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        let location = match (self.place.is_empty(), self.online_url.is_empty()) {
            (false, false) => format!("{} – {}", self.place, self.online_url),
            (false, true) => self.place.clone(),
            (true, false) => self.online_url.clone(),
            (true, true) => String::new(),
        };
        if !location.is_empty() {
            event.location(&location);
        }
        let mut organiser =
            icalendar::Property::new("ORGANIZER", format!("mailto:{}", self.organiser.email));
        organiser.add_parameter("CN", &self.organiser.name);
        event.append_property(organiser);
        for a in &self.attendees {
            event.attendee(
                Attendee::new(format!("mailto:{}", a.email))
                    .cn(a.name.clone())
                    .role(icalendar::Role::ReqParticipant)
                    .partstat(PartStat::NeedsAction)
                    .rsvp(false),
            );
        }
        let mut cal = Calendar::new();
        cal.append_property((
            "METHOD",
            if self.cancelled() {
                "CANCEL"
            } else {
                "REQUEST"
            },
        ));
        cal.push(event.done());
        cal.done().to_string()
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

impl MailKind for IntroductionMail {
    const KIND: &'static str = "introduction";

    fn render(&self, ctx: &EmailCtx) -> askama::Result<Rendered> {
        Rendered::of(
            IntroductionSubject { ctx, data: self },
            IntroductionText { ctx, data: self },
            IntroductionHtml { ctx, data: self },
        )
    }
}

register_mail!(IntroductionMail);

impl MailKind for IntroductionOutcomeMail {
    const KIND: &'static str = "introduction_outcome";

    fn render(&self, ctx: &EmailCtx) -> askama::Result<Rendered> {
        Rendered::of(
            IntroductionOutcomeSubject { ctx, data: self },
            IntroductionOutcomeText { ctx, data: self },
            IntroductionOutcomeHtml { ctx, data: self },
        )
    }
}

register_mail!(IntroductionOutcomeMail);

impl MailKind for InterestMail {
    const KIND: &'static str = "interest";

    fn render(&self, ctx: &EmailCtx) -> askama::Result<Rendered> {
        Rendered::of(
            InterestSubject { ctx, data: self },
            InterestText { ctx, data: self },
            InterestHtml { ctx, data: self },
        )
    }
}

register_mail!(InterestMail);

impl MailKind for InterestOutcomeMail {
    const KIND: &'static str = "interest_outcome";

    fn render(&self, ctx: &EmailCtx) -> askama::Result<Rendered> {
        Rendered::of(
            InterestOutcomeSubject { ctx, data: self },
            InterestOutcomeText { ctx, data: self },
            InterestOutcomeHtml { ctx, data: self },
        )
    }
}

register_mail!(InterestOutcomeMail);

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

/// Subject of an introduction message.
#[derive(Template)]
#[template(path = "email/introduction/subject.txt")]
struct IntroductionSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a IntroductionMail,
}

/// Subject of an introduction outcome message.
#[derive(Template)]
#[template(path = "email/introduction_outcome/subject.txt")]
struct IntroductionOutcomeSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a IntroductionOutcomeMail,
}

/// Subject of an interest message.
#[derive(Template)]
#[template(path = "email/interest/subject.txt")]
struct InterestSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a InterestMail,
}

/// Subject of an interest outcome message.
#[derive(Template)]
#[template(path = "email/interest_outcome/subject.txt")]
struct InterestOutcomeSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a InterestOutcomeMail,
}

/// Subject of a meeting message.
#[derive(Template)]
#[template(path = "email/meeting/subject.txt")]
struct MeetingSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a MeetingMail,
}

/// Text part of an introduction.
#[derive(Template)]
#[template(path = "email/introduction/body.txt")]
struct IntroductionText<'a> {
    ctx: &'a EmailCtx,
    data: &'a IntroductionMail,
}

/// HTML part of an introduction.
#[derive(Template)]
#[template(path = "email/introduction/body.html")]
struct IntroductionHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a IntroductionMail,
}

/// Text part of an introduction's outcome.
#[derive(Template)]
#[template(path = "email/introduction_outcome/body.txt")]
struct IntroductionOutcomeText<'a> {
    ctx: &'a EmailCtx,
    data: &'a IntroductionOutcomeMail,
}

/// HTML part of an introduction's outcome.
#[derive(Template)]
#[template(path = "email/introduction_outcome/body.html")]
struct IntroductionOutcomeHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a IntroductionOutcomeMail,
}

/// Text part of an expression of interest.
#[derive(Template)]
#[template(path = "email/interest/body.txt")]
struct InterestText<'a> {
    ctx: &'a EmailCtx,
    data: &'a InterestMail,
}

/// HTML part of an expression of interest.
#[derive(Template)]
#[template(path = "email/interest/body.html")]
struct InterestHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a InterestMail,
}

/// Text part of the answer to an expression of interest.
#[derive(Template)]
#[template(path = "email/interest_outcome/body.txt")]
struct InterestOutcomeText<'a> {
    ctx: &'a EmailCtx,
    data: &'a InterestOutcomeMail,
}

/// HTML part of the answer to an expression of interest.
#[derive(Template)]
#[template(path = "email/interest_outcome/body.html")]
struct InterestOutcomeHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a InterestOutcomeMail,
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
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::email::messages::render_stored;
    use crate::email::messages::testing::{ctx, stored};

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 1, d)
            .and_then(|x| x.and_hms_opt(h, m, 0))
            .unwrap()
    }

    fn contact(name: &str, email: &str) -> Contact {
        Contact {
            name: name.into(),
            email: email.into(),
            organisation: "Mexico".into(),
        }
    }

    fn meeting(change: &str) -> MeetingMail {
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

    fn mails() -> Vec<(&'static str, String)> {
        let intro = IntroductionMail {
            name: "Lukas".into(),
            side: "candidate".into(),
            reminder: false,
            facilitator: "Sam".into(),
            project_title: "Child protection".into(),
            organisation: "Switzerland".into(),
            owners: "Mexico".into(),
            role: "supporter".into(),
            message: "Hello".into(),
            path: "/introductions/3".into(),
            expires_on: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
        };
        let outcome = |o: &str| IntroductionOutcomeMail {
            name: "Ana".into(),
            outcome: o.into(),
            project_title: "Child protection".into(),
            organisation: "Switzerland".into(),
            role: "supporter".into(),
            reason: if o == "declined" {
                "Busy".into()
            } else {
                String::new()
            },
            contacts: vec![contact("Lukas", "lukas@example.org")],
            path: "/projects/2".into(),
        };
        vec![
            stored(&intro),
            stored(&IntroductionMail {
                side: "project".into(),
                reminder: true,
                ..intro
            }),
            stored(&outcome("accepted")),
            stored(&outcome("declined")),
            stored(&outcome("expired")),
            stored(&InterestMail {
                name: "Ana".into(),
                person: "Lukas".into(),
                organisation: "Switzerland".into(),
                project_title: "Child protection".into(),
                offer: "training".into(),
                message: "We train".into(),
                path: "/interests/4".into(),
            }),
            stored(&InterestOutcomeMail {
                name: "Lukas".into(),
                accepted: true,
                project_title: "Child protection".into(),
                organisation: "Switzerland".into(),
                role: "implementer".into(),
                reason: String::new(),
                contacts: vec![contact("Ana", "ana@example.org")],
                path: "/projects/2".into(),
            }),
            stored(&InterestOutcomeMail {
                name: "Lukas".into(),
                accepted: false,
                project_title: "Child protection".into(),
                organisation: "Switzerland".into(),
                role: String::new(),
                reason: "Not now".into(),
                contacts: Vec::new(),
                path: "/projects/2".into(),
            }),
            stored(&meeting("new")),
            stored(&meeting("changed")),
            stored(&meeting("cancelled")),
        ]
    }

    #[test]
    fn every_brokering_mail_renders_in_every_language_without_a_key() {
        for (kind, data) in mails() {
            for lang in Language::ALL {
                let r = render_stored(kind, &data, &ctx(lang)).unwrap();
                assert!(r.headers.is_empty(), "{kind}: no unsubscribe link");
                assert_eq!(r.message.attachments.len(), usize::from(kind == "meeting"));
                let r = r.message;
                assert!(!r.subject.is_empty(), "{lang} {kind}");
                for part in [&r.subject, &r.text, &r.html] {
                    for key in ["email-", "brokering-", "role-", "need-"] {
                        assert!(!part.contains(key), "{lang} {kind}: {key} in {part}");
                    }
                }
                assert!(r.text.contains("https://pfp.example.org/"), "{lang} {kind}");
            }
        }
    }

    #[test]
    fn introductions_link_to_their_accept_and_decline_pages() {
        let (kind, data) = &mails()[0];
        let r = render_stored(kind, data, &ctx(Language::En))
            .unwrap()
            .message;
        assert!(
            r.text
                .contains("https://pfp.example.org/introductions/3/accept")
        );
        assert!(
            r.html
                .contains("href=\"https://pfp.example.org/introductions/3/decline\"")
        );
        assert!(
            r.text.contains("your organisation, Switzerland"),
            "{}",
            r.text
        );
        assert!(r.text.contains("February 1, 2027"), "{}", r.text);
        assert!(r.attachments.is_empty());
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
