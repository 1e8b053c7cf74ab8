//! Pages and page parts of a project's progress: the managers' page, the follow-up list,
//! the GFMD outcomes pages, and what the project page shows of progress and questions
//! to whoever is looking.

use super::Ctx;
use super::parts::FormErrors;
use crate::db::models::Outcome;
use crate::db::models::Partner;
use crate::db::models::StageChange;
use crate::db::queries::outcomes::FollowingProject;
use crate::db::queries::progress::FollowUp;
use crate::db::queries::progress::ManagedProject;
use crate::db::queries::progress::ProjectProgress;
use crate::domain::PartnerRole;
use crate::domain::ProjectStage;
use askama::Template;
use askama_web::WebTemplate;
use chrono::NaiveDate;

/// What the project page shows of progress and questions to whoever is looking: their
/// rights, the overdue flag, and a refused question or answer form with what was typed.
#[derive(Debug, Clone, Default)]
pub struct ProgressView {
    /// Whether the viewer manages the project (answers questions, sees the manage link).
    pub manages: bool,
    /// Whether the viewer may hide questions and answers (facilitators).
    pub moderates: bool,
    /// Whether the viewer may ask (any signed-in person).
    pub asks: bool,
    /// Whether the viewer follows up projects' progress (sees the follow-up list).
    pub follows_up: bool,
    /// Whether the "update overdue" flag shows (managers and facilitators only).
    pub overdue: bool,
    /// Days without an update after which a project is overdue.
    pub period_days: i64,
    /// A refused form on this page, if any.
    pub refused: Option<RefusedForm>,
}

/// A question-page form that was refused, with what was typed and why.
#[derive(Debug, Clone)]
pub struct RefusedForm {
    /// Id of the field in error (for the summary's link).
    pub field: String,
    /// The question the form was about (`None`: the "ask" form).
    pub question_id: Option<i32>,
    /// What was typed.
    pub value: String,
    /// What is wrong, translated.
    pub message: String,
}

impl ProgressView {
    /// The typed value of the refused form with field id `field`, or "".
    pub fn value_of(&self, field: &str) -> &str {
        self.refused
            .as_ref()
            .filter(|r| r.field == field)
            .map_or("", |r| r.value.as_str())
    }

    /// The message of the refused form with field id `field`.
    pub fn error_of(&self, field: &str) -> Option<&str> {
        self.refused
            .as_ref()
            .filter(|r| r.field == field)
            .map(|r| r.message.as_str())
    }
}

/// `/projects/{id}/manage`: stage, updates, milestones and partners of a project, for
/// its managers.
#[derive(Template, WebTemplate)]
#[template(path = "progress/manage.html")]
pub struct ManagePage {
    /// Page context.
    pub ctx: Ctx,
    /// The project.
    pub project: ManagedProject,
    /// Its timeline, oldest first.
    pub stages: Vec<StageChange>,
    /// Its partners, owners first.
    pub partners: Vec<Partner>,
    /// Updates and milestones.
    pub progress: ProjectProgress,
    /// Whether an update is overdue.
    pub overdue: bool,
    /// Days without an update after which a project is overdue.
    pub period_days: i64,
    /// Today (the default and the latest date of the dated forms).
    pub today: NaiveDate,
    /// What was typed in the refused form (or the defaults).
    pub form: ManageForm,
    /// Problems with the refused form.
    pub errors: FormErrors,
    /// Organisations matching the partner search.
    pub found: Vec<(i32, String, String)>,
    /// A confirmation, already translated.
    pub notice: Option<String>,
}

impl ManagePage {
    /// The stages, for the stage form.
    pub fn stages_all(&self) -> &'static [ProjectStage] {
        ProjectStage::ALL
    }

    /// The roles a partner may be given here (owners are decided with the proposal).
    pub fn partner_roles(&self) -> Vec<PartnerRole> {
        PartnerRole::ALL
            .iter()
            .copied()
            .filter(|r| *r != PartnerRole::Owner)
            .collect()
    }
}

