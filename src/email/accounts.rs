//! The messages of accounts: an invitation to join, the confirmation of a new address,
//! the warning that someone tried to register an address that has an account, and a
//! password reset. Each kind registers itself with the worker (see [`super::messages`]).

use askama::Template;
use serde::{Deserialize, Serialize};

use super::messages::{EmailCtx, MailKind, Rendered, register_mail};
use crate::domain::Role;
use crate::i18n::{self, Arg};

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

impl MailKind for InvitationMail {
    const KIND: &'static str = "invitation";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            InvitationSubject { ctx },
            InvitationText { ctx, data: self },
            InvitationHtml { ctx, data: self },
        )
    }
}

register_mail!(InvitationMail);

impl MailKind for VerificationMail {
    const KIND: &'static str = "verification";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            VerificationSubject { ctx },
            VerificationText { ctx, data: self },
            VerificationHtml { ctx, data: self },
        )
    }
}

register_mail!(VerificationMail);

impl MailKind for RegistrationAttemptMail {
    const KIND: &'static str = "registration_attempt";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            RegistrationAttemptSubject { ctx },
            RegistrationAttemptText { ctx, data: self },
            RegistrationAttemptHtml { ctx, data: self },
        )
    }
}

register_mail!(RegistrationAttemptMail);

impl MailKind for PasswordResetMail {
    const KIND: &'static str = "password_reset";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            PasswordResetSubject { ctx },
            PasswordResetText { ctx, data: self },
            PasswordResetHtml { ctx, data: self },
        )
    }
}

register_mail!(PasswordResetMail);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::email::messages::render_stored;
    use crate::email::messages::testing::{ctx, stored};

    fn account_mails() -> Vec<((&'static str, String), Option<&'static str>)> {
        vec![
            (
                stored(&InvitationMail {
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
                stored(&InvitationMail {
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
                stored(&VerificationMail {
                    name: "Wei".into(),
                    path: "/verify/abc123".into(),
                    valid_days: 7,
                }),
                Some("https://pfp.example.org/verify/abc123"),
            ),
            (
                stored(&RegistrationAttemptMail { name: "Wei".into() }),
                Some("https://pfp.example.org/password/forgot"),
            ),
            (
                stored(&PasswordResetMail {
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
        for ((kind, data), link) in account_mails() {
            for lang in Language::ALL {
                let r = render_stored(kind, &data, &ctx(lang)).unwrap().message;
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
        let ((kind, data), _) = &account_mails()[0];
        let r = render_stored(kind, data, &ctx(Language::En))
            .unwrap()
            .message;
        assert!(
            r.text
                .contains("Sam Okafor invites you to join the Platform for Partnerships as Delegate for Mexico."),
            "{}",
            r.text
        );
        assert!(r.text.contains("expires in 7 days"), "{}", r.text);
        assert!(r.html.contains("Ana López"), "{}", r.html);
    }
}
