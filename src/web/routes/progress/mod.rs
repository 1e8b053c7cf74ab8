//! The managers' side of a project's progress (issue 5, points 4, 5 and 9):
//! `/projects/{id}/manage` with its forms (stage, update, milestone, partners), and
//! `/follow-up`, the list of active projects with their last update and overdue flag.
//!
//! Every form posts to its own address and, when accepted, sends the browser back to the
//! managers' page with `?done=<what>` (post/redirect/get); a refused form answers 422 with
//! the page, every typed value and an error summary. Who may: `domain::policy::
//! manages_project` (delegates of an owning government); a draft is a 404 to anyone else.
//!
//! The files: [`manage`] (the managers' page, which a refused form shows again),
//! [`timeline`] (stage, updates, milestones), [`partners`], [`needs`] (which needs a
//! partner meets), [`follow_up`].

pub mod follow_up;
pub mod manage;
pub mod needs;
pub mod partners;
pub mod timeline;

use actix_web::web;

/// Registers the routes of progress.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/projects/{id}/manage", web::get().to(manage::manage))
        .route(
            "/projects/{id}/stage",
            web::post().to(timeline::change_stage),
        )
        .route(
            "/projects/{id}/updates",
            web::post().to(timeline::post_update),
        )
        .route(
            "/projects/{id}/milestones",
            web::post().to(timeline::add_milestone),
        )
        .route(
            "/projects/{id}/milestones/{milestone}/done",
            web::post().to(timeline::milestone_done),
        )
        .route(
            "/projects/{id}/partners",
            web::post().to(partners::add_partner),
        )
        .route(
            "/projects/{id}/partners/remove",
            web::post().to(partners::remove_partner),
        )
        .route(
            "/projects/{id}/needs/{organisation}",
            web::get().to(needs::show),
        )
        .route(
            "/projects/{id}/needs/{organisation}",
            web::post().to(needs::save),
        )
        .route("/follow-up", web::get().to(follow_up::follow_up));
}
