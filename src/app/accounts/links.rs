//! The links sent by mail (invitation, address confirmation, password reset): their
//! purposes and lifetimes, issuing a token, looking at a link and using it once; and what
//! the use cases that send or follow one share (the mail's dedupe key, a mail that cannot
//! be built, the audit entry of a person acting on their own account).

use chrono::{Duration, NaiveDateTime};

use crate::db::queries::people::{self, AuditEntry, Person, TokenUse};
use crate::db::{DbConn, DbError};
use crate::secrets::token;

/// Purpose of the token of an invitation link (`/join/{token}`).
pub const INVITATION: &str = "invitation";
/// Purpose of the token that confirms an address (`/verify/{token}`).
pub const VERIFICATION: &str = "verification";
/// Purpose of the token of a password reset link (`/password/reset/{token}`).
pub const PASSWORD_RESET: &str = "password_reset";
/// Days an invitation link works.
pub const INVITATION_DAYS: i64 = 7;
/// Days an address confirmation link works.
pub const VERIFICATION_DAYS: i64 = 7;
/// Hours a password reset link works.
pub const RESET_HOURS: i64 = 2;

/// Issues a single-use token for `purpose`: stores its hash, returns the token itself
/// (which only the mail will carry).
pub fn issue_token(
    conn: &mut DbConn,
    purpose: &str,
    person_id: i32,
    created_by: Option<i32>,
    valid_for: Duration,
    now: NaiveDateTime,
) -> Result<String, DbError> {
    let token = token::random_token();
    let hash = token::hash_token(&token);
    people::insert_account_token(conn, &hash, purpose, person_id, created_by, now, valid_for)?;
    Ok(token)
}

/// The dedupe key of a message caused by issuing `token` (unique per token, without
/// revealing it).
pub(super) fn mail_key(kind: &str, person_id: i32, token: &str) -> String {
    let hash = token::hash_token(token);
    format!("{kind}:{person_id}:{}", &hash[..16])
}

pub(super) fn mail_error(e: crate::email::EmailError) -> DbError {
    // Addresses were checked before; a message that cannot be built is a bug.
    DbError::Query(diesel::result::Error::QueryBuilderError(Box::new(e)))
}

/// What a link from a mail leads to.
#[derive(Debug, Clone)]
pub enum Link {
    /// A valid link, and the person it is for.
    Valid(Person),
    /// No such link (mistyped, cut, or for another purpose): 404.
    Unknown,
    /// Past its expiry, or its account is deactivated: 410.
    Expired,
    /// Already used: 410.
    Used,
}

fn link_of(conn: &mut DbConn, outcome: TokenUse) -> Result<Link, DbError> {
    Ok(match outcome {
        TokenUse::Unknown => Link::Unknown,
        TokenUse::Expired => Link::Expired,
        TokenUse::AlreadyUsed => Link::Used,
        TokenUse::Used(id) => match people::by_id(conn, id)? {
            Some(p) if p.active => Link::Valid(p),
            Some(_) => Link::Expired,
            None => Link::Unknown,
        },
    })
}

/// Looks at a link without using it (to show the form it leads to).
pub fn peek(
    conn: &mut DbConn,
    token: &str,
    purpose: &str,
    now: NaiveDateTime,
) -> Result<Link, DbError> {
    let outcome = people::check_account_token(conn, &token::hash_token(token), purpose, now)?;
    link_of(conn, outcome)
}

/// Uses a link (once): its token counts as used, and so do the person's other unused
/// tokens of the same purpose. Call inside the transaction of what the link does.
pub(super) fn consume(
    conn: &mut DbConn,
    token: &str,
    purpose: &str,
    now: NaiveDateTime,
) -> Result<Link, DbError> {
    let outcome = people::use_account_token(conn, &token::hash_token(token), purpose, now)?;
    let link = link_of(conn, outcome)?;
    if let Link::Valid(p) = &link {
        people::retire_tokens(conn, p.id, purpose, now)?;
    }
    Ok(link)
}

pub(super) fn audit_self(
    conn: &mut DbConn,
    id: i32,
    action: &str,
    after: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    people::audit(
        conn,
        &AuditEntry {
            person_id: Some(id),
            action,
            subject_type: "person",
            subject_id: Some(id),
            before: "",
            after,
            public: false,
        },
        now,
    )
}
