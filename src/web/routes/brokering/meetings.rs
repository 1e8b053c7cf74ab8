//! Meetings: proposing or changing one (the form's fields are read and checked in
//! [`super::meeting_form`]), its page (answers, notes, cancel).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::meeting_form::{ProjectForForm, check, edit_page, project_for_form, values_of};
use crate::app::brokering::meetings::{self as uc, MeetingRefusal};
use crate::db::queries::brokering as q;
use crate::db::queries::partners;
use crate::domain::Actor;
use crate::domain::brokering::{AGENDA_MAX, MeetingState, Rsvp, local_parts, optional_text, zones};
use crate::domain::ids::{IntroductionId, MeetingId, ProjectId};
use crate::email::Outbox;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::actor;
use crate::web::extract::{CsrfForm, Person};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::brokering::text_error;
use crate::web::views::brokering::{MeetingFormPage, MeetingPage, MeetingValues};
use crate::web::views::parts::FormErrors;

/// The host part of meeting UIDs: the site's.
fn host(state: &AppState) -> String {
    crate::web::read::calendar::host(&state.settings.base_url)
}

/// `?introduction=`
#[derive(Debug, Deserialize)]
pub struct NewQuery {
    introduction: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// `GET /projects/{id}/meetings/new[?introduction=]`
pub async fn new_form(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<NewQuery>,
) -> Result<MeetingFormPage, AppError> {
    let me = person.0.actor(ctx.lang);
    let id = path.into_inner().get();
    let p = project_for_form(&state, id).await?;
    if !uc::arranges(&me, &p.owners) {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    // After an accepted introduction: its organisation and the owners, chosen already.
    let introduction = match query.introduction.as_deref() {
        None | Some("") => None,
        Some(raw) => {
            let iid = raw.parse::<IntroductionId>()?.get();
            let d = state
                .db
                .read(move |c| q::introduction(c, iid))
                .await?
                .filter(|d| d.intro.project_id == id)
                .ok_or(AppError::NotFound)?;
            Some(d)
        }
    };
    let mut chosen = Vec::new();
    if let Some(d) = &introduction {
        chosen.push(d.intro.organisation_id);
        chosen.extend(p.owners.iter().copied());
    }
    let values = MeetingValues {
        title: ctx.ts("brokering-meeting-default-title", "project", &p.title),
        start: "10:00".into(),
        end: "11:00".into(),
        zone: "UTC".into(),
        organisations: chosen,
        introduction: introduction.map(|d| d.intro.id),
        ..MeetingValues::default()
    };
    Ok(MeetingFormPage {
        ctx,
        project_id: id,
        project_title: p.title,
        project_lang: p.lang,
        action: format!("/projects/{id}/meetings/new"),
        meeting_id: None,
        partners: p.partners,
        values,
        errors: FormErrors::default(),
        zones: zones(),
    })
}

/// `POST /projects/{id}/meetings/new`
pub async fn create(
    form: CsrfForm<Vec<(String, String)>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = actor(&req)?;
    let id = path.into_inner().get();
    let p = project_for_form(&state, id).await?;
    if !uc::arranges(&me, &p.owners) {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    let values = values_of(&form.0);
    let mut errors = FormErrors::default();
    if values.organisations.is_empty() {
        errors.add(
            "organisations",
            ctx.t("brokering-error-organisations").to_owned(),
        );
    }
    let input = check(&ctx, &values, &mut errors);
    if let Some(input) = input.filter(|_| errors.is_empty()) {
        let outbox = Outbox::new(&state.settings);
        let (host, who) = (host(&state), me.clone());
        let (orgs, intro) = (values.organisations.clone(), values.introduction);
        let result = state
            .db
            .write(move |c| uc::propose(c, &outbox, &host, &who, id, intro, &orgs, &input, now))
            .await?;
        match result {
            Ok(meeting) => {
                return Ok(HttpResponse::SeeOther()
                    .insert_header((
                        "Location",
                        format!("/meetings/{meeting}?done=meeting_proposed"),
                    ))
                    .finish());
            }
            Err(MeetingRefusal::NotYours) => return Err(AppError::Forbidden("error-forbidden")),
            Err(MeetingRefusal::NoInvitees) => errors.add(
                "organisations",
                ctx.t("brokering-error-no-invitees").to_owned(),
            ),
            Err(_) => errors.add(
                "organisations",
                ctx.t("brokering-error-organisations").to_owned(),
            ),
        }
    }
    html(
        StatusCode::UNPROCESSABLE_ENTITY,
        &MeetingFormPage {
            ctx,
            project_id: id,
            project_title: p.title,
            project_lang: p.lang,
            action: format!("/projects/{id}/meetings/new"),
            meeting_id: None,
            partners: p.partners,
            values,
            errors,
            zones: zones(),
        },
    )
}

/// The meeting page for `who`, or 404 when they are neither invited nor arranging it.
async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    who: &Actor,
    id: i32,
) -> Result<MeetingPage, AppError> {
    let (d, owners) = state
        .db
        .read(move |c| {
            let Some(d) = q::meeting(c, id)? else {
                return Ok(None);
            };
            let owners = partners::owner_ids(c, d.meeting.project_id)?;
            Ok(Some((d, owners)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = d.invitees.iter().find(|i| i.person_id == who.id);
    let invited = mine.is_some();
    let my_answer = mine.and_then(|i| i.answer.clone());
    let arranges = uc::arranges(who, &owners);
    if !invited && !arranges {
        return Err(AppError::NotFound);
    }
    let (day, start) = local_parts(d.meeting.starts_at, &d.meeting.time_zone);
    let (_, end) = local_parts(d.meeting.ends_at, &d.meeting.time_zone);
    let day = chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d")
        .unwrap_or_else(|_| d.meeting.starts_at.date());
    Ok(MeetingPage {
        ctx,
        notes: d.meeting.notes.clone(),
        local: (day, start, end),
        invited,
        my_answer,
        arranges,
        errors: FormErrors::default(),
        notice: None,
        d,
    })
}

/// `GET /meetings/{id}`
pub async fn show(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
    query: web::Query<super::introductions::DoneQuery>,
) -> Result<MeetingPage, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    let mut p = page(ctx, &state, &me, id).await?;
    let done = match query.done.as_deref() {
        Some("meeting_proposed") => Some("done-meeting_proposed"),
        Some("meeting_changed") => Some("done-meeting_changed"),
        _ => None,
    };
    if let Some(key) = done {
        p.notice = Some(p.ctx.t(key).to_owned());
    }
    Ok(p)
}

/// The answer form.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// `POST /meetings/{id}/answer`
pub async fn answer(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = actor(&req)?;
    let id = path.into_inner().get();
    let mut p = page(ctx, &state, &me, id).await?;
    if !p.invited {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    if p.cancelled() {
        p.notice = Some(p.ctx.t("brokering-meeting-cancelled").to_owned());
        return html(StatusCode::CONFLICT, &p);
    }
    let Ok(rsvp) = form.0.answer.parse::<Rsvp>() else {
        return Err(AppError::bad("answer", form.0.answer.clone()));
    };
    let who = me.id;
    state
        .db
        .write(move |c| uc::answer(c, who, id, rsvp, now))
        .await?;
    let mut p = page(p.ctx, &state, &me, id).await?;
    p.notice = Some(p.ctx.t("brokering-meeting-answered").to_owned());
    html(StatusCode::OK, &p)
}

/// The notes form.
#[derive(Debug, Deserialize)]
pub struct NotesForm {
    #[serde(default)]
    notes: String,
}

/// `POST /meetings/{id}/notes`
pub async fn notes(
    form: CsrfForm<NotesForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = actor(&req)?;
    let id = path.into_inner().get();
    let mut p = page(ctx, &state, &me, id).await?;
    if !p.arranges {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    let notes = match optional_text("notes", &form.0.notes, AGENDA_MAX) {
        Ok(n) => n,
        Err(e) => {
            p.notes = form.0.notes.chars().take(AGENDA_MAX + 100).collect();
            let message = text_error(&p.ctx, &e);
            p.errors.add("notes", message);
            return html(StatusCode::UNPROCESSABLE_ENTITY, &p);
        }
    };
    let who = me.clone();
    state
        .db
        .write(move |c| uc::save_notes(c, &who, id, &notes, now))
        .await?;
    let mut p = page(p.ctx, &state, &me, id).await?;
    p.notice = Some(p.ctx.t("brokering-meeting-notes-saved").to_owned());
    html(StatusCode::OK, &p)
}

/// The meeting and its project's form data, for someone who arranges it; 404 for those
/// not concerned, 403 for invitees.
async fn arranged(
    ctx: &Ctx,
    state: &web::Data<AppState>,
    me: &Actor,
    id: i32,
) -> Result<(MeetingPage, ProjectForForm), AppError> {
    let p = page(ctx.clone(), state, me, id).await?;
    if !p.arranges {
        return Err(AppError::Forbidden("error-forbidden"));
    }
    let project = project_for_form(state, p.d.meeting.project_id).await?;
    Ok((p, project))
}

/// `GET /meetings/{id}/edit`
pub async fn edit_form(
    person: Person,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
) -> Result<HttpResponse, AppError> {
    let me = person.0.actor(ctx.lang);
    let id = path.into_inner().get();
    let (p, project) = arranged(&ctx, &state, &me, id).await?;
    if p.cancelled() {
        return html(StatusCode::CONFLICT, &p);
    }
    let m = &p.d.meeting;
    let (date, start) = local_parts(m.starts_at, &m.time_zone);
    let (_, end) = local_parts(m.ends_at, &m.time_zone);
    let values = MeetingValues {
        title: m.title.clone(),
        date,
        start,
        end,
        zone: m.time_zone.clone(),
        place: m.place.clone(),
        online_url: m.online_url.clone(),
        agenda: m.agenda.clone(),
        organisations: p.d.organisations.iter().map(|(id, _)| *id).collect(),
        introduction: m.introduction_id,
    };
    let project_id = m.project_id;
    html(
        StatusCode::OK,
        &edit_page(ctx, project, project_id, id, values, FormErrors::default()),
    )
}

/// `POST /meetings/{id}/edit`: every invitee receives the update.
pub async fn edit(
    form: CsrfForm<Vec<(String, String)>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = actor(&req)?;
    let id = path.into_inner().get();
    let (p, project) = arranged(&ctx, &state, &me, id).await?;
    let project_id = p.d.meeting.project_id;
    let values = values_of(&form.0);
    let mut errors = FormErrors::default();
    if let Some(input) = check(&ctx, &values, &mut errors) {
        let outbox = Outbox::new(&state.settings);
        let (host, who) = (host(&state), me.clone());
        let result = state
            .db
            .write(move |c| uc::change(c, &outbox, &host, &who, id, Some(&input), now))
            .await?;
        match result {
            Ok(()) => {
                return Ok(HttpResponse::SeeOther()
                    .insert_header(("Location", format!("/meetings/{id}?done=meeting_changed")))
                    .finish());
            }
            Err(MeetingRefusal::NotYours) => return Err(AppError::Forbidden("error-forbidden")),
            Err(_) => {
                let mut p = page(ctx, &state, &me, id).await?;
                p.notice = Some(p.ctx.t("brokering-meeting-cancelled").to_owned());
                return html(StatusCode::CONFLICT, &p);
            }
        }
    }
    html(
        StatusCode::UNPROCESSABLE_ENTITY,
        &edit_page(ctx, project, project_id, id, values, errors),
    )
}

/// `POST /meetings/{id}/cancel`: every invitee receives the cancellation.
pub async fn cancel(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<MeetingId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let _ = form;
    let me = actor(&req)?;
    let id = path.into_inner().get();
    let (p, _) = arranged(&ctx, &state, &me, id).await?;
    if p.d.meeting.state == MeetingState::Cancelled.code() {
        return html(StatusCode::CONFLICT, &p);
    }
    let outbox = Outbox::new(&state.settings);
    let (host, who) = (host(&state), me.clone());
    let result = state
        .db
        .write(move |c| uc::change(c, &outbox, &host, &who, id, None, now))
        .await?;
    let status = match result {
        Ok(()) => StatusCode::OK,
        Err(MeetingRefusal::NotYours) => return Err(AppError::Forbidden("error-forbidden")),
        Err(_) => StatusCode::CONFLICT,
    };
    let mut p = page(ctx, &state, &me, id).await?;
    p.notice = Some(p.ctx.t("brokering-meeting-cancelled").to_owned());
    html(status, &p)
}
