//! The kinds of message and their templates.
//!
//! A message is stored in the outbox as its kind (`template`) and its data (JSON), and
//! rendered by the worker at send time in the recipient's language, so a message queued
//! before a translation fix goes out with the fix. Each kind has three askama templates
//! under `templates/email/<kind>/`: `subject.txt`, `body.txt` (extends
//! `email/layout.txt`) and `body.html` (extends `email/layout.html`).
//!
//! To add a kind: a variant of [`MailContent`] with a data struct, its three templates
//! and their structs below, one arm in [`MailContent::render`], and its texts in the six
//! `email.ftl` files.

use askama::Template;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::brokering::{
    self as brokering_mail, InterestMail, InterestOutcomeMail, IntroductionMail,
    IntroductionOutcomeMail, MeetingMail,
};
use crate::domain::{Language, Role};
use crate::i18n::{self, Arg};

/// What a message says: its kind and the data its templates need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
pub enum MailContent {
    /// A test message queued by an operator (`pfp mail test`).
    Test(TestMail),
    /// An invitation to join, with the link to choose a password.
    Invitation(InvitationMail),
    /// The link that confirms the address of a new account.
    Verification(VerificationMail),
    /// Someone tried to create an account with an address that already has one.
    RegistrationAttempt(RegistrationAttemptMail),
    /// The link to choose a new password.
    PasswordReset(PasswordResetMail),
    /// An introduction proposed, or a reminder before it expires.
    Introduction(IntroductionMail),
    /// An introduction accepted by both sides, declined or expired.
    IntroductionOutcome(IntroductionOutcomeMail),
    /// An organisation would like to partner in a project.
    Interest(InterestMail),
    /// The answer to an expression of interest.
    InterestOutcome(InterestOutcomeMail),
    /// A meeting invitation, update or cancellation, with its iCalendar part.
    Meeting(MeetingMail),
    /// One event, sent at once (see `crate::notify`).
    Notification(crate::notify::NotificationMail),
    /// A daily or weekly digest of events, grouped by project (see `crate::notify`).
    Digest(crate::notify::DigestMail),
    /// A reviewer's decision on a project, to the owners' delegates.
    ReviewDecision(ReviewDecisionMail),
}

/// Data of a review decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDecisionMail {
    /// The recipient's name.
    pub name: String,
    /// The project's title, as written.
    pub title: String,
    /// Language the title is written in.
    pub title_lang: String,
    /// What the reviewer decided.
    pub decision: crate::domain::ReviewDecision,
    /// The reviewer's comments or reason (may be empty for an endorsement).
    pub comments: String,
    /// Path of the project's page.
    pub path: String,
}

impl ReviewDecisionMail {
    /// The subject line: what was decided, with the title.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            &format!("email-review-subject-{}", self.decision.code()),
            "title",
            &self.title,
        )
    }

    /// What the decision means for the owners.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            &format!("email-review-lead-{}", self.decision.code()),
            "title",
            &self.title,
        )
    }

    /// Direction of the title's language.
    pub fn title_dir(&self) -> &'static str {
        if self.title_lang == "ar" {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// Data of the test message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestMail {
    /// When the operator asked for it (UTC).
    pub requested_at: NaiveDateTime,
}

impl TestMail {
    /// The request time as shown in the message.
    pub fn requested(&self) -> String {
        self.requested_at.format("%Y-%m-%d %H:%M UTC").to_string()
    }
}

/// Data of an invitation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationMail {
    /// The invited person's name.
    pub name: String,
    /// Who invites them.
    pub inviter: String,
    /// The role they are given.
    pub role: Role,
    /// Their organisation's name, if the role has one.
    pub organisation: Option<String>,
    /// Path of the single-use link (`/join/{token}`).
    pub path: String,
    /// Days the link stays valid.
    pub valid_days: i64,
}

impl InvitationMail {
    /// "Ana invites you to join … as Delegate for Mexico."
    pub fn invites(&self, ctx: &EmailCtx) -> String {
        let role = ctx.t(self.role.label_key());
        let mut args = vec![
            ("inviter", Arg::Str(&self.inviter)),
            ("role", Arg::Str(&role)),
        ];
        match &self.organisation {
            Some(o) => {
                args.push(("organisation", Arg::Str(o)));
                i18n::t_args(ctx.lang, "email-invitation-invites-for", &args)
            }
            None => i18n::t_args(ctx.lang, "email-invitation-invites", &args),
        }
    }

