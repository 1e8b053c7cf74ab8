//! A reviewer's decision on a submitted project: endorse, ask for changes or decline; the
//! owners' delegates are mailed and the decision enters the project's history.

use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{project_reviews, projects};
use crate::db::{DbConn, DbError};
use crate::domain::PublicationState;
use crate::domain::proposal::Review;
use crate::email::messages::ReviewDecisionMail;
use crate::email::{Email, Outbox};
use crate::events::{Event, EventKind, emit};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Records a reviewer's decision: new state, public history entry, `ReviewDecision`
/// event, and a mail to every active delegate of the owning governments.
pub fn decide(
    conn: &mut DbConn,
    outbox: &Outbox,
    id: i32,
    review: &Review,
    reviewer_id: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let (title, lang): (String, String) = projects::table
        .find(id)
        .select((projects::title, projects::lang))
        .first(conn)?;
    let review_id: i32 = diesel::insert_into(project_reviews::table)
        .values((
            project_reviews::project_id.eq(id),
            project_reviews::reviewer_id.eq(Some(reviewer_id)),
            project_reviews::decision.eq(review.decision.code()),
            project_reviews::comments.eq(&review.comments),
            project_reviews::created_at.eq(now),
        ))
        .returning(project_reviews::id)
        .get_result(conn)?;
    let outcome = review.decision.outcome();
    super::draft::set_status(conn, id, outcome, now)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(reviewer_id),
            action: match outcome {
                PublicationState::Endorsed => "project.endorsed",
                PublicationState::ChangesRequested => "project.changes_requested",
                _ => "project.declined",
            },
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: "",
            public: true,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::ReviewDecision,
            actor_id: Some(reviewer_id),
            project_id: Some(id),
            organisation_id: None,
            subject_id: Some(review_id),
            summary: review.decision.code(),
        },
        now,
    )?;
    let owners = partners::owner_ids(conn, id)?;
    for (person_id, name, email, person_lang) in
        crate::db::queries::proposals::delegates_of(conn, &owners)?
    {
        let mail = Email::new(
            &email,
            person_lang,
            &ReviewDecisionMail {
                name,
                title: title.clone(),
                title_lang: lang.clone(),
                decision: review.decision,
                comments: review.comments.clone(),
                path: format!("/projects/{id}"),
            },
            format!("review:{review_id}:{person_id}"),
        )
        .map_err(|e| DbError::Query(diesel::result::Error::QueryBuilderError(Box::new(e))))?;
        outbox.enqueue(conn, &mail)?;
    }
    Ok(())
}
