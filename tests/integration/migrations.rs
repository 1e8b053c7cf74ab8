//! The two migration folders must stay in step.

use std::collections::BTreeSet;
use std::path::Path;

fn folders(backend: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            for file in ["up.sql", "down.sql"] {
                assert!(
                    e.path().join(file).is_file(),
                    "{backend}/{name}/{file} is missing"
                );
            }
            name
        })
        .collect()
}

#[test]
fn sqlite_and_postgres_migrations_have_the_same_folders() {
    let sqlite = folders("sqlite");
    let postgres = folders("postgres");
    assert!(!sqlite.is_empty());
    assert_eq!(
        sqlite, postgres,
        "every migration must exist for both backends under the same folder name"
    );
}

#[tokio::test]
async fn migrations_apply_to_an_empty_database_and_again_do_nothing() {
    let app = crate::helpers::spawn_app_with(false).await;
    let db = app.db();
    assert_eq!(
        db.migrate().unwrap(),
        0,
        "the app already applied every migration"
    );
}
