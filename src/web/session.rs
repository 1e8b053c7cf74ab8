//! Who is asking: sessions (a table of hashed tokens, so they survive restarts and work
//! across instances) and the CSRF token of every request. The extractors that require a
//! signed-in person, a permission or a checked form are in `web::extract`.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, web};

use crate::db::DbError;
use crate::db::code::code;
use crate::db::queries::brokering::{WaitingFor, waiting_count};
use crate::db::queries::people;
use crate::domain::{Actor, Language, Role};
use crate::secrets::token;
use crate::web::AppState;

/// Cookie carrying the session token.
pub const SESSION_COOKIE: &str = "pfp_session";
/// Cookie carrying the CSRF token of someone not signed in (double-submit).
pub const CSRF_COOKIE: &str = "pfp_csrf";
/// Name of the hidden form field carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";

/// The signed-in person of a request.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Person id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Organisation id.
    pub organisation_id: Option<i32>,
    /// Organisation name.
    pub organisation_name: Option<String>,
    /// Their language setting.
    pub lang: Language,
    /// Hash of the session token (to end this session).
    pub session_hash: String,
    /// Notifications they have not read (the header shows the count).
    pub unread: i64,
    /// Things waiting for their answer (introductions, interests, invitations, requests,
    /// meetings): the header's "Waiting for you" count.
    pub waiting: i64,
}

impl SignedIn {
    /// The use cases' view of this person, writing in `lang` (the request's language).
    pub fn actor(&self, lang: Language) -> Actor {
        Actor {
            id: self.id,
            name: self.name.clone(),
            role: self.role,
            organisation_id: self.organisation_id,
            organisation_name: self.organisation_name.clone(),
            lang,
        }
    }
}

/// The CSRF token forms of this request must carry.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Middleware: loads the session (if any) and the CSRF token into the request. It runs
/// outside the error renderer (so error pages know who is signed in) and therefore never
/// fails: a database it cannot reach leaves the request signed out, and the handler's own
/// database work then answers 503.
pub async fn session(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let Some(state) = state else {
        return next.call(req).await;
    };
    let mut clear_session_cookie = false;
    let mut csrf = None;
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        let hash = token::hash_token(cookie.value());
        let idle = chrono::Duration::from_std(state.settings.session_idle).unwrap_or_default();
        let absolute =
            chrono::Duration::from_std(state.settings.session_absolute).unwrap_or_default();
        let lookup_hash = hash.clone();
        let now = state.now();
        let found = match state
            .db
            .read(move |conn| {
                // The header's unread count comes with the session: one indexed count.
                let Some(s) = people::session(conn, &lookup_hash)? else {
                    return Ok(None);
                };
                let role: Role = code("people.role", &s.person.role)?;
                let lang: Language = code("people.lang", &s.person.lang)?;
                let unread = crate::notify::inbox::unread_count(conn, s.person.id)?;
                let who = WaitingFor::of(s.person.id, role, s.person.organisation_id);
                let waiting = waiting_count(conn, who, now)?;
                Ok(Some((s, role, lang, (unread, waiting))))
            })
            .await
        {
            Ok(found) => found,
            Err(e @ DbError::BadCode { .. }) => {
                tracing::error!(error = %e, "session of a person with bad data: signed out");
                return next.call(req).await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "session lookup failed");
                return next.call(req).await;
            }
        };
        match found {
            Some((s, role, lang, (unread, waiting)))
                if s.last_seen_at + idle > now && s.created_at + absolute > now =>
            {
                if now - s.last_seen_at > chrono::Duration::minutes(5) {
                    let touch_hash = hash.clone();
                    if let Err(e) = state
                        .db
                        .write(move |conn| people::touch_session(conn, &touch_hash, now))
                        .await
                    {
                        tracing::warn!(error = %e, "session not touched");
                    }
                }
                csrf = Some(s.csrf_token.clone());
                req.extensions_mut().insert(SignedIn {
                    id: s.person.id,
                    name: s.person.name,
                    email: s.person.email,
                    role,
                    organisation_id: s.person.organisation_id,
                    organisation_name: s.organisation_name,
                    lang,
                    session_hash: hash,
                    unread,
                    waiting,
                });
            }
            Some(_) => {
                // Expired: forget it.
                let gone = hash.clone();
                if let Err(e) = state
                    .db
                    .write(move |conn| people::delete_session(conn, &gone))
                    .await
                {
                    tracing::warn!(error = %e, "expired session not deleted");
                }
                clear_session_cookie = true;
            }
            None => clear_session_cookie = true,
        }
    }
    let mut new_csrf_cookie = None;
    let csrf = match csrf {
        Some(t) => t,
        None => match req.cookie(CSRF_COOKIE).map(|c| c.value().to_owned()) {
            Some(v) if v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()) => v,
            _ => {
                let t = token::random_token();
                new_csrf_cookie = Some(t.clone());
                t
            }
        },
    };
    req.extensions_mut().insert(CsrfToken(csrf));
    let secure = state.settings.https();
    let mut res = next.call(req).await?;
    if let Some(t) = new_csrf_cookie {
        let c = Cookie::build(CSRF_COOKIE, t)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .finish();
        res.response_mut().add_cookie(&c)?;
    }
    if clear_session_cookie {
        res.response_mut()
            .add_cookie(&removal(SESSION_COOKIE, secure))?;
    }
    Ok(res)
}

/// The session cookie for a new session.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

/// A cookie that deletes `name`.
pub fn removal(name: &'static str, secure: bool) -> Cookie<'static> {
    Cookie::build(name, "")
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::ZERO)
        .finish()
}

/// The signed-in person of a request, if any.
pub fn signed_in(req: &HttpRequest) -> Option<SignedIn> {
    req.extensions().get::<SignedIn>().cloned()
}

/// The role of whoever sent a request (`Visitor` if not signed in).
pub fn role_of(req: &HttpRequest) -> Role {
    req.extensions()
        .get::<SignedIn>()
        .map_or(Role::Visitor, |p| p.role)
}
