//! Requests to join: a delegate asks that their government co-own a public project
//! (`/projects/{id}/join`); a delegate of an owning government answers
//! (`/join-requests/{id}`).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::answering::{AnswerForm, Answering};
use super::shared::delegate;
use crate::app::proposals::Asked;
use crate::app::proposals::join::answer_join;
use crate::db::queries::proposals::{self};
use crate::domain::ids::{JoinRequestId, ProjectId};
use crate::domain::policy::Action;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, person_or_sign_in, require};
use crate::web::respond::see_other;

/// The join form: which of the delegate's proposals it comes from, if any.
#[derive(Debug, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    from: String,
}

/// `POST /projects/{id}/join`: a delegate asks that their government join a public
/// project as co-owner (its owners answer on "My projects").
pub async fn request_join(
    form: CsrfForm<JoinForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ProposeProject)?;
    let actor = delegate(&person)?;
    let from = form.0.from.trim().parse::<i32>().ok();
    let org = actor.organisation_id;
    let outcome = state
        .db
        .write(move |conn| {
            let Some(target) = proposals::standing(conn, id)? else {
                return Ok(None);
            };
            if !target.status.is_public() {
                return Ok(None);
            }
            // Only one's own proposal can be named as where the request comes from.
            let from = match from {
                Some(f) => proposals::standing(conn, f)?
                    .filter(|s| s.owner_ids.contains(&org))
                    .map(|_| f),
                None => None,
            };
            crate::app::proposals::join::request_join(conn, id, from, &actor, now).map(Some)
        })
        .await?;
    match outcome {
        None => Err(AppError::NotFound),
        Some(Asked::AlreadyOwner) => Err(AppError::Forbidden("proposal-error-already-owner")),
        Some(Asked::Done | Asked::AlreadyPending) => {
            Ok(see_other("/projects/mine?done=join_requested".to_owned()))
        }
    }
}

/// `POST /join-requests/{id}`: a delegate of an owning government answers a request.
pub async fn answer_join_request(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<JoinRequestId>,
) -> Result<HttpResponse, AppError> {
    let answered = Answering {
        action: Action::ManageOwnProject,
        use_case: answer_join,
        done: ["request_accepted", "request_declined"],
    };
    let id = path.into_inner().get();
    answered.run(form, req, state, id).await
}
