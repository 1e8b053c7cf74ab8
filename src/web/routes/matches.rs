//! Matching over HTTP: `GET /api/v1/projects/{id}/matches` (organisations for a project)
//! and `GET /api/v1/organisations/{id}/matches` (projects for an organisation), and the
//! helpers pages use to rank ([`organisations_for_project`], [`projects_for_organisation`]).

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use crate::db::cache::current_version;
use crate::db::queries::profiles;
use crate::domain::Language;
use crate::domain::ids::{OrganisationId, ProjectId};
use crate::matching::{Suggestion, rank, rank_projects};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::matching::reason_text;

/// Suggestions a request gets when it does not say.
pub const DEFAULT_LIMIT: usize = 10;
/// The most suggestions a request may ask for.
pub const MAX_LIMIT: usize = 50;

/// Registers the matching API.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/api/v1/projects/{id}/matches",
        web::get().to(project_matches),
    )
    .route(
        "/api/v1/organisations/{id}/matches",
        web::get().to(organisation_matches),
    );
}

/// Query parameters of the matching API.
#[derive(Debug, Default, Deserialize)]
pub struct MatchQuery {
    limit: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// Parses `limit`: absent means [`DEFAULT_LIMIT`]; otherwise a whole number from 1 to
/// [`MAX_LIMIT`].
pub fn parse_limit(raw: Option<&str>) -> Result<usize, AppError> {
    match raw.map(str::trim) {
        None => Ok(DEFAULT_LIMIT),
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or_else(|| AppError::bad("limit", v)),
    }
}

/// An organisation suggested for a project.
#[derive(Debug, Clone)]
pub struct OrganisationMatch {
    /// Score and reasons.
    pub suggestion: Suggestion,
    /// Its name.
    pub name: String,
    /// `OrganisationKind` code.
    pub kind: String,
    /// Country code, if any.
    pub country: Option<String>,
}

/// A project suggested for an organisation.
#[derive(Debug, Clone)]
pub struct ProjectMatch {
    /// Score and reasons.
    pub suggestion: Suggestion,
    /// Its title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Stage code.
    pub stage: String,
}

/// Ranks with this instance's index for the content version of the database, off the
/// async runtime.
async fn with_index<T, F>(state: &web::Data<AppState>, version: i64, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&crate::matching::Index, &crate::matching::Weights) -> T + Send + 'static,
{
    let state = state.clone();
    web::block(move || {
        let snapshot = state.matching.index(&state.db, version);
        f(&snapshot.index, state.matching.weights())
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))
}

/// Organisations for public project `project_id`, best first, leaving out its owners,
/// its partners, organisations that declined it recently
/// ([`crate::app::brokering::DECLINED_DAYS`]) and `also_exclude`; `None`
/// when there is no such public project.
pub async fn organisations_for_project(
    state: &web::Data<AppState>,
    project_id: i32,
    limit: usize,
    also_exclude: Vec<i32>,
) -> Result<Option<Vec<OrganisationMatch>>, AppError> {
    let now = state.now();
    let (version, found) = state
        .db
        .read(move |conn| {
            let since = now - chrono::Duration::days(crate::app::brokering::DECLINED_DAYS);
            let declined =
                crate::db::queries::brokering::recently_declined(conn, project_id, since)?;
            Ok((
                current_version(conn)?,
                profiles::project_query(conn, project_id)?.map(|(query, mut exclude)| {
                    exclude.extend(declined);
                    (query, exclude)
                }),
            ))
        })
        .await?;
    let Some((query, mut exclude)) = found else {
        return Ok(None);
    };
    exclude.extend(also_exclude);
    let ranked = with_index(state, version, move |index, weights| {
        rank(index, &query, weights, &exclude, limit)
    })
    .await?;
    let ids: Vec<i32> = ranked.iter().map(|s| s.id).collect();
    let rows: Vec<(i32, String, String, Option<String>)> = state
        .db
        .read(move |conn| crate::db::queries::organisations::summaries(conn, &ids))
        .await?;
    Ok(Some(
        ranked
            .into_iter()
            .filter_map(|suggestion| {
                let (_, name, kind, country) = rows.iter().find(|r| r.0 == suggestion.id)?;
                Some(OrganisationMatch {
                    name: name.clone(),
                    kind: kind.clone(),
                    country: country.clone(),
                    suggestion,
                })
            })
            .collect(),
    ))
}

/// Public projects organisation `organisation_id` could join, best first (not those it
/// takes part in already); `None` when there is no such organisation.
pub async fn projects_for_organisation(
    state: &web::Data<AppState>,
    organisation_id: i32,
    limit: usize,
) -> Result<Option<Vec<ProjectMatch>>, AppError> {
    let (version, found) = state
        .db
        .read(move |conn| {
            Ok((
                current_version(conn)?,
                profiles::organisation_query(conn, organisation_id)?,
            ))
        })
        .await?;
    let Some((profile, exclude)) = found else {
        return Ok(None);
    };
    let ranked = with_index(state, version, move |index, weights| {
        rank_projects(index, &profile, weights, &exclude, limit)
    })
    .await?;
    let ids: Vec<i32> = ranked.iter().map(|s| s.id).collect();
    let rows: Vec<(i32, String, String, String)> = state
        .db
        .read(move |conn| crate::db::queries::projects::public_summaries(conn, &ids))
        .await?;
    Ok(Some(
        ranked
            .into_iter()
            .filter_map(|suggestion| {
                let (_, title, lang, stage) = rows.iter().find(|r| r.0 == suggestion.id)?;
                Some(ProjectMatch {
                    title: title.clone(),
                    lang: lang.clone(),
                    stage: stage.clone(),
                    suggestion,
                })
            })
            .collect(),
    ))
}

fn reasons_json(lang: Language, s: &Suggestion) -> Vec<serde_json::Value> {
    s.reasons
        .iter()
        .map(|r| {
            json!({
                "code": r.kind.code(),
                "text": reason_text(lang, r),
                "weight": round(r.weight),
            })
        })
        .collect()
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// `GET /api/v1/projects/{id}/matches?limit=N`: organisations for a public project.
pub async fn project_matches(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<MatchQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    let limit = parse_limit(query.limit.as_deref())?;
    let found = organisations_for_project(&state, id, limit, Vec::new())
        .await?
        .ok_or(AppError::NotFound)?;
    let base = &state.settings.base_url;
    let items: Vec<serde_json::Value> = found
        .iter()
        .enumerate()
        .map(|(i, m)| {
            json!({
                "rank": i + 1,
                "id": m.suggestion.id,
                "url": format!("{base}/organisations/{}", m.suggestion.id),
                "name": m.name,
                "kind": m.kind,
                "country": m.country,
                "score": round(m.suggestion.score),
                "reasons": reasons_json(ctx.lang, &m.suggestion),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "project": id,
        "lang": ctx.lang.code(),
        "limit": limit,
        "items": items,
    })))
}

/// `GET /api/v1/organisations/{id}/matches?limit=N`: public projects for an organisation.
pub async fn organisation_matches(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
    query: web::Query<MatchQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    let limit = parse_limit(query.limit.as_deref())?;
    let found = projects_for_organisation(&state, id, limit)
        .await?
        .ok_or(AppError::NotFound)?;
    let base = &state.settings.base_url;
    let items: Vec<serde_json::Value> = found
        .iter()
        .enumerate()
        .map(|(i, m)| {
            json!({
                "rank": i + 1,
                "id": m.suggestion.id,
                "url": format!("{base}/projects/{}", m.suggestion.id),
                "title": m.title,
                "lang": m.lang,
                "stage": m.stage,
                "score": round(m.suggestion.score),
                "reasons": reasons_json(ctx.lang, &m.suggestion),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "organisation": id,
        "lang": ctx.lang.code(),
        "limit": limit,
        "items": items,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_defaults_and_bounds() {
        assert_eq!(parse_limit(None).unwrap(), 10);
        assert_eq!(parse_limit(Some("50")).unwrap(), 50);
        for bad in ["0", "51", "abc", "-1", ""] {
            assert!(parse_limit(Some(bad)).is_err(), "{bad}");
        }
    }
}
