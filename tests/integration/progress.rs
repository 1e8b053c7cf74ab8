//! A project's progress as its managers, facilitators and visitors meet it (issue 5,
//! points 4, 5, 7, 8 and 9): stages either way with dated notes, updates and milestones,
//! the "update overdue" flag and its notices, questions with answers and moderation,
//! the GFMD recommendations' pages, and partners added and removed. Everything is
//! checked on the page a visitor sees, and on the events the notifications read.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use pfp::db::Db;
use pfp::db::schema::{events, projects};

use crate::helpers::{Browser, Page, TestApp, location, spawn_app, spawn_app_configured};

/// The demo project Mexico owns.
async fn children(app: &TestApp) -> i64 {
    app.project_id("unaccompanied").await
}

impl Browser {
    /// POSTs `fields` with this browser's CSRF token.
    async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf("/").await;
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_form(path, &all).await
    }
}

/// `(kind, project, subject, summary)` of every event, oldest first.
fn events_of(app: &TestApp) -> Vec<(String, Option<i32>, Option<i32>, String)> {
    let db = app.db();
    let mut conn = db.conn().expect("connection");
    events::table
        .select((
            events::kind,
            events::project_id,
            events::subject_id,
            events::summary,
        ))
        .order(events::id)
        .load(&mut conn)
        .expect("events")
}

fn day(days_ago: i64) -> String {
    (Utc::now().date_naive() - Duration::days(days_ago)).to_string()
}

