//! Organisations: the list with its search, creating, editing and merging duplicates.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::admin::{self, Merge, OrganisationValues, Saved};
use crate::db::queries::organisations::{self, ORG_PAGE_SIZE};
use crate::domain::ids::OrganisationId;
use crate::domain::organisation::{OrganisationCode, parse_acronym, parse_website};
use crate::domain::policy::Action;
use crate::domain::search::{OrganisationFilter, Page};
use crate::domain::text::{LongText, OrganisationName};
use crate::domain::{CountryCode, Language, OrganisationKind, Region};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::extract::permitted as administrator;
use crate::web::extract::{optional_code, optional_query};
use crate::web::respond::{html as render, ok, see_other};
use crate::web::views::Ctx;
use crate::web::views::admin::{
    AdminOrganisationsPage, MergePage, OrganisationForm, OrganisationFormPage,
    OrganisationsFilterForm,
};
use crate::web::views::parts::{FormErrors, Pager};

/// Query parameters of `/admin/organisations`.
#[derive(Debug, Default, Deserialize)]
pub struct OrganisationsQuery {
    q: Option<String>,
    kind: Option<String>,
    page: Option<String>,
    done: Option<String>,
}

/// `GET /admin/organisations`
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<OrganisationsQuery>,
) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ManageOrganisations)?;
    let filter = OrganisationFilter {
        q: optional_query(&query.q)?,
        kind: optional_code::<OrganisationKind>("kind", &query.kind)?,
        country: None,
    };
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let form = OrganisationsFilterForm {
        q: filter.q.clone().unwrap_or_default(),
        kind: filter.kind.map(|k| k.code().to_owned()).unwrap_or_default(),
    };
    let result = state
        .db
        .read(move |conn| organisations::list(conn, &filter, page))
        .await?;
    let pager = Pager::new(
        "/admin/organisations",
        &[("q", &form.q), ("kind", &form.kind)],
        page.number(),
        Page::count(result.total, ORG_PAGE_SIZE),
    );
    let notice = done_notice(&ctx, query.done.as_deref());
    ok(&AdminOrganisationsPage {
        ctx,
        form,
        items: result.items,
        total: result.total,
        pager,
        kinds: OrganisationKind::ALL,
        notice,
    })
}

/// The confirmation shown after a change (`?done=`).
fn done_notice(ctx: &Ctx, done: Option<&str>) -> Option<&'static str> {
    let key = match done? {
        "created" => "admin-organisation-done-created",
        "saved" => "admin-organisation-done-saved",
        "merged" => "admin-organisation-done-merged",
        "unchanged" => "admin-done-unchanged",
        _ => return None,
    };
    Some(ctx.t(key))
}

fn form_page(
    ctx: Ctx,
    id: Option<i32>,
    stored_name: String,
    form: OrganisationForm,
) -> OrganisationFormPage {
    OrganisationFormPage {
        countries: crate::i18n::country_options(ctx.lang),
        ctx,
        id,
        stored_name,
        form,
        errors: FormErrors::default(),
        notice: None,
        kinds: OrganisationKind::ALL,
        regions: Region::ALL,
    }
}

