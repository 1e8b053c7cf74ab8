//! Language choice and translations as a visitor meets them.

use pfp::domain::Language;

use crate::helpers::{Page, spawn_app};

#[tokio::test]
async fn lang_parameter_switches_and_is_remembered() {
    let app = spawn_app().await;

    let res = app.get("/projects?lang=ar").await;
    assert!(
        res.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("lang=ar")
    );
    let page = Page::parse(&res.text().await.unwrap());
    page.assert_well_formed("ar", "rtl");

    // The cookie now carries the choice to pages without ?lang.
    let (_, body) = app.get_text("/about").await;
    Page::parse(&body).assert_well_formed("ar", "rtl");
}

#[tokio::test]
async fn accept_language_is_honoured_without_a_choice() {
    let app = spawn_app().await;

    let res = app
        .client
        .get(format!("{}/", app.address))
        .header("Accept-Language", "de-DE, ru;q=0.9, en;q=0.5")
        .send()
        .await
        .unwrap();

    let page = Page::parse(&res.text().await.unwrap());
    page.assert_well_formed("ru", "ltr");
}

#[tokio::test]
async fn language_switcher_keeps_the_filters() {
    let app = spawn_app().await;

    let (_, body) = app.get_text("/projects?stage=design&lang=fr").await;

    let page = Page::parse(&body);
    page.assert_well_formed("fr", "ltr");
    assert_eq!(
        page.attr(".lang-nav a[hreflang=es]", "href").as_deref(),
        Some("/projects?stage=design&lang=es")
    );
}

#[tokio::test]
async fn every_page_type_renders_in_every_language_without_showing_a_key() {
    let app = spawn_app().await;
    let id = app.project_id("migration profiles").await;
    let paths = [
        "/".to_owned(),
        "/projects".to_owned(),
        format!("/projects/{id}"),
        "/organisations".to_owned(),
        "/organisations/1".to_owned(),
        "/themes".to_owned(),
        "/themes/migration_profiles".to_owned(),
        "/about".to_owned(),
        "/projects/999999".to_owned(),
        "/projects?page=abc".to_owned(),
    ];
    for lang in Language::ALL {
        for path in &paths {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (_, body) = app
                .get_text(&format!("{path}{sep}lang={}", lang.code()))
                .await;
            let page = Page::parse(&body);
            page.assert_well_formed(lang.code(), lang.dir());
            // A missing key would show as its id, e.g. "nav-projects" or "stage-design".
            let text = page.texts("body").join(" ");
            for word in text.split_whitespace() {
                let looks_like_key = word.len() > 4
                    && word.contains('-')
                    && word.chars().all(|c| {
                        c.is_ascii_lowercase() || c == '-' || c == '_' || c.is_ascii_digit()
                    })
                    && pfp::i18n::has_key(Language::En, word.trim_end_matches(['.', ',']));
                assert!(!looks_like_key, "{path} in {lang}: shows the key {word}");
            }
        }
    }
}

#[tokio::test]
async fn dates_and_numbers_follow_the_language() {
    let app = spawn_app().await;
    let id = app.project_id("unaccompanied").await;

    let (_, fr) = app.get_text(&format!("/projects/{id}?lang=fr")).await;
    let (_, zh) = app.get_text(&format!("/projects/{id}?lang=zh")).await;

    let fr = Page::parse(&fr).texts(".timeline time");
    let zh = Page::parse(&zh).texts(".timeline time");
    assert_eq!(fr.last().map(String::as_str), Some("10 novembre 2010"));
    assert_eq!(zh.last().map(String::as_str), Some("2010年11月10日"));

    let (_, json) = app.get_json(&format!("/api/v1/projects/{id}")).await;
    let mexico = json["owners"][0]["id"].as_i64().unwrap();
    let (_, en) = app
        .get_text(&format!("/organisations/{mexico}?lang=en"))
        .await;
    assert!(en.contains("MXN 17,378,550"), "amounts are grouped");
}
