//! Self-registration as an observer (`/register`) and the confirmation of the address
//! (`/verify/{token}`). Until the address is confirmed the account cannot sign in.
//! Registering an address that already has an account tells the visitor exactly the same
//! as a new registration; the account holder gets a warning by mail instead.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::accounts::{self, Registration, VERIFICATION, VERIFICATION_DAYS};
use crate::db::queries::people;
use crate::domain::Language;
use crate::domain::person::{check_password, parse_name};
use crate::i18n::{self, Arg};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, hash_password};
use crate::web::respond::html;
use crate::web::respond::see_other;
use crate::web::views::Ctx;
use crate::web::views::accounts::{MailSentPage, RegisterPage, link_problem};
use crate::web::views::parts::FormErrors;

/// Registrations allowed per network address in a window.
const ADDRESS_LIMIT: i32 = 10;
/// Warnings mailed per existing address in a window (the rest are not sent, silently).
const WARNING_LIMIT: i32 = 3;
/// The window.
const WINDOW_MINUTES: i64 = 60;

fn already_signed_in() -> HttpResponse {
    see_other("/account")
}

/// `GET /register`
pub async fn form(ctx: Ctx) -> Result<HttpResponse, AppError> {
    if ctx.person.is_some() {
        return Ok(already_signed_in());
    }
    let language = ctx.lang.code().to_owned();
    html(
        StatusCode::OK,
        &RegisterPage {
            ctx,
            name: String::new(),
            email: String::new(),
            language,
            errors: FormErrors::default(),
        },
    )
}

/// The registration form as sent.
#[derive(Debug, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    language: String,
}

/// `POST /register`
pub async fn submit(
    form: CsrfForm<RegisterForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    if ctx.person.is_some() {
        return Ok(already_signed_in());
    }
    let form = form.0;
    let mut errors = FormErrors::default();
    let name = parse_name(&form.name).ok();
    if name.is_none() {
        errors.add("name", ctx.t("account-error-name").to_owned());
    }
    let email = accounts::parse_new_address(&form.email);
    if email.is_none() {
        errors.add("email", ctx.t("login-error-email").to_owned());
    }
    if check_password(&form.password).is_err() {
        errors.add("password", ctx.t("password-error-length").to_owned());
    }
    let lang = form.language.trim().parse::<Language>().ok();
    if lang.is_none() {
        errors.add("language", ctx.t("account-error-language").to_owned());
    }
    let refuse = |ctx: Ctx, status: StatusCode, errors: FormErrors| {
        html(
            status,
            &RegisterPage {
                ctx,
                name: form.name.chars().take(200).collect(),
                email: form.email.chars().take(254).collect(),
                language: form.language.trim().to_owned(),
                errors,
            },
        )
    };
    let (Some(name), Some(email), Some(lang)) = (name, email, lang) else {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, errors);
    };
    if !errors.is_empty() {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, errors);
    }
    let window = chrono::Duration::minutes(WINDOW_MINUTES);
    let address_key = format!(
        "register-address:{}",
        crate::web::extract::client_address(&req)
    );
    let warning_key = format!("register:{email}");
    let (throttled, warn) = {
        let (ak, wk) = (address_key.clone(), warning_key.clone());
        state
            .db
            .read(move |conn| {
                Ok((
                    people::throttled(conn, &ak, ADDRESS_LIMIT, window, now)?,
                    !people::throttled(conn, &wk, WARNING_LIMIT, window, now)?,
                ))
            })
            .await?
    };
    if throttled {
        let mut errors = FormErrors::default();
        errors.add("email", ctx.t("register-error-throttled").to_owned());
        return refuse(ctx, StatusCode::TOO_MANY_REQUESTS, errors);
    }
    // Hashed whether or not the address is new: both answers take as long.
    let hash = hash_password(form.password.clone()).await?;
    let outbox = crate::email::Outbox::new(&state.settings);
    let e = email.clone();
    let outcome = state
        .db
        .write(move |conn| {
            people::record_failure(conn, &address_key, window, now)?;
            let outcome = accounts::register(conn, &outbox, &e, &name, lang, &hash, warn, now)?;
            if outcome == Registration::Existing {
                people::record_failure(conn, &warning_key, window, now)?;
            }
            Ok(outcome)
        })
        .await;
    match outcome {
        Ok(Registration::Created(id)) => tracing::info!(person = id, "registered"),
        Ok(Registration::Existing) => tracing::info!("registration with a known address"),
        // Registered twice at once: the first one won; the answer is the same.
        Err(e) if accounts::is_unique_violation(&e) => {}
        Err(e) => return Err(e.into()),
    }
    let lead = i18n::t_args(
        ctx.lang,
        "register-sent",
        &[
            ("email", Arg::Str(email.as_str())),
            ("count", Arg::Num(VERIFICATION_DAYS)),
        ],
    );
    html(
        StatusCode::OK,
        &MailSentPage {
            ctx,
            lead,
            hint_key: "register-sent-hint",
        },
    )
}

/// `GET /verify/{token}`: confirms the address and signs the person in.
pub async fn verify(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let token = path.into_inner();
    let link = state
        .db
        .write(move |conn| accounts::verify_address(conn, &token, now))
        .await?;
    let accounts::Link::Valid(person) = link else {
        return link_problem(ctx, VERIFICATION, &link);
    };
    let old = ctx.person.as_ref().map(|p| p.session_hash.clone());
    let session = super::auth::start_session(&state, person.id, old, None).await?;
    Ok(super::auth::redirect_with_session(
        "/account",
        session,
        state.settings.https(),
    ))
}
