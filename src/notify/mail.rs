//! The two kinds of notification mail: one event at once ([`NotificationMail`]) and a
//! digest of several, grouped by project ([`DigestMail`]); and the sentence that tells
//! an event in any of the six languages (mail, the in-app list and feeds share it).
//!
//! Both are mail kinds ([`MailKind`]) that register themselves with the mail worker
//! here. Both carry the path of a one-click unsubscribe link, which the delivery worker
//! also puts in the `List-Unsubscribe` header (RFC 8058), and the recipient's reason, so
//! the message says why it came.

use askama::Template;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::rules::Frequency;
use crate::domain::{Language, PartnerRole, ProjectStage};
use crate::email::messages::{EmailCtx, MailKind, Rendered, register_mail};
use crate::events::EventKind;
use crate::i18n::{self, Arg};

/// One event as messages and pages tell it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventItem {
    /// Event id.
    pub id: i32,
    /// `EventKind` code.
    pub kind: String,
    /// The project concerned.
    pub project_id: Option<i32>,
    /// Its title.
    pub project: Option<String>,
    /// Language of the title.
    pub project_lang: String,
    /// The organisation concerned, by id.
    pub organisation_id: Option<i32>,
    /// Its name.
    pub organisation: Option<String>,
    /// The row it is about (see [`crate::events::Event::subject_id`]); absent from mail
    /// queued before it was recorded.
    #[serde(default)]
    pub subject_id: Option<i32>,
    /// The author's short summary (a stage or role code, or their words).
    pub summary: String,
    /// When it happened (UTC).
    pub at: NaiveDateTime,
}

impl EventItem {
    /// The kind, if known.
    pub fn event_kind(&self) -> Option<EventKind> {
        EventKind::from_code(&self.kind)
    }

    /// What happened, in one sentence in `lang` ("Mexico moved … to the Design stage.").
    pub fn sentence(&self, lang: Language) -> String {
        let project = self
            .project
            .clone()
            .unwrap_or_else(|| i18n::t(lang, "event-some-project"));
        let organisation = self
            .organisation
            .clone()
            .unwrap_or_else(|| i18n::t(lang, "event-some-organisation"));
        let detail = match self.event_kind() {
            Some(EventKind::StageChanged) => match self.summary.parse::<ProjectStage>() {
                Ok(stage) => i18n::t(lang, stage.label_key()),
                Err(_) => self.summary.clone(),
            },
            Some(EventKind::PartnerAdded) => match self.summary.parse::<PartnerRole>() {
                Ok(role) => i18n::t(lang, role.label_key()),
                Err(_) => self.summary.clone(),
            },
            _ => self.summary.clone(),
        };
        let key = match self.event_kind() {
            Some(k) if !detail.is_empty() || !needs_detail(k) => format!("event-{}", k.code()),
            _ => "event-other".to_owned(),
        };
        i18n::t_args(
            lang,
            &key,
            &[
                ("project", Arg::Str(&project)),
                ("organisation", Arg::Str(&organisation)),
                ("detail", Arg::Str(&detail)),
            ],
        )
    }

    /// The label of its kind ("Stage changes").
    pub fn kind_label(&self, lang: Language) -> String {
        i18n::t(lang, &format!("event-kind-{}", self.kind))
    }

    /// The page to see it on: the thing itself when it has a page (an introduction, an
    /// expression of interest, a meeting, an invitation or request to answer on "My
    /// projects", a question or update on the project page), else the project, else the
    /// organisation, else the list.
    pub fn path(&self) -> String {
        use EventKind as K;
        let project = self.project_id.map(|p| format!("/projects/{p}"));
        let thing = match (self.event_kind(), self.subject_id) {
            (Some(kind), Some(s)) => match kind {
                K::IntroductionProposed
                | K::IntroductionAccepted
                | K::IntroductionDeclined
                | K::IntroductionExpiring => Some(format!("/introductions/{s}")),
                K::InterestExpressed => Some(format!("/interests/{s}")),
                K::MeetingProposed | K::MeetingChanged => Some(format!("/meetings/{s}")),
                K::CoOwnerInvited => Some(format!("/projects/mine#invitation-{s}")),
                K::JoinRequested => Some(format!("/projects/mine#join-request-{s}")),
                K::QuestionAsked | K::QuestionAnswered => {
                    project.as_ref().map(|p| format!("{p}#question-{s}"))
                }
                K::UpdatePosted => project.as_ref().map(|p| format!("{p}#update-{s}")),
                _ => None,
            },
            _ => None,
        };
        thing
            .or(project)
            .or_else(|| self.organisation_id.map(|o| format!("/organisations/{o}")))
            .unwrap_or_else(|| "/notifications".to_owned())
    }

