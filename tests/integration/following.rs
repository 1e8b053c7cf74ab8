//! Following, notifications, digests, one-click unsubscribe and Atom feeds, through the
//! real server, the real SMTP server and the database, on both backends.
//!
//! Events come from `queries::partners::add` (which records a `PartnerAdded` event, as
//! the partner features do) run in a transaction of the test, as a use case would.

use std::str::FromStr;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use pfp::db::Db;
use pfp::db::queries::people;
use pfp::db::schema::{notifications, organisations};
use pfp::domain::PartnerRole;
use pfp::email::Outbox;
use pfp::events::{Event, EventKind, emit};

use crate::helpers::{Browser, Page, spawn_app, spawn_app_configured};
use crate::mail_helpers::{Received, SmtpServer, smtp};

const OBSERVER: &str = "observer@demo.example.org";
const MX_DELEGATE: &str = "mx-delegate@demo.example.org";

async fn person(db: &Db, email: &'static str) -> i32 {
    db.read(move |c| people::by_email(c, email))
        .await
        .unwrap()
        .expect("demo person")
        .id
}

async fn org(db: &Db, code: &'static str) -> i32 {
    db.read(move |c| {
        Ok(organisations::table
            .filter(organisations::code.eq(code))
            .select(organisations::id)
            .first::<i32>(c)?)
    })
    .await
    .unwrap()
}

/// `actor` adds the organisation `code` to `project` as a supporter (one transaction, as
/// the partner feature does).
async fn add_partner(db: &Db, project: i32, code: &'static str, actor: i32) {
    let org = org(db, code).await;
    let added = db
        .write(move |c| {
            pfp::app::partners::add(
                c,
                project,
                org,
                PartnerRole::Supporter,
                Some(actor),
                chrono::Utc::now().naive_utc(),
            )
        })
        .await
        .unwrap();
    assert!(added, "{code} added");
}

/// Waits until `person` has `n` notifications (the fan-out step ran).
async fn wait_notifications(db: &Db, person: i32, n: i64) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let got: i64 = db
            .read(move |c| {
                Ok(notifications::table
                    .filter(notifications::person_id.eq(person))
                    .count()
                    .get_result(c)?)
            })
            .await
            .unwrap();
        if got >= n {
            return;
        }
        assert!(Instant::now() < deadline, "{got} of {n} notifications");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every preference field of `/account/notifications` at its current value, with
