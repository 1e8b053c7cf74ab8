//! Builds the application: database pool, migrations, demo data, middleware, routes, the
//! mail worker; binds the listener. Tests call [`Application::build`] with port 0 and read
//! the real port.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::http::header::{self};
use actix_web::middleware::{self};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::app::demo::DemoData;
use crate::config::Settings;
use crate::db::cache::Caches;
use crate::db::{Db, queries};
use crate::email::OutboxWorker;
use crate::web::AppState;

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    server: Server,
    mail_worker: Option<OutboxWorker>,
    overdue: Option<crate::app::overdue::OverdueCheck>,
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
            let data = DemoData::parse(crate::app::demo::GFMD2010)?;
            let report = {
                use diesel::Connection;
                conn.transaction(|c| data.load(c, settings.clock.now()))?
            };
            tracing::info!(?report, "demo data loaded");
        }
        crate::app::demo::ensure_demo_accounts(&mut conn, settings.clock.now())?;
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
        let overdue = crate::app::overdue::OverdueCheck::new(&settings, db.clone());
        let files = std::sync::Arc::new(crate::storage::LocalStore::under_data_dir(
            &settings.data_dir,
        ));
        let sweeper = (settings.clone(), db.clone());
        let matching =
            crate::app::matching_service::MatchingService::start(&db, settings.matching)?;
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
                // A path id that is no id (`/projects/abc`, `/projects/0`): our 404 page.
                .app_data(
                    web::PathConfig::default()
                        .error_handler(|_, _| crate::web::error::AppError::NotFound.into()),
                )
                .wrap(middleware::from_fn(crate::web::error::render_error))
                .wrap(middleware::from_fn(crate::web::locale::locale))
                .wrap(middleware::from_fn(crate::web::session::session))
                .wrap(security_headers(https))
                .wrap(middleware::Compress::default())
                .wrap(TracingLogger::<crate::web::request_span::RequestSpan>::new())
                .configure(crate::web::routes::configure)
                .configure(|cfg| {
                    // The development mailbox shows every message: only in demo mode.
                    if demo {
                        crate::web::routes::mailbox::configure(cfg);
                    }
                })
                .default_service(web::to(crate::web::routes::not_found))
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
        let sweeper = tokio::spawn(crate::app::brokering::introductions::run_sweeper(
            settings,
            db,
            stopped.clone(),
        ));
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
