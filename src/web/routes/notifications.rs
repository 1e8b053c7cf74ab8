//! In-app notifications (`/notifications`), notification preferences
//! (`/account/notifications`) and one-click unsubscribe (`/unsubscribe/{token}`).
//!
//! The unsubscribe POST is the one state-changing request without a CSRF token: mail
//! clients send it (RFC 8058: body `List-Unsubscribe=One-Click`) with no cookie and no
//! token, so the unguessable token in the address is the authority, and all it can do
//! is turn off one kind of mail for one person.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use std::collections::HashMap;

use crate::db::queries::following::{self, Target};
use crate::db::queries::people;
use crate::domain::Language;
use crate::domain::ids::NotificationId;
use crate::domain::policy::Action;
use crate::domain::search::Page;
use crate::events::EventKind;
use crate::notify::prefs::{self, Unsubscribe};
use crate::notify::rules::Delivery;
use crate::notify::{inbox, unsubscribe};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::EmptyForm;
use crate::web::extract::{CsrfForm, Person, require};
use crate::web::respond::html as render;
use crate::web::respond::see_other;
use crate::web::views::Ctx;
use crate::web::views::following::{
    NotificationsPage, PreferenceRow, PreferencesPage, UnsubscribePage,
};
use crate::web::views::parts::{FormErrors, Pager};

/// Registers the routes of notifications, preferences and unsubscribe links.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/notifications", web::get().to(list))
        .route("/notifications/read-all", web::post().to(read_all))
        .route("/notifications/{id}/read", web::post().to(read_one))
        .route("/account/notifications", web::get().to(preferences))
        .route("/account/notifications", web::post().to(save_preferences))
        .route("/unsubscribe/{token}", web::get().to(unsubscribe_form))
        .route("/unsubscribe/{token}", web::post().to(unsubscribe_now));
}

/// Query of `/notifications`.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    page: Option<String>,
}

/// `GET /notifications?page=`
pub async fn list(
    ctx: Ctx,
    person: Person,
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<ListQuery>,
) -> Result<NotificationsPage, AppError> {
    require(&req, Action::ManageOwnAccount)?;
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let id = person.0.id;
    let number = i64::from(page.number());
    let (entries, total, unread) = state
        .db
        .read(move |conn| {
            let (entries, total) = inbox::list(conn, id, number)?;
            Ok((entries, total, inbox::unread_count(conn, id)?))
        })
        .await?;
    let pages = Page::count(total, inbox::PAGE_SIZE);
    if page.number() > pages.max(1) {
        return Err(AppError::NotFound);
    }
    let pager = Pager::new("/notifications", &[], page.number(), pages);
    let mut ctx = ctx;
    if let Some(p) = ctx.person.as_mut() {
        p.unread = unread;
    }
    Ok(NotificationsPage {
        ctx,
        entries,
        unread,
        pager,
    })
}

fn back_to_list() -> HttpResponse {
    see_other("/notifications")
}

/// `POST /notifications/{id}/read`
pub async fn read_one(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<NotificationId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = crate::web::extract::person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnAccount)?;
    let id = path.into_inner().get();
    let found = state
        .db
        .write(move |conn| inbox::mark_read(conn, me.id, id, now))
        .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    Ok(back_to_list())
}

/// `POST /notifications/read-all`
pub async fn read_all(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = crate::web::extract::person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnAccount)?;
    state
        .db
        .write(move |conn| inbox::mark_all_read(conn, me.id, now))
        .await?;
    Ok(back_to_list())
}

fn preferences_page(ctx: Ctx, rows: Vec<PreferenceRow>, time_zone: String) -> PreferencesPage {
    PreferencesPage {
        ctx,
        rows,
        time_zone,
        errors: FormErrors::default(),
        notice: None,
    }
}

async fn load_preferences(
    state: &web::Data<AppState>,
    person_id: i32,
) -> Result<(Vec<PreferenceRow>, String), AppError> {
    let (chosen, person) = state
        .db
        .read(move |conn| {
            Ok((
                prefs::load(conn, person_id)?,
                people::by_id(conn, person_id)?,
            ))
        })
        .await?;
    let rows = chosen
        .into_iter()
        .map(|(kind, d)| PreferenceRow {
            kind,
            chosen: d.code().to_owned(),
        })
        .collect();
    let zone = person.map_or_else(|| "UTC".to_owned(), |p| p.time_zone);
    Ok((rows, zone))
}

