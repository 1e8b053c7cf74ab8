//! A contact point asks for a new personal link (to the facilitator who proposed the
//! introduction): their link had expired, been used, or did not open.

use askama::Template;
use serde::{Deserialize, Serialize};

use crate::email::messages::{EmailCtx, MailKind, Rendered, register_mail};
use crate::i18n::{self, Arg};

/// "The contact of an organisation asks for a new link" (to a facilitator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkRenewalMail {
    /// The recipient's name.
    pub name: String,
    /// The contact point's name (a person's, or the mailbox's label).
    pub contact: String,
    /// Its address, to write back to.
    pub email: String,
    /// The organisation it speaks for.
    pub organisation: String,
    /// The project's title.
    pub project_title: String,
    /// Why the link did not work: `used`, `expired`, `closed` or `unknown`.
    pub problem: String,
    /// What they wrote (may be empty).
    pub message: String,
    /// Path of the project's page in the facilitator's queue, where a new
    /// introduction is proposed.
    pub path: String,
}

impl LinkRenewalMail {
    /// Subject line.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            "email-link-renewal-subject",
            "organisation",
            &self.organisation,
        )
    }

    /// Who asks, for what, and why the link failed.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        i18n::t_args(
            ctx.lang,
            "email-link-renewal-lead",
            &[
                ("contact", Arg::Str(&self.contact)),
                ("email", Arg::Str(&self.email)),
                ("organisation", Arg::Str(&self.organisation)),
                ("project", Arg::Str(&self.project_title)),
            ],
        )
    }

    /// Why the link did not work, in words.
    pub fn why(&self, ctx: &EmailCtx) -> String {
        ctx.t(&format!("email-link-renewal-{}", self.problem))
    }
}

impl MailKind for LinkRenewalMail {
    const KIND: &'static str = "link_renewal";

    fn render(&self, ctx: &EmailCtx) -> askama::Result<Rendered> {
        Rendered::of(
            LinkRenewalSubject { ctx, data: self },
            LinkRenewalText { ctx, data: self },
            LinkRenewalHtml { ctx, data: self },
        )
    }
}

register_mail!(LinkRenewalMail);

/// Subject.
#[derive(Template)]
#[template(path = "email/link_renewal/subject.txt")]
struct LinkRenewalSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a LinkRenewalMail,
}

/// Text part.
#[derive(Template)]
#[template(path = "email/link_renewal/body.txt")]
struct LinkRenewalText<'a> {
    ctx: &'a EmailCtx,
    data: &'a LinkRenewalMail,
}

/// HTML part.
#[derive(Template)]
#[template(path = "email/link_renewal/body.html")]
struct LinkRenewalHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a LinkRenewalMail,
}
