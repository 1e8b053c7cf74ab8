//! Administration: people (list, role, deactivation) and organisations (create, edit,
//! merge duplicates). Every change writes its audit row in the same transaction: callers
//! run the writing functions through [`crate::db::Db::write`].

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Backend;
use super::people::{AuditEntry, audit, delete_sessions_of};
use crate::db::models::{NewOrganisation, Organisation};
use crate::db::schema::{engagements, organisations, people, project_partners};
use crate::db::{DbConn, DbError};
use crate::domain::organisation::OrganisationCode;
use crate::domain::search::Page;
use crate::domain::{CountryCode, Language, OrganisationKind, Region, Role};

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

/// An organisation to choose in a form: id, name, code, whether it is a government.
#[derive(Debug, Clone)]
pub struct OrganisationChoice {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Code.
    pub code: String,
    /// `OrganisationKind` code.
    pub kind: String,
}

impl OrganisationChoice {
    /// Whether it is a government (delegates belong to one).
    pub fn is_government(&self) -> bool {
        self.kind == OrganisationKind::Government.code()
    }
}

/// Every organisation, by name, for the choices of a form.
pub fn organisation_choices(conn: &mut DbConn) -> Result<Vec<OrganisationChoice>, DbError> {
    Ok(organisations::table
        .order((organisations::name, organisations::id))
        .select((
            organisations::id,
            organisations::name,
            organisations::code,
            organisations::kind,
        ))
        .load::<(i32, String, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, code, kind)| OrganisationChoice {
            id,
            name,
            code,
            kind,
        })
        .collect())
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

/// An organisation as an administrator typed it, every value checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationValues {
    /// Code.
    pub code: OrganisationCode,
    /// Name.
    pub name: String,
    /// Acronym.
    pub acronym: Option<String>,
    /// Kind.
    pub kind: OrganisationKind,
    /// Country.
    pub country: Option<CountryCode>,
    /// Region.
    pub region: Option<Region>,
    /// Description.
    pub description: String,
    /// Web site.
    pub website: Option<String>,
    /// Language of the name and description.
    pub lang: Language,
}

impl OrganisationValues {
    /// The values as `(field, value)` pairs, for audit summaries.
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("code", self.code.as_str().to_owned()),
            ("name", self.name.clone()),
            ("acronym", self.acronym.clone().unwrap_or_default()),
            ("kind", self.kind.code().to_owned()),
            (
                "country",
                self.country.map(|c| c.to_string()).unwrap_or_default(),
            ),
            (
                "region",
                self.region.map(|r| r.code().to_owned()).unwrap_or_default(),
            ),
            (
                "description",
                crate::domain::text::excerpt(&self.description, 100),
            ),
            ("website", self.website.clone().unwrap_or_default()),
            ("lang", self.lang.code().to_owned()),
        ]
    }

    fn search_text(&self) -> String {
        crate::text::search_text([
            self.name.as_str(),
            self.acronym.as_deref().unwrap_or(""),
            self.description.as_str(),
        ])
    }
}

fn stored_fields(o: &Organisation) -> Vec<(&'static str, String)> {
    vec![
        ("code", o.code.clone()),
        ("name", o.name.clone()),
        ("acronym", o.acronym.clone().unwrap_or_default()),
        ("kind", o.kind.clone()),
        ("country", o.country_code.clone().unwrap_or_default()),
        ("region", o.region.clone().unwrap_or_default()),
        (
            "description",
            crate::domain::text::excerpt(&o.description, 100),
        ),
        ("website", o.website.clone().unwrap_or_default()),
        ("lang", o.lang.clone()),
    ]
}

