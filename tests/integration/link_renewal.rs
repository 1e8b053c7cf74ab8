//! What can go wrong under an introduction sent by personal link: a link that no longer
//! works (used, expired, cut in two) says which and lets the person ask the facilitator
//! for a new one, who hears of it once, while nobody learns whether an address is known;
//! an organisation merged into another keeps its introductions and says so; two contacts
//! of one organisation accepting at once make one partner.

use std::time::Duration;

use crate::brokering::{WAIT, introduce_org, link, organisation_id, post, smtp, to, wait_own};
use crate::helpers::{Page, TestApp, spawn_app_configured};
use crate::mail_helpers::{Received, SmtpServer};

const FACILITATOR: &str = "facilitator@demo.example.org";

/// The requests for a new link that reached the facilitator.
fn renewals(server: &SmtpServer) -> Vec<Received> {
    to(&server.received(), FACILITATOR)
        .into_iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("asks for a new introduction link"))
        })
        .cloned()
        .collect()
}

/// Waits until `n` requests arrived, then a moment more for any that should not.
async fn wait_renewals(server: &SmtpServer, n: usize) -> Vec<Received> {
    let deadline = std::time::Instant::now() + WAIT;
    while renewals(server).len() < n {
        assert!(
            std::time::Instant::now() < deadline,
            "{n} requests expected"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    renewals(server)
}

/// The reply link in the introduction mailed to `address`, without its `?answer=`.
fn reply_of(mails: &[Received], address: &str) -> String {
    let text = to(mails, address)[0].part("text/plain").unwrap();
    link(&text, "/reply/").split('?').next().unwrap().to_owned()
}

async fn renew(app: &TestApp, reply: &str, fields: &[(&str, &str)]) -> (u16, Page) {
    let b = app.browser(None).await;
    let res = post(&b, reply, &format!("{reply}/renew"), fields).await;
    let status = res.status().as_u16();
    (status, Page::parse(&res.text().await.unwrap()))
}

#[tokio::test]
async fn a_used_cut_or_expired_link_lets_the_contact_ask_the_facilitator_for_a_new_one() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(
        true,
        smtp(&server, |s| {
            s.brokering.introduction_expiry = Duration::from_secs(10);
            s.brokering.introduction_reminder = Duration::from_secs(1);
            s.brokering.sweep_interval = Duration::from_millis(300);
        }),
    )
    .await;
    let project = app.project_id("unaccompanied").await;
    introduce_org(&app, project, organisation_id(&app, "cs:SCF")).await;
    introduce_org(&app, project, organisation_id(&app, "NL")).await;
    let mails = wait_own(&server, 4, WAIT).await;
    let scf = reply_of(&mails, "partnerships@savethechildren.example.org");
    let nl = reply_of(&mails, "migration-development@minbuza.example.org");

    // Used: declined once, the link says so and offers to ask for a new one.
    let b = app.browser(None).await;
    let res = post(
        &b,
        &scf,
        &format!("{scf}/decline"),
        &[("reason", "Wrong office.")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let (status, body) = app.browser(None).await.page(&scf).await;
    assert_eq!(status, 410);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(page.texts("h1"), ["This link has already been used"]);
    assert_eq!(
        page.texts("#renew-heading"),
        ["Ask the facilitator for a new link"]
    );
    assert!(
        page.texts("#email").is_empty(),
        "the link names its contact"
    );

    let (status, page) = renew(
        &app,
        &scf,
        &[("message", "Our regional office would like to reconsider.")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(page.texts("h1"), ["Your request has been sent"]);
    let got = wait_renewals(&server, 1).await;
    assert_eq!(got.len(), 1);
    let text = got[0].part("text/plain").unwrap();
    assert!(
        text.contains("partnerships@savethechildren.example.org"),
        "{text}"
    );
    assert!(
        text.contains("Protection of unaccompanied migrant children"),
        "{text}"
    );
    assert!(text.contains("Their link had already been used."), "{text}");
    assert!(
        text.contains("Our regional office would like to reconsider."),
        "{text}"
    );
    assert!(
        text.contains(&format!("/facilitator/projects/{project}")),
        "the facilitator can propose it again from the queue: {text}"
    );
    // Asking twice the same day tells the facilitator once.
    let (status, _) = renew(&app, &scf, &[("message", "")]).await;
    assert_eq!(status, 200);
    assert_eq!(wait_renewals(&server, 1).await.len(), 1);

    // Cut in two: the page asks for the address; a wrong one comes back with what was typed.
    let cut = &nl[..nl.len() - 10];
    let (status, body) = app.browser(None).await.page(cut).await;
    assert_eq!(status, 404);
    let page = Page::parse(&body);
    assert_eq!(page.texts("h1"), ["This link is not valid"]);
    assert_eq!(page.attr("#email", "type").as_deref(), Some("email"));
    let (status, page) = renew(
        &app,
        cut,
        &[
            ("email", "migration-development at minbuza"),
            ("message", "The link broke."),
        ],
    )
    .await;
    assert_eq!(status, 422);
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("migration-development at minbuza")
    );
    assert_eq!(page.texts("#message"), ["The link broke."]);
    assert_eq!(page.texts("#email-error").len(), 1);
    // An address nobody sent a link to: the same answer, and no mail.
    let (status, page) = renew(
        &app,
        cut,
        &[("email", "someone@example.net"), ("message", "")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(page.texts("h1"), ["Your request has been sent"]);
    // The address the link went to: the facilitator hears of it.
    let (status, _) = renew(
        &app,
        cut,
        &[
            ("email", "Migration-Development@minbuza.example.org"),
            ("message", "The link broke."),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let got = wait_renewals(&server, 2).await;
    assert_eq!(
        got.len(),
        2,
        "one more request, none for the unknown address"
    );
    let text = got
        .iter()
        .filter_map(|m| m.part("text/plain"))
        .find(|t| t.contains("Netherlands"))
        .expect("the request for the Netherlands' link");
    assert!(text.contains("did not open"), "{text}");

    // Expired: once the introduction runs out of time its link says so, and offers the form.
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let (status, body) = app.browser(None).await.page(&nl).await;
        if status == 410 {
            let page = Page::parse(&body);
            assert_eq!(page.texts("h1"), ["This link has expired"]);
            assert_eq!(page.texts("#renew-heading").len(), 1);
            break;
        }
        assert_eq!(status, 200, "{body}");
        assert!(
            std::time::Instant::now() < deadline,
            "the introduction expires"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let (status, _) = renew(&app, &nl, &[("message", "")]).await;
    assert_eq!(status, 200);
    let got = wait_renewals(&server, 3).await;
    assert!(
        got.iter()
            .filter_map(|m| m.part("text/plain"))
            .any(|t| t.contains("Netherlands") && t.contains("Their link had expired")),
        "the request after expiry"
    );
}

#[tokio::test]
async fn a_closed_introduction_offers_no_new_link() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let project = app.project_id("unaccompanied").await;
    let intro = introduce_org(&app, project, organisation_id(&app, "cs:SCF")).await;
    let mails = wait_own(&server, 2, WAIT).await;
    let scf = reply_of(&mails, "partnerships@savethechildren.example.org");
    // Mexico declines first: the link is closed, and a new one would not help.
    let mx = app.browser(Some("mx-delegate")).await;
    let decline = format!("{intro}/decline");
    let res = post(
        &mx,
        &decline,
        &decline,
        &[("reason", "Not needed any more.")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let (status, body) = app.browser(None).await.page(&scf).await;
    assert_eq!(status, 410);
    let page = Page::parse(&body);
    assert_eq!(
        page.texts("h1"),
        ["This introduction has already been answered"]
    );
    assert!(page.texts("#renew-heading").is_empty());
    // Posting anyway (the form of an earlier visit) answers the same page.
    let b = app.browser(None).await;
    let csrf = b.csrf("/").await;
    let res = b
        .post_form(
            &format!("{scf}/renew"),
            &[("csrf_token", csrf.as_str()), ("message", "")],
        )
        .await;
    assert_eq!(res.status(), 410);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.texts("h1"),
        ["This introduction has already been answered"]
    );
    assert!(renewals(&server).is_empty());
}

#[tokio::test]
async fn a_link_to_an_organisation_since_merged_says_so() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let children = app.project_id("unaccompanied").await;
    let (scf, nl) = (organisation_id(&app, "cs:SCF"), organisation_id(&app, "NL"));
    // Two other candidates the facilitator could introduce (not partners yet).
    let (_, candidates) = app
        .browser(Some("facilitator"))
        .await
        .page(&format!("/facilitator/projects/{children}"))
        .await;
    let others: Vec<i64> = candidates
        .split("introduce?organisation=")
        .skip(1)
        .filter_map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .filter(|id| *id != scf && *id != nl)
        .collect();
    let (other, greece) = (others[0], organisation_id(&app, "GR"));
    introduce_org(&app, children, scf).await;
    introduce_org(&app, children, other).await;
    let moved = introduce_org(&app, children, nl).await;
    let mails = wait_own(&server, 5, WAIT).await;
    let to_scf = reply_of(&mails, "partnerships@savethechildren.example.org");
    let to_nl = reply_of(&mails, "migration-development@minbuza.example.org");

    // Two organisations turn out to be entered twice: the administrator merges them.
    let admin = app.browser(Some("administrator")).await;
    for (duplicate, keep) in [(scf, other), (nl, greece)] {
        let merge = format!("/admin/organisations/{duplicate}/merge");
        let res = post(&admin, &merge, &merge, &[("keep", &keep.to_string())]).await;
        assert_eq!(res.status(), 303);
    }

    // The open introduction moved with its organisation; its link still works, saying so.
    let (status, body) = app.browser(None).await.page(&to_nl).await;
    assert_eq!(status, 200, "{body}");
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    let notice = page.texts("p.notice").join(" ");
    assert!(notice.contains("made for Netherlands"), "{notice}");
    let (status, body) = app.browser(Some("facilitator")).await.page(&moved).await;
    assert_eq!(status, 200);
    assert!(
        Page::parse(&body)
            .texts("p.notice")
            .join(" ")
            .contains("made for Netherlands"),
        "{body}"
    );
    // The kept organisation already had its own open introduction to the project: the
    // duplicate's is closed, and its link says why.
    let (status, body) = app.browser(None).await.page(&to_scf).await;
    assert_eq!(status, 410);
    assert_eq!(
        Page::parse(&body).texts("h1"),
        ["This introduction no longer exists"]
    );
}

#[tokio::test]
async fn two_contacts_accepting_at_once_make_one_partner() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server, |_| {})).await;
    let project = app.project_id("unaccompanied").await;
    let nl = organisation_id(&app, "NL");
    // The Netherlands has a second contact point: a named person.
    let f = app.browser(Some("facilitator")).await;
    let candidates = format!("/facilitator/projects/{project}");
    let res = post(
        &f,
        &candidates,
        &format!("/organisations/{nl}/contacts"),
        &[
            ("back", &candidates),
            ("kind", "person"),
            ("name", "Joost de Vries"),
            ("email", "joost.devries@minbuza.example.org"),
            ("lang", "en"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let intro = introduce_org(&app, project, nl).await;
    let mails = wait_own(&server, 3, WAIT).await;
    let (a, b) = (
        reply_of(&mails, "migration-development@minbuza.example.org"),
        reply_of(&mails, "joost.devries@minbuza.example.org"),
    );
    // Mexico has accepted already: the first of the two to accept makes the partner.
    let mx = app.browser(Some("mx-delegate")).await;
    let accept = format!("{intro}/accept");
    assert_eq!(post(&mx, &accept, &accept, &[]).await.status(), 200);

    let (first, second) = (app.browser(None).await, app.browser(None).await);
    let form = |name: &'static str| {
        [
            ("name", name),
            ("password", "a long enough passphrase"),
            ("language", "en"),
        ]
    };
    let (to_a, to_b) = (format!("{a}/accept"), format!("{b}/accept"));
    let (fa, fb) = (form("Desk"), form("Joost de Vries"));
    let (ra, rb) = tokio::join!(post(&first, &a, &to_a, &fa), post(&second, &b, &to_b, &fb),);
    let mut statuses = [ra.status().as_u16(), rb.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(
        statuses,
        [303, 410],
        "one answer is taken, the other told it is settled"
    );
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    let times = json["partners"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"] == "NL")
        .count();
    assert_eq!(times, 1, "{json}");
}
