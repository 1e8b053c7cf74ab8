//! The public project list (filters in the URL) and one project's page.

use actix_web::web;
use serde::Deserialize;

use crate::domain::ids::ProjectId;
use crate::web::extract::{optional_code, optional_query};
use std::sync::Arc;

use crate::db::cache::current_version;
use crate::db::queries::projects::{self};
use crate::domain::search::{PAGE_SIZE, Page, ProjectFilter};
use crate::domain::{CountryCode, NeedKind, ProjectStage, Theme};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::read::project::{page, public_project};
use crate::web::views::Ctx;
use askama::Template;

use crate::db::cache::ListFragments;
use crate::web::views::pages::{
    ProjectCards, ProjectFilterForm, ProjectFilters, ProjectPage, ProjectsPage,
};
use crate::web::views::parts::Pager;

/// Query parameters of `/projects` and `/api/v1/projects`, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct ProjectQuery {
    q: Option<String>,
    stage: Option<String>,
    theme: Option<String>,
    country: Option<String>,
    need: Option<String>,
    page: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

impl ProjectQuery {
    /// Parses every parameter; the first bad one is reported.
    pub fn parse(&self) -> Result<(ProjectFilter, Page), AppError> {
        let filter = ProjectFilter {
            q: optional_query(&self.q)?,
            stage: optional_code::<ProjectStage>("stage", &self.stage)?,
            theme: optional_code::<Theme>("theme", &self.theme)?,
            country: optional_code::<CountryCode>("country", &self.country)?,
            need: optional_code::<NeedKind>("need", &self.need)?,
        };
        let page = Page::parse(self.page.as_deref())
            .map_err(|_| AppError::bad("page", self.page.clone().unwrap_or_default()))?;
        Ok((filter, page))
    }
}

/// `GET /projects`
pub async fn list(
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<ProjectQuery>,
) -> Result<ProjectsPage, AppError> {
    let (filter, page) = query.parse()?;
    let filter_key = filter.clone();
    let form = ProjectFilterForm {
        q: filter.q.clone().unwrap_or_default(),
        stage: filter
            .stage
            .map(|s| s.code().to_owned())
            .unwrap_or_default(),
        theme: filter
            .theme
            .map(|t| t.code().to_owned())
            .unwrap_or_default(),
        country: filter.country.map(|c| c.to_string()).unwrap_or_default(),
        need: filter.need.map(|n| n.code().to_owned()).unwrap_or_default(),
    };
    let shared = state.clone();
    let (version, result, countries) = state
        .db
        .read(move |conn| {
            let version = current_version(conn)?;
            let caches = &shared.caches;
            Ok((
                version,
                caches
                    .project_lists
                    .get_or_load(conn, version, &(filter.clone(), page), |c| {
                        projects::list_public(c, &filter, page).map(Arc::new)
                    })?,
                caches
                    .project_countries
                    .get_or_load(conn, version, &(), |c| {
                        projects::public_countries(c).map(Arc::new)
                    })?,
            ))
        })
        .await?;
    let pages = Page::count(result.total, PAGE_SIZE);
    let pager = Pager::new(
        "/projects",
        &[
            ("q", &form.q),
            ("stage", &form.stage),
            ("theme", &form.theme),
            ("country", &form.country),
            ("need", &form.need),
        ],
        page.number(),
        pages,
    );
    let key = (filter_key, page, ctx.lang);
    let fragments = state
        .caches
        .project_list_html
        .get_or_make(version, &key, || {
            let chosen = (!form.country.is_empty()).then_some(form.country.as_str());
            let filters = ProjectFilters {
                countries: crate::i18n::some_country_options(ctx.lang, &countries, chosen),
                ctx: ctx.clone(),
                form: form.clone(),
                stages: ProjectStage::ALL,
                themes: Theme::ALL,
                needs: NeedKind::ALL,
            }
            .render()?;
            let cards = ProjectCards {
                ctx: ctx.clone(),
                result: result.clone(),
            }
            .render()?;
            Ok::<_, askama::Error>(Arc::new(ListFragments { filters, cards }))
        })?;
    Ok(ProjectsPage {
        ctx,
        result,
        fragments,
        pager,
    })
}

/// `GET /projects/{id}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<DoneQuery>,
) -> Result<ProjectPage, AppError> {
    let id = path.into_inner().get();
    let viewer = ctx.person.clone();
    let p = match public_project(&state, id).await {
        // Drafts: their owners and facilitators only (everyone else: not found).
        Err(AppError::NotFound) => {
            crate::web::read::project::private_project(&state, viewer.as_ref(), id).await?
        }
        other => other?,
    };
    let mut page = page(ctx, &state, p).await?;
    // What the viewer just did (a redirect after a form), and what comes next.
    let done = match query.done.as_deref() {
        Some("submitted") => Some("done-submitted"),
        Some("withdrawn") => Some("done-withdrawn"),
        Some("interest") => Some("done-interest"),
        _ => None,
    };
    page.notice = done.map(|k| page.ctx.t(k).to_owned());
    Ok(page)
}

/// `?done=` on a project page.
#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}
