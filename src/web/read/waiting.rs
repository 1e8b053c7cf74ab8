//! What waits for the signed-in person's answer, as `/introductions`, "My projects" and the
//! organisation dashboard show it (issue 13, point 3).

use actix_web::web;

use crate::db::queries::brokering::{self as q, Waiting, WaitingFor};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::session::SignedIn;

/// Everything waiting for `me`'s answer now.
pub async fn of(state: &web::Data<AppState>, me: &SignedIn) -> Result<Waiting, AppError> {
    let who = WaitingFor::of(me.id, me.role, me.organisation_id);
    let now = state.now();
    Ok(state.db.read(move |c| q::waiting(c, who, now)).await?)
}
