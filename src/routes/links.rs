//! What the account flows share: rendering a page with a status, the answer to a link
//! from a mail that cannot be used, and the address a request comes from.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};

use crate::accounts::{INVITATION, Link, PASSWORD_RESET, VERIFICATION};
use crate::error::AppError;
use crate::views::Ctx;
use crate::views::accounts::LinkPage;

/// Renders `page` as HTML with `status` (e.g. 422 for a refused form).
pub fn html(status: StatusCode, page: &impl askama::Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// The page for a link of `purpose` that cannot be used: 404 when unknown, 410 Gone when
/// expired or already used, each saying what to do instead. (A valid link is not a
/// problem: the caller handles it; it is answered as unknown here.)
pub fn problem(ctx: Ctx, purpose: &str, link: &Link) -> Result<HttpResponse, AppError> {
    let (status, title_key, advice_key) = match link {
        Link::Unknown | Link::Valid(_) => (
            StatusCode::NOT_FOUND,
            "link-unknown-title",
            "link-unknown-advice",
        ),
        Link::Expired => (
            StatusCode::GONE,
            "link-expired-title",
            match purpose {
                INVITATION => "link-invitation-expired",
                VERIFICATION => "link-verification-expired",
                PASSWORD_RESET => "link-reset-expired",
                _ => "link-unknown-advice",
            },
        ),
        Link::Used => (
            StatusCode::GONE,
            "link-used-title",
            match purpose {
                INVITATION => "link-invitation-used",
                VERIFICATION => "link-verification-used",
                PASSWORD_RESET => "link-reset-used",
                _ => "link-unknown-advice",
            },
        ),
    };
    html(
        status,
        &LinkPage {
            ctx,
            status: status.as_u16().to_string(),
            title_key,
            advice_key,
        },
    )
}

/// The network address a request comes from (for rate limits).
pub fn client_address(req: &HttpRequest) -> String {
    req.connection_info()
        .realip_remote_addr()
        .unwrap_or("unknown")
        .to_owned()
}

/// The current time, as the database stores it (UTC, no zone).
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Hashes a password off the async runtime (argon2 is deliberately slow).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    actix_web::web::block(move || crate::auth::password::hash(&password))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing: {e}")))
}
