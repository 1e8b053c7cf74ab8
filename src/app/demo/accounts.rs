//! The demo accounts, one per role, and creating them: in demo mode the home and
//! sign-in pages offer one-click sign-in as each.

use chrono::NaiveDateTime;

use crate::db::{DbConn, DbError};

/// The demo accounts: (key, e-mail, name, role, organisation code).
pub const DEMO_ACCOUNTS: &[(&str, &str, &str, crate::domain::Role, Option<&str>)] = &[
    (
        "mx-delegate",
        "mx-delegate@demo.example.org",
        "Ana López (Mexico)",
        crate::domain::Role::Delegate,
        Some("MX"),
    ),
    (
        "ch-delegate",
        "ch-delegate@demo.example.org",
        "Lukas Meier (Switzerland)",
        crate::domain::Role::Delegate,
        Some("CH"),
    ),
    (
        "facilitator",
        "facilitator@demo.example.org",
        "Sam Okafor (GFMD Support Unit)",
        crate::domain::Role::Facilitator,
        None,
    ),
    (
        "reviewer",
        "reviewer@demo.example.org",
        "Claire Martin (Steering Group)",
        crate::domain::Role::Reviewer,
        None,
    ),
    (
        "iom-member",
        "iom-member@demo.example.org",
        "Amina Diallo (IOM)",
        crate::domain::Role::Member,
        Some("org:IOM"),
    ),
    (
        "observer",
        "observer@demo.example.org",
        "Wei Zhang",
        crate::domain::Role::Observer,
        None,
    ),
    (
        "administrator",
        "admin@demo.example.org",
        "Platform administrator",
        crate::domain::Role::Administrator,
        None,
    ),
];

/// Creates the demo accounts that do not exist yet (idempotent). They have no password:
/// in demo mode the home and sign-in pages offer one-click sign-in as each.
pub fn ensure_demo_accounts(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    use crate::db::queries::people::{self, NewPerson};
    use crate::db::schema::organisations;
    use diesel::prelude::*;

    let mut created = 0;
    for (_, email, name, role, org) in DEMO_ACCOUNTS {
        if people::by_email(conn, email)?.is_some() {
            continue;
        }
        let organisation_id = match org {
            Some(code) => organisations::table
                .filter(organisations::code.eq(*code))
                .select(organisations::id)
                .first::<i32>(conn)
                .optional()?,
            None => None,
        };
        people::insert_person(
            conn,
            &NewPerson {
                email,
                name,
                password_hash: None,
                role: role.code(),
                organisation_id,
                lang: "en",
                active: true,
                email_verified_at: Some(now),
                created_at: now,
                updated_at: now,
            },
        )?;
        created += 1;
    }
    Ok(created)
}
