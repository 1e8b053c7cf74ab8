//! Accounts end to end: invitations (through a real SMTP server), joining, registration
//! with address confirmation, password reset, refused forms, and `pfp user add`.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use diesel::prelude::*;
use pfp::config::Settings;
use pfp::db::DbConn;
use pfp::db::schema::{account_tokens, audit_events, organisations, outbox};

use crate::helpers::{Page, TestApp, spawn_app, spawn_app_configured};
use crate::mail_helpers::{Received, SmtpServer, smtp_at};

/// Public address of the test apps: plain HTTP, so the session cookie is not `Secure`
/// and the test client sends it back.
const BASE_URL: &str = "http://pfp.test";
const PASSWORD: &str = "correct horse battery";

/// Points the app at `server`, with public links on [`BASE_URL`].
fn smtp(server: &SmtpServer) -> impl FnOnce(&mut Settings) + use<> {
    smtp_at(server, BASE_URL)
}

/// A browser: its own cookies, no redirects followed.
struct Client {
    client: reqwest::Client,
    address: String,
}

impl Client {
    fn new(app: &TestApp) -> Client {
        Client {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .cookie_store(true)
                .build()
                .expect("client"),
            address: app.address.clone(),
        }
    }

    /// Signed in with one click as a demo account (`administrator`, `facilitator`, …).
    async fn demo(app: &TestApp, who: &str) -> Client {
        let c = Client::new(app);
        let csrf = c.csrf("/login").await;
        let res = c
            .post("/demo/sign-in", &[("csrf_token", &csrf), ("who", who)])
            .await;
        assert_eq!(res.status(), 303, "demo sign-in as {who}");
        c
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        (res.status().as_u16(), res.text().await.expect("body"))
    }

    /// The CSRF token of the forms on `path`.
    async fn csrf(&self, path: &str) -> String {
        let (_, body) = self.get_text(path).await;
        Page::parse(&body)
            .attr("input[name=csrf_token]", "value")
            .unwrap_or_else(|| panic!("{path} has a form with a CSRF token"))
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(fields)
            .send()
            .await
            .expect("request sent")
    }

    /// POSTs `fields` to `path` with the CSRF token of the page `form_page`.
    async fn submit(&self, form_page: &str, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let csrf = self.csrf(form_page).await;
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        let res = self.post(path, &all).await;
        (res.status().as_u16(), res.text().await.expect("body"))
    }

    /// Signs in with a password; returns the status (303 when it worked).
    async fn sign_in(&self, email: &str, password: &str) -> (u16, String) {
        self.submit(
            "/login",
            "/login",
            &[
                ("email", email),
                ("password", password),
                ("next", "/account"),
            ],
        )
        .await
    }

    /// Whether a person is signed in (the account page answers instead of redirecting).
    async fn signed_in(&self) -> bool {
        self.get("/account").await.status() == 200
    }
}

fn conn(app: &TestApp) -> pfp::db::Conn {
    app.db().conn().expect("connection")
}

/// The single-use link (`{BASE_URL}{prefix}{64 hex}`) in a text, as a path.
fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(&format!("{BASE_URL}{prefix}"))
        .unwrap_or_else(|| panic!("a {prefix} link in {text}"))
        + BASE_URL.len();
    let path: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
        .collect();
    assert_eq!(path.len(), prefix.len() + 64, "{path}");
    path
}

fn mail_to<'a>(received: &'a [Received], to: &str) -> &'a Received {
    received
        .iter()
        .find(|m| m.header("To").as_deref() == Some(to))
        .unwrap_or_else(|| panic!("a message to {to}"))
}

fn person(c: &mut DbConn, email: &str) -> Option<pfp::db::queries::people::Person> {
    pfp::db::queries::people::by_email(c, email).expect("query")
}

/// Form fields.
type Fields<'a> = &'a [(&'a str, &'a str)];

