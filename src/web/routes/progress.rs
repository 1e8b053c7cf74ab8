//! The managers' side of a project's progress (issue 5, points 4, 5 and 9):
//! `/projects/{id}/manage` with its forms (stage, update, milestone, partners), and
//! `/follow-up`, the list of active projects with their last update and overdue flag.
//!
//! Every form posts to its own address and, when accepted, sends the browser back to the
//! managers' page with `?done=<what>` (post/redirect/get); a refused form answers 422 with
//! the page, every typed value and an error summary. Who may: `domain::policy::
//! manages_project` (delegates of an owning government); a draft is a 404 to anyone else.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::db::queries::progress;
use crate::db::queries::projects;
use crate::domain::Actor;
use crate::domain::ids::{MilestoneId, ProjectId};
use crate::domain::policy::{self, Action};
use crate::domain::progress::{
    DateError, MILESTONE_MAX, STAGE_NOTE_MAX, UPDATE_MAX, bounded, parse_date, parse_past_date,
};
use crate::domain::{PartnerRole, ProjectStage};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::extract::EmptyForm;
use crate::web::read::project::managed;
use crate::web::respond::html as render;
use crate::web::respond::see_other;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::progress::{FollowUpPage, FollowUpRow, ManageForm, ManagePage};
use crate::web::views::progress::{text_message, too_long};

/// Registers the routes of progress, questions and GFMD outcomes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/projects/{id}/manage", web::get().to(manage))
        .route("/projects/{id}/stage", web::post().to(change_stage))
        .route("/projects/{id}/updates", web::post().to(post_update))
        .route("/projects/{id}/milestones", web::post().to(add_milestone))
        .route(
            "/projects/{id}/milestones/{milestone}/done",
            web::post().to(milestone_done),
        )
        .route("/projects/{id}/partners", web::post().to(add_partner))
        .route(
            "/projects/{id}/partners/remove",
            web::post().to(remove_partner),
        )
        .route("/follow-up", web::get().to(follow_up))
        .route(
            "/projects/{id}/questions",
            web::post().to(super::questions::ask),
        )
        .route(
            "/projects/{id}/questions/{question}/answer",
            web::post().to(super::questions::answer),
        )
        .route(
            "/projects/{id}/questions/{question}/hide",
            web::post().to(super::questions::hide),
        )
        .route("/outcomes", web::get().to(super::outcomes::list))
        .route("/outcomes/{id}", web::get().to(super::outcomes::show));
}

/// Who acts for a managed project: the person, recorded under their government's name.
fn actor_of(person: &SignedIn, ctx: &Ctx) -> Actor {
    person.actor(ctx.lang)
}

