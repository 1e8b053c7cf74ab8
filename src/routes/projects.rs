//! The public project list (filters in the URL) and one project's page.

use actix_web::web;
use serde::Deserialize;

use super::{optional_code, optional_query, parse_id};
use crate::db::queries::projects;
use crate::domain::search::{PAGE_SIZE, Page, ProjectFilter};
use crate::domain::{CountryCode, NeedKind, PartnerRole, ProjectStage, Theme};
use crate::error::AppError;
use crate::startup::AppState;
use crate::views::Ctx;
use crate::views::pages::{Pager, ProjectFilterForm, ProjectPage, ProjectsPage};

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
    let result = state
        .db
        .read(move |conn| projects::list_public(conn, &filter, page))
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
    Ok(ProjectsPage {
        countries: crate::i18n::country_options(ctx.lang),
        ctx,
        form,
        items: result.items,
        total: result.total,
        pager,
        stages: ProjectStage::ALL,
        themes: Theme::ALL,
        needs: NeedKind::ALL,
    })
}

/// `GET /projects/{id}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<ProjectPage, AppError> {
    let id = parse_id(&path)?;
    let p = state
        .db
        .read(move |conn| projects::public_detail(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let has_owner = p
        .partners
        .iter()
        .any(|x| x.role == PartnerRole::Owner.code());
    Ok(ProjectPage { ctx, p, has_owner })
}
