//! `/introductions`: everything that waits for the signed-in person's answer, with its
//! deadline (issue 13, point 3). The lists are `templates/brokering/_waiting.html`, which
//! "My projects" and the organisation dashboard show as a panel too.

use askama::Template;
use askama_web::WebTemplate;

use crate::db::queries::brokering::Waiting;
use crate::web::views::Ctx;

/// The page.
#[derive(Template, WebTemplate)]
#[template(path = "brokering/waiting.html")]
pub struct WaitingPage {
    /// Page context.
    pub ctx: Ctx,
    /// What waits.
    pub waiting: Waiting,
}
