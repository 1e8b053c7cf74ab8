//! Proposing a project and taking it through review (issue 5, points 1–3 and 10), over
//! HTTP as the demo accounts see it, on both backends.

use std::time::Duration;

use crate::helpers::{Browser, Page, TestApp, location, spawn_app, spawn_app_configured};
use crate::mail_helpers::{SmtpServer, smtp};

/// The fields of a complete proposal, as a delegate types them.
pub(crate) fn complete(
    title: &str,
    summary: &str,
    themes: &[&'static str],
) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = [
        ("title", title),
        ("summary", summary),
        ("objectives", "Train officials.\nShare practice."),
        ("expected_results", "A network of trained officials."),
        ("countries", "MX"),
        ("countries", "GT"),
        ("regions", "americas"),
        ("need_kind_0", "funding"),
        ("need_description_0", "Seed money for the first year"),
        ("need_kind_1", "training"),
        ("need_description_1", ""),
        ("starts_on", "2027-01-01"),
        ("ends_on", "2028-12-31"),
        ("budget", "250k_1m"),
        ("stage", "design"),
        ("contact_name", "Ana López"),
        ("contact_email", "ana@example.org"),
        ("lang_of_text", "en"),
        ("intent", "continue"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    for t in themes {
        f.push(("themes".to_owned(), (*t).to_owned()));
    }
    f
}

/// Posts a form of owned pairs with the CSRF token of `b`'s session.
pub(crate) async fn post(
    b: &Browser,
    path: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let csrf = b.csrf("/").await;
    let mut all: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    b.post_form(path, &all).await
}

/// Posts fields given as string slices.
pub(crate) async fn post_str(
    b: &Browser,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let owned: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    post(b, path, &owned).await
}

/// The project id in a redirect to `/projects/{id}/…`.
pub(crate) fn id_in(location: &str) -> i64 {
    location
        .trim_start_matches("/projects/")
        .split(['/', '?'])
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no project id in {location:?}"))
}

pub(crate) async fn text(b: &Browser, path: &str) -> (u16, String) {
    let res = b.get(path).await;
    let status = res.status().as_u16();
    (status, res.text().await.expect("body"))
}

/// Creates a complete proposal as `b` and submits it; returns its id.
async fn propose_and_submit(
    b: &Browser,
    title: &str,
    summary: &str,
    themes: &[&'static str],
) -> i64 {
    let res = post(b, "/projects/new", &complete(title, summary, themes)).await;
    assert_eq!(res.status(), 303, "proposal accepted");
    let id = id_in(&location(&res));
    assert_eq!(location(&res), format!("/projects/{id}/check"));
    let (status, _) = text(b, &format!("/projects/{id}/check")).await;
    assert_eq!(status, 200);
    let res = post_str(b, &format!("/projects/{id}/submit"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("/projects/{id}?done=submitted"));
    // The next page says what happened and what comes next (issue 13, point 4).
    let (_, body) = text(b, &location(&res)).await;
    let notice = Page::parse(&body).texts(".notice[role=status]").join(" ");
    assert!(notice.contains("Submitted for review."), "{notice}");
    assert!(notice.contains("you will hear their decision"), "{notice}");
    id
}

#[tokio::test]
async fn a_refused_proposal_keeps_every_value_and_links_each_problem() {
    let app = spawn_app().await;
    let mx = app.browser(Some("mx-delegate")).await;
    let (status, body) = text(&mx, "/projects/new").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    assert_eq!(
        page.attr("#contact_email", "value").as_deref(),
        Some("mx-delegate@demo.example.org"),
        "the proposer is the default contact"
    );
    assert!(body.contains("on behalf of"), "says on whose behalf");

    let mut fields = complete(
        "Ventanilla <b>única</b>\u{7} for returning migrants",
        "",
        &["return_reintegration", "space_travel"],
    );
    fields.retain(|(k, _)| k != "ends_on" && k != "need_kind_1");
    fields.push(("ends_on".into(), "2026-06-01".into()));
    fields.push(("need_kind_1".into(), String::new()));
    fields.retain(|(k, _)| k != "need_description_1");
    fields.push((
        "need_description_1".into(),
        "Someone to train trainers".into(),
    ));
    let res = post(&mx, "/projects/new", &fields).await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    let page = Page::parse(&body);
    assert!(
        page.texts("title").join(" ").starts_with("Error:"),
        "{:?}",
        page.texts("title")
    );
    let links: Vec<String> = page
        .0
        .select(&scraper::Selector::parse(".error-summary a").unwrap())
        .map(|a| a.value().attr("href").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        links,
        vec![
            "#summary",
            "#theme-regular_migration_partnerships",
            "#need_kind_1",
            "#ends_on"
        ]
    );
    let summary = page.texts(".error-summary li").join(" | ");
    assert!(summary.contains("Enter a summary"), "{summary}");
    assert!(summary.contains("Choose themes from the list"), "{summary}");
    assert!(summary.contains("end date must be after"), "{summary}");
    // Every typed value is back, HTML shown as text.
    assert_eq!(
        page.attr("#title", "value").as_deref(),
        Some("Ventanilla <b>única</b>\u{7} for returning migrants")
    );
    assert!(!body.contains("<b>única</b>"), "typed HTML is escaped");
    assert!(
        page.attr("#theme-return_reintegration", "checked")
            .is_some()
    );
    assert!(
        page.attr("#countries option[value=GT]", "selected")
            .is_some()
    );
    assert!(page.attr("#region-americas", "checked").is_some());
    assert_eq!(
        page.attr("#need_description_1", "value").as_deref(),
        Some("Someone to train trainers")
    );
    assert_eq!(
        page.attr("#ends_on", "value").as_deref(),
        Some("2026-06-01")
    );
    assert_eq!(
        page.attr("#ends_on", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(
        page.attr("#budget option[value='250k_1m']", "selected")
            .is_some()
    );
    assert!(
        page.attr("#stage option[value=design]", "selected")
            .is_some()
    );
    // Nothing was stored.
    let (_, mine) = text(&mx, "/projects/mine").await;
    assert!(mine.contains("No draft."), "{mine}");
}

#[tokio::test]
async fn a_draft_is_saved_resumed_and_hidden_from_everyone_else() {
    let app = spawn_app().await;
    let mx = app.browser(Some("mx-delegate")).await;
    let res = post_str(
        &mx,
        "/projects/new",
        &[
            ("title", "Consular protection handbook"),
            ("stage", "initiation"),
            ("lang_of_text", "fr"),
            ("intent", "draft"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303, "a title is enough for a draft");
    let id = id_in(&location(&res));
    assert_eq!(
        location(&res),
        format!("/projects/{id}/edit?done=draft_saved")
    );

    let (status, body) = text(&mx, &location(&res)).await;
    assert_eq!(status, 200);
    assert!(body.contains("Draft saved"), "{body}");
    let page = Page::parse(&body);
    assert_eq!(
        page.attr("#title", "value").as_deref(),
        Some("Consular protection handbook")
    );
    assert!(
        page.attr("#lang_of_text option[value=fr]", "selected")
            .is_some()
    );

    // Resumed: more text, still a draft.
    let res = post_str(
        &mx,
        &format!("/projects/{id}/edit"),
        &[
            ("title", "Consular protection handbook"),
            ("summary", "A handbook for consuls."),
            ("stage", "design"),
            ("lang_of_text", "fr"),
            ("intent", "draft"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (_, mine) = text(&mx, "/projects/mine").await;
    let mine_page = Page::parse(&mine);
    assert!(
        mine_page
            .texts("section[aria-labelledby=drafts-heading] a")
            .contains(&"Consular protection handbook".to_owned()),
        "{mine}"
    );
    assert!(mine.contains("Mexico"), "names the government");
    // "Continue" on an incomplete draft says what is missing.
    let (status, check) = text(&mx, &format!("/projects/{id}/check")).await;
    assert_eq!(status, 422);
    assert!(check.contains("Enter the objectives"), "{check}");

    // Owners and facilitators see the draft; nobody else, not even through the API.
    let (status, body) = text(&mx, &format!("/projects/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("A handbook for consuls."));
    assert!(
        body.contains(&format!("/projects/{id}/edit")),
        "owners may edit"
    );
    let facilitator = app.browser(Some("facilitator")).await;
    assert_eq!(text(&facilitator, &format!("/projects/{id}")).await.0, 200);
    for who in [
        None,
        Some("observer"),
        Some("ch-delegate"),
        Some("reviewer"),
        Some("iom-member"),
    ] {
        let b = app.browser(who).await;
        assert_eq!(text(&b, &format!("/projects/{id}")).await.0, 404, "{who:?}");
    }
    let ch = app.browser(Some("ch-delegate")).await;
    assert_eq!(text(&ch, &format!("/projects/{id}/edit")).await.0, 404);
    assert_eq!(text(&ch, &format!("/projects/{id}/co-owners")).await.0, 404);
    assert_eq!(
        post_str(&ch, &format!("/projects/{id}/withdraw"), &[])
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/api/v1/projects/{id}")).await.status(),
        404
    );
    let (_, list) = app.get_text("/projects?q=consular").await;
    assert!(!list.contains("Consular protection handbook"));
}

#[tokio::test]
async fn a_similar_project_is_shown_and_its_owners_accept_a_request_to_join() {
    let app = spawn_app().await;
    let existing = app.project_id("unaccompanied").await;
    let ch = app.browser(Some("ch-delegate")).await;
    let res = post(
        &ch,
        "/projects/new",
        &complete(
            "Protecting unaccompanied migrant children in transit",
            "Cooperation between countries of origin, transit and destination to protect unaccompanied migrant children.",
            &["children", "protection_empowerment"],
        ),
    )
    .await;
    assert_eq!(res.status(), 303);
    let id = id_in(&location(&res));
    let (status, body) = text(&ch, &format!("/projects/{id}/check")).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let titles = page.texts(".similar-list h2 a");
    assert!(
        titles.iter().any(|t| t.contains("naccompanied")),
        "the existing project is shown: {titles:?}"
    );
    assert!(body.contains("Very likely the same project"), "{body}");
    assert!(!titles.iter().any(|t| t.contains("transit")), "not itself");

    // Ask to join instead of submitting.
    let res = post_str(
        &ch,
        &format!("/projects/{existing}/join"),
        &[("from", &id.to_string())],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/projects/mine?done=join_requested");
    let (_, mine) = text(&ch, "/projects/mine?done=join_requested").await;
    assert!(mine.contains("Your request to join has been sent"));
    assert!(mine.contains("Waiting for an answer"));

    // Mexico, owner of the existing project, sees the request and accepts it.
    let mx = app.browser(Some("mx-delegate")).await;
    let (_, mine) = text(&mx, "/projects/mine").await;
    let page = Page::parse(&mine);
    let form = page
        .attr("section[aria-labelledby=requests-heading] form", "action")
        .expect("a request to answer");
    assert!(mine.contains("Switzerland asks to join"), "{mine}");
    let res = post_str(&mx, &form, &[("answer", "accept")]).await;
    assert_eq!(res.status(), 303);
    let (_, json) = app.get_json(&format!("/api/v1/projects/{existing}")).await;
    let owners: Vec<&str> = json["owners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["code"].as_str().unwrap())
        .collect();
    assert_eq!(owners.len(), 2, "{owners:?}");
    assert!(
        owners.contains(&"CH") && owners.contains(&"MX"),
        "{owners:?}"
    );
    // A request cannot be answered twice.
    assert_eq!(
        post_str(&mx, &form, &[("answer", "decline")])
            .await
            .status(),
        404
    );

    // Facilitators see the likely duplicate flagged once the proposal is submitted.
    assert_eq!(
        post_str(&ch, &format!("/projects/{id}/submit"), &[])
            .await
            .status(),
        303
    );
    let facilitator = app.browser(Some("facilitator")).await;
    let (_, body) = text(&facilitator, &format!("/projects/{id}")).await;
    assert!(body.contains("Possible duplicates"), "{body}");
    let (_, body) = app.get_text(&format!("/projects/{id}")).await;
    assert!(
        !body.contains("Possible duplicates"),
        "visitors see no flag"
    );
}

#[tokio::test]
async fn a_government_invited_as_co_owner_confirms_on_the_platform() {
    let app = spawn_app().await;
    let mx = app.browser(Some("mx-delegate")).await;
    let res = post_str(
        &mx,
        "/projects/new",
        &[
            ("title", "Labour mobility pilot"),
            ("stage", "initiation"),
            ("lang_of_text", "en"),
            ("intent", "draft"),
        ],
    )
    .await;
    let id = id_in(&location(&res));
    let (status, body) = text(&mx, &format!("/projects/{id}/co-owners")).await;
    assert_eq!(status, 200);
    let page = Page::parse(&Page::parse(&body).0.html());
    let switzerland = page
        .0
        .select(&scraper::Selector::parse("#organisation option").unwrap())
        .find(|o| o.text().collect::<String>() == "Switzerland")
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .expect("Switzerland offered");
    assert!(!body.contains(">Mexico</option>"), "owners are not offered");
    // An unknown government is refused with a message.
    let res = post_str(
        &mx,
        &format!("/projects/{id}/co-owners"),
        &[("organisation", "999999")],
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose a government from the list")
    );

    let res = post_str(
        &mx,
        &format!("/projects/{id}/co-owners"),
        &[("organisation", &switzerland)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (_, body) = text(&mx, &location(&res)).await;
    assert!(body.contains("Invitation sent"));
    assert!(body.contains("Waiting for an answer"));
    // Invited twice: refused.
    let res = post_str(
        &mx,
        &format!("/projects/{id}/co-owners"),
        &[("organisation", &switzerland)],
    )
    .await;
    assert_eq!(res.status(), 422);

    // Before confirming, Switzerland cannot see the draft; it confirms on "My projects".
    let ch = app.browser(Some("ch-delegate")).await;
    assert_eq!(text(&ch, &format!("/projects/{id}")).await.0, 404);
    let (_, mine) = text(&ch, "/projects/mine").await;
    assert!(mine.contains("Labour mobility pilot"), "{mine}");
    let form = Page::parse(&mine)
        .attr(
            "section[aria-labelledby=invitations-heading] form",
            "action",
        )
        .expect("an invitation to answer");
    // Only a delegate of the invited government may answer.
    let other = app.browser(Some("observer")).await;
    assert_eq!(
        post_str(&other, &form, &[("answer", "accept")])
            .await
            .status(),
        403
    );
    let res = post_str(&ch, &form, &[("answer", "accept")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/projects/mine?done=invitation_accepted");

    // Now an owner: Switzerland sees and edits the draft.
    let (status, body) = text(&ch, &format!("/projects/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Switzerland") && body.contains("Mexico"));
    assert_eq!(text(&ch, &format!("/projects/{id}/edit")).await.0, 200);
    let (_, mine) = text(&ch, "/projects/mine").await;
    assert!(
        Page::parse(&mine)
            .texts("section[aria-labelledby=drafts-heading] a")
            .contains(&"Labour mobility pilot".to_owned())
    );
}

/// The kinds of the events recorded about project `id`, oldest first.
fn event_kinds(app: &TestApp, id: i64) -> Vec<String> {
    use diesel::prelude::*;
    use pfp::db::schema::events;
    let db = app.db();
    let mut conn = db.conn().unwrap();
    events::table
        .filter(events::project_id.eq(i32::try_from(id).unwrap()))
        .order(events::id)
        .select(events::kind)
        .load(&mut *conn)
        .unwrap()
}

/// Waits for the message whose subject starts with `subject` to reach `to`.
async fn mail_to(
    server: &SmtpServer,
    n: usize,
    to: &str,
    subject: &str,
) -> crate::mail_helpers::Received {
    let received = server.wait_for(n, Duration::from_secs(30)).await;
    received
        .into_iter()
        .find(|m| {
            m.header("To").is_some_and(|t| t.contains(to))
                && m.header("Subject").is_some_and(|s| s.starts_with(subject))
        })
        .unwrap_or_else(|| panic!("no mail {subject:?} to {to}"))
}

#[tokio::test]
async fn reviewers_decide_and_the_owners_receive_each_decision_by_mail() {
    let server = SmtpServer::start();
    let app: TestApp = spawn_app_configured(true, smtp(&server)).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let id = propose_and_submit(
        &mx,
        "Diaspora bonds for local development",
        "Municipal bonds sold to the diaspora to finance local infrastructure.",
        &["diaspora_engagement", "remittances"],
    )
    .await;
    let (_, body) = app.get_text(&format!("/projects/{id}")).await;
    assert!(
        body.contains("Submitted for review"),
        "public history: {body}"
    );

    // Facilitators never review.
    let facilitator = app.browser(Some("facilitator")).await;
    assert_eq!(text(&facilitator, "/review").await.0, 403);
    assert_eq!(
        post_str(
            &facilitator,
            &format!("/review/{id}"),
            &[("decision", "endorse")]
        )
        .await
        .status(),
        403
    );

    let reviewer = app.browser(Some("reviewer")).await;
    let (status, queue) = text(&reviewer, "/review").await;
    assert_eq!(status, 200);
    assert!(queue.contains("Diaspora bonds for local development"));
    assert!(queue.contains("1 project waits for review."), "{queue}");

    // Changes asked without comments: refused, comments required.
    let res = post_str(
        &reviewer,
        &format!("/review/{id}"),
        &[("decision", "request_changes"), ("comments", " ")],
    )
    .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Say what the owners should change"));
    assert!(
        Page::parse(&body)
            .attr("#decision-request_changes", "checked")
            .is_some()
    );
    let res = post_str(
        &reviewer,
        &format!("/review/{id}"),
        &[
            ("decision", "request_changes"),
            ("comments", "Say which municipalities take part."),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let mail = mail_to(
        &server,
        1,
        "mx-delegate@demo.example.org",
        "Changes requested: Diaspora bonds",
    )
    .await;
    let text_part = mail.part("text/plain").expect("a text part");
    assert!(
        text_part.contains("Say which municipalities take part."),
        "{text_part}"
    );
    assert!(
        text_part.contains(&format!("/projects/{id}")),
        "{text_part}"
    );
    assert!(mail.part("text/html").is_some());

    // The decision and its date are public; the comments are for the owners.
    let (_, public) = app.get_text(&format!("/projects/{id}")).await;
    assert!(
        public.contains("Review decision") && public.contains("Request changes"),
        "{public}"
    );
    assert!(!public.contains("Say which municipalities"));
    let (_, owners_view) = text(&mx, &format!("/projects/{id}")).await;
    assert!(owners_view.contains("Say which municipalities"));

    // The owners edit and resubmit; the reviewer declines with a reason.
    let mut fields = complete(
        "Diaspora bonds for local development",
        "Municipal bonds in Jalisco and Oaxaca sold to the diaspora.",
        &["diaspora_engagement"],
    );
    fields.retain(|(k, _)| k != "stage");
    let res = post(&mx, &format!("/projects/{id}/edit"), &fields).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("/projects/{id}/check"));
    assert_eq!(
        post_str(&mx, &format!("/projects/{id}/submit"), &[])
            .await
            .status(),
        303
    );
    let res = post_str(
        &reviewer,
        &format!("/review/{id}"),
        &[("decision", "decline"), ("comments", "")],
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Give the reason for declining")
    );
    let res = post_str(
        &reviewer,
        &format!("/review/{id}"),
        &[
            ("decision", "decline"),
            ("comments", "Outside the GFMD's remit."),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    mail_to(
        &server,
        2,
        "mx-delegate@demo.example.org",
        "Declined: Diaspora bonds",
    )
    .await;
    // Declined is final for the review: no longer in the queue.
    assert_eq!(text(&reviewer, &format!("/review/{id}")).await.0, 404);
    // Each submission and each decision left its event for the notifications.
    assert_eq!(
        event_kinds(&app, id),
        vec![
            "partner_added",
            "project_submitted",
            "review_decision",
            "project_submitted",
            "review_decision"
        ]
    );

    // Another proposal is endorsed, then withdrawn by its owners.
    let other = propose_and_submit(
        &mx,
        "Portable pensions for seasonal workers",
        "Social security agreements so that seasonal workers keep their pension rights.",
        &["social_protection", "labour_mobility"],
    )
    .await;
    let res = post_str(
        &reviewer,
        &format!("/review/{other}"),
        &[("decision", "endorse"), ("comments", "")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let mail = mail_to(
        &server,
        3,
        "mx-delegate@demo.example.org",
        "Endorsed: Portable pensions",
    )
    .await;
    assert!(mail.part("text/plain").unwrap().contains("endorsed"));
    let (_, public) = app.get_text(&format!("/projects/{other}")).await;
    assert!(
        public.contains("Endorsed by the reviewers"),
        "public history"
    );
    let res = post_str(&mx, &format!("/projects/{other}/withdraw"), &[]).await;
    assert_eq!(res.status(), 303);
    let (_, body) = text(&mx, &location(&res)).await;
    let notice = Page::parse(&body).texts(".notice[role=status]").join(" ");
    assert!(notice.contains("now shows as withdrawn"), "{notice}");
    let (_, json) = app.get_json(&format!("/api/v1/projects/{other}")).await;
    assert_eq!(json["status"], "withdrawn");
    assert_eq!(json["review"]["decision"], "endorse");
}

#[tokio::test]
async fn the_project_json_carries_the_proposal() {
    let app = spawn_app().await;
    let mx = app.browser(Some("mx-delegate")).await;
    let id = propose_and_submit(
        &mx,
        "Migrant resource centres",
        "One-stop centres informing migrants before departure.",
        &["protection_empowerment"],
    )
    .await;
    let (status, json) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(json["status"], "submitted");
    assert_eq!(json["stage"], "design");
    assert_eq!(json["owners"][0]["code"], "MX");
    assert_eq!(json["partners"][0]["role"], "owner");
    assert_eq!(
        json["themes"],
        serde_json::json!(["protection_empowerment"])
    );
    assert_eq!(json["countries"], serde_json::json!(["GT", "MX"]));
    assert_eq!(json["regions"], serde_json::json!(["americas"]));
    assert_eq!(json["needs"][0]["kind"], "funding");
    assert_eq!(
        json["needs"][0]["description"],
        "Seed money for the first year"
    );
    assert_eq!(json["needs"][1]["kind"], "training");
    assert_eq!(json["timeframe"]["start"], "2027-01-01");
    assert_eq!(json["timeframe"]["end"], "2028-12-31");
    assert_eq!(json["budget"], "250k_1m");
    assert_eq!(json["expected_results"], "A network of trained officials.");
    assert_eq!(json["stage_history"][0]["stage"], "design");
    assert!(json["submitted_at"].is_string());
    assert!(json["review"].is_null());
    assert!(
        json.get("contact_email").is_none(),
        "contacts are not open data"
    );
}

#[tokio::test]
async fn a_french_proposal_finds_the_english_project_it_resembles() {
    let app = spawn_app().await;
    let ch = app.browser(Some("ch-delegate")).await;
    let mut fields = complete(
        "Profils migratoires nationaux",
        "Des profils migratoires, menés par les gouvernements, pour améliorer la collecte des données et la cohérence des politiques.",
        &["migration_profiles", "policy_coherence_data"],
    );
    fields.retain(|(k, _)| k != "lang_of_text");
    fields.push(("lang_of_text".into(), "fr".into()));
    let res = post(&ch, "/projects/new?lang=fr", &fields).await;
    assert_eq!(res.status(), 303);
    let id = id_in(&location(&res));
    let (status, body) = text(&ch, &format!("/projects/{id}/check?lang=fr")).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let titles = page.texts(".similar-list h2 a");
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Developing migration profiles"),
        "{titles:?}"
    );
    assert!(
        body.contains("Projets semblables"),
        "the page speaks French"
    );
    assert_eq!(
        page.attr(".similar-list h2 a", "lang").as_deref(),
        Some("en"),
        "the English title is marked as English"
    );
}
