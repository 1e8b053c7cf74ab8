//! Review (`/review`): the queue of submitted projects with their likely duplicates, and
//! a reviewer's decision on one (endorse, request changes, decline).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::shared::{DoneQuery, form_errors, notice};
use crate::db::code::code;
use crate::db::queries::projects::{self as project_queries};
use crate::db::queries::proposals::{self};
use crate::domain::PublicationState;
use crate::domain::ids::ProjectId;
use crate::domain::policy::Action;
use crate::domain::proposal::{self, validate_review};
use crate::text::similar::Band;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, person_or_sign_in, require};
use crate::web::read::similar::{Compared, corpus, similar_views};
use crate::web::respond::html as render;
use crate::web::respond::see_other;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::proposals::{QueueItem, ReviewPage, ReviewQueuePage};

/// `GET /review`: submitted projects waiting for a decision, with likely duplicates.
pub async fn review_queue(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    require(&req, Action::Review)?;
    let queue = state.db.read(proposals::review_queue).await?;
    let corpus = corpus(&state).await?;
    let items = queue
        .into_iter()
        .map(|item| {
            let similar = match corpus.rows.get(&item.row.id) {
                Some(r) => similar_views(
                    &corpus,
                    &Compared {
                        id: r.id,
                        lang: code("projects.lang", &r.lang)?,
                        title: &r.title,
                        summary: &r.summary,
                        themes: &r.themes,
                        countries: &r.countries,
                    },
                    Band::Same,
                    3,
                    None,
                ),
                None => Vec::new(),
            };
            Ok(QueueItem { similar, item })
        })
        .collect::<Result<_, AppError>>()?;
    let notice = notice(&ctx, &query);
    render(StatusCode::OK, &ReviewQueuePage { ctx, items, notice })
}

async fn reviewable(
    state: &web::Data<AppState>,
    id: i32,
) -> Result<std::sync::Arc<project_queries::ProjectDetail>, AppError> {
    let d = state
        .db
        .read(move |conn| project_queries::detail(conn, id, false))
        .await?
        .filter(|d| {
            d.project
                .status
                .parse::<PublicationState>()
                .is_ok_and(proposal::reviewable)
        })
        .ok_or(AppError::NotFound)?;
    Ok(std::sync::Arc::new(d))
}

/// `GET /review/{id}`: the project and the decision form.
pub async fn review_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    require(&req, Action::Review)?;
    let p = reviewable(&state, id).await?;
    let similar = similar_views(
        &*corpus(&state).await?,
        &Compared::of(&p)?,
        Band::Related,
        5,
        None,
    );
    render(
        StatusCode::OK,
        &ReviewPage {
            ctx,
            p,
            similar,
            decision: String::new(),
            comments: String::new(),
            errors: FormErrors::default(),
        },
    )
}

/// The review form.
#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comments: String,
}

/// `POST /review/{id}`: endorse, request changes (comments required) or decline (reason
/// required); the owners' delegates are mailed.
pub async fn review(
    form: CsrfForm<ReviewForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::Review)?;
    let form = form.0;
    let p = reviewable(&state, id).await?;
    let decision = match validate_review(&form.decision, &form.comments) {
        Ok(d) => d,
        Err(problems) => {
            let similar = similar_views(
                &*corpus(&state).await?,
                &Compared::of(&p)?,
                Band::Related,
                5,
                None,
            );
            let mut page = ReviewPage {
                ctx,
                p,
                similar,
                decision: form.decision.chars().take(40).collect(),
                comments: form.comments,
                errors: FormErrors::default(),
            };
            page.errors = form_errors(&page.ctx, &problems);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let outbox = crate::email::Outbox::new(&state.settings);
    let reviewer = person.id;
    state
        .db
        .write(move |conn| {
            crate::app::proposals::review::decide(conn, &outbox, id, &decision, reviewer, now)
        })
        .await?;
    Ok(see_other("/review?done=decided".to_owned()))
}
