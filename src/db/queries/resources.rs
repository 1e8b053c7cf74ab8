//! Resources: documents and links of a project, or of the library alone. Public ones are
//! those of no project and those of a project that is not a draft; a draft project's
//! resources are seen only by whoever may see the draft (the routes decide, through
//! `domain::policy`).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::exists;
use diesel::prelude::*;

use super::Backend;
use super::people::{AuditEntry, audit};
use crate::db::schema::{projects, resource_countries, resources};
use crate::db::{DbConn, DbError};
use crate::domain::PublicationState;
use crate::domain::resource::ResourceFilter;
use crate::domain::search::Page;

/// Resources per page of the library.
pub const RESOURCE_PAGE_SIZE: i64 = 20;

/// A resource as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = resources)]
pub struct ResourceRow {
    /// Surrogate key.
    pub id: i32,
    /// The project it belongs to; `None` for a library resource.
    pub project_id: Option<i32>,
    /// `ResourceKind` code.
    pub kind: String,
    /// Title, as written.
    pub title: String,
    /// Description, as written (may be empty).
    pub description: String,
    /// Language of the resource.
    pub lang: String,
    /// The address, for a link.
    pub url: Option<String>,
    /// Storage key, for a document (never shown).
    pub file_key: Option<String>,
    /// Download name, for a document.
    pub file_name: Option<String>,
    /// Media type found in the content, for a document.
    pub media_type: Option<String>,
    /// Size in bytes, for a document.
    pub byte_size: Option<i64>,
    /// Added (UTC).
    pub created_at: NaiveDateTime,
}

impl ResourceRow {
    /// The document's type, if it is a document.
    pub fn document_type(&self) -> Option<crate::domain::resource::DocumentType> {
        self.media_type
            .as_deref()
            .and_then(crate::domain::resource::DocumentType::from_media_type)
    }

    /// "PDF, 1.2 MB" for a document; `None` for a link.
    pub fn file_summary(&self) -> Option<String> {
        let t = self.document_type()?;
        Some(format!(
            "{t}, {}",
            crate::domain::resource::human_size(self.byte_size.unwrap_or(0))
        ))
    }

    /// The link's host ("www.iom.int"), shown beside it.
    pub fn link_host(&self) -> Option<String> {
        let u = url::Url::parse(self.url.as_deref()?).ok()?;
        u.host_str().map(str::to_owned)
    }

    /// The name of its language in that language ("Français").
    pub fn lang_name(&self) -> &'static str {
        self.lang
            .parse::<crate::domain::Language>()
            .map_or("", |l| l.autonym())
    }

    /// The description cut to about 240 characters.
    pub fn description_excerpt(&self) -> String {
        crate::domain::text::excerpt(&self.description, 240)
    }
}

/// The project a resource belongs to, as its pages show it.
#[derive(Debug, Clone)]
pub struct ResourceProject {
    /// Project id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// `PublicationState` code.
    pub status: String,
}

/// A resource with what lists and pages show beside it.
#[derive(Debug, Clone)]
pub struct ResourceCard {
    /// The row.
    pub row: ResourceRow,
    /// Country codes covered, sorted.
    pub countries: Vec<String>,
    /// Its project, if any.
    pub project: Option<ResourceProject>,
}

/// One page of the library.
#[derive(Debug, Clone)]
pub struct ResourceList {
    /// Resources on this page.
    pub items: Vec<ResourceCard>,
    /// Resources matching the filter, on all pages.
    pub total: i64,
}

/// What a resource is: a link, or a document already in the store.
#[derive(Debug, Clone)]
pub enum NewContent {
    /// An http(s) address, checked.
    Link(String),
    /// A stored document.
    Document {
        /// Storage key.
        key: String,
        /// Safe download name.
        file_name: String,
        /// Media type found in the content.
        media_type: String,
        /// Size in bytes.
        byte_size: i64,
    },
}

/// A resource to add, every value checked.
#[derive(Debug, Clone)]
pub struct NewResource {
    /// Its project; `None` for a library resource.
    pub project_id: Option<i32>,
    /// Kind code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Description (may be empty).
    pub description: String,
    /// Language code.
    pub lang: String,
    /// Country codes covered.
    pub countries: Vec<String>,
    /// Link or document.
    pub content: NewContent,
    /// Who adds it.
    pub added_by: i32,
}

