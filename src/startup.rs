//! Builds the application: database pool, migrations, demo data, middleware, routes, the
//! mail worker; binds the listener. Tests call [`Application::build`] with port 0 and read
//! the real port.

use std::net::TcpListener;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{self, Next};
use actix_web::{App, HttpMessage, HttpRequest, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::db::cache::Caches;
use crate::db::{Db, queries};
use crate::demo::DemoData;
use crate::domain::Language;
use crate::email::OutboxWorker;
use crate::i18n::{self, LANG_COOKIE};
use crate::views::context::ChosenLanguage;

/// Shared state of every worker.
pub struct AppState {
    /// Settings in force.
    pub settings: Settings,
    /// The database.
    pub db: Db,
    /// Public content read from the database, per content version.
    pub caches: Caches,
    /// Where uploaded documents are stored.
    pub files: std::sync::Arc<dyn crate::storage::FileStore>,
    /// This instance's matching index (see `crate::matching_service`).
    pub matching: crate::matching_service::MatchingService,
}

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    server: Server,
    mail_worker: Option<OutboxWorker>,
    overdue: Option<crate::overdue::OverdueCheck>,
    notify_worker: Option<crate::notify::NotifyWorker>,
    sweeper: (Settings, Db),
}

/// Opens the database, applies migrations, and loads the demo data into an empty
/// database when demo mode is on.
pub fn prepare_database(settings: &Settings) -> anyhow::Result<Db> {
    let db = Db::connect(&settings.database_url, settings.pool_size)?;
    let ran = db.migrate()?;
    if ran > 0 {
        tracing::info!(
            migrations = ran,
            backend = db.backend().name(),
            "migrations applied"
        );
    }
    if settings.demo {
        let mut conn = db.conn()?;
        if queries::is_empty(&mut conn)? {
            let data = DemoData::parse(crate::demo::GFMD2010)?;
            let report = {
                use diesel::Connection;
                conn.transaction(|c| data.load(c))?
            };
            tracing::info!(?report, "demo data loaded");
        }
        crate::demo::ensure_demo_accounts(&mut conn)?;
    }
    Ok(db)
}

