//! Row structs (what queries load) and insert structs (what they write), beside each other.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::schema::*;

/// An organisation as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    /// Surrogate key.
    pub id: i32,
    /// Stable natural key (`MX`, `org:IOM`).
    pub code: String,
    /// Name as written.
    pub name: String,
    /// Acronym, if any.
    pub acronym: Option<String>,
    /// `OrganisationKind` code.
    pub kind: String,
    /// Country, for governments and national bodies.
    pub country_code: Option<String>,
    /// `Region` code.
    pub region: Option<String>,
    /// Sub-region, as written.
    pub subregion: Option<String>,
    /// Description, as written.
    pub description: String,
    /// Web site.
    pub website: Option<String>,
    /// Language the description is written in.
    pub lang: String,
    /// Folded text for search (not shown).
    #[serde(skip)]
    pub search_text: String,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// A new organisation.
#[derive(Debug, Insertable)]
#[diesel(table_name = organisations)]
pub struct NewOrganisation<'a> {
    /// See [`Organisation`].
    pub code: &'a str,
    /// See [`Organisation`].
    pub name: &'a str,
    /// See [`Organisation`].
    pub acronym: Option<&'a str>,
    /// See [`Organisation`].
    pub kind: &'a str,
    /// See [`Organisation`].
    pub country_code: Option<&'a str>,
    /// See [`Organisation`].
    pub region: Option<&'a str>,
    /// See [`Organisation`].
    pub subregion: Option<&'a str>,
    /// See [`Organisation`].
    pub description: &'a str,
    /// See [`Organisation`].
    pub website: Option<&'a str>,
    /// See [`Organisation`].
    pub lang: &'a str,
    /// See [`Organisation`].
    pub search_text: String,
    /// See [`Organisation`].
    pub created_at: NaiveDateTime,
    /// See [`Organisation`].
    pub updated_at: NaiveDateTime,
}

/// A project as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = projects)]
pub struct Project {
    /// Surrogate key.
    pub id: i32,
    /// Natural key for imported and demo projects.
    pub code: Option<String>,
    /// Title, as written.
    pub title: String,
    /// Summary, as written.
    pub summary: String,
    /// Objectives, as written.
    pub objectives: String,
    /// How the project came about.
    pub origin: String,
    /// Language the content is written in.
    pub lang: String,
    /// `PublicationState` code.
    pub status: String,
    /// `ProjectStage` code.
    pub stage: String,
    /// Folded text for search (not shown).
    #[serde(skip)]
    pub search_text: String,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// The columns a project list shows.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = projects)]
pub struct ProjectRow {
    /// Surrogate key.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Content language.
    pub lang: String,
    /// Publication state code.
    pub status: String,
    /// Stage code.
    pub stage: String,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// A new project.
#[derive(Debug, Insertable)]
#[diesel(table_name = projects)]
pub struct NewProject<'a> {
    /// See [`Project`].
    pub code: Option<&'a str>,
    /// See [`Project`].
    pub title: &'a str,
    /// See [`Project`].
    pub summary: &'a str,
    /// See [`Project`].
    pub objectives: &'a str,
    /// See [`Project`].
    pub origin: &'a str,
    /// See [`Project`].
    pub lang: &'a str,
    /// See [`Project`].
    pub status: &'a str,
    /// See [`Project`].
    pub stage: &'a str,
    /// See [`Project`].
    pub search_text: String,
    /// See [`Project`].
    pub created_at: NaiveDateTime,
    /// See [`Project`].
    pub updated_at: NaiveDateTime,
}

/// Something a project needs.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = project_needs)]
pub struct Need {
    /// Surrogate key.
    #[diesel(skip_insertion)]
    pub id: i32,
    /// Project.
    #[serde(skip)]
    pub project_id: i32,
    /// `NeedKind` code.
    pub kind: String,
    /// What exactly.
    pub description: String,
    /// Recorded.
    #[serde(skip)]
    pub created_at: NaiveDateTime,
}

/// A partner of a project, with the organisation's name.
#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    /// Organisation id.
    pub organisation_id: i32,
    /// Organisation code.
    pub code: String,
    /// Organisation name.
    pub name: String,
    /// Organisation kind code.
    pub kind: String,
    /// Country of the organisation.
    pub country: Option<String>,
    /// `PartnerRole` code.
    pub role: String,
}

/// A row of a project's stage history.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = stage_changes)]
pub struct StageChange {
    /// Surrogate key.
    #[serde(skip)]
    pub id: i32,
    /// Project.
    #[serde(skip)]
    pub project_id: i32,
    /// Stage entered.
    pub stage: String,
    /// When.
    #[serde(rename = "date")]
    pub changed_on: NaiveDate,
    /// Why, or what happened.
    pub note: String,
    /// Who recorded it.
    pub author: String,
    /// Recorded.
    #[serde(skip)]
    pub created_at: NaiveDateTime,
}

/// A GFMD outcome (a roundtable recommendation).
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = gfmd_outcomes)]
pub struct Outcome {
    /// Surrogate key.
    pub id: i32,
    /// Stable code, e.g. `rt1.1-8`.
    pub code: String,
    /// Roundtable session, e.g. `1.1`.
    pub session: String,
    /// Session title, as written.
    pub session_title: String,
    /// `Theme` code.
    #[serde(rename = "theme")]
    pub theme_code: String,
    /// Order within the session.
    pub position: i32,
    /// The recommendation.
    pub text: String,
    /// Language of the text.
    pub lang: String,
}

/// An organisation's part in a roundtable team or a contribution.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = engagements)]
pub struct Engagement {
    /// Surrogate key.
    #[serde(skip)]
    pub id: i32,
    /// Organisation.
    #[serde(skip)]
    pub organisation_id: i32,
    /// `EngagementKind` code.
    pub kind: String,
    /// Roundtable session, if any.
    pub session: Option<String>,
    /// What it was.
    pub description: String,
    /// Amount contributed, in `currency`.
    pub amount: Option<i64>,
    /// ISO 4217 currency.
    pub currency: Option<String>,
    /// Recorded.
    #[serde(skip)]
    pub created_at: NaiveDateTime,
}

/// A proposal's own fields (`project_proposals`, one row per proposed project).
#[derive(Debug, Clone, Default, Queryable, Selectable, Serialize)]
#[diesel(table_name = project_proposals)]
pub struct ProposalRow {
    /// Project.
    #[serde(skip)]
    pub project_id: i32,
    /// Expected results, as written.
    pub expected_results: String,
    /// Start of the timeframe.
    pub starts_on: Option<NaiveDate>,
    /// End of the timeframe.
    pub ends_on: Option<NaiveDate>,
    /// `BudgetRange` code.
    pub budget: Option<String>,
    /// Contact person.
    #[serde(skip)]
    pub contact_name: String,
    /// Contact address.
    #[serde(skip)]
    pub contact_email: String,
    /// Who proposed it.
    #[serde(skip)]
    pub proposed_by: Option<i32>,
    /// When it was last sent to review.
    pub submitted_at: Option<NaiveDateTime>,
}

/// A review decision.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = project_reviews)]
pub struct ReviewRow {
    /// Surrogate key.
    #[serde(skip)]
    pub id: i32,
    /// Project.
    #[serde(skip)]
    pub project_id: i32,
    /// Reviewer.
    #[serde(skip)]
    pub reviewer_id: Option<i32>,
    /// `ReviewDecision` code.
    pub decision: String,
    /// Comments or reason (shown to owners, reviewers and facilitators only).
    #[serde(skip)]
    pub comments: String,
    /// When.
    pub created_at: NaiveDateTime,
}
