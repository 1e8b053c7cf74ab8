//! A proposal from form to review: `/projects/new`, drafts and their edits, the
//! duplicate check (`/projects/{id}/check`), submitting and withdrawing.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::shared::{DoneQuery, delegate, form_errors, notice};
use crate::db::code::code;
use crate::db::queries::proposals::{self};
use crate::domain::PublicationState;
use crate::domain::ids::ProjectId;
use crate::domain::policy::{Action, manages_project};
use crate::domain::proposal::{self, Completeness, ProposalInput, validate};
use crate::text::similar::Band;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::EmptyForm;
use crate::web::extract::{CsrfForm, person_or_sign_in, require};
use crate::web::read::similar::{Compared, corpus, similar_views};
use crate::web::respond::html as render;
use crate::web::respond::see_other;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::proposals::{CheckPage, ProposalFormPage, group_outcomes};

async fn outcome_ids_and_form(
    state: &web::Data<AppState>,
) -> Result<Vec<crate::db::models::Outcome>, AppError> {
    Ok(state.db.read(proposals::outcome_choices).await?)
}

fn form_page(
    ctx: Ctx,
    project_id: Option<i32>,
    values: ProposalInput,
    outcomes: Vec<crate::db::models::Outcome>,
    stage_editable: bool,
) -> ProposalFormPage {
    let countries = crate::i18n::country_options(ctx.lang);
    ProposalFormPage {
        ctx,
        project_id,
        values,
        errors: FormErrors::default(),
        outcome_groups: group_outcomes(outcomes),
        countries,
        stage_editable,
        notice: None,
    }
}

/// `GET /projects/new`: delegates propose on behalf of their government.
pub async fn new_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    require(&req, Action::ProposeProject)?;
    let person = person_or_sign_in(&req)?;
    delegate(&person)?;
    let outcomes = outcome_ids_and_form(&state).await?;
    let values = ProposalInput {
        stage: crate::domain::ProjectStage::Initiation.code().to_owned(),
        contact_name: person.name.clone(),
        contact_email: person.email.clone(),
        lang: ctx.lang.code().to_owned(),
        ..ProposalInput::default()
    };
    render(
        StatusCode::OK,
        &form_page(ctx, None, values, outcomes, true),
    )
}

/// What the form's buttons ask.
fn intent(pairs: &[(String, String)]) -> Completeness {
    match pairs
        .iter()
        .find(|(k, _)| k == "intent")
        .map(|(_, v)| v.as_str())
    {
        Some("draft") => Completeness::Draft,
        _ => Completeness::Complete,
    }
}

/// `POST /projects/new`: "Save draft" keeps an incomplete proposal; "Continue" checks
/// every field, keeps the proposal as a draft and shows the duplicate check.
pub async fn create(
    form: CsrfForm<Vec<(String, String)>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ProposeProject)?;
    let actor = delegate(&person)?;
    let pairs = form.0;
    let completeness = intent(&pairs);
    let input = ProposalInput::from_pairs(&pairs);
    let outcomes = outcome_ids_and_form(&state).await?;
    let known: Vec<i32> = outcomes.iter().map(|o| o.id).collect();
    let proposal = match validate(&input, completeness, &known) {
        Ok(p) => p,
        Err(problems) => {
            let mut page = form_page(ctx, None, input, outcomes, true);
            page.errors = form_errors(&page.ctx, &problems);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let id = state
        .db
        .write(move |conn| crate::app::proposals::draft::create(conn, &proposal, &actor, now))
        .await?;
    Ok(see_other(match completeness {
        Completeness::Draft => format!("/projects/{id}/edit?done=draft_saved"),
        Completeness::Complete => format!("/projects/{id}/check"),
    }))
}

/// Loads project `id` for its owners, in a state that allows `allowed`; drafts of others
/// are not found, others' public projects forbidden.
async fn owned_editable(
    state: &web::Data<AppState>,
    person: &SignedIn,
    id: i32,
    allowed: fn(PublicationState) -> bool,
) -> Result<proposals::Editable, AppError> {
    let e = state
        .db
        .read(move |conn| proposals::editable(conn, id))
        .await?
        .ok_or(AppError::NotFound)?;
    if !manages_project(person.role, person.organisation_id, &e.owner_ids) {
        return Err(if e.status.is_public() {
            AppError::Forbidden("error-forbidden")
        } else {
            AppError::NotFound
        });
    }
    if !allowed(e.status) {
        return Err(AppError::Forbidden("proposal-error-state"));
    }
    Ok(e)
}

/// `GET /projects/{id}/edit`: owners resume a draft or answer a request for changes.
pub async fn edit_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    require(&req, Action::ManageOwnProject)?;
    let person = person_or_sign_in(&req)?;
    let e = owned_editable(&state, &person, id, proposal::editable).await?;
    let outcomes = outcome_ids_and_form(&state).await?;
    let notice = notice(&ctx, &query);
    let mut page = form_page(
        ctx,
        Some(id),
        e.input,
        outcomes,
        e.status == PublicationState::Draft,
    );
    page.notice = notice;
    render(StatusCode::OK, &page)
}