/// `changes` applied.
async fn set_preferences(b: &Browser, changes: &[(&str, &str)]) -> reqwest::Response {
    let body = b.get("/account/notifications").await.text().await.unwrap();
    let page = Page::parse(&body);
    let csrf = page.attr("input[name=csrf_token]", "value").unwrap();
    let mut fields: Vec<(String, String)> = vec![("csrf_token".into(), csrf)];
    for kind in EventKind::ALL {
        let chosen = changes
            .iter()
            .find(|(k, _)| *k == kind.code())
            .map(|(_, v)| (*v).to_owned())
            .or_else(|| page.attr(&format!("input[name={}][checked]", kind.code()), "value"))
            .expect("a choice per kind");
        fields.push((kind.code().into(), chosen));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post_form("/account/notifications", &fields).await
}

async fn follow(b: &Browser, page: &str) {
    let csrf = b.csrf(page).await;
    let res = b
        .post_form(&format!("{page}/follow"), &[("csrf_token", csrf.as_str())])
        .await;
    assert_eq!(res.status(), 303, "follow {page}");
    assert_eq!(
        res.headers().get("location").unwrap().to_str().unwrap(),
        page
    );
}

fn to(m: &Received) -> String {
    m.header("To").unwrap_or_default()
}

#[tokio::test]
async fn a_new_partner_reaches_a_follower_at_once_and_never_its_actor() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    let db = app.db();
    let project = app.project_id("unaccompanied").await as i32;
    let observer = app.browser(Some("observer")).await;
    follow(&observer, &format!("/projects/{project}")).await;
    let res = set_preferences(&observer, &[("partner_added", "immediately")]).await;
    assert_eq!(res.status(), 200);
    let actor = person(&db, MX_DELEGATE).await;

    let started = Instant::now();
    add_partner(&db, project, "CH", actor).await;
    let received = server.wait_for(1, Duration::from_secs(20)).await;
    let elapsed = started.elapsed();
    println!("event to SMTP server: {elapsed:?}");
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    // Only the follower hears at once: the actor (Mexico's delegate, an owner) never; the
    // IOM member (a partner) and the Swiss delegate (the new partner) get it in their
    // daily digest (the default for new partners).
    assert_eq!(received.len(), 1, "exactly one message");
    let m = &received[0];
    assert_eq!(to(m), OBSERVER);
    assert!(received.iter().all(|m| to(m) != MX_DELEGATE));
    let subject = m.header("Subject").unwrap();
    assert!(
        subject.starts_with("New partners: Protection of unaccompanied migrant children"),
        "{subject}"
    );
    let text = m.part("text/plain").unwrap();
    assert!(
        text.contains(
            "Switzerland joined Protection of unaccompanied migrant children as Supporter."
        ),
        "{text}"
    );
    assert!(text.contains("because you follow this project"), "{text}");
    assert!(text.contains("/account/notifications"), "{text}");
    let html = m.part("text/html").unwrap();
    assert!(html.contains("Switzerland joined"), "{html}");
    // RFC 8058 headers.
    let unsubscribe = m.header("List-Unsubscribe").unwrap();
    assert!(
        unsubscribe.starts_with("<http://127.0.0.1:8080/unsubscribe/")
            && unsubscribe.ends_with('>'),
        "{unsubscribe}"
    );
    assert!(
        text.contains(&unsubscribe[1..unsubscribe.len() - 1]),
        "{text}"
    );
    assert_eq!(
        m.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    // And a one-click link to stop following the project.
    let mut lines = text.lines().map(str::trim);
    lines
        .find(|l| *l == "Stop following Protection of unaccompanied migrant children")
        .expect("an unfollow link");
    let unfollow_url = lines.next().unwrap().to_owned();
    assert_ne!(unfollow_url, &unsubscribe[1..unsubscribe.len() - 1]);

    // In the app: the observer sees it, with the unread count in the header.
    let (_, body) = text_of(&observer, "/notifications").await;
    let page = Page::parse(&body);
    assert_eq!(
        page.texts("a.notifications-link"),
        ["Notifications (1 unread)"]
    );
    assert!(page.texts("ol.notifications li").len() == 1);
    assert!(body.contains("Switzerland joined"));
    // The actor has no notification at all.
    let delegate = app.browser(Some("mx-delegate")).await;
    let (_, body) = text_of(&delegate, "/notifications").await;
    let page = Page::parse(&body);
    assert_eq!(page.texts("a.notifications-link"), ["Notifications"]);
    assert!(page.texts("ol.notifications li").is_empty());
    // The IOM member (partner) has it in the list, waiting for the digest.
    let member = app.browser(Some("iom-member")).await;
    let (_, body) = text_of(&member, "/").await;
    assert_eq!(
        Page::parse(&body).texts("a.notifications-link"),
        ["Notifications (1 unread)"]
    );
    // The unfollow link works without signing in (the token is the authority).
    let path = &unfollow_url[unfollow_url.find("/unsubscribe/").unwrap()..];
    let res = reqwest::Client::new()
        .post(format!("{}{path}", app.address))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("You no longer follow: Protection of unaccompanied migrant children.")
    );
    let (_, body) = text_of(&observer, "/following").await;
    assert!(Page::parse(&body).texts(".following-list li").is_empty());
    // Marking everything read clears the count.
    let csrf = observer.csrf("/notifications").await;
    let res = observer
        .post_form("/notifications/read-all", &[("csrf_token", csrf.as_str())])
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = text_of(&observer, "/").await;
    assert_eq!(
        Page::parse(&body).texts("a.notifications-link"),
        ["Notifications"]
    );
}

