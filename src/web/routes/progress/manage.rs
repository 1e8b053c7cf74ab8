//! The managers' page of a project (`/projects/{id}/manage`): building it (also for a
//! refused form, with what was typed), showing it with a `?done=` notice, and the way
//! back to it after an accepted form.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::progress;
use crate::db::queries::projects;
use crate::domain::ids::ProjectId;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::read::project::managed;
use crate::web::respond::html as render;
use crate::web::respond::see_other;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::progress::{ManageForm, ManagePage};

/// Query of the managers' page.
#[derive(Debug, Default, Deserialize)]
pub struct ManageQuery {
    q: Option<String>,
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// Builds the managers' page of `project`.
pub(super) async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    project: progress::ManagedProject,
    form: ManageForm,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<ManagePage, AppError> {
    let (id, created) = (project.id, project.created_at);
    let q = form.q.clone();
    let (stages, partners, progress, found) = state
        .db
        .read(move |conn| {
            let stages = progress::stage_changes(conn, id)?;
            let partners = projects::partners_of(conn, id)?;
            let progress = progress::of_project(conn, id, created)?;
            let found = progress::find_organisations(conn, &q, 30)?;
            Ok((stages, partners, progress, found))
        })
        .await?;
    let period_days = i64::from(state.settings.update_overdue_days);
    let today = state.today();
    Ok(ManagePage {
        overdue: progress.overdue(&project.stage, &project.status, today, period_days),
        ctx,
        project,
        stages,
        partners,
        progress,
        period_days,
        today,
        form,
        errors,
        found,
        notice,
    })
}

/// `GET /projects/{id}/manage`
pub async fn manage(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<ManageQuery>,
) -> Result<HttpResponse, AppError> {
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let project = managed(&state, &person, id).await?;
    let q = crate::web::extract::optional_query(&query.q)?.unwrap_or_default();
    let notice = query.done.as_deref().and_then(|d| {
        let key = match d {
            "stage" => "progress-done-stage",
            "update" => "progress-done-update",
            "milestone" => "progress-done-milestone",
            "reached" => "progress-done-reached",
            "partner-added" => "progress-done-partner-added",
            "partner-removed" => "progress-done-partner-removed",
            "needs" => "progress-done-needs",
            _ => return None,
        };
        Some(ctx.t(key).to_owned())
    });
    let form = ManageForm {
        q,
        ..ManageForm::default()
    };
    let p = page(ctx, &state, project, form, FormErrors::default(), notice).await?;
    render(StatusCode::OK, &p)
}

pub(super) fn back(id: i32, done: &str) -> HttpResponse {
    see_other(format!("/projects/{id}/manage?done={done}"))
}
