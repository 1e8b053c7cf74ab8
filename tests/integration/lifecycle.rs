//! The whole life of a project over HTTP, as its delegates, a reviewer and an observer
//! live it (issue 5): a proposal that is shown a similar project, submission, review and
//! endorsement, each stage, an update, a resource, a question and its answer; the public
//! page then tells the story. Runs on both backends like every integration test.

use crate::helpers::{Browser, Page, location, spawn_app};

/// POSTs `fields` with `b`'s CSRF token.
async fn send(b: &Browser, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf = b.csrf("/").await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(path, &all).await
}

async fn body(b: &Browser, path: &str) -> (u16, String) {
    let res = b.get(path).await;
    let status = res.status().as_u16();
    (status, res.text().await.expect("body"))
}

/// Moves the project to `stage` today with `note`, as its manager.
async fn move_to(mx: &Browser, id: i64, stage: &str, note: &str) {
    let today = chrono::Utc::now().date_naive().to_string();
    let res = send(
        mx,
        &format!("/projects/{id}/stage"),
        &[("stage", stage), ("changed_on", &today), ("note", note)],
    )
    .await;
    assert_eq!(res.status(), 303, "moved to {stage}");
}

#[tokio::test]
async fn a_project_lives_its_whole_life_on_the_platform() {
    let app = spawn_app().await;
    let mx = app.browser(Some("mx-delegate")).await;

    // Mexico proposes a project much like one already on the platform.
    let today = chrono::Utc::now().date_naive().to_string();
    let res = send(
        &mx,
        "/projects/new",
        &[
            ("title", "Migration profiles for Central America"),
            (
                "summary",
                "Developing national migration profiles with the governments of Central \
                 America, so that migration data informs development planning.",
            ),
            (
                "objectives",
                "Train statisticians.\nPublish one profile per country.",
            ),
            ("expected_results", "Five published migration profiles."),
            ("themes", "migration_profiles"),
            ("themes", "policy_coherence_data"),
            ("countries", "GT"),
            ("countries", "HN"),
            ("regions", "americas"),
            ("need_kind_0", "data_research"),
            ("need_description_0", "Survey design and household data"),
            ("starts_on", "2027-01-01"),
            ("ends_on", "2028-12-31"),
            ("budget", "250k_1m"),
            ("stage", "initiation"),
            ("contact_name", "Ana López"),
            ("contact_email", "ana@example.org"),
            ("lang_of_text", "en"),
            ("intent", "continue"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303, "the proposal is accepted");
    let check = location(&res);
    let id: i64 = check
        .trim_start_matches("/projects/")
        .split('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("a project id");
    assert_eq!(check, format!("/projects/{id}/check"));

    // Before submitting, the similar project is shown; Mexico goes on.
    let (status, page) = body(&mx, &check).await;
    assert_eq!(status, 200);
    let similar = Page::parse(&page).texts(".similar-list h2 a");
    assert!(
        similar.iter().any(|t| t.contains("migration profiles")),
        "the existing project is shown: {similar:?}"
    );
    let res = send(&mx, &format!("/projects/{id}/submit"), &[]).await;
    assert_eq!(res.status(), 303);

    // A reviewer of the GFMD structures endorses it.
    let reviewer = app.browser(Some("reviewer")).await;
    let (_, queue) = body(&reviewer, "/review").await;
    assert!(queue.contains("Migration profiles for Central America"));
    let res = send(
        &reviewer,
        &format!("/review/{id}"),
        &[("decision", "endorse"), ("comments", "")],
    )
    .await;
    assert_eq!(res.status(), 303);

    // Its owners take it through each stage, with news on the way.
    move_to(
        &mx,
        id,
        "design",
        "Questionnaires agreed with the statistics offices",
    )
    .await;
    let res = send(
        &mx,
        &format!("/projects/{id}/updates"),
        &[
            (
                "body",
                "Guatemala and Honduras signed the data-sharing agreement.",
            ),
            ("posted_on", &today),
        ],
    )
    .await;
    assert_eq!(res.status(), 303, "update posted");
    move_to(
        &mx,
        id,
        "implementation",
        "Fieldwork started in both countries",
    )
    .await;
    let res = send(
        &mx,
        &format!("/projects/{id}/resources/new"),
        &[
            ("title", "Migration profile of Guatemala, first edition"),
            ("kind", "migration_profile"),
            ("lang", "es"),
            ("url", "https://example.org/profiles/guatemala.pdf"),
            ("countries", "GT"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303, "resource added");

    // An observer asks; the owners answer.
    let observer = app.browser(Some("observer")).await;
    let res = send(
        &observer,
        &format!("/projects/{id}/questions"),
        &[("body", "Will the household data be published?")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let question: i64 = location(&res)
        .rsplit('-')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("a question id");
    let res = send(
        &mx,
        &format!("/projects/{id}/questions/{question}/answer"),
        &[("answer", "Yes, anonymised, with each profile.")],
    )
    .await;
    assert_eq!(res.status(), 303);
    // The observer who asked hears of the answer (in the app at once; by mail in the
    // daily digest, the default for answers).
    let mut heard = String::new();
    for _ in 0..100 {
        let (_, notes) = body(&observer, "/notifications").await;
        if notes.contains("Migration profiles for Central America") {
            heard = notes;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(!heard.is_empty(), "the asker is told of the answer");
    move_to(&mx, id, "completion", "Five profiles published").await;

    // Anyone now reads the whole story on the public page.
    let visitor = app.browser(None).await;
    let (status, html) = body(&visitor, &format!("/projects/{id}")).await;
    assert_eq!(status, 200);
    let page = Page::parse(&html);
    page.assert_well_formed("en", "ltr");
    let timeline = page.texts(".timeline li");
    let stages: Vec<&str> = ["Initiation", "Design", "Implementation", "Completion"].to_vec();
    assert_eq!(timeline.len(), stages.len(), "{timeline:?}");
    for (entry, stage) in timeline.iter().zip(&stages) {
        assert!(entry.contains(stage), "{entry:?} is {stage}");
    }
    assert!(timeline[1].contains("Questionnaires agreed with the statistics offices"));
    assert!(timeline[3].contains("Five profiles published"));
    assert!(html.contains("Endorsed"), "the review decision is public");
    assert!(html.contains("Guatemala and Honduras signed the data-sharing agreement."));
    assert!(html.contains("Migration profile of Guatemala, first edition"));
    assert!(html.contains("Will the household data be published?"));
    assert!(html.contains("Yes, anonymised, with each profile."));

    // The JSON says the same.
    let (_, json) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(json["stage"], "completion");
    assert_eq!(json["status"], "endorsed");
    assert_eq!(json["stage_history"].as_array().map(Vec::len), Some(4));
    assert_eq!(json["owners"][0]["country"], "MX");
}
