//! Proposing a project and taking it through review (issue 5, points 1–3): the form and
//! drafts, the duplicate check, "My projects", co-owners, requests to join, and the
//! review queue. Everything works without JavaScript: each step is a page and a form.
//!
//! The flow: a delegate fills `/projects/new` and either saves a draft (only a title is
//! needed) or continues; continuing checks every field, saves the proposal as a draft and
//! shows `/projects/{id}/check`, the public projects most like it (see
//! `crate::text::similar`). From there the delegate submits, or asks to join one of
//! them (its owners answer on their "My projects" page). Reviewers (never facilitators)
//! endorse, ask for changes or decline; owners edit and resubmit after a request for
//! changes, and may withdraw a submitted or endorsed project.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::proposals::co_owners;
use crate::app::proposals::draft::Proposer;
use crate::app::proposals::join::answer_join;
use crate::app::proposals::{Answer, Asked};
use crate::db::code::code;
use crate::db::queries::projects::{self as project_queries};
use crate::db::queries::proposals::{self};
use crate::domain::ids::{CoOwnerInvitationId, JoinRequestId, ProjectId};
use crate::domain::policy::{Action, allows, manages_project};
use crate::domain::proposal::{self, Completeness, ProposalInput, validate, validate_review};
use crate::domain::{PartnerRole, PublicationState};
use crate::text::similar::{LIKELY, SHOWN};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::EmptyForm;
use crate::web::extract::{CsrfForm, person_or_sign_in, require};
use crate::web::read::similar::{Compared, corpus, similar_views};
use crate::web::respond::html as render;
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::proposals::{
    CheckPage, CoOwnersPage, MinePage, ProposalFormPage, QueueItem, ReviewPage, ReviewQueuePage,
    group_outcomes,
};

/// Registers the routes of proposals and review (before `/projects/{id}`, so that
/// `/projects/new` and `/projects/mine` are not taken for ids).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/projects/new", web::get().to(new_form))
        .route("/projects/new", web::post().to(create))
        .route("/projects/mine", web::get().to(mine))
        .route("/projects/{id}/edit", web::get().to(edit_form))
        .route("/projects/{id}/edit", web::post().to(update))
        .route("/projects/{id}/check", web::get().to(check))
        .route("/projects/{id}/submit", web::post().to(submit))
        .route("/projects/{id}/withdraw", web::post().to(withdraw))
        .route("/projects/{id}/join", web::post().to(request_join))
        .route("/projects/{id}/co-owners", web::get().to(co_owners))
        .route("/projects/{id}/co-owners", web::post().to(invite_co_owner))
        .route(
            "/co-owner-invitations/{id}",
            web::post().to(answer_invitation),
        )
        .route("/join-requests/{id}", web::post().to(answer_join_request))
        .route("/review", web::get().to(review_queue))
        .route("/review/{id}", web::get().to(review_form))
        .route("/review/{id}", web::post().to(review));
}

/// Confirmations a redirect may ask a page to show (`?done=<code>`): the code selects a
/// translation, so nothing typed in the address is ever shown.
const NOTICES: &[&str] = &[
    "draft_saved",
    "join_requested",
    "invitation_accepted",
    "invitation_declined",
    "request_accepted",
    "request_declined",
    "co_owner_invited",
    "decided",
];

/// The `?done=` of a page.
#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

fn notice(ctx: &Ctx, q: &DoneQuery) -> Option<String> {
    q.done
        .as_deref()
        .filter(|d| NOTICES.contains(d))
        .map(|d| ctx.t(&format!("proposal-done-{d}")).to_owned())
}

fn see_other(path: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, path))
        .finish()
}

/// The signed-in delegate and their government, or the refusal.
fn delegate(person: &SignedIn) -> Result<Proposer, AppError> {
    match person.organisation_id {
        Some(org) if allows(person.role, Action::ProposeProject) => Ok(Proposer {
            person_id: person.id,
            organisation_id: org,
        }),
        _ => Err(AppError::Forbidden("error-forbidden")),
    }
}

/// The form's problems, translated, in the form's order.
fn form_errors(ctx: &Ctx, problems: &[proposal::Problem]) -> FormErrors {
    let mut errors = FormErrors::default();
    for p in problems {
        if errors.of(p.field).is_none() {
            errors.add(p.field, ctx.t(p.key).to_owned());
        }
    }
    errors
}

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
    let themes = e.input.themes.clone();
    let similar = similar_views(
        &corpus,
        &Compared {
            id,
            lang: code("projects.lang", &e.input.lang)?,
            title: &e.input.title,
            summary: &e.input.summary,
            themes: &themes,
        },
        SHOWN,
        5,
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
    Ok(see_other(format!("/projects/{id}")))
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
    Ok(see_other(format!("/projects/{id}")))
}

/// The join form: which of the delegate's proposals it comes from, if any.
#[derive(Debug, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    from: String,
}

