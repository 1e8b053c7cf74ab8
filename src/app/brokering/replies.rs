//! Answers by personal link (issue 13, point 2): a contact point of an organisation that
//! nobody of it has an account for receives an introduction with a link of its own. The
//! link opens the introduction; accepting creates the person's account as a member (a
//! delegate, for a government) of that organisation in the same step, the address being
//! verified by the link itself; declining needs no account. A link works once and
//! expires with the introduction.

use chrono::NaiveDateTime;

use super::send;
use super::settle::{AnswerRefusal, introduction_data, settle};
use crate::db::code::code;
use crate::db::queries::brokering::{self as q, IntroductionDetail, Recipient};
use crate::db::queries::contacts::{self, ContactPoint};
use crate::db::queries::organisations;
use crate::db::queries::people::{self, AuditEntry, NewPerson, audit};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::{Answer, IntroductionState, Side};
use crate::domain::{Language, OrganisationKind, Role};
use crate::email::brokering::IntroductionMail;
use crate::email::{Email, Outbox};
use crate::secrets::token::{hash_token, random_token};

/// Why a personal link cannot be used; the page says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// No link has this token (mistyped, cut, or forged).
    Unknown,
    /// It was used already.
    Used,
    /// Its time ran out.
    Expired,
    /// The introduction was settled otherwise (answered by someone else of the
    /// organisation, declined by the project, expired).
    Closed,
    /// The organisation has since merged into another or been removed.
    Gone,
}

/// Whether the address already has an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Account {
    /// None: accepting creates one.
    New,
    /// One that was never taken up (no password yet), of this organisation: accepting
    /// claims it.
    Unclaimed(i32),
    /// One in use: the person signs in and answers inside the platform.
    InUse,
}

/// An open personal link: the introduction, the contact it was sent to, and whether
/// its address has an account.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The introduction.
    pub detail: IntroductionDetail,
    /// The contact point it was mailed to.
    pub contact: ContactPoint,
    /// The address's account, if any.
    pub account: Account,
}

/// Opens the link with this token at `now`.
pub fn open(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> Result<Result<Opened, LinkProblem>, DbError> {
    let Some(link) = contacts::link(conn, &hash_token(token))? else {
        return Ok(Err(LinkProblem::Unknown));
    };
    if link.used_at.is_some() {
        return Ok(Err(LinkProblem::Used));
    }
    let Some(detail) = q::introduction(conn, link.introduction_id)? else {
        return Ok(Err(LinkProblem::Gone));
    };
    let Some(contact) = contacts::get(conn, link.contact_point_id)? else {
        return Ok(Err(LinkProblem::Gone));
    };
    if contact.organisation_id != detail.intro.organisation_id {
        return Ok(Err(LinkProblem::Gone));
    }
    // One made for an organisation since merged into another, and closed (by the merge,
    // or since): the page says the organisation was merged.
    if detail.merged_from.is_some() && detail.intro.state != IntroductionState::Proposed.code() {
        return Ok(Err(LinkProblem::Gone));
    }
    // An introduction that ran out of time says so (a new one can be proposed); one
    // settled otherwise is closed.
    if detail.intro.state == IntroductionState::Expired.code() {
        return Ok(Err(LinkProblem::Expired));
    }
    if detail.intro.state != IntroductionState::Proposed.code()
        || detail.intro.candidate_answer.is_some()
    {
        return Ok(Err(LinkProblem::Closed));
    }
    if link.expires_at <= now || detail.intro.expires_at <= now {
        return Ok(Err(LinkProblem::Expired));
    }
    let account = match people::by_email(conn, &contact.email)? {
        None => Account::New,
        Some(p)
            if p.password_hash.is_none()
                && p.organisation_id == Some(detail.intro.organisation_id) =>
        {
            Account::Unclaimed(p.id)
        }
        Some(_) => Account::InUse,
    };
    Ok(Ok(Opened {
        detail,
        contact,
        account,
    }))
}

/// What accepting asks of the person: nothing more than their account needs.
#[derive(Debug, Clone)]
pub struct NewMember {
    /// Their name.
    pub name: String,
    /// The argon2id hash of the password they chose.
    pub password_hash: String,
    /// Their language.
    pub lang: Language,
}

/// Why an answer by link was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyRefusal {
    /// The link cannot be used.
    Link(LinkProblem),
    /// The address has an account in use: sign in and answer inside the platform.
    HasAccount,
}

/// What an accepted link leaves: the new member (to sign in) and the introduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted {
    /// The account created or claimed.
    pub person_id: i32,
    /// The introduction.
    pub introduction_id: i32,
    /// Its state afterwards (accepted when the project had accepted already).
    pub state: IntroductionState,
}

