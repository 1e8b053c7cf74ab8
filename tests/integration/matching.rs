//! Matching (issue 6): the API on the demo data, the organisation dashboard and the
//! profile form, and the index following changes.

use crate::helpers::{Page, TestApp, spawn_app};

async fn matches(app: &TestApp, path: &str) -> Vec<serde_json::Value> {
    let (status, json) = app.get_json(path).await;
    assert_eq!(status, 200, "{path}: {json}");
    json["items"].as_array().expect("items").clone()
}

fn find<'a>(items: &'a [serde_json::Value], name: &str) -> Option<&'a serde_json::Value> {
    items.iter().find(|i| i["name"] == name)
}

fn codes(item: &serde_json::Value) -> Vec<String> {
    item["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn project_matches_are_ranked_explained_and_leave_out_partners() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;
    let (_, project) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    let partner_ids: Vec<i64> = project["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();

    let items = matches(&app, &format!("/api/v1/projects/{id}/matches")).await;

    assert_eq!(items.len(), 10, "default limit");
    let mut previous = f64::MAX;
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item["rank"], i + 1);
        assert!(item["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(item["kind"].as_str().is_some());
        assert!(
            !partner_ids.contains(&item["id"].as_i64().unwrap()),
            "{item}"
        );
        let score = item["score"].as_f64().unwrap();
        assert!(score <= previous && score > 0.0);
        previous = score;
        let reasons = item["reasons"].as_array().unwrap();
        assert!(!reasons.is_empty());
        let sum: f64 = reasons.iter().map(|r| r["weight"].as_f64().unwrap()).sum();
        assert!((sum - score).abs() < 0.01, "{item}");
        for r in reasons {
            assert!(
                r["text"]
                    .as_str()
                    .is_some_and(|t| !t.is_empty() && !t.contains("match-reason"))
            );
        }
    }
    // The project is about children in Mexico and Central America: UNICEF is a partner
    // already, so Save the Children (children, protection) is a fitting newcomer.
    let all = matches(&app, &format!("/api/v1/projects/{id}/matches?limit=50")).await;
    assert!(all.len() > 10);
    let scf = find(&all, "Save the Children").expect("Save the Children suggested");
    assert!(
        codes(scf).contains(&"profile_text".to_owned())
            || codes(scf).contains(&"shared_themes".to_owned()),
        "{scf}"
    );

    // A text reason names the project's own words that it found in the profile (from
    // its title, summary, objectives and needs).
    let mut written = format!(
        "{} {} {}",
        project["title"].as_str().unwrap(),
        project["summary"].as_str().unwrap(),
        project["objectives"].as_str().unwrap_or("")
    );
    for need in project["needs"].as_array().unwrap() {
        written.push(' ');
        written.push_str(need["description"].as_str().unwrap_or(""));
    }
    let written = written.to_lowercase();
    let text_reason = all
        .iter()
        .flat_map(|i| i["reasons"].as_array().unwrap().iter())
        .find(|r| r["code"] == "profile_text")
        .expect("a profile_text reason among 50");
    let text = text_reason["text"].as_str().unwrap();
    let words = text
        .strip_prefix("Its profile mentions: ")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        words.split(", ").all(|w| written.contains(w)),
        "{text} / {written}"
    );

    let three = matches(&app, &format!("/api/v1/projects/{id}/matches?limit=3")).await;
    assert_eq!(three.len(), 3);
    assert_eq!(three[0]["id"], items[0]["id"]);
}

#[tokio::test]
async fn reasons_come_in_the_language_of_the_request() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;

    let en = matches(&app, &format!("/api/v1/projects/{id}/matches")).await;
    let fr = matches(&app, &format!("/api/v1/projects/{id}/matches?lang=fr")).await;
    let (_, zh) = app
        .get_json(&format!("/api/v1/projects/{id}/matches?lang=zh"))
        .await;

    assert_eq!(en[0]["id"], fr[0]["id"]);
    let text = |items: &[serde_json::Value]| -> Vec<String> {
        items
            .iter()
            .flat_map(|i| i["reasons"].as_array().unwrap().clone())
            .map(|r| r["text"].as_str().unwrap().to_owned())
            .collect()
    };
    let (en, fr) = (text(&en), text(&fr));
    assert!(en.iter().any(|t| t.starts_with("Shared themes:")), "{en:?}");
    assert!(fr.iter().any(|t| t.starts_with("Thèmes communs")), "{fr:?}");
    assert_eq!(zh["lang"], "zh");
}

