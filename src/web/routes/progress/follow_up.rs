//! `/follow-up`: the active projects with their last update and overdue flag.

use actix_web::{HttpRequest, web};

use crate::db::queries::progress;
use crate::domain::policy::{self, Action};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::progress::{FollowUpPage, FollowUpRow};

/// `GET /follow-up`: active projects, the longest without an update first, with the
/// overdue flag; a delegate sees their government's projects, a facilitator all.
pub async fn follow_up(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<FollowUpPage, AppError> {
    let person = crate::web::extract::person_or_sign_in(&req)?;
    if !policy::follows_up_progress(person.role) {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    let own_only = !policy::allows(person.role, Action::SeeAllProjects);
    let owner = if own_only {
        // A delegate always belongs to a government; without one they own nothing.
        Some(person.organisation_id.unwrap_or(0))
    } else {
        None
    };
    let list = state
        .db
        .read(move |conn| progress::follow_up(conn, owner))
        .await?;
    let period_days = i64::from(state.settings.update_overdue_days);
    let today = state.today();
    let rows = list
        .into_iter()
        .map(|p| FollowUpRow {
            overdue: crate::domain::progress::overdue_periods(p.anchor_on, today, period_days) > 0,
            p,
        })
        .collect();
    Ok(FollowUpPage {
        ctx,
        rows,
        own_only,
        period_days,
    })
}
