//! Whatever a visitor types gets a clear page with the right status, never a bare 500.

use crate::helpers::{Page, spawn_app};

#[tokio::test]
async fn unknown_ids_answer_a_real_404_page() {
    let app = spawn_app().await;
    for path in [
        "/projects/999999",
        "/projects/abc",
        "/projects/-1",
        "/projects/99999999999999999999",
        "/organisations/0",
        "/themes/astrology",
        "/no/such/page",
    ] {
        let (status, body) = app.get_text(path).await;
        assert_eq!(status, 404, "{path}");
        let page = Page::parse(&body);
        page.assert_well_formed("en", "ltr");
        assert_eq!(page.texts("h1"), vec!["Page not found"], "{path}");
    }
}

#[tokio::test]
async fn ids_that_are_no_positive_number_answer_the_localized_404_page() {
    let app = spawn_app().await;
    let paths = [
        "/projects/abc",
        "/projects/0",
        "/projects/-1",
        "/projects/1.5",
        "/projects/%201",
        "/organisations/abc",
        "/admin/people/0",
    ];
    for path in paths {
        let (status, body) = app.get_text(path).await;
        assert_eq!(status, 404, "{path}");
        let page = Page::parse(&body);
        page.assert_well_formed("en", "ltr");
        assert_eq!(page.texts("h1"), vec!["Page not found"], "{path}");
    }
    // (`?lang=` is remembered in a cookie: French from here on.)
    for path in paths {
        let (status, body) = app.get_text(&format!("{path}?lang=fr")).await;
        assert_eq!(status, 404, "{path} in French");
        let page = Page::parse(&body);
        page.assert_well_formed("fr", "ltr");
        assert_eq!(
            page.texts("h1"),
            vec!["Page introuvable"],
            "{path} in French"
        );
    }
    // Under /api/ the same answer is a JSON body.
    let (status, json) = app.get_json("/api/v1/projects/abc").await;
    assert_eq!(status, 404);
    assert_eq!(json["error"]["status"], 404);
}

#[tokio::test]
async fn a_bad_id_in_a_two_id_route_answers_the_404_page() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;
    // The Mexican delegate manages this project: only the ids are wrong.
    let mx = app.browser(Some("mx-delegate")).await;
    for path in [
        format!("/projects/{project}/questions/abc/answer"),
        format!("/projects/{project}/questions/0/answer"),
        format!("/projects/{project}/questions/-1/hide"),
        format!("/projects/{project}/milestones/x1/done"),
        "/projects/abc/questions/1/answer".to_owned(),
    ] {
        let csrf = mx.csrf("/").await;
        let res = mx
            .post_form(&path, &[("csrf_token", csrf.as_str()), ("answer", "Yes")])
            .await;
        assert_eq!(res.status(), 404, "{path}");
        let page = Page::parse(&res.text().await.unwrap());
        page.assert_well_formed("en", "ltr");
        assert_eq!(page.texts("h1"), vec!["Page not found"], "{path}");
    }
}

#[tokio::test]
async fn malformed_parameters_answer_400_saying_what_is_wrong() {
    let app = spawn_app().await;
    for (path, value) in [
        ("/projects?page=abc", "abc"),
        ("/projects?page=0", "0"),
        ("/projects?stage=planning", "planning"),
        ("/projects?theme=astrology", "astrology"),
        ("/projects?country=XX", "XX"),
        ("/projects?need=money", "money"),
        ("/organisations?kind=club", "club"),
    ] {
        let (status, body) = app.get_text(path).await;
        assert_eq!(status, 400, "{path}");
        let page = Page::parse(&body);
        page.assert_well_formed("en", "ltr");
        let detail = page.texts(".error-detail").join(" ");
        assert!(detail.contains(value), "{path}: {detail}");
    }
}

#[tokio::test]
async fn hostile_input_is_shown_as_text() {
    let app = spawn_app().await;

    let (status, body) = app
        .get_text("/projects?q=%3Cscript%3Ealert(1)%3C/script%3E")
        .await;

    assert_eq!(status, 200);
    assert!(!body.contains("<script>alert(1)"));
    let (status, body) = app.get_text("/projects?stage=%3Cb%3Ex%3C/b%3E").await;
    assert_eq!(status, 400);
    assert!(!body.contains("<b>x</b>"));
}

#[tokio::test]
async fn overlong_search_is_refused_not_crashed() {
    let app = spawn_app().await;
    let long = "a".repeat(5000);

    let (status, _) = app.get_text(&format!("/projects?q={long}")).await;

    assert_eq!(status, 400);
}

#[tokio::test]
async fn unavailable_database_answers_503_page() {
    let app = spawn_app().await;
    assert_eq!(app.get_text("/healthz").await.0, 200);

    if !crate::helpers::break_database(&app) {
        eprintln!("skipped on SQLite: runs in the PostgreSQL suite (PFP_TEST_DATABASE_URL)");
        return;
    }

    let (status, _) = app.get_text("/healthz").await;
    assert_eq!(status, 503);
    let (status, body) = app.get_text("/projects").await;
    assert_eq!(status, 503);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        page.texts("h1"),
        vec!["The platform is briefly unavailable"]
    );
}

#[tokio::test]
async fn a_code_column_with_an_unknown_value_is_a_500_never_a_default() {
    use diesel::prelude::*;
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied migrant children").await;
    let mx = app.browser(Some("mx-delegate")).await;
    assert_eq!(mx.get(&format!("/projects/{id}")).await.status(), 200);

    // Bad data, as a faulty import or a hand-edited database could leave it: it used to
    // be read back as a draft.
    let db = app.db();
    diesel::update(pfp::db::schema::projects::table.find(id as i32))
        .set(pfp::db::schema::projects::status.eq("archived"))
        .execute(&mut db.conn().unwrap())
        .unwrap();

    let res = mx.get(&format!("/projects/{id}")).await;
    assert_eq!(res.status(), 500);
    let page = Page::parse(&res.text().await.unwrap());
    page.assert_well_formed("en", "ltr");
    assert_eq!(page.texts("h1"), ["Something went wrong on our side"]);
}
