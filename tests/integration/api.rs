//! The read-only JSON API.

use crate::helpers::spawn_app;

#[tokio::test]
async fn project_list_takes_the_page_filters() {
    let app = spawn_app().await;

    let (status, json) = app.get_json("/api/v1/projects?theme=children").await;

    assert_eq!(status, 200);
    assert_eq!(json["total"], 1);
    let item = &json["items"][0];
    assert_eq!(
        item["title"],
        "Protection of unaccompanied migrant children"
    );
    assert_eq!(item["stage"], "implementation");
    assert_eq!(item["owners"][0], "Mexico");
    assert!(
        item["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/projects/{}", item["id"]))
    );

    let (_, json) = app.get_json("/api/v1/projects").await;
    assert_eq!(json["total"], 3);
    assert_eq!(json["pages"], 1);
}

#[tokio::test]
async fn project_carries_stage_status_owners_partners_and_history() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;

    let (status, json) = app.get_json(&format!("/api/v1/projects/{id}")).await;

    assert_eq!(status, 200);
    assert_eq!(json["stage"], "implementation");
    assert_eq!(json["status"], "endorsed");
    assert_eq!(json["owners"][0]["code"], "MX");
    let roles: Vec<&str> = json["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["role"].as_str().unwrap())
        .collect();
    assert!(roles.contains(&"technical_support") && roles.contains(&"participant"));
    let history = json["stage_history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["stage"], "implementation");
    assert_eq!(history.last().unwrap()["date"], "2010-11-10");
    assert!(
        json["themes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "children")
    );
    assert!(
        json["needs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["kind"].is_string())
    );
}

#[tokio::test]
async fn organisation_carries_engagements() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;
    let (_, project) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    let mexico = project["owners"][0]["id"].as_i64().unwrap();

    let (status, json) = app
        .get_json(&format!("/api/v1/organisations/{mexico}"))
        .await;

    assert_eq!(status, 200);
    assert_eq!(json["code"], "MX");
    assert_eq!(json["kind"], "government");
    assert!(json["engagements"].as_array().unwrap().len() >= 6);
    assert!(
        json["projects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["role"] == "owner")
    );
}

#[tokio::test]
async fn api_errors_are_json() {
    let app = spawn_app().await;

    let (status, json) = app.get_json("/api/v1/projects/424242").await;
    assert_eq!(status, 404);
    assert_eq!(json["error"]["status"], 404);

    let (status, json) = app.get_json("/api/v1/projects?stage=planning").await;
    assert_eq!(status, 400);
    assert!(
        json["error"]["detail"]
            .as_str()
            .unwrap()
            .contains("planning")
    );

    let (status, _) = app.get_json("/api/v1/organisations/abc").await;
    assert_eq!(status, 404);
}
