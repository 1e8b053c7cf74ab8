//! One-click unsubscribe links (RFC 8058). The unguessable token in the link is the only
//! authority: a mail client's POST carries no cookie and no CSRF token. A link keeps
//! working (using it twice changes nothing more), so a person who clicks an old mail
//! is not shown an error.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::prefs::Unsubscribe;
use crate::db::schema::{people, unsubscribe_tokens};
use crate::db::{DbConn, DbError};
use crate::secrets::token::hash_token;

/// What a link does, and for whom.
#[derive(Debug, Clone)]
pub struct Link {
    /// The person.
    pub person_id: i32,
    /// Their name.
    pub name: String,
    /// Their language code.
    pub lang: String,
    /// What it turns off.
    pub what: Unsubscribe,
}

/// The link of `token`, if it was issued (tokens look like hex; anything else is
/// unknown without asking the database).
pub fn lookup(conn: &mut DbConn, token: &str) -> Result<Option<Link>, DbError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let row: Option<(i32, String, String, String)> = unsubscribe_tokens::table
        .inner_join(people::table)
        .filter(unsubscribe_tokens::token_hash.eq(hash_token(token)))
        .select((
            unsubscribe_tokens::person_id,
            unsubscribe_tokens::kind,
            people::name,
            people::lang,
        ))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(person_id, kind, name, lang)| {
        Unsubscribe::from_code(&kind).map(|what| Link {
            person_id,
            name,
            lang,
            what,
        })
    }))
}

/// Uses the link of `token`: what it names is turned off. `None` if unknown.
pub fn redeem(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<Link>, DbError> {
    let Some(link) = lookup(conn, token)? else {
        return Ok(None);
    };
    link.what.apply(conn, link.person_id)?;
    diesel::update(unsubscribe_tokens::table.find(hash_token(token)))
        .set(unsubscribe_tokens::used_at.eq(Some(now)))
        .execute(conn)?;
    Ok(Some(link))
}
