//! The command line: `pfp serve` (the default), `pfp migrate`, `pfp seed …`, `pfp worker`,
//! `pfp mail …`, `pfp user …`, `pfp import FILE.json`.

pub mod accounts;
pub mod mail;

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use diesel::Connection;

use crate::app::demo::DemoData;
use crate::config::Settings;
use crate::db::{Db, queries};
use crate::web::startup::Application;

/// Platform for Partnerships: brokering migration-and-development partnerships.
///
/// Settings come from config/default.toml, config/<PFP_ENV>.toml and PFP_* environment
/// variables (see README).
#[derive(Debug, Parser)]
#[command(name = "pfp", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the web server (what plain `pfp` does): applies migrations, loads the demo
    /// data into an empty database in demo mode, and serves on PFP_LISTEN.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load data into the database.
    #[command(subcommand)]
    Seed(Seed),
    /// Run the mail delivery and notification workers alone (`pfp serve` runs them too).
    /// SIGTERM or Ctrl+C: stop claiming mail, finish the sends in flight, exit.
    Worker,
    /// Mail: send a test message, see the outbox, retry dead letters.
    #[command(subcommand)]
    Mail(mail::MailCommand),
    /// Accounts: create one with a password (operators and scripts).
    #[command(subcommand)]
    User(accounts::UserCommand),
    /// Import organisations (with profiles), projects (with needs, owners, partners) and
    /// engagements from a JSON file (format in README.md). Checks everything first and
    /// lists every problem with its JSON path; writes all or nothing. Codes already in
    /// the database are updated, so importing a file twice changes nothing.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
struct ImportArgs {
    /// The JSON file.
    file: std::path::PathBuf,
}

#[derive(Debug, Subcommand)]
enum Seed {
    /// Load the GFMD 2010 demo data (organisations, recommendations, the three pilot projects).
    Demo(DemoArgs),
    /// Add synthetic projects for benchmarks (needs the demo organisations).
    Synthetic(SyntheticArgs),
}

#[derive(Debug, Args)]
struct DemoArgs {
    /// Replace every organisation, project and outcome already in the database.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct SyntheticArgs {
    /// How many projects to add.
    #[arg(long, default_value_t = 10_000)]
    projects: usize,
}

/// Runs the command line; the exit code says whether it worked.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(&settings);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings),
        Command::Migrate => migrate(&settings),
        Command::Seed(Seed::Demo(args)) => seed_demo(&settings, args.force),
        Command::Seed(Seed::Synthetic(args)) => seed_synthetic(&settings, args.projects),
        Command::Worker => mail::worker(settings),
        Command::Mail(cmd) => mail::run(&settings, cmd),
        Command::User(cmd) => accounts::run(&settings, cmd),
        Command::Import(args) => import(&settings, &args.file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let base = settings.base_url.clone();
        let listen = settings.listen;
        let backend = crate::db::Backend::of(&settings.database_url).name();
        let demo = settings.demo;
        let app = Application::build(settings)?;
        let ip = if listen.ip().is_unspecified() {
            std::net::IpAddr::from([127, 0, 0, 1])
        } else {
            listen.ip()
        };
        let local = format!("http://{}", std::net::SocketAddr::new(ip, app.port()));
        let url = if local == base {
            local
        } else {
            format!("{local} (public address {base})")
        };
        println!(
            "Platform for Partnerships is running at {url} ({backend}{}). Press Ctrl+C to stop.",
            if demo { ", demo mode" } else { "" }
        );
        app.run_until_stopped().await?;
        Ok(())
    })
}

fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let db = Db::connect(&settings.database_url, 1)?;
    let ran = db.migrate()?;
    println!("{ran} migration(s) applied ({}).", db.backend().name());
    Ok(())
}

fn seed_demo(settings: &Settings, force: bool) -> anyhow::Result<()> {
    let data = DemoData::parse(crate::app::demo::GFMD2010)?;
    let db = Db::connect(&settings.database_url, 1)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let report = conn.transaction(|c| {
        if !queries::is_empty(c)? {
            if !force {
                return Err(anyhow::anyhow!(
                    "the database already holds organisations or projects; \
                     use --force to replace them with the demo data"
                ));
            }
            queries::seed::clear_content(c)?;
        }
        let report = data.load(c, settings.clock.now())?;
        crate::app::demo::ensure_demo_accounts(c, settings.clock.now())?;
        Ok(report)
    })?;
    println!(
        "Demo data loaded: {} organisations, {} GFMD outcomes, {} engagements, {} projects.",
        report.organisations, report.outcomes, report.engagements, report.projects
    );
    Ok(())
}

fn import(settings: &Settings, file: &std::path::Path) -> anyhow::Result<()> {
    let json = std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let db = Db::connect(&settings.database_url, 1)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let r = crate::app::import::run(&mut conn, &json, settings.clock.now())?;
    println!(
        "Imported {}: organisations {} added, {} updated; projects {} added, {} updated; \
         engagements {} added, {} already recorded; contact points {} added.",
        file.display(),
        r.organisations_added,
        r.organisations_updated,
        r.projects_added,
        r.projects_updated,
        r.engagements_added,
        r.engagements_skipped,
        r.contacts_added
    );
    Ok(())
}

fn seed_synthetic(settings: &Settings, count: usize) -> anyhow::Result<()> {
    let db = Db::connect(&settings.database_url, 1)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let n = conn
        .transaction(|c| crate::app::demo::synthetic_projects(c, count))
        .map_err(|e| anyhow::anyhow!("{e} (load the demo data first: pfp seed demo)"))?;
    println!("{n} synthetic projects added.");
    Ok(())
}
