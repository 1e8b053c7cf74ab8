//! The home page: what the platform does and does not do, counts, latest projects.

use actix_web::web;

use crate::db::queries::{organisations, projects, themes};
use crate::domain::ProjectStage;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::pages::HomePage;

/// `GET /`
pub async fn show(ctx: Ctx, state: web::Data<AppState>) -> Result<HomePage, AppError> {
    let (latest, by_stage, orgs, outcomes) = state
        .db
        .read(|conn| {
            Ok((
                projects::latest_public(conn, 5)?,
                projects::count_public_by_stage(conn)?,
                organisations::count(conn)?,
                themes::count_outcomes(conn)?,
            ))
        })
        .await?;
    let stage_counts: Vec<(ProjectStage, i64)> = ProjectStage::ALL
        .iter()
        .map(|s| {
            let n = by_stage
                .iter()
                .find(|(code, _)| code == s.code())
                .map_or(0, |(_, n)| *n);
            (*s, n)
        })
        .collect();
    Ok(HomePage {
        demo_accounts: super::auth::demo_accounts(&ctx),
        ctx,
        latest,
        total_projects: stage_counts.iter().map(|(_, n)| n).sum(),
        stage_counts,
        total_organisations: orgs,
        total_outcomes: outcomes,
    })
}