fn claim_link(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> Result<Result<Opened, ReplyRefusal>, DbError> {
    let opened = match open(conn, token, now)? {
        Ok(o) => o,
        Err(p) => return Ok(Err(ReplyRefusal::Link(p))),
    };
    // Of two answers by the same link at once, one wins.
    if !contacts::use_link(conn, &hash_token(token), now)? {
        return Ok(Err(ReplyRefusal::Link(LinkProblem::Used)));
    }
    Ok(Ok(opened))
}

fn refused(r: AnswerRefusal) -> ReplyRefusal {
    ReplyRefusal::Link(match r {
        AnswerRefusal::NotFound => LinkProblem::Gone,
        AnswerRefusal::NotYours | AnswerRefusal::Closed | AnswerRefusal::AlreadyAnswered => {
            LinkProblem::Closed
        }
    })
}

/// Accepts by link: creates (or claims) the account, then answers for the organisation,
/// in the caller's transaction. Everything that could refuse is checked before the
/// account is made; only a race (someone else of the organisation answering in the same
/// instant) leaves the account without this answer, which is then a member like any
/// other and finds the introduction settled.
pub fn accept(
    conn: &mut DbConn,
    outbox: &Outbox,
    token: &str,
    member: &NewMember,
    now: NaiveDateTime,
) -> Result<Result<Accepted, ReplyRefusal>, DbError> {
    let opened = match claim_link(conn, token, now)? {
        Ok(o) => o,
        Err(r) => return Ok(Err(r)),
    };
    let organisation_id = opened.detail.intro.organisation_id;
    let person_id = match opened.account {
        Account::InUse => return Ok(Err(ReplyRefusal::HasAccount)),
        Account::Unclaimed(id) => {
            people::claim(
                conn,
                id,
                &member.name,
                &member.password_hash,
                member.lang,
                now,
            )?;
            id
        }
        Account::New => {
            let Some(org) = organisations::choice_by_id(conn, organisation_id)? else {
                return Ok(Err(ReplyRefusal::Link(LinkProblem::Gone)));
            };
            let kind: OrganisationKind = code("organisations.kind", &org.kind)?;
            let role = if kind == OrganisationKind::Government {
                Role::Delegate
            } else {
                Role::Member
            };
            people::insert_person(
                conn,
                &NewPerson {
                    email: &opened.contact.email,
                    name: &member.name,
                    password_hash: Some(&member.password_hash),
                    role: role.code(),
                    organisation_id: Some(organisation_id),
                    lang: member.lang.code(),
                    active: true,
                    // The link went to this address: following it verifies it.
                    email_verified_at: Some(now),
                    created_at: now,
                    updated_at: now,
                },
            )?
        }
    };
    let after = format!(
        "through the introduction link of contact point {} ({})",
        opened.contact.id, opened.contact.name
    );
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person_id),
            action: "person.joined_by_introduction",
            subject_type: "person",
            subject_id: Some(person_id),
            before: "",
            after: &after,
            public: false,
        },
        now,
    )?;
    let d = &opened.detail;
    match settle(
        conn,
        outbox,
        d,
        Side::Candidate,
        Answer::Accept,
        "",
        Some(person_id),
        now,
    )? {
        Ok(state) => Ok(Ok(Accepted {
            person_id,
            introduction_id: d.intro.id,
            state,
        })),
        Err(r) => Ok(Err(refused(r))),
    }
}

/// Declines by link, with the reason (checked by the caller); no account is made.
pub fn decline(
    conn: &mut DbConn,
    outbox: &Outbox,
    token: &str,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Result<i32, ReplyRefusal>, DbError> {
    let opened = match claim_link(conn, token, now)? {
        Ok(o) => o,
        Err(r) => return Ok(Err(r)),
    };
    let d = &opened.detail;
    match settle(
        conn,
        outbox,
        d,
        Side::Candidate,
        Answer::Decline,
        reason,
        None,
        now,
    )? {
        Ok(_) => Ok(Ok(d.intro.id)),
        Err(r) => Ok(Err(refused(r))),
    }
}

/// Mails each contact point its personal link to a just proposed introduction: a token
/// stored hashed, single use, expiring with the introduction.
pub(super) fn mail_contacts(
    conn: &mut DbConn,
    outbox: &Outbox,
    d: &IntroductionDetail,
    to: &[ContactPoint],
    facilitator: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let id = d.intro.id;
    for c in to {
        let token = random_token();
        contacts::insert_link(conn, &hash_token(&token), id, c.id, d.intro.expires_at, now)?;
        let r = Recipient {
            id: 0,
            name: c.name.clone(),
            email: c.email.clone(),
            lang: c.lang,
            organisation: d.organisation.clone(),
        };
        let mail = IntroductionMail {
            path: format!("/reply/{token}"),
            personal: true,
            ..introduction_data(d, Side::Candidate, &r, facilitator.to_owned(), false)
        };
        let key = format!("introduction:{id}:proposed:contact:{}", c.id);
        send(conn, outbox, Email::new(&c.email, c.lang, &mail, key))?;
    }
    Ok(())
}
