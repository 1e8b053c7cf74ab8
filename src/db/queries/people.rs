//! People, sessions, single-use account tokens, sign-in throttling and the audit log.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{
    account_tokens, audit_events, auth_throttle, organisations, people, sessions,
};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;

/// A person as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = people)]
pub struct Person {
    /// Surrogate key.
    pub id: i32,
    /// Lower-case address.
    pub email: String,
    /// Name as they want it shown.
    pub name: String,
    /// PHC string of the argon2id hash; `None` until they set a password.
    pub password_hash: Option<String>,
    /// `Role` code.
    pub role: String,
    /// Their organisation (a government for delegates).
    pub organisation_id: Option<i32>,
    /// Interface language code.
    pub lang: String,
    /// Deactivated people cannot sign in.
    pub active: bool,
    /// When they proved the address is theirs.
    pub email_verified_at: Option<NaiveDateTime>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
    /// IANA time zone (digests go out in their morning).
    pub time_zone: String,
}

/// A new person.
#[derive(Debug, Insertable)]
#[diesel(table_name = people)]
pub struct NewPerson<'a> {
    /// See [`Person`].
    pub email: &'a str,
    /// See [`Person`].
    pub name: &'a str,
    /// See [`Person`].
    pub password_hash: Option<&'a str>,
    /// See [`Person`].
    pub role: &'a str,
    /// See [`Person`].
    pub organisation_id: Option<i32>,
    /// See [`Person`].
    pub lang: &'a str,
    /// See [`Person`].
    pub active: bool,
    /// See [`Person`].
    pub email_verified_at: Option<NaiveDateTime>,
    /// See [`Person`].
    pub created_at: NaiveDateTime,
    /// See [`Person`].
    pub updated_at: NaiveDateTime,
}

/// A session with its person, as the session middleware needs it.
#[derive(Debug, Clone)]
pub struct SessionRow {
    /// The person.
    pub person: Person,
    /// Their organisation's name.
    pub organisation_name: Option<String>,
    /// The session's CSRF token.
    pub csrf_token: String,
    /// Started.
    pub created_at: NaiveDateTime,
    /// Last request seen.
    pub last_seen_at: NaiveDateTime,
}

/// Inserts a person and returns their id.
pub fn insert_person(conn: &mut DbConn, p: &NewPerson<'_>) -> Result<i32, DbError> {
    Ok(diesel::insert_into(people::table)
        .values(p)
        .returning(people::id)
        .get_result(conn)?)
}

