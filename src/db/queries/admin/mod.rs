//! Administration: people (list, role, deactivation) and organisations (create, edit,
//! merge duplicates). Every change writes its audit row in the same transaction: callers
//! run the writing functions through [`crate::db::Db::write`].
//!
//! By subject, each re-exported here so callers write `queries::admin::…`: `people.rs`
//! (people administration), `organisations.rs` (create and edit), `merge.rs` (merging
//! duplicates; what brokering keeps through it: `merge_brokering.rs`); the front page's counts are here.

mod merge;
mod merge_brokering;
mod organisations;
mod people;

pub use merge::{Merge, MergeCounts, dependants, merge_organisations};
pub use organisations::{
    OrganisationChoice, OrganisationValues, Saved, create_organisation, organisation,
    organisation_choices, update_organisation,
};
pub use people::{
    Activation, PEOPLE_PAGE_SIZE, PeopleFilter, PersonSummary, RoleChange, change_role,
    list_people, person_summary, set_active,
};

use diesel::prelude::*;

use crate::db::{DbConn, DbError};

/// What the administration's front page counts: people, organisations, and messages
/// given up on (outbox rows in status `dead`, as the mail layer names it).
pub fn counts(conn: &mut DbConn, dead: &'static str) -> Result<(i64, i64, i64), DbError> {
    use crate::db::schema::{organisations, outbox, people};
    let people: i64 = people::table.count().get_result(conn)?;
    let organisations: i64 = organisations::table.count().get_result(conn)?;
    let dead: i64 = outbox::table
        .filter(outbox::status.eq(dead))
        .count()
        .get_result(conn)?;
    Ok((people, organisations, dead))
}
