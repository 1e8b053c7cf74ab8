//! A new account: what is asked for, why it may be refused, the checks against the
//! database and its row; and accounts created at once by operators (`pfp user add`).

use chrono::NaiveDateTime;

use crate::db::queries::organisations::{self, OrganisationChoice};
use crate::db::queries::people::{self, AuditEntry, NewPerson};
use crate::db::{DbConn, DbError};
use crate::domain::person::{EmailAddress, OrganisationMismatch, check_organisation};
use crate::domain::{Language, Role};

/// Why an account was not created (the caller's input is wrong; nothing was written).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The address already has an account.
    #[error("an account with the address {0} already exists")]
    EmailTaken(String),
    /// No organisation has this code.
    #[error("no organisation has the code {0:?}")]
    UnknownOrganisation(String),
    /// The organisation (or its absence) does not fit the role.
    #[error("{role}: {mismatch}")]
    Organisation {
        /// The role asked for.
        role: Role,
        /// What is wrong.
        mismatch: OrganisationMismatch,
        /// The organisation given, if any.
        code: Option<String>,
    },
}

/// A new account as asked for (by an inviter or an operator), its values already valid.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Address.
    pub email: EmailAddress,
    /// Name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Code of the organisation (`MX`, `org:IOM`), if the role has one.
    pub organisation: Option<String>,
    /// Language of the interface and of their mail.
    pub lang: Language,
}

/// Parses an address a new account may have: the platform's rules
/// ([`EmailAddress::parse`]) and the mail library's (so its mail can always be built).
pub fn parse_new_address(input: &str) -> Option<EmailAddress> {
    EmailAddress::parse(input)
        .ok()
        .filter(|e| e.as_str().parse::<lettre::Address>().is_ok())
}

/// Whether a database error is a unique constraint (two requests creating the same
/// address at once: the second one loses).
pub fn is_unique_violation(e: &DbError) -> bool {
    matches!(
        e,
        DbError::Query(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _
        ))
    )
}

/// Checks a new account against the database: the address is free, the organisation
/// exists and fits the role.
pub(super) fn check_new(
    conn: &mut DbConn,
    account: &NewAccount,
) -> Result<Result<Option<OrganisationChoice>, Refusal>, DbError> {
    if people::by_email(conn, account.email.as_str())?.is_some() {
        return Ok(Err(Refusal::EmailTaken(account.email.to_string())));
    }
    let organisation = match account.organisation.as_deref() {
        None => None,
        Some(code) => match organisations::choice_by_code(conn, code)? {
            Some(o) => Some(o),
            None => return Ok(Err(Refusal::UnknownOrganisation(code.to_owned()))),
        },
    };
    let fit = check_organisation(
        account.role,
        organisation
            .as_ref()
            .map(|o| (o.kind.as_str(), o.country_code.as_deref())),
    );
    Ok(match fit {
        Ok(()) => Ok(organisation),
        Err(mismatch) => Err(Refusal::Organisation {
            role: account.role,
            mismatch,
            code: account.organisation.clone(),
        }),
    })
}

pub(super) fn insert(
    conn: &mut DbConn,
    account: &NewAccount,
    organisation: Option<&OrganisationChoice>,
    password_hash: Option<&str>,
    verified: bool,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    people::insert_person(
        conn,
        &NewPerson {
            email: account.email.as_str(),
            name: &account.name,
            password_hash,
            role: account.role.code(),
            organisation_id: organisation.map(|o| o.id),
            lang: account.lang.code(),
            active: true,
            email_verified_at: verified.then_some(now),
            created_at: now,
            updated_at: now,
        },
    )
}

pub(super) fn summary(account: &NewAccount, organisation: Option<&OrganisationChoice>) -> String {
    format!(
        "email={}; name={}; role={}; organisation={}",
        account.email,
        account.name,
        account.role,
        organisation.map_or("", |o| o.code.as_str())
    )
}

/// Creates an account for an operator (`pfp user add`): password set, address verified,
/// audit entry `person.created` (by nobody: the command line). Returns the new id.
pub fn add_user(
    conn: &mut DbConn,
    account: &NewAccount,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<Result<i32, Refusal>, DbError> {
    let organisation = match check_new(conn, account)? {
        Ok(o) => o,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let id = insert(
        conn,
        account,
        organisation.as_ref(),
        Some(password_hash),
        true,
        now,
    )?;
    people::audit(
        conn,
        &AuditEntry {
            person_id: None,
            action: "person.created",
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
