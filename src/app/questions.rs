//! Questions on a project and their answers: anyone signed in asks, the owners answer,
//! facilitators hide a question or an answer with a reason. Each writes its rows, an
//! audit entry and an event in the caller's transaction.

use crate::db::queries::people::entry;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::queries::questions::Hidden;
use crate::db::schema::questions;
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::text::excerpt;
use crate::events::{Event, EventKind, emit};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Records a question by `asker` (its label is their name); returns its id. An
/// [`EventKind::QuestionAsked`] event (subject: the question).
pub fn ask(
    conn: &mut DbConn,
    project_id: i32,
    body: &str,
    asker: &Actor,
    now: NaiveDateTime,
) -> Result<i32, DbError> {
    let id = diesel::insert_into(questions::table)
        .values((
            questions::project_id.eq(project_id),
            questions::asker_id.eq(Some(asker.id)),
            questions::asker_name.eq(&asker.name),
            questions::body.eq(body),
            questions::lang.eq(asker.lang.code()),
            questions::created_at.eq(now),
        ))
        .returning(questions::id)
        .get_result(conn)?;
    audit(
        conn,
        &entry(asker, "question.asked", ("question", id), "", false),
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::QuestionAsked,
            actor_id: Some(asker.id),
            project_id: Some(project_id),
            organisation_id: None,
            subject_id: Some(id),
            summary: &excerpt(body, 280),
        },
        now,
    )?;
    Ok(id)
}

/// Answers (or corrects the answer to) question `question_id` of `project_id` on behalf
/// of the government `actor.label`. `false` if the project has no such question. The
/// first answer emits [`EventKind::QuestionAnswered`].
pub fn answer(
    conn: &mut DbConn,
    project_id: i32,
    question_id: i32,
    text: &str,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(before) = questions::table
        .filter(questions::id.eq(question_id))
        .filter(questions::project_id.eq(project_id))
        .select(questions::answer)
        .first::<Option<String>>(conn)
        .optional()?
    else {
        return Ok(false);
    };
    let values = (
        questions::answer.eq(Some(text)),
        questions::answer_lang.eq(Some(actor.lang.code())),
        questions::answerer_organisation.eq(Some(actor.label())),
        questions::answered_at.eq(Some(now)),
        questions::answer_hidden_reason.eq(None::<String>),
    );
    // The first answer is the one announced: decided by the update itself, so two
    // managers answering at once announce one answer.
    let first = diesel::update(
        questions::table
            .find(question_id)
            .filter(questions::answer.is_null()),
    )
    .set(values.clone())
    .execute(conn)?
        == 1;
    if !first {
        diesel::update(questions::table.find(question_id))
            .set(values)
            .execute(conn)?;
    }
    audit(
        conn,
        &AuditEntry {
            before: before.as_deref().unwrap_or(""),
            ..entry(
                actor,
                "question.answered",
                ("question", question_id),
                text,
                false,
            )
        },
        now,
    )?;
    if first {
        emit(
            conn,
            &Event {
                kind: EventKind::QuestionAnswered,
                actor_id: Some(actor.id),
                project_id: Some(project_id),
                organisation_id: None,
                subject_id: Some(question_id),
                summary: &excerpt(text, 280),
            },
            now,
        )?;
    }
    Ok(true)
}

/// Hides a question or its answer with `reason` (shown in its place). `false` if the
/// project has no such question, or it has no answer to hide.
pub fn hide(
    conn: &mut DbConn,
    project_id: i32,
    question_id: i32,
    what: Hidden,
    reason: &str,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some((body, answer)) = questions::table
        .filter(questions::id.eq(question_id))
        .filter(questions::project_id.eq(project_id))
        .select((questions::body, questions::answer))
        .first::<(String, Option<String>)>(conn)
        .optional()?
    else {
        return Ok(false);
    };
    let target = diesel::update(questions::table.find(question_id));
    let (action, hidden_text) = match what {
        Hidden::Question => {
            target
                .set(questions::hidden_reason.eq(Some(reason)))
                .execute(conn)?;
            ("question.hidden", body)
        }
        Hidden::Answer => {
            let Some(answer) = answer else {
                return Ok(false);
            };
            target
                .set(questions::answer_hidden_reason.eq(Some(reason)))
                .execute(conn)?;
            ("answer.hidden", answer)
        }
    };
    // The audit log keeps what was hidden, for the record.
    audit(
        conn,
        &AuditEntry {
            before: &hidden_text,
            ..entry(actor, action, ("question", question_id), reason, false)
        },
        now,
    )?;
    Ok(true)
}