#[tokio::test]
async fn a_stage_change_reaches_a_follower_at_once() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    let project = app.project_id("unaccompanied").await;
    let observer = app.browser(Some("observer")).await;
    follow(&observer, &format!("/projects/{project}")).await;

    // Mexico's delegate, an owner, moves the project over HTTP.
    let mx = app.browser(Some("mx-delegate")).await;
    let csrf = mx.csrf("/").await;
    let today = chrono::Utc::now().date_naive().to_string();
    let started = Instant::now();
    let res = mx
        .post_form(
            &format!("/projects/{project}/stage"),
            &[
                ("csrf_token", csrf.as_str()),
                ("stage", "completion"),
                ("changed_on", today.as_str()),
                ("note", "Guardians trained; follow-up under way"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let received = server.wait_for(1, Duration::from_secs(20)).await;
    println!("stage change to SMTP server: {:?}", started.elapsed());
    // Stage changes arrive at once by default; the actor hears nothing.
    let mine: Vec<&Received> = received.iter().filter(|m| to(m) == OBSERVER).collect();
    assert_eq!(mine.len(), 1, "the follower hears of it once");
    assert!(received.iter().all(|m| to(m) != MX_DELEGATE));
    let text = mine[0].part("text/plain").unwrap();
    assert!(
        text.contains("Protection of unaccompanied migrant children"),
        "{text}"
    );
    assert!(text.contains("Completion"), "{text}");
    assert!(text.contains("because you follow this project"), "{text}");
    assert!(mine[0].header("List-Unsubscribe").is_some());
}

async fn text_of(b: &Browser, path: &str) -> (u16, String) {
    let res = b.get(path).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn a_daily_digest_groups_three_events_in_one_mail() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    let db = app.db();
    let children = app.project_id("unaccompanied").await as i32;
    let profiles = app.project_id("migration profiles").await as i32;
    let observer = app.browser(Some("observer")).await;
    follow(&observer, &format!("/projects/{children}")).await;
    follow(&observer, "/themes/migration_profiles").await;
    let me = person(&db, OBSERVER).await;
    let actor = person(&db, MX_DELEGATE).await;

    // Three events on two projects; new partners go to the daily digest by default.
    add_partner(&db, children, "CH", actor).await;
    add_partner(&db, profiles, "MX", actor).await;
    add_partner(&db, children, "NL", actor).await;
    wait_notifications(&db, me, 3).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        server.received().iter().all(|m| to(m) != OBSERVER),
        "nothing at once for a daily digest"
    );

    // Not due yet: nothing.
    let outbox = Outbox::new(&app.settings);
    let ob = outbox.clone();
    let now = chrono::Utc::now().naive_utc();
    let sent = db
        .write(move |c| pfp::notify::digest::send_due(c, &ob, now))
        .await
        .unwrap();
    assert_eq!(sent, 0);
    // The next morning (07:00 UTC, the default time zone) it goes out, once.
    let tomorrow = now + chrono::Duration::days(1);
    let ob = outbox.clone();
    let sent = db
        .write(move |c| pfp::notify::digest::send_due(c, &ob, tomorrow))
        .await
        .unwrap();
    assert!(sent >= 1);
    let received = server.wait_for(1, Duration::from_secs(20)).await;
    let digests: Vec<&Received> = received.iter().filter(|m| to(m) == OBSERVER).collect();
    assert_eq!(digests.len(), 1, "one digest for the observer");
    let m = digests[0];
    assert_eq!(
        m.header("Subject").as_deref(),
        Some("Your daily digest: 3 pieces of news")
    );
    let text = m.part("text/plain").unwrap();
    println!("--- text part of the digest ---\n{text}\n--- end ---");
    // Grouped by project, the project with the newest item first, newest first inside.
    let children_at = text.find("== Protection of unaccompanied migrant children ==");
    let profiles_at = text.find("== Developing migration profiles ==");
    assert!(children_at.is_some() && profiles_at.is_some(), "{text}");
    assert!(children_at < profiles_at, "{text}");
    let nl = text.find("Netherlands joined").expect("NL");
    let ch = text.find("Switzerland joined").expect("CH");
    let mx = text.find("Mexico joined").expect("MX");
    assert!(nl < ch && ch < mx, "{text}");
    assert!(m.header("List-Unsubscribe").is_some());
    assert!(text.contains("Stop the daily digest"), "{text}");
    // The project followed directly offers to stop following it; the one reached
    // through a theme does not.
    assert_eq!(
        text.matches("Stop following this project: http").count(),
        1,
        "{text}"
    );
    assert!(text.find("Stop following this project").unwrap() < profiles_at.unwrap());

    // Never sent empty: a week later there is nothing to send.
    let later = now + chrono::Duration::days(8);
    let ob = outbox.clone();
    let sent = db
        .write(move |c| pfp::notify::digest::send_due(c, &ob, later))
        .await
        .unwrap();
    assert_eq!(sent, 0);
}

#[tokio::test]
async fn one_click_unsubscribe_works_without_signing_in() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    let db = app.db();
    let project = app.project_id("unaccompanied").await as i32;
    let observer = app.browser(Some("observer")).await;
    follow(&observer, &format!("/projects/{project}")).await;
    set_preferences(&observer, &[("partner_added", "immediately")]).await;
    let actor = person(&db, MX_DELEGATE).await;
    add_partner(&db, project, "CH", actor).await;
    let received = server.wait_for(1, Duration::from_secs(20)).await;
    let header = received[0].header("List-Unsubscribe").unwrap();
    let url = header.trim_start_matches('<').trim_end_matches('>');
    let path = &url[url.find("/unsubscribe/").unwrap()..];

    // A visitor's GET shows a confirmation with a button, and changes nothing.
    let visitor = app.browser(None).await;
    let (status, body) = text_of(&visitor, path).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    assert_eq!(page.texts("h1"), ["Unsubscribe"]);
    assert!(body.contains("This link stops your e-mails about: New partners."));
    assert_eq!(page.attr("form", "action").as_deref(), Some(path));

    // The mail client's POST: no cookie, no CSRF token, the RFC 8058 body.
    let res = reqwest::Client::new()
        .post(format!("{}{path}", app.address))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("You will no longer receive e-mails about: New partners."),
        "{body}"
    );
    // The kind is off for that person: the preferences say so, and the next event
    // brings neither mail nor notification.
    let (_, body) = text_of(&observer, "/account/notifications").await;
    assert_eq!(
        Page::parse(&body)
            .attr("input[name=partner_added][checked]", "value")
            .as_deref(),
        Some("off")
    );
    let me = person(&db, OBSERVER).await;
    add_partner(&db, project, "NL", actor).await;
    // The IOM member (partner) hears of NL: the event was fanned out.
    let member = person(&db, "iom-member@demo.example.org").await;
    wait_notifications(&db, member, 2).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.received().len(), 1, "no second mail");
    let mine: i64 = db
        .read(move |c| {
            Ok(notifications::table
                .filter(notifications::person_id.eq(me))
                .count()
                .get_result(c)?)
        })
        .await
        .unwrap();
    assert_eq!(mine, 1);
    // An unknown token is an unknown page.
    let (status, _) = text_of(&visitor, &format!("/unsubscribe/{}", "0".repeat(64))).await;
    assert_eq!(status, 404);
}

