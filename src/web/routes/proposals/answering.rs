//! A delegate's answer, for their government, to a co-owner invitation or a request to
//! join: the form (`accept` or `decline`) and the one way both are recorded.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::shared::delegate;
use crate::app::proposals::Answer;
use crate::domain::policy::Action;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, person_or_sign_in, require};
use crate::web::respond::see_other;

/// An answer to an invitation or a request: `accept` or `decline`.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

fn accepts(form: &AnswerForm) -> Result<bool, AppError> {
    match form.answer.as_str() {
        "accept" => Ok(true),
        "decline" => Ok(false),
        other => Err(AppError::bad("answer", other)),
    }
}

/// A use case recording an answer: (connection, invitation or request id, answering
/// government, accept, person, now).
pub(super) type AnswerUseCase = fn(
    &mut crate::db::DbConn,
    i32,
    i32,
    bool,
    i32,
    chrono::NaiveDateTime,
) -> Result<Answer, crate::db::DbError>;

/// A delegate's answer, for their government, to a co-owner invitation or a request to
/// join: who may, the use case that records it, and what "My projects" then says.
pub(super) struct Answering {
    pub(super) action: Action,
    pub(super) use_case: AnswerUseCase,
    /// The `done` notice after accepting, after declining.
    pub(super) done: [&'static str; 2],
}

impl Answering {
    pub(super) async fn run(
        self,
        form: CsrfForm<AnswerForm>,
        req: HttpRequest,
        state: web::Data<AppState>,
        id: i32,
    ) -> Result<HttpResponse, AppError> {
        let now = state.now();
        let person = person_or_sign_in(&req)?;
        require(&req, self.action)?;
        let actor = delegate(&person)?;
        let accept = accepts(&form.0)?;
        let use_case = self.use_case;
        let answer = state
            .db
            .write(move |conn| {
                use_case(
                    conn,
                    id,
                    actor.organisation_id,
                    accept,
                    actor.person_id,
                    now,
                )
            })
            .await?;
        match answer {
            Answer::NotFound => Err(AppError::NotFound),
            Answer::Done => Ok(see_other(format!(
                "/projects/mine?done={}",
                self.done[usize::from(!accept)]
            ))),
        }
    }
}
