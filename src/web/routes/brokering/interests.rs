//! Expressions of interest: the project page's panel and its form, and the page where
//! the project's managers answer.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::brokering::interests::{
    self as uc, Decision, ExpressRefusal, InterestAnswerRefusal,
};
use crate::db::queries::brokering as q;
use crate::db::queries::projects::ProjectDetail;
use crate::domain::Actor;
use crate::domain::brokering::{InterestState, MESSAGE_MAX, REASON_MAX, required_text};
use crate::domain::ids::{InterestId, ProjectId};
use crate::domain::policy::{self, Action};
use crate::domain::{NeedKind, PartnerRole};
use crate::email::Outbox;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::actor;
use crate::web::extract::{CsrfForm, Person, require};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::brokering::text_error;
use crate::web::views::brokering::{InterestPage, partner_roles};
use crate::web::views::parts::FormErrors;

/// The interest form.
#[derive(Debug, Deserialize)]
pub struct InterestForm {
    #[serde(default)]
    offer: String,
    #[serde(default)]
    message: String,
}

/// `POST /projects/{id}/interest`
pub async fn express(
    form: CsrfForm<InterestForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = actor(&req)?;
    require(&req, Action::ExpressInterest)?;
    let id = path.into_inner().get();
    let form = form.0;
    let p: Arc<ProjectDetail> = crate::web::read::project::public_project(&state, id).await?;
    let offer = form.offer.parse::<NeedKind>();
    let message = required_text("message", &form.message, MESSAGE_MAX);
    let mut errors = FormErrors::default();
    if offer.is_err() {
        errors.add("offer", ctx.t("brokering-error-offer").to_owned());
    }
    if let Err(e) = &message {
        errors.add("message", text_error(&ctx, e));
    }
    if let (Ok(offer), Ok(message)) = (offer, message) {
        let outbox = Outbox::new(&state.settings);
        let who = me.clone();
        let expression = uc::Expression {
            project_id: id,
            offer,
            message,
            lang: ctx.lang,
        };
        let result = state
            .db
            .write(move |c| uc::express(c, &outbox, &who, &expression, now))
            .await?;
        let key = match result {
            Ok(_) => {
                return Ok(HttpResponse::SeeOther()
                    .insert_header((
                        "Location",
                        format!("/projects/{id}?done=interest#partnering"),
                    ))
                    .finish());
            }
            Err(ExpressRefusal::UnknownProject) => return Err(AppError::NotFound),
            Err(ExpressRefusal::NoOrganisation) => {
                return Err(AppError::Forbidden("error-forbidden"));
            }
            Err(ExpressRefusal::AlreadyPartner) => "brokering-error-interest-partner",
            Err(ExpressRefusal::AlreadyOpen) => "brokering-error-interest-open",
        };
        errors.add("offer", ctx.t(key).to_owned());
    }
    crate::web::extract::person_or_sign_in(&req)?;
    let mut page = crate::web::read::project::page(ctx, &state, p).await?;
    let partnering = &mut page.partnering;
    partnering.may_express = true;
    partnering.offer = form.offer.chars().take(40).collect();
    partnering.message = form.message.chars().take(MESSAGE_MAX + 100).collect();
    partnering.errors = errors;
    html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The page for `who`, or 404 when it is none of their business.
async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    who: &Actor,
    id: i32,
) -> Result<InterestPage, AppError> {
    let (item, owners) = state
        .db
        .read(move |c| {
            let Some(item) = q::interest(c, id)? else {
                return Ok(None);
            };
            let owners = crate::db::queries::partners::owner_ids(c, item.interest.project_id)?;
            Ok(Some((item, owners)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let manages = policy::manages_project(who.role, who.organisation_id, &owners);
    let visible = manages
        || policy::allows(who.role, Action::Introduce)
        || policy::answers_for(who.role, who.organisation_id, item.interest.organisation_id);
    if !visible {
        return Err(AppError::NotFound);
    }
    let can_answer = manages && item.interest.state == InterestState::Open.code();
    Ok(InterestPage {
        ctx,
        can_answer,
        roles: partner_roles(),
        role: PartnerRole::Participant.code().to_owned(),
        reason: String::new(),
        errors: FormErrors::default(),
        notice: None,
        item,
    })
}

/// `GET /interests/{id}`
pub async fn show(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<InterestId>,
) -> Result<InterestPage, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    page(ctx, &state, &me, id).await
}

/// The accept form.
#[derive(Debug, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    role: String,
}

/// The decline form.
#[derive(Debug, Deserialize)]
pub struct DeclineForm {
    #[serde(default)]
    reason: String,
}

/// `POST /interests/{id}/accept`
pub async fn accept(
    form: CsrfForm<AcceptForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<InterestId>,
) -> Result<HttpResponse, AppError> {
    let me = actor(&req)?;
    let id = path.into_inner().get();
    match form
        .0
        .role
        .parse::<PartnerRole>()
        .ok()
        .filter(|r| *r != PartnerRole::Owner)
    {
        Some(role) => decide(ctx, state, me, id, Decision::Accept(role)).await,
        None => {
            let mut p = page(ctx, &state, &me, id).await?;
            if !p.can_answer {
                return Err(AppError::NotFound);
            }
            let message = p.ctx.t("brokering-error-role").to_owned();
            p.errors.add("role", message);
            html(StatusCode::UNPROCESSABLE_ENTITY, &p)
        }
    }
}

/// `POST /interests/{id}/decline`
pub async fn decline(
    form: CsrfForm<DeclineForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<InterestId>,
) -> Result<HttpResponse, AppError> {
    let me = actor(&req)?;
    let id = path.into_inner().get();
    match required_text("reason", &form.0.reason, REASON_MAX) {
        Ok(reason) => decide(ctx, state, me, id, Decision::Decline(reason)).await,
        Err(e) => {
            let mut p = page(ctx, &state, &me, id).await?;
            if !p.can_answer {
                return Err(AppError::NotFound);
            }
            p.reason = form.0.reason.chars().take(REASON_MAX + 100).collect();
            let message = text_error(&p.ctx, &e);
            p.errors.add("reason", message);
            html(StatusCode::UNPROCESSABLE_ENTITY, &p)
        }
    }
}

async fn decide(
    ctx: Ctx,
    state: web::Data<AppState>,
    me: Actor,
    id: i32,
    decision: Decision,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let outbox = Outbox::new(&state.settings);
    let who = me.clone();
    let result = state
        .db
        .write(move |c| uc::decide(c, &outbox, &who, id, &decision, now))
        .await?;
    let (status, key) = match result {
        Ok(InterestState::Accepted) => (StatusCode::OK, "brokering-interest-accepted"),
        Ok(_) => (StatusCode::OK, "brokering-interest-declined"),
        Err(InterestAnswerRefusal::NotFound) => return Err(AppError::NotFound),
        Err(InterestAnswerRefusal::NotYours) => {
            // Those who may see it (facilitators, the organisation) may not answer.
            return Err(match page(ctx, &state, &me, id).await {
                Ok(_) => AppError::Forbidden("error-forbidden"),
                Err(e) => e,
            });
        }
        Err(InterestAnswerRefusal::Closed) => (StatusCode::CONFLICT, "brokering-closed"),
    };
    let mut p = page(ctx, &state, &me, id).await?;
    p.notice = Some(p.ctx.t(key).to_owned());
    html(status, &p)
}
