//! What the platform is, who does what, and its data.

use crate::domain::ProjectStage;
use crate::web::views::Ctx;
use crate::web::views::pages::AboutPage;

/// `GET /about`
pub async fn show(ctx: Ctx) -> AboutPage {
    AboutPage {
        ctx,
        stages: ProjectStage::ALL,
    }
}
