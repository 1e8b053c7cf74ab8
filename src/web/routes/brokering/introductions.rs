//! An introduction's page and its answers. The links in the mail lead to
//! `/introductions/{id}/accept` and `/decline`: pages (GET) that show what is asked with
//! the button; only the form (POST, with its CSRF token) answers.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::brokering::introductions::{self as uc, AnswerRefusal};
use crate::db::queries::brokering as q;
use crate::domain::Actor;
use crate::domain::brokering::{Answer, IntroductionState, REASON_MAX, required_text};
use crate::domain::ids::IntroductionId;
use crate::domain::policy::{self, Action};
use crate::email::Outbox;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::actor;
use crate::web::extract::{CsrfForm, Person};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::brokering::IntroductionPage;
use crate::web::views::brokering::text_error;
use crate::web::views::parts::FormErrors;

/// The page for `who`, or 404 when it is none of their business.
async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    who: &Actor,
    id: i32,
    mode: Option<Answer>,
) -> Result<IntroductionPage, AppError> {
    let d = state
        .db
        .read(move |c| q::introduction(c, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let side = uc::side_of(who, &d);
    let facilitator = policy::allows(who.role, Action::Introduce);
    if side.is_none() && !facilitator {
        return Err(AppError::NotFound);
    }
    let open = d.intro.state == IntroductionState::Proposed.code();
    let answered = match side {
        Some(crate::domain::brokering::Side::Project) => d.intro.project_answer.is_some(),
        Some(crate::domain::brokering::Side::Candidate) => d.intro.candidate_answer.is_some(),
        None => true,
    };
    let can_answer = side.is_some() && open && !answered;
    let owners: Vec<i32> = d.owners.iter().map(|(id, _)| *id).collect();
    let can_meet = d.intro.state == IntroductionState::Accepted.code()
        && policy::arranges_meetings(who.role, who.organisation_id, &owners);
    let notice = if side.is_some() && !can_answer && mode.is_some() {
        Some(
            ctx.t(if open {
                "brokering-already-answered"
            } else {
                "brokering-closed"
            })
            .to_owned(),
        )
    } else {
        None
    };
    Ok(IntroductionPage {
        ctx,
        d,
        side,
        can_answer,
        mode: mode.filter(|_| can_answer),
        reason: String::new(),
        errors: FormErrors::default(),
        notice,
        can_meet,
    })
}

/// `?done=`: what the previous step did (an answer by personal link).
#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    pub(super) done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// `GET /introductions/{id}`
pub async fn show(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<IntroductionId>,
    query: web::Query<DoneQuery>,
) -> Result<IntroductionPage, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    let mut p = page(ctx, &state, &me, id, None).await?;
    let done = match query.done.as_deref() {
        Some("accepted") => Some("brokering-you-accepted-welcome"),
        Some("partners") => Some("brokering-now-partners-welcome"),
        Some("introduction_sent") => Some("done-introduction_sent"),
        _ => None,
    };
    if let Some(key) = done {
        p.notice = Some(p.ctx.t(key).to_owned());
    }
    Ok(p)
}

/// `GET /introductions/{id}/accept`: the confirmation with the button.
pub async fn accept_form(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<IntroductionId>,
) -> Result<IntroductionPage, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    page(ctx, &state, &me, id, Some(Answer::Accept)).await
}

/// `GET /introductions/{id}/decline`: the reason and the button.
pub async fn decline_form(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<IntroductionId>,
) -> Result<IntroductionPage, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    page(ctx, &state, &me, id, Some(Answer::Decline)).await
}

/// The decline form (accepting has no field).
#[derive(Debug, Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

/// `POST /introductions/{id}/accept`
pub async fn accept(
    form: CsrfForm<ReasonForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<IntroductionId>,
) -> Result<HttpResponse, AppError> {
    let _ = form;
    let me = actor(&req)?;
    let id = path.into_inner().get();
    answer(ctx, state, me, id, Answer::Accept, String::new()).await
}

/// `POST /introductions/{id}/decline`
pub async fn decline(
    form: CsrfForm<ReasonForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<IntroductionId>,
) -> Result<HttpResponse, AppError> {
    let me = actor(&req)?;
    let id = path.into_inner().get();
    match required_text("reason", &form.0.reason, REASON_MAX) {
        Ok(reason) => answer(ctx, state, me, id, Answer::Decline, reason).await,
        Err(e) => {
            let mut p = page(ctx, &state, &me, id, Some(Answer::Decline)).await?;
            if !p.can_answer {
                return html(StatusCode::CONFLICT, &p);
            }
            p.reason = form.0.reason.chars().take(REASON_MAX + 100).collect();
            let message = text_error(&p.ctx, &e);
            p.errors.add("reason", message);
            html(StatusCode::UNPROCESSABLE_ENTITY, &p)
        }
    }
}

async fn answer(
    ctx: Ctx,
    state: web::Data<AppState>,
    me: Actor,
    id: i32,
    answer: Answer,
    reason: String,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let outbox = Outbox::new(&state.settings);
    let who = me.clone();
    let result = state
        .db
        .write(move |c| uc::answer(c, &outbox, &who, id, answer, &reason, now))
        .await?;
    let (status, key) = match result {
        Ok(IntroductionState::Accepted) => (StatusCode::OK, "brokering-now-partners"),
        Ok(IntroductionState::Declined) => (StatusCode::OK, "brokering-you-declined"),
        Ok(_) => (StatusCode::OK, "brokering-you-accepted"),
        Err(AnswerRefusal::NotFound) => return Err(AppError::NotFound),
        Err(AnswerRefusal::NotYours) => {
            // Facilitators see introductions but answer for nobody.
            return Err(match page(ctx, &state, &me, id, None).await {
                Ok(_) => AppError::Forbidden("error-forbidden"),
                Err(e) => e,
            });
        }
        Err(AnswerRefusal::Closed) => (StatusCode::CONFLICT, "brokering-closed"),
        Err(AnswerRefusal::AlreadyAnswered) => (StatusCode::CONFLICT, "brokering-already-answered"),
    };
    let mut p = page(ctx, &state, &me, id, None).await?;
    p.notice = Some(p.ctx.t(key).to_owned());
    html(status, &p)
}

/// `GET /introductions`: what waits for the signed-in person's answer.
pub async fn waiting(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<crate::web::views::waiting::WaitingPage, AppError> {
    let waiting = crate::web::read::waiting::of(&state, &person.0).await?;
    Ok(crate::web::views::waiting::WaitingPage { ctx, waiting })
}