/// `POST /projects/{id}/edit`
pub async fn update(
    form: CsrfForm<Vec<(String, String)>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnProject)?;
    let e = owned_editable(&state, &person, id, proposal::editable).await?;
    let pairs = form.0;
    let completeness = intent(&pairs);
    let mut input = ProposalInput::from_pairs(&pairs);
    let draft = e.status == PublicationState::Draft;
    if !draft {
        // After review has begun, stages move on their own page, with dated notes.
        input.stage = e.input.stage.clone();
    }
    let outcomes = outcome_ids_and_form(&state).await?;
    let known: Vec<i32> = outcomes.iter().map(|o| o.id).collect();
    let proposal = match validate(&input, completeness, &known) {
        Ok(p) => p,
        Err(problems) => {
            let mut page = form_page(ctx, Some(id), input, outcomes, draft);
            page.errors = form_errors(&page.ctx, &problems);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let actor_id = person.id;
    state
        .db
        .write(move |conn| crate::app::proposals::draft::update(conn, id, &proposal, actor_id, now))
        .await?;
    Ok(see_other(match completeness {
        Completeness::Draft => format!("/projects/{id}/edit?done=draft_saved"),
        Completeness::Complete => format!("/projects/{id}/check"),
    }))
}

/// `GET /projects/{id}/check`: before submitting, the most similar public projects.
pub async fn check(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    require(&req, Action::ManageOwnProject)?;
    let person = person_or_sign_in(&req)?;
    let e = owned_editable(&state, &person, id, proposal::submittable).await?;
    let outcomes = outcome_ids_and_form(&state).await?;
    let known: Vec<i32> = outcomes.iter().map(|o| o.id).collect();
    if let Err(problems) = validate(&e.input, Completeness::Complete, &known) {
        // An incomplete draft cannot go to review: the form says what is missing.
        let mut page = form_page(
            ctx,
            Some(id),
            e.input,
            outcomes,
            e.status == PublicationState::Draft,
        );
        page.errors = form_errors(&page.ctx, &problems);
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let corpus = corpus(&state).await?;
    let similar = similar_views(
        &corpus,
        &Compared {
            id,
            lang: code("projects.lang", &e.input.lang)?,
            title: &e.input.title,
            summary: &e.input.summary,
            themes: &e.input.themes,
            countries: &e.input.countries,
        },
        Band::Related,
        5,
        person.organisation_id,
    );
    render(
        StatusCode::OK,
        &CheckPage {
            ctx,
            project_id: id,
            title: e.input.title,
            lang: e.input.lang,
            similar,
        },
    )
}

/// `POST /projects/{id}/submit`: sends a complete proposal to review.
pub async fn submit(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnProject)?;
    let actor = delegate(&person)?;
    let e = owned_editable(&state, &person, id, proposal::submittable).await?;
    let outcomes = outcome_ids_and_form(&state).await?;
    let known: Vec<i32> = outcomes.iter().map(|o| o.id).collect();
    if validate(&e.input, Completeness::Complete, &known).is_err() {
        return Ok(see_other(format!("/projects/{id}/check")));
    }
    let title = e.input.title.clone();
    state
        .db
        .write(move |conn| crate::app::proposals::draft::submit(conn, id, &actor, &title, now))
        .await?;
    Ok(see_other(format!("/projects/{id}?done=submitted")))
}

/// `POST /projects/{id}/withdraw`
pub async fn withdraw(
    _form: CsrfForm<EmptyForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnProject)?;
    let e = owned_editable(&state, &person, id, proposal::withdrawable).await?;
    let (actor_id, before) = (person.id, e.status);
    state
        .db
        .write(move |conn| crate::app::proposals::draft::withdraw(conn, id, actor_id, before, now))
        .await?;
    Ok(see_other(format!("/projects/{id}?done=withdrawn")))
}
