//! Resources over HTTP: uploading documents (type by content, size limit), links, the
//! library's search, downloads, who may add and remove, drafts kept private.

use diesel::prelude::*;

use crate::helpers::{Browser, Page, TestApp, spawn_app, spawn_app_configured, urlencode};

/// A small but well-formed PDF (one empty page).
fn pdf(padding: usize) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ];
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    // Comment lines make it as large as a test needs.
    while out.len() < padding {
        out.extend_from_slice(b"% padding padding padding padding padding padding padding\n");
    }
    let xref = out.len();
    out.extend_from_slice(b"xref\n0 4\n0000000000 65535 f \n");
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A real 2×2 RGB PNG (stored, uncompressed deflate), CRCs and Adler-32 included.
fn png() -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let mut raw = Vec::new();
    for row in 0..2u8 {
        raw.push(0); // filter: none
        for col in 0..2u8 {
            raw.extend_from_slice(&[200 * row, 100 * col, 150]);
        }
    }
    let (mut a, mut b) = (1u32, 0u32);
    for x in &raw {
        a = (a + u32::from(*x)) % 65521;
        b = (b + a) % 65521;
    }
    let mut z = vec![0x78, 0x01, 0x01];
    z.extend_from_slice(&(raw.len() as u16).to_le_bytes());
    z.extend_from_slice(&(!(raw.len() as u16)).to_le_bytes());
    z.extend_from_slice(&raw);
    z.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&2u32.to_be_bytes());
    ihdr.extend_from_slice(&2u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &z);
    chunk(&mut out, b"IEND", b"");
    out
}