fn public_resources() -> resources::BoxedQuery<'static, Backend> {
    resources::table
        .filter(
            resources::project_id.is_null().or(exists(
                projects::table
                    .filter(projects::id.nullable().eq(resources::project_id))
                    .filter(projects::status.ne(PublicationState::Draft.code())),
            )),
        )
        .into_boxed()
}

fn public_filtered(filter: &ResourceFilter) -> resources::BoxedQuery<'static, Backend> {
    let mut query = public_resources();
    if let Some(pattern) = filter.q.as_deref().and_then(crate::text::like_pattern) {
        query = query.filter(resources::search_text.like(pattern).escape('\\'));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(resources::kind.eq(kind.code()));
    }
    if let Some(country) = filter.country {
        query = query.filter(exists(
            resource_countries::table
                .filter(resource_countries::resource_id.eq(resources::id))
                .filter(resource_countries::country_code.eq(country.as_str().to_owned())),
        ));
    }
    query
}

/// One page of public resources matching `filter`, newest first.
pub fn list_public(
    conn: &mut DbConn,
    filter: &ResourceFilter,
    page: Page,
) -> Result<ResourceList, DbError> {
    let total: i64 = public_filtered(filter).count().get_result(conn)?;
    let rows = if page.offset(RESOURCE_PAGE_SIZE) < total {
        public_filtered(filter)
            .order((resources::created_at.desc(), resources::id.desc()))
            .limit(RESOURCE_PAGE_SIZE)
            .offset(page.offset(RESOURCE_PAGE_SIZE))
            .select(ResourceRow::as_select())
            .load(conn)?
    } else {
        Vec::new()
    };
    Ok(ResourceList {
        items: cards(conn, rows)?,
        total,
    })
}

/// Codes of the countries public resources cover, sorted (the library's country filter).
pub fn public_countries(conn: &mut DbConn) -> Result<Vec<String>, DbError> {
    Ok(resource_countries::table
        .inner_join(resources::table)
        .filter(
            resources::project_id.is_null().or(exists(
                projects::table
                    .filter(projects::id.nullable().eq(resources::project_id))
                    .filter(projects::status.ne(PublicationState::Draft.code())),
            )),
        )
        .select(resource_countries::country_code)
        .distinct()
        .order(resource_countries::country_code)
        .load(conn)?)
}

/// Every resource of project `project_id`, newest first (the caller decides who sees it).
pub fn of_project(conn: &mut DbConn, project_id: i32) -> Result<Vec<ResourceCard>, DbError> {
    let rows = resources::table
        .filter(resources::project_id.eq(project_id))
        .order((resources::created_at.desc(), resources::id.desc()))
        .select(ResourceRow::as_select())
        .load(conn)?;
    cards(conn, rows)
}

/// One resource with its countries and project, public or not.
pub fn by_id(conn: &mut DbConn, id: i32) -> Result<Option<ResourceCard>, DbError> {
    let Some(row) = resources::table
        .find(id)
        .select(ResourceRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(cards(conn, vec![row])?.pop())
}

/// Adds countries and projects to rows, in two queries whatever the number of rows.
fn cards(conn: &mut DbConn, rows: Vec<ResourceRow>) -> Result<Vec<ResourceCard>, DbError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut countries: HashMap<i32, Vec<String>> = HashMap::new();
    for (rid, code) in resource_countries::table
        .filter(resource_countries::resource_id.eq_any(&ids))
        .select((
            resource_countries::resource_id,
            resource_countries::country_code,
        ))
        .order((
            resource_countries::resource_id,
            resource_countries::country_code,
        ))
        .load::<(i32, String)>(conn)?
    {
        countries.entry(rid).or_default().push(code);
    }
    let project_ids: Vec<i32> = rows.iter().filter_map(|r| r.project_id).collect();
    let mut found: HashMap<i32, ResourceProject> = HashMap::new();
    if !project_ids.is_empty() {
        for (id, title, lang, status) in projects::table
            .filter(projects::id.eq_any(&project_ids))
            .select((
                projects::id,
                projects::title,
                projects::lang,
                projects::status,
            ))
            .load::<(i32, String, String, String)>(conn)?
        {
            found.insert(
                id,
                ResourceProject {
                    id,
                    title,
                    lang,
                    status,
                },
            );
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| ResourceCard {
            countries: countries.remove(&row.id).unwrap_or_default(),
            project: row.project_id.and_then(|p| found.get(&p).cloned()),
            row,
        })
        .collect())
}