    /// The sentence in a mail's language.
    pub fn told(&self, ctx: &EmailCtx) -> String {
        self.sentence(ctx.lang)
    }

    /// The kind's label in a mail's language.
    pub fn kind_in(&self, ctx: &EmailCtx) -> String {
        self.kind_label(ctx.lang)
    }
}

/// Whether a kind's sentence quotes the summary (empty summaries get the generic one).
fn needs_detail(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::StageChanged
            | EventKind::UpdatePosted
            | EventKind::MilestoneReached
            | EventKind::PartnerAdded
            | EventKind::QuestionAsked
            | EventKind::QuestionAnswered
            | EventKind::ReviewDecision
            | EventKind::MeetingChanged
    )
}

/// Data of a notification sent at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationMail {
    /// The recipient's name.
    pub name: String,
    /// The event.
    pub item: EventItem,
    /// Why they hear of it (`Reason` code).
    pub reason: String,
    /// Whether it cannot be turned off (their own project or introduction).
    pub mandatory: bool,
    /// Path of the one-click unsubscribe link (`/unsubscribe/{token}`).
    pub unsubscribe_path: String,
    /// For a follower: the link that stops following what brought the message.
    #[serde(default)]
    pub unfollow: Option<Unfollow>,
}

/// A link that stops following a project, theme or organisation, from a mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unfollow {
    /// Path of the link (`/unsubscribe/{token}`).
    pub path: String,
    /// Name of what is followed (a project's title, an organisation's name).
    pub name: Option<String>,
    /// Code of the theme followed (its name is translated when the mail is written).
    pub theme: Option<String>,
}

impl Unfollow {
    /// "Stop following Protection of …"
    pub fn label(&self, ctx: &EmailCtx) -> String {
        let name = match (&self.name, &self.theme) {
            (Some(n), _) => n.clone(),
            (None, Some(t)) => t
                .parse::<crate::domain::Theme>()
                .map(|t| ctx.t(t.label_key()))
                .unwrap_or_else(|_| t.clone()),
            (None, None) => ctx.t("event-some-project"),
        };
        ctx.t1("email-notify-unfollow", "name", &name)
    }
}

impl NotificationMail {
    /// The sentence in the recipient's language.
    pub fn sentence(&self, ctx: &EmailCtx) -> String {
        self.item.sentence(ctx.lang)
    }

    /// Why this message came.
    pub fn why(&self, ctx: &EmailCtx) -> String {
        ctx.t(&format!("email-reason-{}", self.reason))
    }

    /// "Stop messages about stage changes: …"
    pub fn stop(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            "email-notify-unsubscribe",
            "kind",
            &self.item.kind_label(ctx.lang),
        )
    }
}

/// One project's items in a digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestGroup {
    /// Project title (`None`: items about no project).
    pub title: Option<String>,
    /// Language of the title.
    pub lang: String,
    /// Page of the project.
    pub path: Option<String>,
    /// Its items, newest first.
    pub items: Vec<EventItem>,
    /// When the recipient follows the project: the link that stops following it.
    #[serde(default)]
    pub unfollow_path: Option<String>,
}

/// Data of a digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestMail {
    /// The recipient's name.
    pub name: String,
    /// `daily` or `weekly`.
    pub frequency: String,
    /// Groups by project, the one with the newest item first.
    pub groups: Vec<DigestGroup>,
    /// Path of the one-click unsubscribe link (turns this digest off).
    pub unsubscribe_path: String,
    /// The recipient's time zone (IANA name): the digest shows times in it.
    #[serde(default = "utc")]
    pub time_zone: String,
}

fn utc() -> String {
    "UTC".to_owned()
}

impl DigestMail {
    /// How many items in all.
    pub fn count(&self) -> i64 {
        self.groups.iter().map(|g| g.items.len() as i64).sum()
    }

