//! Questions and comments on a project (issue 5, point 7): any signed-in person asks;
//! the project's managers answer; facilitators hide a question or an answer with a reason
//! (`Action::Moderate`), which the page shows in its place. Text is plain: it is stored
//! cleaned of control characters and shown through `views::linkify`, which escapes it
//! and links only http(s) addresses. A refused form answers 422 with the project page,
//! the typed text and an error summary.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::projects::ProjectDetail;
use crate::db::queries::questions::Hidden;
use crate::domain::ids::{ProjectId, QuestionId};
use crate::domain::policy::Action;
use crate::domain::progress::{ANSWER_MAX, QUESTION_MAX, REASON_MAX, bounded};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::html as render;
use crate::web::views::Ctx;
use crate::web::views::progress::RefusedForm;

/// Registers the routes of questions and answers.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/projects/{id}/questions", web::post().to(ask))
        .route(
            "/projects/{id}/questions/{question}/answer",
            web::post().to(answer),
        )
        .route(
            "/projects/{id}/questions/{question}/hide",
            web::post().to(hide),
        );
}

/// The project page with a refused form (422).
async fn refused(
    ctx: Ctx,
    state: &web::Data<AppState>,
    p: std::sync::Arc<ProjectDetail>,
    form: RefusedForm,
) -> Result<HttpResponse, AppError> {
    let mut page = crate::web::read::project::page(ctx, state, p).await?;
    page.progress.refused = Some(form);
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

fn back(id: i32, question: i32) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", format!("/projects/{id}#question-{question}")))
        .finish()
}

/// The question form.
#[derive(Debug, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    body: String,
}

/// `POST /projects/{id}/questions`
pub async fn ask(
    form: CsrfForm<AskForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    crate::web::extract::require(&req, Action::AskQuestion)?;
    let id = path.into_inner().get();
    let p = crate::web::read::project::public_project(&state, id).await?;
    let body = match bounded("body", &form.0.body, QUESTION_MAX, true, false) {
        Ok(b) => b,
        Err(e) => {
            let f = RefusedForm {
                field: "question-body".into(),
                question_id: None,
                value: form.0.body.chars().take(QUESTION_MAX * 2).collect(),
                message: crate::web::views::progress::text_message(
                    &ctx,
                    &e,
                    "progress-error-question-empty",
                ),
            };
            return refused(ctx, &state, p, f).await;
        }
    };
    let asker = person.actor(ctx.lang);
    let qid = state
        .db
        .write(move |conn| crate::app::questions::ask(conn, id, &body, &asker, now))
        .await?;
    Ok(back(id, qid))
}

/// The answer form.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// `POST /projects/{id}/questions/{question}/answer`: managers answer.
pub async fn answer(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<(ProjectId, QuestionId)>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.0.get();
    crate::web::read::project::managed(&state, &person, id).await?;
    let qid = path.1.get();
    let p = crate::web::read::project::public_project(&state, id).await?;
    if !p.progress.questions.iter().any(|q| q.id == qid) {
        return Err(AppError::NotFound);
    }
    let text = match bounded("answer", &form.0.answer, ANSWER_MAX, true, false) {
        Ok(t) => t,
        Err(e) => {
            let f = RefusedForm {
                field: format!("answer-{qid}"),
                question_id: Some(qid),
                value: form.0.answer.chars().take(ANSWER_MAX * 2).collect(),
                message: crate::web::views::progress::text_message(
                    &ctx,
                    &e,
                    "progress-error-answer-empty",
                ),
            };
            return refused(ctx, &state, p, f).await;
        }
    };
    let actor = person.actor(ctx.lang);
    let found = state
        .db
        .write(move |conn| crate::app::questions::answer(conn, id, qid, &text, &actor, now))
        .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    Ok(back(id, qid))
}

/// The moderation form.
#[derive(Debug, Deserialize)]
pub struct HideForm {
    #[serde(default)]
    what: String,
    #[serde(default)]
    reason: String,
}

/// `POST /projects/{id}/questions/{question}/hide`: facilitators hide a question
/// (`what=question`) or its answer (`what=answer`) with a reason.
pub async fn hide(
    form: CsrfForm<HideForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<(ProjectId, QuestionId)>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    crate::web::extract::require(&req, Action::Moderate)?;
    let id = path.0.get();
    let qid = path.1.get();
    let p = crate::web::read::project::public_project(&state, id).await?;
    let Some(question) = p.progress.questions.iter().find(|q| q.id == qid) else {
        return Err(AppError::NotFound);
    };
    let what = match form.0.what.as_str() {
        "question" => Hidden::Question,
        "answer" if question.answer.is_some() => Hidden::Answer,
        other => return Err(AppError::bad("what", other)),
    };
    let reason = match bounded("reason", &form.0.reason, REASON_MAX, true, true) {
        Ok(r) => r,
        Err(e) => {
            let prefix = if what == Hidden::Question {
                "hide-q"
            } else {
                "hide-a"
            };
            let f = RefusedForm {
                field: format!("{prefix}-{qid}"),
                question_id: Some(qid),
                value: form.0.reason.chars().take(REASON_MAX * 2).collect(),
                message: crate::web::views::progress::text_message(
                    &ctx,
                    &e,
                    "progress-error-reason-empty",
                ),
            };
            return refused(ctx, &state, p, f).await;
        }
    };
    let actor = person.actor(ctx.lang);
    let done = state
        .db
        .write(move |conn| crate::app::questions::hide(conn, id, qid, what, &reason, &actor, now))
        .await?;
    if !done {
        return Err(AppError::NotFound);
    }
    Ok(back(id, qid))
}