#[tokio::test]
async fn bad_limits_are_400_and_unknown_ids_404_in_json() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;
    for bad in ["0", "51", "ten", "-3"] {
        let (status, json) = app
            .get_json(&format!("/api/v1/projects/{id}/matches?limit={bad}"))
            .await;
        assert_eq!(status, 400, "limit={bad}");
        assert!(json["error"].is_object(), "{json}");
        let (status, _) = app
            .get_json(&format!("/api/v1/organisations/1/matches?limit={bad}"))
            .await;
        assert_eq!(status, 400, "limit={bad}");
    }
    for path in [
        "/api/v1/projects/999999/matches",
        "/api/v1/organisations/999999/matches",
        "/api/v1/projects/abc/matches",
    ] {
        let (status, json) = app.get_json(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(json["error"].is_object(), "{json}");
    }
}

#[tokio::test]
async fn organisations_get_projects_they_do_not_take_part_in_yet() {
    let app = spawn_app().await;
    let children = app.project_id("unaccompanied").await;
    let profiles = app.project_id("migration profiles").await;
    let (_, project) = app.get_json(&format!("/api/v1/projects/{children}")).await;
    let mexico = project["owners"][0]["id"].as_i64().unwrap();

    let (status, json) = app
        .get_json(&format!("/api/v1/organisations/{mexico}/matches"))
        .await;

    assert_eq!(status, 200);
    let items = json["items"].as_array().unwrap();
    let ids: Vec<i64> = items.iter().map(|i| i["id"].as_i64().unwrap()).collect();
    assert!(!ids.contains(&children), "Mexico owns it already");
    assert!(ids.contains(&profiles), "{json}");
    let item = items.iter().find(|i| i["id"] == profiles).unwrap();
    assert!(
        item["title"]
            .as_str()
            .unwrap()
            .contains("migration profiles")
    );
    assert_eq!(item["stage"], "design");
    assert!(codes(item).contains(&"shared_themes".to_owned()), "{item}");
}

#[tokio::test]
async fn the_dashboard_lists_projects_to_join_with_reasons() {
    let app = spawn_app().await;
    let b = app.browser(Some("mx-delegate")).await;

    let res = b.get("/my/organisation").await;

    assert_eq!(res.status(), 200);
    let page = Page::parse(&res.text().await.unwrap());
    page.assert_well_formed("en", "ltr");
    let titles = page.texts("ol.suggestions h3 a");
    assert!(
        titles.iter().any(|t| t.contains("migration profiles")),
        "{titles:?}"
    );
    let reasons = page.texts("ol.suggestions ul.reasons li");
    assert!(
        reasons.iter().any(|r| r.starts_with("Shared themes")),
        "{reasons:?}"
    );
    // Its header links there; observers have no organisation to show.
    assert!(!page.texts("a[href='/my/organisation']").is_empty());
    let observer = app.browser(Some("observer")).await;
    assert_eq!(observer.get("/my/organisation").await.status(), 403);
}

