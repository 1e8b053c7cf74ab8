//! What the proposal pages share: the `?done=` notices, the signed-in delegate as the
//! proposer, and a refused form's problems, translated.

use serde::Deserialize;

use crate::app::proposals::draft::Proposer;
use crate::domain::policy::{Action, allows};
use crate::domain::proposal;
use crate::web::error::AppError;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;

/// Confirmations a redirect may ask a page to show (`?done=<code>`): the code selects a
/// translation, so nothing typed in the address is ever shown.
const NOTICES: &[&str] = &[
    "draft_saved",
    "join_requested",
    "invitation_accepted",
    "invitation_declined",
    "request_accepted",
    "request_declined",
    "co_owner_invited",
    "decided",
];

/// The `?done=` of a page.
#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

pub(super) fn notice(ctx: &Ctx, q: &DoneQuery) -> Option<String> {
    q.done
        .as_deref()
        .filter(|d| NOTICES.contains(d))
        .map(|d| ctx.t(&format!("proposal-done-{d}")).to_owned())
}

/// The signed-in delegate and their government, or the refusal.
pub(super) fn delegate(person: &SignedIn) -> Result<Proposer, AppError> {
    match person.organisation_id {
        Some(org) if allows(person.role, Action::ProposeProject) => Ok(Proposer {
            person_id: person.id,
            organisation_id: org,
        }),
        _ => Err(AppError::Forbidden("error-forbidden")),
    }
}

/// The form's problems, translated, in the form's order.
pub(super) fn form_errors(ctx: &Ctx, problems: &[proposal::Problem]) -> FormErrors {
    let mut errors = FormErrors::default();
    for p in problems {
        if errors.of(p.field).is_none() {
            errors.add(p.field, ctx.t(p.key).to_owned());
        }
    }
    errors
}
