//! A contact point asks for a new personal link (issue 13, "bad input and faults"): the
//! link it was mailed had expired, had been used, or does not open (cut in two by a mail
//! program). The request reaches the facilitator who proposed the introduction (every
//! facilitator, when that one is gone), who can propose it again from the queue.
//!
//! A link that opens names its introduction. One that does not is traced by the address
//! the person types: the latest link mailed to a contact point at that address. Whether
//! an address is known is never revealed (the page says the same either way), and each
//! facilitator hears of a given contact, introduction and trouble at most once a day (the
//! outbox's dedupe key), so the form cannot be used to flood anyone's mailbox.

use chrono::NaiveDateTime;

use super::replies::{LinkProblem, open};
use super::send;
use crate::db::queries::brokering::{self as q, with_role};
use crate::db::queries::contacts;
use crate::db::{DbConn, DbError};
use crate::domain::Role;
use crate::domain::person::EmailAddress;
use crate::email::brokering::LinkRenewalMail;
use crate::email::{Email, Outbox};
use crate::secrets::token::hash_token;

/// Asks for a new link for the link with `token`, or, when no link has that token, for
/// the latest link mailed to `address`. Returns how many facilitators were told (0 when
/// nothing was found, or when the link still works and needs no renewal).
pub fn ask(
    conn: &mut DbConn,
    outbox: &Outbox,
    token: &str,
    address: Option<&EmailAddress>,
    message: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let (introduction_id, contact_point_id, problem) =
        match contacts::link(conn, &hash_token(token))? {
            Some(link) => match open(conn, token, now)? {
                Ok(_) => return Ok(0),
                Err(p) => (link.introduction_id, link.contact_point_id, p),
            },
            None => match address {
                Some(a) => match contacts::latest_link_to(conn, a.as_str())? {
                    Some((i, c)) => (i, c, LinkProblem::Unknown),
                    None => return Ok(0),
                },
                None => return Ok(0),
            },
        };
    let problem = match problem {
        LinkProblem::Used => "used",
        LinkProblem::Expired => "expired",
        LinkProblem::Closed => "closed",
        LinkProblem::Unknown => "unknown",
        // The introduction or its organisation is gone: nothing to propose again.
        LinkProblem::Gone => return Ok(0),
    };
    let (Some(d), Some(contact)) = (
        q::introduction(conn, introduction_id)?,
        contacts::get(conn, contact_point_id)?,
    ) else {
        return Ok(0);
    };
    let mut to = match d.intro.proposed_by {
        Some(id) => with_role(conn, Role::Facilitator, Some(id))?,
        None => Vec::new(),
    };
    if to.is_empty() {
        to = with_role(conn, Role::Facilitator, None)?;
    }
    for r in &to {
        let mail = LinkRenewalMail {
            name: r.name.clone(),
            contact: contact.name.clone(),
            email: contact.email.clone(),
            organisation: d.organisation.clone(),
            project_title: d.project_title.clone(),
            problem: problem.to_owned(),
            message: message.to_owned(),
            path: format!("/facilitator/projects/{}", d.intro.project_id),
        };
        let key = format!(
            "link-renewal:{}:{}:{problem}:{}:{}",
            d.intro.id,
            contact.id,
            r.id,
            now.date()
        );
        send(conn, outbox, Email::new(&r.email, r.lang, &mail, key))?;
    }
    Ok(to.len())
}
