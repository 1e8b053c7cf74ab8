//! Open data on brokering outcomes (issue 13, point 7): the public page and the JSON count
//! introductions per month, kind of organisation and theme, withhold small counts (and the
//! one that would give them back), leave drafts out, and carry nothing personal.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use pfp::db::schema::{introductions, organisations, project_partners, projects};
use serde_json::Value;

use crate::brokering::{introduce_org, organisation_id};
use crate::helpers::{Page, TestApp, spawn_app};

fn october(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 10, day)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

/// Records an introduction of `org` to `project` proposed on `proposed`, ended in `state`
/// `days` later (history, as the answers and the expiry sweeper would have left it).
fn history(
    app: &TestApp,
    project: i64,
    org: i32,
    state: &str,
    proposed: NaiveDateTime,
    days: Option<i64>,
) {
    let closed = days.map(|d| proposed + Duration::days(d));
    let answer = |yes: bool| if yes { Some("accepted") } else { None };
    diesel::insert_into(introductions::table)
        .values((
            introductions::project_id.eq(project as i32),
            introductions::organisation_id.eq(org),
            introductions::role.eq("technical_support"),
            introductions::message.eq("A private message nobody else may read."),
            introductions::lang.eq("en"),
            introductions::state.eq(state),
            introductions::project_answer.eq(answer(state == "accepted")),
            introductions::candidate_answer.eq(if state == "declined" {
                Some("declined")
            } else {
                answer(state == "accepted")
            }),
            introductions::decline_reason.eq(if state == "declined" {
                "Our budget is committed elsewhere."
            } else {
                ""
            }),
            introductions::expires_at.eq(proposed + Duration::days(30)),
            introductions::closed_at.eq(closed),
            introductions::created_at.eq(proposed),
            introductions::updated_at.eq(closed.unwrap_or(proposed)),
        ))
        .execute(&mut app.db().conn().unwrap())
        .expect("introduction recorded");
}

/// Organisations of `kind` that are not partners of `project`, by name.
fn not_partners(app: &TestApp, project: i64, kind: &str) -> Vec<(i32, String)> {
    let mut conn = app.db().conn().unwrap();
    let partners: Vec<i32> = project_partners::table
        .filter(project_partners::project_id.eq(project as i32))
        .select(project_partners::organisation_id)
        .load(&mut conn)
        .unwrap();
    organisations::table
        .filter(organisations::kind.eq(kind))
        .filter(organisations::id.ne_all(partners))
        .filter(organisations::code.ne("NL"))
        .order(organisations::name)
        .select((organisations::id, organisations::name))
        .load(&mut conn)
        .unwrap()
}

fn row<'a>(json: &'a Value, month: &str, kind: &str, theme: &str) -> &'a Value {
    json["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["month"] == month && r["organisation_kind"] == kind && r["theme"] == theme)
        .unwrap_or_else(|| panic!("no row {month} {kind} {theme} in {json}"))
}

#[tokio::test]
async fn brokering_outcomes_are_published_with_small_counts_withheld() {
    let app = spawn_app().await;
    let project = app.project_id("unaccompanied").await;

    // Nothing proposed yet: the page says so, the JSON is empty.
    let (status, body) = app.get_text("/open-data/brokering").await;
    assert_eq!(status, 200);
    assert!(
        body.contains("No introduction has been proposed to a public project yet."),
        "{body}"
    );
    let (status, json) = app.get_json("/api/v1/brokering-outcomes").await;
    assert_eq!(status, 200);
    assert_eq!(json["items"], serde_json::json!([]));
    assert_eq!(json["withheld_below"], 3);

    // October 2026: four governments introduced, three accepted by both (after 2, 4 and 9
    // days), one declined; one international organisation introduced, still waiting.
    let governments = not_partners(&app, project, "government");
    assert!(governments.len() >= 4, "{governments:?}");
    for (i, (days, state)) in [
        (2, "accepted"),
        (4, "accepted"),
        (9, "accepted"),
        (1, "declined"),
    ]
    .into_iter()
    .enumerate()
    {
        history(
            &app,
            project,
            governments[i].0,
            state,
            october(5 + i as u32),
            Some(days),
        );
    }
    let ios = not_partners(&app, project, "international_organisation");
    history(&app, project, ios[0].0, "proposed", october(20), None);
    // An introduction to a draft counts nowhere.
    let handbook = app.project_id("handbook").await;
    diesel::update(projects::table.find(handbook as i32))
        .set(projects::status.eq("draft"))
        .execute(&mut app.db().conn().unwrap())
        .unwrap();
    history(
        &app,
        handbook,
        governments[0].0,
        "declined",
        october(6),
        Some(3),
    );
    // And one proposed today, through the facilitator's form.
    let nl = organisation_id(&app, "NL");
    introduce_org(&app, project, nl).await;
    let this_month = chrono::Utc::now().format("%Y-%m").to_string();

    let (_, json) = app.get_json("/api/v1/brokering-outcomes").await;
    let governments_row = row(&json, "2026-10", "government", "children");
    assert_eq!(governments_row["proposed"], 4, "{json}");
    assert_eq!(governments_row["accepted_by_both"], 3, "{json}");
    assert_eq!(
        governments_row["declined"],
        Value::Null,
        "one decline is withheld: {json}"
    );
    assert_eq!(
        governments_row["expired"],
        Value::Null,
        "the 0 goes too, or 4 − 3 − 0 would give the decline back: {json}"
    );
    // Four answers (the decline is one): 1, 2, 4, 9 days → 3.
    assert_eq!(governments_row["median_days_to_answer"], 3.0, "{json}");
    let io_row = row(&json, "2026-10", "international_organisation", "children");
    assert_eq!(io_row["proposed"], Value::Null, "{json}");
    assert_eq!(io_row["accepted_by_both"], 0, "{json}");
    assert_eq!(io_row["median_days_to_answer"], Value::Null, "{json}");
    let today = row(&json, &this_month, "government", "children");
    assert_eq!(today["proposed"], Value::Null, "{json}");
    // Newest month first; nothing of the draft; nothing personal.
    assert_eq!(json["items"][0]["month"], this_month.as_str(), "{json}");
    let text = json.to_string();
    for private in [
        "private message",
        "budget is committed",
        "Netherlands",
        governments[3].1.as_str(),
        "handbook",
    ] {
        assert!(!text.contains(private), "{private} in {text}");
    }
    // The page shows the same table in the visitor's language, linked from every footer.
    let (status, body) = app.get_text("/open-data/brokering?lang=fr").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("fr", "ltr");
    assert!(
        body.contains("href=\"/open-data/brokering\""),
        "footer link"
    );
    let cells = page.texts("table.data-table tbody tr");
    let october_governments = cells
        .iter()
        .find(|r| r.contains("octobre 2026") && r.contains("Gouvernement"))
        .unwrap_or_else(|| panic!("{cells:?}"));
    assert!(
        october_governments.contains("moins de 3"),
        "{october_governments}"
    );
    assert!(october_governments.contains('4'), "{october_governments}");
    let (_, body) = app.get_text("/open-data/brokering?lang=ar").await;
    Page::parse(&body).assert_well_formed("ar", "rtl");
    assert!(body.contains("أقل من 3"));
}
