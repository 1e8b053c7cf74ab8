//! The library, `/resources`: public resources searched by text, kind and country, a
//! page at a time.

use std::sync::Arc;

use actix_web::web;
use serde::Deserialize;

use crate::db::cache::current_version;
use crate::db::queries::resources::{self, RESOURCE_PAGE_SIZE};
use crate::domain::resource::ResourceFilter;
use crate::domain::search::Page;
use crate::domain::{CountryCode, ResourceKind};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{optional_code, optional_query};
use crate::web::views::Ctx;
use crate::web::views::parts::Pager;
use crate::web::views::resources::{LibraryFilterForm, LibraryPage};

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
