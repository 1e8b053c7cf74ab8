//! Mail, end to end: messages queued in the outbox reach a real SMTP server (a separate
//! process, see `mail_helpers`), and the assertions are on what arrived.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use pfp::config::Settings;
use pfp::db::schema::outbox;
use pfp::db::{Db, DbError};
use pfp::domain::Language;
use pfp::email::{Email, Outbox, OutboxWorker, TestMail};

use crate::helpers::{Page, TestApp, spawn_app_configured};
use crate::mail_helpers::{SmtpOptions, SmtpServer, duplicates, smtp_at};

const BASE_URL: &str = "https://pfp.example.org";

/// Points the app at `server`, with public links on [`BASE_URL`].
fn smtp(server: &SmtpServer) -> impl FnOnce(&mut Settings) + use<> {
    smtp_at(server, BASE_URL)
}

fn test_mail(to: &str, lang: Language, key: &str) -> Email {
    let mail = TestMail {
        requested_at: chrono::Utc::now().naive_utc(),
    };
    Email::new(to, lang, &mail, key).expect("valid message")
}

/// Queues messages in one transaction, as a use case would.
async fn queue(app: &TestApp, emails: Vec<Email>) -> Vec<bool> {
    let db = app.db();
    let outbox = Outbox::new(&app.settings);
    db.write(move |c| emails.iter().map(|e| outbox.enqueue(c, e)).collect())
        .await
        .expect("queued")
}

#[derive(Debug, Queryable)]
struct Row {
    dedupe_key: String,
    status: String,
    attempts: i32,
    last_error: Option<String>,
    claimed_by: Option<String>,
}

fn rows(app: &TestApp) -> Vec<Row> {
    let db = app.db();
    let mut conn = db.conn().expect("connection");
    outbox::table
        .order(outbox::id)
        .select((
            outbox::dedupe_key,
            outbox::status,
            outbox::attempts,
            outbox::last_error,
            outbox::claimed_by,
        ))
        .load(&mut conn)
        .expect("outbox rows")
}

/// Waits until `done` holds of the outbox rows.
async fn wait_rows(app: &TestApp, timeout: Duration, done: impl Fn(&[Row]) -> bool) -> Vec<Row> {
    let deadline = Instant::now() + timeout;
    loop {
        let r = rows(app);
        if done(&r) {
            return r;
        }
        assert!(
            Instant::now() < deadline,
            "outbox never reached the expected state: {r:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn pfp(app: &TestApp, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pfp"))
        .args(args)
        .env("PFP_DATABASE_URL", &app.database_url)
        .env("PFP_LOG", "warn")
        .env_remove("PFP_ENV")
        .env_remove("PFP_SMTP_URL")
        .output()
        .expect("pfp runs")
}

#[tokio::test]
async fn a_queued_message_arrives_with_both_parts_in_the_recipients_language() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(false, smtp(&server)).await;
    let outbox = Outbox::new(&app.settings);

    queue(
        &app,
        vec![
            test_mail("ana@example.org", Language::Fr, "t:fr"),
            test_mail("sami@example.org", Language::Ar, "t:ar"),
        ],
    )
    .await;
    let received = server.wait_for(2, Duration::from_secs(30)).await;

    assert_eq!(received.len(), 2);
    let fr = received
        .iter()
        .find(|m| m.header("To").as_deref() == Some("ana@example.org"))
        .expect("the French message");
    assert_eq!(fr.message_id(), outbox.message_id("t:fr"));
    assert!(fr.message_id().ends_with("@pfp.example.org>"));
    assert_eq!(
        fr.header("From").as_deref(),
        Some("\"Platform for Partnerships\" <no-reply@localhost>")
    );
    assert_eq!(
        fr.header("Subject").as_deref(),
        Some("Message de test de la Plateforme pour les partenariats")
    );
    assert_eq!(fr.header("Content-Language").as_deref(), Some("fr"));
    assert_eq!(fr.mime_type(), "multipart/alternative");
    let text = fr.part("text/plain").expect("a text part");
    assert!(text.contains("Bonjour,"), "{text}");
    assert!(text.contains(&format!("{BASE_URL}/")), "{text}");
    let html = fr.part("text/html").expect("an HTML part");
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"), "{html}");
    assert!(html.contains(&format!("href=\"{BASE_URL}/\"")), "{html}");
    assert!(html.contains("Ouvrir la plateforme"), "{html}");

    let ar = received
        .iter()
        .find(|m| m.header("To").as_deref() == Some("sami@example.org"))
        .expect("the Arabic message");
    assert_eq!(
        ar.header("Subject").as_deref(),
        Some("رسالة اختبار من منبر الشراكات")
    );
    let html = ar.part("text/html").expect("an HTML part");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");

    let rows = wait_rows(&app, Duration::from_secs(10), |r| {
        r.iter().all(|r| r.status == "sent")
    })
    .await;
    assert!(rows.iter().all(|r| r.attempts == 1), "{rows:?}");
}

