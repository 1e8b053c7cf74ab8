//! Themes: the index, and one theme with its projects and GFMD outcomes.

use actix_web::web;

use crate::db::queries::following::Target;
use crate::db::queries::{projects, themes};
use crate::domain::Theme;
use crate::domain::search::{Page, ProjectFilter};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::pages::{ThemePage, ThemesPage};

/// `GET /themes`
pub async fn list(ctx: Ctx, state: web::Data<AppState>) -> Result<ThemesPage, AppError> {
    let counts = state.db.read(themes::count_public_by_theme).await?;
    let themes = Theme::ALL
        .iter()
        .map(|t| {
            let n = counts
                .iter()
                .find(|(c, _)| c == t.code())
                .map_or(0, |(_, n)| *n);
            (*t, n)
        })
        .collect();
    Ok(ThemesPage { ctx, themes })
}

/// `GET /themes/{code}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<ThemePage, AppError> {
    // An unknown theme in the path is an unknown page, not a bad parameter.
    let theme: Theme = path.parse().map_err(|_| AppError::NotFound)?;
    let (page, outcomes) = state
        .db
        .read(move |conn| {
            let filter = ProjectFilter {
                theme: Some(theme),
                ..ProjectFilter::default()
            };
            Ok((
                projects::list_public(conn, &filter, Page::FIRST)?,
                themes::outcomes_of(conn, theme)?,
            ))
        })
        .await?;
    let follow =
        crate::web::read::project::follow_button(&state, &ctx, Target::Theme(theme)).await?;
    Ok(ThemePage {
        ctx,
        follow,
        theme,
        projects: page.items,
        total: page.total,
        outcomes,
    })
}
