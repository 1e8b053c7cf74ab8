//! A contact point's personal link (`/reply/{token}`, issue 13): the introduction, and
//! the two answers without signing in. Accepting creates the account and signs the
//! person in; declining needs no account. The token is the only credential: 256 random
//! bits, stored hashed, single use, expiring with the introduction.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::app::brokering::replies::{self as uc, LinkProblem, NewMember, Opened, ReplyRefusal};
use crate::domain::ContactKind;
use crate::domain::Language;
use crate::domain::brokering::{Answer, IntroductionState, REASON_MAX, required_text};
use crate::domain::person::{check_password, parse_name};
use crate::email::Outbox;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, hash_password};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::brokering::text_error;
use crate::web::views::parts::FormErrors;
use crate::web::views::replies::{ReplyDonePage, ReplyPage};

/// `?answer=accept|decline`: the form the mail's button chose.
#[derive(Debug, Deserialize)]
pub struct ReplyQuery {
    answer: Option<String>,
    #[allow(dead_code)] // read by the locale middleware
    lang: Option<String>,
}

async fn opened(state: &AppState, token: &str) -> Result<Result<Opened, LinkProblem>, AppError> {
    let now = state.now();
    let t = token.to_owned();
    Ok(state.db.read(move |c| uc::open(c, &t, now)).await?)
}

pub(super) fn problem(ctx: Ctx, p: LinkProblem, token: &str) -> Result<HttpResponse, AppError> {
    html(
        ReplyDonePage::status(p),
        &ReplyDonePage::problem(ctx, p, token),
    )
}

/// How many candidates are ranked to find one organisation's reasons: all of them, in
/// practice (an instance holds a few thousand organisations at most).
const ALL_CANDIDATES: usize = 100_000;

/// Why the organisation was suggested for the project, in words (the matching reasons,
/// as the facilitator saw them); empty when it is no longer among the candidates.
async fn reasons(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    o: &Opened,
) -> Result<Vec<String>, AppError> {
    let (project, org) = (o.detail.intro.project_id, o.detail.intro.organisation_id);
    let loaded = state
        .db
        .read(move |c| {
            Ok(crate::db::queries::profiles::project_query(c, project)?
                .map(|q| (q, crate::db::cache::current_version(c))))
        })
        .await?;
    let Some(((query, exclude), version)) = loaded else {
        return Ok(Vec::new());
    };
    let version = version?;
    let st = state.clone();
    let ranked = web::block(move || {
        let snapshot = st.matching.index(&st.db, version);
        crate::matching::rank(
            &snapshot.index,
            &query,
            st.matching.weights(),
            &exclude,
            ALL_CANDIDATES,
        )
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok(ranked
        .iter()
        .find(|s| s.id == org)
        .map(|s| {
            s.reasons
                .iter()
                .map(|r| crate::web::views::matching::reason_text(ctx.lang, r))
                .collect()
        })
        .unwrap_or_default())
}

fn page(ctx: Ctx, token: String, opened: Opened, mode: Option<Answer>) -> ReplyPage {
    let name = match opened.contact.kind {
        ContactKind::Person => opened.contact.name.clone(),
        ContactKind::Mailbox => String::new(),
    };
    let language = opened.contact.lang.code().to_owned();
    ReplyPage {
        ctx,
        token,
        opened,
        mode,
        name,
        language,
        reason: String::new(),
        errors: FormErrors::default(),
        reasons: Vec::new(),
    }
}

/// `GET /reply/{token}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<ReplyQuery>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let mode = match query.answer.as_deref() {
        Some("decline") => Some(Answer::Decline),
        Some("accept") => Some(Answer::Accept),
        _ => None,
    };
    match opened(&state, &token).await? {
        Ok(o) => {
            let why = reasons(&state, &ctx, &o).await?;
            let mut p = page(ctx, token, o, mode);
            p.reasons = why;
            html(StatusCode::OK, &p)
        }
        Err(p) => problem(ctx, p, &token),
    }
}

