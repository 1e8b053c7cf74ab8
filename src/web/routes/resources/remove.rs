//! Removing a resource: its row goes in a transaction, its document from the store after
//! the transaction commits.

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use super::resource::visible_resource;
use crate::db::queries::resources;
use crate::domain::PublicationState;
use crate::domain::ids::ResourceId;
use crate::storage::FileKey;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, person_or_sign_in};

/// `POST /resources/{id}/delete`: its project's managers, or facilitators for the
/// library's own; back to the project (or the library).
pub async fn delete(
    _form: CsrfForm<HashMap<String, String>>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ResourceId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let who = person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let (r, manages) = visible_resource(&state, Some(&who), id).await?;
    if !manages {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    let actor = who.id;
    let key = state
        .db
        .write(move |conn| resources::delete(conn, id, actor, now))
        .await?;
    if let Some(key) = key.as_deref().and_then(|k| FileKey::parse(k).ok()) {
        let files = state.files.clone();
        let gone = key.clone();
        match web::block(move || files.delete(&gone)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, key = %key, "document not deleted"),
            Err(e) => tracing::warn!(error = %e, key = %key, "document not deleted"),
        }
    }
    let back = match &r.project {
        Some(p) if p.status != PublicationState::Draft.code() => format!("/projects/{}", p.id),
        _ => "/resources".to_owned(),
    };
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, back))
        .finish())
}
