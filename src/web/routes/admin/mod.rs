//! The administration (`/admin/…`): people, organisations, the audit log and the mail
//! outbox. Administrators only: every handler asks [`crate::web::extract::require`] first (after
//! the CSRF check, for forms), and every change writes an audit row in its transaction.

pub mod audit;
pub mod mail;
pub mod organisations;
pub mod people;

use actix_web::{HttpRequest, HttpResponse, web};

use crate::domain::policy::{Action, allows};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::require;
use crate::web::views::Ctx;
use crate::web::views::admin::AdminIndexPage;

/// Registers the administration's routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(index))
        .route("/admin/people", web::get().to(people::list))
        .route("/admin/people/{id}", web::get().to(people::show))
        .route(
            "/admin/people/{id}/role",
            web::post().to(people::change_role),
        )
        .route(
            "/admin/people/{id}/deactivate",
            web::post().to(people::deactivate),
        )
        .route(
            "/admin/people/{id}/reactivate",
            web::post().to(people::reactivate),
        )
        .route("/admin/organisations", web::get().to(organisations::list))
        .route(
            "/admin/organisations/new",
            web::get().to(organisations::new_form),
        )
        .route(
            "/admin/organisations/new",
            web::post().to(organisations::create),
        )
        .route(
            "/admin/organisations/{id}/edit",
            web::get().to(organisations::edit_form),
        )
        .route(
            "/admin/organisations/{id}/edit",
            web::post().to(organisations::update),
        )
        .route(
            "/admin/organisations/{id}/merge",
            web::get().to(organisations::merge_form),
        )
        .route(
            "/admin/organisations/{id}/merge",
            web::post().to(organisations::merge),
        )
        .route("/admin/audit", web::get().to(audit::list))
        .route("/admin/mail", web::get().to(mail::show))
        .route("/admin/mail/retry", web::post().to(mail::retry));
}

/// The actions the administration's pages need; `/admin` opens to anyone allowed one.
const ADMIN_ACTIONS: [Action; 4] = [
    Action::ManagePeople,
    Action::ManageOrganisations,
    Action::ViewAudit,
    Action::ManageMail,
];

/// `GET /admin`
pub async fn index(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let role = crate::web::session::role_of(&req);
    if !ADMIN_ACTIONS.iter().any(|a| allows(role, *a)) {
        require(&req, Action::ManagePeople)?;
    }
    let (people, organisations, dead_letters) = state
        .db
        .read(|conn| crate::db::queries::admin::counts(conn, crate::email::outbox::DEAD))
        .await?;
    crate::web::respond::ok(&AdminIndexPage {
        ctx,
        people,
        organisations,
        dead_letters,
    })
}

#[cfg(test)]
mod tests {
    /// The keys of an `.ftl` file, in order.
    fn keys(ftl: &str) -> Vec<&str> {
        ftl.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .collect()
    }

    #[test]
    fn every_language_has_every_administration_key() {
        let en = keys(include_str!("../../../i18n/locales/en/admin.ftl"));
        assert!(en.len() > 50);
        for (lang, ftl) in [
            ("fr", include_str!("../../../i18n/locales/fr/admin.ftl")),
            ("es", include_str!("../../../i18n/locales/es/admin.ftl")),
            ("ar", include_str!("../../../i18n/locales/ar/admin.ftl")),
            ("zh", include_str!("../../../i18n/locales/zh/admin.ftl")),
            ("ru", include_str!("../../../i18n/locales/ru/admin.ftl")),
        ] {
            assert_eq!(keys(ftl), en, "{lang}/admin.ftl");
        }
    }

    /// Templates are checked by `i18n`'s test of `t(…)` calls; handlers also name keys
    /// in tables (`("field", "admin-…")`), checked here.
    #[test]
    fn every_key_the_administration_uses_exists_in_english() {
        let en = keys(include_str!("../../../i18n/locales/en/admin.ftl"));
        let sources = [
            include_str!("people.rs"),
            include_str!("organisations.rs"),
            include_str!("audit.rs"),
            include_str!("mail.rs"),
        ];
        for src in sources {
            let mut rest = src;
            while let Some(i) = rest.find("\"admin-") {
                rest = &rest[i + 1..];
                let key: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                assert!(
                    en.contains(&key.as_str()) || key.ends_with('-'),
                    "{key} is used but not in en/admin.ftl"
                );
            }
        }
    }
}
