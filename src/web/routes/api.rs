//! Read-only JSON: the same data as the public pages, for open data users.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use serde_json::json;

use super::projects::ProjectQuery;
use crate::db::queries::organisations;
use crate::domain::PartnerRole;
use crate::domain::ids::{OrganisationId, ProjectId};
use crate::domain::search::{PAGE_SIZE, Page};
use crate::web::AppState;
use crate::web::error::AppError;

#[derive(Serialize)]
struct ProjectItem<'a> {
    id: i32,
    url: String,
    title: &'a str,
    summary: &'a str,
    lang: &'a str,
    stage: &'a str,
    status: &'a str,
    themes: &'a [String],
    owners: &'a [String],
    updated_at: chrono::NaiveDateTime,
}

/// `GET /api/v1/projects`: the filters of `/projects`.
pub async fn projects(
    state: web::Data<AppState>,
    query: web::Query<ProjectQuery>,
) -> Result<HttpResponse, AppError> {
    let (filter, page) = query.parse()?;
    let result = crate::web::read::project::public_list(&state, filter, page).await?;
    let base = &state.settings.base_url;
    let items: Vec<ProjectItem> = result
        .items
        .iter()
        .map(|p| ProjectItem {
            id: p.row.id,
            url: format!("{base}/projects/{}", p.row.id),
            title: &p.row.title,
            summary: &p.row.summary,
            lang: &p.row.lang,
            stage: &p.row.stage,
            status: &p.row.status,
            themes: &p.themes,
            owners: &p.owners,
            updated_at: p.row.updated_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "items": items,
        "total": result.total,
        "page": page.number(),
        "pages": Page::count(result.total, PAGE_SIZE),
        "page_size": PAGE_SIZE,
    })))
}

/// `GET /api/v1/projects/{id}`
pub async fn project(
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    let d = crate::web::read::project::public_project(&state, id).await?;
    let base = &state.settings.base_url;
    let owners: Vec<_> = d
        .partners
        .iter()
        .filter(|p| p.role == PartnerRole::Owner.code())
        .map(|p| json!({"id": p.organisation_id, "code": p.code, "name": p.name, "country": p.country}))
        .collect();
    let partners: Vec<_> = d
        .partners
        .iter()
        .map(|p| json!({"id": p.organisation_id, "code": p.code, "name": p.name, "kind": p.kind, "country": p.country, "role": p.role}))
        .collect();
    let p = &d.project;
    let proposal = d.proposal.clone().unwrap_or_default();
    Ok(HttpResponse::Ok().json(json!({
        "id": p.id,
        "code": p.code,
        "url": format!("{base}/projects/{}", p.id),
        "title": p.title,
        "summary": p.summary,
        "objectives": p.objectives,
        "origin": p.origin,
        "lang": p.lang,
        "stage": p.stage,
        "status": p.status,
        "themes": d.themes,
        "countries": d.countries,
        "needs": d.needs,
        "owners": owners,
        "partners": partners,
        "stage_history": d.stages,
        "outcomes": d.outcomes,
        "regions": d.regions,
        "expected_results": proposal.expected_results,
        "timeframe": {"start": proposal.starts_on, "end": proposal.ends_on},
        "budget": proposal.budget,
        "submitted_at": proposal.submitted_at,
        "review": d.decision.as_ref().map(|r| json!({"decision": r.decision, "date": r.created_at.date()})),
        "created_at": p.created_at,
        "updated_at": p.updated_at,
    })))
}

/// `GET /api/v1/organisations/{id}`
pub async fn organisation(
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    let d = state
        .db
        .read(move |conn| organisations::detail(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let base = &state.settings.base_url;
    let o = &d.organisation;
    Ok(HttpResponse::Ok().json(json!({
        "id": o.id,
        "code": o.code,
        "url": format!("{base}/organisations/{}", o.id),
        "name": o.name,
        "acronym": o.acronym,
        "kind": o.kind,
        "country": o.country_code,
        "region": o.region,
        "subregion": o.subregion,
        "description": o.description,
        "website": o.website,
        "lang": o.lang,
        "engagements": d.engagements,
        "projects": d.projects,
    })))
}
