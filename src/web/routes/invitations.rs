//! Invitations: `/invitations/new`, where administrators and facilitators invite people in
//! the roles the policy lets them give (`policy::invitable_roles`), and `/join/{token}`,
//! where the invited person chooses a password and is signed in.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::app::accounts::{self, INVITATION, INVITATION_DAYS, Inviter, Link, NewAccount, Refusal};
use crate::db::code::code;
use crate::db::queries::organisations;
use crate::domain::person::{
    OrganisationMismatch, OrganisationRule, check_organisation, check_password, parse_name,
};
use crate::domain::policy::{self, Action};
use crate::domain::{Language, Role};
use crate::i18n::{self, Arg};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, hash_password};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::accounts::{InvitePage, InviteValues, JoinPage, link_problem};
use crate::web::views::parts::FormErrors;

/// The roles whoever sent `req` may give; people who may invite nobody are sent to sign
/// in (visitors) or refused (403).
fn invitable(req: &HttpRequest) -> Result<Vec<Role>, AppError> {
    let roles = policy::invitable_roles(crate::web::session::role_of(req));
    if roles.is_empty() {
        // Whoever may invite anyone may invite a delegate: `require` gives the right answer.
        crate::web::extract::require(req, Action::InviteDelegate)?;
        return Err(AppError::Forbidden("error-forbidden"));
    }
    Ok(roles)
}

/// The permission needed to invite someone in `role`.
fn action_for(role: Role) -> Option<Action> {
    match role {
        Role::Facilitator => Some(Action::InviteFacilitator),
        Role::Reviewer => Some(Action::InviteReviewer),
        Role::Delegate => Some(Action::InviteDelegate),
        Role::Member => Some(Action::InviteMember),
        Role::Visitor | Role::Observer | Role::Administrator => None,
    }
}

/// The message of an organisation that does not fit the role.
fn mismatch_key(mismatch: OrganisationMismatch) -> &'static str {
    match mismatch {
        OrganisationMismatch::Missing => "invite-error-organisation-missing",
        OrganisationMismatch::NotAGovernment => "invite-error-organisation-government",
        OrganisationMismatch::Unexpected => "invite-error-organisation-unexpected",
    }
}

/// The invitation page with the organisations the offered roles can have.
async fn page(
    state: &AppState,
    ctx: Ctx,
    roles: Vec<Role>,
    values: InviteValues,
    errors: FormErrors,
) -> Result<InvitePage, AppError> {
    let all = state.db.read(organisations::choices).await?;
    let rules: Vec<OrganisationRule> = roles
        .iter()
        .map(|r| crate::domain::person::organisation_rule(*r))
        .collect();
    let offer_any = rules.contains(&OrganisationRule::Any);
    let offer_governments = offer_any || rules.contains(&OrganisationRule::Government);
    let (governments, others): (Vec<_>, Vec<_>) = all.into_iter().partition(|o| o.is_government());
    Ok(InvitePage {
        ctx,
        values,
        governments: if offer_governments {
            governments
        } else {
            Vec::new()
        },
        others: if offer_any { others } else { Vec::new() },
        offer_none: rules.contains(&OrganisationRule::Without),
        roles,
        valid_days: INVITATION_DAYS,
        errors,
        notice: None,
    })
}

/// `GET /invitations/new`
pub async fn form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let roles = invitable(&req)?;
    let values = InviteValues {
        role: roles
            .first()
            .map(|r| r.code().to_owned())
            .unwrap_or_default(),
        language: ctx.lang.code().to_owned(),
        ..InviteValues::default()
    };
    let p = page(&state, ctx, roles, values, FormErrors::default()).await?;
    html(StatusCode::OK, &p)
}

/// The invitation form as sent.
#[derive(Debug, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    language: String,
}

