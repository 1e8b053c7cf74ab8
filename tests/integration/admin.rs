//! The administration as administrators (and everyone else) meet it: people, roles and
//! deactivation, organisations and their merging, the audit log, the mail outbox, and the
//! public history a merge leaves on a project's page.

use diesel::prelude::*;
use pfp::db::schema::outbox;
use pfp::domain::Language;
use pfp::email::messages::TestMail;
use pfp::email::outbox::{Email, Outbox};

use crate::helpers::{Page, TestApp, location, spawn_app, urlencode};

/// A browser with its own cookies, signed in with one click as a demo account (or a
/// visitor).
struct Session {
    client: reqwest::Client,
    address: String,
}

impl Session {
    async fn new(app: &TestApp, who: Option<&str>) -> Session {
        let s = Session {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .cookie_store(true)
                .build()
                .unwrap(),
            address: app.address.clone(),
        };
        if let Some(who) = who {
            let res = s.post("/demo/sign-in", &[("who", who)]).await;
            assert_eq!(res.status(), 303, "demo sign-in as {who}");
        }
        s
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap()
    }

    async fn page(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    /// The CSRF token of this browser's forms.
    async fn csrf(&self) -> String {
        let (_, body) = self.page("/").await;
        Page::parse(&body)
            .attr("input[name=csrf_token]", "value")
            .expect("a form with a CSRF token")
    }

    /// POSTs a form with this browser's CSRF token.
    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf().await;
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// POSTs exactly these fields.
    async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(fields)
            .send()
            .await
            .unwrap()
    }
}

/// The id in the first link of `page` whose address starts with `prefix`.
fn first_id(body: &str, css: &str, prefix: &str) -> String {
    let href = Page::parse(body)
        .attr(css, "href")
        .unwrap_or_else(|| panic!("a link {css}"));
    href.strip_prefix(prefix)
        .and_then(|rest| rest.split(['/', '?']).next())
        .unwrap_or_else(|| panic!("{href} starts with {prefix}"))
        .to_owned()
}

/// The id of the person found by `q` in the administration's list.
async fn person_id(admin: &Session, q: &str) -> String {
    let (status, body) = admin
        .page(&format!("/admin/people?q={}", urlencode(q)))
        .await;
    assert_eq!(status, 200);
    first_id(&body, "tbody a[href^='/admin/people/']", "/admin/people/")
}

/// The id of the organisation found by `q` (an exact name) in the administration's list.
async fn organisation_id(admin: &Session, name: &str) -> String {
    let (status, body) = admin
        .page(&format!("/admin/organisations?q={}", urlencode(name)))
        .await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let sel = scraper::Selector::parse("tbody tr").unwrap();
    let link = scraper::Selector::parse("th a").unwrap();
    for row in page.0.select(&sel) {
        if let Some(a) = row.select(&link).next()
            && a.text().collect::<String>().trim() == name
        {
            let href = a.value().attr("href").unwrap();
            return href.trim_start_matches("/organisations/").to_owned();
        }
    }
    panic!("no organisation named {name}");
}

const ADMIN_PAGES: [&str; 6] = [
    "/admin",
    "/admin/people",
    "/admin/organisations",
    "/admin/organisations/new",
    "/admin/audit",
    "/admin/mail",
];

