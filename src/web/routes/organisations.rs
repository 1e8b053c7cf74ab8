//! The directory of organisations and one organisation's page.

use actix_web::web;
use serde::Deserialize;

use crate::db::queries::following::Target;
use crate::db::queries::organisations::{self, ORG_PAGE_SIZE};
use crate::domain::ids::OrganisationId;
use crate::domain::search::{OrganisationFilter, Page};
use crate::domain::{CountryCode, OrganisationKind};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{optional_code, optional_query};
use crate::web::views::Ctx;
use crate::web::views::pages::{OrganisationFilterForm, OrganisationPage, OrganisationsPage};
use crate::web::views::parts::Pager;

/// Query parameters of `/organisations`.
#[derive(Debug, Default, Deserialize)]
pub struct OrganisationQuery {
    q: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    page: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// `GET /organisations`
pub async fn list(
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<OrganisationQuery>,
) -> Result<OrganisationsPage, AppError> {
    let filter = OrganisationFilter {
        q: optional_query(&query.q)?,
        kind: optional_code::<OrganisationKind>("kind", &query.kind)?,
        country: optional_code::<CountryCode>("country", &query.country)?,
    };
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let form = OrganisationFilterForm {
        q: filter.q.clone().unwrap_or_default(),
        kind: filter.kind.map(|k| k.code().to_owned()).unwrap_or_default(),
        country: filter.country.map(|c| c.to_string()).unwrap_or_default(),
    };
    let result = state
        .db
        .read(move |conn| organisations::list(conn, &filter, page))
        .await?;
    let pager = Pager::new(
        "/organisations",
        &[
            ("q", &form.q),
            ("kind", &form.kind),
            ("country", &form.country),
        ],
        page.number(),
        Page::count(result.total, ORG_PAGE_SIZE),
    );
    Ok(OrganisationsPage {
        countries: crate::i18n::country_options(ctx.lang),
        ctx,
        form,
        items: result.items,
        total: result.total,
        pager,
        kinds: OrganisationKind::ALL,
    })
}

/// `GET /organisations/{id}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<OrganisationId>,
) -> Result<OrganisationPage, AppError> {
    let id = path.into_inner().get();
    let o = state
        .db
        .read(move |conn| organisations::detail(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let follow =
        crate::web::read::project::follow_button(&state, &ctx, Target::Organisation(id)).await?;
    let (profile, contacts, points) = state
        .db
        .read(move |conn| {
            Ok((
                crate::db::queries::profiles::load(conn, id)?,
                crate::db::queries::profiles::contacts(conn, id)?,
                crate::db::queries::contacts::of_organisations(conn, &[id])?,
            ))
        })
        .await?;
    // Only as far as each contact agreed: never the address unless it did.
    let contact_points = points
        .into_iter()
        .filter(|c| c.shown != crate::domain::ContactShown::Nothing)
        .collect();
    let keeps_contacts = ctx
        .person
        .as_ref()
        .is_some_and(|p| crate::domain::policy::keeps_contacts(p.role, p.organisation_id, id));
    let editable = ctx.can(crate::domain::policy::Action::EditOwnOrganisation)
        && ctx.person.as_ref().and_then(|p| p.organisation_id) == Some(id);
    let pv = crate::web::views::matching::ProfileView {
        profile,
        contacts: contacts.into_iter().map(|(name, _)| name).collect(),
        editable,
    };
    Ok(OrganisationPage {
        ctx,
        o,
        follow,
        pv,
        contact_points,
        keeps_contacts,
    })
}