    /// How long the link works.
    pub fn expiry(&self, ctx: &EmailCtx) -> String {
        ctx.tn("email-link-expiry-days", "days", self.valid_days)
    }
}

/// Data of the address confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerificationMail {
    /// The new person's name.
    pub name: String,
    /// Path of the single-use link (`/verify/{token}`).
    pub path: String,
    /// Days the link stays valid.
    pub valid_days: i64,
}

impl VerificationMail {
    /// How long the link works.
    pub fn expiry(&self, ctx: &EmailCtx) -> String {
        ctx.tn("email-link-expiry-days", "days", self.valid_days)
    }
}

/// Data of the warning sent when someone registers with an address that has an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationAttemptMail {
    /// The account holder's name.
    pub name: String,
}

/// Data of a password reset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordResetMail {
    /// The account holder's name.
    pub name: String,
    /// Path of the single-use link (`/password/reset/{token}`).
    pub path: String,
    /// Hours the link stays valid.
    pub valid_hours: i64,
}

impl PasswordResetMail {
    /// How long the link works.
    pub fn expiry(&self, ctx: &EmailCtx) -> String {
        ctx.tn("email-link-expiry-hours", "hours", self.valid_hours)
    }
}

impl MailContent {
    /// The kind's name, stored in the outbox row and naming its template folder.
    pub fn kind(&self) -> &'static str {
        match self {
            MailContent::Test(_) => "test",
            MailContent::Invitation(_) => "invitation",
            MailContent::Verification(_) => "verification",
            MailContent::RegistrationAttempt(_) => "registration_attempt",
            MailContent::PasswordReset(_) => "password_reset",
            MailContent::Introduction(_) => "introduction",
            MailContent::IntroductionOutcome(_) => "introduction_outcome",
            MailContent::Interest(_) => "interest",
            MailContent::InterestOutcome(_) => "interest_outcome",
            MailContent::Meeting(_) => "meeting",
            MailContent::ReviewDecision(_) => "review_decision",
            MailContent::Notification(_) => "notification",
            MailContent::Digest(_) => "digest",
        }
    }

    /// Path of the one-click unsubscribe link of the message, if it has one: the
    /// worker turns it into the `List-Unsubscribe` and `List-Unsubscribe-Post` headers
    /// (RFC 8058).
    pub fn unsubscribe_path(&self) -> Option<&str> {
        match self {
            MailContent::Notification(n) => Some(&n.unsubscribe_path),
            MailContent::Digest(d) => Some(&d.unsubscribe_path),
            _ => None,
        }
    }

    /// Headers of this message besides the ones every message has, as (name, value):
    /// `List-Unsubscribe: <https://…/unsubscribe/{token}>` and
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` for notifications.
    pub fn extra_headers(&self, ctx: &EmailCtx) -> Vec<(&'static str, String)> {
        match self.unsubscribe_path() {
            Some(path) => vec![
                ("List-Unsubscribe", format!("<{}>", ctx.url(path))),
                (
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".to_owned(),
                ),
            ],
            None => Vec::new(),
        }
    }

    /// Splits into the stored pair (kind, data as JSON).
    pub fn to_parts(&self) -> Result<(&'static str, String), serde_json::Error> {
        let mut value = serde_json::to_value(self)?;
        let data = value
            .get_mut("data")
            .map(serde_json::Value::take)
            .unwrap_or(serde_json::Value::Null);
        Ok((self.kind(), serde_json::to_string(&data)?))
    }

    /// Rebuilds from the stored pair.
    pub fn from_parts(kind: &str, data: &str) -> Result<MailContent, serde_json::Error> {
        let data: serde_json::Value = serde_json::from_str(data)?;
        serde_json::from_value(serde_json::json!({ "kind": kind, "data": data }))
    }

    /// Renders subject, text and HTML in `ctx`'s language.
    pub fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        match self {
            MailContent::Test(data) => Rendered::of(
                TestSubject { ctx, data },
                TestText { ctx, data },
                TestHtml { ctx, data },
            ),
            MailContent::Invitation(data) => Rendered::of(
                InvitationSubject { ctx },
                InvitationText { ctx, data },
                InvitationHtml { ctx, data },
            ),
            MailContent::Verification(data) => Rendered::of(
                VerificationSubject { ctx },
                VerificationText { ctx, data },
                VerificationHtml { ctx, data },
            ),
            MailContent::RegistrationAttempt(data) => Rendered::of(
                RegistrationAttemptSubject { ctx },
                RegistrationAttemptText { ctx, data },
                RegistrationAttemptHtml { ctx, data },
            ),
            MailContent::PasswordReset(data) => Rendered::of(
                PasswordResetSubject { ctx },
                PasswordResetText { ctx, data },
                PasswordResetHtml { ctx, data },
            ),
            MailContent::ReviewDecision(data) => Rendered::of(
                ReviewDecisionSubject { ctx, data },
                ReviewDecisionText { ctx, data },
                ReviewDecisionHtml { ctx, data },
            ),
            MailContent::Notification(data) => {
                use crate::notify::mail::{
                    NotificationHtml, NotificationSubject, NotificationText,
                };
                Rendered::of(
                    NotificationSubject { ctx, data },
                    NotificationText { ctx, data },
                    NotificationHtml { ctx, data },
                )
            }
            MailContent::Digest(data) => {
                use crate::notify::mail::{DigestHtml, DigestSubject, DigestText};
                Rendered::of(
                    DigestSubject { ctx, data },
                    DigestText { ctx, data },
                    DigestHtml { ctx, data },
                )
            }
            MailContent::Introduction(data) => brokering_mail::render_introduction(ctx, data),
            MailContent::IntroductionOutcome(data) => {
                brokering_mail::render_introduction_outcome(ctx, data)
            }
            MailContent::Interest(data) => brokering_mail::render_interest(ctx, data),
            MailContent::InterestOutcome(data) => {
                brokering_mail::render_interest_outcome(ctx, data)
            }
            MailContent::Meeting(data) => brokering_mail::render_meeting(ctx, data),
        }
    }
}

/// What every email template receives: the recipient's language and the public address.
#[derive(Debug, Clone)]
pub struct EmailCtx {
    /// The recipient's language.
    pub lang: Language,
    /// `PFP_BASE_URL`, without a trailing slash.
    pub base_url: String,
}

impl EmailCtx {
    /// Translates a key.
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    /// Translates a key with one text argument.
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        i18n::t_args(self.lang, key, &[(name, Arg::Str(value))])
    }

    /// Translates a key with a number argument (plural forms).
    pub fn tn(&self, key: &str, name: &'static str, value: i64) -> String {
        i18n::t_args(self.lang, key, &[(name, Arg::Num(value))])
    }

    /// "Hello Ana," with the recipient's name.
    pub fn greet(&self, name: &str) -> String {
        self.t1("email-greeting-name", "name", name)
    }

    /// An absolute link to a path of the site (mail is read far from the site).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// BCP 47 code of the recipient's language.
    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// One line.
    pub subject: String,
    /// The text/plain part.
    pub text: String,
    /// The text/html part.
    pub html: String,
    /// Files sent along (e.g. a meeting's `.ics`); none for most kinds.
    pub attachments: Vec<Attachment>,
}

/// A file sent along with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name offered to the reader.
    pub filename: String,
    /// Full MIME type with its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`.
    pub content_type: String,
    /// The content (text).
    pub body: String,
}