/// Takes up an account that was never used (no password yet): name, password and
/// language, the address verified, active.
pub fn claim(
    conn: &mut DbConn,
    id: i32,
    name: &str,
    password_hash: &str,
    lang: crate::domain::Language,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(people::table.find(id))
        .set((
            people::name.eq(name),
            people::password_hash.eq(Some(password_hash)),
            people::lang.eq(lang.code()),
            people::active.eq(true),
            people::email_verified_at.eq(Some(now)),
            people::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A person by address.
pub fn by_email(conn: &mut DbConn, email: &str) -> Result<Option<Person>, DbError> {
    Ok(people::table
        .filter(people::email.eq(email))
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

/// A person by id.
pub fn by_id(conn: &mut DbConn, id: i32) -> Result<Option<Person>, DbError> {
    Ok(people::table
        .find(id)
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

/// Starts a session; the caller keeps the token, the database its hash.
pub fn create_session(
    conn: &mut DbConn,
    token_hash: &str,
    person_id: i32,
    csrf_token: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(token_hash),
            sessions::person_id.eq(person_id),
            sessions::csrf_token.eq(csrf_token),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The session with this token hash and its active person, if any.
pub fn session(conn: &mut DbConn, token_hash: &str) -> Result<Option<SessionRow>, DbError> {
    let row = sessions::table
        .inner_join(people::table.left_join(organisations::table))
        .filter(sessions::token_hash.eq(token_hash))
        .filter(people::active.eq(true))
        .select((
            Person::as_select(),
            organisations::name.nullable(),
            sessions::csrf_token,
            sessions::created_at,
            sessions::last_seen_at,
        ))
        .first::<(Person, Option<String>, String, NaiveDateTime, NaiveDateTime)>(conn)
        .optional()?;
    Ok(row.map(
        |(person, organisation_name, csrf_token, created_at, last_seen_at)| SessionRow {
            person,
            organisation_name,
            csrf_token,
            created_at,
            last_seen_at,
        },
    ))
}

/// Records activity on a session.
pub fn touch_session(
    conn: &mut DbConn,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(sessions::table.find(token_hash))
        .set(sessions::last_seen_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// Ends a session.
pub fn delete_session(conn: &mut DbConn, token_hash: &str) -> Result<(), DbError> {
    diesel::delete(sessions::table.find(token_hash)).execute(conn)?;
    Ok(())
}

/// Ends every session of a person (password change, deactivation).
pub fn delete_sessions_of(conn: &mut DbConn, person_id: i32) -> Result<(), DbError> {
    diesel::delete(sessions::table.filter(sessions::person_id.eq(person_id))).execute(conn)?;
    Ok(())
}

/// Updates a person's name and language.
pub fn update_profile(
    conn: &mut DbConn,
    id: i32,
    name: &str,
    lang: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(people::table.find(id))
        .set((
            people::name.eq(name),
            people::lang.eq(lang),
            people::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Updates a person's language only.
pub fn update_lang(conn: &mut DbConn, id: i32, lang: &str) -> Result<(), DbError> {
    diesel::update(people::table.find(id))
        .set(people::lang.eq(lang))
        .execute(conn)?;
    Ok(())
}

/// Sets a person's password hash.
pub fn set_password(
    conn: &mut DbConn,
    id: i32,
    hash: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(people::table.find(id))
        .set((people::password_hash.eq(hash), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Whether `key` (e.g. `account:ana@example.org`, `address:203.0.113.5`) has failed
/// `limit` times within `window`; expired windows count as none.
pub fn throttled(
    conn: &mut DbConn,
    key: &str,
    limit: i32,
    window: Duration,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let row: Option<(NaiveDateTime, i32)> = auth_throttle::table
        .find(key)
        .select((auth_throttle::window_start, auth_throttle::failures))
        .first(conn)
        .optional()?;
    Ok(matches!(row, Some((start, failures)) if start + window > now && failures >= limit))
}

/// Counts a failure for `key`, starting a new window if the last one has expired.
pub fn record_failure(
    conn: &mut DbConn,
    key: &str,
    window: Duration,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let row: Option<(NaiveDateTime, i32)> = auth_throttle::table
        .find(key)
        .select((auth_throttle::window_start, auth_throttle::failures))
        .first(conn)
        .optional()?;
    match row {
        Some((start, failures)) if start + window > now => {
            diesel::update(auth_throttle::table.find(key))
                .set(auth_throttle::failures.eq(failures + 1))
                .execute(conn)?;
        }
        Some(_) => {
            diesel::update(auth_throttle::table.find(key))
                .set((
                    auth_throttle::window_start.eq(now),
                    auth_throttle::failures.eq(1),
                ))
                .execute(conn)?;
        }
        None => {
            diesel::insert_into(auth_throttle::table)
                .values((
                    auth_throttle::key.eq(key),
                    auth_throttle::window_start.eq(now),
                    auth_throttle::failures.eq(1),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Forgets the failures of `key` (after a successful sign-in).
pub fn clear_failures(conn: &mut DbConn, key: &str) -> Result<(), DbError> {
    diesel::delete(auth_throttle::table.find(key)).execute(conn)?;
    Ok(())
}

/// Stores a single-use token (only its hash).
pub fn insert_account_token(
    conn: &mut DbConn,
    token_hash: &str,
    purpose: &str,
    person_id: i32,
    created_by: Option<i32>,
    now: NaiveDateTime,
    valid_for: Duration,
) -> Result<(), DbError> {
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::token_hash.eq(token_hash),
            account_tokens::purpose.eq(purpose),
            account_tokens::person_id.eq(person_id),
            account_tokens::created_by.eq(created_by),
            account_tokens::created_at.eq(now),
            account_tokens::expires_at.eq(now + valid_for),
        ))
        .execute(conn)?;
    Ok(())
}

/// What became of a single-use token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenUse {
    /// Valid (and, from `use_account_token`, now used): the person's id.
    Used(i32),
    /// Never issued, or for another purpose.
    Unknown,
    /// Issued but past its expiry.
    Expired,
    /// Already used once.
    AlreadyUsed,
}

/// Peeks at a token without using it (to show the form it leads to).
pub fn check_account_token(
    conn: &mut DbConn,
    token_hash: &str,
    purpose: &str,
    now: NaiveDateTime,
) -> Result<TokenUse, DbError> {
    let row: Option<(i32, NaiveDateTime, Option<NaiveDateTime>)> = account_tokens::table
        .find(token_hash)
        .filter(account_tokens::purpose.eq(purpose))
        .select((
            account_tokens::person_id,
            account_tokens::expires_at,
            account_tokens::used_at,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        None => TokenUse::Unknown,
        Some((_, _, Some(_))) => TokenUse::AlreadyUsed,
        Some((_, expires, None)) if expires <= now => TokenUse::Expired,
        Some((person_id, _, None)) => TokenUse::Used(person_id),
    })
}

/// Uses a single-use token for `purpose` (run inside the use case's transaction).
pub fn use_account_token(
    conn: &mut DbConn,
    token_hash: &str,
    purpose: &str,
    now: NaiveDateTime,
) -> Result<TokenUse, DbError> {
    let state = check_account_token(conn, token_hash, purpose, now)?;
    let TokenUse::Used(person_id) = state else {
        return Ok(state);
    };
    // Only the first of two concurrent uses changes the row.
    let changed = diesel::update(
        account_tokens::table
            .find(token_hash)
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(if changed == 1 {
        TokenUse::Used(person_id)
    } else {
        TokenUse::AlreadyUsed
    })
}

/// An entry of the audit log.
pub struct AuditEntry<'a> {
    /// Who (None: the system or an operator's command).
    pub person_id: Option<i32>,
    /// What, e.g. `person.role_changed`.
    pub action: &'a str,
    /// Kind of thing changed, e.g. `person`, `organisation`, `project`.
    pub subject_type: &'a str,
    /// Which one.
    pub subject_id: Option<i32>,
    /// Summary before.
    pub before: &'a str,
    /// Summary after.
    pub after: &'a str,
    /// Whether it belongs to the thing's public history.
    pub public: bool,
}

/// The audit entry of `actor` doing `action` to `subject`, with what it is now.
pub(crate) fn entry<'a>(
    actor: &Actor,
    action: &'static str,
    subject: (&'static str, i32),
    after: &'a str,
    public: bool,
) -> AuditEntry<'a> {
    AuditEntry {
        person_id: Some(actor.id),
        action,
        subject_type: subject.0,
        subject_id: Some(subject.1),
        before: "",
        after,
        public,
    }
}

/// Records a change in the audit log (inside the change's transaction).
pub fn audit(conn: &mut DbConn, e: &AuditEntry<'_>, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::person_id.eq(e.person_id),
            audit_events::action.eq(e.action),
            audit_events::subject_type.eq(e.subject_type),
            audit_events::subject_id.eq(e.subject_id),
            audit_events::before_summary.eq(e.before),
            audit_events::after_summary.eq(e.after),
            audit_events::public.eq(e.public),
            audit_events::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records that a person proved the address is theirs (kept if already set).
pub fn mark_verified(conn: &mut DbConn, id: i32, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(
        people::table
            .find(id)
            .filter(people::email_verified_at.is_null()),
    )
    .set((
        people::email_verified_at.eq(Some(now)),
        people::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(())
}

/// Retires every unused token of a person for `purpose` (after one of them was used, or
/// when a newer one replaces them): they count as used from now on.
pub fn retire_tokens(
    conn: &mut DbConn,
    person_id: i32,
    purpose: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        account_tokens::table
            .filter(account_tokens::person_id.eq(person_id))
            .filter(account_tokens::purpose.eq(purpose))
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(Some(now)))
    .execute(conn)?)
}
