//! Who is asking: sessions (a table of hashed tokens, so they survive restarts and work
//! across instances), CSRF protection for every state-changing request, and the
//! extractors handlers use to require a signed-in person or a permission.

pub mod password;
pub mod token;

use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use chrono::Utc;
use serde::de::DeserializeOwned;

use crate::db::queries::people;
use crate::domain::policy::{self, Action};
use crate::domain::{Language, Role};
use crate::error::AppError;
use crate::startup::AppState;

/// Cookie carrying the session token.
pub const SESSION_COOKIE: &str = "pfp_session";
/// Cookie carrying the CSRF token of someone not signed in (double-submit).
pub const CSRF_COOKIE: &str = "pfp_csrf";
/// Name of the hidden form field carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";

/// The signed-in person of a request.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Person id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Organisation id.
    pub organisation_id: Option<i32>,
    /// Organisation name.
    pub organisation_name: Option<String>,
    /// Their language setting.
    pub lang: Language,
    /// Hash of the session token (to end this session).
    pub session_hash: String,
    /// Notifications they have not read (the header shows the count).
    pub unread: i64,
}

/// The CSRF token forms of this request must carry.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Middleware: loads the session (if any) and the CSRF token into the request. It runs
/// outside the error renderer (so error pages know who is signed in) and therefore never
/// fails: a database it cannot reach leaves the request signed out, and the handler's own
/// database work then answers 503.
pub async fn session(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let Some(state) = state else {
        return next.call(req).await;
    };
    let mut clear_session_cookie = false;
    let mut csrf = None;
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        let hash = token::hash_token(cookie.value());
        let idle = chrono::Duration::from_std(state.settings.session_idle).unwrap_or_default();
        let absolute =
            chrono::Duration::from_std(state.settings.session_absolute).unwrap_or_default();
        let lookup_hash = hash.clone();
        let found = match state
            .db
            .read(move |conn| {
                // The header's unread count comes with the session: one indexed count.
                let Some(s) = people::session(conn, &lookup_hash)? else {
                    return Ok(None);
                };
                let unread = crate::notify::inbox::unread_count(conn, s.person.id)?;
                Ok(Some((s, unread)))
            })
            .await
        {
            Ok(found) => found,
            Err(e) => {
                tracing::warn!(error = %e, "session lookup failed");
                return next.call(req).await;
            }
        };
        let now = Utc::now().naive_utc();
        match found {
            Some((s, unread)) if s.last_seen_at + idle > now && s.created_at + absolute > now => {
                if now - s.last_seen_at > chrono::Duration::minutes(5) {
                    let touch_hash = hash.clone();
                    if let Err(e) = state
                        .db
                        .write(move |conn| people::touch_session(conn, &touch_hash, now))
                        .await
                    {
                        tracing::warn!(error = %e, "session not touched");
                    }
                }
                csrf = Some(s.csrf_token.clone());
                req.extensions_mut().insert(SignedIn {
                    id: s.person.id,
                    name: s.person.name,
                    email: s.person.email,
                    role: s.person.role.parse().unwrap_or(Role::Observer),
                    organisation_id: s.person.organisation_id,
                    organisation_name: s.organisation_name,
                    lang: s.person.lang.parse().unwrap_or_default(),
                    session_hash: hash,
                    unread,
                });
            }
            Some(_) => {
                // Expired: forget it.
                let gone = hash.clone();
                if let Err(e) = state
                    .db
                    .write(move |conn| people::delete_session(conn, &gone))
                    .await
                {
                    tracing::warn!(error = %e, "expired session not deleted");
                }
                clear_session_cookie = true;
            }
            None => clear_session_cookie = true,
        }
    }
    let mut new_csrf_cookie = None;
    let csrf = match csrf {
        Some(t) => t,
        None => match req.cookie(CSRF_COOKIE).map(|c| c.value().to_owned()) {
            Some(v) if v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()) => v,
            _ => {
                let t = token::random_token();
                new_csrf_cookie = Some(t.clone());
                t
            }
        },
    };
    req.extensions_mut().insert(CsrfToken(csrf));
    let secure = state.settings.https();
    let mut res = next.call(req).await?;
    if let Some(t) = new_csrf_cookie {
        let c = Cookie::build(CSRF_COOKIE, t)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .finish();
        res.response_mut().add_cookie(&c)?;
    }
    if clear_session_cookie {
        res.response_mut()
            .add_cookie(&removal(SESSION_COOKIE, secure))?;
    }
    Ok(res)
}

/// The session cookie for a new session.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

/// A cookie that deletes `name`.
pub fn removal(name: &'static str, secure: bool) -> Cookie<'static> {
    Cookie::build(name, "")
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::ZERO)
        .finish()
}

