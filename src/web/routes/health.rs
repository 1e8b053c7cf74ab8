//! Liveness for load balancers: 200 while the database answers, 503 otherwise.

use actix_web::{HttpResponse, web};

use crate::web::AppState;

/// `GET /healthz`
pub async fn check(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.db.backend().name();
    match state.db.read(crate::db::queries::ping).await {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({"status": "ok", "database": backend})),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            HttpResponse::ServiceUnavailable()
                .json(serde_json::json!({"status": "unavailable", "database": backend}))
        }
    }
}
