//! Co-owners of a project (`/projects/{id}/co-owners`): owners see who co-owns and
//! invite other governments; a delegate of the invited government answers
//! (`/co-owner-invitations/{id}`).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::answering::{AnswerForm, Answering};
use super::shared::{DoneQuery, notice};
use crate::app::proposals::Asked;
use crate::app::proposals::co_owners;
use crate::db::queries::projects::{self as project_queries};
use crate::db::queries::proposals::{self};
use crate::domain::ids::{CoOwnerInvitationId, ProjectId};
use crate::domain::policy::{Action, manages_project};
use crate::domain::{PartnerRole, PublicationState};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, person_or_sign_in, require};
use crate::web::respond::html as render;
use crate::web::respond::see_other;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::proposals::CoOwnersPage;

/// The co-owners page of project `id` for one of its owners.
async fn co_owners_page(
    state: &web::Data<AppState>,
    ctx: Ctx,
    person: &SignedIn,
    id: i32,
) -> Result<CoOwnersPage, AppError> {
    let detail = state
        .db
        .read(move |conn| {
            let d = project_queries::detail(conn, id, false)?;
            let inv = proposals::invitations_of(conn, id)?;
            let govs = proposals::governments(conn)?;
            Ok(d.map(|d| (d, inv, govs)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let (d, invitations, governments) = detail;
    let owners: Vec<_> = d
        .partners
        .iter()
        .filter(|p| p.role == PartnerRole::Owner.code())
        .cloned()
        .collect();
    let owner_ids: Vec<i32> = owners.iter().map(|o| o.organisation_id).collect();
    if !manages_project(person.role, person.organisation_id, &owner_ids) {
        let public = d
            .project
            .status
            .parse::<PublicationState>()
            .is_ok_and(|s| s.is_public());
        return Err(if public {
            AppError::Forbidden("error-forbidden")
        } else {
            AppError::NotFound
        });
    }
    Ok(CoOwnersPage {
        ctx,
        project_id: id,
        title: d.project.title.clone(),
        lang: d.project.lang.clone(),
        governments: governments
            .into_iter()
            .filter(|(g, _)| !owner_ids.contains(g))
            .collect(),
        owners,
        invitations,
        chosen: String::new(),
        errors: FormErrors::default(),
        notice: None,
    })
}

/// `GET /projects/{id}/co-owners`: owners see who co-owns and invite other governments.
pub async fn co_owners(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    require(&req, Action::ManageOwnProject)?;
    let person = person_or_sign_in(&req)?;
    let notice = notice(&ctx, &query);
    let mut page = co_owners_page(&state, ctx, &person, id).await?;
    page.notice = notice;
    render(StatusCode::OK, &page)
}

/// The co-owner invitation form.
#[derive(Debug, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    organisation: String,
}

/// `POST /projects/{id}/co-owners`: invites a government; a delegate of it confirms.
pub async fn invite_co_owner(
    form: CsrfForm<InviteForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnProject)?;
    let mut page = co_owners_page(&state, ctx, &person, id).await?;
    let chosen = form.0.organisation.trim().to_owned();
    let org = chosen
        .parse::<i32>()
        .ok()
        .filter(|g| page.governments.iter().any(|(x, _)| x == g));
    let Some(org) = org else {
        page.chosen = chosen;
        page.errors.add(
            "organisation",
            page.ctx.t("co-owner-error-government").to_owned(),
        );
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let actor_id = person.id;
    let asked = state
        .db
        .write(move |conn| {
            crate::app::proposals::co_owners::invite_co_owner(conn, id, org, actor_id, now)
        })
        .await?;
    match asked {
        Asked::Done => Ok(see_other(format!(
            "/projects/{id}/co-owners?done=co_owner_invited"
        ))),
        Asked::AlreadyOwner | Asked::AlreadyPending => {
            page.chosen = chosen;
            page.errors.add(
                "organisation",
                page.ctx.t("co-owner-error-pending").to_owned(),
            );
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// `POST /co-owner-invitations/{id}`: a delegate of the invited government answers.
pub async fn answer_invitation(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CoOwnerInvitationId>,
) -> Result<HttpResponse, AppError> {
    let answered = Answering {
        action: Action::ProposeProject,
        use_case: co_owners::answer_invitation,
        done: ["invitation_accepted", "invitation_declined"],
    };
    let id = path.into_inner().get();
    answered.run(form, req, state, id).await
}