#[tokio::test]
async fn a_refused_profile_keeps_every_value_and_names_every_problem() {
    let app = spawn_app().await;
    let b = app.browser(Some("ch-delegate")).await;
    let csrf = b.csrf("/my/organisation/profile").await;

    let res = b
        .post_form(
            "/my/organisation/profile",
            &[
                ("csrf_token", csrf.as_str()),
                ("offer_kind_0", ""),
                ("offer_text_0", "Experts on child protection"),
                ("offer_kind_1", "training"),
                ("offer_text_1", "Courses for border officials"),
                ("theme", "children"),
                ("countries", "GT, Narnia"),
                ("language", "fr"),
            ],
        )
        .await;

    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    page.assert_well_formed("en", "ltr");
    let links: Vec<String> = page.texts(".error-summary a");
    assert_eq!(links.len(), 2, "{links:?}");
    assert_eq!(
        page.attr(".error-summary li:nth-child(1) a", "href")
            .as_deref(),
        Some("#offer_kind_0")
    );
    assert_eq!(
        page.attr(".error-summary li:nth-child(2) a", "href")
            .as_deref(),
        Some("#countries")
    );
    assert_eq!(
        page.attr("#offer_text_0", "value").as_deref(),
        Some("Experts on child protection")
    );
    assert_eq!(
        page.attr("#offer_kind_1 option[selected]", "value")
            .as_deref(),
        Some("training")
    );
    assert_eq!(
        page.attr("#countries", "value").as_deref(),
        Some("GT, Narnia")
    );
    assert!(page.attr("input[value=children]", "checked").is_some());
    assert!(
        page.attr("input[name=language][value=fr]", "checked")
            .is_some()
    );
    assert_eq!(
        page.attr("#countries", "aria-invalid").as_deref(),
        Some("true")
    );
}

#[tokio::test]
async fn a_saved_profile_shows_on_the_page_and_moves_the_ranking() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;
    let before = matches(
        &app,
        &format!("/api/v1/projects/{project}/matches?limit=50"),
    )
    .await;
    let swiss = find(&before, "Switzerland").expect("Switzerland is a candidate");
    let ch_id = swiss["id"].as_i64().unwrap();
    let need_before = swiss["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "need_offer")
        .map_or(0.0, |r| r["weight"].as_f64().unwrap());
    assert!(need_before < 3.0);
    let b = app.browser(Some("ch-delegate")).await;
    let form = Page::parse(
        &b.get("/my/organisation/profile")
            .await
            .text()
            .await
            .unwrap(),
    );
    let contact = form
        .attr("input[name=contact]", "value")
        .expect("the delegate can be a contact");
    let csrf = form.attr("input[name=csrf_token]", "value").unwrap();

    let res = b
        .post_form(
            "/my/organisation/profile",
            &[
                ("csrf_token", csrf.as_str()),
                ("offer_kind_0", "training"),
                (
                    "offer_text_0",
                    "Courses for border officials on child protection",
                ),
                ("offer_kind_1", "pilot_country"),
                ("offer_text_1", ""),
                ("offer_kind_2", "knowledge_sharing"),
                ("offer_text_2", "Our experience with unaccompanied minors"),
                ("offer_kind_3", ""),
                ("offer_text_3", ""),
                ("theme", "children"),
                ("theme", "trafficking"),
                ("region", "americas"),
                ("countries", "gt hn"),
                ("language", "en"),
                ("language", "fr"),
                ("contact", contact.as_str()),
            ],
        )
        .await;

    assert_eq!(res.status(), 200);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(page.texts("p.notice"), vec!["The profile has been saved."]);
    // The public page shows the profile and the contact.
    let (status, html) = app.get_text(&format!("/organisations/{ch_id}")).await;
    assert_eq!(status, 200);
    let org = Page::parse(&html);
    let offers = org.texts("dl.facts dd li");
    assert!(
        offers
            .iter()
            .any(|o| o.contains("Courses for border officials on child protection")),
        "{offers:?}"
    );
    assert!(
        org.texts("h3 + ul li")
            .iter()
            .any(|c| c.contains("Lukas Meier"))
    );
    // The index follows: Switzerland now offers all three needs.
    let after = matches(
        &app,
        &format!("/api/v1/projects/{project}/matches?limit=50"),
    )
    .await;
    let ch = find(&after, "Switzerland").expect("Switzerland suggested");
    let reasons = ch["reasons"].as_array().unwrap();
    let need = reasons.iter().find(|r| r["code"] == "need_offer").unwrap();
    assert_eq!(need["weight"], 3.0);
    assert!(codes(ch).contains(&"interested_in".to_owned()), "{ch}");
    assert!(ch["rank"].as_i64().unwrap() < swiss["rank"].as_i64().unwrap());
    assert!(ch["rank"].as_i64().unwrap() <= 3, "{ch}");
}