/// `GET /account/notifications`
pub async fn preferences(
    ctx: Ctx,
    person: Person,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<PreferencesPage, AppError> {
    require(&req, Action::ManageOwnAccount)?;
    let (rows, zone) = load_preferences(&state, person.0.id).await?;
    Ok(preferences_page(ctx, rows, zone))
}

/// `POST /account/notifications`: one field per kind (its code), valued by a delivery
/// code. A missing or unknown value refuses the whole form (422, every choice kept).
pub async fn save_preferences(
    form: CsrfForm<HashMap<String, String>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = crate::web::extract::person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnAccount)?;
    let form = form.0;
    let mut choices = Vec::new();
    let mut errors = FormErrors::default();
    let mut rows = Vec::new();
    for kind in EventKind::ALL {
        let typed = form.get(kind.code()).cloned().unwrap_or_default();
        match typed.parse::<Delivery>() {
            Ok(d) => choices.push((*kind, d)),
            Err(()) => errors.add(
                kind.code(),
                ctx.ts(
                    "preferences-error-choice",
                    "kind",
                    ctx.t(&format!("event-kind-{}", kind.code())),
                ),
            ),
        }
        rows.push(PreferenceRow {
            kind: *kind,
            chosen: typed,
        });
    }
    let (_, zone) = load_preferences(&state, me.id).await?;
    if !errors.is_empty() {
        let mut page = preferences_page(ctx, rows, zone);
        page.errors = errors;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let id = me.id;
    let after = choices
        .iter()
        .map(|(k, d)| format!("{}={}", k.code(), d.code()))
        .collect::<Vec<_>>()
        .join("; ");
    state
        .db
        .write(move |conn| {
            for (k, d) in &choices {
                prefs::set(conn, id, *k, *d)?;
            }
            people::audit(
                conn,
                &people::AuditEntry {
                    person_id: Some(id),
                    action: "person.notifications_changed",
                    subject_type: "person",
                    subject_id: Some(id),
                    before: "",
                    after: &after,
                    public: false,
                },
                now,
            )
        })
        .await?;
    let mut page = preferences_page(ctx, rows, zone);
    page.notice = Some(page.ctx.t("preferences-saved").to_owned());
    render(StatusCode::OK, &page)
}

/// What a link turns off, as a sentence in `lang`.
fn describe(ctx: &Ctx, what: Unsubscribe, name: Option<String>, done: bool) -> String {
    let suffix = if done { "-done" } else { "" };
    match what {
        Unsubscribe::Unfollow(target) => {
            let name = match (name, target) {
                (Some(n), _) => n,
                (None, Target::Theme(t)) => ctx.t(t.label_key()).to_owned(),
                (None, _) => ctx.t("event-some-project").to_owned(),
            };
            ctx.ts(&format!("unsubscribe-unfollow{suffix}"), "name", &name)
        }
        Unsubscribe::Kind(k) => ctx.ts(
            &format!("unsubscribe-kind{suffix}"),
            "kind",
            ctx.t(&format!("event-kind-{}", k.code())),
        ),
        Unsubscribe::Digest(f) => ctx
            .t(&format!("unsubscribe-digest-{}{suffix}", f.code()))
            .to_owned(),
    }
}

/// The name of what an unfollow link stops following.
fn target_name(
    conn: &mut crate::db::DbConn,
    what: Unsubscribe,
) -> Result<Option<String>, crate::db::DbError> {
    match what {
        Unsubscribe::Unfollow(target) => following::name_of(conn, target),
        _ => Ok(None),
    }
}

/// The context of an unsubscribe page: the link's owner's language unless the visitor
/// chose one (they may be signed out, or someone else).
fn ctx_for(mut ctx: Ctx, req: &HttpRequest, lang: &str) -> Ctx {
    let chosen =
        req.query_string().contains("lang=") || req.cookie(crate::i18n::LANG_COOKIE).is_some();
    if !chosen && let Ok(l) = lang.parse::<Language>() {
        ctx.lang = l;
    }
    ctx
}

/// `GET /unsubscribe/{token}`: a confirmation page with one button (a GET changes
/// nothing: link scanners of mail providers follow links).
pub async fn unsubscribe_form(
    ctx: Ctx,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let lookup = token.clone();
    let (link, name) = state
        .db
        .read(move |conn| {
            let Some(link) = unsubscribe::lookup(conn, &lookup)? else {
                return Ok(None);
            };
            let name = target_name(conn, link.what)?;
            Ok(Some((link, name)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = ctx_for(ctx, &req, &link.lang);
    let what = describe(&ctx, link.what, name, false);
    render(
        StatusCode::OK,
        &UnsubscribePage {
            ctx,
            token,
            what,
            done: false,
        },
    )
}

/// `POST /unsubscribe/{token}`: turns the kind off. Needs no cookie and no CSRF token
/// (see the module documentation); the body (`List-Unsubscribe=One-Click` from mail
/// clients, the same from our button) is not needed either.
pub async fn unsubscribe_now(
    ctx: Ctx,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let token = path.into_inner();
    let used = token.clone();
    let (link, name) = state
        .db
        .write(move |conn| {
            let Some(link) = unsubscribe::redeem(conn, &used, now)? else {
                return Ok(None);
            };
            let name = target_name(conn, link.what)?;
            Ok(Some((link, name)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = ctx_for(ctx, &req, &link.lang);
    let what = describe(&ctx, link.what, name, true);
    render(
        StatusCode::OK,
        &UnsubscribePage {
            ctx,
            token,
            what,
            done: true,
        },
    )
}
