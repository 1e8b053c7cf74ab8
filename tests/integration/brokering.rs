//! Brokering end to end: a facilitator's introduction reaches both sides at a real SMTP
//! server, both accept from the links in their mail, the organisation becomes a partner
//! and each side gets the other's contact, then a meeting invitation with its iCalendar
//! part arrives. Also: declining with a reason, expiry with a reminder, an expression of
//! interest accepted, and who may not introduce.

use std::time::Duration;

use pfp::config::Settings;

use crate::helpers::{Browser, Page, TestApp, location, spawn_app_configured};
use crate::mail_helpers::{Received, SmtpOptions, SmtpServer, smtp_at};

const BASE_URL: &str = "https://pfp.example.org";
pub(crate) const WAIT: Duration = Duration::from_secs(20);

/// Points the app at `server`, with public links on [`BASE_URL`], after `more`.
pub(crate) fn smtp(
    server: &SmtpServer,
    more: impl FnOnce(&mut Settings),
) -> impl FnOnce(&mut Settings) {
    let to_server = smtp_at(server, BASE_URL);
    move |s: &mut Settings| {
        to_server(s);
        more(s);
    }
}

/// Ids of the child-protection project (owned by Mexico) and of Switzerland (not a
/// partner of it; its delegate answers for it).
async fn ids(app: &TestApp) -> (i64, i64) {
    let project = app.project_id("unaccompanied").await;
    let handbook = app.project_id("handbook").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{handbook}")).await;
    let ch = json["partners"]
        .as_array()
        .expect("partners")
        .iter()
        .find(|p| p["code"] == "CH")
        .and_then(|p| p["id"].as_i64())
        .expect("Switzerland supports the handbook");
    (project, ch)
}

/// The mails that went to `address`.
pub(crate) fn to<'a>(mails: &'a [Received], address: &str) -> Vec<&'a Received> {
    mails
        .iter()
        .filter(|m| m.header("To").is_some_and(|t| t.contains(address)))
        .collect()
}

