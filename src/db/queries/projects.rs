//! Reading projects: public lists with filters, counts by stage, one project in full.

use std::collections::HashMap;

use diesel::dsl::{count_star, exists};
use diesel::prelude::*;

use crate::domain::text::excerpt;

use super::Backend;
use crate::db::models::{
    Outcome, Partner, Project, ProjectRow, ProposalRow, ReviewRow, StageChange,
};
use crate::db::schema::{
    gfmd_outcomes, organisations, project_countries, project_needs, project_outcomes,
    project_partners, project_proposals, project_regions, project_reviews, project_themes,
    projects, stage_changes,
};
use crate::db::{DbConn, DbError};
use crate::domain::search::{PAGE_SIZE, Page, ProjectFilter};
use crate::domain::{PartnerRole, PublicationState};

/// A project as a list shows it.
#[derive(Debug, Clone)]
pub struct ProjectCard {
    /// The project's listed columns.
    pub row: ProjectRow,
    /// Theme codes.
    pub themes: Vec<String>,
    /// Names of the owning governments.
    pub owners: Vec<String>,
}

/// One page of a filtered list.
#[derive(Debug, Clone)]
pub struct ProjectList {
    /// The projects on this page.
    pub items: Vec<ProjectCard>,
    /// Projects matching the filter, on all pages.
    pub total: i64,
}

/// Everything public about one project.
#[derive(Debug, Clone)]
pub struct ProjectDetail {
    /// The project row.
    pub project: Project,
    /// Theme codes.
    pub themes: Vec<String>,
    /// Country codes concerned.
    pub countries: Vec<String>,
    /// Needs, each with its state and who meets it.
    pub needs: Vec<super::needs::NeedView>,
    /// Partners with their roles (owners included).
    pub partners: Vec<Partner>,
    /// Stage history, oldest first.
    pub stages: Vec<StageChange>,
    /// GFMD outcomes it follows up.
    pub outcomes: Vec<Outcome>,
    /// Public history, newest first.
    pub history: Vec<super::audit::HistoryEntry>,
    /// Updates, milestones, questions (see `queries::progress`).
    pub progress: super::progress::ProjectProgress,
    /// Documents and links, newest first.
    pub resources: Vec<super::resources::ResourceCard>,
    /// Region codes concerned.
    pub regions: Vec<String>,
    /// The proposal's own fields (projects proposed on the platform).
    pub proposal: Option<crate::db::models::ProposalRow>,
    /// The latest review decision, if any.
    pub decision: Option<crate::db::models::ReviewRow>,
}

fn public_filtered(filter: &ProjectFilter) -> projects::BoxedQuery<'static, Backend> {
    let mut query = projects::table
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .into_boxed();
    if let Some(pattern) = filter.q.as_deref().and_then(crate::text::like_pattern) {
        query = query.filter(projects::search_text.like(pattern).escape('\\'));
    }
    if let Some(stage) = filter.stage {
        query = query.filter(projects::stage.eq(stage.code()));
    }
    if let Some(theme) = filter.theme {
        query = query.filter(exists(
            project_themes::table
                .filter(project_themes::project_id.eq(projects::id))
                .filter(project_themes::theme_code.eq(theme.code())),
        ));
    }
    if let Some(country) = filter.country {
        query = query.filter(exists(
            project_countries::table
                .filter(project_countries::project_id.eq(projects::id))
                .filter(project_countries::country_code.eq(country.as_str().to_owned())),
        ));
    }
    if let Some(need) = filter.need {
        query = query.filter(exists(
            project_needs::table
                .filter(project_needs::project_id.eq(projects::id))
                .filter(project_needs::kind.eq(need.code())),
        ));
    }
    query
}

/// One page of public projects matching `filter`, most recently changed first.
pub fn list_public(
    conn: &mut DbConn,
    filter: &ProjectFilter,
    page: Page,
) -> Result<ProjectList, DbError> {
    let total: i64 = public_filtered(filter).count().get_result(conn)?;
    let rows = if page.offset(PAGE_SIZE) < total {
        public_filtered(filter)
            .order((projects::updated_at.desc(), projects::id.desc()))
            .limit(PAGE_SIZE)
            .offset(page.offset(PAGE_SIZE))
            .select(ProjectRow::as_select())
            .load(conn)?
    } else {
        Vec::new()
    };
    Ok(ProjectList {
        items: cards(conn, rows)?,
        total,
    })
}

/// The `n` most recently changed public projects.
pub fn latest_public(conn: &mut DbConn, n: i64) -> Result<Vec<ProjectCard>, DbError> {
    let rows = public_filtered(&ProjectFilter::default())
        .order((projects::updated_at.desc(), projects::id.desc()))
        .limit(n)
        .select(ProjectRow::as_select())
        .load(conn)?;
    cards(conn, rows)
}

/// Codes of the countries that public projects concern, sorted.
pub fn public_countries(conn: &mut DbConn) -> Result<Vec<String>, DbError> {
    Ok(project_countries::table
        .inner_join(projects::table)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select(project_countries::country_code)
        .distinct()
        .order(project_countries::country_code)
        .load(conn)?)
}

/// Public projects per stage code.
pub fn count_public_by_stage(conn: &mut DbConn) -> Result<Vec<(String, i64)>, DbError> {
    Ok(projects::table
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .group_by(projects::stage)
        .select((projects::stage, count_star()))
        .load(conn)?)
}

