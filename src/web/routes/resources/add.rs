//! Adding a resource: the forms (to the library, by facilitators; to a project, by its
//! managers), checking every field, storing the document and inserting the row.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use super::upload::{FormReader, Received, Upload};
use crate::db::queries::partners;
use crate::db::queries::resources::{self, NewContent, NewResource, ResourceProject};
use crate::domain::ids::ProjectId;
use crate::domain::policy::{self, Action};
use crate::domain::resource::{self as rules};
use crate::domain::text::{ProjectTitle, ShortText};
use crate::domain::{CountryCode, Language, PublicationState, ResourceKind};
use crate::storage::FileKey;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{Person, person_or_sign_in};
use crate::web::respond::html as render;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::resources::{ResourceFormPage, ResourceValues};

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