impl Application {
    /// Prepares the database and binds the listener (port 0 picks a free port).
    pub fn build(settings: Settings) -> anyhow::Result<Application> {
        let db = prepare_database(&settings)?;
        let listener = TcpListener::bind(settings.listen).map_err(|e| {
            anyhow::anyhow!("cannot listen on {} (PFP_LISTEN): {e}", settings.listen)
        })?;
        let port = listener.local_addr()?.port();
        let workers = settings.workers;
        let demo = settings.demo;
        let https = settings.https();
        let mail_worker = if settings.mail.worker {
            Some(OutboxWorker::new(&settings, db.clone())?)
        } else {
            None
        };
        let notify_worker = settings
            .mail
            .worker
            .then(|| crate::notify::NotifyWorker::new(&settings, db.clone()));
        if settings.mail.smtp_url.is_none() && !demo {
            tracing::warn!(
                folder = %crate::email::mailbox_dir(&settings).display(),
                "PFP_SMTP_URL is unset: mail is written to files, not sent"
            );
        }
        let overdue = crate::overdue::OverdueCheck::new(&settings, db.clone());
        let files = std::sync::Arc::new(crate::storage::LocalStore::under_data_dir(
            &settings.data_dir,
        ));
        let sweeper = (settings.clone(), db.clone());
        let matching = crate::matching_service::MatchingService::start(&db, settings.matching)?;
        let state = web::Data::new(AppState {
            settings,
            db,
            caches: Caches::default(),
            files,
            matching,
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(web::QueryConfig::default())
                .wrap(middleware::from_fn(crate::error::render_error))
                .wrap(middleware::from_fn(locale))
                .wrap(middleware::from_fn(crate::auth::session))
                .wrap(security_headers(https))
                .wrap(middleware::Compress::default())
                .wrap(TracingLogger::default())
                .configure(crate::routes::configure)
                .configure(|cfg| {
                    // The development mailbox shows every message: only in demo mode.
                    if demo {
                        crate::routes::mailbox::configure(cfg);
                    }
                })
                .default_service(web::to(crate::routes::not_found))
        })
        .listen(listener)?;
        if workers > 0 {
            server = server.workers(workers);
        }
        Ok(Application {
            port,
            server: server.run(),
            mail_worker,
            overdue,
            notify_worker,
            sweeper,
        })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is asked to stop (SIGINT/SIGTERM: in-flight requests
    /// finish), with the mail worker alongside; once the server has stopped, the worker
    /// finishes its sends in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let overdue = self.overdue.map(|o| tokio::spawn(o.run(stopped.clone())));
        let notify = self
            .notify_worker
            .map(|w| tokio::spawn(w.run(stopped.clone())));
        // Reminds of and expires introductions (safe with several instances).
        let (settings, db) = self.sweeper;
        let sweeper = tokio::spawn(crate::brokering::run_sweeper(settings, db, stopped.clone()));
        let worker = self.mail_worker.map(|w| tokio::spawn(w.run(stopped)));
        let served = self.server.await;
        let _ = stop.send(true);
        if let Some(overdue) = overdue {
            let _ = overdue.await;
        }
        if let Some(Err(e)) = match notify {
            Some(n) => Some(n.await),
            None => None,
        } {
            tracing::error!(error = %e, "notification worker task failed");
        }
        if let Err(e) = sweeper.await {
            tracing::error!(error = %e, "introduction sweeper failed");
        }
        if let Some(worker) = worker {
            match worker.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::error!(error = %e, "mail worker failed"),
                Err(e) => tracing::error!(error = %e, "mail worker task failed"),
            }
        }
        served
    }
}

/// Headers on every response; HSTS only when the site is served over HTTPS.
fn security_headers(https: bool) -> middleware::DefaultHeaders {
    let headers = middleware::DefaultHeaders::new();
    let headers = if https {
        headers.add((
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    };
    headers
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
}

/// The language of a request: `?lang=` (shared links), then the signed-in person's
/// setting, then the switcher's cookie, then `Accept-Language`, then English.
pub fn choose_language(req: &HttpRequest) -> Language {
    query_language(req.query_string())
        .or_else(|| crate::auth::signed_in(req).map(|p| p.lang))
        .or_else(|| {
            req.cookie(LANG_COOKIE)
                .and_then(|c| c.value().parse::<Language>().ok())
        })
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::negotiate)
        })
        .unwrap_or_default()
}

fn query_language(query: &str) -> Option<Language> {
    query
        .split('&')
        .filter_map(|p| p.strip_prefix("lang="))
        .find_map(|v| v.parse::<Language>().ok())
}

/// Middleware: chooses the language once per request, remembers a `?lang=` choice in a
/// cookie, and says which header the answer varies on.
async fn locale(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let lang = choose_language(req.request());
    let from_query = query_language(req.query_string());
    let https = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.https());
    req.extensions_mut().insert(ChosenLanguage(lang));
    // A signed-in person who switches language keeps the choice as their setting.
    if let (Some(chosen), Some(person), Some(state)) = (
        from_query,
        crate::auth::signed_in(req.request()),
        req.app_data::<web::Data<AppState>>().cloned(),
    ) && chosen != person.lang
        && let Err(e) = state
            .db
            .write(move |conn| {
                crate::db::queries::people::update_lang(conn, person.id, chosen.code())
            })
            .await
    {
        tracing::warn!(error = %e, "language setting not saved");
    }
    let mut res = next.call(req).await?;
    if let Some(chosen) = from_query {
        let cookie = Cookie::build(LANG_COOKIE, chosen.code())
            .path("/")
            .max_age(CookieDuration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .secure(https)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    res.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding"),
    );
    Ok(res)
}