/// The values of the manage page's forms, as typed.
#[derive(Debug, Clone, Default)]
pub struct ManageForm {
    /// Stage code chosen.
    pub stage: String,
    /// Date of the stage change.
    pub changed_on: String,
    /// Note of the stage change.
    pub stage_note: String,
    /// Update text.
    pub update_body: String,
    /// Update date.
    pub posted_on: String,
    /// Milestone title.
    pub milestone_title: String,
    /// Milestone due date.
    pub due_on: String,
    /// Partner search words.
    pub q: String,
    /// Organisation id chosen.
    pub organisation: String,
    /// Partner role chosen.
    pub role: String,
}

/// One row of the follow-up list.
#[derive(Debug, Clone)]
pub struct FollowUpRow {
    /// The project.
    pub p: FollowUp,
    /// Whether its update is overdue.
    pub overdue: bool,
}

/// `/follow-up`: active projects and their last update, for managers and facilitators.
#[derive(Template, WebTemplate)]
#[template(path = "progress/follow_up.html")]
pub struct FollowUpPage {
    /// Page context.
    pub ctx: Ctx,
    /// The projects, the longest without news first.
    pub rows: Vec<FollowUpRow>,
    /// Whether the list is limited to the viewer's government's projects.
    pub own_only: bool,
    /// Days without an update after which a project is overdue.
    pub period_days: i64,
}

impl FollowUpPage {
    /// How many rows are overdue.
    pub fn overdue_count(&self) -> i64 {
        self.rows.iter().filter(|r| r.overdue).count() as i64
    }
}

/// A roundtable session with its recommendations, for `/outcomes`.
#[derive(Debug, Clone)]
pub struct Session {
    /// Session number, e.g. `1.1`.
    pub session: String,
    /// Its title, as written.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Its recommendations, each with the number of public projects following it up.
    pub outcomes: Vec<(Outcome, i64)>,
}

/// `/outcomes`: every GFMD recommendation by roundtable session and theme.
#[derive(Template, WebTemplate)]
#[template(path = "outcomes/list.html")]
pub struct OutcomesPage {
    /// Page context.
    pub ctx: Ctx,
    /// The sessions in order.
    pub sessions: Vec<Session>,
}

/// `/outcomes/{id}`: one recommendation and the projects that follow it up.
#[derive(Template, WebTemplate)]
#[template(path = "outcomes/show.html")]
pub struct OutcomePage {
    /// Page context.
    pub ctx: Ctx,
    /// The recommendation.
    pub outcome: Outcome,
    /// Public projects following it up, by title.
    pub projects: Vec<FollowingProject>,
}

/// What to fix in a bounded text: `empty_key` when it is empty, the limit when too long.
pub fn text_message(ctx: &Ctx, e: &crate::domain::text::TextError, empty_key: &str) -> String {
    match e {
        crate::domain::text::TextError::Empty { .. } => ctx.t(empty_key).to_owned(),
        crate::domain::text::TextError::TooLong { max, .. } => too_long(ctx, *max),
    }
}

pub fn too_long(ctx: &Ctx, max: usize) -> String {
    ctx.tn("progress-error-too-long", &(max as i64))
}

/// `/projects/{id}/needs/{organisation}`: which of the project's needs a partner meets,
/// for its managers.
#[derive(Template, WebTemplate)]
#[template(path = "progress/needs.html")]
pub struct NeedsPage {
    /// Page context.
    pub ctx: Ctx,
    /// The project.
    pub project: ManagedProject,
    /// The partner.
    pub organisation_id: i32,
    /// Its name.
    pub organisation: String,
    /// The project's needs, with their state and who meets them.
    pub needs: Vec<crate::db::queries::needs::NeedView>,
    /// The answer chosen for each need, by need id (`none`, `partly`, `fully`): as saved,
    /// or as typed in a refused form.
    pub chosen: std::collections::HashMap<i32, String>,
    /// Problems with the refused form.
    pub errors: FormErrors,
}

impl NeedsPage {
    /// The answers one may give, with their label keys.
    pub fn answers(&self) -> [(&'static str, &'static str); 3] {
        [
            ("none", "needs-answer-none"),
            ("partly", "needs-answer-partly"),
            ("fully", "needs-answer-fully"),
        ]
    }

    /// Whether `answer` is the one chosen for need `need_id`.
    pub fn is_chosen(&self, need_id: &i32, answer: &str) -> bool {
        self.chosen.get(need_id).map_or("none", String::as_str) == answer
    }
}
