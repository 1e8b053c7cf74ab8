//! The test harness: every test gets its own server on a free port and its own database.
//!
//! SQLite by default (a file in a temporary folder). When `PFP_TEST_DATABASE_URL` is set
//! to a PostgreSQL URL (e.g. `postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable`),
//! each test creates its own database on that server and drops it afterwards.

use diesel::{Connection, PgConnection, RunQueryDsl};
use pfp::config::Settings;
use pfp::web::startup::Application;

/// A running app and what a test needs to talk to it.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`
    pub address: String,
    /// HTTP client with a cookie store, not following redirects.
    pub client: reqwest::Client,
    /// Database URL the app uses.
    pub database_url: String,
    /// Settings the app runs with (its own `data_dir`, a fast mail worker).
    pub settings: Settings,
    _db: TestDatabase,
    _data_dir: tempfile::TempDir,
}

enum TestDatabase {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres { admin_url, name } = self
            && let Ok(mut conn) = PgConnection::establish(admin_url)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .execute(&mut conn);
        }
    }
}

/// A fresh, empty database for one test.
fn fresh_database() -> (String, TestDatabase) {
    match std::env::var("PFP_TEST_DATABASE_URL") {
        Ok(admin_url) if admin_url.starts_with("postgres") => {
            let name = format!(
                "pfp_test_{}_{}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0)
            );
            let mut conn = PgConnection::establish(&admin_url).expect("PostgreSQL is reachable");
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut conn)
                .expect("test database created");
            let mut url = url::Url::parse(&admin_url).expect("PFP_TEST_DATABASE_URL is a URL");
            url.set_path(&format!("/{name}"));
            (url.to_string(), TestDatabase::Postgres { admin_url, name })
        }
        _ => {
            let dir = tempfile::tempdir().expect("temporary folder");
            let url = dir.path().join("pfp.db").to_string_lossy().into_owned();
            (url, TestDatabase::Sqlite(dir))
        }
    }
}

/// Settings of a test app: its own database, a free port, demo data on or off.
pub fn test_settings(database_url: &str, demo: bool) -> Settings {
    let mut settings = Settings::defaults();
    settings.database_url = database_url.to_owned();
    settings.listen = "127.0.0.1:0".parse().expect("address");
    settings.demo = demo;
    settings.workers = 1;
    settings.pool_size = 4;
    settings.log = "warn".into();
    // Tests wait for mail: look at the outbox often.
    settings.mail.poll_interval = std::time::Duration::from_millis(50);
    // The demo projects (2010, never updated) are overdue: the periodic check would mail
    // their owners at start and disturb tests that count messages. Tests of the check
    // run it themselves.
    settings.overdue_check_interval = None;
    settings
}

/// Starts an app with the GFMD 2010 demo data.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(true).await
}

/// Starts an app, with or without demo data.
pub async fn spawn_app_with(demo: bool) -> TestApp {
    spawn_app_configured(demo, |_| {}).await
}

/// Starts an app after `configure` has adjusted its settings (e.g. its SMTP server).
pub async fn spawn_app_configured(demo: bool, configure: impl FnOnce(&mut Settings)) -> TestApp {
    let (database_url, db) = fresh_database();
    let data_dir = tempfile::tempdir().expect("temporary folder");
    let mut settings = test_settings(&database_url, demo);
    settings.data_dir = data_dir.path().to_owned();
    configure(&mut settings);
    let app = Application::build(settings.clone()).expect("app builds");
    let port = app.port();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .expect("client"),
        database_url,
        settings,
        _db: db,
        _data_dir: data_dir,
    }
}

impl TestApp {
    /// A connection pool of its own on this app's database (for what a test sets up or
    /// checks behind the app's back).
    pub fn db(&self) -> pfp::db::Db {
        pfp::db::Db::connect(&self.database_url, 2).expect("database")
    }

