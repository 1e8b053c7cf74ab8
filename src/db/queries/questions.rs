//! Questions and comments on a project (issue 5, point 7): asking, answering (managers,
//! on behalf of their government) and hiding with a reason (facilitators). The questions
//! of a project are part of its cached progress (`queries::progress::of_project`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::people::entry;
use super::people::{AuditEntry, audit};
use crate::db::schema::questions;
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::text::excerpt;
use crate::events::{Event, EventKind, emit};

/// A question on a project, with its answer if there is one.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questions)]
pub struct Question {
    /// Surrogate key.
    pub id: i32,
    /// Project.
    pub project_id: i32,
    /// Name of who asked, as it was then.
    pub asker_name: String,
    /// The question, plain text.
    pub body: String,
    /// Language of the question.
    pub lang: String,
    /// Set when a facilitator hid the question: why.
    pub hidden_reason: Option<String>,
    /// The owners' answer.
    pub answer: Option<String>,
    /// Language of the answer.
    pub answer_lang: Option<String>,
    /// Name of the government that answered.
    pub answerer_organisation: Option<String>,
    /// When it was answered.
    pub answered_at: Option<NaiveDateTime>,
    /// Set when a facilitator hid the answer: why.
    pub answer_hidden_reason: Option<String>,
    /// When it was asked.
    pub created_at: NaiveDateTime,
}

impl Question {
    /// The day it was asked.
    pub fn asked_on(&self) -> NaiveDate {
        self.created_at.date()
    }

    /// The day it was answered, if it was.
    pub fn answered_on(&self) -> Option<NaiveDate> {
        self.answered_at.map(|t| t.date())
    }
}

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

/// What a facilitator hides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// The question (its answer goes with it).
    Question,
    /// The answer alone.
    Answer,
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
