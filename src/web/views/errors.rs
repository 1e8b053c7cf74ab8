//! The page of every error response.

use askama::Template;

use super::Ctx;

/// Any error page.
#[derive(Template)]
#[template(path = "errors/error.html")]
pub struct ErrorPage {
    /// Page context.
    pub ctx: Ctx,
    /// HTTP status, as text.
    pub status: String,
    /// Translation key of the heading.
    pub title_key: &'static str,
    /// Translation key of what to do next.
    pub advice_key: &'static str,
    /// What exactly was wrong (already translated).
    pub detail: Option<String>,
}