fn summary(fields: &[(&'static str, String)]) -> String {
    fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An organisation by id.
pub fn organisation(conn: &mut DbConn, id: i32) -> Result<Option<Organisation>, DbError> {
    Ok(organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?)
}

/// What became of a create or an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Saved (and audited); the organisation's id.
    Done(i32),
    /// An edit that changed nothing.
    Unchanged(i32),
    /// Another organisation has this code.
    CodeTaken,
    /// No such organisation (edit).
    NotFound,
}

fn code_taken(conn: &mut DbConn, code: &str, except: Option<i32>) -> Result<bool, DbError> {
    let mut query = organisations::table
        .filter(organisations::code.eq(code.to_owned()))
        .into_boxed();
    if let Some(id) = except {
        query = query.filter(organisations::id.ne(id));
    }
    Ok(query.count().get_result::<i64>(conn)? > 0)
}

fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Creates an organisation, as administrator `actor`. Run in a transaction.
pub fn create_organisation(
    conn: &mut DbConn,
    actor: i32,
    v: &OrganisationValues,
    now: NaiveDateTime,
) -> Result<Saved, DbError> {
    if code_taken(conn, v.code.as_str(), None)? {
        return Ok(Saved::CodeTaken);
    }
    let country = v.country.map(|c| c.to_string());
    let inserted = diesel::insert_into(organisations::table)
        .values(&NewOrganisation {
            code: v.code.as_str(),
            name: &v.name,
            acronym: v.acronym.as_deref(),
            kind: v.kind.code(),
            country_code: country.as_deref(),
            region: v.region.map(Region::code),
            subregion: None,
            description: &v.description,
            website: v.website.as_deref(),
            lang: v.lang.code(),
            search_text: v.search_text(),
            created_at: now,
            updated_at: now,
        })
        .returning(organisations::id)
        .get_result::<i32>(conn);
    let id = match inserted {
        Ok(id) => id,
        // Created by someone else since the check: nothing was written.
        Err(e) if is_unique_violation(&e) => return Ok(Saved::CodeTaken),
        Err(e) => return Err(e.into()),
    };
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "organisation.created",
            subject_type: "organisation",
            subject_id: Some(id),
            before: "",
            after: &summary(&v.fields()),
            public: false,
        },
        now,
    )?;
    Ok(Saved::Done(id))
}

/// Changes organisation `id`, as administrator `actor`; the audit row lists the fields
/// that changed. Run in a transaction.
pub fn update_organisation(
    conn: &mut DbConn,
    actor: i32,
    id: i32,
    v: &OrganisationValues,
    now: NaiveDateTime,
) -> Result<Saved, DbError> {
    let Some(old) = organisation(conn, id)? else {
        return Ok(Saved::NotFound);
    };
    if code_taken(conn, v.code.as_str(), Some(id))? {
        return Ok(Saved::CodeTaken);
    }
    let (before, after): (Vec<_>, Vec<_>) = stored_fields(&old)
        .into_iter()
        .zip(v.fields())
        .filter(|(a, b)| a.1 != b.1)
        .unzip();
    // The description is summarised: compare it in full.
    let description_changed = old.description != v.description;
    if before.is_empty() && !description_changed {
        return Ok(Saved::Unchanged(id));
    }
    let country = v.country.map(|c| c.to_string());
    let updated = diesel::update(organisations::table.find(id))
        .set((
            organisations::code.eq(v.code.as_str()),
            organisations::name.eq(&v.name),
            organisations::acronym.eq(v.acronym.as_deref()),
            organisations::kind.eq(v.kind.code()),
            organisations::country_code.eq(country.as_deref()),
            organisations::region.eq(v.region.map(Region::code)),
            organisations::description.eq(&v.description),
            organisations::website.eq(v.website.as_deref()),
            organisations::lang.eq(v.lang.code()),
            organisations::search_text.eq(v.search_text()),
            organisations::updated_at.eq(now),
        ))
        .execute(conn);
    match updated {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Ok(Saved::CodeTaken),
        Err(e) => return Err(e.into()),
    }
    let (mut before, mut after) = (summary(&before), summary(&after));
    if before.is_empty() && after.is_empty() {
        before = "description=…".to_owned();
        after = "description=…".to_owned();
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "organisation.updated",
            subject_type: "organisation",
            subject_id: Some(id),
            before: &before,
            after: &after,
            public: false,
        },
        now,
    )?;
    Ok(Saved::Done(id))
}

/// What a merge moves from the duplicate to the organisation kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Project partnerships moved.
    pub partners_moved: i64,
    /// Project partnerships dropped because the kept organisation already had them.
    pub partners_skipped: i64,
    /// Engagements moved.
    pub engagements: i64,
    /// People moved.
    pub people: i64,
}