/// `POST /projects/{id}/join`: a delegate asks that their government join a public
/// project as co-owner (its owners answer on "My projects").
pub async fn request_join(
    form: CsrfForm<JoinForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ProposeProject)?;
    let actor = delegate(&person)?;
    let from = form.0.from.trim().parse::<i32>().ok();
    let org = actor.organisation_id;
    let outcome = state
        .db
        .write(move |conn| {
            let Some(target) = proposals::standing(conn, id)? else {
                return Ok(None);
            };
            if !target.status.is_public() {
                return Ok(None);
            }
            // Only one's own proposal can be named as where the request comes from.
            let from = match from {
                Some(f) => proposals::standing(conn, f)?
                    .filter(|s| s.owner_ids.contains(&org))
                    .map(|_| f),
                None => None,
            };
            crate::app::proposals::join::request_join(conn, id, from, &actor, now).map(Some)
        })
        .await?;
    match outcome {
        None => Err(AppError::NotFound),
        Some(Asked::AlreadyOwner) => Err(AppError::Forbidden("proposal-error-already-owner")),
        Some(Asked::Done | Asked::AlreadyPending) => {
            Ok(see_other("/projects/mine?done=join_requested".to_owned()))
        }
    }
}

/// `GET /projects/mine`: a delegate's drafts, their government's projects and what
/// waits for their answer.
pub async fn mine(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    require(&req, Action::ProposeProject)?;
    let person = person_or_sign_in(&req)?;
    let org = delegate(&person)?.organisation_id;
    let (owned, invitations, join_requests, sent_requests) = state
        .db
        .read(move |conn| {
            Ok((
                proposals::owned_by(conn, org)?,
                proposals::invitations_for(conn, org)?,
                proposals::join_requests_to(conn, org)?,
                proposals::join_requests_from(conn, org)?,
            ))
        })
        .await?;
    let (drafts, projects) = owned
        .into_iter()
        .partition(|l| l.row.status == PublicationState::Draft.code());
    let notice = notice(&ctx, &query);
    render(
        StatusCode::OK,
        &MinePage {
            ctx,
            government: person.organisation_name.clone().unwrap_or_default(),
            drafts,
            projects,
            invitations,
            join_requests,
            sent_requests,
            notice,
        },
    )
}

