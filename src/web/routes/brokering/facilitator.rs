//! The facilitator's view: the queue of projects that need partners, a project's ranked
//! candidates, the introduce form, every expression of interest.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::brokering::introductions::{self, Proposal, ProposalRefusal};
use crate::db::cache::current_version;
use crate::db::queries::brokering as q;
use crate::db::queries::profiles;
use crate::domain::PartnerRole;
use crate::domain::brokering::{MESSAGE_MAX, required_text};
use crate::domain::ids::{OrganisationId, ProjectId};
use crate::domain::policy::Action;
use crate::domain::search::{PAGE_SIZE, Page};
use crate::email::Outbox;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::actor;
use crate::web::extract::{CsrfForm, require};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::brokering::text_error;
use crate::web::views::brokering::{
    CandidateView, CandidatesPage, InterestsPage, IntroducePage, IntroduceValues, QueuePage,
    partner_roles, reason_text,
};
use crate::web::views::parts::{FormErrors, Pager};

/// How many candidates the facilitator sees.
const CANDIDATES: usize = 20;

/// `?page=`
#[derive(Debug, Deserialize)]
pub struct PageQuery {
    page: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// `GET /facilitator`
pub async fn queue(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> Result<QueuePage, AppError> {
    require(&req, Action::Introduce)?;
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let (rows, open_interests) = state
        .db
        .read(|c| Ok((q::queue(c)?, q::open_interest_count(c)?)))
        .await?;
    let total = rows.len() as i64;
    let pages = Page::count(total, PAGE_SIZE);
    let rows = rows
        .into_iter()
        .skip(usize::try_from(page.offset(PAGE_SIZE)).unwrap_or(usize::MAX))
        .take(PAGE_SIZE as usize)
        .collect();
    Ok(QueuePage {
        pager: Pager::new("/facilitator", &[], page.number(), pages),
        ctx,
        rows,
        total,
        open_interests,
    })
}

/// `GET /facilitator/projects/{id}`: the ranked candidates with their reasons.
pub async fn project(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<CandidatesQuery>,
) -> Result<CandidatesPage, AppError> {
    let now = state.now();
    require(&req, Action::Introduce)?;
    let notice = (query.done.as_deref() == Some("contact"))
        .then(|| ctx.t("brokering-contact-added").to_owned());
    let show = CandidateFilter::of(query.show.as_deref());
    let id = path.into_inner().get();
    let since = now - chrono::Duration::days(crate::app::brokering::DECLINED_DAYS);
    let loaded = state
        .db
        .read(move |c| {
            let Some((title, lang, stage)) = q::public_head(c, id)? else {
                return Ok(None);
            };
            let Some((query, mut exclude)) = profiles::project_query(c, id)? else {
                return Ok(None);
            };
            exclude.extend(q::recently_declined(c, id, since)?);
            exclude.extend(q::open_introduction_orgs(c, id)?);
            Ok(Some((
                (title, lang, stage),
                query,
                exclude,
                current_version(c)?,
                q::needs_of(c, id)?,
                q::introductions_of_project(c, id)?,
                q::meetings_of_project(c, id)?,
            )))
        })
        .await?;
    let Some(((title, lang, stage), query, exclude, version, needs, introductions, meetings)) =
        loaded
    else {
        return Err(AppError::NotFound);
    };
    let st = state.clone();
    let suggestions = web::block(move || {
        let snapshot = st.matching.index(&st.db, version);
        crate::matching::rank(
            &snapshot.index,
            &query,
            st.matching.weights(),
            &exclude,
            CANDIDATES,
        )
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    let ids: Vec<i32> = suggestions.iter().map(|s| s.id).collect();
    // The stated scale: fit out of 100, the best candidate of this project being 100.
    let best = suggestions.iter().map(|s| s.score).fold(0.0_f32, f32::max);
    let heads = state.db.read(move |c| q::candidate_heads(c, &ids)).await?;
    let candidates = suggestions
        .iter()
        .filter_map(|s| {
            let h = heads.get(&s.id)?.clone();
            Some(CandidateView {
                id: s.id,
                name: h.name,
                kind: h.kind,
                country: h.country,
                score: format!("{:.1}", s.score),
                fit: if best > 0.0 {
                    (s.score / best * 100.0).round() as u32
                } else {
                    0
                },
                reasons: s.reasons.iter().map(|r| reason_text(&ctx, r)).collect(),
                reachable: h.reachable,
                bounced: h.bounced,
            })
        })
        .filter(|c: &CandidateView| show.keeps(c))
        .collect();
    Ok(CandidatesPage {
        ctx,
        project_id: id,
        title,
        lang,
        stage,
        needs,
        candidates,
        introductions,
        meetings,
        notice,
        show: show.code(),
    })
}

/// Which candidates the list shows: those that can be introduced now, those that need a
/// contact point first, or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CandidateFilter {
    All,
    Ready,
    NeedsContact,
}

impl CandidateFilter {
    fn of(raw: Option<&str>) -> CandidateFilter {
        match raw {
            Some("ready") => CandidateFilter::Ready,
            Some("contact") => CandidateFilter::NeedsContact,
            _ => CandidateFilter::All,
        }
    }

    fn code(self) -> &'static str {
        match self {
            CandidateFilter::All => "all",
            CandidateFilter::Ready => "ready",
            CandidateFilter::NeedsContact => "contact",
        }
    }

    fn keeps(self, c: &CandidateView) -> bool {
        match self {
            CandidateFilter::All => true,
            CandidateFilter::Ready => c.reachable,
            CandidateFilter::NeedsContact => !c.reachable,
        }
    }
}

/// `?done=contact`: a contact point was just added from a candidate card.
#[derive(Debug, Deserialize)]
pub struct CandidatesQuery {
    done: Option<String>,
    show: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// `?organisation=`
#[derive(Debug, Deserialize)]
pub struct IntroduceQuery {
    organisation: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

/// The project's title and language and the organisation's name, or 404.
async fn heads(
    state: &web::Data<AppState>,
    project_id: i32,
    organisation_id: i32,
) -> Result<(String, String, String), AppError> {
    let found = state
        .db
        .read(move |c| {
            Ok((
                q::public_head(c, project_id)?,
                q::organisation_name(c, organisation_id)?,
            ))
        })
        .await?;
    match found {
        (Some((title, lang, _)), Some(org)) => Ok((title, lang, org)),
        _ => Err(AppError::NotFound),
    }
}

/// `GET /facilitator/projects/{id}/introduce?organisation=`
pub async fn introduce_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
    query: web::Query<IntroduceQuery>,
) -> Result<IntroducePage, AppError> {
    require(&req, Action::Introduce)?;
    let id = path.into_inner().get();
    let org = query
        .organisation
        .as_deref()
        .unwrap_or("")
        .parse::<OrganisationId>()?
        .get();
    let (title, lang, organisation) = heads(&state, id, org).await?;
    Ok(IntroducePage {
        ctx,
        project_id: id,
        title,
        lang,
        organisation_id: org,
        organisation,
        values: IntroduceValues {
            role: PartnerRole::Participant.code().to_owned(),
            message: String::new(),
        },
        roles: partner_roles(),
        errors: FormErrors::default(),
        max: MESSAGE_MAX as i64,
    })
}

/// The introduce form.
#[derive(Debug, Deserialize)]
pub struct IntroduceForm {
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    message: String,
}

/// `POST /facilitator/projects/{id}/introduce`
pub async fn introduce(
    form: CsrfForm<IntroduceForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<ProjectId>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = actor(&req)?;
    require(&req, Action::Introduce)?;
    let form = form.0;
    let id = path.into_inner().get();
    let org = form.organisation.parse::<OrganisationId>()?.get();
    let (title, lang, organisation) = heads(&state, id, org).await?;
    let mut page = IntroducePage {
        ctx,
        project_id: id,
        title,
        lang,
        organisation_id: org,
        organisation,
        values: IntroduceValues {
            role: form.role.chars().take(40).collect(),
            message: form.message.chars().take(MESSAGE_MAX + 100).collect(),
        },
        roles: partner_roles(),
        errors: FormErrors::default(),
        max: MESSAGE_MAX as i64,
    };
    let role = form
        .role
        .parse::<PartnerRole>()
        .ok()
        .filter(|r| *r != PartnerRole::Owner);
    if role.is_none() {
        page.errors
            .add("role", page.ctx.t("brokering-error-role").to_owned());
    }
    let message = required_text("message", &form.message, MESSAGE_MAX);
    if let Err(e) = &message {
        page.errors.add("message", text_error(&page.ctx, e));
    }
    let (Some(role), Ok(message)) = (role, message) else {
        return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let proposal = Proposal {
        project_id: id,
        organisation_id: org,
        role,
        message,
        lang: page.ctx.lang,
    };
    let outbox = Outbox::new(&state.settings);
    let expiry = state.settings.brokering.introduction_expiry;
    let result = state
        .db
        .write(move |c| introductions::propose(c, &outbox, expiry, &me, &proposal, now))
        .await?;
    let key = match result {
        Ok(intro) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((
                    "Location",
                    format!("/introductions/{intro}?done=introduction_sent"),
                ))
                .finish());
        }
        Err(ProposalRefusal::UnknownProject | ProposalRefusal::UnknownOrganisation) => {
            return Err(AppError::NotFound);
        }
        Err(ProposalRefusal::AlreadyPartner) => "brokering-error-already-partner",
        Err(ProposalRefusal::AlreadyOpen) => "brokering-error-already-open",
        Err(ProposalRefusal::NoProjectContact) => "brokering-error-no-project-contact",
        Err(ProposalRefusal::NoCandidateContact) => "brokering-error-no-candidate-contact",
    };
    page.errors.add("organisation", page.ctx.t(key).to_owned());
    html(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// `GET /facilitator/interests`
pub async fn interests(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<InterestsPage, AppError> {
    require(&req, Action::Introduce)?;
    let items = state.db.read(q::all_interests).await?;
    Ok(InterestsPage { ctx, items })
}
