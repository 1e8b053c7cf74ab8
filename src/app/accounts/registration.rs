//! Self-registration as an observer, and the confirmation of the address it mails.

use chrono::{Duration, NaiveDateTime};

use super::links::{
    Link, VERIFICATION, VERIFICATION_DAYS, audit_self, consume, issue_token, mail_error, mail_key,
};
use super::new_account::{NewAccount, insert, summary};
use crate::db::code::code;
use crate::db::queries::people::{self, AuditEntry};
use crate::db::{DbConn, DbError};
use crate::domain::person::EmailAddress;
use crate::domain::{Language, Role};
use crate::email::accounts::{RegistrationAttemptMail, VerificationMail};
use crate::email::{Email, Outbox};
use crate::secrets::token;

/// What became of a registration. The visitor is told the same in both cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registration {
    /// A new observer, waiting for the confirmation of their address.
    Created(i32),
    /// The address already had an account: its holder was warned by mail (unless
    /// `warn` was false).
    Existing,
}

/// Self-registration as an observer: a new person with their password, unverified, a
/// 7-day verification token and its mail; or, when the address already has an account,
/// a warning to its holder instead (so the form reveals nothing).
#[allow(clippy::too_many_arguments)]
pub fn register(
    conn: &mut DbConn,
    outbox: &Outbox,
    email: &EmailAddress,
    name: &str,
    lang: Language,
    password_hash: &str,
    warn: bool,
    now: NaiveDateTime,
) -> Result<Registration, DbError> {
    if let Some(existing) = people::by_email(conn, email.as_str())? {
        if warn && existing.active {
            let lang: Language = code("people.lang", &existing.lang)?;
            let key = format!(
                "registration-attempt:{}:{}",
                existing.id,
                &token::random_token()[..16]
            );
            let mail = Email::new(
                &existing.email,
                lang,
                &RegistrationAttemptMail {
                    name: existing.name.clone(),
                },
                key,
            )
            .map_err(mail_error)?;
            outbox.enqueue(conn, &mail)?;
        }
        return Ok(Registration::Existing);
    }
    let account = NewAccount {
        email: email.clone(),
        name: name.to_owned(),
        role: Role::Observer,
        organisation: None,
        lang,
    };
    let id = insert(conn, &account, None, Some(password_hash), false, now)?;
    let token = issue_token(
        conn,
        VERIFICATION,
        id,
        None,
        Duration::days(VERIFICATION_DAYS),
        now,
    )?;
    let mail = Email::new(
        email.as_str(),
        lang,
        &VerificationMail {
            name: name.to_owned(),
            path: format!("/verify/{token}"),
            valid_days: VERIFICATION_DAYS,
        },
        mail_key("verification", id, &token),
    )
    .map_err(mail_error)?;
    outbox.enqueue(conn, &mail)?;
    people::audit(
        conn,
        &AuditEntry {
            person_id: Some(id),
            action: "person.registered",
            subject_type: "person",
            subject_id: Some(id),
            before: "",
            after: &summary(&account, None),
            public: false,
        },
        now,
    )?;
    Ok(Registration::Created(id))
}

/// Confirms an address: uses the link, marks the address verified, audit entry
/// `person.email_verified`.
pub fn verify_address(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Link, DbError> {
    let link = consume(conn, token, VERIFICATION, now)?;
    if let Link::Valid(p) = &link {
        people::mark_verified(conn, p.id, now)?;
        audit_self(conn, p.id, "person.email_verified", "", now)?;
    }
    Ok(link)
}
