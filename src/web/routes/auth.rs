//! Signing in and out, and one-click demo sign-in.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::demo::DEMO_ACCOUNTS;
use crate::db::queries::people;
use crate::domain::person::EmailAddress;
use crate::secrets::password;
use crate::secrets::token;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::extract::EmptyForm;
use crate::web::respond::see_other_setting;
use crate::web::views::Ctx;
use crate::web::views::pages::{DemoAccount, LoginPage};
use crate::web::views::parts::FormErrors;

/// Failed sign-ins allowed per account in a window.
const ACCOUNT_LIMIT: i32 = 5;
/// Failed sign-ins allowed per network address in a window.
const ADDRESS_LIMIT: i32 = 30;
/// The window.
const WINDOW_MINUTES: i64 = 15;

/// The one-click accounts to offer, in demo mode only.
pub fn demo_accounts(ctx: &Ctx) -> Vec<DemoAccount> {
    if !ctx.demo || ctx.person.is_some() {
        return Vec::new();
    }
    DEMO_ACCOUNTS
        .iter()
        .map(|(key, _, name, role, _)| DemoAccount {
            key,
            name,
            role: *role,
        })
        .collect()
}

/// Query of `/login`.
#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// `GET /login`
pub async fn form(ctx: Ctx, query: web::Query<LoginQuery>) -> LoginPage {
    let next = crate::web::extract::safe_next(query.next.as_deref().unwrap_or("/")).to_owned();
    LoginPage {
        demo_accounts: demo_accounts(&ctx),
        ctx,
        email: String::new(),
        next,
        errors: FormErrors::default(),
    }
}

/// The sign-in form as sent.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /login`
pub async fn submit(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let form = form.0;
    let next = crate::web::extract::safe_next(&form.next).to_owned();
    let refuse =
        |ctx: Ctx, status, field: &'static str, key: &str| -> Result<HttpResponse, AppError> {
            let mut errors = FormErrors::default();
            errors.add(field, ctx.t(key).to_owned());
            let page = LoginPage {
                demo_accounts: demo_accounts(&ctx),
                email: form.email.chars().take(254).collect(),
                next: next.clone(),
                errors,
                ctx,
            };
            crate::web::respond::html(status, &page)
        };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        return refuse(
            ctx,
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            "email",
            "login-error-email",
        );
    };
    if form.password.is_empty() {
        return refuse(
            ctx,
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            "password",
            "login-error-password-empty",
        );
    }
    let address = crate::web::extract::client_address(&req);
    let account_key = format!("account:{email}");
    let address_key = format!("address:{address}");
    let window = chrono::Duration::minutes(WINDOW_MINUTES);
    let (person, throttled) = {
        let (ak, nk, e) = (account_key.clone(), address_key.clone(), email.clone());
        state
            .db
            .read(move |conn| {
                let throttled = people::throttled(conn, &ak, ACCOUNT_LIMIT, window, now)?
                    || people::throttled(conn, &nk, ADDRESS_LIMIT, window, now)?;
                Ok((people::by_email(conn, e.as_str())?, throttled))
            })
            .await?
    };
    if throttled {
        return refuse(
            ctx,
            actix_web::http::StatusCode::TOO_MANY_REQUESTS,
            "email",
            "login-error-throttled",
        );
    }
    let stored = person
        .as_ref()
        .filter(|p| p.active)
        .and_then(|p| p.password_hash.clone());
    let attempt = form.password.clone();
    let ok = web::block(move || password::verify(&attempt, stored.as_deref()))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let Some(person) = person.filter(|_| ok) else {
        state
            .db
            .write(move |conn| {
                people::record_failure(conn, &account_key, window, now)?;
                people::record_failure(conn, &address_key, window, now)
            })
            .await?;
        return refuse(
            ctx,
            actix_web::http::StatusCode::UNAUTHORIZED,
            "password",
            "login-error-wrong",
        );
    };
    if person.email_verified_at.is_none() {
        // The password is right, so saying this reveals nothing to someone who does not
        // know it. (Invited people have no password until they join, so they never get
        // here; self-registered people do until they confirm their address.)
        return refuse(
            ctx,
            actix_web::http::StatusCode::FORBIDDEN,
            "email",
            "login-error-unverified",
        );
    }
    let old = ctx.person.as_ref().map(|p| p.session_hash.clone());
    let token = start_session(&state, person.id, old, Some(account_key)).await?;
    Ok(redirect_with_session(&next, token, state.settings.https()))
}

/// Starts a new session for `person_id` (a fresh token: the session id is renewed at every
/// sign-in), ending `old` if there was one and forgetting the failures of `clear_key`.
/// Every way of signing in goes through here (sign-in, joining, address confirmation,
/// password reset).
pub(crate) async fn start_session(
    state: &web::Data<AppState>,
    person_id: i32,
    old: Option<String>,
    clear_key: Option<String>,
) -> Result<String, AppError> {
    let now = state.now();
    let token = token::random_token();
    let hash = token::hash_token(&token);
    let csrf = token::random_token();
    state
        .db
        .write(move |conn| {
            if let Some(old) = old {
                people::delete_session(conn, &old)?;
            }
            if let Some(key) = clear_key {
                people::clear_failures(conn, &key)?;
            }
            people::create_session(conn, &hash, person_id, &csrf, now)
        })
        .await?;
    Ok(token)
}

/// The redirect to `next` that hands the browser its new session cookie (and drops the
/// signed-out CSRF cookie: the session has its own token).
pub(crate) fn redirect_with_session(next: &str, token: String, secure: bool) -> HttpResponse {
    see_other_setting(
        next,
        [
            crate::web::session::session_cookie(token, secure),
            crate::web::session::removal(crate::web::session::CSRF_COOKIE, secure),
        ],
    )
}

/// `POST /logout`
pub async fn logout(
    ctx: Ctx,
    state: web::Data<AppState>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    if let Some(p) = ctx.person {
        state
            .db
            .write(move |conn| people::delete_session(conn, &p.session_hash))
            .await?;
    }
    Ok(see_other_setting(
        "/",
        [crate::web::session::removal(
            crate::web::session::SESSION_COOKIE,
            state.settings.https(),
        )],
    ))
}

/// The demo sign-in form.
#[derive(Debug, Deserialize)]
pub struct DemoForm {
    #[serde(default)]
    who: String,
}

/// `POST /demo/sign-in`: one click, as one of the demo accounts (demo mode only).
pub async fn demo_sign_in(
    ctx: Ctx,
    state: web::Data<AppState>,
    form: CsrfForm<DemoForm>,
) -> Result<HttpResponse, AppError> {
    if !state.settings.demo {
        return Err(AppError::NotFound);
    }
    let Some((_, email, ..)) = DEMO_ACCOUNTS.iter().find(|a| a.0 == form.0.who) else {
        return Err(AppError::bad("who", form.0.who.clone()));
    };
    let person = state
        .db
        .read(move |conn| people::by_email(conn, email))
        .await?
        .filter(|p| p.active)
        .ok_or(AppError::NotFound)?;
    let old = ctx.person.as_ref().map(|p| p.session_hash.clone());
    let token = start_session(&state, person.id, old, None).await?;
    Ok(redirect_with_session("/", token, state.settings.https()))
}
