//! `pfp worker` and `pfp mail …`: the mail commands for operators.

use clap::{Args, Subcommand};
use diesel::Connection;
use tokio::sync::watch;

use crate::config::Settings;
use crate::db::Db;
use crate::domain::Language;
use crate::email::messages::TestMail;
use crate::email::outbox::{self, Email, Outbox, Requeue};
use crate::email::worker::OutboxWorker;

/// `pfp mail …`
#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Queue a test message to ADDRESS; the running server or `pfp worker` delivers it.
    Test(TestArgs),
    /// Show how many messages are pending, sending, sent and dead, and the dead letters
    /// with their last error.
    Status(StatusArgs),
    /// Queue dead letters again, with a fresh count of attempts.
    Retry(RetryArgs),
}

/// Arguments of `pfp mail test`.
#[derive(Debug, Args)]
pub struct TestArgs {
    /// Recipient address.
    #[arg(long, value_name = "ADDRESS")]
    to: String,
    /// Language of the message (en, fr, es, ar, zh, ru).
    #[arg(long, default_value = "en")]
    lang: Language,
    /// How many messages to queue (for delivery benchmarks and fault checks).
    #[arg(long, default_value_t = 1)]
    count: u32,
}

/// Arguments of `pfp mail status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// How many dead letters to list.
    #[arg(long, default_value_t = 50)]
    limit: i64,
}

/// Arguments of `pfp mail retry`.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct RetryArgs {
    /// The dead letter to queue again (its number in `pfp mail status`).
    #[arg(long, value_name = "N")]
    id: Option<i64>,
    /// Queue every dead letter again.
    #[arg(long)]
    all_dead: bool,
}

/// Runs a `pfp mail` command.
pub fn run(settings: &Settings, cmd: MailCommand) -> anyhow::Result<()> {
    let db = Db::connect(&settings.database_url, 1)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    match cmd {
        MailCommand::Test(args) => {
            let outbox = Outbox::new(settings);
            let requested_at = settings.clock.now();
            // A fresh key per request: asking twice sends two test messages.
            let stamp = requested_at
                .and_utc()
                .timestamp_nanos_opt()
                .unwrap_or_default();
            let mut first_id = None;
            conn.transaction(|c| {
                for i in 0..args.count {
                    let email = Email::new(
                        &args.to,
                        args.lang,
                        &TestMail { requested_at },
                        format!("test:{}:{stamp}:{i}", args.to),
                    )?;
                    outbox.enqueue(c, &email)?;
                    first_id.get_or_insert_with(|| outbox.message_id(&email.dedupe_key));
                }
                anyhow::Ok(())
            })?;
            let where_to = match &settings.mail.smtp_url {
                Some(url) => format!("through {url}"),
                None => format!(
                    "into {} (PFP_SMTP_URL is unset)",
                    crate::email::mailbox_dir(settings).display()
                ),
            };
            if args.count == 1 {
                println!(
                    "Queued a test message to {} ({}), Message-ID {}.",
                    args.to,
                    args.lang,
                    first_id.unwrap_or_default()
                );
            } else {
                println!(
                    "Queued {} test messages to {} ({}).",
                    args.count, args.to, args.lang
                );
            }
            println!(
                "The running server or `pfp worker` delivers it {where_to}; `pfp mail status` shows progress."
            );
        }
        MailCommand::Status(args) => {
            let counts = outbox::counts(&mut conn)?;
            let dead = outbox::dead_letters(&mut conn, args.limit)?;
            println!("Outbox ({}):", db.backend().name());
            for (status, n) in counts {
                println!("  {status:<8} {n:>8}");
            }
            if dead.is_empty() {
                println!("No dead letters.");
            } else {
                println!("Dead letters, most recent first:");
                for d in &dead {
                    println!(
                        "  #{}  {}  {}  {} attempt(s)  {} UTC",
                        d.id,
                        d.recipient,
                        d.template,
                        d.attempts,
                        d.updated_at.format("%Y-%m-%d %H:%M:%S")
                    );
                    println!(
                        "      {}",
                        d.last_error.as_deref().unwrap_or("(no error recorded)")
                    );
                }
                println!(
                    "Queue again with `pfp mail retry --id N` or `pfp mail retry --all-dead`."
                );
            }
        }
        MailCommand::Retry(args) => {
            let which = match args.id {
                Some(id) => Requeue::Id(id),
                None => Requeue::AllDead,
            };
            let n = outbox::retry(&mut conn, which, settings.clock.now())?;
            if n == 0 && matches!(which, Requeue::Id(_)) {
                anyhow::bail!("no dead letter has that number (see `pfp mail status`)");
            }
            println!("{n} message(s) queued again.");
        }
    }
    Ok(())
}

/// `pfp worker`: delivers until SIGTERM or Ctrl+C, then finishes the sends in flight.
pub fn worker(settings: Settings) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let db = Db::connect(&settings.database_url, settings.pool_size)?;
        db.migrate()?;
        let notify = crate::notify::NotifyWorker::new(&settings, db.clone());
        let worker = OutboxWorker::new(&settings, db)?;
        let destination = match &settings.mail.smtp_url {
            Some(url) => format!("SMTP {url}"),
            None => format!(
                "files in {}",
                crate::email::mailbox_dir(&settings).display()
            ),
        };
        println!(
            "Mail worker {} delivering to {destination}. Press Ctrl+C to stop.",
            worker.id()
        );
        let (stop, stopped) = watch::channel(false);
        // Events become notifications and mail beside the delivery (see crate::notify).
        let notify = tokio::spawn(notify.run(stopped.clone()));
        let mut task = tokio::spawn(worker.run(stopped));
        tokio::select! {
            done = &mut task => return Ok(done??),
            () = shutdown_signal() => {}
        }
        println!("Stopping: finishing the sends in flight.");
        let _ = stop.send(true);
        task.await??;
        let _ = notify.await;
        Ok(())
    })
}

/// Resolves on SIGINT (Ctrl+C) or SIGTERM.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