/// The accept form as sent.
#[derive(Debug, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    language: String,
}

/// `POST /reply/{token}/accept`: creates the account, answers, signs the person in.
pub async fn accept(
    form: CsrfForm<AcceptForm>,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let form = form.0;
    let mut errors = FormErrors::default();
    let name = parse_name(&form.name).ok();
    if name.is_none() {
        errors.add("name", ctx.t("account-error-name").to_owned());
    }
    if check_password(&form.password).is_err() {
        errors.add("password", ctx.t("password-error-length").to_owned());
    }
    let lang = form.language.trim().parse::<Language>().ok();
    if lang.is_none() {
        errors.add("language", ctx.t("account-error-language").to_owned());
    }
    let (Some(name), Some(lang)) = (name.filter(|_| errors.is_empty()), lang) else {
        return match opened(&state, &token).await? {
            Ok(o) => {
                let mut p = page(ctx, token, o, Some(Answer::Accept));
                p.name = form.name.chars().take(200).collect();
                p.language = form.language.chars().take(10).collect();
                p.errors = errors;
                html(StatusCode::UNPROCESSABLE_ENTITY, &p)
            }
            Err(p) => problem(ctx, p, &token),
        };
    };
    let member = NewMember {
        name,
        password_hash: hash_password(form.password).await?,
        lang,
    };
    let now = state.now();
    let outbox = Outbox::new(&state.settings);
    let t = token.clone();
    let result = state
        .db
        .write(move |c| uc::accept(c, &outbox, &t, &member, now))
        .await?;
    match result {
        Ok(accepted) => {
            let old = ctx.person.as_ref().map(|p| p.session_hash.clone());
            let session =
                crate::web::routes::auth::start_session(&state, accepted.person_id, old, None)
                    .await?;
            let done = match accepted.state {
                IntroductionState::Accepted => "partners",
                _ => "accepted",
            };
            Ok(crate::web::routes::auth::redirect_with_session(
                &format!("/introductions/{}?done={done}", accepted.introduction_id),
                session,
                state.settings.https(),
            ))
        }
        Err(ReplyRefusal::Link(p)) => problem(ctx, p, &token),
        Err(ReplyRefusal::HasAccount) => match opened(&state, &token).await? {
            Ok(o) => html(StatusCode::CONFLICT, &page(ctx, token, o, None)),
            Err(p) => problem(ctx, p, &token),
        },
    }
}

/// The decline form as sent.
#[derive(Debug, Deserialize)]
pub struct DeclineForm {
    #[serde(default)]
    reason: String,
}

/// `POST /reply/{token}/decline`: records the decline with its reason, no account made.
pub async fn decline(
    form: CsrfForm<DeclineForm>,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let reason = match required_text("reason", &form.0.reason, REASON_MAX) {
        Ok(r) => r,
        Err(e) => {
            return match opened(&state, &token).await? {
                Ok(o) => {
                    let mut p = page(ctx, token, o, Some(Answer::Decline));
                    p.reason = form.0.reason.chars().take(REASON_MAX + 100).collect();
                    let message = text_error(&p.ctx, &e);
                    p.errors.add("reason", message);
                    html(StatusCode::UNPROCESSABLE_ENTITY, &p)
                }
                Err(p) => problem(ctx, p, &token),
            };
        }
    };
    let now = state.now();
    let outbox = Outbox::new(&state.settings);
    let t = token.clone();
    let result = state
        .db
        .write(move |c| uc::decline(c, &outbox, &t, &reason, now))
        .await?;
    match result {
        Ok(_) => html(
            StatusCode::OK,
            &ReplyDonePage::say(ctx, "reply-declined-title", "reply-declined-advice"),
        ),
        Err(ReplyRefusal::Link(p)) => problem(ctx, p, &token),
        Err(ReplyRefusal::HasAccount) => Err(AppError::Forbidden("error-forbidden")),
    }
}
