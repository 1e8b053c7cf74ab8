//! What handlers take: a signed-in person (or the sign-in redirect), a permission, a form
//! whose CSRF token was checked, typed parameters, and a typed password hashed off the
//! async runtime.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::Method;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;

use crate::domain::ids::InvalidId;
use crate::domain::policy::{self, Action};
use crate::domain::{Actor, Role};
use crate::secrets::token;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::locale::ChosenLanguage;
use crate::web::session::{CSRF_FIELD, CsrfToken, SignedIn, role_of, signed_in};

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

/// The signed-in person sending `req`, once the policy allows them `action`.
pub fn permitted(req: &HttpRequest, action: Action) -> Result<SignedIn, AppError> {
    require(req, action)?;
    // `require` lets only signed-in people through.
    signed_in(req).ok_or(AppError::Forbidden("error-forbidden"))
}

/// The signed-in person as the use cases see them (writing in the request's language),
/// or the sign-in redirect.
pub fn actor(req: &HttpRequest) -> Result<Actor, AppError> {
    let lang = req
        .extensions()
        .get::<ChosenLanguage>()
        .map_or_else(|| crate::web::locale::choose_language(req), |c| c.0);
    Ok(person_or_sign_in(req)?.actor(lang))
}

/// A form with nothing but its CSRF token (take it as `CsrfForm<EmptyForm>`).
#[derive(Debug, serde::Deserialize)]
pub struct EmptyForm {}

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
                tracing::info!(
                    route = req.match_pattern().unwrap_or_default(),
                    "cross-site form refused"
                );
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
                tracing::info!(
                    route = req.match_pattern().unwrap_or_default(),
                    "CSRF token missing or wrong"
                );
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
        tracing::info!(
            route = req.match_pattern().unwrap_or_default(),
            "cross-site form refused"
        );
        return Err(AppError::Forbidden("error-csrf"));
    }
    let expected = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    if expected.is_empty() || !token::same_secret(&expected, given) {
        tracing::info!(
            route = req.match_pattern().unwrap_or_default(),
            "CSRF token missing or wrong"
        );
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

/// The network address a request comes from (for rate limits).
pub fn client_address(req: &HttpRequest) -> String {
    req.connection_info()
        .realip_remote_addr()
        .unwrap_or("unknown")
        .to_owned()
}

/// An id that does not parse (in a query or a form field: `"abc".parse::<ProjectId>()?`)
/// names nothing: 404, as for a bad id in the path (see `PathConfig` in `startup`).
impl From<InvalidId> for AppError {
    fn from(_: InvalidId) -> AppError {
        AppError::NotFound
    }
}

/// An optional code parameter: absent or empty means "any"; otherwise it must parse.
pub fn optional_code<T: std::str::FromStr>(
    param: &'static str,
    raw: &Option<String>,
) -> Result<Option<T>, AppError> {
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => v.parse().map(Some).map_err(|_| AppError::bad(param, v)),
    }
}

/// An optional search text, at most 200 characters.
pub fn optional_query(raw: &Option<String>) -> Result<Option<String>, AppError> {
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if v.chars().count() > 200 => Err(AppError::bad(
            "q",
            v.chars().take(40).collect::<String>() + "…",
        )),
        Some(v) => Ok(Some(crate::domain::text::clean_line(v))),
    }
}

/// Hashes a password off the async runtime (argon2 is deliberately slow).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    actix_web::web::block(move || crate::secrets::password::hash(&password))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing: {e}")))
}
