//! The one error type at the boundary, and the error pages.
//!
//! Handlers return [`AppError`]. Its `ResponseError` impl only sets the status and leaves
//! an [`ErrorInfo`] in the response; the [`render_error`] middleware then renders the
//! page in the request's language (HTML) or a JSON body under `/api/`. Framework errors
//! (unknown routes, bad paths) go through the same renderer, so no error is ever a bare
//! status line. The cause chain is logged once, here.

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::db::DbError;
use crate::i18n::{self, Arg};
use crate::web::views::Ctx;
use crate::web::views::errors::ErrorPage;

/// Errors a request can end in.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such thing (or not public).
    #[error("not found")]
    NotFound,
    /// A query parameter the user (or a link) got wrong.
    #[error("bad parameter {param}={value:?}")]
    BadParam {
        /// Parameter name.
        param: &'static str,
        /// Value given.
        value: String,
    },
    /// Refused: the message key says why (a missing CSRF token, a missing permission).
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// Only for signed-in people: go to the sign-in page, then come back to this path.
    #[error("sign-in required")]
    SignInRequired(String),
    /// Too many attempts; the message key says what to do.
    #[error("too many requests")]
    TooManyRequests(&'static str),
    /// The database cannot be reached.
    #[error("service unavailable")]
    Unavailable(#[source] DbError),
    /// Anything else: a bug or an unexpected failure.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl AppError {
    /// A bad parameter.
    pub fn bad(param: &'static str, value: impl Into<String>) -> AppError {
        AppError::BadParam {
            param,
            value: value.into(),
        }
    }
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        if e.is_unavailable() {
            AppError::Unavailable(e)
        } else {
            AppError::Internal(e.into())
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(e.into())
    }
}

/// What the error renderer needs to know, left in the response by [`AppError`].
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// The bad parameter, if that was the problem.
    pub bad_param: Option<(&'static str, String)>,
    /// Translation key of the reason, for refusals.
    pub reason: Option<&'static str>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadParam { .. } => StatusCode::BAD_REQUEST,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::SignInRequired(_) => StatusCode::SEE_OTHER,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Unavailable(e) => tracing::warn!(error = %chain(e), "database unavailable"),
            AppError::Internal(e) => tracing::error!(error = %format!("{e:#}"), "request failed"),
            AppError::BadParam { param, value } => {
                tracing::info!(param, value = %value, "bad parameter")
            }
            AppError::NotFound => {}
            AppError::Forbidden(reason) | AppError::TooManyRequests(reason) => {
                tracing::info!(reason, "request refused")
            }
            AppError::SignInRequired(next) => {
                let to = format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                return HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, to))
                    .finish();
            }
        }
        let mut res = HttpResponse::new(self.status_code());
        let bad_param = match self {
            AppError::BadParam { param, value } => Some((*param, value.clone())),
            _ => None,
        };
        let reason = match self {
            AppError::Forbidden(r) | AppError::TooManyRequests(r) => Some(*r),
            _ => None,
        };
        res.extensions_mut().insert(ErrorInfo { bad_param, reason });
        res
    }
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

fn keys(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("error-400-title", "error-400-advice"),
        403 => ("error-403-title", "error-403-advice"),
        429 => ("error-429-title", "error-429-advice"),
        404 => ("error-404-title", "error-404-advice"),
        405 => ("error-405-title", "error-405-advice"),
        503 => ("error-503-title", "error-503-advice"),
        s if s < 500 => ("error-4xx-title", "error-4xx-advice"),
        _ => ("error-500-title", "error-500-advice"),
    }
}

/// Middleware: turns every empty error response (ours or the framework's) into a page
/// or, under `/api/`, a JSON body. Responses that already carry a body pass untouched.
pub async fn render_error(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody + 'static, BoxBody>>, actix_web::Error> {
    let res = next.call(req).await?;
    let status = res.status();
    let ours = res.response().extensions().get::<ErrorInfo>().cloned();
    let framework_error = res.response().error().is_some();
    if !(status.is_client_error() || status.is_server_error())
        || !(ours.is_some() || framework_error)
    {
        return Ok(res.map_into_left_body());
    }
    if let (Some(e), None) = (res.response().error(), &ours) {
        tracing::info!(status = status.as_u16(), error = %e, "request refused");
    }
    let (req, res) = res.into_parts();
    let ctx = Ctx::of(&req);
    let (title_key, advice_key) = keys(status);
    let detail = ours.and_then(|i| match (i.bad_param, i.reason) {
        (Some((param, value)), _) => Some(i18n::t_args(
            ctx.lang,
            "error-bad-param",
            &[("param", Arg::Str(param)), ("value", Arg::Str(&value))],
        )),
        (None, Some(reason)) => Some(i18n::t(ctx.lang, reason)),
        (None, None) => None,
    });
    let mut builder = HttpResponse::build(status);
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    let new = if req.path().starts_with("/api/") {
        builder.json(serde_json::json!({
            "error": {
                "status": status.as_u16(),
                "title": i18n::t(ctx.lang, title_key),
                "detail": detail,
            }
        }))
    } else {
        let page = ErrorPage {
            status: status.as_u16().to_string(),
            title_key,
            advice_key,
            detail,
            ctx,
        };
        match page.render() {
            Ok(html) => builder.content_type("text/html; charset=utf-8").body(html),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                builder
                    .content_type("text/plain; charset=utf-8")
                    .body(status.to_string())
            }
        }
    };
    Ok(ServiceResponse::new(req, new).map_into_right_body())
}