/// The path of the first link in `text` that starts with `BASE_URL` + `prefix`.
pub(crate) fn link(text: &str, prefix: &str) -> String {
    let start = format!("{BASE_URL}{prefix}");
    let at = text
        .find(&start)
        .unwrap_or_else(|| panic!("no link to {prefix} in:\n{text}"));
    let rest = &text[at + BASE_URL.len()..];
    rest.split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Posts a form of `path` with its CSRF token.
pub(crate) async fn post(
    b: &Browser,
    page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = b.csrf(page).await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(path, &all).await
}

/// Proposes an introduction of Switzerland to the child-protection project; returns its path.
async fn introduce(app: &TestApp, project: i64, ch: i64, role: &str) -> String {
    let f = app.browser(Some("facilitator")).await;
    let form = format!("/facilitator/projects/{project}/introduce?organisation={ch}");
    let res = post(
        &f,
        &form,
        &format!("/facilitator/projects/{project}/introduce"),
        &[
            ("organisation", &ch.to_string()),
            ("role", role),
            (
                "message",
                "Switzerland funds child-protection training in the region; Mexico's course could reach its partners.",
            ),
        ],
    )
    .await;
    assert_eq!(res.status(), 303, "introduction proposed");
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/introductions/"), "{location}");
    assert!(location.ends_with("?done=introduction_sent"), "{location}");
    location.split('?').next().unwrap().to_owned()
}

/// Waits for `n` of the brokering mails themselves and returns them: the notifications
/// other people get of the same events (they carry `List-Unsubscribe`, RFC 8058) are left
/// aside.
pub(crate) async fn wait_own(server: &SmtpServer, n: usize, timeout: Duration) -> Vec<Received> {
    let own = || -> Vec<Received> {
        server
            .received()
            .into_iter()
            .filter(|m| m.header("List-Unsubscribe").is_none())
            .collect()
    };
    let deadline = std::time::Instant::now() + timeout;
    while own().len() < n {
        assert!(
            std::time::Instant::now() < deadline,
            "{} of {n} messages arrived within {timeout:?}",
            own().len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    own()
}

#[tokio::test]
async fn an_introduction_accepted_by_both_sides_makes_a_partner_and_leads_to_a_meeting() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let (project, ch) = ids(&app).await;

    // The facilitator's queue lists the project; its page ranks candidates with reasons.
    let f = app.browser(Some("facilitator")).await;
    let (status, body) = {
        let r = f.get("/facilitator").await;
        (r.status().as_u16(), r.text().await.unwrap())
    };
    assert_eq!(status, 200);
    let queue = Page::parse(&body);
    queue.assert_well_formed("en", "ltr");
    assert!(
        queue
            .texts("tbody th a")
            .iter()
            .any(|t| t.contains("unaccompanied migrant children")),
        "{body}"
    );
    let body = f
        .get(&format!("/facilitator/projects/{project}"))
        .await
        .text()
        .await
        .unwrap();
    let candidates = Page::parse(&body);
    assert!(!candidates.texts("li.candidate").is_empty(), "{body}");
    assert!(
        !candidates.texts("ul.reasons li").is_empty(),
        "reasons shown"
    );

    // A refused form keeps what was typed.
    let form = format!("/facilitator/projects/{project}/introduce?organisation={ch}");
    let res = post(
        &f,
        &form,
        &format!("/facilitator/projects/{project}/introduce"),
        &[
            ("organisation", &ch.to_string()),
            ("role", "owner"),
            ("message", "Kept text"),
        ],
    )
    .await;
    assert_eq!(res.status(), 422);
    let refused = Page::parse(&res.text().await.unwrap());
    assert_eq!(refused.texts("textarea#message"), ["Kept text"]);
    assert_eq!(
        refused.attr(".error-summary a", "href").as_deref(),
        Some("#role")
    );

    let intro = introduce(&app, project, ch, "technical_support").await;

    // Both sides receive the introduction with accept and decline links.
    let mails = wait_own(&server, 2, WAIT).await;
    assert_eq!(mails.len(), 2);
    let mx = to(&mails, "mx-delegate@demo.example.org");
    let org = to(&mails, "ch-delegate@demo.example.org");
    assert_eq!((mx.len(), org.len()), (1, 1));
    let mx_text = mx[0].part("text/plain").unwrap();
    let org_text = org[0].part("text/plain").unwrap();
    assert!(mx_text.contains("could join your project"), "{mx_text}");
    assert!(
        org_text.contains("your organisation, Switzerland"),
        "{org_text}"
    );
    assert!(org_text.contains("child-protection training"), "{org_text}");
    let accept = link(&org_text, "/introductions/");
    assert_eq!(accept, format!("{intro}/accept"));
    assert!(mx_text.contains(&format!("{BASE_URL}{intro}/decline")));

    // The link works straight from the mail: sign in first, then the confirmation.
    let visitor = app.browser(None).await;
    let res = visitor.get(&accept).await;
    assert_eq!(res.status(), 303);
    let to_login = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        to_login.starts_with("/login?next=%2Fintroductions%2F"),
        "{to_login}"
    );

    // The organisation accepts…
    let member = app.browser(Some("ch-delegate")).await;
    let page = Page::parse(&member.get(&accept).await.text().await.unwrap());
    assert_eq!(page.texts("h1"), ["Accept the introduction"]);
    let res = post(&member, &accept, &accept, &[]).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("You accepted"));
    // …and answering twice is refused.
    let res = post(&member, &intro, &accept, &[]).await;
    assert_eq!(res.status(), 409);

    // …then the project's owner accepts: a partnership.
    let mx_accept = link(&mx_text, "/introductions/");
    let delegate = app.browser(Some("mx-delegate")).await;
    let res = post(&delegate, &mx_accept, &mx_accept, &[]).await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(body.contains("Both sides accepted"), "{body}");
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    assert!(
        json["partners"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == ch && p["role"] == "technical_support"),
        "{json}"
    );
    let public = Page::parse(&app.get_text(&format!("/projects/{project}")).await.1);
    assert!(
        public
            .texts(".partners li")
            .iter()
            .any(|t| t.contains("Switzerland") && t.contains("Technical support"))
    );

    // Each side receives the other's contact.
    let mails = wait_own(&server, 4, WAIT).await;
    assert_eq!(mails.len(), 4);
    // The facilitator who proposed it hears of the acceptance by notification.
    assert!(server.received().iter().any(|m| {
        m.header("To").is_some_and(|t| t.contains("facilitator@"))
            && m.header("List-Unsubscribe").is_some()
    }));
    for (address, other) in [
        (
            "mx-delegate@demo.example.org",
            "ch-delegate@demo.example.org",
        ),
        (
            "ch-delegate@demo.example.org",
            "mx-delegate@demo.example.org",
        ),
    ] {
        let news = to(&mails, address)
            .into_iter()
            .find(|m| {
                m.header("Subject")
                    .is_some_and(|s| s.starts_with("New partnership"))
            })
            .unwrap_or_else(|| panic!("{address} hears of the partnership"));
        let text = news.part("text/plain").unwrap();
        assert!(text.contains(other), "{address} gets {other}: {text}");
    }

    // The owner proposes a meeting after the introduction: both organisations chosen.
    let iid = intro.rsplit('/').next().unwrap();
    let form = format!("/projects/{project}/meetings/new?introduction={iid}");
    let page = Page::parse(&delegate.get(&form).await.text().await.unwrap());
    assert_eq!(
        page.attr(
            &format!("input[name=organisation][value=\"{ch}\"]"),
            "checked"
        )
        .as_deref(),
        Some("")
    );
    let mx_id = {
        let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
        json["owners"][0]["id"].as_i64().unwrap().to_string()
    };
    let res = post(
        &delegate,
        &form,
        &format!("/projects/{project}/meetings/new"),
        &[
            ("introduction", iid),
            ("organisation", &ch.to_string()),
            ("organisation", &mx_id),
            ("title", "Training partnership kick-off"),
            ("date", "2027-01-15"),
            ("start", "10:00"),
            ("end", "11:30"),
            ("zone", "America/Mexico_City"),
            ("place", ""),
            ("online_url", "https://meet.example.org/kick-off"),
            ("agenda", "1. The course\n2. Dates"),
        ],
    )
    .await;
    assert_eq!(
        res.status(),
        303,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let meeting = res.headers()["location"].to_str().unwrap().to_owned();
    let meeting = meeting.split('?').next().unwrap().to_owned();
    let mid = meeting.rsplit('/').next().unwrap().to_owned();

    let mails = wait_own(&server, 6, WAIT).await;
    assert_eq!(mails.len(), 6);
    let invitations: Vec<&Received> = mails
        .iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.starts_with("Invitation:"))
        })
        .collect();
    assert_eq!(invitations.len(), 2);
    for m in invitations {
        let parsed = mailparse::parse_mail(&m.raw).unwrap();
        assert_eq!(parsed.ctype.mimetype, "multipart/mixed");
        let cal = find_part(&parsed, "text/calendar").expect("a text/calendar part");
        assert_eq!(
            cal.ctype.params.get("method").map(String::as_str),
            Some("REQUEST")
        );
        let ics = cal.get_body().unwrap();
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            &format!("UID:meeting-{mid}@pfp.example.org"),
            "SEQUENCE:0",
            "DTSTART:20270115T160000Z",
            "DTEND:20270115T173000Z",
            "SUMMARY:Training partnership kick-off",
            &format!("URL:{BASE_URL}/projects/{project}"),
            "ORGANIZER;CN=Ana López (Mexico):mailto:mx-delegate@demo.example.org",
            "END:VCALENDAR",
        ] {
            assert!(unfolded(&ics).contains(line), "{line} in:\n{ics}");
        }
        assert!(unfolded(&ics).contains("mailto:ch-delegate@demo.example.org"));
        assert!(ics.contains("ATTENDEE"), "{ics}");
        let text = m.part("text/plain").unwrap();
        assert!(
            text.contains("January 15, 2027, 10:00–11:30 (America/Mexico_City)"),
            "{text}"
        );
    }

    // Invitees answer on the platform; the owner keeps notes.
    let res = post(
        &member,
        &meeting,
        &format!("{meeting}/answer"),
        &[("answer", "yes")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let page = Page::parse(&res.text().await.unwrap());
    assert!(
        page.texts("main")
            .join(" ")
            .contains("One person will attend.")
    );
    let res = post(
        &delegate,
        &meeting,
        &format!("{meeting}/notes"),
        &[("notes", "Agreed on three courses.")],
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        Page::parse(&res.text().await.unwrap()).texts("textarea#notes"),
        ["Agreed on three courses."]
    );
    // Someone not invited and not arranging it does not see it.
    let observer = app.browser(Some("observer")).await;
    assert_eq!(observer.get(&meeting).await.status(), 404);

    // A change sends an update with the next SEQUENCE.
    let res = post(
        &delegate,
        &format!("{meeting}/edit"),
        &format!("{meeting}/edit"),
        &[
            ("title", "Training partnership kick-off"),
            ("date", "2027-01-16"),
            ("start", "10:00"),
            ("end", "11:30"),
            ("zone", "America/Mexico_City"),
            ("place", "Secretaría de Relaciones Exteriores"),
            ("online_url", ""),
            ("agenda", "1. The course"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let mails = wait_own(&server, 8, WAIT).await;
    let update = mails
        .iter()
        .find(|m| {
            m.header("Subject")
                .is_some_and(|s| s.starts_with("Changed:"))
        })
        .expect("an update");
    let ics = unfolded(&update.part("text/calendar").unwrap());
    assert!(ics.contains("SEQUENCE:1"), "{ics}");
    assert!(ics.contains(&format!("UID:meeting-{mid}@pfp.example.org")));

    // A cancellation sends METHOD:CANCEL with the next SEQUENCE.
    let res = post(&delegate, &meeting, &format!("{meeting}/cancel"), &[]).await;
    assert_eq!(res.status(), 200);
    let mails = wait_own(&server, 10, WAIT).await;
    let cancelled = mails
        .iter()
        .find(|m| {
            m.header("Subject")
                .is_some_and(|s| s.starts_with("Cancelled:"))
        })
        .expect("a cancellation");
    let parsed = mailparse::parse_mail(&cancelled.raw).unwrap();
    let cal = find_part(&parsed, "text/calendar").unwrap();
    assert_eq!(
        cal.ctype.params.get("method").map(String::as_str),
        Some("CANCEL")
    );
    let ics = unfolded(&cal.get_body().unwrap());
    assert!(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED"));
    assert!(ics.contains("SEQUENCE:2"), "{ics}");
    // Invitees can no longer answer.
    let res = post(
        &member,
        &meeting,
        &format!("{meeting}/answer"),
        &[("answer", "no")],
    )
    .await;
    assert_eq!(res.status(), 409);
}

fn find_part<'a>(
    p: &'a mailparse::ParsedMail<'a>,
    mime: &str,
) -> Option<&'a mailparse::ParsedMail<'a>> {
    if p.ctype.mimetype == mime {
        return Some(p);
    }
    p.subparts.iter().find_map(|s| find_part(s, mime))
}

/// iCalendar lines longer than 75 octets are folded (CRLF + space): undo it.
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\n ", "")
}

#[tokio::test]
async fn a_decline_ends_the_introduction_and_both_sides_hear_the_reason() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let (project, ch) = ids(&app).await;
    let intro = introduce(&app, project, ch, "implementer").await;
    wait_own(&server, 2, WAIT).await;

    let member = app.browser(Some("ch-delegate")).await;
    let decline = format!("{intro}/decline");
    // A decline needs a reason; the refused form says so.
    let res = post(&member, &decline, &decline, &[("reason", "  ")]).await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.attr(".error-summary a", "href").as_deref(),
        Some("#reason")
    );
    let res = post(
        &member,
        &decline,
        &decline,
        &[("reason", "Our regional office is fully booked this year.")],
    )
    .await;
    assert_eq!(res.status(), 200);

    let mails = wait_own(&server, 4, WAIT).await;
    let declined: Vec<&Received> = mails
        .iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.starts_with("Introduction declined"))
        })
        .collect();
    assert_eq!(declined.len(), 2);
    for m in declined {
        let text = m.part("text/plain").unwrap();
        assert!(text.contains("fully booked this year"), "{text}");
    }
    // The other side can no longer answer.
    let delegate = app.browser(Some("mx-delegate")).await;
    let res = post(&delegate, &intro, &format!("{intro}/accept"), &[]).await;
    assert_eq!(res.status(), 409);
    // Switzerland is no longer suggested for this project.
    let f = app.browser(Some("facilitator")).await;
    let body = f
        .get(&format!("/facilitator/projects/{project}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !body.contains(&format!("organisation={ch}\"")),
        "a recent decliner is left out"
    );
    // …and the organisation is not a partner.
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    assert!(
        !json["partners"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == ch)
    );
}

