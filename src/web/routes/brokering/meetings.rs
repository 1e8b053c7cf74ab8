//! Meetings: the form to propose or change one, its page (answers, notes, cancel).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::brokering::meetings::{self as uc, MeetingInput, MeetingRefusal};
use crate::db::queries::brokering as q;
use crate::db::queries::partners;
use crate::domain::Actor;
use crate::domain::brokering::{
    AGENDA_MAX, LINE_MAX, MeetingState, Rsvp, TimeProblem, local_parts, meeting_times,
    optional_line, optional_text, parse_link, required_text, zones,
};
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
    url::Url::parse(&state.settings.base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "localhost".into())
}

/// What the form pages of a project need: title, language, owners, partners.
struct ProjectForForm {
    title: String,
    lang: String,
    owners: Vec<i32>,
    partners: Vec<(i32, String)>,
}

async fn project_for_form(
    state: &web::Data<AppState>,
    id: i32,
) -> Result<ProjectForForm, AppError> {
    state
        .db
        .read(move |c| {
            let Some((title, lang, _)) = q::public_head(c, id)? else {
                return Ok(None);
            };
            Ok(Some(ProjectForForm {
                title,
                lang,
                owners: partners::owner_ids(c, id)?,
                partners: q::partners_named(c, id)?,
            }))
        })
        .await?
        .ok_or(AppError::NotFound)
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

/// Reads the meeting form (fields may repeat: `organisation`).
fn values_of(fields: &[(String, String)]) -> MeetingValues {
    let one = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.chars().take(AGENDA_MAX + 100).collect::<String>())
            .unwrap_or_default()
    };
    MeetingValues {
        title: one("title"),
        date: one("date"),
        start: one("start"),
        end: one("end"),
        zone: one("zone"),
        place: one("place"),
        online_url: one("online_url"),
        agenda: one("agenda"),
        organisations: fields
            .iter()
            .filter(|(k, _)| k == "organisation")
            .filter_map(|(_, v)| v.parse().ok())
            .collect(),
        introduction: fields
            .iter()
            .find(|(k, _)| k == "introduction")
            .and_then(|(_, v)| v.parse().ok()),
    }
}

/// Checks the form; the problems go to `errors`, keyed by field.
fn check(ctx: &Ctx, v: &MeetingValues, errors: &mut FormErrors) -> Option<MeetingInput> {
    let title = required_text("title", &v.title, LINE_MAX)
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    if let Err(e) = &title {
        errors.add("title", text_error(ctx, e));
    }
    let times = meeting_times(&v.date, &v.start, &v.end, &v.zone);
    if let Err(p) = times {
        let (field, key) = match p {
            TimeProblem::Date => ("date", "brokering-error-date"),
            TimeProblem::Start => ("start", "brokering-error-time"),
            TimeProblem::End => ("end", "brokering-error-time"),
            TimeProblem::Zone => ("zone", "brokering-error-zone"),
            TimeProblem::Order => ("end", "brokering-error-order"),
            TimeProblem::Gap => ("start", "brokering-error-gap"),
        };
        errors.add(field, ctx.t(key).to_owned());
    }
    let place = optional_line("place", &v.place, LINE_MAX);
    if let Err(e) = &place {
        errors.add("place", text_error(ctx, e));
    }
    let link = parse_link(&v.online_url).ok_or(());
    if link.is_err() {
        errors.add("online_url", ctx.t("brokering-error-link").to_owned());
    }
    if let (Ok(p), Ok(l)) = (&place, &link)
        && p.is_empty()
        && l.is_empty()
    {
        errors.add("place", ctx.t("brokering-error-where").to_owned());
    }
    let agenda = required_text("agenda", &v.agenda, AGENDA_MAX);
    if let Err(e) = &agenda {
        errors.add("agenda", text_error(ctx, e));
    }
    let (Ok(title), Ok((starts_at, ends_at)), Ok(place), Ok(online_url), Ok(agenda)) =
        (title, times, place, link, agenda)
    else {
        return None;
    };
    errors.is_empty().then(|| MeetingInput {
        title,
        starts_at,
        ends_at,
        time_zone: v.zone.trim().to_owned(),
        place,
        online_url,
        agenda,
        lang: ctx.lang,
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
                    .insert_header(("Location", format!("/meetings/{meeting}")))
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
) -> Result<MeetingPage, AppError> {
    let id = path.into_inner().get();
    let me = person.0.actor(ctx.lang);
    page(ctx, &state, &me, id).await
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

/// The edit form's page with `values`.
fn edit_page(
    ctx: Ctx,
    p: ProjectForForm,
    project_id: i32,
    meeting_id: i32,
    values: MeetingValues,
    errors: FormErrors,
) -> MeetingFormPage {
    MeetingFormPage {
        ctx,
        project_id,
        project_title: p.title,
        project_lang: p.lang,
        action: format!("/meetings/{meeting_id}/edit"),
        meeting_id: Some(meeting_id),
        partners: p.partners,
        values,
        errors,
        zones: zones(),
    }
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
                    .insert_header(("Location", format!("/meetings/{id}")))
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
