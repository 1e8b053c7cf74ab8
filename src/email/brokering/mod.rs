//! The messages of brokering: introductions and their outcomes, expressions of interest
//! and the managers' answers; a contact's request for a new link is in
//! `link_renewal.rs`; the meeting message and its iCalendar invitation are in
//! `meetings.rs` (re-exported here).
//!
//! Like every message, these are stored as data and rendered by the worker in the
//! recipient's language (each kind registers itself, see [`super::messages`]).

mod link_renewal;
mod meetings;

pub use link_renewal::LinkRenewalMail;
pub use meetings::MeetingMail;

use askama::Template;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::messages::{EmailCtx, MailKind, Rendered, register_mail};
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
    /// Path of the introduction (`/introductions/{id}`), or of the recipient's personal
    /// link (`/reply/{token}`) when `personal`.
    pub path: String,
    /// Last day to answer.
    pub expires_on: NaiveDate,
    /// Sent to a contact point rather than to someone with an account: the link is
    /// personal, accepting creates the account, declining needs none. (Absent in mails
    /// stored before contact points: false.)
    #[serde(default)]
    pub personal: bool,
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
        if self.personal {
            ctx.url(&format!("{}?answer=accept", self.path))
        } else {
            ctx.url(&format!("{}/accept", self.path))
        }
    }

    /// Link to decline.
    pub fn decline_url(&self, ctx: &EmailCtx) -> String {
        if self.personal {
            ctx.url(&format!("{}?answer=decline", self.path))
        } else {
            ctx.url(&format!("{}/decline", self.path))
        }
    }

    /// How one answers: after signing in, or with this personal link.
    pub fn how(&self, ctx: &EmailCtx) -> String {
        ctx.t(if self.personal {
            "email-intro-personal"
        } else {
            "email-intro-sign-in"
        })
        .to_owned()
    }

    /// What the accept link says it leads to.
    pub fn accept_text(&self, ctx: &EmailCtx) -> String {
        ctx.t(if self.personal {
            "email-intro-accept-personal"
        } else {
            "email-intro-accept"
        })
        .to_owned()
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

#[cfg(test)]
mod tests {
    use super::meetings::tests::{contact, meeting};
    use super::*;
    use crate::domain::Language;
    use crate::email::messages::render_stored;
    use crate::email::messages::testing::{ctx, stored};

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
            personal: false,
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
                path: "/reply/0123abcd".into(),
                personal: true,
                ..intro.clone()
            }),
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
}
