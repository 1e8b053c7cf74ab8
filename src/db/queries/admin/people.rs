//! People administration: the list of `/admin/people` (search, role, active), one
//! person as administrators see them, changing a person's role and organisation, and
//! deactivating or reactivating them, never leaving the platform without an active
//! administrator.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::queries::Backend;
use crate::db::queries::people::{AuditEntry, audit, delete_sessions_of};
use crate::db::schema::{organisations, people};
use crate::db::{DbConn, DbError};
use crate::domain::search::Page;
use crate::domain::{OrganisationKind, Role};

/// People per page of `/admin/people`.
pub const PEOPLE_PAGE_SIZE: i64 = 50;

#[diesel::declare_sql_function]
extern "SQL" {
    /// SQL `lower()`, the same on both backends.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Which people `/admin/people` lists; the fields combine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleFilter {
    /// Words to find in the name or address.
    pub q: Option<String>,
    /// Role.
    pub role: Option<Role>,
    /// Active (`true`) or deactivated (`false`) people only.
    pub active: Option<bool>,
}

/// A person as administrators see them.
#[derive(Debug, Clone)]
pub struct PersonSummary {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// `Role` code.
    pub role: String,
    /// Organisation id.
    pub organisation_id: Option<i32>,
    /// Organisation name.
    pub organisation_name: Option<String>,
    /// Whether they can sign in.
    pub active: bool,
    /// Whether they proved their address.
    pub verified: bool,
    /// Interface language code.
    pub lang: String,
    /// Created.
    pub created_at: NaiveDateTime,
}

/// `%w1%w2%` for a lower-cased `LIKE` (escape character `\`); `None` without words.
fn lower_pattern(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .to_lowercase()
        .split_whitespace()
        .map(|w| {
            w.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        })
        .collect();
    (!words.is_empty()).then(|| format!("%{}%", words.join("%")))
}

fn people_filtered(filter: &PeopleFilter) -> people::BoxedQuery<'static, Backend> {
    let mut query = people::table.into_boxed();
    if let Some(pattern) = filter.q.as_deref().and_then(lower_pattern) {
        query = query.filter(
            lower(people::name)
                .like(pattern.clone())
                .escape('\\')
                .or(people::email.like(pattern).escape('\\')),
        );
    }
    if let Some(role) = filter.role {
        query = query.filter(people::role.eq(role.code()));
    }
    if let Some(active) = filter.active {
        query = query.filter(people::active.eq(active));
    }
    query
}

type PersonColumns = (
    i32,
    String,
    String,
    String,
    Option<i32>,
    bool,
    Option<NaiveDateTime>,
    String,
    NaiveDateTime,
);

const PERSON_COLUMNS: (
    people::id,
    people::name,
    people::email,
    people::role,
    people::organisation_id,
    people::active,
    people::email_verified_at,
    people::lang,
    people::created_at,
) = (
    people::id,
    people::name,
    people::email,
    people::role,
    people::organisation_id,
    people::active,
    people::email_verified_at,
    people::lang,
    people::created_at,
);

/// Adds organisation names to people rows, in one query.
fn summaries(conn: &mut DbConn, rows: Vec<PersonColumns>) -> Result<Vec<PersonSummary>, DbError> {
    let ids: Vec<i32> = rows.iter().filter_map(|r| r.4).collect();
    let names: HashMap<i32, String> = if ids.is_empty() {
        HashMap::new()
    } else {
        organisations::table
            .filter(organisations::id.eq_any(&ids))
            .select((organisations::id, organisations::name))
            .load::<(i32, String)>(conn)?
            .into_iter()
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(
            |(id, name, email, role, organisation_id, active, verified_at, lang, created_at)| {
                PersonSummary {
                    id,
                    name,
                    email,
                    role,
                    organisation_name: organisation_id.and_then(|o| names.get(&o).cloned()),
                    organisation_id,
                    active,
                    verified: verified_at.is_some(),
                    lang,
                    created_at,
                }
            },
        )
        .collect())
}

/// One page of people matching `filter`, by name, and how many match in all.
pub fn list_people(
    conn: &mut DbConn,
    filter: &PeopleFilter,
    page: Page,
) -> Result<(Vec<PersonSummary>, i64), DbError> {
    let total: i64 = people_filtered(filter).count().get_result(conn)?;
    let rows: Vec<PersonColumns> = people_filtered(filter)
        .order((people::name, people::id))
        .limit(PEOPLE_PAGE_SIZE)
        .offset(page.offset(PEOPLE_PAGE_SIZE))
        .select(PERSON_COLUMNS)
        .load(conn)?;
    Ok((summaries(conn, rows)?, total))
}

/// One person as administrators see them.
pub fn person_summary(conn: &mut DbConn, id: i32) -> Result<Option<PersonSummary>, DbError> {
    let row: Option<PersonColumns> = people::table
        .find(id)
        .select(PERSON_COLUMNS)
        .first(conn)
        .optional()?;
    Ok(summaries(conn, row.into_iter().collect())?.pop())
}

