//! What handlers answer: a page with a status, or a redirect after a change.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};

use crate::web::error::AppError;

/// Renders `page` as HTML with `status` (e.g. 422 for a refused form).
pub fn html(status: StatusCode, page: &impl askama::Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// Renders `page` as HTML with `200 OK`.
pub fn ok(page: &impl askama::Template) -> Result<HttpResponse, AppError> {
    html(StatusCode::OK, page)
}

/// After a change: to the page showing it (`303 See Other`, so reloading does not repeat
/// the change).
pub fn see_other(location: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.into()))
        .finish()
}

/// [`see_other`] that also sets `cookies` (signing in and out).
pub fn see_other_setting<'c>(
    location: impl Into<String>,
    cookies: impl IntoIterator<Item = actix_web::cookie::Cookie<'c>>,
) -> HttpResponse {
    let mut res = HttpResponse::SeeOther();
    res.insert_header((header::LOCATION, location.into()));
    for c in cookies {
        res.cookie(c);
    }
    res.finish()
}
