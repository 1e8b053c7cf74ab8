//! Brokering pages: the facilitator's queue and candidates ([`facilitator`]),
//! introductions ([`introductions`]), expressions of interest ([`interests`]) and
//! meetings ([`meetings`], their form read and checked in [`meeting_form`]). Permissions
//! come from `domain::policy`; things that are not the viewer's business answer 404 (they
//! do not leak), signed-out readers of a link from a mail are sent to sign in and back.

pub mod facilitator;
pub mod interests;
pub mod introductions;
pub mod meeting_form;
pub mod meetings;
pub mod renewal;
pub mod replies;

use actix_web::web;

/// Registers the brokering routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/reply/{token}", web::get().to(replies::show))
        .route("/reply/{token}/accept", web::post().to(replies::accept))
        .route("/reply/{token}/decline", web::post().to(replies::decline))
        .route("/reply/{token}/renew", web::post().to(renewal::ask))
        .route("/facilitator", web::get().to(facilitator::queue))
        .route(
            "/facilitator/interests",
            web::get().to(facilitator::interests),
        )
        .route(
            "/facilitator/projects/{id}",
            web::get().to(facilitator::project),
        )
        .route(
            "/facilitator/projects/{id}/introduce",
            web::get().to(facilitator::introduce_form),
        )
        .route(
            "/facilitator/projects/{id}/introduce",
            web::post().to(facilitator::introduce),
        )
        .route("/introductions", web::get().to(introductions::waiting))
        .route("/introductions/{id}", web::get().to(introductions::show))
        .route(
            "/introductions/{id}/accept",
            web::get().to(introductions::accept_form),
        )
        .route(
            "/introductions/{id}/accept",
            web::post().to(introductions::accept),
        )
        .route(
            "/introductions/{id}/decline",
            web::get().to(introductions::decline_form),
        )
        .route(
            "/introductions/{id}/decline",
            web::post().to(introductions::decline),
        )
        .route(
            "/projects/{id}/interest",
            web::post().to(interests::express),
        )
        .route("/interests/{id}", web::get().to(interests::show))
        .route("/interests/{id}/accept", web::post().to(interests::accept))
        .route(
            "/interests/{id}/decline",
            web::post().to(interests::decline),
        )
        .route(
            "/projects/{id}/meetings/new",
            web::get().to(meetings::new_form),
        )
        .route(
            "/projects/{id}/meetings/new",
            web::post().to(meetings::create),
        )
        .route("/meetings/{id}", web::get().to(meetings::show))
        .route("/meetings/{id}/answer", web::post().to(meetings::answer))
        .route("/meetings/{id}/notes", web::post().to(meetings::notes))
        .route("/meetings/{id}/edit", web::get().to(meetings::edit_form))
        .route("/meetings/{id}/edit", web::post().to(meetings::edit))
        .route("/meetings/{id}/cancel", web::post().to(meetings::cancel));
}