#[tokio::test]
async fn an_unanswered_introduction_is_reminded_of_then_expires() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(
        true,
        smtp(&server, |s| {
            s.brokering.introduction_expiry = Duration::from_secs(6);
            s.brokering.introduction_reminder = Duration::from_secs(3);
            s.brokering.sweep_interval = Duration::from_millis(300);
        }),
    )
    .await;
    let (project, ch) = ids(&app).await;
    let intro = introduce(&app, project, ch, "supporter").await;
    // The project side answers; only the organisation is reminded.
    let delegate = app.browser(Some("mx-delegate")).await;
    let res = post(&delegate, &intro, &format!("{intro}/accept"), &[]).await;
    assert_eq!(res.status(), 200);

    // 2 proposals, 1 reminder (to the side that has not answered), 2 expiries.
    let mails = wait_own(&server, 5, WAIT).await;
    assert_eq!(
        mails.len(),
        5,
        "exactly one reminder and two expiry notices"
    );
    let reminders: Vec<&Received> = mails
        .iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.starts_with("Reminder:"))
        })
        .collect();
    assert_eq!(reminders.len(), 1);
    assert!(reminders[0].header("To").unwrap().contains("ch-delegate@"));
    let expired = mails
        .iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.starts_with("Introduction expired"))
        })
        .count();
    assert_eq!(expired, 2);
    let page = Page::parse(&delegate.get(&intro).await.text().await.unwrap());
    assert!(page.texts("dd strong").contains(&"Expired".to_owned()));
    // Accepting after expiry is refused.
    let member = app.browser(Some("ch-delegate")).await;
    let res = post(&member, &intro, &format!("{intro}/accept"), &[]).await;
    assert_eq!(res.status(), 409);
}

