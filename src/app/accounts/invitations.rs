//! Invitations: an inviter creates the account (without a password) and mails its link;
//! the person invited follows it and chooses their name and password.

use chrono::{Duration, NaiveDateTime};

use super::links::{
    INVITATION, INVITATION_DAYS, Link, audit_self, consume, issue_token, mail_error, mail_key,
};
use super::new_account::{NewAccount, Refusal, check_new, insert, summary};
use crate::db::queries::people::{self, AuditEntry};
use crate::db::{DbConn, DbError};
use crate::email::accounts::InvitationMail;
use crate::email::{Email, Outbox};

/// Who sends an invitation.
#[derive(Debug, Clone)]
pub struct Inviter {
    /// Person id.
    pub id: i32,
    /// Name, as the invitation shows it.
    pub name: String,
}

/// Invites someone: creates the person (active, without a password), a 7-day invitation
/// token, the invitation mail with its link, and the audit entry `person.invited`.
/// Returns the new person's id.
pub fn invite(
    conn: &mut DbConn,
    outbox: &Outbox,
    inviter: &Inviter,
    account: &NewAccount,
    now: NaiveDateTime,
) -> Result<Result<i32, Refusal>, DbError> {
    let organisation = match check_new(conn, account)? {
        Ok(o) => o,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let id = insert(conn, account, organisation.as_ref(), None, false, now)?;
    let token = issue_token(
        conn,
        INVITATION,
        id,
        Some(inviter.id),
        Duration::days(INVITATION_DAYS),
        now,
    )?;
    let mail = Email::new(
        account.email.as_str(),
        account.lang,
        &InvitationMail {
            name: account.name.clone(),
            inviter: inviter.name.clone(),
            role: account.role,
            organisation: organisation.as_ref().map(|o| o.name.clone()),
            path: format!("/join/{token}"),
            valid_days: INVITATION_DAYS,
        },
        mail_key("invitation", id, &token),
    )
    .map_err(mail_error)?;
    outbox.enqueue(conn, &mail)?;
    people::audit(
        conn,
        &AuditEntry {
            person_id: Some(inviter.id),
            action: "person.invited",
            subject_type: "person",
            subject_id: Some(id),
            before: "",
            after: &summary(account, organisation.as_ref()),
            public: false,
        },
        now,
    )?;
    Ok(Ok(id))
}

/// Accepts an invitation: uses the link, sets the name and password, marks the address
/// verified (the mail reached it), audit entry `person.joined`.
pub fn accept_invitation(
    conn: &mut DbConn,
    token: &str,
    name: &str,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<Link, DbError> {
    let link = consume(conn, token, INVITATION, now)?;
    if let Link::Valid(p) = &link {
        people::update_profile(conn, p.id, name, &p.lang, now)?;
        people::set_password(conn, p.id, password_hash, now)?;
        people::mark_verified(conn, p.id, now)?;
        audit_self(conn, p.id, "person.joined", &format!("name={name}"), now)?;
    }
    Ok(link)
}