/// Query of the managers' page.
#[derive(Debug, Default, Deserialize)]
pub struct ManageQuery {
    q: Option<String>,
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// Builds the managers' page of `project`.
async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    project: progress::ManagedProject,
    form: ManageForm,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<ManagePage, AppError> {
    let (id, created) = (project.id, project.created_at);
    let q = form.q.clone();
    let (stages, partners, progress, found) = state
        .db
        .read(move |conn| {
            let stages = progress::stage_changes(conn, id)?;
            let partners = projects::partners_of(conn, id)?;
            let progress = progress::of_project(conn, id, created)?;
            let found = progress::find_organisations(conn, &q, 30)?;
            Ok((stages, partners, progress, found))
        })
        .await?;
    let period_days = i64::from(state.settings.update_overdue_days);
    let today = state.today();
    Ok(ManagePage {
        overdue: progress.overdue(&project.stage, &project.status, today, period_days),
        ctx,
        project,
        stages,
        partners,
        progress,
        period_days,
        today,
        form,
        errors,
        found,
        notice,
    })
}

/// `GET /projects/{id}/manage`
pub async fn manage(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<ManageQuery>,
) -> Result<HttpResponse, AppError> {
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    let project = managed(&state, &person, id).await?;
    let q = crate::web::extract::optional_query(&query.q)?.unwrap_or_default();
    let notice = query.done.as_deref().and_then(|d| {
        let key = match d {
            "stage" => "progress-done-stage",
            "update" => "progress-done-update",
            "milestone" => "progress-done-milestone",
            "reached" => "progress-done-reached",
            "partner-added" => "progress-done-partner-added",
            "partner-removed" => "progress-done-partner-removed",
            _ => return None,
        };
        Some(ctx.t(key).to_owned())
    });
    let form = ManageForm {
        q,
        ..ManageForm::default()
    };
    let p = page(ctx, &state, project, form, FormErrors::default(), notice).await?;
    render(StatusCode::OK, &p)
}

fn back(id: i32, done: &str) -> HttpResponse {
    see_other(format!("/projects/{id}/manage?done={done}"))
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

/// The "add a partner" form.
#[derive(Debug, Deserialize)]
pub struct PartnerForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    role: String,
}

/// `POST /projects/{id}/partners`: adds a partner in a role other than owner.
pub async fn add_partner(
    form: CsrfForm<PartnerForm>,
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
    let org = f.organisation.trim().parse::<i32>().ok().filter(|o| *o > 0);
    let org = match org {
        Some(o) => state
            .db
            .read(move |conn| crate::db::queries::organisations::name_of(conn, o))
            .await?
            .map(|_| o),
        None => None,
    };
    if org.is_none() {
        errors.add(
            "organisation",
            ctx.t("progress-error-organisation").to_owned(),
        );
    }
    let role = f
        .role
        .parse::<PartnerRole>()
        .ok()
        .filter(|r| *r != PartnerRole::Owner);
    if role.is_none() {
        errors.add("role", ctx.t("progress-error-role").to_owned());
    }
    let (Some(org), Some(role)) = (org, role) else {
        let form = ManageForm {
            q: crate::domain::text::clean_line(&f.q)
                .chars()
                .take(200)
                .collect(),
            organisation: f.organisation,
            role: f.role,
            ..ManageForm::default()
        };
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let actor = person.id;
    let added = state
        .db
        .write(move |conn| crate::app::partners::add(conn, id, org, role, Some(actor), now))
        .await?;
    if !added {
        let form = ManageForm {
            q: crate::domain::text::clean_line(&f.q)
                .chars()
                .take(200)
                .collect(),
            organisation: f.organisation,
            role: f.role,
            ..ManageForm::default()
        };
        let mut errors = FormErrors::default();
        errors.add(
            "organisation",
            ctx.t("progress-error-already-partner").to_owned(),
        );
        let p = page(ctx, &state, project, form, errors, None).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    }
    Ok(back(id, "partner-added"))
}

/// The "remove" button of a partner.
#[derive(Debug, Deserialize)]
pub struct RemovePartnerForm {
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    role: String,
}

/// `POST /projects/{id}/partners/remove`: ends a partnership (owners stay: co-ownership
/// is decided with the proposal).
pub async fn remove_partner(
    form: CsrfForm<RemovePartnerForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let id = path.into_inner().get();
    managed(&state, &person, id).await?;
    let f = form.0;
    let org = f
        .organisation
        .trim()
        .parse::<i32>()
        .map_err(|_| AppError::bad("organisation", f.organisation.clone()))?;
    let role = f
        .role
        .parse::<PartnerRole>()
        .ok()
        .filter(|r| *r != PartnerRole::Owner)
        .ok_or_else(|| AppError::bad("role", f.role.clone()))?;
    let actor = person.id;
    let removed = state
        .db
        .write(move |conn| crate::app::partners::remove(conn, id, org, role, Some(actor), now))
        .await?;
    if removed {
        Ok(back(id, "partner-removed"))
    } else {
        Err(AppError::NotFound)
    }
}

/// `GET /follow-up`: active projects, the longest without an update first, with the
/// overdue flag; a delegate sees their government's projects, a facilitator all.
pub async fn follow_up(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<FollowUpPage, AppError> {
    let person = crate::web::extract::person_or_sign_in(&req)?;
    if !policy::follows_up_progress(person.role) {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    let own_only = !policy::allows(person.role, Action::SeeAllProjects);
    let owner = if own_only {
        // A delegate always belongs to a government; without one they own nothing.
        Some(person.organisation_id.unwrap_or(0))
    } else {
        None
    };
    let list = state
        .db
        .read(move |conn| progress::follow_up(conn, owner))
        .await?;
    let period_days = i64::from(state.settings.update_overdue_days);
    let today = state.today();
    let rows = list
        .into_iter()
        .map(|p| FollowUpRow {
            overdue: crate::domain::progress::overdue_periods(p.anchor_on, today, period_days) > 0,
            p,
        })
        .collect();
    Ok(FollowUpPage {
        ctx,
        rows,
        own_only,
        period_days,
    })
}
