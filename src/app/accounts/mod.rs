//! Account use cases: invitations, self-registration with address verification, password
//! reset, and accounts created by operators (`pfp user add`).
//!
//! Each function runs inside the caller's transaction (`Db::write`), together with its
//! mail (queued in the outbox) and its audit entry, so nothing half-happens. Links sent by
//! mail carry a random token; the database keeps only its hash (`account_tokens`), and a
//! token works once, until it expires.

use chrono::{Duration, NaiveDateTime};

use crate::db::code::code;
use crate::db::queries::organisations::{self, OrganisationChoice};
use crate::db::queries::people::{self, AuditEntry, NewPerson, Person, TokenUse};
use crate::db::{DbConn, DbError};
use crate::domain::person::{EmailAddress, OrganisationMismatch, check_organisation};
use crate::domain::{Language, Role};
use crate::email::accounts::{
    InvitationMail, PasswordResetMail, RegistrationAttemptMail, VerificationMail,
};
use crate::email::{Email, Outbox};
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
fn check_new(
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

fn insert(
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

fn summary(account: &NewAccount, organisation: Option<&OrganisationChoice>) -> String {
    format!(
        "email={}; name={}; role={}; organisation={}",
        account.email,
        account.name,
        account.role,
        organisation.map_or("", |o| o.code.as_str())
    )
}

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
fn mail_key(kind: &str, person_id: i32, token: &str) -> String {
    let hash = token::hash_token(token);
    format!("{kind}:{person_id}:{}", &hash[..16])
}

fn mail_error(e: crate::email::EmailError) -> DbError {
    // Addresses were checked before; a message that cannot be built is a bug.
    DbError::Query(diesel::result::Error::QueryBuilderError(Box::new(e)))
}

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
fn consume(
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

fn audit_self(
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

#[cfg(test)]
mod tests {
    use crate::domain::Language;
    use crate::i18n;

    fn keys(ftl: &str) -> Vec<&str> {
        let mut k: Vec<&str> = ftl
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split(" =").next())
            .collect();
        k.sort_unstable();
        k
    }

    #[test]
    fn the_six_accounts_files_have_the_same_keys_and_no_other_file_has_them() {
        let en = keys(include_str!("../../i18n/locales/en/accounts.ftl"));
        assert!(en.len() > 40);
        let others = [
            ("fr", include_str!("../../i18n/locales/fr/accounts.ftl")),
            ("es", include_str!("../../i18n/locales/es/accounts.ftl")),
            ("ar", include_str!("../../i18n/locales/ar/accounts.ftl")),
            ("zh", include_str!("../../i18n/locales/zh/accounts.ftl")),
            ("ru", include_str!("../../i18n/locales/ru/accounts.ftl")),
        ];
        for (lang, ftl) in others {
            assert_eq!(keys(ftl), en, "{lang}/accounts.ftl");
        }
        // A key defined twice in one language would make one of the two files fail to load.
        let elsewhere: Vec<&str> = [
            include_str!("../../i18n/locales/en/main.ftl"),
            include_str!("../../i18n/locales/en/codes.ftl"),
            include_str!("../../i18n/locales/en/email.ftl"),
        ]
        .into_iter()
        .flat_map(keys)
        .collect();
        for key in &en {
            assert!(!elsewhere.contains(key), "{key} is defined in another file");
        }
        for lang in Language::ALL {
            for key in &en {
                assert!(i18n::has_key(lang, key), "{lang} lacks {key}");
            }
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let sent = |lang, count| {
            i18n::t_args(
                lang,
                "forgot-sent",
                &[
                    ("email", i18n::Arg::Str("a@example.org")),
                    ("count", i18n::Arg::Num(count)),
                ],
            )
        };
        assert!(sent(Language::En, 2).ends_with("for 2 hours."));
        assert!(sent(Language::En, 1).ends_with("for 1 hour."));
        assert!(sent(Language::Ar, 2).contains("ساعتين"));
        assert!(sent(Language::Ar, 5).contains("5 ساعات"));
        assert!(sent(Language::Ru, 2).contains("2 часа"));
        assert!(sent(Language::Ru, 5).contains("5 часов"));
        assert!(sent(Language::Ru, 21).contains("21 час."));
    }
}