/// The co-owners page of project `id` for one of its owners.
async fn co_owners_page(
    state: &web::Data<AppState>,
    ctx: Ctx,
    person: &SignedIn,
    id: i32,
) -> Result<CoOwnersPage, AppError> {
    let detail = state
        .db
        .read(move |conn| {
            let d = project_queries::detail(conn, id, false)?;
            let inv = proposals::invitations_of(conn, id)?;
            let govs = proposals::governments(conn)?;
            Ok(d.map(|d| (d, inv, govs)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let (d, invitations, governments) = detail;
    let owners: Vec<_> = d
        .partners
        .iter()
        .filter(|p| p.role == PartnerRole::Owner.code())
        .cloned()
        .collect();
    let owner_ids: Vec<i32> = owners.iter().map(|o| o.organisation_id).collect();
    if !manages_project(person.role, person.organisation_id, &owner_ids) {
        let public = d
            .project
            .status
            .parse::<PublicationState>()
            .is_ok_and(|s| s.is_public());
        return Err(if public {
            AppError::Forbidden("error-forbidden")
        } else {
            AppError::NotFound
        });
    }
    Ok(CoOwnersPage {
        ctx,
        project_id: id,
        title: d.project.title.clone(),
        lang: d.project.lang.clone(),
        governments: governments
            .into_iter()
            .filter(|(g, _)| !owner_ids.contains(g))
            .collect(),
        owners,
        invitations,
        chosen: String::new(),
        errors: FormErrors::default(),
        notice: None,
    })
}

/// `GET /projects/{id}/co-owners`: owners see who co-owns and invite other governments.
pub async fn co_owners(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    require(&req, Action::ManageOwnProject)?;
    let person = person_or_sign_in(&req)?;
    let notice = notice(&ctx, &query);
    let mut page = co_owners_page(&state, ctx, &person, id).await?;
    page.notice = notice;
    render(StatusCode::OK, &page)
}

/// The co-owner invitation form.
#[derive(Debug, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    organisation: String,
}

/// `POST /projects/{id}/co-owners`: invites a government; a delegate of it confirms.
pub async fn invite_co_owner(
    form: CsrfForm<InviteForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::ManageOwnProject)?;
    let mut page = co_owners_page(&state, ctx, &person, id).await?;
    let chosen = form.0.organisation.trim().to_owned();
    let org = chosen
        .parse::<i32>()
        .ok()
        .filter(|g| page.governments.iter().any(|(x, _)| x == g));
    let Some(org) = org else {
        page.chosen = chosen;
        page.errors.add(
            "organisation",
            page.ctx.t("co-owner-error-government").to_owned(),
        );
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let actor_id = person.id;
    let asked = state
        .db
        .write(move |conn| {
            crate::app::proposals::co_owners::invite_co_owner(conn, id, org, actor_id, now)
        })
        .await?;
    match asked {
        Asked::Done => Ok(see_other(format!(
            "/projects/{id}/co-owners?done=co_owner_invited"
        ))),
        Asked::AlreadyOwner | Asked::AlreadyPending => {
            page.chosen = chosen;
            page.errors.add(
                "organisation",
                page.ctx.t("co-owner-error-pending").to_owned(),
            );
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

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

/// `POST /co-owner-invitations/{id}`: a delegate of the invited government answers.
pub async fn answer_invitation(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CoOwnerInvitationId>,
) -> Result<HttpResponse, AppError> {
    let answered = Answering {
        action: Action::ProposeProject,
        use_case: co_owners::answer_invitation,
        done: ["invitation_accepted", "invitation_declined"],
    };
    let id = path.into_inner().get();
    answered.run(form, req, state, id).await
}

/// `POST /join-requests/{id}`: a delegate of an owning government answers a request.
pub async fn answer_join_request(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<JoinRequestId>,
) -> Result<HttpResponse, AppError> {
    let answered = Answering {
        action: Action::ManageOwnProject,
        use_case: answer_join,
        done: ["request_accepted", "request_declined"],
    };
    let id = path.into_inner().get();
    answered.run(form, req, state, id).await
}

/// A use case recording an answer: (connection, invitation or request id, answering
/// government, accept, person, now).
type AnswerUseCase = fn(
    &mut crate::db::DbConn,
    i32,
    i32,
    bool,
    i32,
    chrono::NaiveDateTime,
) -> Result<Answer, crate::db::DbError>;

/// A delegate's answer, for their government, to a co-owner invitation or a request to
/// join: who may, the use case that records it, and what "My projects" then says.
struct Answering {
    action: Action,
    use_case: AnswerUseCase,
    /// The `done` notice after accepting, after declining.
    done: [&'static str; 2],
}

impl Answering {
    async fn run(
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

/// `GET /review`: submitted projects waiting for a decision, with likely duplicates.
pub async fn review_queue(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    require(&req, Action::Review)?;
    let queue = state.db.read(proposals::review_queue).await?;
    let corpus = corpus(&state).await?;
    let items = queue
        .into_iter()
        .map(|item| {
            let similar = match corpus.rows.get(&item.row.id) {
                Some(r) => similar_views(
                    &corpus,
                    &Compared {
                        id: r.id,
                        lang: code("projects.lang", &r.lang)?,
                        title: &r.title,
                        summary: &r.summary,
                        themes: &r.themes,
                    },
                    LIKELY,
                    3,
                ),
                None => Vec::new(),
            };
            Ok(QueueItem { similar, item })
        })
        .collect::<Result<_, AppError>>()?;
    let notice = notice(&ctx, &query);
    render(StatusCode::OK, &ReviewQueuePage { ctx, items, notice })
}

async fn reviewable(
    state: &web::Data<AppState>,
    id: i32,
) -> Result<std::sync::Arc<project_queries::ProjectDetail>, AppError> {
    let d = state
        .db
        .read(move |conn| project_queries::detail(conn, id, false))
        .await?
        .filter(|d| {
            d.project
                .status
                .parse::<PublicationState>()
                .is_ok_and(proposal::reviewable)
        })
        .ok_or(AppError::NotFound)?;
    Ok(std::sync::Arc::new(d))
}

/// `GET /review/{id}`: the project and the decision form.
pub async fn review_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner().get();
    require(&req, Action::Review)?;
    let p = reviewable(&state, id).await?;
    let similar = similar_views(&*corpus(&state).await?, &Compared::of(&p)?, SHOWN, 5);
    render(
        StatusCode::OK,
        &ReviewPage {
            ctx,
            p,
            similar,
            decision: String::new(),
            comments: String::new(),
            errors: FormErrors::default(),
        },
    )
}

/// The review form.
#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comments: String,
}

/// `POST /review/{id}`: endorse, request changes (comments required) or decline (reason
/// required); the owners' delegates are mailed.
pub async fn review(
    form: CsrfForm<ReviewForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let id = path.into_inner().get();
    let person = person_or_sign_in(&req)?;
    require(&req, Action::Review)?;
    let form = form.0;
    let p = reviewable(&state, id).await?;
    let decision = match validate_review(&form.decision, &form.comments) {
        Ok(d) => d,
        Err(problems) => {
            let similar = similar_views(&*corpus(&state).await?, &Compared::of(&p)?, SHOWN, 5);
            let mut page = ReviewPage {
                ctx,
                p,
                similar,
                decision: form.decision.chars().take(40).collect(),
                comments: form.comments,
                errors: FormErrors::default(),
            };
            page.errors = form_errors(&page.ctx, &problems);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let outbox = crate::email::Outbox::new(&state.settings);
    let reviewer = person.id;
    state
        .db
        .write(move |conn| {
            crate::app::proposals::review::decide(conn, &outbox, id, &decision, reviewer, now)
        })
        .await?;
    Ok(see_other("/review?done=decided".to_owned()))
}