/// Values of `attr` on every element matching `css`.
fn attrs(body: &str, css: &str, attr: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(body);
    let sel = scraper::Selector::parse(css).expect("selector");
    html.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

/// The token of the last message of `kind` queued to `to`, read from the outbox.
fn queued_link(app: &TestApp, kind: &str, to: &str) -> String {
    let data: String = outbox::table
        .filter(outbox::template.eq(kind))
        .filter(outbox::recipient.eq(to))
        .order(outbox::id.desc())
        .select(outbox::data)
        .first(&mut conn(app))
        .expect("a queued message");
    let json: serde_json::Value = serde_json::from_str(&data).expect("JSON");
    json["path"].as_str().expect("a link").to_owned()
}

/// An account with a password, verified (as `pfp user add` makes them).
fn add_person(app: &TestApp, email: &str, name: &str, password: &str) -> i32 {
    let hash = pfp::secrets::password::hash(password).expect("hash");
    let account = pfp::app::accounts::NewAccount {
        email: pfp::domain::person::EmailAddress::parse(email).expect("address"),
        name: name.into(),
        role: pfp::domain::Role::Observer,
        organisation: None,
        lang: pfp::domain::Language::En,
    };
    let mut c = conn(app);
    c.transaction(|c| {
        pfp::app::accounts::add_user(c, &account, &hash, chrono::Utc::now().naive_utc())
    })
    .expect("database")
    .expect("account created")
}

#[tokio::test]
async fn an_invitation_arrives_by_mail_and_its_link_signs_the_person_in_once() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    let admin = Client::demo(&app, "administrator").await;

    let (status, body) = admin.get_text("/invitations/new").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        attrs(&body, "select#role option", "value"),
        ["facilitator", "reviewer", "delegate"]
    );
    // An administrator invites delegates (governments) but no members: no other kind.
    let organisations = attrs(&body, "select#organisation option", "value");
    assert_eq!(organisations[0], "");
    assert!(organisations.contains(&"MX".to_owned()));
    assert!(!organisations.contains(&"org:IOM".to_owned()));

    let (status, body) = admin
        .submit(
            "/invitations/new",
            "/invitations/new",
            &[
                ("email", "Nadia.Haddad@Example.org"),
                ("name", "Nadia Haddad"),
                ("role", "facilitator"),
                ("organisation", ""),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let page = Page::parse(&body);
    assert_eq!(
        page.texts(".notice"),
        ["Invitation sent to Nadia Haddad (nadia.haddad@example.org)."]
    );
    // A blank form for the next one.
    assert_eq!(page.attr("#email", "value").as_deref(), Some(""));

    let received = server.wait_for(1, Duration::from_secs(30)).await;
    assert_eq!(received.len(), 1);
    let mail = mail_to(&received, "nadia.haddad@example.org");
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Invitation à rejoindre la Plateforme pour les partenariats")
    );
    let text = mail.part("text/plain").expect("a text part");
    assert!(text.contains("Bonjour Nadia Haddad,"), "{text}");
    assert!(
        text.contains("Platform administrator vous invite à rejoindre la Plateforme pour les partenariats avec le rôle « Facilitateur »."),
        "{text}"
    );
    assert!(text.contains("expire dans 7 jours"), "{text}");
    let link = link_in(&text, "/join/");
    let html = mail.part("text/html").expect("an HTML part");
    assert!(
        html.contains(&format!("href=\"{BASE_URL}{link}\"")),
        "{html}"
    );

    // Stored: the person (no password yet), only the token's hash, the audit entry.
    let token = link.trim_start_matches("/join/");
    let mut c = conn(&app);
    let nadia = person(&mut c, "nadia.haddad@example.org").expect("the invited person");
    assert_eq!(nadia.role, "facilitator");
    assert_eq!(nadia.lang, "fr");
    assert!(nadia.active && nadia.password_hash.is_none() && nadia.email_verified_at.is_none());
    let tokens: Vec<(String, String, chrono::NaiveDateTime, chrono::NaiveDateTime)> =
        account_tokens::table
            .filter(account_tokens::person_id.eq(nadia.id))
            .select((
                account_tokens::token_hash,
                account_tokens::purpose,
                account_tokens::created_at,
                account_tokens::expires_at,
            ))
            .load(&mut c)
            .unwrap();
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].0, pfp::secrets::token::hash_token(token));
    assert_eq!(tokens[0].1, "invitation");
    assert_eq!(tokens[0].3 - tokens[0].2, chrono::Duration::days(7));
    let admin_id = person(&mut c, "admin@demo.example.org").unwrap().id;
    let audited: Vec<Option<i32>> = audit_events::table
        .filter(audit_events::action.eq("person.invited"))
        .filter(audit_events::subject_id.eq(nadia.id))
        .select(audit_events::person_id)
        .load(&mut c)
        .unwrap();
    assert_eq!(audited, [Some(admin_id)]);

    // The invited person opens the link: name prefilled, a password to choose.
    let browser = Client::new(&app);
    let (status, body) = browser.get_text(&link).await;
    assert_eq!(status, 200, "{body}");
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(page.attr("#name", "value").as_deref(), Some("Nadia Haddad"));
    assert_eq!(page.attr("#password", "type").as_deref(), Some("password"));
    assert!(body.contains("nadia.haddad@example.org"));

    let csrf = browser.csrf(&link).await;
    let res = browser
        .post(
            &link,
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Nadia Haddad-Lee"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account");
    let (status, body) = browser.get_text("/account").await;
    assert_eq!(status, 200);
    assert!(body.contains("Nadia Haddad-Lee"), "{body}");
    let nadia = person(&mut c, "nadia.haddad@example.org").unwrap();
    assert!(nadia.password_hash.is_some() && nadia.email_verified_at.is_some());
    assert_eq!(nadia.name, "Nadia Haddad-Lee");

    // The link worked once.
    let (status, body) = Client::new(&app).get_text(&link).await;
    assert_eq!(status, 410, "{body}");
    assert!(
        Page::parse(&body)
            .texts("h1")
            .contains(&"This link has already been used".to_owned())
    );
    let again = Client::new(&app);
    let csrf = again.csrf("/login").await;
    let res = again
        .post(
            &link,
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Someone Else"),
                ("password", "another long password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 410);
    assert!(!again.signed_in().await);

    // And the chosen password signs in.
    let later = Client::new(&app);
    let (status, _) = later.sign_in("nadia.haddad@example.org", PASSWORD).await;
    assert_eq!(status, 303);
    assert!(later.signed_in().await);
}

#[tokio::test]
async fn expired_and_unknown_invitation_links_say_so_with_410_and_404() {
    // The app's clock is set, so the link can be made to run out by moving it on.
    let clock = pfp::clock::Clock::at(chrono::Utc::now().naive_utc());
    let app = spawn_app_configured(true, {
        let clock = clock.clone();
        move |s| s.clock = clock
    })
    .await;
    let facilitator = Client::demo(&app, "facilitator").await;
    let (status, body) = facilitator
        .submit(
            "/invitations/new",
            "/invitations/new",
            &[
                ("email", "delegate@gob.mx"),
                ("name", "Luis Pérez"),
                ("role", "delegate"),
                ("organisation", "MX"),
                ("language", "es"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let link = queued_link(&app, "invitation", "delegate@gob.mx");
    let invitee = Client::new(&app);
    let (status, body) = invitee.get_text(&link).await;
    assert_eq!(status, 200);
    assert!(body.contains("Mexico"), "the organisation is shown: {body}");

    // An invitation is valid for 7 days.
    clock.advance(chrono::Duration::days(6));
    assert_eq!(invitee.get_text(&link).await.0, 200, "still valid on day 6");
    clock.advance(chrono::Duration::days(1) + chrono::Duration::minutes(1));

    let (status, body) = invitee.get_text(&link).await;
    assert_eq!(status, 410, "{body}");
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(page.texts("h1"), ["This link has expired"]);
    let csrf = invitee.csrf("/login").await;
    let res = invitee
        .post(
            &link,
            &[
                ("csrf_token", csrf.as_str()),
                ("name", "Luis Pérez"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 410);
    assert!(
        person(&mut conn(&app), "delegate@gob.mx")
            .unwrap()
            .password_hash
            .is_none()
    );

    for path in [
        format!("/join/{}", "0".repeat(64)),
        "/join/not-a-token".to_owned(),
        format!("/verify/{}", "0".repeat(64)),
        format!("/password/reset/{}", "0".repeat(64)),
        // A token is only good for its own purpose.
        link.replace("/join/", "/password/reset/"),
    ] {
        let (status, body) = invitee.get_text(&path).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(
            Page::parse(&body).texts("h1"),
            ["This link is not valid"],
            "{path}"
        );
    }
}

#[tokio::test]
async fn an_invited_person_who_lost_the_invitation_joins_through_a_password_reset() {
    let app = spawn_app().await;
    let admin = Client::demo(&app, "administrator").await;
    let (status, _) = admin
        .submit(
            "/invitations/new",
            "/invitations/new",
            &[
                ("email", "claire@example.org"),
                ("name", "Claire Dupont"),
                ("role", "reviewer"),
                ("organisation", ""),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let invitation = queued_link(&app, "invitation", "claire@example.org");

    let claire = Client::new(&app);
    let (status, _) = claire
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "claire@example.org")],
        )
        .await;
    assert_eq!(status, 200);
    let reset = queued_link(&app, "password_reset", "claire@example.org");
    let (status, _) = claire
        .submit(&reset, &reset, &[("password", PASSWORD)])
        .await;
    assert_eq!(status, 303);
    assert!(claire.signed_in().await);
    let mut c = conn(&app);
    assert!(
        person(&mut c, "claire@example.org")
            .unwrap()
            .email_verified_at
            .is_some()
    );

    // The invitation has nothing left to do.
    let (status, body) = Client::new(&app).get_text(&invitation).await;
    assert_eq!(status, 410);
    assert_eq!(
        Page::parse(&body).texts("h1"),
        ["This link has already been used"]
    );
}

#[tokio::test]
async fn refused_invitations_keep_what_was_typed_and_tampering_is_forbidden() {
    let app = spawn_app().await;

    // Who may open the page at all.
    let res = Client::new(&app).get("/invitations/new").await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"],
        "/login?next=%2Finvitations%2Fnew"
    );
    for who in ["observer", "mx-delegate", "iom-member", "reviewer"] {
        let (status, _) = Client::demo(&app, who)
            .await
            .get_text("/invitations/new")
            .await;
        assert_eq!(status, 403, "{who}");
    }
    let (_, account) = Client::demo(&app, "observer")
        .await
        .get_text("/account")
        .await;
    assert!(
        !account.contains("/invitations/new"),
        "no invitation link for observers"
    );

    let facilitator = Client::demo(&app, "facilitator").await;
    let (_, account) = facilitator.get_text("/account").await;
    assert!(account.contains("href=\"/invitations/new\""));
    let (status, body) = facilitator.get_text("/invitations/new").await;
    assert_eq!(status, 200);
    assert_eq!(
        attrs(&body, "select#role option", "value"),
        ["delegate", "member"]
    );
    assert_eq!(
        attrs(&body, "select#organisation optgroup", "label"),
        ["Governments", "Other organisations"]
    );
    assert!(attrs(&body, "select#organisation option", "value").contains(&"org:IOM".to_owned()));

    // An address that already has an account.
    let (status, body) = facilitator
        .submit(
            "/invitations/new",
            "/invitations/new",
            &[
                ("email", "observer@demo.example.org"),
                ("name", "Wei Zhang"),
                ("role", "member"),
                ("organisation", "org:IOM"),
                ("language", "zh"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    let page = Page::parse(&body);
    assert!(page.texts("title")[0].starts_with("Error:"));
    assert_eq!(page.texts(".error-summary h2"), ["There is a problem"]);
    assert_eq!(
        page.texts(".error-summary li"),
        ["An account with this e-mail address already exists."]
    );
    assert_eq!(
        page.attr(".error-summary a", "href").as_deref(),
        Some("#email")
    );
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("observer@demo.example.org")
    );
    assert_eq!(page.attr("#email", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        page.attr("#email", "aria-describedby").as_deref(),
        Some("email-error")
    );
    assert_eq!(page.attr("#name", "value").as_deref(), Some("Wei Zhang"));
    assert_eq!(
        page.attr("#role option[selected]", "value").as_deref(),
        Some("member")
    );
    assert_eq!(
        page.attr("#organisation option[selected]", "value")
            .as_deref(),
        Some("org:IOM")
    );
    assert_eq!(
        page.attr("#language option[selected]", "value").as_deref(),
        Some("zh")
    );

    // Organisations that do not fit, or do not exist; fields that are wrong.
    let cases: [(Fields, &str, &str); 5] = [
        (
            &[("role", "delegate"), ("organisation", "org:IOM")],
            "#organisation",
            "A delegate represents a government: choose a government.",
        ),
        (
            &[("role", "member"), ("organisation", "org:NO-SUCH-THING")],
            "#organisation",
            "This organisation does not exist. Choose one from the list.",
        ),
        (
            &[("role", "member"), ("organisation", "")],
            "#organisation",
            "Choose the organisation of the person you invite.",
        ),
        (
            &[
                ("role", "member"),
                ("organisation", "org:IOM"),
                ("email", "not an address"),
            ],
            "#email",
            "Enter the e-mail address of the person you invite, such as name@example.org.",
        ),
        (
            &[
                ("role", "member"),
                ("organisation", "org:IOM"),
                ("name", "  "),
            ],
            "#name",
            "Enter a name of 1 to 100 characters.",
        ),
    ];
    for (fields, field, message) in cases {
        let mut all = vec![
            ("email", "new.person@example.org"),
            ("name", "New Person"),
            ("language", "en"),
        ];
        for (k, v) in fields {
            all.retain(|(key, _)| key != k);
            all.push((k, v));
        }
        let (status, body) = facilitator
            .submit("/invitations/new", "/invitations/new", &all)
            .await;
        assert_eq!(status, 422, "{fields:?}");
        let page = Page::parse(&body);
        assert_eq!(page.texts(".error-summary li"), [message], "{fields:?}");
        assert_eq!(
            page.attr(".error-summary a", "href").as_deref(),
            Some(field),
            "{fields:?}"
        );
    }

    // Every problem shows at once.
    let (status, body) = facilitator
        .submit(
            "/invitations/new",
            "/invitations/new",
            &[
                ("email", "nope"),
                ("name", ""),
                ("role", "delegate"),
                ("organisation", "org:IOM"),
                ("language", "xx"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(
        attrs(&body, ".error-summary a", "href"),
        ["#email", "#name", "#organisation", "#language"]
    );

    // Roles outside the list: only a tampered form sends them.
    for role in ["facilitator", "administrator", "observer", "nonsense"] {
        let (status, _) = facilitator
            .submit(
                "/invitations/new",
                "/invitations/new",
                &[
                    ("email", "new.person@example.org"),
                    ("name", "New Person"),
                    ("role", role),
                    ("organisation", ""),
                    ("language", "en"),
                ],
            )
            .await;
        assert_eq!(status, 403, "{role}");
    }
    // An administrator invites no members.
    let admin = Client::demo(&app, "administrator").await;
    let (status, _) = admin
        .submit(
            "/invitations/new",
            "/invitations/new",
            &[
                ("email", "new.person@example.org"),
                ("name", "New Person"),
                ("role", "member"),
                ("organisation", "org:IOM"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(status, 403);
    // An observer cannot post the form either.
    let observer = Client::demo(&app, "observer").await;
    let (status, _) = observer
        .submit(
            "/account",
            "/invitations/new",
            &[
                ("email", "new.person@example.org"),
                ("name", "New Person"),
                ("role", "delegate"),
                ("organisation", "MX"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(status, 403);

    let mut c = conn(&app);
    assert!(person(&mut c, "new.person@example.org").is_none());
    let queued: i64 = outbox::table.count().get_result(&mut c).unwrap();
    assert_eq!(queued, 0, "nothing refused sends mail");
}

#[tokio::test]
async fn every_account_form_refuses_a_post_without_its_csrf_token() {
    let app = spawn_app().await;
    let facilitator = Client::demo(&app, "facilitator").await;
    let visitor = Client::new(&app);
    // The visitor has a CSRF cookie, but the forms below do not carry the token.
    let _ = visitor.get("/register").await;
    let token = "0".repeat(64);
    for (who, path) in [
        (&facilitator, "/invitations/new".to_owned()),
        (&visitor, "/register".to_owned()),
        (&visitor, "/password/forgot".to_owned()),
        (&visitor, format!("/join/{token}")),
        (&visitor, format!("/password/reset/{token}")),
    ] {
        let fields = [
            ("email", "someone@example.org"),
            ("name", "Someone"),
            ("password", PASSWORD),
            ("role", "delegate"),
            ("organisation", "MX"),
            ("language", "en"),
        ];
        let res = who.post(&path, &fields).await;
        assert_eq!(res.status(), 403, "{path}");
        let mut with_wrong = fields.to_vec();
        with_wrong.push(("csrf_token", "not-the-token"));
        let res = who.post(&path, &with_wrong).await;
        assert_eq!(res.status(), 403, "{path} with a wrong token");
    }
    let mut c = conn(&app);
    assert!(person(&mut c, "someone@example.org").is_none());
}

#[tokio::test]
async fn registration_needs_the_confirmed_address_before_signing_in() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    let wei = Client::new(&app);

    let (status, body) = wei.get_text("/register").await;
    assert_eq!(status, 200);
    Page::parse(&body).assert_well_formed("en", "ltr");
    let (_, login) = wei.get_text("/login").await;
    assert!(login.contains("href=\"/register\""));
    assert!(login.contains("href=\"/password/forgot\""));

    // A refused form keeps what was typed, except the password.
    let (status, body) = wei
        .submit(
            "/register",
            "/register",
            &[
                ("name", "Wei Chen"),
                ("email", "wei.chen@example.org"),
                ("password", "short"),
                ("language", "zh"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    let page = Page::parse(&body);
    assert_eq!(
        page.texts(".error-summary li"),
        ["Choose a password of 10 to 128 characters."]
    );
    assert_eq!(
        page.attr(".error-summary a", "href").as_deref(),
        Some("#password")
    );
    assert_eq!(page.attr("#name", "value").as_deref(), Some("Wei Chen"));
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("wei.chen@example.org")
    );
    assert_eq!(page.attr("#password", "value"), None);
    assert_eq!(
        page.attr("#password", "aria-describedby").as_deref(),
        Some("password-hint password-error")
    );
    assert_eq!(
        page.attr("#language option[selected]", "value").as_deref(),
        Some("zh")
    );

    let fields = [
        ("name", "Wei Chen"),
        ("email", "wei.chen@example.org"),
        ("password", PASSWORD),
        ("language", "zh"),
    ];
    let (status, created) = wei.submit("/register", "/register", &fields).await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(Page::parse(&created).texts("h1"), ["Check your e-mail"]);

    let received = server.wait_for(1, Duration::from_secs(30)).await;
    let mail = mail_to(&received, "wei.chen@example.org");
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("确认您在伙伴关系平台的电子邮件地址")
    );
    let text = mail.part("text/plain").expect("a text part");
    let link = link_in(&text, "/verify/");
    let mut c = conn(&app);
    let stored = person(&mut c, "wei.chen@example.org").expect("registered");
    assert_eq!(
        (stored.role.as_str(), stored.lang.as_str()),
        ("observer", "zh")
    );
    assert!(stored.email_verified_at.is_none() && stored.password_hash.is_some());

    // Not before the address is confirmed, even with the right password.
    let early = Client::new(&app);
    let (status, body) = early.sign_in("wei.chen@example.org", PASSWORD).await;
    assert_eq!(status, 403);
    assert!(
        Page::parse(&body).texts(".error-summary li")[0].starts_with("Confirm your address first"),
        "{body}"
    );
    assert!(!early.signed_in().await);
    // A wrong password still says only that it is wrong.
    let (status, _) = early
        .sign_in("wei.chen@example.org", "wrong password!")
        .await;
    assert_eq!(status, 401);

    // The link confirms the address and signs in.
    let res = wei.get(&link).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account");
    let (status, body) = wei.get_text("/account").await;
    assert_eq!(status, 200);
    assert!(body.contains("Wei Chen"));
    assert!(
        person(&mut c, "wei.chen@example.org")
            .unwrap()
            .email_verified_at
            .is_some()
    );
    let (status, _) = Client::new(&app).get_text(&link).await;
    assert_eq!(status, 410, "the link works once");
    let (status, _) = early.sign_in("wei.chen@example.org", PASSWORD).await;
    assert_eq!(status, 303);

    // Registering an address that has an account looks exactly the same …
    let other = Client::new(&app);
    let (status, body) = other
        .submit(
            "/register",
            "/register",
            &[
                ("name", "Not Wei"),
                ("email", "wei.chen@example.org"),
                ("password", "another long password"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let (fresh_status, fresh) = Client::new(&app)
        .submit(
            "/register",
            "/register",
            &[
                ("name", "Ana Diaz"),
                ("email", "ana.diaz@example.org"),
                ("password", "another long password"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(fresh_status, status);
    assert_eq!(
        body.replace("wei.chen@example.org", "ADDRESS"),
        fresh.replace("ana.diaz@example.org", "ADDRESS")
    );
    // … while the holder is told by mail, and nothing about the account changes.
    let received = server.wait_for(3, Duration::from_secs(30)).await;
    assert_eq!(received.len(), 3);
    let warnings: Vec<&Received> = received
        .iter()
        .filter(|m| m.header("To").as_deref() == Some("wei.chen@example.org"))
        .collect();
    assert_eq!(warnings.len(), 2);
    let warning = warnings
        .iter()
        .find(|m| {
            m.part("text/plain")
                .is_some_and(|t| !t.contains("/verify/"))
        })
        .expect("the warning");
    let text = warning.part("text/plain").unwrap();
    assert!(
        text.contains(&format!("{BASE_URL}/password/forgot")),
        "{text}"
    );
    assert!(text.contains(&format!("{BASE_URL}/login")), "{text}");
    let after = person(&mut c, "wei.chen@example.org").unwrap();
    assert_eq!(after.name, "Wei Chen");
    assert_eq!(after.password_hash, stored.password_hash);
    mail_to(&received, "ana.diaz@example.org");
}

#[tokio::test]
async fn password_reset_reveals_nothing_and_works_end_to_end() {
    let server = SmtpServer::start();
    let app = spawn_app_configured(true, smtp(&server)).await;
    add_person(&app, "rosa@example.org", "Rosa Luna", PASSWORD);
    let old_session = Client::new(&app);
    assert_eq!(
        old_session.sign_in("rosa@example.org", PASSWORD).await.0,
        303
    );

    let (status, body) = Client::new(&app).get_text("/password/forgot").await;
    assert_eq!(status, 200);
    Page::parse(&body).assert_well_formed("en", "ltr");

    // The same answer whether or not the address has an account.
    let asker = Client::new(&app);
    let (unknown_status, unknown) = asker
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    let (known_status, known) = asker
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "Rosa@Example.org")],
        )
        .await;
    assert_eq!((unknown_status, known_status), (200, 200));
    assert_eq!(
        unknown.replace("nobody@example.org", "ADDRESS"),
        known.replace("rosa@example.org", "ADDRESS")
    );
    assert!(
        known.contains("If an account uses rosa@example.org"),
        "{known}"
    );

    // Only the account holder gets a message.
    let received = server.wait_for(1, Duration::from_secs(30)).await;
    assert_eq!(
        received.len(),
        1,
        "no message to an address without an account"
    );
    let mail = mail_to(&received, "rosa@example.org");
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Choose a new password for the Platform for Partnerships")
    );
    let text = mail.part("text/plain").unwrap();
    assert!(text.contains("expires in 2 hours"), "{text}");
    let link = link_in(&text, "/password/reset/");

    let rosa = Client::new(&app);
    let (status, body) = rosa.get_text(&link).await;
    assert_eq!(status, 200);
    assert!(body.contains("rosa@example.org"));
    let (status, body) = rosa
        .submit(&link, &link, &[("password", "too short")])
        .await;
    assert_eq!(status, 422);
    assert_eq!(
        Page::parse(&body).texts(".error-summary li"),
        ["Choose a password of 10 to 128 characters."]
    );
    let csrf = rosa.csrf(&link).await;
    let res = rosa
        .post(
            &link,
            &[
                ("csrf_token", csrf.as_str()),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account");
    assert!(rosa.signed_in().await);

    // Every other session ended; the old password no longer works, the new one does.
    assert!(!old_session.signed_in().await);
    let check = Client::new(&app);
    assert_eq!(check.sign_in("rosa@example.org", PASSWORD).await.0, 401);
    assert_eq!(
        check
            .sign_in("rosa@example.org", "a brand new passphrase")
            .await
            .0,
        303
    );
    let (status, _) = Client::new(&app).get_text(&link).await;
    assert_eq!(status, 410, "the link works once");

    // Rate limited per address typed, known or not, with the same answer.
    let (status, _) = asker
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = asker
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    assert_eq!(status, 200);
    let (status, body) = asker
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    assert_eq!(status, 429);
    assert_eq!(
        Page::parse(&body).texts(".error-summary li"),
        ["Too many requests for a new password. Wait an hour, then try again."]
    );
    assert_eq!(
        Page::parse(&body).attr("#email", "value").as_deref(),
        Some("nobody@example.org")
    );
}

#[tokio::test]
async fn the_account_pages_render_in_every_language_without_showing_a_key() {
    let app = spawn_app().await;
    let admin = Client::demo(&app, "administrator").await;
    let visitor = Client::new(&app);
    let keys: Vec<&str> = include_str!("../../src/i18n/locales/en/accounts.ftl")
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split(" =").next())
        .collect();
    let unknown = format!("/join/{}", "0".repeat(64));
    for lang in pfp::domain::Language::ALL {
        for (who, path, status) in [
            (&visitor, "/login", 200),
            (&visitor, "/register", 200),
            (&visitor, "/password/forgot", 200),
            (&visitor, unknown.as_str(), 404),
            (&admin, "/invitations/new", 200),
            (&admin, "/account", 200),
        ] {
            let (got, body) = who.get_text(&format!("{path}?lang={}", lang.code())).await;
            assert_eq!(got, status, "{path} {lang}");
            let page = Page::parse(&body);
            page.assert_well_formed(lang.code(), lang.dir());
            let text = page.texts("body").join(" ");
            for key in &keys {
                assert!(!text.contains(key), "{path} {lang} shows {key}");
            }
        }
    }
}

fn pfp_user_add(app: &TestApp, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pfp"))
        .args(["user", "add"])
        .args(args)
        .env("PFP_DATABASE_URL", &app.database_url)
        .env("PFP_LOG", "warn")
        .env_remove("PFP_ENV")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pfp runs");
    // A command refused before it reads its input closes the pipe: not a failure here.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    child.wait_with_output().expect("pfp ends")
}

#[tokio::test]
async fn pfp_user_add_creates_verified_accounts_and_refuses_what_does_not_fit() {
    let app = spawn_app().await;

    let out = pfp_user_add(
        &app,
        &[
            "--email",
            "Ops@Example.org",
            "--role",
            "administrator",
            "--name",
            "Operations",
            "--password-stdin",
        ],
        &format!("{PASSWORD}\n"),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let id: i32 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("the new id, alone");
    let mut c = conn(&app);
    let ops = person(&mut c, "ops@example.org").expect("created");
    assert_eq!(ops.id, id);
    assert_eq!(
        (ops.role.as_str(), ops.name.as_str()),
        ("administrator", "Operations")
    );
    assert!(ops.email_verified_at.is_some() && ops.active);
    // The trailing newline is not part of the password.
    let client = Client::new(&app);
    assert_eq!(
        client
            .sign_in("ops@example.org", &format!("{PASSWORD}\n"))
            .await
            .0,
        401
    );
    assert_eq!(client.sign_in("ops@example.org", PASSWORD).await.0, 303);
    let audited: i64 = audit_events::table
        .filter(audit_events::action.eq("person.created"))
        .filter(audit_events::subject_id.eq(id))
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(audited, 1);

    // A delegate of a government; the name defaults to the address's local part.
    let out = pfp_user_add(
        &app,
        &[
            "--email",
            "maria@gob.mx",
            "--role",
            "delegate",
            "--organisation",
            "MX",
            "--password-stdin",
        ],
        PASSWORD,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let maria = person(&mut c, "maria@gob.mx").unwrap();
    assert_eq!(maria.name, "maria");
    let code: String = organisations::table
        .find(maria.organisation_id.expect("an organisation"))
        .select(organisations::code)
        .first(&mut c)
        .unwrap();
    assert_eq!(code, "MX");

    let refused: [(&[&str], &str, &str); 8] = [
        (
            &["--email", "x@example.org", "--role", "delegate"],
            PASSWORD,
            "--organisation",
        ),
        (
            &[
                "--email",
                "x@example.org",
                "--role",
                "delegate",
                "--organisation",
                "org:IOM",
            ],
            PASSWORD,
            "\"org:IOM\" is not a government",
        ),
        (
            &[
                "--email",
                "x@example.org",
                "--role",
                "member",
                "--organisation",
                "XX",
            ],
            PASSWORD,
            "--organisation \"XX\": no organisation has this code",
        ),
        (
            &[
                "--email",
                "x@example.org",
                "--role",
                "facilitator",
                "--organisation",
                "MX",
            ],
            PASSWORD,
            "belongs to no organisation",
        ),
        (
            &["--email", "OPS@example.org", "--role", "reviewer"],
            PASSWORD,
            "an account with the address ops@example.org already exists",
        ),
        (
            &["--email", "x@example.org", "--role", "observer"],
            "short\n",
            "password",
        ),
        (
            &["--email", "x@example.org", "--role", "king"],
            PASSWORD,
            "--role \"king\" is not a role",
        ),
        (
            &["--email", "not-an-address", "--role", "observer"],
            PASSWORD,
            "not an e-mail address",
        ),
    ];
    for (args, stdin, message) in refused {
        let mut all = args.to_vec();
        all.push("--password-stdin");
        let out = pfp_user_add(&app, &all, stdin);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert!(person(&mut c, "x@example.org").is_none());

    // Without --password-stdin, clap refuses before anything happens.
    let out = pfp_user_add(
        &app,
        &["--email", "y@example.org", "--role", "observer"],
        PASSWORD,
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--password-stdin"));
}
