//! `POST /reply/{token}/renew`: a contact whose personal link failed asks the
//! facilitator for a new one (the use case: `app::brokering::link_renewal`). The page
//! afterwards says the same whether or not the address was known.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::replies::problem;
use crate::app::brokering::link_renewal;
use crate::app::brokering::replies::{self as uc, LinkProblem};
use crate::domain::brokering::{REASON_MAX, optional_text};
use crate::domain::person::EmailAddress;
use crate::email::Outbox;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::brokering::text_error;
use crate::web::views::replies::ReplyDonePage;

/// The request as sent.
#[derive(Debug, Deserialize)]
pub struct RenewForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    message: String,
}

/// `POST /reply/{token}/renew`
pub async fn ask(
    form: CsrfForm<RenewForm>,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let form = form.0;
    let now = state.now();
    let t = token.clone();
    let link = state.db.read(move |c| uc::open(c, &t, now)).await?;
    let problem_of_link = match link {
        // The link works: nothing to renew, it opens as it is.
        Ok(_) => {
            return Ok(crate::web::respond::see_other(format!("/reply/{token}")));
        }
        // Nothing a new link would mend: the page says why.
        Err(p @ (LinkProblem::Closed | LinkProblem::Gone)) => return problem(ctx, p, &token),
        Err(p) => p,
    };
    let mut page = ReplyDonePage::problem(ctx, problem_of_link, &token);
    let address = if problem_of_link == LinkProblem::Unknown {
        match EmailAddress::parse(&form.email) {
            Ok(a) => Some(a),
            Err(_) => {
                let message = page.ctx.t("contact-error-email").to_owned();
                if let Some(r) = page.renew.as_mut() {
                    r.errors.add("email", message);
                }
                None
            }
        }
    } else {
        None
    };
    let message = match optional_text("message", &form.message, REASON_MAX) {
        Ok(m) => Some(m),
        Err(e) => {
            let text = text_error(&page.ctx, &e);
            if let Some(r) = page.renew.as_mut() {
                r.errors.add("message", text);
            }
            None
        }
    };
    if page.refused() {
        if let Some(r) = page.renew.as_mut() {
            r.email = form.email.chars().take(300).collect();
            r.message = form.message.chars().take(REASON_MAX + 100).collect();
        }
        return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let message = message.unwrap_or_default();
    let outbox = Outbox::new(&state.settings);
    state
        .db
        .write(move |c| link_renewal::ask(c, &outbox, &token, address.as_ref(), &message, now))
        .await?;
    html(
        StatusCode::OK,
        &ReplyDonePage::say(
            page.ctx,
            "reply-renew-sent-title",
            "reply-renew-sent-advice",
        ),
    )
}
