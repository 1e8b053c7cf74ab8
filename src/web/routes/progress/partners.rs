//! A project's partners as its managers change them: adding an organisation in a role
//! other than owner, ending a partnership.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::manage::{back, page};
use crate::domain::PartnerRole;
use crate::domain::ids::ProjectId;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::read::project::managed;
use crate::web::respond::html as render;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::progress::ManageForm;

/// The "add a partner" form.
#[derive(Debug, Deserialize)]
pub struct PartnerForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    role: String,
}

/// `POST /projects/{id}/partners`: adds a partner in a role other than owner.
pub async fn add_partner(
    form: CsrfForm<PartnerForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let project = managed(&state, &person, id).await?;
    let f = form.0;
    let mut errors = FormErrors::default();
    let org = f.organisation.trim().parse::<i32>().ok().filter(|o| *o > 0);
    let org = match org {
        Some(o) => state
            .db
            .read(move |conn| crate::db::queries::organisations::name_of(conn, o))
            .await?
            .map(|_| o),
        None => None,
    };
    if org.is_none() {
        errors.add(
            "organisation",
            ctx.t("progress-error-organisation").to_owned(),
        );
    }
    let role = f
        .role
        .parse::<PartnerRole>()
        .ok()
        .filter(|r| *r != PartnerRole::Owner);
    if role.is_none() {
        errors.add("role", ctx.t("progress-error-role").to_owned());
    }
    let (Some(org), Some(role)) = (org, role) else {
        let form = ManageForm {
            q: crate::domain::text::clean_line(&f.q)
                .chars()
                .take(200)
                .collect(),
            organisation: f.organisation,
            role: f.role,
            ..ManageForm::default()
        };
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let actor = person.id;
    let added = state
        .db
        .write(move |conn| crate::app::partners::add(conn, id, org, role, Some(actor), now))
        .await?;
    if !added {
        let form = ManageForm {
            q: crate::domain::text::clean_line(&f.q)
                .chars()
                .take(200)
                .collect(),
            organisation: f.organisation,
            role: f.role,
            ..ManageForm::default()
        };
        let mut errors = FormErrors::default();
        errors.add(
            "organisation",
            ctx.t("progress-error-already-partner").to_owned(),
        );
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    }
    Ok(back(id, "partner-added"))
}

/// The "remove" button of a partner.
#[derive(Debug, Deserialize)]
pub struct RemovePartnerForm {
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    role: String,
}

/// `POST /projects/{id}/partners/remove`: ends a partnership (owners stay: co-ownership
/// is decided with the proposal).
pub async fn remove_partner(
    form: CsrfForm<RemovePartnerForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    managed(&state, &person, id).await?;
    let f = form.0;
    let org = f
        .organisation
        .trim()
        .parse::<i32>()
        .map_err(|_| AppError::bad("organisation", f.organisation.clone()))?;
    let role = f
        .role
        .parse::<PartnerRole>()
        .ok()
        .filter(|r| *r != PartnerRole::Owner)
        .ok_or_else(|| AppError::bad("role", f.role.clone()))?;
    let actor = person.id;
    let removed = state
        .db
        .write(move |conn| crate::app::partners::remove(conn, id, org, role, Some(actor), now))
        .await?;
    if removed {
        Ok(back(id, "partner-removed"))
    } else {
        Err(AppError::NotFound)
    }
}
