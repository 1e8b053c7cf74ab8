//! What the account flows share: rendering a page with a status, the answer to a link
//! from a mail that cannot be used, and the address a request comes from.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::app::accounts::{INVITATION, Link, PASSWORD_RESET, VERIFICATION};
use crate::web::error::AppError;
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::accounts::LinkPage;

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

/// Hashes a password off the async runtime (argon2 is deliberately slow).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    actix_web::web::block(move || crate::secrets::password::hash(&password))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing: {e}")))
}