#[tokio::test]
async fn managers_move_a_project_either_way_and_the_timeline_shows_it() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let visitor = app.browser(None).await;

    let (status, body) = mx.page(&format!("/projects/{id}/manage")).await;
    assert_eq!(status, 200);
    Page::parse(&body).assert_well_formed("en", "ltr");

    // Back from implementation to design, then on to completion.
    let back = day(10);
    let res = mx
        .submit(
            &format!("/projects/{id}/stage"),
            &[
                ("stage", "design"),
                ("changed_on", &back),
                ("note", "Curriculum revised after the pilot"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("/projects/{id}/manage?done=stage"));
    let (_, body) = mx.page(&location(&res)).await;
    assert!(body.contains("The project has moved to its new stage."));
    let res = mx
        .submit(
            &format!("/projects/{id}/stage"),
            &[("stage", "completion"), ("changed_on", ""), ("note", "")],
        )
        .await;
    assert_eq!(res.status(), 303);

    let (status, body) = visitor.page(&format!("/projects/{id}")).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let timeline = page.texts("ol.timeline li");
    let n = timeline.len();
    assert!(n >= 4, "{timeline:?}");
    assert!(timeline[n - 2].contains("Design"));
    assert!(timeline[n - 2].contains("Curriculum revised after the pilot"));
    assert_eq!(
        page.attr(
            &format!("ol.timeline li:nth-child({}) time", n - 1),
            "datetime"
        ),
        Some(back.clone())
    );
    assert!(timeline[n - 1].contains("Completion"));
    assert!(page.texts(".page-header .badge")[0].contains("Completion"));
    assert!(page.texts("ol.history li")[0].contains("Stage changed"));

    let (_, json) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(json["stage"], "completion");

    let stages: Vec<_> = events_of(&app)
        .into_iter()
        .filter(|e| e.0 == "stage_changed")
        .collect();
    assert_eq!(stages.len(), 2);
    assert_eq!(stages[0].1, Some(id as i32));
    assert_eq!(stages[0].3, "design");
    assert_eq!(stages[1].3, "completion");
}

#[tokio::test]
async fn a_refused_stage_form_keeps_what_was_typed_and_says_why() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let tomorrow = day(-1);
    let res = mx
        .submit(
            &format!("/projects/{id}/stage"),
            &[
                ("stage", "implementation"),
                ("changed_on", &tomorrow),
                ("note", "Typed <b>note</b>"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    let summary = page.texts(".error-summary a");
    assert!(summary.iter().any(|s| s.contains("already at this stage")));
    assert!(summary.iter().any(|s| s.contains("later than today")));
    assert_eq!(
        page.attr(".error-summary a[href='#changed_on']", "href")
            .as_deref(),
        Some("#changed_on")
    );
    assert_eq!(page.attr("#changed_on", "value"), Some(tomorrow));
    assert_eq!(page.texts("#stage_note"), vec!["Typed <b>note</b>"]);
    assert_eq!(
        page.attr("#stage option[selected]", "value"),
        None,
        "the current stage is not offered"
    );

    let res = mx
        .submit(
            &format!("/projects/{id}/stage"),
            &[("stage", "nonsense"), ("changed_on", "31/12/2026")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Choose the stage the project moves to."));
    assert!(body.contains("Enter a date such as 2026-03-31."));
    assert!(body.contains("value=\"31/12/2026\""));

    // Not before the last change on the timeline (the demo history starts in 2010).
    let res = mx
        .submit(
            &format!("/projects/{id}/stage"),
            &[("stage", "design"), ("changed_on", "1995-01-01")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("the date cannot be earlier")
    );
    assert!(events_of(&app).iter().all(|e| e.0 != "stage_changed"));
}

#[tokio::test]
async fn only_the_owners_delegates_manage_and_visitors_are_sent_to_sign_in() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let ch = app.browser(Some("ch-delegate")).await;
    let fields = [("stage", "design"), ("changed_on", ""), ("note", "")];
    let res = ch.submit(&format!("/projects/{id}/stage"), &fields).await;
    assert_eq!(res.status(), 403);
    assert_eq!(ch.page(&format!("/projects/{id}/manage")).await.0, 403);
    let res = ch
        .submit(&format!("/projects/{id}/updates"), &[("body", "Not mine")])
        .await;
    assert_eq!(res.status(), 403);

    let visitor = app.browser(None).await;
    let res = visitor.get(&format!("/projects/{id}/manage")).await;
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with("/login"));
    let res = visitor
        .submit(&format!("/projects/{id}/stage"), &fields)
        .await;
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with("/login"));

    // The manage link shows to managers only.
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    assert!(!body.contains(&format!("/projects/{id}/manage")));
    let mx = app.browser(Some("mx-delegate")).await;
    let (_, body) = mx.page(&format!("/projects/{id}")).await;
    assert!(body.contains(&format!("href=\"/projects/{id}/manage\"")));

    // Unknown projects are unknown.
    assert_eq!(mx.page("/projects/999999/manage").await.0, 404);
    assert!(events_of(&app).iter().all(|e| e.0 != "stage_changed"));
}

#[tokio::test]
async fn updates_and_milestones_show_on_the_public_page() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let res = mx
        .submit(
            &format!("/projects/{id}/updates"),
            &[
                (
                    "body",
                    "120 officials trained in Tapachula.\u{7} Report: https://example.org/report?a=1&b=2. <script>x</script>",
                ),
                ("posted_on", &day(3)),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = mx
        .submit(
            &format!("/projects/{id}/milestones"),
            &[
                ("title", "Training of police officers"),
                ("due_on", "2027-06-30"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    let visitor = app.browser(None).await;
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let page = Page::parse(&body);
    let updates = page.texts("ol.updates li");
    assert_eq!(updates.len(), 1);
    assert!(updates[0].contains("120 officials trained in Tapachula. Report:"));
    assert!(!body.contains('\u{7}'));
    assert_eq!(
        page.attr("ol.updates a", "href").as_deref(),
        Some("https://example.org/report?a=1&b=2")
    );
    assert_eq!(
        page.attr("ol.updates a", "rel").as_deref(),
        Some("nofollow ugc noopener")
    );
    assert!(body.contains("&lt;script&gt;x&lt;/script&gt;"));
    assert!(!body.contains("<script>x"));
    let milestones = page.texts("ul.milestones li");
    assert!(milestones[0].contains("Training of police officers"));
    assert!(milestones[0].contains("June 30, 2027"), "{milestones:?}");
    assert!(milestones[0].contains("not reached yet"));

    // Marking the milestone reached.
    let (_, body) = mx.page(&format!("/projects/{id}/manage")).await;
    let action = Page::parse(&body)
        .attr("ul.milestones form", "action")
        .expect("a button to mark the milestone reached");
    let res = mx.submit(&action, &[]).await;
    assert_eq!(res.status(), 303);
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let page = Page::parse(&body);
    assert!(page.texts("ul.milestones li")[0].contains("reached on"));
    let history = page.texts("ol.history li").join("\n");
    assert!(history.contains("Update posted"));
    assert!(history.contains("Milestone added"));
    assert!(history.contains("Milestone reached"));

    let events = events_of(&app);
    let update = events.iter().find(|e| e.0 == "update_posted").unwrap();
    assert!(update.3.starts_with("120 officials trained"));
    assert!(update.2.is_some());
    let reached = events.iter().find(|e| e.0 == "milestone_reached").unwrap();
    assert_eq!(reached.3, "Training of police officers");

    // Refused: empty text, a future date; values kept.
    let res = mx
        .submit(
            &format!("/projects/{id}/updates"),
            &[("body", " \u{1} "), ("posted_on", &day(-3))],
        )
        .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Write what has happened since the last update."));
    assert!(body.contains("The date cannot be later than today."));
    let res = mx
        .submit(
            &format!("/projects/{id}/milestones"),
            &[("title", "Second phase"), ("due_on", "")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.attr("#milestone_title", "value").as_deref(),
        Some("Second phase")
    );
    assert!(
        page.texts(".error-summary")
            .join(" ")
            .contains("Enter a date")
    );
}

#[tokio::test]
async fn an_update_falls_overdue_after_the_configured_period() {
    let app = spawn_app_configured(true, |s| s.update_overdue_days = 30).await;
    let id = children(&app).await;
    // The project has existed for 100 days; its last update is 40 days old.
    let db = app.db();
    {
        let mut conn = db.conn().unwrap();
        let long_ago = Utc::now().naive_utc() - Duration::days(100);
        diesel::update(projects::table.find(id as i32))
            .set(projects::created_at.eq(long_ago))
            .execute(&mut conn)
            .unwrap();
    }
    let mx = app.browser(Some("mx-delegate")).await;
    let res = mx
        .submit(
            &format!("/projects/{id}/updates"),
            &[("body", "Second training round"), ("posted_on", &day(40))],
        )
        .await;
    assert_eq!(res.status(), 303);

    let flag = ".flag-overdue";
    for who in ["mx-delegate", "facilitator"] {
        let b = app.browser(Some(who)).await;
        let (_, body) = b.page(&format!("/projects/{id}")).await;
        let texts = Page::parse(&body).texts(flag);
        assert_eq!(texts.len(), 1, "{who} sees the flag");
        assert!(texts[0].contains("Update overdue."));
        assert!(texts[0].contains("at least every 30 days"));
    }
    for who in [None, Some("observer"), Some("ch-delegate")] {
        let b = app.browser(who).await;
        let (_, body) = b.page(&format!("/projects/{id}")).await;
        assert!(Page::parse(&body).texts(flag).is_empty(), "{who:?}");
    }

    // The managers' list.
    let (status, body) = mx.page("/follow-up").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let rows = page.texts("table.data tbody tr");
    assert_eq!(
        rows.len(),
        1,
        "Mexico owns one active project: {rows:?}\n{body}"
    );
    assert!(rows[0].contains("Protection of unaccompanied migrant children"));
    assert!(rows[0].contains("Update overdue."));
    let (status, body) = app
        .browser(Some("facilitator"))
        .await
        .page("/follow-up")
        .await;
    assert_eq!(status, 200);
    assert!(Page::parse(&body).texts("table.data tbody tr").len() >= 2);

    // The periodic check tells the owners once per period, however often it runs.
    // (The app's own run at start may have been first; the other demo projects, created
    // in 2010 and never updated, get theirs too.)
    let now = Utc::now().naive_utc();
    pfp::app::overdue::check_once(&db, 30, now).await.unwrap();
    assert_eq!(
        pfp::app::overdue::check_once(&db, 30, now).await.unwrap(),
        0
    );
    let overdue: Vec<_> = events_of(&app)
        .into_iter()
        .filter(|e| e.0 == "update_overdue" && e.1 == Some(id as i32) && e.3 == day(40))
        .collect();
    assert_eq!(overdue.len(), 1, "one notice for the update of 40 days ago");
    // A period later, still without news: a second notice.
    let later = now + Duration::days(30);
    assert!(pfp::app::overdue::check_once(&db, 30, later).await.unwrap() >= 1);
    assert_eq!(
        pfp::app::overdue::check_once(&db, 30, later).await.unwrap(),
        0
    );
    // Two instances checking at once emit each notice once.
    let other = Db::connect(&app.database_url, 2).expect("second instance");
    let much_later = now + Duration::days(95);
    let before = events_of(&app).len();
    let (a, b) = tokio::join!(
        pfp::app::overdue::check_once(&db, 30, much_later),
        pfp::app::overdue::check_once(&other, 30, much_later)
    );
    let emitted = a.unwrap() + b.unwrap();
    let after = events_of(&app);
    assert_eq!(after.len() - before, emitted);
    let mut notices: Vec<_> = after[before..].iter().map(|e| (e.1, e.3.clone())).collect();
    let n = notices.len();
    notices.sort();
    notices.dedup();
    assert_eq!(notices.len(), n, "no notice twice");
    assert!(n >= 1);

    // A new update clears the flag.
    let res = mx
        .submit(
            &format!("/projects/{id}/updates"),
            &[("body", "Third round"), ("posted_on", "")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = mx.page(&format!("/projects/{id}")).await;
    assert!(Page::parse(&body).texts(flag).is_empty());
    let (_, body) = mx.page("/follow-up").await;
    assert!(Page::parse(&body).texts("table.data tbody tr")[0].contains("up to date"));
}

#[tokio::test]
async fn questions_are_asked_answered_and_hidden_with_a_reason() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let observer = app.browser(Some("observer")).await;
    let res = observer
        .submit(
            &format!("/projects/{id}/questions"),
            &[(
                "body",
                "Is the curriculum online?\u{0} See https://example.org/c <img src=x onerror=alert(1)>",
            )],
        )
        .await;
    assert_eq!(res.status(), 303);
    let to = location(&res);
    assert!(to.starts_with(&format!("/projects/{id}#question-")), "{to}");
    let qid: i32 = to.rsplit('-').next().unwrap().parse().unwrap();

    let visitor = app.browser(None).await;
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let page = Page::parse(&body);
    let q = page.texts(&format!("#question-{qid}"));
    assert!(q[0].contains("Is the curriculum online? See https://example.org/c"));
    assert!(body.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!body.contains("<img src=x"));
    assert_eq!(
        page.attr(&format!("#question-{qid} a"), "rel").as_deref(),
        Some("nofollow ugc noopener")
    );
    assert!(body.contains("Sign in to ask a question"));

    // Only managers answer.
    let ch = app.browser(Some("ch-delegate")).await;
    let answer_path = format!("/projects/{id}/questions/{qid}/answer");
    let res = ch.submit(&answer_path, &[("answer", "Not ours")]).await;
    assert_eq!(res.status(), 403);
    let mx = app.browser(Some("mx-delegate")).await;
    let res = mx.submit(&answer_path, &[("answer", "")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Write the answer."));
    let res = mx
        .submit(
            &answer_path,
            &[("answer", "Yes: https://gob.mx/curriculum")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let answer = Page::parse(&body).texts(&format!("#question-{qid} .answer"));
    assert!(answer[0].contains("Answer from Mexico"), "{answer:?}");
    assert!(answer[0].contains("Yes: https://gob.mx/curriculum"));

    // Facilitators hide, with a reason shown in place of the text.
    let hide_path = format!("/projects/{id}/questions/{qid}/hide");
    let res = mx
        .submit(&hide_path, &[("what", "question"), ("reason", "x")])
        .await;
    assert_eq!(res.status(), 403);
    let facilitator = app.browser(Some("facilitator")).await;
    let res = facilitator
        .submit(&hide_path, &[("what", "answer"), ("reason", "")])
        .await;
    assert_eq!(res.status(), 422);
    let res = facilitator
        .submit(
            &hide_path,
            &[("what", "answer"), ("reason", "Link to a private document")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let q = Page::parse(&body).texts(&format!("#question-{qid}"));
    assert!(q[0].contains("Hidden by a facilitator: Link to a private document"));
    assert!(q[0].contains("Is the curriculum online?"));
    assert!(!body.contains("gob.mx/curriculum"));
    let res = facilitator
        .submit(&hide_path, &[("what", "question"), ("reason", "Spam")])
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let q = Page::parse(&body).texts(&format!("#question-{qid}"));
    assert_eq!(q[0], "Hidden by a facilitator: Spam");
    assert!(!body.contains("curriculum online"));

    let events = events_of(&app);
    let asked = events.iter().find(|e| e.0 == "question_asked").unwrap();
    assert_eq!(asked.2, Some(qid));
    let answered: Vec<_> = events
        .iter()
        .filter(|e| e.0 == "question_answered")
        .collect();
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0].2, Some(qid));
}

#[tokio::test]
async fn a_refused_question_keeps_its_text_and_visitors_must_sign_in() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let member = app.browser(Some("iom-member")).await;
    let long = "é".repeat(2001);
    let res = member
        .submit(&format!("/projects/{id}/questions"), &[("body", &long)])
        .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(page.texts("#question-body"), vec![long.clone()]);
    assert!(page.texts(".error-summary a[href='#question-body']")[0].contains("2000"));
    assert_eq!(
        page.attr("#question-body", "aria-invalid").as_deref(),
        Some("true")
    );

    let visitor = app.browser(None).await;
    let res = visitor
        .submit(&format!("/projects/{id}/questions"), &[("body", "Hello")])
        .await;
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with("/login"));
    assert!(events_of(&app).iter().all(|e| e.0 != "question_asked"));
}

#[tokio::test]
async fn each_recommendation_lists_the_projects_following_it_up() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let (status, body) = app.get_text("/outcomes").await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    page.assert_well_formed("en", "ltr");
    assert!(
        page.texts("h2")
            .iter()
            .any(|h| h.starts_with("Roundtable session 1.1"))
    );
    assert_eq!(page.texts("ol.outcomes > li").len(), 45);

    // The project page links to the recommendations it answers …
    let (_, body) = app.get_text(&format!("/projects/{id}")).await;
    let link = Page::parse(&body)
        .attr("ul.outcomes a[href^='/outcomes/']", "href")
        .expect("a link to a recommendation");
    // … whose page lists the project.
    let (status, body) = app.get_text(&link).await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let following = page.texts("ul.following li");
    assert!(
        following.iter().any(
            |p| p.contains("Protection of unaccompanied migrant children") && p.contains("Mexico")
        ),
        "{following:?}"
    );
    // Theme pages link to the recommendations too.
    let theme = page
        .attr(".page-header a[href^='/themes/']", "href")
        .expect("the recommendation's theme");
    let (_, body) = app.get_text(&theme).await;
    assert!(body.contains(&format!("href=\"{link}\"")));
    // In another language.
    let (status, body) = app.get_text(&format!("{link}?lang=ar")).await;
    assert_eq!(status, 200);
    Page::parse(&body).assert_well_formed("ar", "rtl");

    assert_eq!(app.get_text("/outcomes/999999").await.0, 404);
    assert_eq!(app.get_text("/outcomes/abc").await.0, 404);
}

#[tokio::test]
async fn managers_add_and_remove_partners_with_roles() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let (status, body) = mx
        .page(&format!("/projects/{id}/manage?q=philippines"))
        .await;
    assert_eq!(status, 200);
    let page = Page::parse(&body);
    let labels = page.texts("fieldset#organisation .choice");
    // Names that match come before organisations found by their description.
    let by_name = labels.iter().filter(|l| l.contains("Philippines")).count();
    assert!(by_name >= 2, "{labels:?}");
    assert!(
        labels[..by_name].iter().all(|l| l.contains("Philippines")),
        "{labels:?}"
    );
    let at = labels
        .iter()
        .position(|l| l.starts_with("Philippines Government"))
        .unwrap_or_else(|| panic!("the Philippines found: {labels:?}"));
    let org = page
        .attr(
            &format!(
                "fieldset#organisation .choice:nth-of-type({}) input",
                at + 1
            ),
            "value",
        )
        .expect("its radio button");
    // Refused: no role chosen; the search and choice are kept.
    let res = mx
        .submit(
            &format!("/projects/{id}/partners"),
            &[
                ("q", "philippines"),
                ("organisation", &org),
                ("role", "owner"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert!(
        page.texts(".error-summary")
            .join(" ")
            .contains("Choose the partner's role.")
    );
    assert_eq!(
        page.attr("input[name=organisation][checked]", "value"),
        Some(org.clone())
    );
    assert_eq!(page.attr("#q", "value").as_deref(), Some("philippines"));

    let res = mx
        .submit(
            &format!("/projects/{id}/partners"),
            &[
                ("q", "philippines"),
                ("organisation", &org),
                ("role", "funder"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let visitor = app.browser(None).await;
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let page = Page::parse(&body);
    assert!(
        page.texts("ul.partners li")
            .iter()
            .any(|p| p.contains("Philippines") && p.contains("Funder"))
    );
    assert!(page.texts("ol.history li")[0].contains("Partner added"));
    let (_, json) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    assert!(json.to_string().contains("funder"));
    let added = events_of(&app);
    assert!(
        added
            .iter()
            .any(|e| e.0 == "partner_added" && e.3 == "funder")
    );

    // The same partner twice in the same role is refused.
    let res = mx
        .submit(
            &format!("/projects/{id}/partners"),
            &[
                ("q", "philippines"),
                ("organisation", &org),
                ("role", "funder"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);

    let res = mx
        .submit(
            &format!("/projects/{id}/partners/remove"),
            &[("organisation", &org), ("role", "funder")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, body) = visitor.page(&format!("/projects/{id}")).await;
    let page = Page::parse(&body);
    assert!(
        !page
            .texts("ul.partners li")
            .iter()
            .any(|p| p.contains("Philippines"))
    );
    assert!(page.texts("ol.history li")[0].contains("Partner removed"));

    // Owners cannot be removed here; others may not touch partners.
    let owner = json["owners"][0]["id"].as_i64().unwrap().to_string();
    let res = mx
        .submit(
            &format!("/projects/{id}/partners/remove"),
            &[("organisation", &owner), ("role", "owner")],
        )
        .await;
    assert_eq!(res.status(), 400);
    let ch = app.browser(Some("ch-delegate")).await;
    let res = ch
        .submit(
            &format!("/projects/{id}/partners"),
            &[("organisation", &org), ("role", "funder")],
        )
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn drafts_are_managed_by_their_managers_only() {
    let app = spawn_app().await;
    let id = children(&app).await;
    let db = app.db();
    {
        let mut conn = db.conn().unwrap();
        diesel::update(projects::table.find(id as i32))
            .set(projects::status.eq("draft"))
            .execute(&mut conn)
            .unwrap();
    }
    let mx = app.browser(Some("mx-delegate")).await;
    let (status, body) = mx.page(&format!("/projects/{id}/manage?lang=ar")).await;
    assert_eq!(status, 200);
    Page::parse(&body).assert_well_formed("ar", "rtl");
    for who in ["ch-delegate", "facilitator", "observer"] {
        let b = app.browser(Some(who)).await;
        assert_eq!(
            b.page(&format!("/projects/{id}/manage")).await.0,
            404,
            "{who}"
        );
        let res = b
            .submit(&format!("/projects/{id}/updates"), &[("body", "x")])
            .await;
        assert_eq!(res.status(), 404, "{who}");
    }
    // Nobody asks on a draft.
    let res = mx
        .submit(&format!("/projects/{id}/questions"), &[("body", "Hello?")])
        .await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn the_server_checks_for_overdue_updates_when_it_starts() {
    // The demo projects date from 2010 and have never posted an update. (The harness
    // turns the check off for other tests; this one turns it on as `pfp serve` has it.)
    let app = spawn_app_configured(true, |s| {
        s.overdue_check_interval = Some(std::time::Duration::from_secs(3600));
    })
    .await;
    let handbook = app.project_id("diasporas").await as i32;
    let mut seen = false;
    for _ in 0..100 {
        if events_of(&app)
            .iter()
            .any(|e| e.0 == "update_overdue" && e.1 == Some(handbook))
        {
            seen = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        seen,
        "the check ran at start and told the handbook's owners"
    );
    let facilitator = app.browser(Some("facilitator")).await;
    let (_, body) = facilitator.page(&format!("/projects/{handbook}")).await;
    assert_eq!(Page::parse(&body).texts(".flag-overdue").len(), 1);
}
