//! What managers write on a project's timeline: a stage change (dated, with a note), a
//! progress update, a milestone, and a milestone reached.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use serde::Deserialize;

use super::manage::{back, page};
use crate::db::queries::progress;
use crate::domain::Actor;
use crate::domain::ProjectStage;
use crate::domain::ids::{MilestoneId, ProjectId};
use crate::domain::progress::{
    DateError, MILESTONE_MAX, STAGE_NOTE_MAX, UPDATE_MAX, bounded, parse_date, parse_past_date,
};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::extract::EmptyForm;
use crate::web::read::project::managed;
use crate::web::respond::html as render;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::progress::ManageForm;
use crate::web::views::progress::{text_message, too_long};

/// Who acts for a managed project: the person, recorded under their government's name.
fn actor_of(person: &SignedIn, ctx: &Ctx) -> Actor {
    person.actor(ctx.lang)
}

fn date_message(ctx: &Ctx, e: DateError) -> String {
    ctx.t(match e {
        DateError::Malformed => "progress-error-date",
        DateError::Future => "progress-error-date-future",
        DateError::OutOfRange => "progress-error-date-range",
    })
    .to_owned()
}

/// The stage form.
#[derive(Debug, Deserialize)]
pub struct StageForm {
    #[serde(default)]
    stage: String,
    #[serde(default)]
    changed_on: String,
    #[serde(default)]
    note: String,
}

/// `POST /projects/{id}/stage`: moves the project to another stage, either way.
pub async fn change_stage(
    form: CsrfForm<StageForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let project = managed(&state, &person, id).await?;
    let f = form.0;
    let mut errors = FormErrors::default();
    let stage = f.stage.parse::<ProjectStage>().ok();
    match stage {
        None => errors.add("stage", ctx.t("progress-error-stage").to_owned()),
        Some(s) if s.code() == project.stage => {
            errors.add("stage", ctx.t("progress-error-same-stage").to_owned())
        }
        Some(_) => {}
    }
    let last: Option<NaiveDate> = state
        .db
        .read(move |conn| progress::last_stage_change_on(conn, id))
        .await?;
    // The timeline is ordered by date: a change dated before the last one would put the
    // project's current stage in the middle of its history.
    let on = parse_past_date(&f.changed_on, state.today());
    match on {
        Err(e) => errors.add("changed_on", date_message(&ctx, e)),
        Ok(d) if last.is_some_and(|l| d < l) => errors.add(
            "changed_on",
            ctx.ts(
                "progress-error-date-before-last",
                "date",
                &last.map(|l| ctx.date(&l)).unwrap_or_default(),
            ),
        ),
        Ok(_) => {}
    }
    let on = on.ok().filter(|d| last.is_none_or(|l| *d >= l));
    let note = bounded("note", &f.note, STAGE_NOTE_MAX, false, false);
    if note.is_err() {
        errors.add("stage_note", too_long(&ctx, STAGE_NOTE_MAX));
    }
    let (Some(stage), Some(on), Ok(note), true) = (stage, on, note, errors.is_empty()) else {
        let form = ManageForm {
            stage: f.stage,
            changed_on: f.changed_on,
            stage_note: f.note.chars().take(STAGE_NOTE_MAX * 2).collect(),
            ..ManageForm::default()
        };
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let actor = actor_of(&person, &ctx);
    state
        .db
        .write(move |conn| {
            crate::app::progress::change_stage(conn, id, stage, on, &note, &actor, now)
        })
        .await?;
    Ok(back(id, "stage"))
}

/// The update form.
#[derive(Debug, Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    posted_on: String,
}

/// `POST /projects/{id}/updates`: posts a progress update.
pub async fn post_update(
    form: CsrfForm<UpdateForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let project = managed(&state, &person, id).await?;
    let f = form.0;
    let mut errors = FormErrors::default();
    let body = bounded("body", &f.body, UPDATE_MAX, true, false);
    if let Err(e) = &body {
        errors.add(
            "update_body",
            text_message(&ctx, e, "progress-error-update-empty"),
        );
    }
    let on = parse_past_date(&f.posted_on, state.today());
    if let Err(e) = on {
        errors.add("posted_on", date_message(&ctx, e));
    }
    let (Ok(body), Ok(on)) = (body, on) else {
        let form = ManageForm {
            update_body: f.body.chars().take(UPDATE_MAX * 2).collect(),
            posted_on: f.posted_on,
            ..ManageForm::default()
        };
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let actor = actor_of(&person, &ctx);
    state
        .db
        .write(move |conn| crate::app::progress::post_update(conn, id, &body, on, &actor, now))
        .await?;
    Ok(back(id, "update"))
}

/// The milestone form.
#[derive(Debug, Deserialize)]
pub struct MilestoneForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    due_on: String,
}

/// `POST /projects/{id}/milestones`: adds a milestone.
pub async fn add_milestone(
    form: CsrfForm<MilestoneForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let project = managed(&state, &person, id).await?;
    let f = form.0;
    let mut errors = FormErrors::default();
    let title = bounded("title", &f.title, MILESTONE_MAX, true, true);
    if let Err(e) = &title {
        errors.add(
            "milestone_title",
            text_message(&ctx, e, "progress-error-milestone-empty"),
        );
    }
    let due = if f.due_on.trim().is_empty() {
        Err(DateError::Malformed)
    } else {
        parse_date(&f.due_on)
    };
    if let Err(e) = due {
        errors.add("due_on", date_message(&ctx, e));
    }
    let (Ok(title), Ok(due)) = (title, due) else {
        let form = ManageForm {
            milestone_title: f.title.chars().take(MILESTONE_MAX * 2).collect(),
            due_on: f.due_on,
            ..ManageForm::default()
        };
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let actor = actor_of(&person, &ctx);
    state
        .db
        .write(move |conn| crate::app::progress::add_milestone(conn, id, &title, due, &actor, now))
        .await?;
    Ok(back(id, "milestone"))
}

/// `POST /projects/{id}/milestones/{milestone}/done`: marks a milestone reached today.
pub async fn milestone_done(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<(ProjectId, MilestoneId)>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.0.get();
    managed(&state, &person, id).await?;
    let milestone = path.1.get();
    let actor = actor_of(&person, &ctx);
    let marked = state
        .db
        .write(move |conn| {
            crate::app::progress::mark_milestone_done(conn, id, milestone, now.date(), &actor, now)
        })
        .await?;
    match marked {
        None => Err(AppError::NotFound),
        Some(_) => Ok(back(id, "reached")),
    }
}
