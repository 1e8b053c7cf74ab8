//! Open data on brokering outcomes (issue 13, point 7): `/open-data/brokering` (the table,
//! with how it is made) and `/api/v1/brokering-outcomes` (the same rows as JSON). Public,
//! read-only; the counting and the withholding of small counts are
//! `crate::domain::brokering_outcomes`.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use serde_json::json;

use crate::db::queries::brokering;
use crate::domain::brokering_outcomes::{OutcomeRow, THRESHOLD, tabulate};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::open_data::BrokeringOutcomesPage;

/// Registers the routes of the open data on brokering outcomes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/open-data/brokering", web::get().to(page))
        .route("/api/v1/brokering-outcomes", web::get().to(json));
}

async fn rows(state: &AppState) -> Result<Vec<OutcomeRow>, AppError> {
    let items = state.db.read(brokering::introduced).await?;
    Ok(tabulate(&items))
}

/// `GET /open-data/brokering`
pub async fn page(ctx: Ctx, state: web::Data<AppState>) -> Result<BrokeringOutcomesPage, AppError> {
    Ok(BrokeringOutcomesPage {
        ctx,
        rows: rows(&state).await?,
    })
}

#[derive(Serialize)]
struct Row<'a> {
    month: String,
    organisation_kind: &'a str,
    theme: Option<&'a str>,
    proposed: Option<i64>,
    accepted_by_both: Option<i64>,
    declined: Option<i64>,
    expired: Option<i64>,
    median_days_to_answer: Option<f64>,
}

/// `GET /api/v1/brokering-outcomes`: withheld values are `null`.
pub async fn json(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let rows = rows(&state).await?;
    let items: Vec<Row> = rows
        .iter()
        .map(|r| Row {
            month: r.month.to_string(),
            organisation_kind: &r.organisation_kind,
            theme: r.theme.as_deref(),
            proposed: r.proposed.value(),
            accepted_by_both: r.accepted.value(),
            declined: r.declined.value(),
            expired: r.expired.value(),
            median_days_to_answer: r.median_days.map(|m| m.as_days()),
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "items": items,
        "withheld_below": THRESHOLD,
        "about": format!("{}/open-data/brokering", state.settings.base_url),
    })))
}
