//! Reading the audit log (administrators) and the public history of a project.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::Backend;
use crate::db::schema::{audit_events, organisations, people, projects};
use crate::db::{DbConn, DbError};
use crate::domain::search::Page;

/// Entries per page of `/admin/audit`.
pub const AUDIT_PAGE_SIZE: i64 = 50;

/// Which entries `/admin/audit` lists; the fields combine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Who acted.
    pub person: Option<i32>,
    /// What they did, e.g. `person.role_changed`.
    pub action: Option<String>,
    /// Kind of thing changed, e.g. `organisation`.
    pub subject_type: Option<String>,
    /// Which one.
    pub subject_id: Option<i32>,
    /// On or after this day (UTC).
    pub from: Option<NaiveDate>,
    /// On or before this day (UTC).
    pub to: Option<NaiveDate>,
}

/// An entry of the audit log as administrators see it.
#[derive(Debug, Clone)]
pub struct AuditRow {
    /// Id.
    pub id: i32,
    /// Who acted (`None`: the system or an operator's command).
    pub person_id: Option<i32>,
    /// Their name (`None` if there is no such person any more).
    pub person_name: Option<String>,
    /// What, e.g. `person.role_changed`.
    pub action: String,
    /// Kind of thing changed.
    pub subject_type: String,
    /// Which one.
    pub subject_id: Option<i32>,
    /// Its name, for people, organisations and projects that still exist.
    pub subject_name: Option<String>,
    /// Summary before.
    pub before: String,
    /// Summary after.
    pub after: String,
    /// Whether it is part of the subject's public history.
    pub public: bool,
    /// When (UTC).
    pub created_at: NaiveDateTime,
}

fn filtered(filter: &AuditFilter) -> audit_events::BoxedQuery<'static, Backend> {
    let mut query = audit_events::table.into_boxed();
    if let Some(person) = filter.person {
        query = query.filter(audit_events::person_id.eq(person));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_events::action.eq(action.clone()));
    }
    if let Some(subject_type) = &filter.subject_type {
        query = query.filter(audit_events::subject_type.eq(subject_type.clone()));
    }
    if let Some(subject_id) = filter.subject_id {
        query = query.filter(audit_events::subject_id.eq(subject_id));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_events::created_at.ge(from.and_time(chrono::NaiveTime::MIN)));
    }
    if let Some(end) = filter.to.and_then(|d| d.succ_opt()) {
        query = query.filter(audit_events::created_at.lt(end.and_time(chrono::NaiveTime::MIN)));
    }
    query
}

type EventColumns = (
    i32,
    Option<i32>,
    String,
    String,
    Option<i32>,
    String,
    String,
    bool,
    NaiveDateTime,
);

/// One page of entries matching `filter`, newest first, and how many match in all.
pub fn list(
    conn: &mut DbConn,
    filter: &AuditFilter,
    page: Page,
) -> Result<(Vec<AuditRow>, i64), DbError> {
    let total: i64 = filtered(filter).count().get_result(conn)?;
    let rows: Vec<EventColumns> = filtered(filter)
        .order((audit_events::created_at.desc(), audit_events::id.desc()))
        .limit(AUDIT_PAGE_SIZE)
        .offset(page.offset(AUDIT_PAGE_SIZE))
        .select((
            audit_events::id,
            audit_events::person_id,
            audit_events::action,
            audit_events::subject_type,
            audit_events::subject_id,
            audit_events::before_summary,
            audit_events::after_summary,
            audit_events::public,
            audit_events::created_at,
        ))
        .load(conn)?;
    let ids_of = |kind: Option<&str>| -> Vec<i32> {
        rows.iter()
            .filter_map(|r| match kind {
                None => r.1,
                Some(k) if r.3 == k => r.4,
                Some(_) => None,
            })
            .collect()
    };
    let (actor_ids, person_ids) = (ids_of(None), ids_of(Some("person")));
    let (org_ids, project_ids) = (ids_of(Some("organisation")), ids_of(Some("project")));
    let mut all_people = actor_ids;
    all_people.extend(person_ids);
    let people_names = names(conn, &all_people, |c, ids| {
        people::table
            .filter(people::id.eq_any(ids))
            .select((people::id, people::name))
            .load(c)
    })?;
    let org_names = names(conn, &org_ids, |c, ids| {
        organisations::table
            .filter(organisations::id.eq_any(ids))
            .select((organisations::id, organisations::name))
            .load(c)
    })?;
    let project_names = names(conn, &project_ids, |c, ids| {
        projects::table
            .filter(projects::id.eq_any(ids))
            .select((projects::id, projects::title))
            .load(c)
    })?;
    let items = rows
        .into_iter()
        .map(
            |(
                id,
                person_id,
                action,
                subject_type,
                subject_id,
                before,
                after,
                public,
                created_at,
            )| {
                let subject_name = subject_id.and_then(|s| {
                    match subject_type.as_str() {
                        "person" => people_names.get(&s),
                        "organisation" => org_names.get(&s),
                        "project" => project_names.get(&s),
                        _ => None,
                    }
                    .cloned()
                });
                AuditRow {
                    id,
                    person_name: person_id.and_then(|p| people_names.get(&p).cloned()),
                    person_id,
                    action,
                    subject_type,
                    subject_id,
                    subject_name,
                    before,
                    after,
                    public,
                    created_at,
                }
            },
        )
        .collect();
    Ok((items, total))
}