impl Rendered {
    /// Renders the three templates of a kind (no attachments).
    pub(crate) fn of(
        subject: impl Template,
        text: impl Template,
        html: impl Template,
    ) -> Result<Rendered, askama::Error> {
        // A subject is one header line: newlines from the template would break it.
        let subject = subject
            .render()?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Rendered {
            subject,
            text: text.render()?,
            html: html.render()?,
            attachments: Vec::new(),
        })
    }
}

/// Subject of the test message.
#[derive(Template)]
#[template(path = "email/test/subject.txt")]
struct TestSubject<'a> {
    ctx: &'a EmailCtx,
    #[allow(dead_code)]
    data: &'a TestMail,
}

/// Text part of the test message.
#[derive(Template)]
#[template(path = "email/test/body.txt")]
struct TestText<'a> {
    ctx: &'a EmailCtx,
    data: &'a TestMail,
}

/// HTML part of the test message.
#[derive(Template)]
#[template(path = "email/test/body.html")]
struct TestHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a TestMail,
}

/// Subject of an invitation.
#[derive(Template)]
#[template(path = "email/invitation/subject.txt")]
struct InvitationSubject<'a> {
    ctx: &'a EmailCtx,
}

/// Text part of an invitation.
#[derive(Template)]
#[template(path = "email/invitation/body.txt")]
struct InvitationText<'a> {
    ctx: &'a EmailCtx,
    data: &'a InvitationMail,
}

