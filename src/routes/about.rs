//! What the platform is, who does what, and its data.

use crate::domain::ProjectStage;
use crate::views::Ctx;
use crate::views::pages::AboutPage;

/// `GET /about`
pub async fn show(ctx: Ctx) -> AboutPage {
    AboutPage {
        ctx,
        stages: ProjectStage::ALL,
    }
}
