//! Resources (issue 5, point 6): the library `/resources` (search by text, kind and
//! country), a page per resource, downloads, and adding and removing documents and links
//! on a project (its managers) or in the library alone (facilitators).
//!
//! Decisions:
//! - A resource belongs to a project or, for the library's own material (a country's
//!   migration profile published by its government or IOM, say), to no project; only
//!   facilitators, who keep the library, add those (`Action::CurateLibrary`).
//! - Visibility follows the project: a draft project's resources, their pages and their
//!   downloads answer 404 to anyone who may not see the draft (`policy::sees_project`).
//! - An upload is held in memory up to the limit (`PFP_UPLOAD_MAX_MB`, counted while it
//!   streams in), its type found from its bytes (`domain::resource::detect`), then
//!   written to the store before the row is inserted; if the insert fails the stored
//!   file is deleted again, and a removed resource's file is deleted after its row's
//!   transaction commits. No file I/O happens inside a transaction.
//! - Downloads are always `attachment`, with the type found at upload, a safe name
//!   (`filename` and `filename*`), `nosniff` (global) and a sandboxing CSP, so a
//!   document never runs in the site's origin.

pub mod upload;

use std::collections::HashMap;
use std::sync::Arc;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::cache::current_version;
use crate::db::queries::partners;
use crate::db::queries::resources::{
    self, NewContent, NewResource, RESOURCE_PAGE_SIZE, ResourceCard, ResourceProject,
};
use crate::domain::ids::{ProjectId, ResourceId};
use crate::domain::policy::{self, Action};
use crate::domain::resource::{self as rules, ResourceFilter};
use crate::domain::search::Page;
use crate::domain::text::{ProjectTitle, ShortText};
use crate::domain::{CountryCode, Language, PublicationState, ResourceKind, Role};
use crate::storage::FileKey;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, Person, person_or_sign_in};
use crate::web::extract::{optional_code, optional_query};
use crate::web::respond::html as render;
use crate::web::session::{SignedIn, signed_in};
use crate::web::views::Ctx;
use crate::web::views::parts::{FormErrors, Pager};
use crate::web::views::resources::{
    LibraryFilterForm, LibraryPage, ResourceFormPage, ResourcePage, ResourceValues,
};
use upload::{FormReader, Received, Upload};

/// Registers the routes of resources.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/resources", web::get().to(library))
        .route("/resources/new", web::get().to(new_library_form))
        .route("/resources/new", web::post().to(create_in_library))
        .route("/resources/{id}", web::get().to(show))
        .route("/resources/{id}/download", web::get().to(download))
        .route("/resources/{id}/delete", web::post().to(delete))
        .route(
            "/projects/{id}/resources/new",
            web::get().to(new_project_form),
        )
        .route(
            "/projects/{id}/resources/new",
            web::post().to(create_in_project),
        );
}

/// Query parameters of `/resources`, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct LibraryQuery {
    q: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    page: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// `GET /resources`
pub async fn library(
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<LibraryQuery>,
) -> Result<LibraryPage, AppError> {
    let filter = ResourceFilter {
        q: optional_query(&query.q)?,
        kind: optional_code::<ResourceKind>("kind", &query.kind)?,
        country: optional_code::<CountryCode>("country", &query.country)?,
    };
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let form = LibraryFilterForm {
        q: filter.q.clone().unwrap_or_default(),
        kind: filter.kind.map(|k| k.code().to_owned()).unwrap_or_default(),
        country: filter.country.map(|c| c.to_string()).unwrap_or_default(),
    };
    let shared = state.clone();
    let (result, countries) = state
        .db
        .read(move |conn| {
            let version = current_version(conn)?;
            let caches = &shared.caches;
            Ok((
                caches
                    .resource_lists
                    .get_or_load(conn, version, &(filter.clone(), page), |c| {
                        resources::list_public(c, &filter, page).map(Arc::new)
                    })?,
                caches
                    .resource_countries
                    .get_or_load(conn, version, &(), |c| {
                        resources::public_countries(c).map(Arc::new)
                    })?,
            ))
        })
        .await?;
    let pager = Pager::new(
        "/resources",
        &[
            ("q", &form.q),
            ("kind", &form.kind),
            ("country", &form.country),
        ],
        page.number(),
        Page::count(result.total, RESOURCE_PAGE_SIZE),
    );
    let chosen = (!form.country.is_empty()).then_some(form.country.as_str());
    Ok(LibraryPage {
        countries: crate::i18n::some_country_options(ctx.lang, &countries, chosen),
        ctx,
        form,
        kinds: ResourceKind::ALL,
        result,
        pager,
    })
}