/// Checks every field; on refusal, the problems of all of them (the code's uniqueness is
/// checked when saving).
fn validate(ctx: &Ctx, f: &OrganisationForm) -> Result<OrganisationValues, FormErrors> {
    let mut errors = FormErrors::default();
    let mut fail = |field: &'static str, key: &str| errors.add(field, ctx.t(key).to_owned());
    let kind = f.kind.trim().parse::<OrganisationKind>();
    let code = OrganisationCode::parse(&f.code);
    let name = OrganisationName::parse(&f.name);
    let acronym = parse_acronym(&f.acronym);
    let country = match f.country.trim() {
        "" => Ok(None),
        c => CountryCode::parse(c).map(Some),
    };
    let region = match f.region.trim() {
        "" => Ok(None),
        r => r.parse::<Region>().map(Some),
    };
    let description = LongText::parse(&f.description);
    let website = parse_website(&f.website);
    let lang = f.lang.trim().parse::<Language>();
    let government = kind == Ok(OrganisationKind::Government);
    match &code {
        Err(_) => fail("code", "admin-org-error-code"),
        Ok(c) if c.country().is_some() && kind.is_ok() && !government => {
            fail("code", "admin-org-error-code-country")
        }
        Ok(_) => {}
    }
    if name.is_err() {
        fail("name", "admin-org-error-name");
    }
    if acronym.is_err() {
        fail("acronym", "admin-org-error-acronym");
    }
    if kind.is_err() {
        fail("kind", "admin-org-error-kind");
    }
    match (&country, &code) {
        (Err(_), _) => fail("country", "admin-org-error-country"),
        (Ok(None), _) if government => fail("country", "admin-org-error-country-government"),
        (Ok(Some(c)), Ok(code)) if code.country().is_some_and(|cc| cc != *c) => {
            fail("country", "admin-org-error-country-code")
        }
        _ => {}
    }
    if region.is_err() {
        fail("region", "admin-org-error-region");
    }
    if description.is_err() {
        fail("description", "admin-org-error-description");
    }
    if website.is_err() {
        fail("website", "admin-org-error-website");
    }
    if lang.is_err() {
        fail("lang", "admin-org-error-lang");
    }
    match (
        code,
        name,
        acronym,
        kind,
        country,
        region,
        description,
        website,
        lang,
    ) {
        (
            Ok(code),
            Ok(name),
            Ok(acronym),
            Ok(kind),
            Ok(country),
            Ok(region),
            Ok(description),
            Ok(website),
            Ok(lang),
        ) if errors.is_empty() => Ok(OrganisationValues {
            code,
            name: name.into_inner(),
            acronym,
            kind,
            country,
            region,
            description: description.into_inner(),
            website,
            lang,
        }),
        _ => Err(errors),
    }
}

/// The form as typed, bounded (a refused form shows back what was typed).
fn kept(f: OrganisationForm) -> OrganisationForm {
    let cut = |s: String, n: usize| s.chars().take(n).collect::<String>();
    OrganisationForm {
        code: cut(f.code, 100),
        name: cut(f.name, 400),
        acronym: cut(f.acronym, 100),
        kind: cut(f.kind, 50),
        country: cut(f.country, 10),
        region: cut(f.region, 50),
        description: cut(f.description, LongText::MAX + 100),
        website: cut(f.website, 400),
        lang: cut(f.lang, 10),
    }
}

/// `GET /admin/organisations/new`
pub async fn new_form(req: HttpRequest, ctx: Ctx) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ManageOrganisations)?;
    let form = OrganisationForm {
        lang: ctx.lang.code().to_owned(),
        ..OrganisationForm::default()
    };
    ok(&form_page(ctx, None, String::new(), form))
}

