//! Signing in and out: passwords, session renewal and timeouts, throttling, tampering.

use chrono::Utc;
use diesel::prelude::*;
use pfp::db::queries::people::{self, NewPerson};
use pfp::db::schema::sessions;
use pfp::secrets::password;

use crate::helpers::{Page, TestApp, spawn_app};

const PASSWORD: &str = "correct horse battery staple";

fn add_person(app: &TestApp, email: &str, lang: &str) -> i32 {
    let db = app.db();
    let mut conn = db.conn().unwrap();
    let now = Utc::now().naive_utc();
    let hash = password::hash(PASSWORD).unwrap();
    people::insert_person(
        &mut conn,
        &NewPerson {
            email,
            name: "Fatima Benali",
            password_hash: Some(&hash),
            role: "observer",
            organisation_id: None,
            lang,
            active: true,
            email_verified_at: Some(now),
            created_at: now,
            updated_at: now,
        },
    )
    .unwrap()
}

fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("pfp_session="))
        .map(|c| c.split(';').next().unwrap_or("").to_owned())
}

#[tokio::test]
async fn sign_in_renews_the_session_and_sign_out_ends_it() {
    let app = spawn_app().await;
    add_person(&app, "fatima@example.org", "fr");
    let b = app.browser(Some("observer")).await;
    let csrf = b.csrf("/login").await;

    let res = b
        .post_form(
            "/login",
            &[
                ("csrf_token", &csrf),
                ("email", "Fatima@Example.org"),
                ("password", PASSWORD),
                ("next", "/projects"),
            ],
        )
        .await;

    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/projects");
    let cookie = session_cookie(&res).expect("a new session cookie");
    assert!(res.headers().get_all("set-cookie").iter().any(|c| {
        let c = c.to_str().unwrap();
        c.starts_with("pfp_session=") && c.contains("HttpOnly") && c.contains("SameSite=Lax")
    }));
    // The person's own language setting now applies.
    let body = b.get("/account").await.text().await.unwrap();
    let page = Page::parse(&body);
    page.assert_well_formed("fr", "ltr");
    assert!(body.contains("fatima@example.org"));

    let csrf = b.csrf("/account").await;
    let res = b.post_form("/logout", &[("csrf_token", &csrf)]).await;
    assert_eq!(res.status(), 303);
    let res = b.get("/account").await;
    assert_eq!(res.status(), 303, "signed out");
    // The old cookie is worth nothing now.
    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = stale
        .get(format!("{}/account", app.address))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_wrong_password_keeps_the_address_and_says_what_to_do() {
    let app = spawn_app().await;
    add_person(&app, "fatima@example.org", "en");
    let b = app.browser(None).await;
    let csrf = b.csrf("/login").await;

    let res = b
        .post_form(
            "/login",
            &[
                ("csrf_token", &csrf),
                ("email", "fatima@example.org"),
                ("password", "wrong password!"),
            ],
        )
        .await;

    assert_eq!(res.status(), 401);
    let page = Page::parse(&res.text().await.unwrap());
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("fatima@example.org")
    );
    assert_eq!(
        page.attr("#password", "value"),
        None,
        "passwords are never sent back"
    );
    assert!(
        page.texts(".error-summary")
            .join(" ")
            .contains("is not right")
    );
    assert_eq!(
        page.attr("#password", "aria-invalid").as_deref(),
        Some("true")
    );
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_account_without_revealing_it() {
    let app = spawn_app().await;
    add_person(&app, "fatima@example.org", "en");
    let b = app.browser(None).await;
    let csrf = b.csrf("/login").await;
    for _ in 0..5 {
        let res = b
            .post_form(
                "/login",
                &[
                    ("csrf_token", &csrf),
                    ("email", "fatima@example.org"),
                    ("password", "wrong password!"),
                ],
            )
            .await;
        assert_eq!(res.status(), 401);
    }

    // Even the right password is refused for a while.
    let res = b
        .post_form(
            "/login",
            &[
                ("csrf_token", &csrf),
                ("email", "fatima@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Wait 15 minutes"));

    // An unknown address is throttled the same way: nothing tells the two apart.
    for _ in 0..5 {
        b.post_form(
            "/login",
            &[
                ("csrf_token", &csrf),
                ("email", "nobody@example.org"),
                ("password", "wrong password!"),
            ],
        )
        .await;
    }
    let res = b
        .post_form(
            "/login",
            &[
                ("csrf_token", &csrf),
                ("email", "nobody@example.org"),
                ("password", "wrong password!"),
            ],
        )
        .await;
    assert_eq!(res.status(), 429);
}

#[tokio::test]
async fn idle_and_expired_sessions_end() {
    let app = spawn_app().await;
    let b = app.browser(Some("observer")).await;
    assert_eq!(b.get("/account").await.status(), 200);

    // A day and a bit without a request (the idle timeout is 24 hours by default).
    let db = app.db();
    let mut conn = db.conn().unwrap();
    diesel::update(sessions::table)
        .set(sessions::last_seen_at.eq(Utc::now().naive_utc() - chrono::Duration::hours(25)))
        .execute(&mut *conn)
        .unwrap();

    assert_eq!(b.get("/account").await.status(), 303);

    let b = app.browser(Some("observer")).await;
    // Signed in eight days ago, active all along (the absolute limit is seven days).
    diesel::update(sessions::table)
        .set(sessions::created_at.eq(Utc::now().naive_utc() - chrono::Duration::days(8)))
        .execute(&mut *conn)
        .unwrap();
    assert_eq!(b.get("/account").await.status(), 303);
}

#[tokio::test]
async fn a_tampered_session_cookie_is_just_signed_out() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    for value in ["forged", "../../etc", &"a".repeat(5000), "%00%ff"] {
        let res = client
            .get(format!("{}/account", app.address))
            .header("cookie", format!("pfp_session={value}"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{value}");
        let home = client
            .get(format!("{}/", app.address))
            .header("cookie", format!("pfp_session={value}"))
            .send()
            .await
            .unwrap();
        assert_eq!(home.status(), 200, "{value}");
    }
}

#[tokio::test]
async fn signed_in_pages_show_who_is_signed_in() {
    let app = spawn_app().await;
    let b = app.browser(Some("mx-delegate")).await;

    let body = b.get("/").await.text().await.unwrap();

    let page = Page::parse(&body);
    assert!(
        page.texts(".user-nav")
            .join(" ")
            .contains("Ana López (Mexico)")
    );
    assert!(
        page.texts(".demo-panel").is_empty(),
        "no one-click sign-in once signed in"
    );
}

#[tokio::test]
async fn one_click_sign_in_exists_only_in_demo_mode() {
    let app = crate::helpers::spawn_app_with(false).await;
    let b = app.browser(None).await;
    let body = b.get("/").await.text().await.unwrap();
    assert!(Page::parse(&body).texts(".demo-panel").is_empty());
    let csrf = b.csrf("/login").await;
    let res = b
        .post_form(
            "/demo/sign-in",
            &[("csrf_token", &csrf), ("who", "administrator")],
        )
        .await;
    assert_eq!(res.status(), 404);
}