#[tokio::test]
async fn an_expression_of_interest_accepted_by_the_owner_makes_a_partner() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let (project, ch) = ids(&app).await;
    let page_path = format!("/projects/{project}");
    let member = app.browser(Some("ch-delegate")).await;

    // A refused form comes back on the project page with what was typed.
    let res = post(
        &member,
        &page_path,
        &format!("/projects/{project}/interest"),
        &[("offer", "training"), ("message", "")],
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.attr("#offer option[selected]", "value").as_deref(),
        Some("training")
    );
    assert_eq!(
        page.attr(".error-summary a", "href").as_deref(),
        Some("#message")
    );

    let res = post(
        &member,
        &page_path,
        &format!("/projects/{project}/interest"),
        &[
            ("offer", "training"),
            ("message", "We can train trainers in West Africa."),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let page = member.get(&page_path).await.text().await.unwrap();
    assert!(page.contains("the owners have not answered yet"), "{page}");

    // The owner's delegate hears of it and accepts with a role.
    let mails = wait_own(&server, 1, WAIT).await;
    let text = mails[0].part("text/plain").unwrap();
    assert!(mails[0].header("To").unwrap().contains("mx-delegate@"));
    assert!(text.contains("train trainers in West Africa"), "{text}");
    let answer = link(&text, "/interests/");
    let delegate = app.browser(Some("mx-delegate")).await;
    let res = post(
        &delegate,
        &answer,
        &format!("{answer}/accept"),
        &[("role", "implementer")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    assert!(
        json["partners"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == ch && p["role"] == "implementer")
    );
    // The organisation hears of it, with the owner's contact.
    let mails = wait_own(&server, 2, WAIT).await;
    let news = to(&mails, "ch-delegate@demo.example.org");
    let text = news[0].part("text/plain").unwrap();
    assert!(text.contains("mx-delegate@demo.example.org"), "{text}");
    // Facilitators see every expression of interest.
    let f = app.browser(Some("facilitator")).await;
    let body = f.get("/facilitator/interests").await.text().await.unwrap();
    assert!(body.contains("Switzerland"));
    assert!(body.contains("Accepted"));
}

#[tokio::test]
async fn only_facilitators_introduce() {
    let app = crate::helpers::spawn_app().await;
    let (project, ch) = ids(&app).await;
    for who in ["reviewer", "mx-delegate", "ch-delegate", "observer"] {
        let b = app.browser(Some(who)).await;
        assert_eq!(b.get("/facilitator").await.status(), 403, "{who}");
        let res = post(
            &b,
            "/",
            &format!("/facilitator/projects/{project}/introduce"),
            &[
                ("organisation", &ch.to_string()),
                ("role", "supporter"),
                ("message", "Hello"),
            ],
        )
        .await;
        assert_eq!(res.status(), 403, "{who} cannot introduce");
    }
    let visitor = app.browser(None).await;
    let res = visitor.get("/facilitator").await;
    assert_eq!(res.status(), 303);
    // An introduction is shown only to those concerned.
    let intro = introduce(&app, project, ch, "supporter").await;
    for (who, status) in [
        ("observer", 404),
        ("reviewer", 404),
        ("facilitator", 200),
        ("ch-delegate", 200),
        ("mx-delegate", 200),
    ] {
        let b = app.browser(Some(who)).await;
        assert_eq!(b.get(&intro).await.status(), status, "{who} on {intro}");
    }
    // The facilitator sees it but answers for nobody.
    let f = app.browser(Some("facilitator")).await;
    let res = post(&f, &intro, &format!("{intro}/accept"), &[]).await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn every_brokering_page_renders_in_every_language_without_showing_a_key() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let (project, ch) = ids(&app).await;
    let intro = introduce(&app, project, ch, "funder").await;
    let swiss = app.browser(Some("ch-delegate")).await;
    let res = post(
        &swiss,
        &format!("/projects/{project}"),
        &format!("/projects/{project}/interest"),
        &[("offer", "funding"), ("message", "We could fund it.")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let f = app.browser(Some("facilitator")).await;
    let body = f.get("/facilitator/interests").await.text().await.unwrap();
    let interest = Page::parse(&body)
        .attr("a[href^='/interests/']", "href")
        .expect("the expression of interest is listed");
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    let mx = json["owners"][0]["id"].as_i64().unwrap().to_string();
    let res = post(
        &f,
        &format!("/projects/{project}/meetings/new"),
        &format!("/projects/{project}/meetings/new"),
        &[
            ("organisation", mx.as_str()),
            ("title", "Courses"),
            ("date", "2027-03-01"),
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
    let meeting = res.headers()["location"].to_str().unwrap().to_owned();
    let meeting = meeting.split('?').next().unwrap().to_owned();
    let delegate = app.browser(Some("mx-delegate")).await;
    let pages: Vec<(&Browser, String)> = vec![
        (&f, "/facilitator".into()),
        (&f, format!("/facilitator/projects/{project}")),
        (
            &f,
            format!("/facilitator/projects/{project}/introduce?organisation={ch}"),
        ),
        (&f, "/facilitator/interests".into()),
        (&f, intro.clone()),
        (&delegate, format!("{intro}/accept")),
        (&delegate, format!("{intro}/decline")),
        (&delegate, interest.clone()),
        (&delegate, format!("/projects/{project}")),
        (&swiss, format!("/projects/{project}")),
        (&delegate, format!("/projects/{project}/meetings/new")),
        (&delegate, meeting.clone()),
        (&f, format!("{meeting}/edit")),
    ];
    for lang in pfp::domain::Language::ALL {
        for (who, path) in &pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let res = who.get(&format!("{path}{sep}lang={}", lang.code())).await;
            assert_eq!(res.status(), 200, "{path} in {lang}");
            let page = Page::parse(&res.text().await.unwrap());
            page.assert_well_formed(lang.code(), lang.dir());
            for word in page.texts("body").join(" ").split_whitespace() {
                let word = word.trim_end_matches(['.', ',', ':']);
                let looks_like_key = word.len() > 4
                    && word.contains('-')
                    && word.chars().all(|c| {
                        c.is_ascii_lowercase() || c == '-' || c == '_' || c.is_ascii_digit()
                    })
                    && (pfp::i18n::has_key(pfp::domain::Language::En, word)
                        || word.starts_with("brokering-"));
                assert!(!looks_like_key, "{path} in {lang}: shows the key {word}");
            }
        }
    }
}

/// The id of the organisation with `code`.
pub(crate) fn organisation_id(app: &TestApp, code: &str) -> i64 {
    use diesel::prelude::*;
    use pfp::db::schema::organisations;
    let id: i32 = organisations::table
        .filter(organisations::code.eq(code))
        .select(organisations::id)
        .first(&mut app.db().conn().unwrap())
        .expect("organisation");
    i64::from(id)
}

/// Proposes an introduction of the organisation `org` to `project`; returns its path.
pub(crate) async fn introduce_org(app: &TestApp, project: i64, org: i64) -> String {
    let f = app.browser(Some("facilitator")).await;
    let res = post(
        &f,
        &format!("/facilitator/projects/{project}/introduce?organisation={org}"),
        &format!("/facilitator/projects/{project}/introduce"),
        &[
            ("organisation", &org.to_string()),
            ("role", "technical_support"),
            (
                "message",
                "Your ministry funds case-worker training in the region; Mexico's course needs it.",
            ),
        ],
    )
    .await;
    let status = res.status();
    let to = location(&res);
    assert_eq!(
        status,
        303,
        "introduction proposed: {}",
        res.text().await.unwrap()
    );
    to.split('?').next().unwrap().to_owned()
}

#[tokio::test]
async fn an_organisation_without_accounts_is_reached_through_its_contact_and_accepts_from_the_mail()
{
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let project = app.project_id("unaccompanied").await;
    let scf = organisation_id(&app, "NL");

    // The candidate list offers to introduce the Netherlands: its contact point can be reached.
    let f = app.browser(Some("facilitator")).await;
    let (_, body) = f.page(&format!("/facilitator/projects/{project}")).await;
    assert!(
        body.contains(&format!("introduce?organisation={scf}")),
        "the Netherlands can be introduced:\n{body}"
    );

    let intro = introduce_org(&app, project, scf).await;
    let mails = wait_own(&server, 2, WAIT).await;
    let contact = to(&mails, "migration-development@minbuza.example.org");
    assert_eq!(contact.len(), 1, "the role mailbox gets the introduction");
    let text = contact[0].part("text/plain").unwrap();
    assert!(text.contains("Migration and Development Desk"), "{text}");
    assert!(
        text.contains("case-worker training"),
        "the facilitator's message: {text}"
    );
    assert!(text.contains("do not forward it"), "{text}");
    let accept = link(&text, "/reply/");
    assert!(accept.ends_with("?answer=accept"), "{accept}");
    let reply = accept.trim_end_matches("?answer=accept").to_owned();

    // The link opens the introduction without signing in.
    let contact_browser = app.browser(None).await;
    let (status, body) = contact_browser.page(&accept).await;
    assert_eq!(status, 200, "{body}");
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert!(body.contains("Protection of unaccompanied migrant children"));
    let why = page.texts("ul.reasons li");
    assert!(!why.is_empty(), "why this organisation, in words: {body}");
    assert!(body.contains("migration-development@minbuza.example.org"));

    // A refused form keeps what was typed and says what to fix.
    let res = post(
        &contact_browser,
        &reply,
        &format!("{reply}/accept"),
        &[
            ("name", "Amal Haddad"),
            ("password", "short"),
            ("language", "fr"),
        ],
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(page.attr("#name", "value").as_deref(), Some("Amal Haddad"));
    assert_eq!(
        page.attr("#language option[selected]", "value").as_deref(),
        Some("fr")
    );
    assert_eq!(page.texts("#password-error").len(), 1);

    // Accepting creates the account and signs in, in one step.
    let res = post(
        &contact_browser,
        &reply,
        &format!("{reply}/accept"),
        &[
            ("name", "Amal Haddad"),
            ("password", "a long enough passphrase"),
            ("language", "en"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{intro}?done=accepted"));
    let (status, body) = contact_browser.page(&location(&res)).await;
    assert_eq!(status, 200, "signed in, the introduction shows: {body}");
    assert!(body.contains("your account is ready"), "{body}");
    let person = pfp::db::queries::people::by_email(
        &mut app.db().conn().unwrap(),
        "migration-development@minbuza.example.org",
    )
    .unwrap()
    .expect("the account exists");
    assert_eq!(
        person.role, "delegate",
        "a government's people are its delegates"
    );
    assert_eq!(person.organisation_id, Some(scf as i32));
    assert!(
        person.email_verified_at.is_some(),
        "the link verified the address"
    );

    // The link worked once.
    let (status, body) = app.browser(None).await.page(&reply).await;
    assert_eq!(status, 410);
    assert_eq!(
        Page::parse(&body).texts("h1"),
        ["This link has already been used"]
    );

    // Mexico finds it under "Waiting for your answer", with its deadline.
    let mx = app.browser(Some("mx-delegate")).await;
    let (status, body) = mx.page("/introductions").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert!(
        body.contains(&format!("href=\"{intro}\"")),
        "the introduction is listed: {body}"
    );
    assert!(
        body.contains("Netherlands proposed for your project"),
        "{body}"
    );
    // Once answered by the Netherlands, nothing waits for it there.
    let (_, theirs) = contact_browser.page("/introductions").await;
    assert!(
        theirs.contains("Nothing is waiting for your answer"),
        "{theirs}"
    );

    // Mexico accepts: the Netherlands is a partner.
    let res = post(
        &mx,
        &format!("{intro}/accept"),
        &format!("{intro}/accept"),
        &[],
    )
    .await;
    assert_eq!(res.status(), 200);
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    assert!(
        json["partners"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["code"] == "NL"),
        "{json}"
    );
}

#[tokio::test]
async fn a_contact_declines_without_an_account_and_a_forged_link_is_refused() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let project = app.project_id("unaccompanied").await;
    let nl = organisation_id(&app, "cs:SCF");
    introduce_org(&app, project, nl).await;
    let mails = wait_own(&server, 2, WAIT).await;
    let text = to(&mails, "partnerships@savethechildren.example.org")[0]
        .part("text/plain")
        .unwrap();
    let decline = link(&text, "/reply/");
    let reply = decline.split('?').next().unwrap().to_owned();

    let b = app.browser(None).await;
    let res = post(&b, &reply, &format!("{reply}/decline"), &[("reason", "")]).await;
    assert_eq!(res.status(), 422, "a reason is needed");
    let res = post(
        &b,
        &reply,
        &format!("{reply}/decline"),
        &[(
            "reason",
            "Our country office handles this; please write to it.",
        )],
    )
    .await;
    assert_eq!(res.status(), 200);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(page.texts("h1"), ["You declined the introduction"]);
    assert!(
        pfp::db::queries::people::by_email(
            &mut app.db().conn().unwrap(),
            "partnerships@savethechildren.example.org"
        )
        .unwrap()
        .is_none(),
        "no account was made"
    );
    // Mexico hears why.
    let outcome = server.wait_for(3, WAIT).await;
    assert!(
        outcome.iter().any(|m| m
            .part("text/plain")
            .is_some_and(|t| t.contains("Our country office handles this"))),
        "the reason reaches the project's side"
    );

    for (forged, status, title) in [
        ("/reply/0000", 404, "This link is not valid"),
        (reply.as_str(), 410, "This link has already been used"),
    ] {
        let (s, body) = app.browser(None).await.page(forged).await;
        assert_eq!(s, status, "{forged}");
        let page = Page::parse(&body);
        page.assert_well_formed("en", "ltr");
        assert_eq!(page.texts("h1"), [title], "{forged}");
    }
}

#[tokio::test]
async fn a_facilitator_adds_a_contact_from_the_candidate_card_and_the_public_page_shows_only_what_was_agreed()
 {
    let app = spawn_app_configured(true, |_| {}).await;
    let project = app.project_id("unaccompanied").await;
    let ilo = organisation_id(&app, "org:ILO");
    let f = app.browser(Some("facilitator")).await;
    let candidates = format!("/facilitator/projects/{project}");
    let (_, body) = f.page(&candidates).await;
    let card = format!("action=\"/organisations/{ilo}/contacts\"");
    assert!(
        body.contains(&card),
        "the ILO card offers to add a contact:\n{body}"
    );
    assert!(!body.contains(&format!("introduce?organisation={ilo}\"")));
    assert!(
        body.contains("fit 100/100"),
        "the best candidate states the scale"
    );

    // The list filters: those introducible now, those that need a contact first.
    let (_, ready) = f.page(&format!("{candidates}?show=ready")).await;
    let (_, needing) = f.page(&format!("{candidates}?show=contact")).await;
    let card_of = |id: i64| format!("id=\"candidate-{id}\"");
    assert!(!ready.contains(&card_of(ilo)) && needing.contains(&card_of(ilo)));
    let ch = organisation_id(&app, "CH");
    assert!(ready.contains(&card_of(ch)) && !needing.contains(&card_of(ch)));

    // A mistyped address comes back with what was typed.
    let res = post(
        &f,
        &candidates,
        &format!("/organisations/{ilo}/contacts"),
        &[
            ("back", &candidates),
            ("kind", "mailbox"),
            ("name", "ILO Partnerships"),
            ("email", "partnerships at ilo"),
            ("lang", "fr"),
        ],
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        page.attr("#name", "value").as_deref(),
        Some("ILO Partnerships")
    );
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("partnerships at ilo")
    );
    assert_eq!(page.texts("#email-error").len(), 1);

    let res = post(
        &f,
        &candidates,
        &format!("/organisations/{ilo}/contacts"),
        &[
            ("back", &candidates),
            ("kind", "mailbox"),
            ("name", "ILO Partnerships"),
            ("title", "Partnerships and Field Support"),
            ("email", "partnerships@ilo.example.org"),
            ("lang", "fr"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        location(&res),
        format!("{candidates}?done=contact#candidate-{ilo}")
    );
    let (_, body) = f.page(&location(&res)).await;
    assert!(body.contains("can be introduced now"), "{body}");
    assert!(body.contains(&format!("introduce?organisation={ilo}\"")));

    // The public page shows the name and title, not the address (the default).
    let (_, body) = app
        .browser(None)
        .await
        .page(&format!("/organisations/{ilo}"))
        .await;
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert!(
        page.texts("section[aria-labelledby=contact-points-heading] li")
            == ["ILO Partnerships , Partnerships and Field Support"],
        "{body}"
    );
    assert!(!body.contains("partnerships@ilo.example.org"));

    // Only keepers see the list with the addresses.
    let observer = app.browser(Some("observer")).await;
    let (status, _) = observer
        .page(&format!("/organisations/{ilo}/contacts"))
        .await;
    assert_eq!(status, 403);
    let (status, body) = f.page(&format!("/organisations/{ilo}/contacts")).await;
    assert_eq!(status, 200);
    assert!(body.contains("partnerships@ilo.example.org"));
}

#[tokio::test]
async fn a_contact_address_that_bounces_is_marked_unreachable_on_the_candidate_card() {
    let server = SmtpServer::start_with(SmtpOptions {
        reject: vec!["migration-development@minbuza.example.org".into()],
        ..SmtpOptions::default()
    });
    let clock = pfp::clock::Clock::at(chrono::Utc::now().naive_utc());
    let app = spawn_app_configured(true, {
        let clock = clock.clone();
        smtp(&server, move |s| s.clock = clock)
    })
    .await;
    let project = app.project_id("unaccompanied").await;
    let nl = organisation_id(&app, "NL");
    let intro = introduce_org(&app, project, nl).await;
    // Mexico's copy arrives; the Netherlands' is refused for good (550).
    wait_own(&server, 1, WAIT).await;
    let f = app.browser(Some("facilitator")).await;
    let contacts = format!("/organisations/{nl}/contacts");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let (_, body) = f.page(&contacts).await;
        if body.contains("Mail to this address bounces") {
            assert!(body.contains("550"), "the server's reply is shown: {body}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never marked:\n{body}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Once the open introduction is settled, the card says why it cannot be introduced.
    let mx = app.browser(Some("mx-delegate")).await;
    let res = post(
        &mx,
        &format!("{intro}/decline"),
        &format!("{intro}/decline"),
        &[("reason", "Not now")],
    )
    .await;
    assert_eq!(res.status(), 200);
    // Declined introductions are left out of the list for a while: let it pass.
    clock.advance(chrono::Duration::days(
        pfp::app::brokering::DECLINED_DAYS + 1,
    ));
    let f = app.browser(Some("facilitator")).await;
    let (_, body) = f.page(&format!("/facilitator/projects/{project}")).await;
    assert!(body.contains("contact point bounces"), "{body}");
    assert!(!body.contains(&format!("introduce?organisation={nl}\"")));
}
