//! Confirmation after every action (issue 13, point 4): sending an introduction,
//! expressing interest, proposing and changing a meeting, answering. The next page says
//! what happened and what comes next. (Submitting for review and withdrawing:
//! `proposals.rs`.)

use crate::helpers::{Browser, Page, location, spawn_app};

async fn post(b: &Browser, page: &str, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf = b.csrf(page).await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(path, &all).await
}

/// The notice the page after `res` (a redirect) shows.
async fn notice_after(b: &Browser, res: reqwest::Response) -> String {
    assert_eq!(res.status(), 303);
    let (status, body) = b.page(&location(&res)).await;
    assert_eq!(status, 200);
    Page::parse(&body).texts(".notice[role=status]").join(" ")
}

#[tokio::test]
async fn every_brokering_and_review_step_says_what_happened_and_what_comes_next() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    let mx = json["owners"][0]["id"].as_i64().unwrap().to_string();
    let handbook = app.project_id("handbook").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{handbook}")).await;
    let ch = json["partners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "CH")
        .and_then(|p| p["id"].as_i64())
        .unwrap()
        .to_string();
    let f = app.browser(Some("facilitator")).await;
    let swiss = app.browser(Some("ch-delegate")).await;
    let mexico = app.browser(Some("mx-delegate")).await;

    let page = format!("/projects/{project}");
    let res = post(
        &swiss,
        &page,
        &format!("/projects/{project}/interest"),
        &[
            ("offer", "funding"),
            ("message", "We could fund the course."),
        ],
    )
    .await;
    let n = notice_after(&swiss, res).await;
    assert!(
        n.contains("Your interest has been sent to the project's owners"),
        "{n}"
    );
    assert!(n.contains("you will hear their answer"), "{n}");

    let form = format!("/facilitator/projects/{project}/introduce?organisation={ch}");
    let res = post(
        &f,
        &form,
        &format!("/facilitator/projects/{project}/introduce"),
        &[
            ("organisation", &ch),
            ("role", "funder"),
            ("message", "Switzerland funds child-protection training."),
        ],
    )
    .await;
    let n = notice_after(&f, res).await;
    assert!(n.contains("Introduction sent."), "{n}");
    assert!(n.contains("when both accept, they become partners"), "{n}");

    let form = format!("/projects/{project}/meetings/new");
    let res = post(
        &f,
        &form,
        &form,
        &[
            ("organisation", &mx),
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
    let meeting = location(&res).split('?').next().unwrap().to_owned();
    let n = notice_after(&f, res).await;
    assert!(n.contains("Meeting proposed."), "{n}");
    let res = post(
        &f,
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
            ("agenda", "Dates"),
        ],
    )
    .await;
    let n = notice_after(&f, res).await;
    assert!(n.contains("Meeting changed."), "{n}");
    // Answering a meeting says so on the page it answers with.
    let res = post(
        &mexico,
        &meeting,
        &format!("{meeting}/answer"),
        &[("answer", "yes")],
    )
    .await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(
        !Page::parse(&body).texts(".notice").join(" ").is_empty(),
        "{body}"
    );
}
