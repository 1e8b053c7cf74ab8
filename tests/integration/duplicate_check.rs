//! The duplicate check gives one figure for a pair of projects wherever it is shown, in
//! words that match its band, and never offers to join one's own government's project
//! (issue 14, point 6), on both backends.

use crate::helpers::{Page, location};
use crate::proposals::{complete, id_in, post, post_str, text};

const TITLE: &str = "Protecting unaccompanied migrant children in transit";
const SUMMARY: &str = "Cooperation between countries of origin, transit and destination to protect unaccompanied migrant children, by training officials as child protection officers.";
const THEMES: [&str; 2] = ["children", "protection_empowerment"];

/// The percent shown next to the project titled like `title` in the list items `css` of
/// `body`, with the words of its band.
fn figure(body: &str, css: &str, title: &str) -> (u32, String) {
    let page = Page::parse(body);
    let items = page.texts(css);
    let item = items
        .iter()
        .find(|t| t.contains(title))
        .unwrap_or_else(|| panic!("{title:?} is not listed in {css}: {items:?}"));
    let after = &item[item.find("Similarity").expect("a figure") + "Similarity".len()..];
    let digits: String = after
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    (digits.parse().expect("a percent"), item.clone())
}

#[tokio::test]
async fn one_pair_shows_one_figure_on_the_check_the_review_queue_and_the_project_page() {
    let app = crate::helpers::spawn_app().await;
    let existing = app.project_id("unaccompanied").await;
    let existing_title = "Protection of unaccompanied migrant children";

    // Switzerland drafts a project very like Mexico's and checks it.
    let ch = app.browser(Some("ch-delegate")).await;
    let res = post(&ch, "/projects/new", &complete(TITLE, SUMMARY, &THEMES)).await;
    assert_eq!(res.status(), 303);
    let id = id_in(&location(&res));
    let (status, check) = text(&ch, &format!("/projects/{id}/check")).await;
    assert_eq!(status, 200);
    let (on_check, words) = figure(&check, ".similar-list li", existing_title);
    assert!(words.contains("Very likely the same project"), "{words}");
    assert!(
        Page::parse(&check)
            .attr_all(".similar-list form", "action")
            .contains(&format!("/projects/{existing}/join")),
        "another government's project may be joined: {check}"
    );

    // Submitted, the proposal waits in the review queue with the same figure.
    let res = post_str(&ch, &format!("/projects/{id}/submit"), &[]).await;
    assert_eq!(res.status(), 303);
    let reviewer = app.browser(Some("reviewer")).await;
    let (_, queue) = text(&reviewer, "/review").await;
    let (in_queue, words) = figure(&queue, ".duplicate-flag li", existing_title);
    assert!(words.contains("Very likely the same project"), "{words}");

    // And on both projects' pages, seen from either side of the pair.
    let (_, page) = text(&reviewer, &format!("/projects/{id}")).await;
    let (on_page, _) = figure(&page, ".duplicate-flag li", existing_title);
    let (_, other_side) = text(&reviewer, &format!("/projects/{existing}")).await;
    let (from_other_side, _) = figure(&other_side, ".duplicate-flag li", TITLE);

    assert_eq!(
        [in_queue, on_page, from_other_side],
        [on_check; 3],
        "draft check, review queue, project page, the other project's page"
    );
    assert!((30..100).contains(&on_check), "{on_check}");
    println!("one figure for the pair: {on_check} %");
}

#[tokio::test]
async fn a_delegate_is_never_asked_to_join_their_own_governments_project() {
    let app = crate::helpers::spawn_app().await;
    let existing = app.project_id("unaccompanied").await;
    // Mexico owns the project on unaccompanied children and drafts one like it.
    let mx = app.browser(Some("mx-delegate")).await;
    let res = post(&mx, "/projects/new", &complete(TITLE, SUMMARY, &THEMES)).await;
    assert_eq!(res.status(), 303);
    let id = id_in(&location(&res));
    let (status, check) = text(&mx, &format!("/projects/{id}/check")).await;
    assert_eq!(status, 200);
    let (_, words) = figure(
        &check,
        ".similar-list li",
        "Protection of unaccompanied migrant children",
    );
    assert!(words.contains("Your government's project"), "{words}");
    let joins = Page::parse(&check).attr_all(".similar-list form", "action");
    assert!(
        !joins.contains(&format!("/projects/{existing}/join")),
        "no join button for one's own project: {joins:?}"
    );
    // In French too.
    let (_, fr) = text(&mx, &format!("/projects/{id}/check?lang=fr")).await;
    assert!(fr.contains("Projet de votre gouvernement"), "{fr}");
    assert!(fr.contains("Très probablement le même projet"), "{fr}");
}
