//! Following projects, themes and organisations: the Follow/Unfollow buttons (POST, CSRF,
//! `Action::Follow`), the list of what one follows, and the Atom feeds of each.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::following::{self, Target};
use crate::db::queries::organisations;
use crate::domain::Theme;
use crate::domain::ids::{OrganisationId, ProjectId};
use crate::domain::policy::Action;
use crate::notify::feed::{self, Scope};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, Person, require, safe_next};
use crate::web::respond::see_other;
use crate::web::views::Ctx;
use crate::web::views::following::FollowingPage;

/// Registers the routes of following and feeds.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/following", web::get().to(list))
        .route("/projects/{id}/follow", web::post().to(follow_project))
        .route("/projects/{id}/unfollow", web::post().to(unfollow_project))
        .route("/themes/{code}/follow", web::post().to(follow_theme))
        .route("/themes/{code}/unfollow", web::post().to(unfollow_theme))
        .route(
            "/organisations/{id}/follow",
            web::post().to(follow_organisation),
        )
        .route(
            "/organisations/{id}/unfollow",
            web::post().to(unfollow_organisation),
        )
        .route("/projects.atom", web::get().to(feed_all))
        .route("/projects/{id}/feed.atom", web::get().to(feed_project))
        .route("/themes/{code}/feed.atom", web::get().to(feed_theme))
        .route(
            "/organisations/{id}/feed.atom",
            web::get().to(feed_organisation),
        );
}

/// `GET /following`
pub async fn list(
    ctx: Ctx,
    person: Person,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<FollowingPage, AppError> {
    require(&req, Action::Follow)?;
    let id = person.0.id;
    let items = state.db.read(move |conn| following::list(conn, id)).await?;
    Ok(FollowingPage { ctx, items })
}

/// The follow and unfollow forms: the CSRF token, and where to come back to.
#[derive(Debug, Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    next: Option<String>,
}

/// Follows or unfollows `target`, then goes back to the page (or `next`).
async fn change(
    form: FollowForm,
    req: &HttpRequest,
    state: &web::Data<AppState>,
    target: Result<Target, AppError>,
    on: bool,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = crate::web::extract::person_or_sign_in(req)?;
    require(req, Action::Follow)?;
    let target = target?;
    let done = state
        .db
        .write(move |conn| {
            if !following::exists(conn, target)? {
                return Ok(None);
            }
            Ok(Some(if on {
                following::follow(conn, me.id, target, now)?
            } else {
                following::unfollow(conn, me.id, target)?
            }))
        })
        .await?;
    if done.is_none() {
        return Err(AppError::NotFound);
    }
    let back = form
        .next
        .as_deref()
        .map(safe_next)
        .filter(|n| *n != "/")
        .map(str::to_owned)
        .unwrap_or_else(|| target.path());
    Ok(see_other(back))
}

fn theme_of(code: &str) -> Result<Target, AppError> {
    code.parse::<Theme>()
        .map(Target::Theme)
        .map_err(|_| AppError::NotFound)
}

/// `POST /projects/{id}/follow`
pub async fn follow_project(
    form: CsrfForm<FollowForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: Option<web::Path<ProjectId>>,
) -> Result<HttpResponse, AppError> {
    let target = path
        .map(|p| Target::Project(p.into_inner().get()))
        .ok_or(AppError::NotFound);
    change(form.0, &req, &state, target, true).await
}

/// `POST /projects/{id}/unfollow`
pub async fn unfollow_project(
    form: CsrfForm<FollowForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: Option<web::Path<ProjectId>>,
) -> Result<HttpResponse, AppError> {
    let target = path
        .map(|p| Target::Project(p.into_inner().get()))
        .ok_or(AppError::NotFound);
    change(form.0, &req, &state, target, false).await
}

/// `POST /themes/{code}/follow`
pub async fn follow_theme(
    form: CsrfForm<FollowForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    change(form.0, &req, &state, theme_of(&path), true).await
}

/// `POST /themes/{code}/unfollow`
pub async fn unfollow_theme(
    form: CsrfForm<FollowForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    change(form.0, &req, &state, theme_of(&path), false).await
}

/// `POST /organisations/{id}/follow`
pub async fn follow_organisation(
    form: CsrfForm<FollowForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: Option<web::Path<OrganisationId>>,
) -> Result<HttpResponse, AppError> {
    let target = path
        .map(|p| Target::Organisation(p.into_inner().get()))
        .ok_or(AppError::NotFound);
    change(form.0, &req, &state, target, true).await
}

/// `POST /organisations/{id}/unfollow`
pub async fn unfollow_organisation(
    form: CsrfForm<FollowForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: Option<web::Path<OrganisationId>>,
) -> Result<HttpResponse, AppError> {
    let target = path
        .map(|p| Target::Organisation(p.into_inner().get()))
        .ok_or(AppError::NotFound);
    change(form.0, &req, &state, target, false).await
}

/// Renders the feed of `scope`, named by `name` (unknown subject: 404).
async fn feed_response(
    ctx: Ctx,
    state: web::Data<AppState>,
    scope: Scope,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let lang = ctx.lang;
    let (name, entries) = state
        .db
        .read(move |conn| {
            let name = match scope {
                Scope::All => Some(crate::i18n::t(lang, "feed-all-projects")),
                Scope::Theme(t) => Some(crate::i18n::t(lang, t.label_key())),
                Scope::Project(id) => following::public_project_title(conn, id)?,
                Scope::Organisation(id) => organisations::name_of(conn, id)?,
            };
            match name {
                Some(n) => Ok(Some((n, feed::public_events(conn, scope)?))),
                None => Ok(None),
            }
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let doc = feed::build(&state.settings.base_url, scope, &name, lang, &entries, now);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .insert_header((header::CONTENT_LANGUAGE, lang.code()))
        .body(doc.to_string()))
}

/// `GET /projects.atom`
pub async fn feed_all(ctx: Ctx, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    feed_response(ctx, state, Scope::All).await
}

/// `GET /projects/{id}/feed.atom`
pub async fn feed_project(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    feed_response(ctx, state, Scope::Project(id)).await
}

/// `GET /themes/{code}/feed.atom`
pub async fn feed_theme(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let theme: Theme = path.parse().map_err(|_| AppError::NotFound)?;
    feed_response(ctx, state, Scope::Theme(theme)).await
}

/// `GET /organisations/{id}/feed.atom`
pub async fn feed_organisation(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    feed_response(ctx, state, Scope::Organisation(id)).await
}