#[tokio::test]
async fn a_dedupe_key_is_sent_once_and_a_rolled_back_change_sends_nothing() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(false, smtp(&server)).await;

    let first = queue(
        &app,
        vec![test_mail("ana@example.org", Language::En, "once")],
    )
    .await;
    let again = queue(
        &app,
        vec![test_mail("ana@example.org", Language::En, "once")],
    )
    .await;
    // A change that fails after queueing its mail: the mail goes with the change.
    let db = app.db();
    let outbox = Outbox::new(&app.settings);
    let rolled_back = db
        .write(move |c| {
            outbox.enqueue(
                c,
                &test_mail("bob@example.org", Language::En, "rolled-back"),
            )?;
            Err::<(), _>(DbError::Query(diesel::result::Error::RollbackTransaction))
        })
        .await;
    let received = server.wait_for(1, Duration::from_secs(30)).await;

    assert_eq!((first, again), (vec![true], vec![false]));
    assert!(rolled_back.is_err());
    assert_eq!(received.len(), 1, "one message, once");
    assert_eq!(received[0].header("To").as_deref(), Some("ana@example.org"));
    let keys: Vec<String> = rows(&app).into_iter().map(|r| r.dedupe_key).collect();
    assert_eq!(keys, vec!["once".to_owned()]);
}