#[tokio::test]
async fn administrators_see_every_page_others_are_refused_or_sent_to_sign_in() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let facilitator = Session::new(&app, Some("facilitator")).await;
    let visitor = Session::new(&app, None).await;
    let mexico = organisation_id(&admin, "Mexico").await;
    let someone = person_id(&admin, "wei").await;
    let mut pages: Vec<String> = ADMIN_PAGES.iter().map(|p| (*p).to_owned()).collect();
    pages.push(format!("/admin/people/{someone}"));
    pages.push(format!("/admin/organisations/{mexico}/edit"));
    pages.push(format!("/admin/organisations/{mexico}/merge"));

    for path in &pages {
        let (status, body) = admin.page(path).await;
        assert_eq!(status, 200, "{path} as administrator");
        Page::parse(&body).assert_well_formed("en", "ltr");

        let res = facilitator.get(path).await;
        assert_eq!(res.status(), 403, "{path} as facilitator");

        let res = visitor.get(path).await;
        assert_eq!(res.status(), 303, "{path} as visitor");
        assert_eq!(
            location(&res),
            format!("/login?next={}", urlencode(path)),
            "{path} as visitor"
        );
    }

    // The header offers the administration to administrators only.
    let (_, body) = admin.page("/").await;
    assert_eq!(
        Page::parse(&body).texts(".user-nav a[href='/admin']"),
        ["Administration"]
    );
    let (_, body) = facilitator.page("/").await;
    assert!(
        Page::parse(&body)
            .texts(".user-nav a[href='/admin']")
            .is_empty()
    );

    // The index links to the four sections.
    let (_, body) = admin.page("/admin").await;
    let links = Page::parse(&body).texts("main h2 a");
    assert_eq!(links, ["People", "Organisations", "Audit log", "Mail"]);
}

#[tokio::test]
async fn every_administration_form_needs_its_csrf_token_and_the_role() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let facilitator = Session::new(&app, Some("facilitator")).await;
    let visitor = Session::new(&app, None).await;
    let mexico = organisation_id(&admin, "Mexico").await;
    let wei = person_id(&admin, "wei").await;
    let posts = [
        format!("/admin/people/{wei}/role"),
        format!("/admin/people/{wei}/deactivate"),
        format!("/admin/people/{wei}/reactivate"),
        "/admin/organisations/new".to_owned(),
        format!("/admin/organisations/{mexico}/edit"),
        format!("/admin/organisations/{mexico}/merge"),
        "/admin/mail/retry".to_owned(),
    ];
    for path in &posts {
        for s in [&admin, &facilitator, &visitor] {
            let res = s.post_raw(path, &[("role", "member")]).await;
            assert_eq!(res.status(), 403, "{path} without a token");
            let res = s
                .post_raw(path, &[("csrf_token", &"0".repeat(64)), ("role", "member")])
                .await;
            assert_eq!(res.status(), 403, "{path} with a wrong token");
        }
        let res = facilitator.post(path, &[]).await;
        assert_eq!(res.status(), 403, "{path} as facilitator");
        let res = visitor.post(path, &[]).await;
        assert_eq!(res.status(), 303, "{path} as visitor");
        assert!(location(&res).starts_with("/login"), "{path} as visitor");
    }
    // Nothing was changed.
    let (_, body) = admin.page("/admin/audit").await;
    assert!(body.contains("0 entries"), "{body}");
}