/// Takes the lock that makes "is this the last active administrator?" safe against a
/// concurrent change: the first statement of the transaction writes the rows of the
/// active administrators (no value changes). PostgreSQL then holds their row locks until
/// commit, so a concurrent demotion waits and re-reads; SQLite holds its one write lock
/// from here, so no other writer can slip in between the check and the change.
fn lock_administrators(conn: &mut DbConn) -> Result<(), DbError> {
    diesel::update(
        people::table
            .filter(people::role.eq(Role::Administrator.code()))
            .filter(people::active.eq(true)),
    )
    .set(people::updated_at.eq(people::updated_at))
    .execute(conn)?;
    Ok(())
}

/// Active administrators other than `id`.
fn other_active_administrators(conn: &mut DbConn, id: i32) -> Result<i64, DbError> {
    Ok(people::table
        .filter(people::role.eq(Role::Administrator.code()))
        .filter(people::active.eq(true))
        .filter(people::id.ne(id))
        .count()
        .get_result(conn)?)
}

fn organisation_label(conn: &mut DbConn, id: Option<i32>) -> Result<String, DbError> {
    let Some(id) = id else {
        return Ok("none".to_owned());
    };
    let row: Option<(String, String)> = organisations::table
        .find(id)
        .select((organisations::name, organisations::code))
        .first(conn)
        .optional()?;
    Ok(match row {
        Some((name, code)) => format!("{name} ({code})"),
        None => format!("#{id}"),
    })
}

/// What became of a role change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleChange {
    /// Changed (and audited).
    Done,
    /// The person already had this role and organisation.
    Unchanged,
    /// No such person.
    NotFound,
    /// The chosen organisation no longer exists.
    OrganisationGone,
    /// A delegate's organisation must be a government.
    NotAGovernment,
    /// It would leave no active administrator.
    LastAdministrator,
}

/// Gives person `id` a new role and organisation (`None` for roles without one), as
/// administrator `actor`. Run in a transaction.
pub fn change_role(
    conn: &mut DbConn,
    actor: i32,
    id: i32,
    role: Role,
    organisation_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<RoleChange, DbError> {
    lock_administrators(conn)?;
    let Some(person) = person_summary(conn, id)? else {
        return Ok(RoleChange::NotFound);
    };
    if let Some(org) = organisation_id {
        let kind: Option<String> = organisations::table
            .find(org)
            .select(organisations::kind)
            .first(conn)
            .optional()?;
        match kind {
            None => return Ok(RoleChange::OrganisationGone),
            Some(k) if role == Role::Delegate && k != OrganisationKind::Government.code() => {
                return Ok(RoleChange::NotAGovernment);
            }
            Some(_) => {}
        }
    }
    if person.role == role.code() && person.organisation_id == organisation_id {
        return Ok(RoleChange::Unchanged);
    }
    if person.role == Role::Administrator.code()
        && role != Role::Administrator
        && person.active
        && other_active_administrators(conn, id)? == 0
    {
        return Ok(RoleChange::LastAdministrator);
    }
    let before = format!(
        "role={}; organisation={}",
        person.role,
        organisation_label(conn, person.organisation_id)?
    );
    diesel::update(people::table.find(id))
        .set((
            people::role.eq(role.code()),
            people::organisation_id.eq(organisation_id),
            people::updated_at.eq(now),
        ))
        .execute(conn)?;
    let after = format!(
        "role={}; organisation={}",
        role.code(),
        organisation_label(conn, organisation_id)?
    );
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "person.role_changed",
            subject_type: "person",
            subject_id: Some(id),
            before: &before,
            after: &after,
            public: false,
        },
        now,
    )?;
    Ok(RoleChange::Done)
}

/// What became of a deactivation or reactivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// Changed (and audited); a deactivated person's sessions are ended.
    Done,
    /// Already so.
    Unchanged,
    /// No such person.
    NotFound,
    /// Administrators cannot deactivate themselves.
    Yourself,
    /// It would leave no active administrator.
    LastAdministrator,
}

/// Deactivates (`active = false`: every session of theirs ends) or reactivates person
/// `id`, as administrator `actor`. Run in a transaction.
pub fn set_active(
    conn: &mut DbConn,
    actor: i32,
    id: i32,
    active: bool,
    now: NaiveDateTime,
) -> Result<Activation, DbError> {
    lock_administrators(conn)?;
    let Some(person) = person_summary(conn, id)? else {
        return Ok(Activation::NotFound);
    };
    if !active && actor == id {
        return Ok(Activation::Yourself);
    }
    if person.active == active {
        return Ok(Activation::Unchanged);
    }
    if !active
        && person.role == Role::Administrator.code()
        && other_active_administrators(conn, id)? == 0
    {
        return Ok(Activation::LastAdministrator);
    }
    diesel::update(people::table.find(id))
        .set((people::active.eq(active), people::updated_at.eq(now)))
        .execute(conn)?;
    if !active {
        delete_sessions_of(conn, id)?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: if active {
                "person.reactivated"
            } else {
                "person.deactivated"
            },
            subject_type: "person",
            subject_id: Some(id),
            before: &format!("active={}", person.active),
            after: &format!("active={active}"),
            public: false,
        },
        now,
    )?;
    Ok(Activation::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_search_lowers_and_escapes() {
        assert_eq!(lower_pattern("  "), None);
        assert_eq!(lower_pattern("Ana LÓPEZ").as_deref(), Some("%ana%lópez%"));
        assert_eq!(lower_pattern("a_b%").as_deref(), Some("%a\\_b\\%%"));
    }
}
