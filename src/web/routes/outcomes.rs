//! The GFMD recommendations (issue 5, point 8): `/outcomes` lists them by roundtable
//! session with their theme and how many projects follow each up; `/outcomes/{id}` is one
//! recommendation with those projects. Project pages and theme pages link here.

use actix_web::web;

use crate::db::queries::outcomes;
use crate::domain::ids::OutcomeId;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::progress::{OutcomePage, OutcomesPage, Session};

/// Registers the routes of the GFMD outcomes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/outcomes", web::get().to(list))
        .route("/outcomes/{id}", web::get().to(show));
}

/// `GET /outcomes`
pub async fn list(ctx: Ctx, state: web::Data<AppState>) -> Result<OutcomesPage, AppError> {
    let all = state.db.read(outcomes::all_with_counts).await?;
    let mut sessions: Vec<Session> = Vec::new();
    for (o, n) in all {
        match sessions.last_mut() {
            Some(s) if s.session == o.session => s.outcomes.push((o, n)),
            _ => sessions.push(Session {
                session: o.session.clone(),
                title: o.session_title.clone(),
                lang: o.lang.clone(),
                outcomes: vec![(o, n)],
            }),
        }
    }
    Ok(OutcomesPage { ctx, sessions })
}

/// `GET /outcomes/{id}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OutcomeId>,
) -> Result<OutcomePage, AppError> {
    let id = path.into_inner().get();
    let (outcome, projects) = state
        .db
        .read(move |conn| {
            Ok(match outcomes::one(conn, id)? {
                Some(o) => Some((o, outcomes::following(conn, id)?)),
                None => None,
            })
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(OutcomePage {
        ctx,
        outcome,
        projects,
    })
}