#[tokio::test]
async fn a_role_change_shows_on_the_person_page_and_in_the_audit_log() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let wei = person_id(&admin, "Wei Zhang").await;
    let iom = organisation_id(&admin, "International Organization for Migration").await;
    let mexico = organisation_id(&admin, "Mexico").await;
    let path = format!("/admin/people/{wei}");
    let (_, body) = admin.page(&path).await;
    assert_eq!(Page::parse(&body).texts("#current-role"), ["Observer"]);

    // A delegate belongs to a government: refused, with what was chosen kept.
    let res = admin
        .post(
            &format!("{path}/role"),
            &[("role", "delegate"), ("organisation", &iom)],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.texts(".error-summary li"),
        ["A delegate represents a government. Choose a government."]
    );
    assert_eq!(
        page.attr("#role option[selected]", "value").as_deref(),
        Some("delegate")
    );
    assert_eq!(
        page.attr("#organisation option[selected]", "value"),
        Some(iom.clone())
    );
    assert_eq!(page.texts("#current-role"), ["Observer"], "nothing changed");

    // A member needs an organisation.
    let res = admin
        .post(
            &format!("{path}/role"),
            &[("role", "member"), ("organisation", "")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Choose the organisation this member belongs to."));

    // Accepted: the person page shows it.
    let res = admin
        .post(
            &format!("{path}/role"),
            &[("role", "delegate"), ("organisation", &mexico)],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{path}?done=role"));
    let (_, body) = admin.page(&location(&res)).await;
    let page = Page::parse(&body);
    assert_eq!(page.texts("#current-role"), ["Delegate"]);
    assert_eq!(page.texts("#current-organisation"), ["Mexico"]);
    assert_eq!(page.texts(".notice"), ["The role is changed."]);

    // A role without an organisation leaves it out.
    let res = admin
        .post(
            &format!("{path}/role"),
            &[("role", "reviewer"), ("organisation", &mexico)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = admin.page(&path).await;
    let page = Page::parse(&body);
    assert_eq!(page.texts("#current-role"), ["Reviewer"]);
    assert_eq!(page.texts("#current-organisation"), ["None"]);

    // The person, signed in, has the new role at once.
    let wei_session = Session::new(&app, Some("observer")).await;
    let (_, body) = wei_session.page("/account").await;
    assert!(body.contains("Reviewer"), "{body}");

    // The audit log: who, what, before and after, newest first.
    let (status, body) = admin
        .page(&format!(
            "/admin/audit?subject_type=person&subject_id={wei}"
        ))
        .await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let rows = page.texts("tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].contains("Platform administrator"), "{}", rows[0]);
    assert!(rows[0].contains("Role changed"), "{}", rows[0]);
    assert!(
        rows[0].contains("role=delegate; organisation=Mexico (MX)"),
        "{}",
        rows[0]
    );
    assert!(
        rows[0].contains("role=reviewer; organisation=none"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains("role=observer; organisation=none"),
        "{}",
        rows[1]
    );
    assert!(
        rows[0].contains("Wei Zhang"),
        "the subject is named: {}",
        rows[0]
    );

    // An administrator cannot change their own role.
    let me = person_id(&admin, "Platform administrator").await;
    let res = admin
        .post(
            &format!("/admin/people/{me}/role"),
            &[("role", "observer"), ("organisation", "")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("You cannot change your own role. Ask another administrator.")
    );
}

#[tokio::test]
async fn deactivation_signs_the_person_out_until_reactivated() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let facilitator = Session::new(&app, Some("facilitator")).await;
    assert_eq!(facilitator.get("/account").await.status(), 200);
    let id = person_id(&admin, "Sam Okafor").await;

    let res = admin
        .post(&format!("/admin/people/{id}/deactivate"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = admin.page(&location(&res)).await;
    let page = Page::parse(&body);
    assert_eq!(page.texts("#current-status"), ["Deactivated"]);
    assert_eq!(
        page.texts(".notice"),
        ["The account is deactivated and every session of this person has been ended."]
    );

    // Their cookie no longer works.
    let res = facilitator.get("/account").await;
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with("/login"));
    // Nor can they sign in again.
    let csrf = facilitator.csrf().await;
    let res = facilitator
        .post_raw(
            "/demo/sign-in",
            &[("csrf_token", &csrf), ("who", "facilitator")],
        )
        .await;
    assert_ne!(res.status(), 303);

    // The list shows who is deactivated.
    let (_, body) = admin.page("/admin/people?active=no").await;
    let names = Page::parse(&body).texts("tbody th");
    assert_eq!(names, ["Sam Okafor (GFMD Support Unit)"]);

    let res = admin
        .post(&format!("/admin/people/{id}/reactivate"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let again = Session::new(&app, Some("facilitator")).await;
    assert_eq!(again.get("/account").await.status(), 200);

    let (_, body) = admin.page("/admin/audit?action=person.deactivated").await;
    assert_eq!(Page::parse(&body).texts("tbody tr").len(), 1);
    let (_, body) = admin.page("/admin/audit?action=person.reactivated").await;
    assert_eq!(Page::parse(&body).texts("tbody tr").len(), 1);
}

#[tokio::test]
async fn an_administrator_cannot_deactivate_themself() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let me = person_id(&admin, "Platform administrator").await;

    let (_, body) = admin.page(&format!("/admin/people/{me}")).await;
    assert!(
        Page::parse(&body)
            .texts("form[action$='/deactivate']")
            .is_empty(),
        "no button to deactivate oneself"
    );
    let res = admin
        .post(&format!("/admin/people/{me}/deactivate"), &[])
        .await;

    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.texts(".error-summary li"),
        ["You cannot deactivate your own account. Ask another administrator."]
    );
    assert_eq!(page.texts("#current-status"), ["Active"]);
    assert_eq!(admin.get("/admin").await.status(), 200, "still signed in");
}

#[tokio::test]
async fn a_refused_organisation_form_keeps_every_typed_value_and_lists_the_problems() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let long_acronym = "A".repeat(31);
    let typed = [
        ("code", "FR"),
        ("name", "   "),
        ("acronym", long_acronym.as_str()),
        ("kind", "international_organisation"),
        ("country", "FR"),
        ("region", "europe"),
        ("description", "Works with <b>migrants</b> & \"diasporas\"."),
        ("website", "javascript:alert(1)"),
        ("lang", "fr"),
    ];

    let res = admin.post("/admin/organisations/new", &typed).await;

    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert!(
        page.texts("title")[0].starts_with("Error:"),
        "{:?}",
        page.texts("title")
    );
    assert_eq!(
        page.texts(".error-summary li"),
        [
            "Only a government's code can be a country code. Use a code such as org:ABC.",
            "Enter the name, up to 300 characters.",
            "Enter an acronym of at most 30 characters, or leave it empty.",
            "Enter a web address starting with https:// or http://, such as https://www.iom.int.",
        ]
    );
    let links: Vec<String> = scraper::Html::parse_document(&body)
        .select(&scraper::Selector::parse(".error-summary a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(links, ["#code", "#name", "#acronym", "#website"]);
    for field in ["code", "name", "acronym", "website"] {
        assert_eq!(
            page.attr(&format!("#{field}"), "aria-invalid").as_deref(),
            Some("true"),
            "{field}"
        );
    }
    assert_eq!(page.attr("#code", "value").as_deref(), Some("FR"));
    assert_eq!(page.attr("#name", "value").as_deref(), Some("   "));
    assert_eq!(page.attr("#acronym", "value"), Some(long_acronym.clone()));
    assert_eq!(
        page.attr("#website", "value").as_deref(),
        Some("javascript:alert(1)")
    );
    for (select, value) in [
        ("kind", "international_organisation"),
        ("country", "FR"),
        ("region", "europe"),
        ("lang", "fr"),
    ] {
        assert_eq!(
            page.attr(&format!("#{select} option[selected]"), "value")
                .as_deref(),
            Some(value),
            "{select}"
        );
    }
    assert_eq!(
        page.texts("#description"),
        ["Works with <b>migrants</b> & \"diasporas\"."]
    );

    // Corrected, it is created; the same code a second time is refused.
    let good = [
        ("code", "org:amr"),
        ("name", "Africa Migration Resource"),
        ("acronym", "AMR"),
        ("kind", "civil_society"),
        ("country", ""),
        ("region", "africa"),
        ("description", "A network of migrant associations."),
        ("website", "https://amr.example.org"),
        ("lang", "en"),
    ];
    let res = admin.post("/admin/organisations/new", &good).await;
    assert_eq!(res.status(), 303);
    let edit = location(&res);
    assert!(edit.ends_with("/edit?done=created"), "{edit}");
    let (_, body) = admin.page(&edit).await;
    let page = Page::parse(&body);
    assert_eq!(page.attr("#code", "value").as_deref(), Some("org:AMR"));
    assert_eq!(
        page.attr("#website", "value").as_deref(),
        Some("https://amr.example.org/")
    );
    let res = admin.post("/admin/organisations/new", &good).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Another organisation already has this code.")
    );

    // The public directory finds it by its (folded) words at once.
    let (_, body) = admin.page("/organisations?q=africa+r%C3%A9source").await;
    assert!(body.contains("Africa Migration Resource"), "{body}");

    // An edit is audited with what changed.
    let id = edit
        .trim_start_matches("/admin/organisations/")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let mut changed = good;
    changed[1] = ("name", "African Migration Resource Network");
    let res = admin
        .post(&format!("/admin/organisations/{id}/edit"), &changed)
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = admin.page("/admin/audit?subject_type=organisation").await;
    let rows = Page::parse(&body).texts("tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].contains("Organisation changed"), "{}", rows[0]);
    assert!(
        rows[0].contains("name=Africa Migration Resource")
            && rows[0].contains("name=African Migration Resource Network"),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains("Organisation created"), "{}", rows[1]);
}

#[tokio::test]
async fn merging_moves_partners_and_the_public_project_page_shows_the_kept_organisation() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let visitor = Session::new(&app, None).await;
    let children = app.project_id("unaccompanied").await;
    let handbook = app.project_id("diasporas").await;
    let mexico = organisation_id(&admin, "Mexico").await;
    // Read (and cache) the public pages first.
    let (_, before) = visitor.page(&format!("/projects/{children}")).await;
    let page = Page::parse(&before);
    assert!(page.texts(".partners li")[0].starts_with("Mexico"));
    assert_eq!(
        page.texts("#history-heading + p"),
        ["No change to this project has been recorded yet."]
    );

    let res = admin
        .post(
            "/admin/organisations/new",
            &[
                ("code", "gov:MX-GOB"),
                ("name", "Government of Mexico"),
                ("kind", "government"),
                ("country", "MX"),
                ("region", "americas"),
                ("lang", "es"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let kept = organisation_id(&admin, "Government of Mexico").await;

    // The merge page says what moves.
    let (_, body) = admin
        .page(&format!("/admin/organisations/{mexico}/merge"))
        .await;
    let moves = Page::parse(&body).texts("main ul li");
    assert_eq!(
        moves,
        [
            "2 project partnerships",
            "8 engagements in the GFMD",
            "1 person"
        ]
    );

    // Delegates must stay with a government.
    let iom = organisation_id(&admin, "International Organization for Migration").await;
    let res = admin
        .post(
            &format!("/admin/organisations/{mexico}/merge"),
            &[("keep", &iom)],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(page.texts(".error-summary li").len(), 1);
    assert_eq!(
        page.attr("#keep option[selected]", "value"),
        Some(iom.clone())
    );

    let res = admin
        .post(
            &format!("/admin/organisations/{mexico}/merge"),
            &[("keep", &kept)],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        location(&res),
        format!("/admin/organisations/{kept}/edit?done=merged")
    );

    // The public pages show the kept organisation, and the project's history says why.
    let (_, after) = visitor.page(&format!("/projects/{children}")).await;
    let page = Page::parse(&after);
    let partners = page.texts(".partners li");
    assert!(
        partners[0].starts_with("Government of Mexico"),
        "{partners:?}"
    );
    assert!(
        !partners.iter().any(|p| p.starts_with("Mexico ")),
        "the duplicate is gone: {partners:?}"
    );
    let history = page.texts(".history li");
    assert_eq!(history.len(), 1, "{history:?}");
    assert!(
        history[0].contains("Partner records merged")
            && history[0].contains("Mexico → Government of Mexico"),
        "{}",
        history[0]
    );
    assert!(
        !history[0].contains("administrator"),
        "who acted is not public"
    );
    let (_, body) = visitor.page(&format!("/projects/{handbook}")).await;
    assert!(body.contains("Government of Mexico"));
    assert_eq!(
        visitor
            .get(&format!("/organisations/{mexico}"))
            .await
            .status(),
        404
    );
    let (_, body) = visitor.page(&format!("/organisations/{kept}")).await;
    assert!(body.contains("Protection of unaccompanied migrant children"));
    let (_, json) = app.get_json(&format!("/api/v1/projects/{children}")).await;
    assert_eq!(json["owners"][0]["name"], "Government of Mexico");

    // The delegate moved with it.
    let ana = person_id(&admin, "Ana López").await;
    let (_, body) = admin.page(&format!("/admin/people/{ana}")).await;
    assert_eq!(
        Page::parse(&body).texts("#current-organisation"),
        ["Government of Mexico"]
    );

    // A partnership the kept organisation already has is not repeated.
    let switzerland = organisation_id(&admin, "Switzerland").await;
    let netherlands = organisation_id(&admin, "Netherlands").await;
    let res = admin
        .post(
            &format!("/admin/organisations/{switzerland}/merge"),
            &[("keep", &netherlands)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = visitor.page(&format!("/projects/{handbook}")).await;
    let partners = Page::parse(&body).texts(".partners li");
    assert_eq!(
        partners
            .iter()
            .filter(|p| p.starts_with("Netherlands"))
            .count(),
        1,
        "{partners:?}"
    );
    assert!(!partners.iter().any(|p| p.starts_with("Switzerland")));

    let (_, body) = admin.page("/admin/audit?action=organisation.merged").await;
    let rows = Page::parse(&body).texts("tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].contains("partnerships moved=0, skipped=1"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains("partnerships moved=2, skipped=0"),
        "{}",
        rows[1]
    );
}

#[tokio::test]
async fn the_audit_log_filters_by_date_and_refuses_a_backward_range() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let wei = person_id(&admin, "wei").await;
    let res = admin
        .post(&format!("/admin/people/{wei}/deactivate"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let today = chrono::Utc::now().date_naive();
    let tomorrow = today.succ_opt().unwrap();

    let (status, body) = admin
        .page(&format!("/admin/audit?from={today}&to={today}"))
        .await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    assert_eq!(page.texts("tbody tr").len(), 1);
    assert!(page.texts("tbody tr")[0].contains("Account deactivated"));
    assert_eq!(page.attr("#from", "value"), Some(today.to_string()));

    let (_, body) = admin.page(&format!("/admin/audit?from={tomorrow}")).await;
    assert!(body.contains("No entry matches these filters."));

    let (status, body) = admin
        .page(&format!(
            "/admin/audit?from={tomorrow}&to={today}&action=person.deactivated"
        ))
        .await;
    assert_eq!(status, 400);
    let page = Page::parse(&body);
    assert_eq!(
        page.texts(".error-summary li"),
        ["The “From” date must be on or before the “To” date."]
    );
    assert_eq!(page.attr("#from", "value"), Some(tomorrow.to_string()));
    assert_eq!(page.attr("#to", "value"), Some(today.to_string()));
    assert_eq!(
        page.attr("#action option[selected]", "value").as_deref(),
        Some("person.deactivated")
    );
    assert!(page.texts("tbody tr").is_empty());

    let (status, body) = admin.page("/admin/audit?from=2026-13-45").await;
    assert_eq!(status, 400);
    assert!(body.contains("Enter a date as year-month-day, such as 2026-11-29."));
}

#[tokio::test]
async fn the_mail_page_shows_dead_letters_and_queues_them_again() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    // A dead letter, made dead in the transaction that queues it (before any worker sees it).
    let db = app.db();
    let mut conn = db.conn().unwrap();
    let outbox_writer = Outbox::new(&app.settings);
    let id: i64 = conn
        .transaction(|c| {
            let email = Email::new(
                "nobody@example.org",
                Language::En,
                &TestMail {
                    requested_at: chrono::Utc::now().naive_utc(),
                },
                "admin-test-dead",
            )
            .unwrap();
            outbox_writer.enqueue(c, &email).unwrap();
            diesel::update(outbox::table.filter(outbox::dedupe_key.eq("admin-test-dead")))
                .set((
                    outbox::status.eq("dead"),
                    outbox::attempts.eq(5),
                    outbox::last_error.eq(Some("550 5.1.1 mailbox unavailable")),
                ))
                .returning(outbox::id)
                .get_result(c)
        })
        .unwrap();

    let (status, body) = admin.page("/admin/mail").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    assert_eq!(page.texts("#count-dead"), ["1"]);
    let dead = page.texts("table:not(.counts) tbody tr");
    assert_eq!(dead.len(), 1);
    assert!(dead[0].contains("nobody@example.org"), "{}", dead[0]);
    assert!(
        dead[0].contains("550 5.1.1 mailbox unavailable"),
        "{}",
        dead[0]
    );
    let (_, body) = admin.page("/admin").await;
    assert!(body.contains("1 message has been given up on"));

    let id = id.to_string();
    let res = admin.post("/admin/mail/retry", &[("id", &id)]).await;
    assert_eq!(res.status(), 303);
    let (_, body) = admin.page(&location(&res)).await;
    let page = Page::parse(&body);
    assert_eq!(page.texts(".notice"), ["1 message is queued again."]);
    assert_eq!(page.texts("#count-dead"), ["0"]);

    // Once more: it is no longer a dead letter.
    let res = admin.post("/admin/mail/retry", &[("id", &id)]).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This message is no longer given up on")
    );
    let res = admin.post("/admin/mail/retry", &[]).await;
    assert_eq!(res.status(), 422);

    let (_, body) = admin.page("/admin/audit?action=mail.retried").await;
    let rows = Page::parse(&body).texts("tbody tr");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].contains("Mail queued again"), "{}", rows[0]);
}

#[tokio::test]
async fn the_administration_speaks_every_language() {
    let app = spawn_app().await;
    let admin = Session::new(&app, Some("administrator")).await;
    let wei = person_id(&admin, "wei").await;
    for lang in Language::ALL {
        for path in [
            "/admin".to_owned(),
            "/admin/people".to_owned(),
            format!("/admin/people/{wei}"),
            "/admin/organisations/new".to_owned(),
            "/admin/audit".to_owned(),
            "/admin/mail".to_owned(),
        ] {
            let (status, body) = admin.page(&format!("{path}?lang={}", lang.code())).await;
            assert_eq!(status, 200, "{path} in {lang}");
            let page = Page::parse(&body);
            page.assert_well_formed(lang.code(), lang.dir());
            let text = page.texts("body").join(" ");
            for word in text.split_whitespace() {
                let word = word.trim_end_matches(['.', ',', ':']);
                assert!(
                    !(word.contains('-') && pfp::i18n::has_key(Language::En, word)),
                    "{path} in {lang} shows the key {word}"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_public_history_entry_refreshes_the_cached_project_page() {
    let app = spawn_app().await;
    let visitor = Session::new(&app, None).await;
    let id = app.project_id("migration profiles").await;
    let path = format!("/projects/{id}");
    let (_, body) = visitor.page(&path).await;
    assert!(Page::parse(&body).texts(".history li").is_empty());

    // Written by any tool, not through the pages: the trigger bumps the content version.
    let db = app.db();
    let mut conn = db.conn().unwrap();
    pfp::db::queries::people::audit(
        &mut conn,
        &pfp::db::queries::people::AuditEntry {
            person_id: None,
            action: "project.partner_merged",
            subject_type: "project",
            subject_id: Some(i32::try_from(id).unwrap()),
            before: "European Commission (duplicate)",
            after: "European Commission",
            public: true,
        },
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();

    let (_, body) = visitor.page(&path).await;
    let history = Page::parse(&body).texts(".history li");
    assert_eq!(history.len(), 1, "{history:?}");
    assert!(
        history[0].contains("European Commission (duplicate) → European Commission"),
        "{}",
        history[0]
    );
}