/// Names by id, in one query (none when `ids` is empty).
fn names(
    conn: &mut DbConn,
    ids: &[i32],
    load: impl FnOnce(&mut DbConn, &[i32]) -> QueryResult<Vec<(i32, String)>>,
) -> Result<HashMap<i32, String>, DbError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(load(conn, ids)?.into_iter().collect())
}

/// The choices of the audit filter: people who have acted (id, name, by name), the
/// actions and the subject types recorded.
#[derive(Debug, Clone, Default)]
pub struct AuditChoices {
    /// People who appear as actors.
    pub people: Vec<(i32, String)>,
    /// Actions recorded.
    pub actions: Vec<String>,
    /// Subject types recorded.
    pub subject_types: Vec<String>,
}

/// What the filters of the audit log can choose from.
pub fn choices(conn: &mut DbConn) -> Result<AuditChoices, DbError> {
    let people = people::table
        .filter(diesel::dsl::exists(
            audit_events::table.filter(audit_events::person_id.eq(people::id.nullable())),
        ))
        .select((people::id, people::name))
        .order((people::name, people::id))
        .load(conn)?;
    let actions = audit_events::table
        .select(audit_events::action)
        .distinct()
        .order(audit_events::action)
        .load(conn)?;
    let subject_types = audit_events::table
        .select(audit_events::subject_type)
        .distinct()
        .order(audit_events::subject_type)
        .load(conn)?;
    Ok(AuditChoices {
        people,
        actions,
        subject_types,
    })
}

/// An entry of a project's public history.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    /// What happened, e.g. `project.partner_merged`.
    pub action: String,
    /// Summary before.
    pub before: String,
    /// Summary after.
    pub after: String,
    /// When (UTC).
    pub created_at: NaiveDateTime,
    /// The day (UTC), for display.
    pub day: NaiveDate,
}

/// Entries of a project's public history shown at most.
pub const HISTORY_LIMIT: i64 = 50;

/// The public history of project `id`, newest first (who acted is not public).
pub fn project_history(conn: &mut DbConn, id: i32) -> Result<Vec<HistoryEntry>, DbError> {
    Ok(audit_events::table
        .filter(audit_events::subject_type.eq("project"))
        .filter(audit_events::subject_id.eq(id))
        .filter(audit_events::public.eq(true))
        .order((audit_events::created_at.desc(), audit_events::id.desc()))
        .limit(HISTORY_LIMIT)
        .select((
            audit_events::action,
            audit_events::before_summary,
            audit_events::after_summary,
            audit_events::created_at,
        ))
        .load::<(String, String, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(action, before, after, created_at)| HistoryEntry {
            action,
            before,
            after,
            created_at,
            day: created_at.date(),
        })
        .collect())
}