/// Adds themes and owners to listed rows, in two queries whatever the number of rows.
fn cards(conn: &mut DbConn, rows: Vec<ProjectRow>) -> Result<Vec<ProjectCard>, DbError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut themes: HashMap<i32, Vec<String>> = HashMap::new();
    for (pid, code) in project_themes::table
        .filter(project_themes::project_id.eq_any(&ids))
        .select((project_themes::project_id, project_themes::theme_code))
        .order((project_themes::project_id, project_themes::theme_code))
        .load::<(i32, String)>(conn)?
    {
        themes.entry(pid).or_default().push(code);
    }
    let mut owners: HashMap<i32, Vec<String>> = HashMap::new();
    for (pid, name) in project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq_any(&ids))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select((project_partners::project_id, organisations::name))
        .order((project_partners::project_id, organisations::name))
        .load::<(i32, String)>(conn)?
    {
        owners.entry(pid).or_default().push(name);
    }
    Ok(rows
        .into_iter()
        .map(|row| ProjectCard {
            themes: themes.remove(&row.id).unwrap_or_default(),
            owners: owners.remove(&row.id).unwrap_or_default(),
            row,
        })
        .collect())
}

/// A public project in full, or `None` if there is no such public project.
pub fn public_detail(conn: &mut DbConn, id: i32) -> Result<Option<ProjectDetail>, DbError> {
    detail(conn, id, true)
}

/// A project in full, drafts included unless `public_only`; `None` if there is none.
pub fn detail(
    conn: &mut DbConn,
    id: i32,
    public_only: bool,
) -> Result<Option<ProjectDetail>, DbError> {
    let mut query = projects::table.find(id).into_boxed();
    if public_only {
        query = query.filter(projects::status.ne(PublicationState::Draft.code()));
    }
    let Some(project) = query.select(Project::as_select()).first(conn).optional()? else {
        return Ok(None);
    };
    let themes = project_themes::table
        .filter(project_themes::project_id.eq(id))
        .select(project_themes::theme_code)
        .order(project_themes::theme_code)
        .load(conn)?;
    let countries = project_countries::table
        .filter(project_countries::project_id.eq(id))
        .select(project_countries::country_code)
        .order(project_countries::country_code)
        .load(conn)?;
    let needs = super::needs::of_project(conn, id)?;
    let partners = partners_of(conn, id)?;
    let stages = stage_changes::table
        .filter(stage_changes::project_id.eq(id))
        .select(StageChange::as_select())
        .order((stage_changes::changed_on, stage_changes::id))
        .load(conn)?;
    let outcomes = project_outcomes::table
        .inner_join(gfmd_outcomes::table)
        .filter(project_outcomes::project_id.eq(id))
        .select(Outcome::as_select())
        .order((gfmd_outcomes::session, gfmd_outcomes::position))
        .load(conn)?;
    let history = super::audit::project_history(conn, id)?;
    let progress = super::progress::of_project(conn, id, project.created_at)?;
    let resources = super::resources::of_project(conn, id)?;
    let (regions, proposal, decision) = extras(conn, id)?;
    Ok(Some(ProjectDetail {
        progress,
        project,
        themes,
        countries,
        needs,
        partners,
        stages,
        outcomes,
        history,
        resources,
        regions,
        proposal,
        decision,
    }))
}

/// Partners of a project, owners first, then by role and name.
pub fn partners_of(conn: &mut DbConn, id: i32) -> Result<Vec<Partner>, DbError> {
    let rows: Vec<(i32, String, String, String, Option<String>, String)> = project_partners::table
        .inner_join(organisations::table)
        .filter(project_partners::project_id.eq(id))
        .select((
            organisations::id,
            organisations::code,
            organisations::name,
            organisations::kind,
            organisations::country_code,
            project_partners::role,
        ))
        .load(conn)?;
    let mut partners: Vec<Partner> = rows
        .into_iter()
        .map(
            |(organisation_id, code, name, kind, country, role)| Partner {
                organisation_id,
                code,
                name,
                kind,
                country,
                role,
            },
        )
        .collect();
    let rank = |role: &str| {
        role.parse::<PartnerRole>()
            .map(|r| r as usize)
            .unwrap_or(usize::MAX)
    };
    partners.sort_by(|a, b| rank(&a.role).cmp(&rank(&b.role)).then(a.name.cmp(&b.name)));
    Ok(partners)
}

impl ProjectCard {
    /// The summary cut at a word boundary to about 280 characters.
    pub fn summary_excerpt(&self) -> String {
        excerpt(&self.row.summary, 280)
    }
}

/// Regions, proposal fields and latest decision of a project.
pub type Extras = (Vec<String>, Option<ProposalRow>, Option<ReviewRow>);

/// Regions, proposal fields and latest decision of a project (for its page).
pub fn extras(conn: &mut DbConn, id: i32) -> Result<Extras, DbError> {
    let regions = project_regions::table
        .filter(project_regions::project_id.eq(id))
        .select(project_regions::region_code)
        .order(project_regions::region_code)
        .load(conn)?;
    let proposal = project_proposals::table
        .find(id)
        .select(ProposalRow::as_select())
        .first(conn)
        .optional()?;
    let decision = project_reviews::table
        .filter(project_reviews::project_id.eq(id))
        .order((
            project_reviews::created_at.desc(),
            project_reviews::id.desc(),
        ))
        .select(ReviewRow::as_select())
        .first(conn)
        .optional()?;
    Ok((regions, proposal, decision))
}

/// Id, title, language and stage of the public projects among `ids` (in no particular
/// order; drafts left out).
pub fn public_summaries(
    conn: &mut DbConn,
    ids: &[i32],
) -> Result<Vec<(i32, String, String, String)>, DbError> {
    Ok(projects::table
        .filter(projects::id.eq_any(ids))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((
            projects::id,
            projects::title,
            projects::lang,
            projects::stage,
        ))
        .load(conn)?)
}
