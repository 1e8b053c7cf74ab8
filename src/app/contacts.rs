//! Contact points: adding, changing and removing them (issue 13, point 1). Who may is
//! `domain::policy::keeps_contacts`; every change leaves an audit entry (never the
//! address itself: the audit log is read more widely than the contacts are).

use chrono::NaiveDateTime;

use crate::db::queries::contacts::{self, ContactPoint};
use crate::db::queries::organisations;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::contact::ContactInput;
use crate::domain::policy;

/// Why a change to contact points was not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactRefusal {
    /// No such organisation, or no such contact point of it.
    NotFound,
    /// The person may not keep this organisation's contacts.
    NotAllowed,
    /// The organisation already has a contact point at this address.
    Duplicate,
}

fn check(
    conn: &mut DbConn,
    actor: &Actor,
    organisation_id: i32,
) -> Result<Result<(), ContactRefusal>, DbError> {
    if organisations::name_of(conn, organisation_id)?.is_none() {
        return Ok(Err(ContactRefusal::NotFound));
    }
    if !policy::keeps_contacts(actor.role, actor.organisation_id, organisation_id) {
        return Ok(Err(ContactRefusal::NotAllowed));
    }
    Ok(Ok(()))
}

fn record(
    conn: &mut DbConn,
    actor: &Actor,
    action: &'static str,
    organisation_id: i32,
    what: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.id),
            action,
            subject_type: "organisation",
            subject_id: Some(organisation_id),
            before: "",
            after: what,
            public: false,
        },
        now,
    )
}

/// Adds a contact point to `organisation_id`; returns its id.
pub fn add(
    conn: &mut DbConn,
    actor: &Actor,
    organisation_id: i32,
    c: &ContactInput,
    now: NaiveDateTime,
) -> Result<Result<i32, ContactRefusal>, DbError> {
    if let Err(r) = check(conn, actor, organisation_id)? {
        return Ok(Err(r));
    }
    if contacts::exists(conn, organisation_id, c.email.as_str())? {
        return Ok(Err(ContactRefusal::Duplicate));
    }
    let id = contacts::insert(conn, organisation_id, c, Some(actor.id), now)?;
    let what = format!("{} ({})", c.name, c.kind.code());
    record(conn, actor, "contact.added", organisation_id, &what, now)?;
    Ok(Ok(id))
}

/// The contact point `id` if it belongs to `organisation_id`.
fn of(conn: &mut DbConn, organisation_id: i32, id: i32) -> Result<Option<ContactPoint>, DbError> {
    Ok(contacts::get(conn, id)?.filter(|c| c.organisation_id == organisation_id))
}

/// Changes contact point `id` of `organisation_id`.
pub fn change(
    conn: &mut DbConn,
    actor: &Actor,
    organisation_id: i32,
    id: i32,
    c: &ContactInput,
    now: NaiveDateTime,
) -> Result<Result<(), ContactRefusal>, DbError> {
    if let Err(r) = check(conn, actor, organisation_id)? {
        return Ok(Err(r));
    }
    let Some(before) = of(conn, organisation_id, id)? else {
        return Ok(Err(ContactRefusal::NotFound));
    };
    if before.email != c.email.as_str()
        && contacts::exists(conn, organisation_id, c.email.as_str())?
    {
        return Ok(Err(ContactRefusal::Duplicate));
    }
    contacts::update(conn, id, c, now)?;
    let what = format!("{} ({})", c.name, c.kind.code());
    record(conn, actor, "contact.changed", organisation_id, &what, now)?;
    Ok(Ok(()))
}

/// Removes contact point `id` of `organisation_id`.
pub fn remove(
    conn: &mut DbConn,
    actor: &Actor,
    organisation_id: i32,
    id: i32,
    now: NaiveDateTime,
) -> Result<Result<(), ContactRefusal>, DbError> {
    if let Err(r) = check(conn, actor, organisation_id)? {
        return Ok(Err(r));
    }
    let Some(before) = of(conn, organisation_id, id)? else {
        return Ok(Err(ContactRefusal::NotFound));
    };
    contacts::delete(conn, id)?;
    record(
        conn,
        actor,
        "contact.removed",
        organisation_id,
        &before.name,
        now,
    )?;
    Ok(Ok(()))
}
