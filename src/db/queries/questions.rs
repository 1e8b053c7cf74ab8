//! Questions and comments on a project (issue 5, point 7): asking, answering (managers,
//! on behalf of their government) and hiding with a reason (facilitators). The questions
//! of a project are part of its cached progress (`queries::progress::of_project`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::questions;

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

/// What a facilitator hides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// The question (its answer goes with it).
    Question,
    /// The answer alone.
    Answer,
}
