//! Nothing waits unseen (issue 13, point 3): `/introductions`, the panels on "My projects"
//! and the organisation dashboard list every introduction, expression of interest,
//! meeting invitation, co-owner invitation and join request waiting for a person's answer;
//! the header counts them; notifications link to the thing itself; co-owner invitations
//! and join requests are mailed (real SMTP server) and notified.

use std::time::Duration;

use crate::helpers::{Browser, Page, TestApp, location, spawn_app_configured};
use crate::mail_helpers::{Received, SmtpServer, smtp_at};

const BASE_URL: &str = "https://pfp.example.org";
const WAIT: Duration = Duration::from_secs(20);

async fn post(b: &Browser, page: &str, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf = b.csrf(page).await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(path, &all).await
}

async fn body(b: &Browser, path: &str) -> String {
    let res = b.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

/// The header's "Waiting for you" link text.
fn header_count(html: &str) -> String {
    Page::parse(html).texts("a.waiting-link").join(" ")
}

/// Ids of the child-protection project (Mexico's) and of Switzerland.
async fn ids(app: &TestApp) -> (i64, i64, i64) {
    let project = app.project_id("unaccompanied").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    let mx = json["owners"][0]["id"].as_i64().unwrap();
    let handbook = app.project_id("handbook").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{handbook}")).await;
    let ch = json["partners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "CH")
        .and_then(|p| p["id"].as_i64())
        .unwrap();
    (project, mx, ch)
}

/// Waits until a mail to `address` whose text contains `needle` has arrived.
async fn mail_to(server: &SmtpServer, address: &str, needle: &str) -> Received {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        if let Some(m) = server.received().into_iter().find(|m| {
            m.header("To").is_some_and(|t| t.contains(address))
                && m.part("text/plain").is_some_and(|t| t.contains(needle))
        }) {
            return m;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no mail to {address} containing {needle:?}; got {:?}",
            server
                .received()
                .iter()
                .map(|m| (m.header("To"), m.header("Subject")))
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn everything_waiting_for_an_answer_is_listed_counted_and_linked_from_its_notification() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp_at(&server, BASE_URL)).await;
    let (project, mx, ch) = ids(&app).await;
    let swiss = app.browser(Some("ch-delegate")).await;
    let mexico = app.browser(Some("mx-delegate")).await;
    let f = app.browser(Some("facilitator")).await;

    // Nothing waits yet for Switzerland.
    let page = body(&swiss, "/introductions").await;
    assert!(
        page.contains("Nothing is waiting for your answer."),
        "{page}"
    );
    assert_eq!(header_count(&page), "Waiting for you");

    // Switzerland expresses interest: Mexico's delegate must answer it.
    let res = post(
        &swiss,
        &format!("/projects/{project}"),
        &format!("/projects/{project}/interest"),
        &[
            ("offer", "funding"),
            ("message", "We could fund the course."),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    // The facilitator introduces Switzerland to the project: both sides must answer.
    let res = post(
        &f,
        &format!("/facilitator/projects/{project}/introduce?organisation={ch}"),
        &format!("/facilitator/projects/{project}/introduce"),
        &[
            ("organisation", &ch.to_string()),
            ("role", "funder"),
            ("message", "Switzerland funds child-protection training."),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let intro = location(&res).split('?').next().unwrap().to_owned();
    // A meeting with Mexico: its delegate is invited and has not answered.
    let res = post(
        &f,
        &format!("/projects/{project}/meetings/new"),
        &format!("/projects/{project}/meetings/new"),
        &[
            ("organisation", &mx.to_string()),
            ("title", "Courses"),
            ("date", "2030-03-01"),
            ("start", "15:00"),
            ("end", "16:00"),
            ("zone", "Europe/Zurich"),
            ("place", "Geneva"),
            ("online_url", ""),
            ("agenda", "Dates"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let meeting = location(&res).split('?').next().unwrap().to_owned();

    let page = body(&mexico, "/introductions").await;
    let p = Page::parse(&page);
    let links = p.attr_all("main a", "href");
    assert!(links.contains(&intro), "{links:?}");
    assert!(
        links.iter().any(|l| l.starts_with("/interests/")),
        "{links:?}"
    );
    assert!(links.contains(&meeting), "{links:?}");
    assert!(
        page.contains("Switzerland proposed for your project"),
        "{page}"
    );
    assert!(page.contains("Switzerland would like to partner"), "{page}");
    assert!(page.contains("Takes place on"), "{page}");
    assert_eq!(header_count(&page), "Waiting for you (3)");
    // The same on "My projects", as a panel.
    let mine = body(&mexico, "/projects/mine").await;
    let panel = Page::parse(&mine).texts(".waiting-panel").join(" ");
    assert!(panel.contains("3 things wait for your answer"), "{panel}");
    assert!(panel.contains("Courses"), "{panel}");

    // Switzerland's side: the introduction, on /introductions and its dashboard.
    let page = body(&swiss, "/introductions").await;
    assert!(
        page.contains("Your organisation is proposed as a partner"),
        "{page}"
    );
    assert_eq!(header_count(&page), "Waiting for you (1)");
    let dash = body(&swiss, "/my/organisation").await;
    let panel = Page::parse(&dash).texts(".waiting-panel").join(" ");
    assert!(panel.contains("1 thing waits for your answer"), "{panel}");
    // Its notification (fanned out in the background) links to the introduction, not to
    // the project page.
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let note = body(&swiss, "/notifications").await;
        if Page::parse(&note)
            .attr_all("main a", "href")
            .contains(&intro)
        {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{note}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Answering removes it from the list and the count.
    let res = post(
        &mexico,
        &meeting,
        &format!("{meeting}/answer"),
        &[("answer", "yes")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let page = body(&mexico, "/introductions").await;
    assert_eq!(header_count(&page), "Waiting for you (2)");
    assert!(
        !Page::parse(&page)
            .attr_all("main a", "href")
            .contains(&meeting)
    );
}

#[tokio::test]
async fn a_co_owner_invitation_and_a_join_request_are_mailed_listed_and_linked() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp_at(&server, BASE_URL)).await;
    let (project, _mx, ch) = ids(&app).await;
    let swiss = app.browser(Some("ch-delegate")).await;
    let mexico = app.browser(Some("mx-delegate")).await;

    // Mexico invites Switzerland to co-own its project.
    let form = format!("/projects/{project}/co-owners");
    let res = post(&mexico, &form, &form, &[("organisation", &ch.to_string())]).await;
    assert_eq!(res.status(), 303);
    let mail = mail_to(&server, "ch-delegate@", "invited to co-own").await;
    let text = mail.part("text/plain").unwrap();
    assert!(
        text.contains(&format!("{BASE_URL}/projects/mine#invitation-")),
        "{text}"
    );
    let page = body(&swiss, "/introductions").await;
    let link = Page::parse(&page)
        .attr("main a[href^='/projects/mine#invitation-']", "href")
        .expect("the invitation is listed");
    let id = link.trim_start_matches("/projects/mine#invitation-");
    let mine = body(&swiss, "/projects/mine").await;
    assert!(
        Page::parse(&mine)
            .attr(&format!("#invitation-{id} form"), "action")
            .is_some(),
        "the invitation is answered where the link points: {mine}"
    );
    assert_eq!(header_count(&page), "Waiting for you (1)");

    // Switzerland asks to join the project instead: Mexico must answer.
    let res = post(
        &swiss,
        "/projects/mine",
        &format!("/projects/{project}/join"),
        &[("from", "")],
    )
    .await;
    assert_eq!(res.status(), 303, "join requested");
    let mail = mail_to(&server, "mx-delegate@", "asks to join").await;
    let text = mail.part("text/plain").unwrap();
    assert!(
        text.contains(&format!("{BASE_URL}/projects/mine#join-request-")),
        "{text}"
    );
    let page = body(&mexico, "/introductions").await;
    let link = Page::parse(&page)
        .attr("main a[href^='/projects/mine#join-request-']", "href")
        .expect("the request is listed");
    let id = link.trim_start_matches("/projects/mine#join-request-");
    let mine = body(&mexico, "/projects/mine").await;
    assert!(
        Page::parse(&mine)
            .attr(&format!("#join-request-{id} form"), "action")
            .is_some(),
        "{mine}"
    );
}
