//! Needs that follow partnerships (issue 13, point 5): a new partner puts the question
//! "which needs does it meet?" to the owners; their answer gives each need its state on
//! the project page and in the API; a project whose needs are all met leaves the
//! facilitators' queue, and ending the partnership reopens what it met.

use crate::brokering::{organisation_id, post};
use crate::helpers::{TestApp, spawn_app};

async fn need_ids(app: &TestApp, project: i64) -> Vec<i64> {
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    json["needs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_i64().unwrap())
        .collect()
}

async fn states(app: &TestApp, project: i64) -> Vec<String> {
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    json["needs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["state"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn owners_say_which_needs_a_partner_meets_and_the_queue_follows() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;
    let nl = organisation_id(&app, "NL");
    let mx = app.browser(Some("mx-delegate")).await;
    let f = app.browser(Some("facilitator")).await;
    let in_queue = format!("href=\"/facilitator/projects/{project}\"");
    let (_, queue) = f.page("/facilitator").await;
    assert!(queue.contains(&in_queue), "{queue}");

    // The owners add a partner: the question waits for them.
    let manage = format!("/projects/{project}/manage");
    let res = post(
        &mx,
        &manage,
        &format!("/projects/{project}/partners"),
        &[("organisation", &nl.to_string()), ("role", "funder")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let question = format!("/projects/{project}/needs/{nl}");
    let (_, waiting) = mx.page("/introductions").await;
    assert!(
        waiting.contains(&format!("href=\"{question}\"")),
        "{waiting}"
    );
    let (_, manage_page) = mx.page(&manage).await;
    assert!(manage_page.contains(&format!("href=\"{question}\"")));

    // A form missing an answer comes back with what was chosen and says what to fix.
    let ids = need_ids(&app, project).await;
    assert!(ids.len() >= 2);
    let first = format!("need-{}", ids[0]);
    let res = post(&mx, &question, &question, &[(&first, "fully")]).await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Choose one answer for each need"), "{body}");
    assert!(
        body.contains(&format!("value=\"fully\" id=\"{first}-fully\" checked")),
        "{body}"
    );
    assert_eq!(states(&app, project).await, vec!["open"; ids.len()]);

    // One need in part, the others fully: all met but one, then all.
    let mut fields: Vec<(String, &str)> = ids
        .iter()
        .map(|id| (format!("need-{id}"), "fully"))
        .collect();
    fields[1].1 = "partly";
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let res = post(&mx, &question, &question, &pairs).await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        crate::helpers::location(&res),
        format!("/projects/{project}/manage?done=needs")
    );
    let got = states(&app, project).await;
    assert_eq!(got[1], "partly_met");
    assert!(got.iter().enumerate().all(|(i, s)| i == 1 || s == "met"));
    let (_, page) = app
        .browser(None)
        .await
        .page(&format!("/projects/{project}"))
        .await;
    assert!(page.contains("Partly met by Netherlands"), "{page}");
    assert!(page.contains("Needs met"), "the history says so: {page}");
    let (_, queue) = f.page("/facilitator").await;
    assert!(
        queue.contains(&in_queue),
        "a need partly met still wants partners"
    );
    let (_, waiting) = mx.page("/introductions").await;
    assert!(!waiting.contains(&question), "answered");

    let pairs: Vec<(String, &str)> = ids
        .iter()
        .map(|id| (format!("need-{id}"), "fully"))
        .collect();
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let res = post(&mx, &question, &question, &pairs).await;
    assert_eq!(res.status(), 303);
    assert_eq!(states(&app, project).await, vec!["met"; ids.len()]);
    let (_, queue) = f.page("/facilitator").await;
    assert!(
        !queue.contains(&in_queue),
        "all needs met: out of the queue"
    );

    // The partnership ends: what it met is open again, and the project is back.
    let res = post(
        &mx,
        &manage,
        &format!("/projects/{project}/partners/remove"),
        &[("organisation", &nl.to_string()), ("role", "funder")],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(states(&app, project).await, vec!["open"; ids.len()]);
    let (_, queue) = f.page("/facilitator").await;
    assert!(queue.contains(&in_queue));
    let (status, _) = mx.page(&question).await;
    assert_eq!(status, 404, "no longer a partner");
}

#[tokio::test]
async fn only_the_owners_say_and_the_page_shows_what_was_saved() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;
    let nl = organisation_id(&app, "NL");
    let mx = app.browser(Some("mx-delegate")).await;
    let manage = format!("/projects/{project}/manage");
    let res = post(
        &mx,
        &manage,
        &format!("/projects/{project}/partners"),
        &[("organisation", &nl.to_string()), ("role", "funder")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let question = format!("/projects/{project}/needs/{nl}");
    let ids = need_ids(&app, project).await;
    let first = format!("need-{}", ids[0]);

    // Another government's delegate may not answer.
    let ch = app.browser(Some("ch-delegate")).await;
    let (status, _) = ch.page(&question).await;
    assert_eq!(status, 403);

    let mut pairs: Vec<(String, &str)> = ids
        .iter()
        .map(|id| (format!("need-{id}"), "none"))
        .collect();
    pairs[0].1 = "fully";
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let res = post(&mx, &question, &question, &pairs).await;
    assert_eq!(res.status(), 303);
    let (_, page) = mx.page(&question).await;
    assert!(
        page.contains(&format!("value=\"fully\" id=\"{first}-fully\" checked")),
        "the saved answer is shown: {page}"
    );
    assert_eq!(states(&app, project).await[0], "met");
}
