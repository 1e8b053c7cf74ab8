//! `/introductions`: everything that waits for the signed-in person's answer, with its
//! deadline (issue 13, point 3).

use askama::Template;
use askama_web::WebTemplate;

use crate::db::queries::brokering::WaitingIntroduction;
use crate::db::queries::proposals::InvitationView;
use crate::web::views::Ctx;

/// The page.
#[derive(Template, WebTemplate)]
#[template(path = "brokering/waiting.html")]
pub struct WaitingPage {
    /// Page context.
    pub ctx: Ctx,
    /// Introductions waiting for their side.
    pub introductions: Vec<WaitingIntroduction>,
    /// Invitations to co-own a project, for their government.
    pub invitations: Vec<InvitationView>,
    /// Governments asking to join their projects.
    pub join_requests: Vec<InvitationView>,
}

impl WaitingPage {
    /// Whether nothing waits.
    pub fn nothing(&self) -> bool {
        self.introductions.is_empty()
            && self.invitations.is_empty()
            && self.join_requests.is_empty()
    }
}