/// What a merge would move: partnerships, engagements and people of organisation `id`.
pub fn dependants(conn: &mut DbConn, id: i32) -> Result<MergeCounts, DbError> {
    let partners: i64 = project_partners::table
        .filter(project_partners::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    let engagements: i64 = engagements::table
        .filter(engagements::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    let people: i64 = people::table
        .filter(people::organisation_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(MergeCounts {
        partners_moved: partners,
        partners_skipped: 0,
        engagements,
        people,
    })
}

/// What became of a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Merged (and audited); what moved.
    Done(MergeCounts),
    /// No such duplicate.
    NotFound,
    /// The organisation to keep does not exist.
    KeepNotFound,
    /// An organisation cannot be merged into itself.
    Same,
    /// The duplicate has delegates and the organisation kept is not a government.
    DelegatesNeedGovernment,
}

/// Merges organisation `duplicate` into `keep`, as administrator `actor`: its project
/// partnerships (except those that would repeat a (project, role) pair the kept one
/// already has), engagements and people move to `keep`, then the duplicate is deleted.
/// Each project whose partners change gets a public history entry. Run in a transaction.
pub fn merge_organisations(
    conn: &mut DbConn,
    actor: i32,
    duplicate: i32,
    keep: i32,
    now: NaiveDateTime,
) -> Result<Merge, DbError> {
    if duplicate == keep {
        return Ok(Merge::Same);
    }
    let Some(dup) = organisation(conn, duplicate)? else {
        return Ok(Merge::NotFound);
    };
    let Some(kept) = organisation(conn, keep)? else {
        return Ok(Merge::KeepNotFound);
    };
    if kept.kind != OrganisationKind::Government.code() {
        let delegates: i64 = people::table
            .filter(people::organisation_id.eq(duplicate))
            .filter(people::role.eq(Role::Delegate.code()))
            .count()
            .get_result(conn)?;
        if delegates > 0 {
            return Ok(Merge::DelegatesNeedGovernment);
        }
    }
    let mut counts = MergeCounts::default();
    let theirs: Vec<(i32, String)> = project_partners::table
        .filter(project_partners::organisation_id.eq(duplicate))
        .select((project_partners::project_id, project_partners::role))
        .order((project_partners::project_id, project_partners::role))
        .load(conn)?;
    let project_ids: Vec<i32> = theirs.iter().map(|(p, _)| *p).collect();
    let ours: HashSet<(i32, String)> = project_partners::table
        .filter(project_partners::organisation_id.eq(keep))
        .filter(project_partners::project_id.eq_any(&project_ids))
        .select((project_partners::project_id, project_partners::role))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect();
    let mut projects: Vec<i32> = Vec::new();
    for (project_id, role) in theirs {
        let row = project_partners::table
            .filter(project_partners::project_id.eq(project_id))
            .filter(project_partners::organisation_id.eq(duplicate))
            .filter(project_partners::role.eq(role.clone()));
        if ours.contains(&(project_id, role)) {
            diesel::delete(row).execute(conn)?;
            counts.partners_skipped += 1;
        } else {
            diesel::update(row)
                .set(project_partners::organisation_id.eq(keep))
                .execute(conn)?;
            counts.partners_moved += 1;
        }
        if projects.last() != Some(&project_id) {
            projects.push(project_id);
        }
    }
    let n = |x: usize| i64::try_from(x).unwrap_or(i64::MAX);
    counts.engagements = n(diesel::update(
        engagements::table.filter(engagements::organisation_id.eq(duplicate)),
    )
    .set(engagements::organisation_id.eq(keep))
    .execute(conn)?);
    counts.people = n(
        diesel::update(people::table.filter(people::organisation_id.eq(duplicate)))
            .set((people::organisation_id.eq(keep), people::updated_at.eq(now)))
            .execute(conn)?,
    );
    diesel::delete(organisations::table.find(duplicate)).execute(conn)?;
    for project_id in projects {
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor),
                action: "project.partner_merged",
                subject_type: "project",
                subject_id: Some(project_id),
                before: &dup.name,
                after: &kept.name,
                public: true,
            },
            now,
        )?;
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "organisation.merged",
            subject_type: "organisation",
            subject_id: Some(keep),
            before: &format!("merged={} ({}, #{})", dup.name, dup.code, dup.id),
            after: &format!(
                "kept={} ({}); partnerships moved={}, skipped={}; engagements={}; people={}",
                kept.name,
                kept.code,
                counts.partners_moved,
                counts.partners_skipped,
                counts.engagements,
                counts.people
            ),
            public: false,
        },
        now,
    )?;
    Ok(Merge::Done(counts))
}

/// What the administration's front page counts: people, organisations, and messages
/// given up on (outbox rows in status `dead`, as the mail layer names it).
pub fn counts(conn: &mut DbConn, dead: &'static str) -> Result<(i64, i64, i64), DbError> {
    use crate::db::schema::outbox;
    let people: i64 = people::table.count().get_result(conn)?;
    let organisations: i64 = organisations::table.count().get_result(conn)?;
    let dead: i64 = outbox::table
        .filter(outbox::status.eq(dead))
        .count()
        .get_result(conn)?;
    Ok((people, organisations, dead))
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
