//! People: the list with its filters, one person, role changes, deactivation.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::admin::{
    self, Activation, OrganisationChoice, PEOPLE_PAGE_SIZE, PeopleFilter, RoleChange,
};
use crate::domain::ids::PersonId;
use crate::domain::organisation::{Affiliation, affiliation};
use crate::domain::policy::Action;
use crate::domain::search::Page;
use crate::domain::{Language, Role};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::extract::EmptyForm;
use crate::web::extract::permitted as administrator;
use crate::web::extract::{optional_code, optional_query};
use crate::web::respond::{html as render, ok, see_other};
use crate::web::views::Ctx;
use crate::web::views::admin::{ASSIGNABLE_ROLES, PeopleFilterForm, PeoplePage, PersonPage};
use crate::web::views::parts::{FormErrors, Pager};

/// Query parameters of `/admin/people`.
#[derive(Debug, Default, Deserialize)]
pub struct PeopleQuery {
    q: Option<String>,
    role: Option<String>,
    active: Option<String>,
    page: Option<String>,
}

/// `GET /admin/people`
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<PeopleQuery>,
) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ManagePeople)?;
    let active = match query.active.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("yes") => Some(true),
        Some("no") => Some(false),
        Some(other) => return Err(AppError::bad("active", other)),
    };
    let filter = PeopleFilter {
        q: optional_query(&query.q)?,
        role: optional_code::<Role>("role", &query.role)?,
        active,
    };
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let form = PeopleFilterForm {
        q: filter.q.clone().unwrap_or_default(),
        role: filter.role.map(|r| r.code().to_owned()).unwrap_or_default(),
        active: match active {
            Some(true) => "yes".to_owned(),
            Some(false) => "no".to_owned(),
            None => String::new(),
        },
    };
    let (items, total) = state
        .db
        .read(move |conn| admin::list_people(conn, &filter, page))
        .await?;
    let pager = Pager::new(
        "/admin/people",
        &[
            ("q", &form.q),
            ("role", &form.role),
            ("active", &form.active),
        ],
        page.number(),
        Page::count(total, PEOPLE_PAGE_SIZE),
    );
    ok(&PeoplePage {
        ctx,
        form,
        items,
        total,
        pager,
        roles: &ASSIGNABLE_ROLES,
    })
}

/// Query parameters of `/admin/people/{id}`.
#[derive(Debug, Default, Deserialize)]
pub struct PersonQuery {
    done: Option<String>,
}

/// The confirmation shown after a change (`?done=`).
fn done_notice(ctx: &Ctx, done: Option<&str>) -> Option<&'static str> {
    let key = match done? {
        "role" => "admin-person-done-role",
        "deactivated" => "admin-person-done-deactivated",
        "reactivated" => "admin-person-done-reactivated",
        "unchanged" => "admin-done-unchanged",
        _ => return None,
    };
    Some(ctx.t(key))
}

/// Loads what the person page shows; `None` if there is no such person.
async fn person_page(
    state: &web::Data<AppState>,
    ctx: Ctx,
    id: i32,
    me: i32,
) -> Result<PersonPage, AppError> {
    let (person, choices) = state
        .db
        .read(move |conn| {
            Ok((
                admin::person_summary(conn, id)?,
                admin::organisation_choices(conn)?,
            ))
        })
        .await?;
    let person = person.ok_or(AppError::NotFound)?;
    let (governments, others): (Vec<OrganisationChoice>, Vec<OrganisationChoice>) = choices
        .into_iter()
        .partition(OrganisationChoice::is_government);
    let language = person
        .lang
        .parse::<Language>()
        .map(Language::autonym)
        .unwrap_or_default();
    Ok(PersonPage {
        ctx,
        created_on: person.created_at.date(),
        role: person.role.clone(),
        organisation: person
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
        is_self: person.id == me,
        language,
        person,
        governments,
        others,
        roles: &ASSIGNABLE_ROLES,
        errors: FormErrors::default(),
        notice: None,
    })
}

/// `GET /admin/people/{id}`
pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<PersonId>,
    query: web::Query<PersonQuery>,
) -> Result<HttpResponse, AppError> {
    let me = administrator(&req, Action::ManagePeople)?;
    let id = path.into_inner().get();
    let notice = done_notice(&ctx, query.done.as_deref());
    let mut page = person_page(&state, ctx, id, me.id).await?;
    page.notice = notice;
    ok(&page)
}

