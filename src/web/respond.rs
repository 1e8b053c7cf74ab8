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