#[tokio::test]
async fn a_permanently_refused_address_becomes_a_dead_letter_and_the_others_arrive() {
    let server = SmtpServer::start_with(SmtpOptions {
        reject: vec!["nobody@example.org".into()],
        ..SmtpOptions::default()
    });
    let app = spawn_app_configured(false, smtp(&server)).await;

    queue(
        &app,
        vec![
            test_mail("ana@example.org", Language::En, "a"),
            test_mail("nobody@example.org", Language::En, "refused"),
            test_mail("bob@example.org", Language::En, "b"),
            test_mail("chen@example.org", Language::Zh, "c"),
        ],
    )
    .await;
    let received = server.wait_for(3, Duration::from_secs(30)).await;
    let rows = wait_rows(&app, Duration::from_secs(10), |r| {
        r.iter().all(|r| r.status == "sent" || r.status == "dead")
    })
    .await;

    assert_eq!(received.len(), 3);
    assert!(
        received
            .iter()
            .all(|m| m.header("To").as_deref() != Some("nobody@example.org"))
    );
    let dead: Vec<&Row> = rows.iter().filter(|r| r.status == "dead").collect();
    assert_eq!(dead.len(), 1, "{rows:?}");
    assert_eq!(dead[0].dedupe_key, "refused");
    assert_eq!(dead[0].attempts, 1, "a permanent refusal is not retried");
    let error = dead[0].last_error.as_deref().unwrap_or_default();
    assert!(
        error.contains("550") && error.contains("User unknown"),
        "{error}"
    );

    // Operators see it, with the server's reply, and can queue it again.
    let out = pfp(&app, &["mail", "status"]);
    let status = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(status.contains("sent            3"), "{status}");
    assert!(status.contains("dead            1"), "{status}");
    assert!(status.contains("nobody@example.org"), "{status}");
    assert!(status.contains("User unknown"), "{status}");
    let id = status
        .lines()
        .find_map(|l| l.trim().strip_prefix('#'))
        .and_then(|l| l.split_whitespace().next())
        .expect("the dead letter's number")
        .to_owned();
    let out = pfp(&app, &["mail", "retry", "--id", &id]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 message(s) queued again"));
    let out = pfp(&app, &["mail", "retry", "--id", "999999"]);
    assert!(!out.status.success(), "an unknown number is an error");
}

#[tokio::test]
async fn a_row_of_a_kind_nothing_registers_becomes_a_dead_letter_that_names_it() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(false, smtp(&server)).await;
    let db = app.db();
    let mut conn = db.conn().expect("connection");
    let writer = Outbox::new(&app.settings);
    // Rows as an older release may have left them: one of a kind since removed, and one
    // whose data was written by hand in the stored form (keys in alphabetical order).
    conn.transaction(|c| {
        for (to, key) in [("ana@example.org", "known"), ("bob@example.org", "retired")] {
            writer.enqueue(c, &test_mail(to, Language::En, key))?;
        }
        writer.enqueue(c, &test_mail("chen@example.org", Language::Zh, "old"))?;
        diesel::update(outbox::table.filter(outbox::dedupe_key.eq("retired")))
            .set(outbox::template.eq("retired_kind"))
            .execute(c)?;
        diesel::update(outbox::table.filter(outbox::dedupe_key.eq("old")))
            .set(outbox::data.eq(r#"{"requested_at":"2026-11-29T09:30:00"}"#))
            .execute(c)?;
        Ok::<_, DbError>(())
    })
    .expect("queued");

    let received = server.wait_for(2, Duration::from_secs(30)).await;
    let rows = wait_rows(&app, Duration::from_secs(10), |r| {
        r.iter().all(|r| r.status == "sent" || r.status == "dead")
    })
    .await;

    assert_eq!(received.len(), 2);
    let old = received
        .iter()
        .find(|m| m.header("To").as_deref() == Some("chen@example.org"))
        .expect("the message stored in the old form");
    assert!(
        old.part("text/plain")
            .expect("a text part")
            .contains("2026-11-29 09:30 UTC")
    );
    let dead: Vec<&Row> = rows.iter().filter(|r| r.status == "dead").collect();
    assert_eq!(dead.len(), 1, "{rows:?}");
    assert_eq!(dead[0].dedupe_key, "retired");
    assert_eq!(dead[0].attempts, 1, "an unknown kind is not retried");
    let error = dead[0].last_error.as_deref().unwrap_or_default();
    assert!(
        error.contains("unknown message kind") && error.contains("retired_kind"),
        "{error}"
    );
}

#[tokio::test]
async fn a_temporary_refusal_is_retried_until_the_message_arrives() {
    let server = SmtpServer::start_with(SmtpOptions {
        tempfail_first: 2,
        ..SmtpOptions::default()
    });
    let app = spawn_app_configured(false, |s| {
        smtp(&server)(s);
        s.mail.retry_base = Duration::from_millis(500);
    })
    .await;

    queue(
        &app,
        vec![test_mail("ana@example.org", Language::Ru, "retry")],
    )
    .await;
    let received = server.wait_for(1, Duration::from_secs(30)).await;
    let rows = wait_rows(&app, Duration::from_secs(10), |r| r[0].status == "sent").await;

    assert_eq!(received.len(), 1);
    assert_eq!(rows[0].attempts, 3, "two 451s, then delivered");
    let error = rows[0].last_error.as_deref().unwrap_or_default();
    assert!(error.contains("451"), "{error}");
}

#[tokio::test]
async fn mail_queued_while_the_server_is_down_arrives_once_when_it_is_back() {
    let mut server = SmtpServer::down(SmtpOptions::default());
    let app = spawn_app_configured(false, |s| {
        smtp(&server)(s);
        s.mail.retry_base = Duration::from_millis(500);
        s.mail.timeout = Duration::from_secs(2);
        s.mail.lease = Duration::from_secs(10);
    })
    .await;
    let emails = (0..20)
        .map(|i| {
            test_mail(
                &format!("p{i}@example.org"),
                Language::En,
                &format!("down:{i}"),
            )
        })
        .collect();

    queue(&app, emails).await;
    let failed = wait_rows(&app, Duration::from_secs(10), |r| {
        r.iter().all(|r| r.attempts >= 1 && r.status == "pending")
    })
    .await;
    assert!(failed.iter().all(|r| r.last_error.is_some()), "{failed:?}");
    server.restart();
    let received = server.wait_for(20, Duration::from_secs(60)).await;

    assert_eq!(received.len(), 20);
    assert!(duplicates(&received).is_empty());
    wait_rows(&app, Duration::from_secs(10), |r| {
        r.iter().all(|r| r.status == "sent")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_on_one_database_deliver_each_message_exactly_once() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(false, |s| {
        smtp(&server)(s);
        s.mail.worker = false;
        s.mail.batch_size = 10;
    })
    .await;
    let emails = (0..300)
        .map(|i| {
            test_mail(
                &format!("p{i}@example.org"),
                Language::En,
                &format!("two:{i}"),
            )
        })
        .collect();
    queue(&app, emails).await;

    let (stop, stopped) = tokio::sync::watch::channel(false);
    let mut ids = Vec::new();
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let db = Db::connect(&app.database_url, 4).unwrap();
            let worker = OutboxWorker::new(&app.settings, db).unwrap();
            ids.push(worker.id().to_owned());
            tokio::spawn(worker.run(stopped.clone()))
        })
        .collect();
    let received = server.wait_for(300, Duration::from_secs(90)).await;
    stop.send(true).unwrap();
    for w in workers {
        w.await.unwrap().unwrap();
    }

    assert_eq!(received.len(), 300);
    assert!(duplicates(&received).is_empty());
    let rows = rows(&app);
    assert!(rows.iter().all(|r| r.status == "sent" && r.attempts == 1));
    let mut senders: Vec<_> = rows.iter().filter_map(|r| r.claimed_by.clone()).collect();
    senders.sort();
    senders.dedup();
    // Which worker sent how many depends on scheduling (benches/mail_faults.sh shows the
    // split on 2,000 messages); what must hold is that only these two sent, each message once.
    assert!(
        senders.iter().all(|s| ids.contains(s)),
        "{senders:?} not among {ids:?}"
    );
}

#[tokio::test]
async fn the_development_mailbox_shows_sent_mail_in_demo_mode_only() {
    let app = spawn_app_configured(true, |s| s.base_url = BASE_URL.into()).await;
    queue(
        &app,
        vec![test_mail("ana@example.org", Language::Es, "mailbox")],
    )
    .await;
    wait_rows(&app, Duration::from_secs(30), |r| r[0].status == "sent").await;

    let (status, body) = app.get_text("/dev/mailbox").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    let link = page
        .attr("table.mailbox a", "href")
        .expect("a message link");
    assert!(
        page.texts("table.mailbox")
            .join(" ")
            .contains("ana@example.org")
    );

    let (status, body) = app.get_text(&link).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        page.texts("h1"),
        vec!["Mensaje de prueba de la Plataforma para las Alianzas".to_owned()]
    );
    let text = page.texts(".mail-text p").join(" ");
    assert!(text.contains(&format!("{BASE_URL}/")), "{text}");
    assert!(page.texts("dl.mail-headers").join(" ").contains("<outbox-"));

    let res = app.get(&format!("{link}/html")).await;
    assert_eq!(res.status().as_u16(), 200);
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("sandbox") && csp.contains("default-src 'none'"),
        "{csp}"
    );
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("<html lang=\"es\" dir=\"ltr\">")
    );
    let res = app.get(&format!("{link}/raw")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("Message-ID: <outbox-"));

    assert_eq!(
        app.get("/dev/mailbox/no-such-message")
            .await
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        app.get("/dev/mailbox/..%2F..%2Fpfp")
            .await
            .status()
            .as_u16(),
        404
    );
    let (_, body) = app.get_text("/dev/mailbox?lang=ar").await;
    Page::parse(&body).assert_well_formed("ar", "rtl");

    let production = spawn_app_configured(false, |_| {}).await;
    assert_eq!(production.get("/dev/mailbox").await.status().as_u16(), 404);
}

