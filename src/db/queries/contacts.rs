//! Contact points of organisations (rows only; who may keep them is `domain::policy`,
//! the use cases are in `app/contacts.rs`) and the personal introduction links mailed to
//! them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::code::code;
use crate::db::schema::{contact_points, introduction_links};
use crate::db::{DbConn, DbError};
use crate::domain::contact::ContactInput;
use crate::domain::{ContactKind, ContactShown, Language};

/// A contact point as stored, its codes read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPoint {
    /// Surrogate key.
    pub id: i32,
    /// Its organisation.
    pub organisation_id: i32,
    /// A named person or a role mailbox.
    pub kind: ContactKind,
    /// Name.
    pub name: String,
    /// Title or function ("" if none).
    pub title: String,
    /// Address.
    pub email: String,
    /// Language of mail to it.
    pub lang: Language,
    /// What the public page shows of it.
    pub shown: ContactShown,
    /// When a mail to it became a dead letter (it bounces), if it did.
    pub unreachable_at: Option<NaiveDateTime>,
    /// What the mail server said then.
    pub unreachable_reason: String,
}

impl ContactPoint {
    /// Whether mail to it can be expected to arrive.
    pub fn reachable(&self) -> bool {
        self.unreachable_at.is_none()
    }
}

type Row = (
    i32,
    i32,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<NaiveDateTime>,
    String,
);

fn columns() -> (
    contact_points::id,
    contact_points::organisation_id,
    contact_points::kind,
    contact_points::name,
    contact_points::title,
    contact_points::email,
    contact_points::lang,
    contact_points::shown,
    contact_points::unreachable_at,
    contact_points::unreachable_reason,
) {
    (
        contact_points::id,
        contact_points::organisation_id,
        contact_points::kind,
        contact_points::name,
        contact_points::title,
        contact_points::email,
        contact_points::lang,
        contact_points::shown,
        contact_points::unreachable_at,
        contact_points::unreachable_reason,
    )
}

fn typed(r: Row) -> Result<ContactPoint, DbError> {
    Ok(ContactPoint {
        id: r.0,
        organisation_id: r.1,
        kind: code("contact_points.kind", &r.2)?,
        name: r.3,
        title: r.4,
        email: r.5,
        lang: code("contact_points.lang", &r.6)?,
        shown: code("contact_points.shown", &r.7)?,
        unreachable_at: r.8,
        unreachable_reason: r.9,
    })
}

/// The contact points of `organisation_ids`, by organisation then name.
pub fn of_organisations(
    conn: &mut DbConn,
    organisation_ids: &[i32],
) -> Result<Vec<ContactPoint>, DbError> {
    contact_points::table
        .filter(contact_points::organisation_id.eq_any(organisation_ids))
        .order((
            contact_points::organisation_id,
            contact_points::name,
            contact_points::id,
        ))
        .select(columns())
        .load::<Row>(conn)?
        .into_iter()
        .map(typed)
        .collect()
}

/// One contact point.
pub fn get(conn: &mut DbConn, id: i32) -> Result<Option<ContactPoint>, DbError> {
    contact_points::table
        .find(id)
        .select(columns())
        .first::<Row>(conn)
        .optional()?
        .map(typed)
        .transpose()
}