/// Whether an unsafe request comes from our own pages: its `Origin` (or, lacking one, its
/// `Referer`) must be our base URL or the host it was sent to. Requests with neither
/// (old browsers, tools) rely on the CSRF token alone.
fn same_origin(req: &HttpRequest, base_url: &str) -> bool {
    let header = |name| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let Some(source) = header(actix_web::http::header::ORIGIN)
        .or_else(|| header(actix_web::http::header::REFERER))
    else {
        return true;
    };
    let Ok(url) = url::Url::parse(&source) else {
        return false;
    };
    let origin = url.origin().ascii_serialization();
    let base = url::Url::parse(base_url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    let host = req.connection_info().host().to_owned();
    origin == base
        || url.host_str().map(|h| match url.port() {
            Some(p) => format!("{h}:{p}"),
            None => h.to_owned(),
        }) == Some(host)
}

/// The signed-in person of a request, if any.
pub fn signed_in(req: &HttpRequest) -> Option<SignedIn> {
    req.extensions().get::<SignedIn>().cloned()
}

/// The role of whoever sent a request (`Visitor` if not signed in).
pub fn role_of(req: &HttpRequest) -> Role {
    req.extensions()
        .get::<SignedIn>()
        .map_or(Role::Visitor, |p| p.role)
}

/// Extractor: a signed-in person; others are sent to the sign-in page.
pub struct Person(pub SignedIn);

impl FromRequest for Person {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Person, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(match signed_in(req) {
            Some(p) => Ok(Person(p)),
            None => Err(AppError::SignInRequired(next_of(req)).into()),
        })
    }
}

/// The signed-in person, or the sign-in redirect. State-changing handlers call this after
/// their [`CsrfForm`] is extracted (extractors are polled together, so a failing `Person`
/// extractor would answer before the CSRF check).
pub fn person_or_sign_in(req: &HttpRequest) -> Result<SignedIn, AppError> {
    signed_in(req).ok_or_else(|| AppError::SignInRequired(next_of(req)))
}

/// Where to come back after signing in: this page, if it is a page one can GET.
fn next_of(req: &HttpRequest) -> String {
    if req.method() == Method::GET {
        req.uri()
            .path_and_query()
            .map_or("/".to_owned(), |p| p.as_str().to_owned())
    } else {
        req.headers()
            .get(actix_web::http::header::REFERER)
            .and_then(|v| v.to_str().ok())
            .and_then(|r| url::Url::parse(r).ok())
            .map_or("/".to_owned(), |u| u.path().to_owned())
    }
}

/// Asks the policy; signed-out people are sent to sign in, others refused with 403.
pub fn require(req: &HttpRequest, action: Action) -> Result<(), AppError> {
    let role = role_of(req);
    if policy::allows(role, action) {
        Ok(())
    } else if role == Role::Visitor {
        Err(AppError::SignInRequired(next_of(req)))
    } else {
        Err(AppError::Forbidden("error-forbidden"))
    }
}

/// Extractor: an url-encoded form whose CSRF token has been checked. Every handler of a
/// state-changing request takes one; those that need a signed-in person call
/// [`person_or_sign_in`] after it, so a forged request is refused before anything else.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<CsrfForm<T>, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let base_url = req
                .app_data::<web::Data<AppState>>()
                .map(|s| s.settings.base_url.clone())
                .unwrap_or_default();
            if !same_origin(&req, &base_url) {
                tracing::info!(path = req.path(), "cross-site form refused");
                return Err(AppError::Forbidden("error-csrf").into());
            }
            let bytes = body.await.map_err(|_| AppError::bad("form", "too large"))?;
            let expected = req
                .extensions()
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default();
            let given = url::form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == CSRF_FIELD)
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            if expected.is_empty() || !token::same_secret(&expected, &given) {
                tracing::info!(path = req.path(), "CSRF token missing or wrong");
                return Err(AppError::Forbidden("error-csrf").into());
            }
            let form = serde_urlencoded::from_bytes::<T>(&bytes)
                .map_err(|e| AppError::bad("form", e.to_string()))?;
            Ok(CsrfForm(form))
        })
    }
}

/// The checks of [`CsrfForm`] for a body it cannot read (a multipart upload, read as a
/// stream): the request must come from our own pages and `given` must be this
/// request's CSRF token. Uploads put the token first, so it is checked before any file.
pub fn check_csrf(req: &HttpRequest, given: &str) -> Result<(), AppError> {
    let base_url = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.settings.base_url.clone())
        .unwrap_or_default();
    if !same_origin(req, &base_url) {
        tracing::info!(path = req.path(), "cross-site form refused");
        return Err(AppError::Forbidden("error-csrf"));
    }
    let expected = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    if expected.is_empty() || !token::same_secret(&expected, given) {
        tracing::info!(path = req.path(), "CSRF token missing or wrong");
        return Err(AppError::Forbidden("error-csrf"));
    }
    Ok(())
}

/// Only a path on this site may be a place to come back to (no open redirects).
pub fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\") {
        next
    } else {
        "/"
    }
}