/// A resource and whether `who` may see and manage it; `NotFound` if there is no such
/// resource or its project is a draft `who` may not see.
async fn visible_resource(
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

/// `GET /resources/new`: a library resource (facilitators).
pub async fn new_library_form(
    ctx: Ctx,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    crate::web::extract::require(&req, Action::CurateLibrary)?;
    let page = form_page(ctx, &state, None, None);
    render(StatusCode::OK, &page)
}

/// `GET /projects/{id}/resources/new`: a resource of a project (its managers).
pub async fn new_project_form(
    ctx: Ctx,
    person: Person,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let project = managed_project(&state, &person.0, path.into_inner().get()).await?;
    let page = form_page(ctx, &state, Some(project), None);
    render(StatusCode::OK, &page)
}

/// The project `id` if `who` manages it: 404 if there is none (or `who` may not see
/// it), 403 if they may see it but not manage it.
async fn managed_project(
    state: &web::Data<AppState>,
    who: &SignedIn,
    id: i32,
) -> Result<ResourceProject, AppError> {
    let (project, owners) = state
        .db
        .read(move |conn| {
            let Some(p) = resources::project_of(conn, id)? else {
                return Ok(None);
            };
            Ok(Some((p, partners::owner_ids(conn, id)?)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let status = project
        .status
        .parse::<PublicationState>()
        .unwrap_or(PublicationState::Draft);
    if !policy::sees_project(who.role, who.organisation_id, &owners, status) {
        return Err(AppError::NotFound);
    }
    if !policy::manages_resources(who.role, who.organisation_id, Some(&owners)) {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    Ok(project)
}

fn form_page(
    ctx: Ctx,
    state: &AppState,
    project: Option<ResourceProject>,
    values: Option<ResourceValues>,
) -> ResourceFormPage {
    let values = values.unwrap_or_else(|| ResourceValues {
        lang: project
            .as_ref()
            .map_or(ctx.lang.code().to_owned(), |p| p.lang.clone()),
        ..ResourceValues::default()
    });
    ResourceFormPage {
        countries: crate::i18n::country_options(ctx.lang),
        ctx,
        project,
        values,
        errors: FormErrors::default(),
        kinds: ResourceKind::ALL,
        max_mb: state.settings.upload_max_bytes / 1_000_000,
    }
}

/// `POST /resources/new`
pub async fn create_in_library(
    req: HttpRequest,
    payload: web::Payload,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let reader = FormReader::start(&req, payload).await?;
    let person = person_or_sign_in(&req)?;
    crate::web::extract::require(&req, Action::CurateLibrary)?;
    let received = reader.finish(state.settings.upload_max_bytes).await?;
    create(ctx, &state, person, None, received).await
}

/// `POST /projects/{id}/resources/new`
pub async fn create_in_project(
    req: HttpRequest,
    payload: web::Payload,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let reader = FormReader::start(&req, payload).await?;
    let person = person_or_sign_in(&req)?;
    let project = managed_project(&state, &person, path.into_inner().get()).await?;
    let received = reader.finish(state.settings.upload_max_bytes).await?;
    create(ctx, &state, person, Some(project), received).await
}

/// A checked form: the resource to insert, with the document bytes still to store.
struct Checked {
    resource: NewResource,
    bytes: Option<Vec<u8>>,
}

/// Checks every field; the refused form keeps every typed value (a file cannot be
/// given back to a browser: the message asks to choose it again).
fn check(
    ctx: &Ctx,
    who: &SignedIn,
    project: Option<&ResourceProject>,
    received: Received,
    limit: u64,
) -> Result<Checked, Box<(ResourceValues, FormErrors)>> {
    let values = ResourceValues {
        title: received.value("title").chars().take(400).collect(),
        description: received.value("description").chars().take(8000).collect(),
        kind: received.value("kind"),
        lang: received.value("lang"),
        countries: received.values("countries"),
        url: received.value("url").chars().take(2100).collect(),
    };
    let mut errors = FormErrors::default();
    let title = ProjectTitle::parse(&values.title);
    if title.is_err() {
        errors.add("title", ctx.t("resource-error-title").to_owned());
    }
    let description = ShortText::parse(&values.description);
    if description.is_err() {
        errors.add(
            "description",
            ctx.t("resource-error-description").to_owned(),
        );
    }
    let kind = values.kind.parse::<ResourceKind>();
    if kind.is_err() {
        errors.add("kind", ctx.t("resource-error-kind").to_owned());
    }
    let lang = values.lang.parse::<Language>();
    if lang.is_err() {
        errors.add("lang", ctx.t("resource-error-lang").to_owned());
    }
    let mut countries = Vec::new();
    for c in &values.countries {
        match CountryCode::parse(c) {
            Ok(code) if !countries.contains(&code.to_string()) => countries.push(code.to_string()),
            Ok(_) => {}
            Err(_) => {
                errors.add("countries", ctx.t("resource-error-country").to_owned());
                break;
            }
        }
    }
    let has_url = !values.url.trim().is_empty();
    let link = has_url.then(|| rules::parse_link(&values.url));
    if let Some(Err(_)) = link {
        errors.add("url", ctx.t("resource-error-url").to_owned());
    }
    let mut document = None;
    match received.upload {
        Upload::None if !has_url => {
            errors.add("file", ctx.t("resource-error-none").to_owned());
        }
        Upload::None => {}
        Upload::File { .. } | Upload::TooLarge { .. } if has_url => {
            errors.add("url", ctx.t("resource-error-both").to_owned());
        }
        Upload::TooLarge { .. } => {
            errors.add(
                "file",
                ctx.tn("resource-error-too-large", &((limit / 1_000_000) as i64)),
            );
        }
        Upload::File { bytes, .. } if bytes.is_empty() => {
            errors.add("file", ctx.t("resource-error-empty").to_owned());
        }
        Upload::File { name, bytes } => match rules::detect(&bytes) {
            Some(t) => document = Some((rules::safe_file_name(&name, t), t, bytes)),
            None => errors.add("file", ctx.t("resource-error-type").to_owned()),
        },
    }
    if !errors.is_empty() {
        if document.is_some() {
            // A browser cannot be given a chosen file back: say so where it was chosen.
            errors.add("file", ctx.t("resource-error-again").to_owned());
        }
        return Err(Box::new((values, errors)));
    }
    let (Ok(title), Ok(description), Ok(kind), Ok(lang)) = (title, description, kind, lang) else {
        return Err(Box::new((values, errors)));
    };
    let (content, bytes) = match (link, document) {
        (Some(Ok(url)), _) => (NewContent::Link(url), None),
        (_, Some((file_name, t, bytes))) => (
            NewContent::Document {
                key: FileKey::random().to_string(),
                file_name,
                media_type: t.media_type().to_owned(),
                byte_size: bytes.len() as i64,
            },
            Some(bytes),
        ),
        _ => return Err(Box::new((values, errors))),
    };
    Ok(Checked {
        resource: NewResource {
            project_id: project.map(|p| p.id),
            kind: kind.code().to_owned(),
            title: title.into_inner(),
            description: description.into_inner(),
            lang: lang.code().to_owned(),
            countries,
            content,
            added_by: who.id,
        },
        bytes,
    })
}

async fn create(
    ctx: Ctx,
    state: &web::Data<AppState>,
    who: SignedIn,
    project: Option<ResourceProject>,
    received: Received,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let limit = state.settings.upload_max_bytes;
    let checked = match check(&ctx, &who, project.as_ref(), received, limit) {
        Ok(c) => c,
        Err(refused) => {
            let (values, errors) = *refused;
            let mut page = form_page(ctx, state, project, Some(values));
            page.errors = errors;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let Checked { resource, bytes } = checked;
    let stored_key = match (&resource.content, bytes) {
        (NewContent::Document { key, .. }, Some(bytes)) => {
            let key = FileKey::parse(key).map_err(|e| AppError::Internal(e.into()))?;
            let files = state.files.clone();
            let put_key = key.clone();
            web::block(move || files.put(&put_key, &bytes))
                .await
                .map_err(|e| AppError::Internal(e.into()))?
                .map_err(|e| AppError::Internal(e.into()))?;
            Some(key)
        }
        _ => None,
    };
    let inserted = state
        .db
        .write(move |conn| resources::insert(conn, &resource, now))
        .await;
    let id = match inserted {
        Ok(id) => id,
        Err(e) => {
            if let Some(key) = stored_key {
                let files = state.files.clone();
                let _ = web::block(move || files.delete(&key)).await;
            }
            return Err(e.into());
        }
    };
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/resources/{id}")))
        .finish())
}

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