/// HTML part of an invitation.
#[derive(Template)]
#[template(path = "email/invitation/body.html")]
struct InvitationHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a InvitationMail,
}

/// Subject of the address confirmation.
#[derive(Template)]
#[template(path = "email/verification/subject.txt")]
struct VerificationSubject<'a> {
    ctx: &'a EmailCtx,
}

/// Text part of the address confirmation.
#[derive(Template)]
#[template(path = "email/verification/body.txt")]
struct VerificationText<'a> {
    ctx: &'a EmailCtx,
    data: &'a VerificationMail,
}

/// HTML part of the address confirmation.
#[derive(Template)]
#[template(path = "email/verification/body.html")]
struct VerificationHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a VerificationMail,
}

/// Subject of the registration-attempt warning.
#[derive(Template)]
#[template(path = "email/registration_attempt/subject.txt")]
struct RegistrationAttemptSubject<'a> {
    ctx: &'a EmailCtx,
}

/// Text part of the registration-attempt warning.
#[derive(Template)]
#[template(path = "email/registration_attempt/body.txt")]
struct RegistrationAttemptText<'a> {
    ctx: &'a EmailCtx,
    data: &'a RegistrationAttemptMail,
}

/// HTML part of the registration-attempt warning.
#[derive(Template)]
#[template(path = "email/registration_attempt/body.html")]
struct RegistrationAttemptHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a RegistrationAttemptMail,
}

/// Subject of a password reset.
#[derive(Template)]
#[template(path = "email/password_reset/subject.txt")]
struct PasswordResetSubject<'a> {
    ctx: &'a EmailCtx,
}

/// Text part of a password reset.
#[derive(Template)]
#[template(path = "email/password_reset/body.txt")]
struct PasswordResetText<'a> {
    ctx: &'a EmailCtx,
    data: &'a PasswordResetMail,
}

/// HTML part of a password reset.
#[derive(Template)]
#[template(path = "email/password_reset/body.html")]
struct PasswordResetHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a PasswordResetMail,
}

/// Subject of a review decision.
#[derive(Template)]
#[template(path = "email/review_decision/subject.txt")]
struct ReviewDecisionSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a ReviewDecisionMail,
}

/// Text part of a review decision.
#[derive(Template)]
#[template(path = "email/review_decision/body.txt")]
struct ReviewDecisionText<'a> {
    ctx: &'a EmailCtx,
    data: &'a ReviewDecisionMail,
}