/// `POST /admin/organisations/new`
pub async fn create(
    form: CsrfForm<OrganisationForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = administrator(&req, Action::ManageOrganisations)?;
    let form = kept(form.0);
    let values = match validate(&ctx, &form) {
        Ok(v) => v,
        Err(errors) => {
            let mut page = form_page(ctx, None, String::new(), form);
            page.errors = errors;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let actor = me.id;
    let saved = state
        .db
        .write(move |conn| admin::create_organisation(conn, actor, &values, now))
        .await?;
    match saved {
        Saved::Done(id) | Saved::Unchanged(id) => Ok(see_other(format!(
            "/admin/organisations/{id}/edit?done=created"
        ))),
        Saved::NotFound => Err(AppError::NotFound),
        Saved::CodeTaken => {
            let mut page = form_page(ctx, None, String::new(), form);
            page.errors
                .add("code", page.ctx.t("admin-org-error-code-taken").to_owned());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// Query parameters of the edit page.
#[derive(Debug, Default, Deserialize)]
pub struct EditQuery {
    done: Option<String>,
}

/// `GET /admin/organisations/{id}/edit`
pub async fn edit_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
    query: web::Query<EditQuery>,
) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ManageOrganisations)?;
    let id = path.into_inner().get();
    let o = state
        .db
        .read(move |conn| admin::organisation(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = done_notice(&ctx, query.done.as_deref());
    let mut page = form_page(ctx, Some(id), o.name.clone(), OrganisationForm::of(&o));
    page.notice = notice;
    ok(&page)
}

/// `POST /admin/organisations/{id}/edit`
pub async fn update(
    form: CsrfForm<OrganisationForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = administrator(&req, Action::ManageOrganisations)?;
    let id = path.into_inner().get();
    let stored = state
        .db
        .read(move |conn| admin::organisation(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let form = kept(form.0);
    let values = match validate(&ctx, &form) {
        Ok(v) => v,
        Err(errors) => {
            let mut page = form_page(ctx, Some(id), stored.name, form);
            page.errors = errors;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let actor = me.id;
    let saved = state
        .db
        .write(move |conn| admin::update_organisation(conn, actor, id, &values, now))
        .await?;
    match saved {
        Saved::Done(_) => Ok(see_other(format!(
            "/admin/organisations/{id}/edit?done=saved"
        ))),
        Saved::Unchanged(_) => Ok(see_other(format!(
            "/admin/organisations/{id}/edit?done=unchanged"
        ))),
        Saved::NotFound => Err(AppError::NotFound),
        Saved::CodeTaken => {
            let mut page = form_page(ctx, Some(id), stored.name, form);
            page.errors
                .add("code", page.ctx.t("admin-org-error-code-taken").to_owned());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// Query parameters of the merge page.
#[derive(Debug, Default, Deserialize)]
pub struct MergeQuery {
    keep: Option<String>,
}

async fn merge_page(
    state: &web::Data<AppState>,
    ctx: Ctx,
    id: i32,
    keep: String,
) -> Result<MergePage, AppError> {
    let (duplicate, counts, choices) = state
        .db
        .read(move |conn| {
            Ok((
                admin::organisation(conn, id)?,
                admin::dependants(conn, id)?,
                admin::organisation_choices(conn)?,
            ))
        })
        .await?;
    let duplicate = duplicate.ok_or(AppError::NotFound)?;
    Ok(MergePage {
        ctx,
        duplicate,
        counts,
        keep,
        choices: choices.into_iter().filter(|c| c.id != id).collect(),
        errors: FormErrors::default(),
    })
}

/// `GET /admin/organisations/{id}/merge`: merge this duplicate into another organisation.
pub async fn merge_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
    query: web::Query<MergeQuery>,
) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ManageOrganisations)?;
    let id = path.into_inner().get();
    let keep = query
        .keep
        .as_deref()
        .map(|k| k.trim().chars().take(20).collect())
        .unwrap_or_default();
    ok(&merge_page(&state, ctx, id, keep).await?)
}

/// The merge form.
#[derive(Debug, Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    keep: String,
}

/// `POST /admin/organisations/{id}/merge`: in one transaction, moves the duplicate's
/// partnerships, engagements and people to the organisation kept, then deletes it.
pub async fn merge(
    form: CsrfForm<MergeForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = administrator(&req, Action::ManageOrganisations)?;
    let id = path.into_inner().get();
    let typed: String = form.0.keep.trim().chars().take(20).collect();
    let refuse = |key: &'static str| {
        let state = state.clone();
        let ctx = ctx.clone();
        let typed = typed.clone();
        async move {
            let mut page = merge_page(&state, ctx, id, typed).await?;
            page.errors.add("keep", page.ctx.t(key).to_owned());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    };
    let Some(keep) = typed.parse::<i32>().ok().filter(|k| *k > 0) else {
        return refuse("admin-merge-error-keep").await;
    };
    let actor = me.id;
    let outcome = state
        .db
        .write(move |conn| admin::merge_organisations(conn, actor, id, keep, now))
        .await?;
    match outcome {
        Merge::Done(_) => Ok(see_other(format!(
            "/admin/organisations/{keep}/edit?done=merged"
        ))),
        Merge::NotFound => Err(AppError::NotFound),
        Merge::KeepNotFound => refuse("admin-merge-error-keep").await,
        Merge::Same => refuse("admin-merge-error-same").await,
        Merge::DelegatesNeedGovernment => refuse("admin-merge-error-delegates").await,
    }
}