    /// GET a path.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    /// GET a path and return status and body.
    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    /// GET a JSON document.
    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.json().await.expect("JSON body"))
    }

    /// The id of the public project whose title contains `words`.
    pub async fn project_id(&self, words: &str) -> i64 {
        let (_, json) = self
            .get_json(&format!("/api/v1/projects?q={}", urlencode(words)))
            .await;
        json["items"][0]["id"].as_i64().expect("project found")
    }
}

/// Makes the app's PostgreSQL database unusable under the running server: new connections
/// are refused and open ones ended, as when the server goes down. Returns false on SQLite,
/// where readers of a WAL file cannot be cut off from inside the process.
pub fn break_database(app: &TestApp) -> bool {
    let TestDatabase::Postgres { admin_url, name } = &app._db else {
        return false;
    };
    let mut conn = PgConnection::establish(admin_url).expect("admin connection");
    diesel::sql_query(format!("ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false"))
        .execute(&mut conn)
        .unwrap();
    diesel::sql_query(format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    ))
    .execute(&mut conn)
    .unwrap();
    true
}

/// Percent-encodes a query value.
pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Parsed HTML with a few assertions used everywhere.
pub struct Page(pub scraper::Html);

impl Page {
    /// Parses a document.
    pub fn parse(html: &str) -> Page {
        Page(scraper::Html::parse_document(html))
    }

    /// Texts of every element matching `css`, whitespace-collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let sel = scraper::Selector::parse(css).expect("valid selector");
        self.0
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// Value of `attr` on the first element matching `css`.
    pub fn attr(&self, css: &str, attr: &str) -> Option<String> {
        let sel = scraper::Selector::parse(css).expect("valid selector");
        self.0
            .select(&sel)
            .next()
            .and_then(|e| e.value().attr(attr).map(str::to_owned))
    }

    /// Values of `attr` on every element matching `css` that has it.
    pub fn attr_all(&self, css: &str, attr: &str) -> Vec<String> {
        let sel = scraper::Selector::parse(css).expect("valid selector");
        self.0
            .select(&sel)
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    }

    /// Asserts the basics every page must have: lang/dir, one h1, landmarks, skip link.
    pub fn assert_well_formed(&self, lang: &str, dir: &str) {
        assert_eq!(self.attr("html", "lang").as_deref(), Some(lang));
        assert_eq!(self.attr("html", "dir").as_deref(), Some(dir));
        assert_eq!(self.texts("h1").len(), 1, "exactly one h1");
        assert_eq!(self.texts("main").len(), 1, "one main landmark");
        assert_eq!(self.texts("header.site-header").len(), 1, "a banner");
        assert_eq!(self.texts("footer").len(), 1, "a footer");
        assert!(self.attr("a.skip-link", "href").as_deref() == Some("#main"));
    }
}

/// A client with its own cookies, signed in as a demo account (`None`: a visitor).
pub struct Browser {
    /// The client.
    pub client: reqwest::Client,
    /// Base address.
    pub address: String,
}

impl TestApp {
    /// A new client signed in with one click as the demo account `who` (see
    /// `pfp::app::demo::DEMO_ACCOUNTS`), or a visitor when `who` is `None`.
    pub async fn browser(&self, who: Option<&str>) -> Browser {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .expect("client");
        let b = Browser {
            client,
            address: self.address.clone(),
        };
        if let Some(who) = who {
            let csrf = b.csrf("/").await;
            let res = b
                .post_form(
                    "/demo/sign-in",
                    &[("csrf_token", csrf.as_str()), ("who", who)],
                )
                .await;
            assert_eq!(res.status(), 303, "demo sign-in as {who}");
        }
        b
    }
}

impl Browser {
    /// GET a path.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    /// GET a page: status and body.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    /// The CSRF token of the forms on `path`.
    pub async fn csrf(&self, path: &str) -> String {
        let body = self.get(path).await.text().await.expect("body");
        Page::parse(&body)
            .attr("input[name=csrf_token]", "value")
            .expect("a form with a CSRF token")
    }

    /// POST an url-encoded form.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(fields)
            .send()
            .await
            .expect("request sent")
    }
}

/// The `Location` of a redirect ("" if there is none).
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}