    /// The subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.tn(
            &format!("email-digest-subject-{}", self.frequency_code()),
            "count",
            self.count(),
        )
    }

    /// "Here is what happened …"
    pub fn intro(&self, ctx: &EmailCtx) -> String {
        ctx.tn(
            &format!("email-digest-intro-{}", self.frequency_code()),
            "count",
            self.count(),
        )
    }

    /// A group's heading.
    pub fn heading(&self, ctx: &EmailCtx, group: &DigestGroup) -> String {
        group
            .title
            .clone()
            .unwrap_or_else(|| ctx.t("email-digest-other"))
    }

    /// When an item happened, in the recipient's time zone ("2026-11-29 13:19 Europe/Zurich").
    pub fn when(&self, item: &EventItem) -> String {
        use chrono::TimeZone;
        let tz = super::schedule::parse_zone(&self.time_zone).unwrap_or(chrono_tz::UTC);
        let local = tz.from_utc_datetime(&item.at);
        format!("{} {}", local.format("%Y-%m-%d %H:%M"), tz.name())
    }

    /// "Stop the daily digest: …"
    pub fn stop(&self, ctx: &EmailCtx) -> String {
        ctx.t(&format!(
            "email-digest-unsubscribe-{}",
            self.frequency_code()
        ))
    }

    fn frequency_code(&self) -> &'static str {
        Frequency::from_code(&self.frequency)
            .unwrap_or(Frequency::Daily)
            .code()
    }
}

impl MailKind for NotificationMail {
    const KIND: &'static str = "notification";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            NotificationSubject { ctx, data: self },
            NotificationText { ctx, data: self },
            NotificationHtml { ctx, data: self },
        )
    }

    fn unsubscribe_path(&self) -> Option<&str> {
        Some(&self.unsubscribe_path)
    }
}

register_mail!(NotificationMail);

impl MailKind for DigestMail {
    const KIND: &'static str = "digest";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            DigestSubject { ctx, data: self },
            DigestText { ctx, data: self },
            DigestHtml { ctx, data: self },
        )
    }

    fn unsubscribe_path(&self) -> Option<&str> {
        Some(&self.unsubscribe_path)
    }
}

register_mail!(DigestMail);

/// Subject of a notification.
#[derive(Template)]
#[template(path = "email/notification/subject.txt")]
struct NotificationSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a NotificationMail,
}

/// Text part of a notification.
#[derive(Template)]
#[template(path = "email/notification/body.txt")]
struct NotificationText<'a> {
    ctx: &'a EmailCtx,
    data: &'a NotificationMail,
}

/// HTML part of a notification.
#[derive(Template)]
#[template(path = "email/notification/body.html")]
struct NotificationHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a NotificationMail,
}

/// Subject of a digest.
#[derive(Template)]
#[template(path = "email/digest/subject.txt")]
struct DigestSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a DigestMail,
}

/// Text part of a digest.
#[derive(Template)]
#[template(path = "email/digest/body.txt")]
struct DigestText<'a> {
    ctx: &'a EmailCtx,
    data: &'a DigestMail,
}