/// The project a resource would be added to: its title, language and status; `None` if
/// there is no such project.
pub fn project_of(conn: &mut DbConn, id: i32) -> Result<Option<ResourceProject>, DbError> {
    Ok(projects::table
        .find(id)
        .select((
            projects::id,
            projects::title,
            projects::lang,
            projects::status,
        ))
        .first::<(i32, String, String, String)>(conn)
        .optional()?
        .map(|(id, title, lang, status)| ResourceProject {
            id,
            title,
            lang,
            status,
        }))
}

/// Adds a resource with its countries and its audit entry (public, so a project's
/// history shows it); returns its id.
pub fn insert(conn: &mut DbConn, r: &NewResource, now: NaiveDateTime) -> Result<i32, DbError> {
    let search_text = crate::text::search_text([r.title.as_str(), r.description.as_str()]);
    let (url, key, name, media, size) = match &r.content {
        NewContent::Link(u) => (Some(u.clone()), None, None, None, None),
        NewContent::Document {
            key,
            file_name,
            media_type,
            byte_size,
        } => (
            None,
            Some(key.clone()),
            Some(file_name.clone()),
            Some(media_type.clone()),
            Some(*byte_size),
        ),
    };
    let id: i32 = diesel::insert_into(resources::table)
        .values((
            resources::project_id.eq(r.project_id),
            resources::kind.eq(&r.kind),
            resources::title.eq(&r.title),
            resources::description.eq(&r.description),
            resources::lang.eq(&r.lang),
            resources::url.eq(url),
            resources::file_key.eq(key),
            resources::file_name.eq(name),
            resources::media_type.eq(media),
            resources::byte_size.eq(size),
            resources::search_text.eq(search_text),
            resources::added_by.eq(Some(r.added_by)),
            resources::created_at.eq(now),
        ))
        .returning(resources::id)
        .get_result(conn)?;
    // One row at a time: the two-backend connection has no multi-row insert.
    for c in &r.countries {
        diesel::insert_into(resource_countries::table)
            .values((
                resource_countries::resource_id.eq(id),
                resource_countries::country_code.eq(c.as_str()),
            ))
            .execute(conn)?;
    }
    let change = Change {
        action: "resource.added",
        before: "",
        after: &r.title,
    };
    record(conn, r.project_id, id, &change, r.added_by, now)?;
    Ok(id)
}

/// Removes a resource (its countries go with it) with its audit entry. Returns the
/// storage key of its document, for the caller to delete once the transaction is
/// committed, or `None` for a link; `Ok(None)` too if it was already gone.
pub fn delete(
    conn: &mut DbConn,
    id: i32,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Option<String>, DbError> {
    let Some((project_id, title, key)) = resources::table
        .find(id)
        .select((resources::project_id, resources::title, resources::file_key))
        .first::<(Option<i32>, String, Option<String>)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    diesel::delete(resources::table.find(id)).execute(conn)?;
    let change = Change {
        action: "resource.removed",
        before: &title,
        after: "",
    };
    record(conn, project_id, id, &change, actor_id, now)?;
    Ok(key)
}

/// What an audit entry says of a change.
struct Change<'a> {
    action: &'a str,
    before: &'a str,
    after: &'a str,
}

/// The audit entry of a change: on the project's public history when there is a project
/// (and the project counts as changed), on the resource otherwise.
fn record(
    conn: &mut DbConn,
    project_id: Option<i32>,
    resource_id: i32,
    change: &Change<'_>,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if let Some(p) = project_id {
        super::partners::touch(conn, p, now)?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: change.action,
            subject_type: if project_id.is_some() {
                "project"
            } else {
                "resource"
            },
            subject_id: Some(project_id.unwrap_or(resource_id)),
            before: change.before,
            after: change.after,
            public: project_id.is_some(),
        },
        now,
    )
}
