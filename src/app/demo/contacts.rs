//! The demo's contact points: role mailboxes, under the reserved `example.org` domain, of
//! organisations the pilot projects need (UNICEF, UNHCR, IOM take part in the
//! child-protection project already; Save the Children and the Netherlands are among its
//! candidates and have no demo account), so a facilitator can introduce them straight
//! away (issue 13).

use std::collections::HashMap;

use chrono::NaiveDateTime;

use crate::db::queries::contacts;
use crate::db::{DbConn, DbError};
use crate::domain::contact::ContactInput;
use crate::domain::person::EmailAddress;
use crate::domain::{ContactKind, ContactShown, Language};

/// (organisation code, mailbox name, title, address, language).
pub const DEMO_CONTACTS: &[(&str, &str, &str, &str, Language)] = &[
    (
        "org:UNICEF",
        "UNICEF Partnerships",
        "Child Protection Section",
        "partnerships@unicef.example.org",
        Language::En,
    ),
    (
        "org:UNHCR",
        "UNHCR Partnerships",
        "Division of External Relations",
        "partnerships@unhcr.example.org",
        Language::En,
    ),
    (
        "cs:SCF",
        "Save the Children Partnerships",
        "Child Protection Initiative",
        "partnerships@savethechildren.example.org",
        Language::En,
    ),
    (
        "NL",
        "Migration and Development Desk",
        "Ministry of Foreign Affairs",
        "migration-development@minbuza.example.org",
        Language::En,
    ),
    (
        "org:IOM",
        "IOM Partnerships",
        "Migration and Development Division",
        "partnerships@iom.example.org",
        Language::En,
    ),
];

/// Adds the demo contact points of the organisations loaded (`org_ids`: code → id).
pub fn load_contacts(
    conn: &mut DbConn,
    org_ids: &HashMap<&str, i32>,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let mut added = 0;
    for (code, name, title, email, lang) in DEMO_CONTACTS {
        let Some(id) = org_ids.get(code) else {
            continue;
        };
        let Ok(email) = EmailAddress::parse(email) else {
            continue;
        };
        let c = ContactInput {
            kind: ContactKind::Mailbox,
            name: (*name).to_owned(),
            title: (*title).to_owned(),
            email,
            lang: *lang,
            shown: ContactShown::Name,
        };
        contacts::insert(conn, *id, &c, None, now)?;
        added += 1;
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_contact_has_a_reserved_valid_address() {
        for (_, _, _, email, _) in DEMO_CONTACTS {
            let e = EmailAddress::parse(email).expect("valid address");
            assert!(e.as_str().ends_with(".example.org"), "{email}");
        }
    }
}