/// HTML part of a review decision.
#[derive(Template)]
#[template(path = "email/review_decision/body.html")]
struct ReviewDecisionHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a ReviewDecisionMail,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test_mail() -> MailContent {
        MailContent::Test(TestMail {
            requested_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(9, 30, 0))
                .unwrap(),
        })
    }

    #[test]
    fn content_survives_the_round_trip_through_the_row() {
        let mail = test_mail();
        let (kind, data) = mail.to_parts().unwrap();
        assert_eq!(kind, "test");
        assert!(data.contains("requested_at"), "{data}");
        assert_eq!(MailContent::from_parts(kind, &data).unwrap(), mail);
        assert!(MailContent::from_parts("no_such_kind", &data).is_err());
    }

    #[test]
    fn every_language_renders_both_parts_with_absolute_links() {
        for lang in Language::ALL {
            let ctx = EmailCtx {
                lang,
                base_url: "https://pfp.example.org".into(),
            };
            let r = test_mail().render(&ctx).unwrap();
            assert!(!r.subject.is_empty() && !r.subject.contains('\n'));
            assert!(!r.subject.starts_with("email-"), "{lang}: {}", r.subject);
            assert!(r.text.contains("https://pfp.example.org/"), "{lang}");
            assert!(r.text.contains("2026-11-29 09:30 UTC"), "{lang}");
            assert!(
                r.html.contains(&format!(
                    "<html lang=\"{}\" dir=\"{}\">",
                    lang.code(),
                    lang.dir()
                )),
                "{lang}"
            );
            assert!(
                r.html.contains("href=\"https://pfp.example.org/\""),
                "{lang}"
            );
            for part in [&r.subject, &r.text, &r.html] {
                assert!(!part.contains("email-"), "{lang}: a key shows: {part}");
            }
        }
    }

    fn account_mails() -> Vec<(MailContent, Option<&'static str>)> {
        vec![
            (
                MailContent::Invitation(InvitationMail {
                    name: "Ana López".into(),
                    inviter: "Sam Okafor".into(),
                    role: Role::Delegate,
                    organisation: Some("Mexico".into()),
                    path: "/join/abc123".into(),
                    valid_days: 7,
                }),
                Some("https://pfp.example.org/join/abc123"),
            ),
            (
                MailContent::Invitation(InvitationMail {
                    name: "Claire".into(),
                    inviter: "Admin".into(),
                    role: Role::Reviewer,
                    organisation: None,
                    path: "/join/def456".into(),
                    valid_days: 7,
                }),
                Some("https://pfp.example.org/join/def456"),
            ),
            (
                MailContent::Verification(VerificationMail {
                    name: "Wei".into(),
                    path: "/verify/abc123".into(),
                    valid_days: 7,
                }),
                Some("https://pfp.example.org/verify/abc123"),
            ),
            (
                MailContent::RegistrationAttempt(RegistrationAttemptMail { name: "Wei".into() }),
                Some("https://pfp.example.org/password/forgot"),
            ),
            (
                MailContent::PasswordReset(PasswordResetMail {
                    name: "Wei".into(),
                    path: "/password/reset/abc123".into(),
                    valid_hours: 2,
                }),
                Some("https://pfp.example.org/password/reset/abc123"),
            ),
        ]
    }

    #[test]
    fn account_mails_render_in_every_language_with_their_absolute_link() {
        for (mail, link) in account_mails() {
            let (kind, data) = mail.to_parts().unwrap();
            assert_eq!(MailContent::from_parts(kind, &data).unwrap(), mail);
            for lang in Language::ALL {
                let ctx = EmailCtx {
                    lang,
                    base_url: "https://pfp.example.org".into(),
                };
                let r = mail.render(&ctx).unwrap();
                assert!(!r.subject.is_empty() && !r.subject.contains('\n'));
                if let Some(link) = link {
                    assert!(r.text.contains(link), "{lang} {kind}: {}", r.text);
                    assert!(
                        r.html.contains(&format!("href=\"{link}\"")),
                        "{lang} {kind}"
                    );
                }
                for part in [&r.subject, &r.text, &r.html] {
                    assert!(
                        !part.contains("email-"),
                        "{lang} {kind}: a key shows: {part}"
                    );
                    assert!(!part.contains("person-role-"), "{lang} {kind}: {part}");
                }
            }
        }
        let ctx = EmailCtx {
            lang: Language::En,
            base_url: "https://pfp.example.org".into(),
        };
        let r = account_mails()[0].0.render(&ctx).unwrap();
        assert!(
            r.text
                .contains("Sam Okafor invites you to join the Platform for Partnerships as Delegate for Mexico."),
            "{}",
            r.text
        );
        assert!(r.text.contains("expires in 7 days"), "{}", r.text);
        assert!(r.html.contains("Ana López"), "{}", r.html);
    }

    #[test]
    fn the_six_email_files_have_the_same_keys() {
        fn keys(ftl: &str) -> Vec<&str> {
            let mut k: Vec<&str> = ftl
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split(" =").next())
                .collect();
            k.sort_unstable();
            k
        }
        let en = keys(include_str!("../i18n/locales/en/email.ftl"));
        assert!(en.len() > 10);
        let others = [
            ("fr", include_str!("../i18n/locales/fr/email.ftl")),
            ("es", include_str!("../i18n/locales/es/email.ftl")),
            ("ar", include_str!("../i18n/locales/ar/email.ftl")),
            ("zh", include_str!("../i18n/locales/zh/email.ftl")),
            ("ru", include_str!("../i18n/locales/ru/email.ftl")),
        ];
        for (lang, ftl) in others {
            assert_eq!(keys(ftl), en, "{lang}/email.ftl");
        }
        // And every key resolves in its own language (no fallback to English).
        for lang in Language::ALL {
            for key in en
                .iter()
                .filter(|k| !k.ends_with("-body") && !k.ends_with("-count"))
            {
                assert!(i18n::has_key(lang, key), "{lang} lacks {key}");
            }
        }
    }
}