/// HTML part of a digest.
#[derive(Template)]
#[template(path = "email/digest/body.html")]
struct DigestHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a DigestMail,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::email::messages::render_stored;
    use crate::email::messages::testing::{ctx, stored};

    fn item(kind: EventKind, summary: &str) -> EventItem {
        EventItem {
            id: 7,
            kind: kind.code().into(),
            project_id: Some(2),
            project: Some("Protection of unaccompanied migrant children".into()),
            project_lang: "en".into(),
            organisation_id: Some(5),
            organisation: Some("Switzerland".into()),
            subject_id: Some(11),
            summary: summary.into(),
            at: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(9, 30, 0))
                .unwrap(),
        }
    }

    #[test]
    fn a_notification_links_to_the_thing_it_is_about() {
        let path = |kind| item(kind, "x").path();
        assert_eq!(path(EventKind::IntroductionProposed), "/introductions/11");
        assert_eq!(path(EventKind::InterestExpressed), "/interests/11");
        assert_eq!(path(EventKind::MeetingChanged), "/meetings/11");
        assert_eq!(
            path(EventKind::CoOwnerInvited),
            "/projects/mine#invitation-11"
        );
        assert_eq!(
            path(EventKind::JoinRequested),
            "/projects/mine#join-request-11"
        );
        assert_eq!(path(EventKind::QuestionAnswered), "/projects/2#question-11");
        assert_eq!(path(EventKind::UpdatePosted), "/projects/2#update-11");
        assert_eq!(path(EventKind::StageChanged), "/projects/2");
        let mut loose = item(EventKind::PartnerAdded, "x");
        loose.project_id = None;
        assert_eq!(loose.path(), "/organisations/5");
    }

    #[test]
    fn every_kind_is_told_in_every_language() {
        for lang in Language::ALL {
            for kind in EventKind::ALL {
                let summary = match kind {
                    EventKind::StageChanged => "design",
                    EventKind::PartnerAdded => "supporter",
                    _ => "Some words",
                };
                let i = item(*kind, summary);
                let s = i.sentence(lang);
                assert!(
                    !s.starts_with("event-") && !s.contains("{"),
                    "{lang} {kind:?}: {s}"
                );
                assert!(
                    s.contains("Protection of unaccompanied"),
                    "{lang} {kind:?}: {s}"
                );
                let label = i.kind_label(lang);
                assert!(!label.starts_with("event-kind-"), "{lang} {kind:?}");
            }
        }
        let en = item(EventKind::StageChanged, "design").sentence(Language::En);
        assert_eq!(
            en,
            "Protection of unaccompanied migrant children moved to the stage: Design."
        );
        let fr = item(EventKind::PartnerAdded, "supporter").sentence(Language::Fr);
        assert!(fr.contains("Switzerland a rejoint"), "{fr}");
    }

    #[test]
    fn notification_and_digest_render_in_every_language_with_absolute_links() {
        let notification = NotificationMail {
            name: "Olga".into(),
            item: item(EventKind::StageChanged, "implementation"),
            reason: "follower".into(),
            mandatory: false,
            unsubscribe_path: "/unsubscribe/abc".into(),
            unfollow: Some(Unfollow {
                path: "/unsubscribe/ghi".into(),
                name: None,
                theme: Some("children".into()),
            }),
        };
        let digest = DigestMail {
            name: "Olga".into(),
            frequency: "weekly".into(),
            groups: super::super::digest::group(vec![
                item(EventKind::UpdatePosted, "Training of 300 officials done"),
                item(EventKind::PartnerAdded, "funder"),
            ]),
            unsubscribe_path: "/unsubscribe/def".into(),
            time_zone: "Europe/Zurich".into(),
        };
        let mails = [
            (stored(&notification), notification.unsubscribe_path()),
            (stored(&digest), digest.unsubscribe_path()),
        ];
        for ((kind, data), path) in mails {
            let path = path.unwrap();
            for lang in Language::ALL {
                let rendered = render_stored(kind, &data, &ctx(lang)).unwrap();
                let r = &rendered.message;
                let link = format!("https://pfp.example.org{path}");
                assert!(r.text.contains(&link), "{lang} {kind}: {}", r.text);
                assert!(
                    r.html.contains(&format!("href=\"{link}\"")),
                    "{lang} {kind}"
                );
                assert!(
                    r.text
                        .contains("https://pfp.example.org/account/notifications")
                );
                assert!(r.text.contains("https://pfp.example.org/projects/2"));
                if kind == "notification" {
                    assert!(r.text.contains("https://pfp.example.org/unsubscribe/ghi"));
                    assert!(
                        r.html
                            .contains("href=\"https://pfp.example.org/unsubscribe/ghi\"")
                    );
                }
                for part in [&r.subject, &r.text, &r.html] {
                    assert!(
                        !part.contains("email-") && !part.contains("event-"),
                        "{lang} {kind}: {part}"
                    );
                }
                let headers = &rendered.headers;
                assert_eq!(headers[0], ("List-Unsubscribe", format!("<{link}>")));
                assert_eq!(
                    headers[1],
                    (
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click".to_owned()
                    )
                );
            }
        }
        // A mandatory message says it cannot be turned off instead of offering to.
        let mandatory = NotificationMail {
            mandatory: true,
            reason: "owner".into(),
            ..notification
        };
        let r = mandatory.render(&ctx(Language::En)).unwrap();
        assert!(r.text.contains("cannot be turned off"), "{}", r.text);
        assert!(
            r.text.contains("your government owns this project"),
            "{}",
            r.text
        );
    }

    #[test]
    fn a_notification_queued_before_unfollow_links_still_renders() {
        let mut data = serde_json::to_value(NotificationMail {
            name: "Olga".into(),
            item: item(EventKind::StageChanged, "design"),
            reason: "follower".into(),
            mandatory: false,
            unsubscribe_path: "/unsubscribe/abc".into(),
            unfollow: None,
        })
        .unwrap();
        data.as_object_mut().unwrap().remove("unfollow");
        let r = render_stored("notification", &data.to_string(), &ctx(Language::Es)).unwrap();
        assert_eq!(r.headers[0].1, "<https://pfp.example.org/unsubscribe/abc>");
    }
}