/// Whether `organisation_id` already has a contact point at `email`.
pub fn exists(conn: &mut DbConn, organisation_id: i32, email: &str) -> Result<bool, DbError> {
    let n: i64 = contact_points::table
        .filter(contact_points::organisation_id.eq(organisation_id))
        .filter(contact_points::email.eq(email))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Adds a contact point; returns its id.
pub fn insert(
    conn: &mut DbConn,
    organisation_id: i32,
    c: &ContactInput,
    created_by: Option<i32>,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    Ok(diesel::insert_into(contact_points::table)
        .values((
            contact_points::organisation_id.eq(organisation_id),
            contact_points::kind.eq(c.kind.code()),
            contact_points::name.eq(&c.name),
            contact_points::title.eq(&c.title),
            contact_points::email.eq(c.email.as_str()),
            contact_points::lang.eq(c.lang.code()),
            contact_points::shown.eq(c.shown.code()),
            contact_points::unreachable_reason.eq(""),
            contact_points::created_by.eq(created_by),
            contact_points::created_at.eq(now),
            contact_points::updated_at.eq(now),
        ))
        .returning(contact_points::id)
        .get_result(conn)?)
}

/// Replaces a contact point's values; a changed address is reachable again.
pub fn update(
    conn: &mut DbConn,
    id: i32,
    c: &ContactInput,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let before = get(conn, id)?;
    let Some(before) = before else {
        return Ok(false);
    };
    let same_address = before.email == c.email.as_str();
    diesel::update(contact_points::table.find(id))
        .set((
            contact_points::kind.eq(c.kind.code()),
            contact_points::name.eq(&c.name),
            contact_points::title.eq(&c.title),
            contact_points::email.eq(c.email.as_str()),
            contact_points::lang.eq(c.lang.code()),
            contact_points::shown.eq(c.shown.code()),
            contact_points::updated_at.eq(now),
        ))
        .execute(conn)?;
    if !same_address {
        diesel::update(contact_points::table.find(id))
            .set((
                contact_points::unreachable_at.eq(None::<NaiveDateTime>),
                contact_points::unreachable_reason.eq(""),
            ))
            .execute(conn)?;
    }
    Ok(true)
}

/// Removes a contact point.
pub fn delete(conn: &mut DbConn, id: i32) -> Result<bool, DbError> {
    Ok(diesel::delete(contact_points::table.find(id)).execute(conn)? > 0)
}

/// Marks every contact point at `email` unreachable (a mail to it became a dead letter);
/// returns how many.
pub fn mark_unreachable(
    conn: &mut DbConn,
    email: &str,
    reason: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let reason: String = reason.chars().take(300).collect();
    Ok(diesel::update(
        contact_points::table
            .filter(contact_points::email.eq(email.to_lowercase()))
            .filter(contact_points::unreachable_at.is_null()),
    )
    .set((
        contact_points::unreachable_at.eq(Some(now)),
        contact_points::unreachable_reason.eq(reason),
        contact_points::updated_at.eq(now),
    ))
    .execute(conn)?)
}

/// A personal introduction link as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntroductionLink {
    /// The introduction it answers.
    pub introduction_id: i32,
    /// The contact point it was mailed to.
    pub contact_point_id: i32,
    /// Until when it works.
    pub expires_at: NaiveDateTime,
    /// When it was used, if it was.
    pub used_at: Option<NaiveDateTime>,
}

/// Stores a link (its token's hash).
pub fn insert_link(
    conn: &mut DbConn,
    token_hash: &str,
    introduction_id: i32,
    contact_point_id: i32,
    expires_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(introduction_links::table)
        .values((
            introduction_links::token_hash.eq(token_hash),
            introduction_links::introduction_id.eq(introduction_id),
            introduction_links::contact_point_id.eq(contact_point_id),
            introduction_links::created_at.eq(now),
            introduction_links::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The link with this token hash, if any.
pub fn link(conn: &mut DbConn, token_hash: &str) -> Result<Option<IntroductionLink>, DbError> {
    Ok(introduction_links::table
        .find(token_hash)
        .select((
            introduction_links::introduction_id,
            introduction_links::contact_point_id,
            introduction_links::expires_at,
            introduction_links::used_at,
        ))
        .first::<(i32, i32, NaiveDateTime, Option<NaiveDateTime>)>(conn)
        .optional()?
        .map(
            |(introduction_id, contact_point_id, expires_at, used_at)| IntroductionLink {
                introduction_id,
                contact_point_id,
                expires_at,
                used_at,
            },
        ))
}

/// Uses a link: true for the one caller that found it unused (of two at once, one wins).
pub fn use_link(conn: &mut DbConn, token_hash: &str, now: NaiveDateTime) -> Result<bool, DbError> {
    Ok(diesel::update(
        introduction_links::table
            .find(token_hash)
            .filter(introduction_links::used_at.is_null()),
    )
    .set(introduction_links::used_at.eq(Some(now)))
    .execute(conn)?
        == 1)
}

/// The most recent personal link mailed to a contact point with this address (any
/// organisation's): (introduction id, contact point id). `email` is as
/// `EmailAddress::parse` leaves it (lower case), like the stored addresses.
pub fn latest_link_to(conn: &mut DbConn, email: &str) -> Result<Option<(i32, i32)>, DbError> {
    Ok(introduction_links::table
        .inner_join(contact_points::table)
        .filter(contact_points::email.eq(email))
        .order((
            introduction_links::created_at.desc(),
            introduction_links::introduction_id.desc(),
        ))
        .select((
            introduction_links::introduction_id,
            introduction_links::contact_point_id,
        ))
        .first(conn)
        .optional()?)
}