#[tokio::test]
async fn pfp_worker_delivers_what_pfp_mail_test_queued_and_stops_on_sigterm() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(false, |s| s.mail.worker = false).await;

    let out = pfp(
        &app,
        &["mail", "test", "--to", "ana@example.org", "--lang", "es"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Queued a test message to ana@example.org")
    );
    let mut worker = KillOnDrop(
        Command::new(env!("CARGO_BIN_EXE_pfp"))
            .arg("worker")
            .env("PFP_DATABASE_URL", &app.database_url)
            .env("PFP_SMTP_URL", server.url())
            .env("PFP_MAIL_POLL_INTERVAL_MS", "50")
            .env("PFP_LOG", "warn")
            .env_remove("PFP_ENV")
            .stdout(Stdio::null())
            .spawn()
            .expect("pfp worker starts"),
    );
    let received = server.wait_for(1, Duration::from_secs(30)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &worker.0.id().to_string()])
        .status()
        .expect("kill runs");
    let deadline = Instant::now() + Duration::from_secs(15);
    let exit = loop {
        if let Some(status) = worker.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "pfp worker did not stop on SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };

    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0].header("Subject").as_deref(),
        Some("Mensaje de prueba de la Plataforma para las Alianzas")
    );
    assert!(killed.success());
    assert!(
        exit.success(),
        "pfp worker exits cleanly on SIGTERM: {exit}"
    );
}

/// A child process that a failing test must not leave behind.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_wrong_smtp_url_stops_start_up_without_showing_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pfp.db");
    for url in [
        "http://mail.example.org",
        "smtp://user:s3cret@mail.example.org?tls=bogus",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pfp"))
            .arg("worker")
            .env("PFP_DATABASE_URL", &db)
            .env("PFP_SMTP_URL", url)
            .env_remove("PFP_ENV")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("PFP_SMTP_URL"), "{stderr}");
        assert!(!stderr.contains("s3cret"), "{stderr}");
    }
}