/// The role form.
#[derive(Debug, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
}

/// `POST /admin/people/{id}/role`: a new role, and the organisation the role needs (a
/// government for a delegate, any organisation for a member, none for the others).
pub async fn change_role(
    form: CsrfForm<RoleForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<PersonId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = administrator(&req, Action::ManagePeople)?;
    let id = path.into_inner().get();
    let form = form.0;
    let mut page = person_page(&state, ctx, id, me.id).await?;
    page.role = form.role.chars().take(50).collect();
    page.organisation = form.organisation.chars().take(20).collect();
    let role = form
        .role
        .trim()
        .parse::<Role>()
        .ok()
        .filter(|r| *r != Role::Visitor);
    let chosen = form.organisation.trim().parse::<i32>().ok().and_then(|o| {
        page.governments
            .iter()
            .chain(&page.others)
            .find(|c| c.id == o)
            .cloned()
    });
    let mut errors = FormErrors::default();
    if id == me.id {
        errors.add(
            "role",
            page.ctx.t("admin-person-error-self-role").to_owned(),
        );
    }
    let organisation = match role.map(affiliation) {
        None => {
            errors.add("role", page.ctx.t("admin-person-error-role").to_owned());
            None
        }
        Some(Affiliation::None) => None,
        Some(Affiliation::Government) => match &chosen {
            Some(c) if c.is_government() => Some(c.id),
            Some(_) => {
                errors.add(
                    "organisation",
                    page.ctx.t("admin-person-error-not-government").to_owned(),
                );
                None
            }
            None => {
                errors.add(
                    "organisation",
                    page.ctx.t("admin-person-error-government").to_owned(),
                );
                None
            }
        },
        Some(Affiliation::Any) => match &chosen {
            Some(c) => Some(c.id),
            None => {
                errors.add(
                    "organisation",
                    page.ctx.t("admin-person-error-organisation").to_owned(),
                );
                None
            }
        },
    };
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        page.errors = errors;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let actor = me.id;
    let outcome = state
        .db
        .write(move |conn| admin::change_role(conn, actor, id, role, organisation, now))
        .await?;
    let refusal = match outcome {
        RoleChange::Done => return Ok(see_other(format!("/admin/people/{id}?done=role"))),
        RoleChange::Unchanged => {
            return Ok(see_other(format!("/admin/people/{id}?done=unchanged")));
        }
        RoleChange::NotFound => return Err(AppError::NotFound),
        RoleChange::OrganisationGone => ("organisation", "admin-person-error-organisation"),
        RoleChange::NotAGovernment => ("organisation", "admin-person-error-not-government"),
        RoleChange::LastAdministrator => ("role", "admin-person-error-last-administrator"),
    };
    page.errors.add(refusal.0, page.ctx.t(refusal.1).to_owned());
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// `POST /admin/people/{id}/deactivate`: they can no longer sign in, and every session of
/// theirs ends now.
pub async fn deactivate(
    form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<PersonId>,
) -> Result<HttpResponse, AppError> {
    set_active(form, req, ctx, state, path, false).await
}

/// `POST /admin/people/{id}/reactivate`
pub async fn reactivate(
    form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<PersonId>,
) -> Result<HttpResponse, AppError> {
    set_active(form, req, ctx, state, path, true).await
}

async fn set_active(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<PersonId>,
    active: bool,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = administrator(&req, Action::ManagePeople)?;
    let id = path.into_inner().get();
    let actor = me.id;
    let outcome = state
        .db
        .write(move |conn| admin::set_active(conn, actor, id, active, now))
        .await?;
    let key = match outcome {
        Activation::Done => {
            let done = if active { "reactivated" } else { "deactivated" };
            return Ok(see_other(format!("/admin/people/{id}?done={done}")));
        }
        Activation::Unchanged => {
            return Ok(see_other(format!("/admin/people/{id}?done=unchanged")));
        }
        Activation::NotFound => return Err(AppError::NotFound),
        Activation::Yourself => "admin-person-error-self-deactivate",
        Activation::LastAdministrator => "admin-person-error-last-administrator",
    };
    let mut page = person_page(&state, ctx, id, me.id).await?;
    page.errors.add("deactivate", page.ctx.t(key).to_owned());
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}
