//! The language of a request: chosen once by the [`locale`] middleware, remembered in a
//! cookie when picked with `?lang=`, and saved as a signed-in person's setting.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, web};

use crate::domain::Language;
use crate::i18n::{self, LANG_COOKIE};
use crate::web::AppState;

/// The language chosen for a request, computed once by the locale middleware.
#[derive(Debug, Clone, Copy)]
pub struct ChosenLanguage(pub Language);

/// The language of a request: `?lang=` (shared links), then the signed-in person's
/// setting, then the switcher's cookie, then `Accept-Language`, then English.
pub fn choose_language(req: &HttpRequest) -> Language {
    query_language(req.query_string())
        .or_else(|| crate::web::session::signed_in(req).map(|p| p.lang))
        .or_else(|| {
            req.cookie(LANG_COOKIE)
                .and_then(|c| c.value().parse::<Language>().ok())
        })
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::negotiate)
        })
        .unwrap_or_default()
}

fn query_language(query: &str) -> Option<Language> {
    query
        .split('&')
        .filter_map(|p| p.strip_prefix("lang="))
        .find_map(|v| v.parse::<Language>().ok())
}

/// Middleware: chooses the language once per request, remembers a `?lang=` choice in a
/// cookie, and says which header the answer varies on.
pub async fn locale(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let lang = choose_language(req.request());
    let from_query = query_language(req.query_string());
    let https = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.https());
    req.extensions_mut().insert(ChosenLanguage(lang));
    // A signed-in person who switches language keeps the choice as their setting.
    if let (Some(chosen), Some(person), Some(state)) = (
        from_query,
        crate::web::session::signed_in(req.request()),
        req.app_data::<web::Data<AppState>>().cloned(),
    ) && chosen != person.lang
        && let Err(e) = state
            .db
            .write(move |conn| {
                crate::db::queries::people::update_lang(conn, person.id, chosen.code())
            })
            .await
    {
        tracing::warn!(error = %e, "language setting not saved");
    }
    let mut res = next.call(req).await?;
    if let Some(chosen) = from_query {
        let cookie = Cookie::build(LANG_COOKIE, chosen.code())
            .path("/")
            .max_age(CookieDuration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .secure(https)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    res.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding"),
    );
    Ok(res)
}
