//! Meetings in people's calendars (issue 13, point 6): each meeting's `.ics`
//! (`/meetings/{id}/calendar.ics`), and each person's private feed: its page
//! (`/account/calendar`: turn on, make a new address, turn off) and the feed itself
//! (`/calendar/{token}.ics`, read by calendar programs, no cookie).

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::calendar_feeds;
use crate::domain::ids::MeetingId;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, Person, person_or_sign_in};
use crate::web::read::calendar as read;
use crate::web::respond::{html, see_other};
use crate::web::views::Ctx;
use crate::web::views::calendar::CalendarPage;

/// Registers the routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/meetings/{id}/calendar.ics", web::get().to(meeting_ics))
        .route("/account/calendar", web::get().to(page))
        .route("/account/calendar", web::post().to(change))
        .route("/calendar/{token}.ics", web::get().to(feed));
}

fn ics(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{filename}\""),
        ))
        // Personal: never kept by a shared cache.
        .insert_header((header::CACHE_CONTROL, "private, no-cache"))
        .body(body)
}

/// `GET /meetings/{id}/calendar.ics`
pub async fn meeting_ics(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    let body = read::meeting_ics(&state, &me, id).await?;
    Ok(ics(body, &format!("meeting-{id}.ics")))
}

/// `GET /calendar/{token}.ics`: the feed; an unknown or revoked address answers 404.
pub async fn feed(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    match read::feed(&state, &token).await? {
        Some(body) => Ok(ics(body, "meetings.ics")),
        None => Err(AppError::NotFound),
    }
}

/// `?done=`
#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

async fn render(
    ctx: Ctx,
    state: &web::Data<AppState>,
    person_id: i32,
    new_token: Option<String>,
    notice: Option<&'static str>,
) -> Result<HttpResponse, AppError> {
    let feed = state
        .db
        .read(move |c| calendar_feeds::feed_of(c, person_id))
        .await?;
    let base = state.settings.base_url.trim_end_matches('/').to_owned();
    let new_url = new_token.map(|t| format!("{base}/calendar/{t}.ics"));
    let secret_shown = new_url.is_some();
    let mut res = html(
        StatusCode::OK,
        &CalendarPage {
            notice: notice.map(|k| ctx.t(k).to_owned()),
            ctx,
            feed,
            new_url,
        },
    )?;
    if secret_shown {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-store"),
        );
    }
    Ok(res)
}

/// `GET /account/calendar`
pub async fn page(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.done.as_deref() {
        Some("off") => Some("calendar-done-off"),
        _ => None,
    };
    render(ctx, &state, person.0.id, None, notice).await
}

/// The form: `action` is `renew` (turn on, or a new address) or `off`.
#[derive(Debug, Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    action: String,
}

/// `POST /account/calendar`
pub async fn change(
    form: CsrfForm<ChangeForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    // After the CSRF check: a forged request is refused before anything else.
    let me = person_or_sign_in(&req)?.id;
    let now = state.now();
    match form.0.action.as_str() {
        "renew" => {
            let token = state
                .db
                .write(move |c| crate::app::calendar_feeds::renew(c, me, now))
                .await?;
            // The address is shown now, once: only its hash is kept.
            render(ctx, &state, me, Some(token), Some("calendar-done-renewed")).await
        }
        "off" => {
            state
                .db
                .write(move |c| crate::app::calendar_feeds::turn_off(c, me, now))
                .await?;
            Ok(see_other("/account/calendar?done=off"))
        }
        other => Err(AppError::bad("action", other.to_owned())),
    }
}
