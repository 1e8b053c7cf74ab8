//! Meetings in people's calendars (issue 13, point 6): each meeting page's `.ics`, each
//! person's private feed (`webcal`, token in the URL, revocable) with updates and
//! cancellations flowing through it under the same UID with a higher SEQUENCE, and the
//! development mailbox listing a message's attachments.

use std::time::Duration;

use crate::helpers::{Browser, Page, TestApp, location, spawn_app_configured};

const BASE_URL: &str = "https://pfp.example.org";

async fn post(b: &Browser, page: &str, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf = b.csrf(page).await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(path, &all).await
}

fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n", "\n")
}

/// A meeting of the child-protection project with Mexico, proposed by the facilitator.
async fn meeting(app: &TestApp, date: &str) -> String {
    let project = app.project_id("unaccompanied").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    let mx = json["owners"][0]["id"].as_i64().unwrap().to_string();
    let f = app.browser(Some("facilitator")).await;
    let form = format!("/projects/{project}/meetings/new");
    let res = post(
        &f,
        &form,
        &form,
        &[
            ("organisation", mx.as_str()),
            ("title", "Courses"),
            ("date", date),
            ("start", "15:00"),
            ("end", "16:00"),
            ("zone", "Europe/Zurich"),
            ("place", "Geneva"),
            ("online_url", ""),
            ("agenda", "Dates of the courses"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    location(&res).split('?').next().unwrap().to_owned()
}

/// Turns the feed of `b` on (or makes a new address) and returns the address shown.
async fn renew(b: &Browser) -> String {
    let res = post(
        b,
        "/account/calendar",
        "/account/calendar",
        &[("action", "renew")],
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["cache-control"].to_str().unwrap(),
        "no-store",
        "the secret address is not cached"
    );
    let page = Page::parse(&res.text().await.unwrap());
    let url = page.attr("#calendar-url", "value").expect("the address");
    let webcal = page
        .attr("a[href^='webcal://']", "href")
        .expect("a webcal link");
    assert_eq!(webcal, url.replace("https://", "webcal://"));
    url
}

/// GETs a feed address with no cookie, as a calendar program does.
async fn read_feed(app: &TestApp, url: &str) -> (u16, String) {
    let path = url.strip_prefix(BASE_URL).expect("an address on the site");
    let res = reqwest::get(format!("{}{path}", app.address))
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, unfolded(&res.text().await.unwrap()))
}

#[tokio::test]
async fn a_meeting_reaches_calendars_as_a_file_and_through_a_revocable_feed() {
    let app = spawn_app_configured(true, |s| s.base_url = BASE_URL.into()).await;
    let meeting = meeting(&app, "2030-03-01").await;
    let id = meeting.trim_start_matches("/meetings/");
    let uid = format!("UID:meeting-{id}@pfp.example.org");
    let mexico = app.browser(Some("mx-delegate")).await;

    // The meeting page offers its .ics; only those who see the page get it.
    let page = mexico.get(&meeting).await.text().await.unwrap();
    let ics_link = Page::parse(&page)
        .attr("a[href$='calendar.ics']", "href")
        .expect("the page offers its .ics");
    let res = mexico.get(&ics_link).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = unfolded(&res.text().await.unwrap());
    for line in [
        "BEGIN:VCALENDAR",
        &uid,
        "SEQUENCE:0",
        "DTSTART:20300301T140000Z",
        "SUMMARY:Courses",
        "LOCATION:Geneva",
        "STATUS:CONFIRMED",
    ] {
        assert!(ics.contains(line), "{line} in:\n{ics}");
    }
    assert!(
        !ics.contains("METHOD:"),
        "a file to open, not a mailed request"
    );
    let swiss = app.browser(Some("ch-delegate")).await;
    assert_eq!(swiss.get(&ics_link).await.status(), 404);
    assert_eq!(
        mexico.get("/meetings/999999/calendar.ics").await.status(),
        404
    );

    // The feed is off until turned on; then its address lists the meeting.
    let page = mexico.get("/account/calendar").await.text().await.unwrap();
    assert!(page.contains("Your feed is off."), "{page}");
    let url = renew(&mexico).await;
    assert!(url.starts_with(&format!("{BASE_URL}/calendar/")), "{url}");
    let (status, feed) = read_feed(&app, &url).await;
    assert_eq!(status, 200);
    assert!(feed.contains(&uid), "{feed}");
    assert!(feed.contains("X-WR-CALNAME:Platform for Partnerships: my meetings"));
    assert!(feed.contains("SEQUENCE:0"));
    // The page no longer shows the address, only that the feed is on.
    let page = mexico.get("/account/calendar").await.text().await.unwrap();
    assert!(page.contains("Your feed is on"), "{page}");
    assert!(!page.contains(&url), "the address is shown once only");

    // A change flows through the feed: same UID, next SEQUENCE, new time.
    let res = post(
        &mexico,
        &format!("{meeting}/edit"),
        &format!("{meeting}/edit"),
        &[
            ("title", "Courses"),
            ("date", "2030-03-02"),
            ("start", "15:00"),
            ("end", "16:00"),
            ("zone", "Europe/Zurich"),
            ("place", "Geneva"),
            ("online_url", ""),
            ("agenda", "Dates of the courses"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (_, feed) = read_feed(&app, &url).await;
    assert_eq!(feed.matches(&uid).count(), 1, "{feed}");
    assert!(feed.contains("SEQUENCE:1"), "{feed}");
    assert!(feed.contains("DTSTART:20300302T140000Z"), "{feed}");
    // So does a cancellation.
    let res = post(&mexico, &meeting, &format!("{meeting}/cancel"), &[]).await;
    assert!(res.status().is_success() || res.status() == 303);
    let (_, feed) = read_feed(&app, &url).await;
    assert!(feed.contains("STATUS:CANCELLED"), "{feed}");
    assert!(feed.contains("SEQUENCE:2"), "{feed}");

    // A new address stops the old one; turning the feed off stops the new one.
    let new_url = renew(&mexico).await;
    assert_ne!(new_url, url);
    assert_eq!(read_feed(&app, &url).await.0, 404);
    assert_eq!(read_feed(&app, &new_url).await.0, 200);
    let res = post(
        &mexico,
        "/account/calendar",
        "/account/calendar",
        &[("action", "off")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let page = mexico.get(&location(&res)).await.text().await.unwrap();
    assert!(page.contains("Your calendar feed is off."), "{page}");
    assert_eq!(read_feed(&app, &new_url).await.0, 404);
    // Forged addresses and requests.
    assert_eq!(
        read_feed(&app, &format!("{BASE_URL}/calendar/{}.ics", "0".repeat(64)))
            .await
            .0,
        404
    );
    assert_eq!(
        read_feed(&app, &format!("{BASE_URL}/calendar/nope.ics"))
            .await
            .0,
        404
    );
    let res = post(
        &mexico,
        "/account/calendar",
        "/account/calendar",
        &[("action", "explode")],
    )
    .await;
    assert_eq!(res.status(), 400);
    let forged = mexico
        .post_form("/account/calendar", &[("action", "renew")])
        .await;
    assert_eq!(forged.status(), 403, "no CSRF token, no feed");
    // Signed out: the page asks to sign in.
    let visitor = app.browser(None).await;
    assert_eq!(visitor.get("/account/calendar").await.status(), 303);
}

#[tokio::test]
async fn the_development_mailbox_lists_a_messages_attachments() {
    let app = spawn_app_configured(true, |s| s.base_url = BASE_URL.into()).await;
    meeting(&app, "2030-04-01").await;
    // The invitation goes through the file transport into the development mailbox.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let link = loop {
        let (_, body) = app.get_text("/dev/mailbox").await;
        let page = Page::parse(&body);
        let links = page.attr_all("table.mailbox a", "href");
        let texts = page.texts("table.mailbox tr");
        if let Some(i) = texts.iter().skip(1).position(|t| t.contains("Courses")) {
            break links[i].clone();
        }
        assert!(std::time::Instant::now() < deadline, "{body}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let (status, body) = app.get_text(&link).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let listed = page.texts(".mail-attachments li").join(" ");
    assert!(listed.contains("invite.ics"), "{listed}");
    assert!(listed.contains("text/calendar"), "{listed}");
    let file = page
        .attr(".mail-attachments a", "href")
        .expect("a download link");
    let res = app.get(&file).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("invite.ics")
    );
    assert!(res.text().await.unwrap().contains("BEGIN:VCALENDAR"));
    assert_eq!(
        app.get(&format!("{link}/attachments/9")).await.status(),
        404
    );
}