/// `POST /invitations/new`
pub async fn submit(
    form: CsrfForm<InviteForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let roles = invitable(&req)?;
    let me = crate::web::extract::person_or_sign_in(&req)?;
    let form = form.0;
    let values = InviteValues {
        email: form.email.chars().take(254).collect(),
        name: form.name.chars().take(200).collect(),
        role: form.role.trim().to_owned(),
        organisation: form.organisation.trim().chars().take(100).collect(),
        language: form.language.trim().to_owned(),
    };
    let mut errors = FormErrors::default();
    let email = accounts::parse_new_address(&form.email);
    if email.is_none() {
        errors.add("email", ctx.t("invite-error-email").to_owned());
    }
    let name = parse_name(&form.name).ok();
    if name.is_none() {
        errors.add("name", ctx.t("account-error-name").to_owned());
    }
    let role = if values.role.is_empty() {
        errors.add("role", ctx.t("invite-error-role").to_owned());
        None
    } else {
        // Only a tampered form offers a role outside the list.
        let role = values
            .role
            .parse::<Role>()
            .ok()
            .filter(|r| roles.contains(r))
            .ok_or(AppError::Forbidden("error-forbidden"))?;
        crate::web::extract::require(
            &req,
            action_for(role).ok_or(AppError::Forbidden("error-forbidden"))?,
        )?;
        Some(role)
    };
    if let Some(role) = role {
        // Checked now so that every problem shows at once; the use case checks again
        // (an organisation could disappear in between).
        let code = values.organisation.clone();
        let organisation = if code.is_empty() {
            None
        } else {
            let found = state
                .db
                .read(move |conn| organisations::choice_by_code(conn, &code))
                .await?;
            if found.is_none() {
                errors.add(
                    "organisation",
                    ctx.t("invite-error-organisation-unknown").to_owned(),
                );
            }
            found
        };
        if organisation.is_some() || values.organisation.is_empty() {
            let fit = check_organisation(
                role,
                organisation
                    .as_ref()
                    .map(|o| (o.kind.as_str(), o.country_code.as_deref())),
            );
            if let Err(mismatch) = fit {
                errors.add("organisation", ctx.t(mismatch_key(mismatch)).to_owned());
            }
        }
    }
    let lang = values.language.parse::<Language>().ok();
    if lang.is_none() {
        errors.add("language", ctx.t("account-error-language").to_owned());
    }
    let valid = match (email, name, role, lang) {
        (Some(e), Some(n), Some(r), Some(l)) if errors.is_empty() => Some((e, n, r, l)),
        _ => None,
    };
    let Some((email, name, role, lang)) = valid else {
        let p = page(&state, ctx, roles, values, errors).await?;
        return html(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    let account = NewAccount {
        email,
        name,
        role,
        organisation: Some(values.organisation.clone()).filter(|o| !o.is_empty()),
        lang,
    };
    let inviter = Inviter {
        id: me.id,
        name: me.name.clone(),
    };
    let outbox = crate::email::Outbox::new(&state.settings);
    let invited = account.clone();
    let outcome = state
        .db
        .write(move |conn| accounts::invite(conn, &outbox, &inviter, &invited, now))
        .await;
    let refusal = match outcome {
        Ok(Ok(id)) => {
            tracing::info!(person = id, inviter = me.id, role = %role, "invitation sent");
            let notice = i18n::t_args(
                ctx.lang,
                "invite-sent",
                &[
                    ("name", Arg::Str(&account.name)),
                    ("email", Arg::Str(account.email.as_str())),
                ],
            );
            // A blank form for the next invitation, with the same role and language.
            let values = InviteValues {
                role: values.role,
                language: values.language,
                ..InviteValues::default()
            };
            let mut p = page(&state, ctx, roles, values, FormErrors::default()).await?;
            p.notice = Some(notice);
            return html(StatusCode::OK, &p);
        }
        Ok(Err(refusal)) => refusal,
        Err(e) if accounts::is_unique_violation(&e) => {
            Refusal::EmailTaken(account.email.to_string())
        }
        Err(e) => return Err(e.into()),
    };
    let (field, key) = match refusal {
        Refusal::EmailTaken(_) => ("email", "invite-error-exists"),
        Refusal::UnknownOrganisation(_) => ("organisation", "invite-error-organisation-unknown"),
        Refusal::Organisation { mismatch, .. } => ("organisation", mismatch_key(mismatch)),
    };
    errors.add(field, ctx.t(key).to_owned());
    let p = page(&state, ctx, roles, values, errors).await?;
    html(StatusCode::UNPROCESSABLE_ENTITY, &p)
}

/// The join page of a valid invitation link, or the page saying why it cannot be used.
async fn join_page(
    state: &AppState,
    ctx: Ctx,
    token: String,
    name: Option<String>,
    errors: FormErrors,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let t = token.clone();
    let (link, organisation) = state
        .db
        .read(move |conn| {
            let link = accounts::peek(conn, &t, INVITATION, now)?;
            let organisation = match &link {
                Link::Valid(p) => match p.organisation_id {
                    Some(id) => organisations::name_of(conn, id)?,
                    None => None,
                },
                _ => None,
            };
            Ok((link, organisation))
        })
        .await?;
    let Link::Valid(person) = link else {
        return link_problem(ctx, INVITATION, &link);
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html(
        status,
        &JoinPage {
            ctx,
            token,
            email: person.email,
            role: code::<Role>("people.role", &person.role)?,
            organisation,
            name: name.unwrap_or(person.name),
            errors,
        },
    )
}

/// `GET /join/{token}`
pub async fn join_form(
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    join_page(&state, ctx, path.into_inner(), None, FormErrors::default()).await
}

/// The join form as sent.
#[derive(Debug, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

/// `POST /join/{token}`: sets the name and password, uses the link, signs the person in.
pub async fn join(
    form: CsrfForm<JoinForm>,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
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
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        let typed = form.name.chars().take(200).collect();
        return join_page(&state, ctx, token, Some(typed), errors).await;
    };
    let hash = hash_password(form.password).await?;
    let t = token.clone();
    let link = state
        .db
        .write(move |conn| accounts::accept_invitation(conn, &t, &name, &hash, now))
        .await?;
    let Link::Valid(person) = link else {
        return link_problem(ctx, INVITATION, &link);
    };
    let old = ctx.person.as_ref().map(|p| p.session_hash.clone());
    let session = super::auth::start_session(&state, person.id, old, None).await?;
    Ok(super::auth::redirect_with_session(
        "/account",
        session,
        state.settings.https(),
    ))
}
