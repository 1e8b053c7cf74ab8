//! Password reset: `/password/forgot` asks for a link by mail (the answer is the same
//! whether or not the address has an account), `/password/reset/{token}` sets a new
//! password, ends every session of the person and signs them in.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::accounts::{self, Link, PASSWORD_RESET, RESET_HOURS};
use crate::db::queries::people;
use crate::domain::person::{EmailAddress, check_password};
use crate::i18n::{self, Arg};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, hash_password};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::accounts::{ForgotPage, MailSentPage, ResetPage, link_problem};
use crate::web::views::parts::FormErrors;

/// Reset requests allowed per address typed in a window.
const ACCOUNT_LIMIT: i32 = 3;
/// Reset requests allowed per network address in a window.
const ADDRESS_LIMIT: i32 = 20;
/// The window.
const WINDOW_MINUTES: i64 = 60;

/// `GET /password/forgot`
pub async fn forgot_form(ctx: Ctx) -> Result<HttpResponse, AppError> {
    html(
        StatusCode::OK,
        &ForgotPage {
            ctx,
            email: String::new(),
            errors: FormErrors::default(),
        },
    )
}

/// The request form as sent.
#[derive(Debug, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// `POST /password/forgot`
pub async fn forgot(
    form: CsrfForm<ForgotForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let form = form.0;
    let refuse = |ctx: Ctx, status: StatusCode, key: &str| {
        let mut errors = FormErrors::default();
        errors.add("email", ctx.t(key).to_owned());
        html(
            status,
            &ForgotPage {
                email: form.email.chars().take(254).collect(),
                errors,
                ctx,
            },
        )
    };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, "login-error-email");
    };
    let window = chrono::Duration::minutes(WINDOW_MINUTES);
    // Counted for every request, known address or not, so being throttled says nothing
    // about whether the address has an account.
    let account_key = format!("reset:{email}");
    let address_key = format!(
        "reset-address:{}",
        crate::web::extract::client_address(&req)
    );
    let throttled = {
        let (ak, nk) = (account_key.clone(), address_key.clone());
        state
            .db
            .read(move |conn| {
                Ok(people::throttled(conn, &ak, ACCOUNT_LIMIT, window, now)?
                    || people::throttled(conn, &nk, ADDRESS_LIMIT, window, now)?)
            })
            .await?
    };
    if throttled {
        return refuse(ctx, StatusCode::TOO_MANY_REQUESTS, "forgot-error-throttled");
    }
    let outbox = crate::email::Outbox::new(&state.settings);
    let e = email.clone();
    state
        .db
        .write(move |conn| {
            people::record_failure(conn, &account_key, window, now)?;
            people::record_failure(conn, &address_key, window, now)?;
            accounts::request_reset(conn, &outbox, &e, now)
        })
        .await?;
    let lead = i18n::t_args(
        ctx.lang,
        "forgot-sent",
        &[
            ("email", Arg::Str(email.as_str())),
            ("count", Arg::Num(RESET_HOURS)),
        ],
    );
    html(
        StatusCode::OK,
        &MailSentPage {
            ctx,
            lead,
            hint_key: "forgot-sent-hint",
        },
    )
}

/// The reset page of a valid link, or the page saying why it cannot be used.
async fn reset_page(
    state: &AppState,
    ctx: Ctx,
    token: String,
    errors: FormErrors,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let t = token.clone();
    let link = state
        .db
        .read(move |conn| accounts::peek(conn, &t, PASSWORD_RESET, now))
        .await?;
    let Link::Valid(person) = link else {
        return link_problem(ctx, PASSWORD_RESET, &link);
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html(
        status,
        &ResetPage {
            ctx,
            token,
            email: person.email,
            errors,
        },
    )
}

/// `GET /password/reset/{token}`
pub async fn reset_form(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    reset_page(&state, ctx, path.into_inner(), FormErrors::default()).await
}

/// The new password as sent.
#[derive(Debug, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// `POST /password/reset/{token}`
pub async fn reset(
    form: CsrfForm<ResetForm>,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let token = path.into_inner();
    let form = form.0;
    if check_password(&form.password).is_err() {
        let mut errors = FormErrors::default();
        errors.add("password", ctx.t("password-error-length").to_owned());
        return reset_page(&state, ctx, token, errors).await;
    }
    let hash = hash_password(form.password).await?;
    let link = state
        .db
        .write(move |conn| accounts::reset_password(conn, &token, &hash, now))
        .await?;
    let Link::Valid(person) = link else {
        return link_problem(ctx, PASSWORD_RESET, &link);
    };
    let old = ctx.person.as_ref().map(|p| p.session_hash.clone());
    let clear = format!("account:{}", person.email);
    let session = super::auth::start_session(&state, person.id, old, Some(clear)).await?;
    Ok(super::auth::redirect_with_session(
        "/account",
        session,
        state.settings.https(),
    ))
}
