//! The `pfp` command line, run as a real process.

use std::process::Command;

fn pfp(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pfp"))
        .args(args)
        .env("PFP_DATABASE_URL", database_url)
        .env("PFP_LOG", "warn")
        .env_remove("PFP_ENV")
        .output()
        .expect("pfp runs")
}

fn fresh_sqlite() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let url = dir.path().join("cli.db").to_string_lossy().into_owned();
    (dir, url)
}

#[test]
fn help_is_available_everywhere() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["seed", "demo", "--help"],
    ] {
        let out = pfp("unused.db", &args);
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage: pfp"),
            "{args:?}"
        );
    }
}

#[test]
fn migrate_then_seed_demo_then_refuse_without_force() {
    let (_dir, url) = fresh_sqlite();

    let out = pfp(&url, &["migrate"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("migration(s) applied (sqlite)"));
    let out = pfp(&url, &["migrate"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 migration(s) applied"));

    let out = pfp(&url, &["seed", "demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("138 organisations"));

    let out = pfp(&url, &["seed", "demo"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));

    let out = pfp(&url, &["seed", "demo", "--force"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_wrong_setting_stops_start_up_naming_the_key() {
    let (_dir, url) = fresh_sqlite();
    let out = Command::new(env!("CARGO_BIN_EXE_pfp"))
        .arg("serve")
        .env("PFP_DATABASE_URL", &url)
        .env("PFP_LISTEN", "not-an-address")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PFP_LISTEN"));

    let out = Command::new(env!("CARGO_BIN_EXE_pfp"))
        .arg("migrate")
        .env("PFP_DATABASE_URL", &url)
        .env("PFP_POOL_SIZE", "many")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PFP_POOL_SIZE"));
}

#[test]
fn synthetic_projects_are_added_for_benchmarks() {
    let (_dir, url) = fresh_sqlite();
    assert!(pfp(&url, &["seed", "demo"]).status.success());

    let out = pfp(&url, &["seed", "synthetic", "--projects", "50"]);

    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("50 synthetic projects added"));
}
