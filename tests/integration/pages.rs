//! The public pages a visitor browses.

use crate::helpers::{Page, spawn_app, spawn_app_with};

#[tokio::test]
async fn home_explains_the_platform_and_counts_projects_by_stage() {
    let app = spawn_app().await;

    let (status, body) = app.get_text("/").await;

    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert!(body.contains("It does not fund projects"));
    let counts = page.texts(".stage-counts li");
    assert_eq!(counts.len(), 4);
    assert!(counts.contains(&"2 Design".to_owned()), "{counts:?}");
    assert!(
        counts.contains(&"1 Implementation".to_owned()),
        "{counts:?}"
    );
    assert_eq!(page.texts(".cards .card").len(), 3);
}

#[tokio::test]
async fn projects_lists_the_three_pilot_projects() {
    let app = spawn_app().await;

    let (status, body) = app.get_text("/projects").await;

    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    let titles = page.texts(".card-title");
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(
        titles
            .iter()
            .any(|t| t.contains("Handbook on engaging diasporas"))
    );
    assert!(
        titles
            .iter()
            .any(|t| t == "Protection of unaccompanied migrant children")
    );
    assert!(titles.iter().any(|t| t == "Developing migration profiles"));
    assert_eq!(page.texts(".results-count"), vec!["3 projects"]);
}

#[tokio::test]
async fn filters_combine_and_stay_in_the_form() {
    let app = spawn_app().await;

    let (_, body) = app
        .get_text("/projects?stage=design&theme=migration_profiles&need=data_research")
        .await;
    let page = Page::parse(&body);
    assert_eq!(
        page.texts(".card-title"),
        vec!["Developing migration profiles"]
    );
    assert_eq!(
        page.attr("#f-stage option[selected]", "value").as_deref(),
        Some("design")
    );
    assert_eq!(
        page.attr("#f-theme option[selected]", "value").as_deref(),
        Some("migration_profiles")
    );

    let (_, body) = app.get_text("/projects?country=GT").await;
    let titles = Page::parse(&body).texts(".card-title");
    assert_eq!(titles, vec!["Protection of unaccompanied migrant children"]);

    let (_, body) = app
        .get_text("/projects?stage=implementation&theme=migration_profiles")
        .await;
    let page = Page::parse(&body);
    assert!(page.texts(".card-title").is_empty());
    assert_eq!(page.texts(".results-count"), vec!["0 projects"]);
}

#[tokio::test]
async fn search_ignores_case_and_accents() {
    let app = spawn_app().await;

    let (_, body) = app
        .get_text("/projects?q=UNACCOMPANIED%20childr%C3%A9n")
        .await;

    let page = Page::parse(&body);
    assert_eq!(
        page.texts(".card-title"),
        vec!["Protection of unaccompanied migrant children"]
    );
    assert_eq!(
        page.attr("#f-q", "value").as_deref(),
        Some("UNACCOMPANIED childrén")
    );
}

#[tokio::test]
async fn project_page_shows_timeline_partners_needs_and_outcomes() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;

    let (status, body) = app.get_text(&format!("/projects/{id}")).await;

    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        page.texts("h1"),
        vec!["Protection of unaccompanied migrant children"]
    );
    let timeline = page.texts(".timeline li");
    assert_eq!(timeline.len(), 2);
    assert!(timeline[0].contains("Initiation"), "{timeline:?}");
    assert!(
        timeline[1].starts_with("November 10, 2010 Implementation"),
        "{timeline:?}"
    );
    let partners = page.texts(".partners li");
    assert!(
        partners.contains(&"Mexico Owner".to_owned()),
        "{partners:?}"
    );
    assert!(
        partners
            .iter()
            .any(|p| p.starts_with("United Nations Children") && p.ends_with("Technical support"))
    );
    assert!(!page.texts(".needs dt").is_empty());
    assert!(!page.texts(".outcomes li").is_empty());
    assert_eq!(page.attr("h1", "lang").as_deref(), Some("en"));
}

