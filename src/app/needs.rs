//! Saying which needs a partner meets (issue 13, point 5): the owners' answer to "which
//! needs does this new partner meet?" (asked when it became a partner, see
//! [`crate::app::partners::add`]), or a later correction. The answer replaces what was
//! said before for that partner and is a public history entry; a need's state (open,
//! partly met, met) follows from the answers (see [`crate::db::queries::needs`]).

use chrono::NaiveDateTime;

use crate::db::queries::needs::{self, NeedView};
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::{DbConn, DbError};
use crate::domain::NeedExtent;

/// Why an answer was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeedsRefusal {
    /// The organisation is not (or no longer) a partner of the project.
    NotAPartner,
}

/// Records that `organisation_id` meets `answers` of `project_id`'s needs (need id →
/// extent; a need left out is not met by it), answering the waiting question. The
/// caller has checked that `actor_id` manages the project.
pub fn say_met(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
    answers: &[(i32, NeedExtent)],
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Result<(), NeedsRefusal>, DbError> {
    if !needs::is_partner(conn, project_id, organisation_id)? {
        return Ok(Err(NeedsRefusal::NotAPartner));
    }
    let before = described(&needs::of_project(conn, project_id)?, organisation_id);
    needs::record(
        conn,
        project_id,
        organisation_id,
        answers,
        Some(actor_id),
        now,
    )?;
    let after = described(&needs::of_project(conn, project_id)?, organisation_id);
    if before != after {
        let name = crate::db::queries::brokering::organisation_name(conn, organisation_id)?
            .unwrap_or_default();
        let line = |met: String| {
            if met.is_empty() {
                String::new()
            } else {
                format!("{name}: {met}")
            }
        };
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor_id),
                action: "project.needs_met",
                subject_type: "project",
                subject_id: Some(project_id),
                before: &line(before),
                after: &line(after),
                public: true,
            },
            now,
        )?;
        crate::db::queries::partners::touch(conn, project_id, now)?;
    }
    Ok(Ok(()))
}

/// The needs `organisation_id` meets, by their descriptions (in the project's language,
/// so the history needs no translation); "½" marks one met in part.
fn described(needs: &[NeedView], organisation_id: i32) -> String {
    needs
        .iter()
        .filter_map(|n| {
            n.extent_of(organisation_id).map(|e| match e {
                NeedExtent::Fully => n.need.description.clone(),
                NeedExtent::Partly => format!("{} (½)", n.need.description),
            })
        })
        .collect::<Vec<_>>()
        .join("; ")
}
