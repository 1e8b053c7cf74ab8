//! A person's own account: name, language, password.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use serde::Deserialize;

use crate::db::queries::people::{self, AuditEntry};
use crate::domain::Language;
use crate::domain::person::{check_password, parse_name};
use crate::secrets::password;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, Person};
use crate::web::views::Ctx;
use crate::web::views::pages::AccountPage;
use crate::web::views::parts::FormErrors;

fn page(ctx: Ctx, name: String, language: String, time_zone: String) -> AccountPage {
    AccountPage {
        ctx,
        name,
        language,
        errors: FormErrors::default(),
        password_errors: FormErrors::default(),
        notice: None,
        time_zone,
    }
}

/// The person's stored time zone.
async fn zone_of(state: &web::Data<AppState>, id: i32) -> Result<String, AppError> {
    Ok(state
        .db
        .read(move |conn| people::by_id(conn, id))
        .await?
        .map_or_else(|| "UTC".to_owned(), |p| p.time_zone))
}

use crate::web::respond::html as render;

/// `GET /account`
pub async fn show(
    ctx: Ctx,
    person: Person,
    state: web::Data<AppState>,
) -> Result<AccountPage, AppError> {
    let p = person.0;
    let zone = zone_of(&state, p.id).await?;
    Ok(page(ctx, p.name, p.lang.code().to_owned(), zone))
}

/// The profile form.
#[derive(Debug, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    language: String,
    /// IANA time zone; absent or empty keeps the current one.
    #[serde(default)]
    time_zone: Option<String>,
}

/// `POST /account`
pub async fn update(
    form: CsrfForm<ProfileForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = Person(crate::web::extract::person_or_sign_in(&req)?);
    let form = form.0;
    let lang = form.language.parse::<Language>();
    let name = parse_name(&form.name);
    let current_zone = zone_of(&state, person.0.id).await?;
    let typed_zone = form
        .time_zone
        .as_deref()
        .map(str::trim)
        .filter(|z| !z.is_empty())
        .unwrap_or(&current_zone)
        .to_owned();
    let zone = crate::notify::schedule::parse_zone(&typed_zone);
    let (Ok(name), Ok(lang), Some(zone)) = (name, lang, zone) else {
        let mut p = page(
            ctx,
            form.name.chars().take(200).collect(),
            form.language.clone(),
            typed_zone.chars().take(100).collect(),
        );
        if zone.is_none() {
            p.errors
                .add("time_zone", p.ctx.t("account-error-time-zone").to_owned());
        }
        if parse_name(&form.name).is_err() {
            p.errors
                .add("name", p.ctx.t("account-error-name").to_owned());
        }
        if form.language.parse::<Language>().is_err() {
            p.errors
                .add("language", p.ctx.t("account-error-language").to_owned());
        }
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let me = person.0;
    let (id, before) = (
        me.id,
        format!(
            "name={}; lang={}; time_zone={current_zone}",
            me.name, me.lang
        ),
    );
    let after = format!("name={name}; lang={lang}; time_zone={}", zone.name());
    let saved_name = name.clone();
    state
        .db
        .write(move |conn| {
            people::update_profile(conn, id, &saved_name, lang.code(), now)?;
            crate::db::queries::following::set_time_zone(conn, id, zone.name())?;
            // Waiting digests move to the morning of the new time zone.
            crate::notify::digest::reschedule(conn, id, zone, now)?;
            people::audit(
                conn,
                &AuditEntry {
                    person_id: Some(id),
                    action: "person.profile_changed",
                    subject_type: "person",
                    subject_id: Some(id),
                    before: &before,
                    after: &after,
                    public: false,
                },
                now,
            )
        })
        .await?;
    // The page is shown in the newly chosen language.
    let mut ctx = ctx;
    ctx.lang = lang;
    if let Some(p) = ctx.person.as_mut() {
        p.name = name.clone();
        p.lang = lang;
    }
    let mut p = page(ctx, name, lang.code().to_owned(), zone.name().to_owned());
    p.notice = Some(p.ctx.t("account-saved").to_owned());
    render(StatusCode::OK, &p)
}

/// The password form.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /account/password`: needs the current password; ends every other session.
pub async fn change_password(
    form: CsrfForm<PasswordForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = Person(crate::web::extract::person_or_sign_in(&req)?);
    let me = person.0;
    let form = form.0;
    let zone = zone_of(&state, me.id).await?;
    let mut p = page(ctx, me.name.clone(), me.lang.code().to_owned(), zone);
    if check_password(&form.new_password).is_err() {
        p.password_errors
            .add("new_password", p.ctx.t("password-error-length").to_owned());
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    }
    let id = me.id;
    let stored = state
        .db
        .read(move |conn| people::by_id(conn, id))
        .await?
        .and_then(|p| p.password_hash);
    let (current, new) = (form.current, form.new_password);
    let hashed = web::block(move || {
        if password::verify(&current, stored.as_deref()) {
            password::hash(&new).map(Some)
        } else {
            Ok(None)
        }
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing: {e}")))?;
    let Some(hash) = hashed else {
        p.password_errors
            .add("current", p.ctx.t("account-error-current").to_owned());
        return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let keep = me.session_hash.clone();
    state
        .db
        .write(move |conn| {
            people::set_password(conn, id, &hash, now)?;
            // Other sessions end: whoever knew the old password is out.
            people::delete_sessions_of(conn, id)?;
            let csrf = crate::secrets::token::random_token();
            people::create_session(conn, &keep, id, &csrf, now)?;
            people::audit(
                conn,
                &AuditEntry {
                    person_id: Some(id),
                    action: "person.password_changed",
                    subject_type: "person",
                    subject_id: Some(id),
                    before: "",
                    after: "",
                    public: false,
                },
                now,
            )
        })
        .await?;
    p.notice = Some(p.ctx.t("account-password-changed").to_owned());
    render(StatusCode::OK, &p)
}
