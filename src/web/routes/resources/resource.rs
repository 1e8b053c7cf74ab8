//! One resource: whether someone may see and manage it (it follows its project), its
//! page `/resources/{id}` and its download, always an attachment.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::db::queries::partners;
use crate::db::queries::resources::{self, ResourceCard};
use crate::domain::ids::ResourceId;
use crate::domain::policy;
use crate::domain::resource::{self as rules};
use crate::domain::{PublicationState, Role};
use crate::storage::FileKey;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::session::{SignedIn, signed_in};
use crate::web::views::Ctx;
use crate::web::views::resources::ResourcePage;

/// A resource and whether `who` may see and manage it; `NotFound` if there is no such
/// resource or its project is a draft `who` may not see.
pub(super) async fn visible_resource(
    state: &web::Data<AppState>,
    who: Option<&SignedIn>,
    id: i32,
) -> Result<(ResourceCard, bool), AppError> {
    let (card, owners) = state
        .db
        .read(move |conn| {
            let Some(card) = resources::by_id(conn, id)? else {
                return Ok(None);
            };
            let owners = match card.row.project_id {
                Some(p) => Some(partners::owner_ids(conn, p)?),
                None => None,
            };
            Ok(Some((card, owners)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let role = who.map_or(Role::Visitor, |p| p.role);
    let org = who.and_then(|p| p.organisation_id);
    if let (Some(project), Some(owners)) = (&card.project, &owners) {
        let status = project
            .status
            .parse::<PublicationState>()
            .unwrap_or(PublicationState::Draft);
        if !policy::sees_project(role, org, owners, status) {
            return Err(AppError::NotFound);
        }
    }
    let manages = policy::manages_resources(role, org, owners.as_deref());
    Ok((card, manages))
}

/// `GET /resources/{id}`
pub async fn show(
    ctx: Ctx,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ResourceId>,
) -> Result<ResourcePage, AppError> {
    let id = path.into_inner().get();
    let who = signed_in(&req);
    let (r, can_remove) = visible_resource(&state, who.as_ref(), id).await?;
    Ok(ResourcePage { ctx, r, can_remove })
}

/// `GET /resources/{id}/download`: the document, as an attachment.
pub async fn download(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ResourceId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    let who = signed_in(&req);
    let (r, _) = visible_resource(&state, who.as_ref(), id).await?;
    // A link has no download; its page links to it.
    let (Some(key), Some(name), Some(kind)) = (
        r.row.file_key.as_deref(),
        r.row.file_name.as_deref(),
        r.row.document_type(),
    ) else {
        return Err(AppError::NotFound);
    };
    let key = FileKey::parse(key).map_err(|e| AppError::Internal(e.into()))?;
    let files = state.files.clone();
    let wanted = key.clone();
    let bytes = web::block(move || files.get(&wanted))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    let Some(bytes) = bytes else {
        tracing::error!(resource = id, key = %key, "document missing from the store");
        return Err(AppError::NotFound);
    };
    Ok(HttpResponse::Ok()
        .content_type(kind.media_type())
        .insert_header((
            header::CONTENT_DISPOSITION,
            rules::content_disposition(name),
        ))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox",
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-cache"))
        .body(bytes))
}