fn parse_feed(body: &str) -> atom_syndication::Feed {
    atom_syndication::Feed::from_str(body).expect("valid Atom")
}

#[tokio::test]
async fn every_feed_is_valid_atom_with_public_entries_only() {
    let app = spawn_app().await;
    let db = app.db();
    let project = app.project_id("unaccompanied").await as i32;
    let actor = person(&db, MX_DELEGATE).await;
    let ch = org(&db, "CH").await;
    add_partner(&db, project, "CH", actor).await;
    // A private event on the same project never shows in a feed.
    db.write(move |c| {
        emit(
            c,
            &Event {
                kind: EventKind::IntroductionProposed,
                actor_id: Some(actor),
                project_id: Some(project),
                organisation_id: Some(ch),
                subject_id: None,
                summary: "secret introduction",
            },
            chrono::Utc::now().naive_utc(),
        )
        .map(|_| ())
    })
    .await
    .unwrap();
    let feeds = [
        "/projects.atom".to_owned(),
        format!("/projects/{project}/feed.atom"),
        "/themes/children/feed.atom".to_owned(),
        format!("/organisations/{ch}/feed.atom"),
    ];
    let mut ids = Vec::new();
    for path in &feeds {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/atom+xml"),
            "{path}"
        );
        let body = res.text().await.unwrap();
        assert!(!body.contains("secret introduction"), "{path}: {body}");
        let feed = parse_feed(&body);
        assert!(!feed.title().as_str().is_empty(), "{path}");
        assert_eq!(feed.id(), format!("http://127.0.0.1:8080{path}"));
        assert!(feed.links().iter().any(|l| l.rel() == "self"));
        assert!(feed.links().iter().any(|l| l.rel() == "alternate"));
        assert!(
            !feed.authors().is_empty(),
            "{path}: an author for the entries"
        );
        assert_eq!(feed.entries().len(), 1, "{path}");
        let e = &feed.entries()[0];
        assert!(
            e.id().starts_with("tag:127.0.0.1,2026:event/"),
            "{}",
            e.id()
        );
        assert!(
            e.title()
                .as_str()
                .starts_with("New partners: Protection of unaccompanied migrant children")
        );
        assert_eq!(
            e.links()[0].href(),
            format!("http://127.0.0.1:8080/projects/{project}")
        );
        assert_eq!(feed.updated(), e.updated());
        ids.push(e.id().to_owned());
    }
    // The same event has the same id everywhere, and keeps it.
    ids.dedup();
    assert_eq!(ids.len(), 1);
    let again = parse_feed(&app.get_text("/projects.atom").await.1);
    assert_eq!(again.entries()[0].id(), ids[0]);
    // In another language, texts change, ids do not.
    let fr = parse_feed(&app.get_text("/projects.atom?lang=fr").await.1);
    assert_eq!(fr.entries()[0].id(), ids[0]);
    assert!(
        fr.entries()[0]
            .title()
            .as_str()
            .starts_with("Nouveaux partenaires"),
        "{}",
        fr.entries()[0].title().as_str()
    );
    // Each page links its feed.
    for (page, feed) in [
        ("/projects".to_owned(), &feeds[0]),
        (format!("/projects/{project}"), &feeds[1]),
        ("/themes/children".to_owned(), &feeds[2]),
        (format!("/organisations/{ch}"), &feeds[3]),
    ] {
        let (_, body) = app.get_text(&page).await;
        assert_eq!(
            Page::parse(&body)
                .attr("link[rel=alternate][type='application/atom+xml']", "href")
                .as_deref(),
            Some(feed.as_str()),
            "{page}"
        );
    }
    // Unknown subjects are unknown pages.
    for path in [
        "/projects/999999/feed.atom",
        "/organisations/999999/feed.atom",
        "/themes/nothing/feed.atom",
        "/projects/abc/feed.atom",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn following_and_unfollowing_from_the_pages_and_the_list() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;
    let page = format!("/projects/{project}");
    // Visitors are offered to sign in.
    let (_, body) = app.get_text(&page).await;
    assert!(
        Page::parse(&body)
            .texts(".follow a")
            .contains(&"Sign in to follow".to_owned())
    );
    let b = app.browser(Some("observer")).await;
    follow(&b, &page).await;
    follow(&b, "/themes/children").await;
    let (_, body) = text_of(&b, &page).await;
    let p = Page::parse(&body);
    assert_eq!(p.texts(".follow button"), ["Unfollow"]);
    assert_eq!(
        p.attr(".follow form", "action"),
        Some(format!("{page}/unfollow"))
    );
    let (status, body) = text_of(&b, "/following").await;
    assert_eq!(status, 200);
    let list = Page::parse(&body);
    list.assert_well_formed("en", "ltr");
    let items = list.texts(".following-list li > a");
    assert_eq!(
        items,
        [
            "Protection of unaccompanied migrant children",
            "Protection of migrant children, including unaccompanied children"
        ]
    );
    // Unfollow from the list comes back to the list.
    let csrf = b.csrf("/following").await;
    let res = b
        .post_form(
            &format!("{page}/unfollow"),
            &[("csrf_token", csrf.as_str()), ("next", "/following")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/following");
    let (_, body) = text_of(&b, "/following").await;
    assert_eq!(Page::parse(&body).texts(".following-list li > a").len(), 1);
    // Unknown targets: 404; no CSRF token: 403; visitors: sign in.
    let csrf = b.csrf("/following").await;
    for path in [
        "/projects/999999/follow",
        "/organisations/999999/follow",
        "/themes/nothing/follow",
    ] {
        let res = b.post_form(path, &[("csrf_token", csrf.as_str())]).await;
        assert_eq!(res.status(), 404, "{path}");
    }
    assert_eq!(
        b.post_form(&format!("{page}/follow"), &[]).await.status(),
        403
    );
    assert_eq!(app.get("/following").await.status(), 303);
}

#[tokio::test]
async fn preferences_explain_and_refuse_unknown_choices() {
    let app = spawn_app().await;
    let b = app.browser(Some("observer")).await;
    let (status, body) = text_of(&b, "/account/notifications").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(page.texts("fieldset legend").len(), EventKind::ALL.len());
    assert!(
        body.contains("always arrive"),
        "the mandatory messages are explained"
    );
    assert_eq!(
        page.attr("input[name=stage_changed][checked]", "value")
            .as_deref(),
        Some("immediately")
    );
    assert_eq!(
        page.attr("input[name=update_posted][checked]", "value")
            .as_deref(),
        Some("daily")
    );
    let res = set_preferences(
        &b,
        &[("stage_changed", "hourly"), ("update_posted", "weekly")],
    )
    .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    let page = Page::parse(&body);
    assert_eq!(
        page.attr(".error-summary a", "href").as_deref(),
        Some("#stage_changed")
    );
    assert!(
        page.0
            .select(&scraper::Selector::parse("#stage_changed").unwrap())
            .next()
            .is_some()
    );
    assert_eq!(
        page.attr("input[name=update_posted][checked]", "value")
            .as_deref(),
        Some("weekly"),
        "typed values kept"
    );
    let res = set_preferences(&b, &[("update_posted", "weekly")]).await;
    assert_eq!(res.status(), 200);
    let (_, body) = text_of(&b, "/account/notifications").await;
    assert_eq!(
        Page::parse(&body)
            .attr("input[name=update_posted][checked]", "value")
            .as_deref(),
        Some("weekly")
    );
    // The time zone lives on the account page; an unknown one is refused with the form.
    let csrf = b.csrf("/account").await;
    let res = b
        .post_form(
            "/account",
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Olga"),
                ("language", "en"),
                ("time_zone", "Mars/Olympus"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = b
        .post_form(
            "/account",
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Olga"),
                ("language", "en"),
                ("time_zone", "Asia/Tokyo"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let (_, body) = text_of(&b, "/account/notifications").await;
    assert!(body.contains("(Asia/Tokyo)"), "{body}");
}

#[tokio::test]
async fn two_workers_fan_each_event_out_once() {
    let app = spawn_app().await;
    let db = app.db();
    let project = app.project_id("unaccompanied").await as i32;
    let observer = app.browser(Some("observer")).await;
    follow(&observer, &format!("/projects/{project}")).await;
    set_preferences(&observer, &[("stage_changed", "immediately")]).await;
    let me = person(&db, OBSERVER).await;
    // A second instance's notification worker beside the app's own.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let second =
        tokio::spawn(pfp::notify::NotifyWorker::new(&app.settings, db.clone()).run(stopped));
    // 150 events in one transaction (more than a batch), as a busy hour would record.
    db.write(move |c| {
        for i in 0..150 {
            let summary = if i % 2 == 0 {
                "design"
            } else {
                "implementation"
            };
            emit(
                c,
                &Event {
                    kind: EventKind::StageChanged,
                    actor_id: None,
                    project_id: Some(project),
                    organisation_id: None,
                    subject_id: None,
                    summary,
                },
                chrono::Utc::now().naive_utc(),
            )?;
        }
        Ok(())
    })
    .await
    .unwrap();
    wait_notifications(&db, me, 150).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let _ = stop.send(true);
    second.await.unwrap();
    let (notified, queued, pending): (i64, i64, i64) = db
        .read(move |c| {
            use pfp::db::schema::{events, outbox};
            Ok((
                notifications::table
                    .filter(notifications::person_id.eq(me))
                    .count()
                    .get_result(c)?,
                outbox::table
                    .filter(outbox::recipient.eq(OBSERVER))
                    .count()
                    .get_result(c)?,
                events::table
                    .filter(events::fanned_out_at.is_null())
                    .count()
                    .get_result(c)?,
            ))
        })
        .await
        .unwrap();
    assert_eq!((notified, queued, pending), (150, 150, 0));
}
