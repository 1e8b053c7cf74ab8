//! Who answers for each side of a brokering step, with what their mail needs: the
//! delegates of a project's owning governments, the members and delegates of an
//! organisation, and a person's contact details.

use diesel::prelude::*;

use crate::db::code::code;
use crate::db::queries::partners;
use crate::db::schema::{organisations, people};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::Contact;
use crate::domain::{Language, Role};

/// Someone who answers for a side, with what their mail needs.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// Person id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Language setting.
    pub lang: Language,
    /// Their organisation's name.
    pub organisation: String,
}

impl Recipient {
    /// As a contact given to the other side.
    pub fn contact(&self) -> Contact {
        Contact {
            name: self.name.clone(),
            email: self.email.clone(),
            organisation: self.organisation.clone(),
        }
    }
}

/// Active people of `organisation_ids` in `roles`, by name.
pub fn people_of(
    conn: &mut DbConn,
    organisation_ids: &[i32],
    roles: &[Role],
) -> Result<Vec<Recipient>, DbError> {
    let roles: Vec<&str> = roles.iter().map(|r| r.code()).collect();
    let rows: Vec<(i32, String, String, String, String)> = people::table
        .inner_join(organisations::table)
        .filter(people::organisation_id.eq_any(organisation_ids))
        .filter(people::role.eq_any(roles))
        .filter(people::active.eq(true))
        .select((
            people::id,
            people::name,
            people::email,
            people::lang,
            organisations::name,
        ))
        .order((people::name, people::id))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, name, email, lang, organisation)| {
            Ok(Recipient {
                id,
                name,
                email,
                lang: code("people.lang", &lang)?,
                organisation,
            })
        })
        .collect()
}

/// Who answers for a project: the delegates of its owning governments.
pub fn project_side(conn: &mut DbConn, project_id: i32) -> Result<Vec<Recipient>, DbError> {
    let owners = partners::owner_ids(conn, project_id)?;
    people_of(conn, &owners, &[Role::Delegate])
}

/// Who answers for an organisation: its members and delegates.
pub fn organisation_side(
    conn: &mut DbConn,
    organisation_id: i32,
) -> Result<Vec<Recipient>, DbError> {
    people_of(conn, &[organisation_id], &[Role::Member, Role::Delegate])
}

/// A person's name and address.
pub fn person_contact(conn: &mut DbConn, person_id: i32) -> Result<Option<Contact>, DbError> {
    let row: Option<(String, String, Option<String>)> = people::table
        .left_join(organisations::table)
        .filter(people::id.eq(person_id))
        .select((people::name, people::email, organisations::name.nullable()))
        .first(conn)
        .optional()?;
    Ok(row.map(|(name, email, organisation)| Contact {
        name,
        email,
        organisation: organisation.unwrap_or_default(),
    }))
}

/// The active people with `role` (any organisation, or none), by name; with `only`,
/// just that person if they hold the role.
pub fn with_role(
    conn: &mut DbConn,
    role: Role,
    only: Option<i32>,
) -> Result<Vec<Recipient>, DbError> {
    let mut query = people::table
        .left_join(organisations::table)
        .filter(people::role.eq(role.code()))
        .filter(people::active.eq(true))
        .select((
            people::id,
            people::name,
            people::email,
            people::lang,
            organisations::name.nullable(),
        ))
        .order((people::name, people::id))
        .into_boxed();
    if let Some(id) = only {
        query = query.filter(people::id.eq(id));
    }
    let rows: Vec<(i32, String, String, String, Option<String>)> = query.load(conn)?;
    rows.into_iter()
        .map(|(id, name, email, lang, organisation)| {
            Ok(Recipient {
                id,
                name,
                email,
                lang: code("people.lang", &lang)?,
                organisation: organisation.unwrap_or_default(),
            })
        })
        .collect()
}
