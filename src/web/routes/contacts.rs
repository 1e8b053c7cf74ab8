//! An organisation's contact points (issue 13, point 1): the page that lists them with
//! the add form, adding and removing one. Kept by facilitators and administrators for any
//! organisation and by its own members and delegates (`domain::policy::keeps_contacts`);
//! the facilitator's candidate cards post their inline form here and come back.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::contacts::{self as uc, ContactRefusal};
use crate::db::queries::{contacts, organisations};
use crate::domain::Actor;
use crate::domain::contact::ContactForm;
use crate::domain::ids::{ContactId, OrganisationId};
use crate::domain::policy;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EmptyForm, actor};
use crate::web::respond::{html, see_other};
use crate::web::views::Ctx;
use crate::web::views::contacts::ContactsPage;
use crate::web::views::parts::FormErrors;

/// `?done=` after a change.
#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

async fn page(ctx: Ctx, state: &AppState, who: &Actor, id: i32) -> Result<ContactsPage, AppError> {
    let (name, list) = state
        .db
        .read(move |c| {
            Ok((
                organisations::name_of(c, id)?,
                contacts::of_organisations(c, &[id])?,
            ))
        })
        .await?;
    let organisation = name.ok_or(AppError::NotFound)?;
    if !policy::keeps_contacts(who.role, who.organisation_id, id) {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    Ok(ContactsPage {
        ctx,
        organisation_id: id,
        organisation,
        contacts: list,
        form: ContactForm::default(),
        back: String::new(),
        errors: FormErrors::default(),
        notice: None,
    })
}

/// `GET /organisations/{id}/contacts`
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let who = actor(&req)?;
    let mut p = page(ctx, &state, &who, path.into_inner().get()).await?;
    p.notice = match query.done.as_deref() {
        Some("added") => Some(p.ctx.t("contacts-added").to_owned()),
        Some("removed") => Some(p.ctx.t("contacts-removed").to_owned()),
        _ => None,
    };
    html(StatusCode::OK, &p)
}

/// The add form as sent (the contact's fields, and where to go back).
#[derive(Debug, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    shown: String,
    #[serde(default)]
    back: String,
}

/// Only the facilitator's candidate list of a project is a place to come back to.
fn back_to(raw: &str) -> Option<&str> {
    let id = raw.strip_prefix("/facilitator/projects/")?;
    (!id.is_empty() && id.len() < 10 && id.bytes().all(|b| b.is_ascii_digit())).then_some(raw)
}

/// `POST /organisations/{id}/contacts`
pub async fn add(
    form: CsrfForm<AddForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
) -> Result<HttpResponse, AppError> {
    let who = actor(&req)?;
    let id = path.into_inner().get();
    let f = form.0;
    let typed = ContactForm {
        kind: f.kind.chars().take(20).collect(),
        name: f.name.chars().take(200).collect(),
        title: f.title.chars().take(200).collect(),
        email: f.email.chars().take(300).collect(),
        lang: f.lang.chars().take(10).collect(),
        shown: f.shown.chars().take(20).collect(),
    };
    let back = back_to(&f.back).map(str::to_owned);
    let refuse = |p: &mut ContactsPage, fields: Vec<(&'static str, &'static str)>| {
        for (field, key) in fields {
            let message = p.ctx.t(key).to_owned();
            p.errors.add(field, message);
        }
    };
    let input = match typed.parse() {
        Ok(input) => input,
        Err(fields) => {
            let mut p = page(ctx, &state, &who, id).await?;
            refuse(&mut p, fields);
            p.form = typed;
            p.back = back.unwrap_or_default();
            return html(StatusCode::UNPROCESSABLE_ENTITY, &p);
        }
    };
    let now = state.now();
    let w = who.clone();
    let result = state
        .db
        .write(move |c| uc::add(c, &w, id, &input, now))
        .await?;
    match result {
        Ok(_) => Ok(see_other(match back {
            Some(b) => format!("{b}?done=contact#candidate-{id}"),
            None => format!("/organisations/{id}/contacts?done=added"),
        })),
        Err(ContactRefusal::NotFound) => Err(AppError::NotFound),
        Err(ContactRefusal::NotAllowed) => Err(AppError::Forbidden("error-forbidden")),
        Err(ContactRefusal::Duplicate) => {
            let mut p = page(ctx, &state, &who, id).await?;
            refuse(&mut p, vec![("email", "contacts-error-duplicate")]);
            p.form = typed;
            p.back = back.unwrap_or_default();
            html(StatusCode::UNPROCESSABLE_ENTITY, &p)
        }
    }
}

/// `POST /organisations/{id}/contacts/{contact}/remove`
pub async fn remove(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(OrganisationId, ContactId)>,
) -> Result<HttpResponse, AppError> {
    let who = actor(&req)?;
    let (id, contact) = path.into_inner();
    let (id, contact) = (id.get(), contact.get());
    let now = state.now();
    let result = state
        .db
        .write(move |c| uc::remove(c, &who, id, contact, now))
        .await?;
    match result {
        Ok(()) => Ok(see_other(format!(
            "/organisations/{id}/contacts?done=removed"
        ))),
        Err(ContactRefusal::NotFound | ContactRefusal::Duplicate) => Err(AppError::NotFound),
        Err(ContactRefusal::NotAllowed) => Err(AppError::Forbidden("error-forbidden")),
    }
}
