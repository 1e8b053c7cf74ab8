//! The meeting form: what the form pages need of the project, reading the posted fields
//! (organisations may repeat) and checking them into a `MeetingInput`, and the edit
//! form's page. The handlers are in [`super::meetings`].

use actix_web::web;

use crate::app::brokering::meetings::MeetingInput;
use crate::db::queries::brokering as q;
use crate::db::queries::partners;
use crate::domain::brokering::{
    AGENDA_MAX, LINE_MAX, TimeProblem, meeting_times, optional_line, parse_link, required_text,
    zones,
};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;
use crate::web::views::brokering::text_error;
use crate::web::views::brokering::{MeetingFormPage, MeetingValues};
use crate::web::views::parts::FormErrors;

/// What the form pages of a project need: title, language, owners, partners.
pub(super) struct ProjectForForm {
    pub(super) title: String,
    pub(super) lang: String,
    pub(super) owners: Vec<i32>,
    pub(super) partners: Vec<(i32, String)>,
}

pub(super) async fn project_for_form(
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

/// Reads the meeting form (fields may repeat: `organisation`).
pub(super) fn values_of(fields: &[(String, String)]) -> MeetingValues {
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
pub(super) fn check(ctx: &Ctx, v: &MeetingValues, errors: &mut FormErrors) -> Option<MeetingInput> {
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

/// The edit form's page with `values`.
pub(super) fn edit_page(
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
