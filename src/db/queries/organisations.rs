//! Reading organisations: the directory and one organisation with its engagements.

use diesel::prelude::*;

use super::Backend;
use crate::db::models::{Engagement, Organisation};
use crate::db::schema::{engagements, organisations, project_partners, projects};
use crate::db::{DbConn, DbError};
use crate::domain::PublicationState;
use crate::domain::search::{OrganisationFilter, Page};

/// Organisations per page of `/organisations`.
pub const ORG_PAGE_SIZE: i64 = 50;

/// One page of the directory.
#[derive(Debug, Clone)]
pub struct OrganisationPage {
    /// Organisations on this page, by name.
    pub items: Vec<Organisation>,
    /// Organisations matching, on all pages.
    pub total: i64,
}

/// A project an organisation takes part in, with its role.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Involvement {
    /// Project id.
    pub project_id: i32,
    /// Project title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Project stage code.
    pub stage: String,
    /// `PartnerRole` code.
    pub role: String,
}

/// An organisation with what it has done.
#[derive(Debug, Clone)]
pub struct OrganisationDetail {
    /// The row.
    pub organisation: Organisation,
    /// Roundtable teams and contributions.
    pub engagements: Vec<Engagement>,
    /// Public projects it owns or partners in.
    pub projects: Vec<Involvement>,
}

fn filtered(filter: &OrganisationFilter) -> organisations::BoxedQuery<'static, Backend> {
    let mut query = organisations::table.into_boxed();
    if let Some(pattern) = filter.q.as_deref().and_then(crate::text::like_pattern) {
        query = query.filter(organisations::search_text.like(pattern).escape('\\'));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(organisations::kind.eq(kind.code()));
    }
    if let Some(country) = filter.country {
        query = query.filter(organisations::country_code.eq(country.as_str().to_owned()));
    }
    query
}

/// One page of organisations matching `filter`, by name.
pub fn list(
    conn: &mut DbConn,
    filter: &OrganisationFilter,
    page: Page,
) -> Result<OrganisationPage, DbError> {
    let total: i64 = filtered(filter).count().get_result(conn)?;
    let items = filtered(filter)
        .order((organisations::name, organisations::id))
        .limit(ORG_PAGE_SIZE)
        .offset(page.offset(ORG_PAGE_SIZE))
        .select(Organisation::as_select())
        .load(conn)?;
    Ok(OrganisationPage { items, total })
}

/// Number of organisations.
pub fn count(conn: &mut DbConn) -> Result<i64, DbError> {
    Ok(organisations::table.count().get_result(conn)?)
}

/// One organisation with its engagements and public projects, or `None`.
pub fn detail(conn: &mut DbConn, id: i32) -> Result<Option<OrganisationDetail>, DbError> {
    let Some(organisation) = organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let engagements = engagements::table
        .filter(engagements::organisation_id.eq(id))
        .select(Engagement::as_select())
        .order((engagements::kind, engagements::session, engagements::id))
        .load(conn)?;
    let projects = project_partners::table
        .inner_join(projects::table)
        .filter(project_partners::organisation_id.eq(id))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((
            projects::id,
            projects::title,
            projects::lang,
            projects::stage,
            project_partners::role,
        ))
        .order((projects::title, project_partners::role))
        .load::<(i32, String, String, String, String)>(conn)?
        .into_iter()
        .map(|(project_id, title, lang, stage, role)| Involvement {
            project_id,
            title,
            lang,
            stage,
            role,
        })
        .collect();
    Ok(Some(OrganisationDetail {
        organisation,
        engagements,
        projects,
    }))
}

/// An organisation as offered in a form (invitations) or named on the command line.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct OrganisationChoice {
    /// Surrogate key.
    pub id: i32,
    /// Stable natural key (`MX`, `org:IOM`): the value forms and commands use.
    pub code: String,
    /// Name as written.
    pub name: String,
    /// `OrganisationKind` code.
    pub kind: String,
    /// Country, for governments.
    pub country_code: Option<String>,
}

impl OrganisationChoice {
    /// Whether it is a government (delegates represent one).
    pub fn is_government(&self) -> bool {
        crate::domain::person::is_government(&self.kind, self.country_code.as_deref())
    }
}

/// Every organisation, by name, for a form's select.
pub fn choices(conn: &mut DbConn) -> Result<Vec<OrganisationChoice>, DbError> {
    Ok(organisations::table
        .order((organisations::name, organisations::id))
        .select(OrganisationChoice::as_select())
        .load(conn)?)
}

/// The organisation with this code, if any.
pub fn choice_by_code(
    conn: &mut DbConn,
    code: &str,
) -> Result<Option<OrganisationChoice>, DbError> {
    Ok(organisations::table
        .filter(organisations::code.eq(code))
        .select(OrganisationChoice::as_select())
        .first(conn)
        .optional()?)
}

/// An organisation as choice lists show it, by id.
pub fn choice_by_id(conn: &mut DbConn, id: i32) -> Result<Option<OrganisationChoice>, DbError> {
    Ok(organisations::table
        .find(id)
        .select(OrganisationChoice::as_select())
        .first(conn)
        .optional()?)
}

/// The name of an organisation, if it exists.
pub fn name_of(conn: &mut DbConn, id: i32) -> Result<Option<String>, DbError> {
    Ok(organisations::table
        .find(id)
        .select(organisations::name)
        .first(conn)
        .optional()?)
}

/// Id, name, kind code and country code of an organisation.
pub type OrganisationSummary = (i32, String, String, Option<String>);

/// Id, name, kind and country of the organisations `ids` (in no particular order).
pub fn summaries(conn: &mut DbConn, ids: &[i32]) -> Result<Vec<OrganisationSummary>, DbError> {
    Ok(organisations::table
        .filter(organisations::id.eq_any(ids))
        .select((
            organisations::id,
            organisations::name,
            organisations::kind,
            organisations::country_code,
        ))
        .load(conn)?)
}
