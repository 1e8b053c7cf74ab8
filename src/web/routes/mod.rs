//! HTTP routes: thin handlers that parse input into domain types, run one query or use
//! case, and return a page. One file per resource.

pub mod about;
pub mod account;
pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod brokering;
pub mod calendar;
pub mod contacts;
pub mod following;
pub mod health;
pub mod home;
pub mod invitations;
pub mod mailbox;
pub mod matches;
pub mod my_organisation;
pub mod notifications;
pub mod open_data;
pub mod organisations;
pub mod outcomes;
pub mod password;
pub mod progress;
pub mod projects;
pub mod proposals;
pub mod questions;
pub mod register;
pub mod resources;
pub mod themes;

use actix_web::web;

use crate::web::error::AppError;

/// Registers every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    proposals::configure(cfg);
    cfg.route("/", web::get().to(home::show))
        .route("/about", web::get().to(about::show))
        .route("/projects", web::get().to(projects::list))
        .route("/projects/{id}", web::get().to(projects::show))
        .route("/organisations", web::get().to(organisations::list))
        .route("/organisations/{id}", web::get().to(organisations::show))
        .route(
            "/organisations/{id}/contacts",
            web::get().to(contacts::list),
        )
        .route(
            "/organisations/{id}/contacts",
            web::post().to(contacts::add),
        )
        .route(
            "/organisations/{id}/contacts/{contact}/remove",
            web::post().to(contacts::remove),
        )
        .route("/themes", web::get().to(themes::list))
        .route("/themes/{code}", web::get().to(themes::show))
        .route("/api/v1/projects", web::get().to(api::projects))
        .route("/api/v1/projects/{id}", web::get().to(api::project))
        .route(
            "/api/v1/organisations/{id}",
            web::get().to(api::organisation),
        )
        .route("/login", web::get().to(auth::form))
        .route("/login", web::post().to(auth::submit))
        .route("/logout", web::post().to(auth::logout))
        .route("/demo/sign-in", web::post().to(auth::demo_sign_in))
        .route("/account", web::get().to(account::show))
        .route("/account", web::post().to(account::update))
        .route(
            "/account/password",
            web::post().to(account::change_password),
        )
        .route("/invitations/new", web::get().to(invitations::form))
        .route("/invitations/new", web::post().to(invitations::submit))
        .route("/join/{token}", web::get().to(invitations::join_form))
        .route("/join/{token}", web::post().to(invitations::join))
        .route("/register", web::get().to(register::form))
        .route("/register", web::post().to(register::submit))
        .route("/verify/{token}", web::get().to(register::verify))
        .route("/password/forgot", web::get().to(password::forgot_form))
        .route("/password/forgot", web::post().to(password::forgot))
        .route(
            "/password/reset/{token}",
            web::get().to(password::reset_form),
        )
        .route("/password/reset/{token}", web::post().to(password::reset))
        .route("/healthz", web::get().to(health::check))
        .route("/static/{file:.*}", web::get().to(assets::serve));
    admin::configure(cfg);
    progress::configure(cfg);
    questions::configure(cfg);
    outcomes::configure(cfg);
    open_data::configure(cfg);
    resources::configure(cfg);
    following::configure(cfg);
    notifications::configure(cfg);
    brokering::configure(cfg);
    calendar::configure(cfg);
    matches::configure(cfg);
    my_organisation::configure(cfg);
}

/// The answer to any address no route knows.
pub async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