/// A `multipart/form-data` body: the text fields in order, then the file if any.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "----pfp-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    let (file_name, bytes) = file.unwrap_or(("", b""));
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn post_multipart(
    b: &Browser,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> reqwest::Response {
    let (content_type, body) = multipart(fields, file);
    b.client
        .post(format!("{}{path}", b.address))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("request sent")
}

/// Adds a resource through the form as `b`; returns the new resource's address.
async fn add(
    b: &Browser,
    form_path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> String {
    let csrf = b.csrf(form_path).await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    let res = post_multipart(b, form_path, &all, file).await;
    let status = res.status();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = res.text().await.unwrap_or_default();
    assert_eq!(status, 303, "adding a resource: {body}");
    location.expect("a location")
}

async fn unaccompanied(app: &TestApp) -> i64 {
    app.project_id("unaccompanied").await
}

fn body_text(html: &str) -> String {
    Page::parse(html).texts("main").join(" ")
}

#[tokio::test]
async fn a_manager_uploads_a_pdf_and_a_png_and_downloads_them_identical() {
    let app = spawn_app().await;
    let project = unaccompanied(&app).await;
    let form = format!("/projects/{project}/resources/new");
    let mx = app.browser(Some("mx-delegate")).await;

    // The project page offers the form to its managers.
    let page = mx
        .get(&format!("/projects/{project}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&form), "the add link for a manager");

    let pdf = pdf(2_000);
    let at = add(
        &mx,
        &form,
        &[
            ("title", "Guía de protección de niñas y niños migrantes"),
            (
                "description",
                "Procedimientos de atención en la frontera sur.",
            ),
            ("kind", "guideline"),
            ("lang", "es"),
            ("countries", "MX"),
            ("countries", "GT"),
            ("url", ""),
        ],
        Some(("Guía protección (versión final).pdf", &pdf)),
    )
    .await;
    assert!(at.starts_with("/resources/"));

    let res = mx.get(&at).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let text = body_text(&html);
    assert!(text.contains("Guía de protección de niñas y niños migrantes"));
    assert!(text.contains("PDF"));
    assert!(
        text.contains("Guatemala") && text.contains("Mexico"),
        "{text}"
    );

    // Anyone downloads it back, byte for byte, as an attachment.
    let visitor = app.browser(None).await;
    let res = visitor.get(&format!("{at}/download")).await;
    assert_eq!(res.status(), 200);
    let headers = res.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; sandbox"
    );
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition
            .contains("filename*=UTF-8''Gu%C3%ADa%20protecci%C3%B3n%20_versi%C3%B3n%20final.pdf"),
        "{disposition}"
    );
    assert!(disposition.contains("filename=\"Gu_a protecci_n _versi_n final.pdf\""));
    assert_eq!(res.bytes().await.unwrap().as_ref(), pdf.as_slice());

    // A PNG, even named .jpg, is stored and served as what it is.
    let png = png();
    let at_png = add(
        &mx,
        &form,
        &[
            ("title", "Map of reception centres"),
            ("kind", "data"),
            ("lang", "en"),
            ("countries", "HN"),
        ],
        Some(("map.jpg", &png)),
    )
    .await;
    let res = visitor.get(&format!("{at_png}/download")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("filename=\"map.png\"")
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), png.as_slice());

    // The project page lists both, and its public history says so.
    let (_, page) = app.get_text(&format!("/projects/{project}")).await;
    let p = Page::parse(&page);
    let titles = p.texts("#resources .resource-title");
    assert_eq!(
        titles,
        vec![
            "Map of reception centres".to_owned(),
            "Guía de protección de niñas y niños migrantes".to_owned()
        ]
    );
    assert!(p.texts("ol.history").join(" ").contains("Resource added"));
    // Visitors get no add link.
    assert!(!page.contains(&form));

    // The files live under the data folder, by key, never by name.
    let files = app.settings.data_dir.join("files");
    let mut names = Vec::new();
    for a in std::fs::read_dir(&files).unwrap() {
        for b in std::fs::read_dir(a.unwrap().path()).unwrap() {
            for f in std::fs::read_dir(b.unwrap().path()).unwrap() {
                names.push(f.unwrap().file_name().to_string_lossy().into_owned());
            }
        }
    }
    assert_eq!(names.len(), 2);
    assert!(
        names
            .iter()
            .all(|n| n.len() == 64 && n.bytes().all(|c| c.is_ascii_hexdigit()))
    );
}

#[tokio::test]
async fn a_file_named_pdf_that_is_not_one_is_refused_with_every_value_kept() {
    let app = spawn_app().await;
    let project = unaccompanied(&app).await;
    let form = format!("/projects/{project}/resources/new");
    let mx = app.browser(Some("mx-delegate")).await;
    let html = b"<!DOCTYPE html><html><body><script>alert(1)</script>%PDF-1.4</body></html>";
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
    exe.extend_from_slice(&[0u8; 512]);
    exe.extend_from_slice(b"This program cannot be run in DOS mode.%%EOF");
    for (name, bytes) in [("report.pdf", &html[..]), ("setup.pdf", &exe[..])] {
        let csrf = mx.csrf(&form).await;
        let res = post_multipart(
            &mx,
            &form,
            &[
                ("csrf_token", &csrf),
                ("title", "Informe anual & <b>datos</b>"),
                ("description", "Cifras de 2010."),
                ("kind", "report"),
                ("lang", "es"),
                ("countries", "SV"),
                ("countries", "DO"),
            ],
            Some((name, bytes)),
        )
        .await;
        assert_eq!(res.status(), 422, "{name}");
        let page = Page::parse(&res.text().await.unwrap());
        let summary = page.texts(".error-summary").join(" ");
        assert!(
            summary.contains("is not a PDF") && summary.contains("content was checked"),
            "{summary}"
        );
        assert_eq!(
            page.attr(".error-summary a", "href").as_deref(),
            Some("#file")
        );
        assert_eq!(
            page.attr("#title", "value").as_deref(),
            Some("Informe anual & <b>datos</b>")
        );
        assert_eq!(page.texts("#description"), vec!["Cifras de 2010."]);
        assert_eq!(
            page.attr("#kind option[selected]", "value").as_deref(),
            Some("report")
        );
        assert_eq!(
            page.attr("#lang option[selected]", "value").as_deref(),
            Some("es")
        );
        let mut chosen: Vec<String> = Vec::new();
        let sel = scraper::Selector::parse("#countries option[selected]").unwrap();
        for o in page.0.select(&sel) {
            chosen.push(o.value().attr("value").unwrap().to_owned());
        }
        chosen.sort();
        assert_eq!(chosen, vec!["DO", "SV"]);
    }
    // Nothing was added.
    let (_, page) = app.get_text(&format!("/projects/{project}")).await;
    assert!(
        Page::parse(&page)
            .texts("#resources .resource-title")
            .is_empty()
    );
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_with_a_message() {
    let app = spawn_app_configured(true, |s| s.upload_max_bytes = 1_000_000).await;
    let project = unaccompanied(&app).await;
    let form = format!("/projects/{project}/resources/new");
    let mx = app.browser(Some("mx-delegate")).await;
    let big = pdf(1_500_000);
    let csrf = mx.csrf(&form).await;
    let res = post_multipart(
        &mx,
        &form,
        &[
            ("csrf_token", &csrf),
            ("title", "Full statistical annex"),
            ("kind", "data"),
            ("lang", "en"),
        ],
        Some(("annex.pdf", &big)),
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert!(
        page.texts(".error-summary")
            .join(" ")
            .contains("larger than 1 megabyte"),
        "{:?}",
        page.texts(".error-summary")
    );
    assert_eq!(
        page.attr("#title", "value").as_deref(),
        Some("Full statistical annex")
    );
    // A good document with another answer to correct: asked to choose it again.
    let csrf = mx.csrf(&form).await;
    let res = post_multipart(
        &mx,
        &form,
        &[
            ("csrf_token", &csrf),
            ("title", ""),
            ("kind", "data"),
            ("lang", "en"),
        ],
        Some(("annex.pdf", &pdf(1_000))),
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    let summary = page.texts(".error-summary li");
    assert_eq!(summary.len(), 2, "{summary:?}");
    assert!(summary[0].contains("Enter a title"));
    assert!(summary[1].contains("Choose the document again"));

    // Within the limit it goes through.
    add(
        &mx,
        &form,
        &[("title", "Summary annex"), ("kind", "data"), ("lang", "en")],
        Some(("annex.pdf", &pdf(900_000))),
    )
    .await;
    let (_, list) = app.get_text("/resources").await;
    let titles = Page::parse(&list).texts(".resource-title");
    assert_eq!(titles, vec!["Summary annex".to_owned()]);
}

#[tokio::test]
async fn a_link_is_a_resource_too_and_only_http_links_are_taken() {
    let app = spawn_app().await;
    let project = unaccompanied(&app).await;
    let form = format!("/projects/{project}/resources/new");
    let mx = app.browser(Some("mx-delegate")).await;

    let csrf = mx.csrf(&form).await;
    let res = post_multipart(
        &mx,
        &form,
        &[
            ("csrf_token", &csrf),
            ("title", "Protocol"),
            ("kind", "policy"),
            ("lang", "en"),
            ("url", "javascript:alert(1)"),
        ],
        None,
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = Page::parse(&res.text().await.unwrap());
    assert!(page.texts(".error-summary").join(" ").contains("http://"));
    assert_eq!(
        page.attr("#url", "value").as_deref(),
        Some("javascript:alert(1)")
    );

    // Nothing at all: asked for one or the other.
    let res = post_multipart(
        &mx,
        &form,
        &[
            ("csrf_token", &csrf),
            ("title", "Protocol"),
            ("kind", "policy"),
            ("lang", "en"),
        ],
        None,
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(
        Page::parse(&res.text().await.unwrap())
            .texts(".error-summary")
            .join(" ")
            .contains("Choose a document or enter a link")
    );

    let at = add(
        &mx,
        &form,
        &[
            ("title", "Protocolo de atención a la niñez migrante"),
            ("kind", "policy"),
            ("lang", "es"),
            ("countries", "MX"),
            ("url", "https://www.example.org/protocolo?v=2"),
        ],
        None,
    )
    .await;
    let (status, html) = app.get_text(&at).await;
    assert_eq!(status, 200);
    let page = Page::parse(&html);
    assert_eq!(
        page.attr(".resource-open a", "href").as_deref(),
        Some("https://www.example.org/protocolo?v=2")
    );
    // A link has nothing to download.
    assert_eq!(app.get(&format!("{at}/download")).await.status(), 404);
    // The project page shows it with its host.
    let (_, project_page) = app.get_text(&format!("/projects/{project}")).await;
    assert!(body_text(&project_page).contains("www.example.org"));
}

#[tokio::test]
async fn the_library_is_searched_by_country_kind_and_text() {
    let app = spawn_app().await;
    let project = unaccompanied(&app).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let facilitator = app.browser(Some("facilitator")).await;

    // Library resources of no project, by the Support Unit.
    add(
        &facilitator,
        "/resources/new",
        &[
            ("title", "Profil migratoire de la République de Moldova"),
            ("description", "Profil étendu, outil de politique publique."),
            ("kind", "migration_profile"),
            ("lang", "fr"),
            ("countries", "MD"),
            ("url", "https://www.example.org/moldova-profile"),
        ],
        None,
    )
    .await;
    add(
        &facilitator,
        "/resources/new",
        &[
            ("title", "Ghana migration profile"),
            ("kind", "migration_profile"),
            ("lang", "en"),
            ("countries", "GH"),
        ],
        Some(("ghana.pdf", &pdf(500))),
    )
    .await;
    add(
        &mx,
        &format!("/projects/{project}/resources/new"),
        &[
            ("title", "Annual report on child migration"),
            ("kind", "report"),
            ("lang", "en"),
            ("countries", "MX"),
            ("countries", "GT"),
            ("url", "https://www.example.org/report"),
        ],
        None,
    )
    .await;

    let titles = |html: String| Page::parse(&html).texts(".resource-title");
    let (_, all) = app.get_text("/resources").await;
    assert!(Page::parse(&all).texts("h2.results-count")[0].contains("3 resources"));

    let (_, by_country) = app.get_text("/resources?country=MD").await;
    assert_eq!(
        titles(by_country),
        vec!["Profil migratoire de la République de Moldova"]
    );
    let (_, by_kind) = app.get_text("/resources?kind=migration_profile").await;
    assert_eq!(
        titles(by_kind),
        vec![
            "Ghana migration profile",
            "Profil migratoire de la République de Moldova"
        ]
    );
    // Folded text: no accents, any case, words of the description too.
    let (_, by_text) = app
        .get_text(&format!(
            "/resources?q={}",
            urlencode("REPUBLIQUE politique")
        ))
        .await;
    assert_eq!(
        titles(by_text),
        vec!["Profil migratoire de la République de Moldova"]
    );
    let (_, combined) = app
        .get_text("/resources?kind=report&country=GT&q=child")
        .await;
    let page = Page::parse(&combined);
    assert_eq!(
        page.texts(".resource-title"),
        vec!["Annual report on child migration"]
    );
    // Each resource links to its project.
    assert_eq!(
        page.attr(".resource .meta a", "href"),
        Some(format!("/projects/{project}"))
    );
    // Country options are the countries resources cover; filters are kept.
    assert_eq!(
        page.attr("#f-country option[selected]", "value").as_deref(),
        Some("GT")
    );
    let (_, none) = app.get_text("/resources?kind=report&country=MD").await;
    assert!(titles(none).is_empty());

    // Malformed filters are a 400, not an empty list.
    assert_eq!(app.get("/resources?kind=poem").await.status(), 400);
    assert_eq!(app.get("/resources?country=XX").await.status(), 400);
    assert_eq!(app.get("/resources?page=abc").await.status(), 400);
}

#[tokio::test]
async fn the_library_is_paginated() {
    let app = spawn_app().await;
    let facilitator = app.browser(Some("facilitator")).await;
    for i in 1..=21 {
        add(
            &facilitator,
            "/resources/new",
            &[
                ("title", &format!("Training module {i:02}")),
                ("kind", "training_material"),
                ("lang", "en"),
                ("url", &format!("https://www.example.org/module/{i}")),
            ],
            None,
        )
        .await;
    }
    let (_, first) = app.get_text("/resources?kind=training_material").await;
    let page = Page::parse(&first);
    assert_eq!(page.texts(".resource-title").len(), 20);
    assert_eq!(
        page.attr(".pager a[rel=next]", "href").as_deref(),
        Some("/resources?kind=training_material&page=2")
    );
    let (_, second) = app
        .get_text("/resources?kind=training_material&page=2")
        .await;
    assert_eq!(
        Page::parse(&second).texts(".resource-title"),
        vec!["Training module 01"]
    );
}

#[tokio::test]
async fn only_managers_add_and_remove_a_projects_resources() {
    let app = spawn_app().await;
    let project = unaccompanied(&app).await;
    let form = format!("/projects/{project}/resources/new");
    let fields = [
        ("title", "Not theirs to add"),
        ("kind", "other"),
        ("lang", "en"),
        ("url", "https://www.example.org/"),
    ];

    // Visitors are sent to sign in; others who do not manage the project are refused.
    let visitor = app.browser(None).await;
    let res = visitor.get(&form).await;
    assert_eq!(res.status(), 303);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login")
    );
    for who in [
        "ch-delegate",
        "observer",
        "facilitator",
        "reviewer",
        "administrator",
    ] {
        let b = app.browser(Some(who)).await;
        assert_eq!(b.get(&form).await.status(), 403, "GET as {who}");
        let csrf = b.csrf("/").await;
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(&fields);
        let res = post_multipart(&b, &form, &all, Some(("x.pdf", &pdf(100)))).await;
        assert_eq!(res.status(), 403, "POST as {who}");
    }
    // Without the token, even the manager is refused before anything is read.
    let mx = app.browser(Some("mx-delegate")).await;
    let res = post_multipart(&mx, &form, &fields, Some(("x.pdf", &pdf(100)))).await;
    assert_eq!(res.status(), 403);
    // The library's own form is the facilitators'.
    assert_eq!(mx.get("/resources/new").await.status(), 403);

    let at = add(&mx, &form, &fields, None).await;
    let library_item = add(
        &app.browser(Some("facilitator")).await,
        "/resources/new",
        &[("title", "Library item"), ("kind", "other"), ("lang", "en")],
        Some(("item.png", &png())),
    )
    .await;

    // Removing: the Swiss delegate may not remove Mexico's resource, nor Mexico the
    // library's own.
    let ch = app.browser(Some("ch-delegate")).await;
    let csrf = ch.csrf(&at).await;
    let res = ch
        .post_form(&format!("{at}/delete"), &[("csrf_token", &csrf)])
        .await;
    assert_eq!(res.status(), 403);
    let (_, page) = app.get_text(&at).await;
    assert!(!page.contains("/delete"), "no remove button for visitors");
    let csrf = mx.csrf(&library_item).await;
    let res = mx
        .post_form(&format!("{library_item}/delete"), &[("csrf_token", &csrf)])
        .await;
    assert_eq!(res.status(), 403);

    // The manager removes theirs: back to the project, gone from it, history says so.
    let csrf = mx.csrf(&at).await;
    let res = mx
        .post_form(&format!("{at}/delete"), &[("csrf_token", &csrf)])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"].to_str().unwrap(),
        format!("/projects/{project}")
    );
    assert_eq!(app.get(&at).await.status(), 404);
    let (_, page) = app.get_text(&format!("/projects/{project}")).await;
    let p = Page::parse(&page);
    assert!(p.texts("#resources .resource-title").is_empty());
    assert!(p.texts("ol.history").join(" ").contains("Resource removed"));

    // The facilitator removes the library's, and its file goes with it.
    let facilitator = app.browser(Some("facilitator")).await;
    let csrf = facilitator.csrf(&library_item).await;
    let res = facilitator
        .post_form(&format!("{library_item}/delete"), &[("csrf_token", &csrf)])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.get(&format!("{library_item}/download")).await.status(),
        404
    );
    let stored = walk_files(&app.settings.data_dir.join("files"));
    assert_eq!(stored, 0, "the removed document's file is deleted");
}

fn walk_files(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .map(|e| {
            let p = e.unwrap().path();
            if p.is_dir() { walk_files(&p) } else { 1 }
        })
        .sum()
}

#[tokio::test]
async fn a_draft_projects_resources_are_not_found_by_others() {
    let app = spawn_app().await;
    let project = unaccompanied(&app).await;
    let mx = app.browser(Some("mx-delegate")).await;
    let at = add(
        &mx,
        &format!("/projects/{project}/resources/new"),
        &[
            ("title", "Draft annex"),
            ("kind", "report"),
            ("lang", "en"),
            ("countries", "MX"),
        ],
        Some(("annex.pdf", &pdf(300))),
    )
    .await;

    // The project goes back to draft (as the lifecycle allows its owners).
    let db = app.db();
    let mut conn = db.conn().unwrap();
    diesel::update(pfp::db::schema::projects::table.find(project as i32))
        .set(pfp::db::schema::projects::status.eq("draft"))
        .execute(&mut *conn)
        .unwrap();

    for who in [
        None,
        Some("observer"),
        Some("ch-delegate"),
        Some("reviewer"),
    ] {
        let b = app.browser(who).await;
        assert_eq!(b.get(&at).await.status(), 404, "{who:?}");
        assert_eq!(
            b.get(&format!("{at}/download")).await.status(),
            404,
            "{who:?}"
        );
    }
    let (_, library) = app.get_text("/resources").await;
    assert!(!library.contains("Draft annex"));
    let (_, by_country) = app.get_text("/resources?country=MX").await;
    assert!(!by_country.contains("Draft annex"));
    // Its managers and the Support Unit still see it.
    assert_eq!(mx.get(&at).await.status(), 200);
    assert_eq!(mx.get(&format!("{at}/download")).await.status(), 200);
    let facilitator = app.browser(Some("facilitator")).await;
    assert_eq!(facilitator.get(&at).await.status(), 200);
}

#[tokio::test]
async fn resource_pages_render_in_every_language() {
    let app = spawn_app().await;
    let facilitator = app.browser(Some("facilitator")).await;
    let at = add(
        &facilitator,
        "/resources/new",
        &[
            ("title", "ملف الهجرة في المغرب"),
            ("kind", "migration_profile"),
            ("lang", "ar"),
            ("countries", "MA"),
            ("url", "https://www.example.org/ma"),
        ],
        None,
    )
    .await;
    for lang in ["en", "fr", "es", "ar", "zh", "ru"] {
        for path in [at.as_str(), "/resources", "/resources?country=MA"] {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, html) = app.get_text(&format!("{path}{sep}lang={lang}")).await;
            assert_eq!(status, 200);
            let page = Page::parse(&html);
            page.assert_well_formed(lang, if lang == "ar" { "rtl" } else { "ltr" });
            // The title keeps its own language and direction.
            assert!(html.contains("lang=\"ar\" dir=\"rtl\""));
        }
        let (status, html) =
            facilitator_get(&facilitator, &format!("/resources/new?lang={lang}")).await;
        assert_eq!(status, 200);
        Page::parse(&html).assert_well_formed(lang, if lang == "ar" { "rtl" } else { "ltr" });
    }
}

async fn facilitator_get(b: &Browser, path: &str) -> (u16, String) {
    let res = b.get(path).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

/// The value of cookie `name` among a response's `Set-Cookie` headers.
fn cookie(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or("").to_owned())
}

#[tokio::test]
async fn a_huge_upload_is_cut_off_early() {
    let app = spawn_app_configured(true, |s| s.upload_max_bytes = 1_000_000).await;
    let project = unaccompanied(&app).await;
    let form = format!("/projects/{project}/resources/new");

    // Sign in by hand, to send the upload over a plain socket with the session cookie.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let home = client
        .get(format!("{}/", app.address))
        .send()
        .await
        .unwrap();
    let pre = cookie(&home, "pfp_csrf").expect("a CSRF cookie");
    let token = Page::parse(&home.text().await.unwrap())
        .attr("input[name=csrf_token]", "value")
        .unwrap();
    let signed = client
        .post(format!("{}/demo/sign-in", app.address))
        .header("cookie", format!("pfp_csrf={pre}"))
        .form(&[("csrf_token", token.as_str()), ("who", "mx-delegate")])
        .send()
        .await
        .unwrap();
    let session = cookie(&signed, "pfp_session").expect("a session");
    let page = client
        .get(format!("{}{form}", app.address))
        .header("cookie", format!("pfp_session={session}"))
        .send()
        .await
        .unwrap();
    let csrf = Page::parse(&page.text().await.unwrap())
        .attr("input[name=csrf_token]", "value")
        .unwrap();

    // A 1 GB document announced; the server must answer long before it is all sent.
    let boundary = "pfp-huge-upload";
    let mut head = String::new();
    for (k, v) in [
        ("csrf_token", csrf.as_str()),
        ("title", "Everything"),
        ("kind", "data"),
        ("lang", "en"),
    ] {
        head.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
        ));
    }
    head.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n%PDF-1.4\n"
    ));
    let total: u64 = 1_000_000_000;
    let address = app.address.trim_start_matches("http://").to_owned();
    let request = format!(
        "POST {form} HTTP/1.1\r\nHost: {address}\r\nCookie: pfp_session={session}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{head}",
        head.len() as u64 + total
    );
    let (sent, answer) = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut socket = std::net::TcpStream::connect(&address).unwrap();
        socket
            .set_read_timeout(Some(std::time::Duration::from_millis(1)))
            .unwrap();
        socket.write_all(request.as_bytes()).unwrap();
        let chunk = vec![b'%'; 64 * 1024];
        let mut sent: u64 = 0;
        let mut answer = Vec::new();
        let mut buf = [0u8; 8192];
        // Send until the server answers or stops reading.
        while sent < total {
            if socket.write_all(&chunk).is_err() {
                break;
            }
            sent += chunk.len() as u64;
            match socket.read(&mut buf) {
                Ok(n) if n > 0 => {
                    answer.extend_from_slice(&buf[..n]);
                    break;
                }
                _ => {}
            }
        }
        socket
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        while let Ok(n) = socket.read(&mut buf) {
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buf[..n]);
        }
        (sent, String::from_utf8_lossy(&answer).into_owned())
    })
    .await
    .unwrap();
    eprintln!("huge upload: {sent} bytes sent of {total} before the answer");
    assert!(
        sent < 16_000_000,
        "{sent} bytes sent before the server answered"
    );
    assert!(answer.starts_with("HTTP/1.1 422"), "{answer:.200}");
    assert!(answer.contains("larger than 1 megabyte"));
}
