//! Password reset: a request mails a short-lived link; following it sets the new
//! password and ends every session of the person.

use chrono::{Duration, NaiveDateTime};

use super::links::{
    INVITATION, Link, PASSWORD_RESET, RESET_HOURS, VERIFICATION, audit_self, consume, issue_token,
    mail_error, mail_key,
};
use crate::db::code::code;
use crate::db::queries::people::{self, AuditEntry};
use crate::db::{DbConn, DbError};
use crate::domain::Language;
use crate::domain::person::EmailAddress;
use crate::email::accounts::PasswordResetMail;
use crate::email::{Email, Outbox};

/// A password reset request: when the address belongs to an active account, a 2-hour
/// reset token and its mail (in the holder's language). Returns whether a mail was
/// queued; the visitor is told the same either way.
pub fn request_reset(
    conn: &mut DbConn,
    outbox: &Outbox,
    email: &EmailAddress,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(person) = people::by_email(conn, email.as_str())?.filter(|p| p.active) else {
        return Ok(false);
    };
    let token = issue_token(
        conn,
        PASSWORD_RESET,
        person.id,
        None,
        Duration::hours(RESET_HOURS),
        now,
    )?;
    let mail = Email::new(
        &person.email,
        code::<Language>("people.lang", &person.lang)?,
        &PasswordResetMail {
            name: person.name.clone(),
            path: format!("/password/reset/{token}"),
            valid_hours: RESET_HOURS,
        },
        mail_key("password-reset", person.id, &token),
    )
    .map_err(mail_error)?;
    outbox.enqueue(conn, &mail)?;
    people::audit(
        conn,
        &AuditEntry {
            person_id: Some(person.id),
            action: "person.password_reset_requested",
            subject_type: "person",
            subject_id: Some(person.id),
            before: "",
            after: "",
            public: false,
        },
        now,
    )?;
    Ok(true)
}

/// Sets a new password from a reset link: uses the link, sets the password, marks the
/// address verified (the mail reached it), ends every session of the person, retires
/// their pending invitation and confirmation links, audit entry `person.password_reset`.
pub fn reset_password(
    conn: &mut DbConn,
    token: &str,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<Link, DbError> {
    let link = consume(conn, token, PASSWORD_RESET, now)?;
    if let Link::Valid(p) = &link {
        people::set_password(conn, p.id, password_hash, now)?;
        people::mark_verified(conn, p.id, now)?;
        people::delete_sessions_of(conn, p.id)?;
        // The mailbox is proven and the password chosen: a pending invitation or address
        // confirmation has nothing left to do.
        people::retire_tokens(conn, p.id, INVITATION, now)?;
        people::retire_tokens(conn, p.id, VERIFICATION, now)?;
        audit_self(conn, p.id, "person.password_reset", "", now)?;
    }
    Ok(link)
}