#[tokio::test]
async fn organisation_page_lists_engagements_and_projects() {
    let app = spawn_app().await;
    let (_, json) = app
        .get_json(&format!(
            "/api/v1/projects/{}",
            app.project_id("unaccompanied").await
        ))
        .await;
    let mexico = json["owners"][0]["id"].as_i64().expect("owner id");

    let (status, body) = app.get_text(&format!("/organisations/{mexico}")).await;

    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(page.texts("h1"), vec!["Mexico"]);
    let projects = page.texts("#org-projects-heading + ul li");
    assert!(
        projects
            .iter()
            .any(|p| p.contains("unaccompanied") && p.contains("Owner")),
        "{projects:?}"
    );
    assert!(body.contains("Roundtable chair"));
}

#[tokio::test]
async fn organisations_directory_filters_by_kind_and_pages() {
    let app = spawn_app().await;

    let (_, body) = app.get_text("/organisations").await;
    let page = Page::parse(&body);
    assert_eq!(page.texts(".results-count"), vec!["138 organisations"]);
    assert_eq!(page.texts(".org-list li").len(), 50);
    assert_eq!(
        page.attr(".pager a[rel=next]", "href").as_deref(),
        Some("/organisations?page=2")
    );

    let (_, body) = app.get_text("/organisations?kind=regional_process").await;
    let page = Page::parse(&body);
    assert_eq!(page.texts(".org-list li").len(), 5);
}

#[tokio::test]
async fn theme_page_lists_projects_and_recommendations() {
    let app = spawn_app().await;

    let (status, body) = app.get_text("/themes/irregular_migration").await;

    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert_eq!(
        page.texts("h1"),
        vec!["Joint strategies to address irregular migration"]
    );
    assert_eq!(
        page.texts(".outcomes > li").len(),
        10,
        "the ten recommendations of RT 1.2"
    );
    assert!(
        page.texts(".card-title")
            .contains(&"Protection of unaccompanied migrant children".to_owned())
    );
}

#[tokio::test]
async fn themes_and_about_pages_render() {
    let app = spawn_app().await;
    for path in ["/themes", "/about"] {
        let (status, body) = app.get_text(path).await;
        assert_eq!(status, 200, "{path}");
        Page::parse(&body).assert_well_formed("en", "ltr");
    }
}

#[tokio::test]
async fn an_empty_platform_says_so() {
    let app = spawn_app_with(false).await;

    let (status, body) = app.get_text("/").await;

    assert_eq!(status, 200);
    assert!(body.contains("No project has been published yet."));
    let (_, body) = app.get_text("/projects").await;
    assert!(body.contains("No project matches these filters."));
}

#[tokio::test]
async fn static_files_are_cached() {
    let app = spawn_app().await;

    let res = app.get("/static/css/site.css").await;

    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=86400")
    );
    assert_eq!(res.headers()["content-type"], "text/css; charset=utf-8");
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let again = app
        .client
        .get(format!("{}/static/css/site.css", app.address))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/projects", "/nope"] {
        let res = app.get(path).await;
        let h = res.headers();
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("frame-ancestors 'none'")
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.contains_key("referrer-policy"));
    }
}

#[tokio::test]
async fn health_answers_while_the_database_answers() {
    let app = spawn_app().await;

    let (status, json) = app.get_json("/healthz").await;

    assert_eq!(status, 200);
    assert_eq!(json["status"], "ok");
}

#[tokio::test]
async fn a_change_in_the_database_shows_at_once_whoever_made_it() {
    use diesel::prelude::*;
    let app = spawn_app().await;
    let id = app.project_id("migration profiles").await;
    let (_, before) = app.get_text(&format!("/projects/{id}")).await;
    assert!(before.contains("Developing migration profiles"));
    let _ = app.get_text("/projects").await; // cached now

    // Another instance (or a tool) changes the title behind this app's back.
    let db = app.db();
    let mut conn = db.conn().unwrap();
    diesel::update(pfp::db::schema::projects::table.find(id as i32))
        .set(pfp::db::schema::projects::title.eq("Migration profiles, second generation"))
        .execute(&mut *conn)
        .unwrap();

    let (_, page) = app.get_text(&format!("/projects/{id}")).await;
    assert!(page.contains("Migration profiles, second generation"));
    let (_, list) = app.get_text("/projects").await;
    assert!(list.contains("Migration profiles, second generation"));
}
