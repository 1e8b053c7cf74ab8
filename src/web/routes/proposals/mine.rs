//! "My projects" (`/projects/mine`): a delegate's drafts, their government's projects,
//! and the invitations and requests to join waiting for an answer.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::shared::{DoneQuery, delegate, notice};
use crate::db::queries::proposals::{self};
use crate::domain::PublicationState;
use crate::domain::policy::Action;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{person_or_sign_in, require};
use crate::web::respond::html as render;
use crate::web::views::Ctx;
use crate::web::views::proposals::MinePage;

/// `GET /projects/mine`: a delegate's drafts, their government's projects and what
/// waits for their answer.
pub async fn mine(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    require(&req, Action::ProposeProject)?;
    let person = person_or_sign_in(&req)?;
    let org = delegate(&person)?.organisation_id;
    let (owned, invitations, join_requests, sent_requests) = state
        .db
        .read(move |conn| {
            Ok((
                proposals::owned_by(conn, org)?,
                proposals::invitations_for(conn, org)?,
                proposals::join_requests_to(conn, org)?,
                proposals::join_requests_from(conn, org)?,
            ))
        })
        .await?;
    let waiting = crate::web::read::waiting::of(&state, &person).await?;
    let (drafts, projects) = owned
        .into_iter()
        .partition(|l| l.row.status == PublicationState::Draft.code());
    let notice = notice(&ctx, &query);
    render(
        StatusCode::OK,
        &MinePage {
            ctx,
            government: person.organisation_name.clone().unwrap_or_default(),
            drafts,
            projects,
            invitations,
            join_requests,
            sent_requests,
            waiting,
            notice,
        },
    )
}