fn pfp_import(database_url: &str, file: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_pfp"))
        .arg("import")
        .arg(file)
        .env("PFP_DATABASE_URL", database_url)
        .env("PFP_LOG", "warn")
        .env_remove("PFP_ENV")
        .output()
        .expect("pfp runs")
}

#[tokio::test]
async fn import_loads_the_example_once_and_updates_on_codes() {
    let app = spawn_app().await;
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/import-example.json");

    let first = pfp_import(&app.database_url, &file);
    let again = pfp_import(&app.database_url, &file);

    let out = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(out.contains("organisations 2 added, 0 updated"), "{out}");
    assert!(out.contains("projects 1 added, 0 updated"), "{out}");
    assert!(
        out.contains("engagements 1 added, 0 already recorded"),
        "{out}"
    );
    assert!(out.contains("contact points 1 added"), "{out}");
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(out.contains("contact points 0 added"), "{out}");
    assert!(again.status.success());
    assert!(out.contains("organisations 0 added, 2 updated"), "{out}");
    assert!(out.contains("projects 0 added, 1 updated"), "{out}");
    assert!(
        out.contains("engagements 0 added, 1 already recorded"),
        "{out}"
    );

    let (_, list) = app
        .get_json("/api/v1/projects?q=remittances+for+small+businesses")
        .await;
    assert_eq!(list["total"], 1, "{list}");
    let id = list["items"][0]["id"].as_i64().unwrap();
    let (_, project) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(project["owners"][0]["code"], "MX");
    assert_eq!(project["needs"].as_array().unwrap().len(), 2);
    let partner = project["partners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "cs:KDA")
        .expect("the diaspora alliance is a partner")
        .clone();
    // Its profile is on its page, and the new project can be matched at once.
    let (_, html) = app
        .get_text(&format!("/organisations/{}", partner["id"]))
        .await;
    assert!(html.contains("Volunteer teams for community projects in Kenya"));
    assert!(
        html.contains("KDA Partnerships"),
        "its contact point, by name"
    );
    assert!(
        !html.contains("partnerships@kda.example.org"),
        "never its address"
    );
    let items = matches(&app, &format!("/api/v1/projects/{id}/matches")).await;
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i["name"] != "Kenyan Diaspora Alliance")
    );
}

#[tokio::test]
async fn a_bad_import_lists_every_problem_and_writes_nothing() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{
          "organisations": [
            {"code": "cs:GOOD", "name": "A good one", "kind": "civil_society",
             "contacts": [{"name": "Desk", "email": "desk at good", "lang": "en"}]},
            {"code": "cs:BAD", "name": "Bad", "kind": "civil_society",
             "profile": {"offers": [{"kind": "money"}]}}
          ],
          "projects": [
            {"code": "x1", "title": "A project", "summary": "Words", "status": "endorsed",
             "stage": "planning", "owners": ["cs:GOOD"], "needs": [{"kind": "funding"}, {"kind": "cash"}]}
          ]
        }"#,
    )
    .unwrap();

    let out = pfp_import(&app.database_url, &file);

    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for line in [
        "organisations[1].profile.offers[0].kind: unknown need code \"money\"",
        "organisations[0].contacts[0].email: not an e-mail address",
        "projects[0].stage: unknown stage code \"planning\"",
        "projects[0].needs[1].kind: unknown need code \"cash\"",
        "nothing imported",
    ] {
        assert!(err.contains(line), "{line} missing from {err}");
    }
    let (status, html) = app.get_text("/organisations?q=A+good+one").await;
    assert_eq!(status, 200);
    assert!(!html.contains(">A good one<"), "nothing was written");
}
