//! The page a contact point's personal link opens (`/reply/{token}`): the introduction,
//! and accepting (with the account's three fields) or declining (with a reason); or what
//! is wrong with the link.

use askama::Template;

use crate::app::brokering::replies::{Account, LinkProblem, Opened};
use crate::domain::brokering::Answer;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;

/// `/reply/{token}`.
#[derive(Template)]
#[template(path = "brokering/reply.html")]
pub struct ReplyPage {
    /// Page context.
    pub ctx: Ctx,
    /// The link's token (the forms post back to it).
    pub token: String,
    /// The introduction and its contact.
    pub opened: Opened,
    /// The form shown first (`None`: both choices).
    pub mode: Option<Answer>,
    /// Name as typed (prefilled with the contact's for a named person).
    pub name: String,
    /// Language as chosen.
    pub language: String,
    /// Reason as typed.
    pub reason: String,
    /// Problems.
    pub errors: FormErrors,
    /// Why the organisation was suggested, in words.
    pub reasons: Vec<String>,
}

impl ReplyPage {
    /// Whether the address already has an account in use (then: sign in).
    pub fn in_use(&self) -> bool {
        self.opened.account == Account::InUse
    }

    /// Whether the decline form comes first.
    pub fn declining(&self) -> bool {
        self.mode == Some(Answer::Decline)
    }

    /// The owning governments, joined.
    pub fn owners(&self) -> String {
        self.opened
            .detail
            .owners
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Where an account in use signs in, then answers.
    pub fn sign_in_path(&self) -> String {
        format!(
            "/login?next=%2Fintroductions%2F{}",
            self.opened.detail.intro.id
        )
    }
}

/// What a personal link leads to when it cannot be used, or after a decline, or after
/// asking for a new link.
#[derive(Template)]
#[template(path = "brokering/reply_done.html")]
pub struct ReplyDonePage {
    /// Page context.
    pub ctx: Ctx,
    /// Title key.
    pub title_key: &'static str,
    /// What to say.
    pub advice_key: &'static str,
    /// The form asking the facilitator for a new link, when the link's trouble is one a
    /// new link mends.
    pub renew: Option<RenewForm>,
}

/// "Ask for a new link": posts back to the link; asks for the address when the link
/// does not name its introduction.
#[derive(Debug, Clone, Default)]
pub struct RenewForm {
    /// The link's token (the form posts back to it).
    pub token: String,
    /// Whether the address is asked for (a link that does not open).
    pub ask_address: bool,
    /// Address as typed.
    pub email: String,
    /// Message as typed.
    pub message: String,
    /// Problems.
    pub errors: FormErrors,
}

impl ReplyDonePage {
    /// The page of a link problem; `token` is the link's, for the form asking for a
    /// new one.
    pub fn problem(ctx: Ctx, p: LinkProblem, token: &str) -> ReplyDonePage {
        let (title_key, advice_key) = match p {
            LinkProblem::Unknown => ("reply-unknown-title", "reply-unknown-advice"),
            LinkProblem::Used => ("reply-used-title", "reply-used-advice"),
            LinkProblem::Expired => ("reply-expired-title", "reply-expired-advice"),
            LinkProblem::Closed => ("reply-closed-title", "reply-closed-advice"),
            LinkProblem::Gone => ("reply-gone-title", "reply-gone-advice"),
        };
        let renew = matches!(
            p,
            LinkProblem::Unknown | LinkProblem::Used | LinkProblem::Expired
        )
        .then(|| RenewForm {
            token: token.chars().take(200).collect(),
            ask_address: p == LinkProblem::Unknown,
            ..RenewForm::default()
        });
        ReplyDonePage {
            ctx,
            title_key,
            advice_key,
            renew,
        }
    }

    /// A page that only says something.
    pub fn say(ctx: Ctx, title_key: &'static str, advice_key: &'static str) -> ReplyDonePage {
        ReplyDonePage {
            ctx,
            title_key,
            advice_key,
            renew: None,
        }
    }

    /// Whether the page shows a refused form.
    pub fn refused(&self) -> bool {
        self.renew.as_ref().is_some_and(|r| !r.errors.is_empty())
    }

    /// The status a link problem answers with: 404 for a link that never existed, 410
    /// for one that did.
    pub fn status(p: LinkProblem) -> actix_web::http::StatusCode {
        match p {
            LinkProblem::Unknown => actix_web::http::StatusCode::NOT_FOUND,
            _ => actix_web::http::StatusCode::GONE,
        }
    }
}
