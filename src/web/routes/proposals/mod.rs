//! Proposing a project and taking it through review (issue 5, points 1–3): the form and
//! drafts, the duplicate check, "My projects", co-owners, requests to join, and the
//! review queue. Everything works without JavaScript: each step is a page and a form.
//!
//! The flow: a delegate fills `/projects/new` and either saves a draft (only a title is
//! needed) or continues; continuing checks every field, saves the proposal as a draft and
//! shows `/projects/{id}/check`, the public projects most like it (see
//! `crate::text::similar`). From there the delegate submits, or asks to join one of
//! them (its owners answer on their "My projects" page). Reviewers (never facilitators)
//! endorse, ask for changes or decline; owners edit and resubmit after a request for
//! changes, and may withdraw a submitted or endorsed project.
//!
//! The files follow `app::proposals`: [`draft`] (the form, the duplicate check, submit and
//! withdraw), [`mine`] ("My projects"), [`co_owners`], [`join`] (requests to join),
//! [`review`] (the queue and the decision); [`answering`] is how a delegate answers an
//! invitation or a request, [`shared`] what the pages share.

pub mod answering;
pub mod co_owners;
pub mod draft;
pub mod join;
pub mod mine;
pub mod review;
pub mod shared;

use actix_web::web;

/// Registers the routes of proposals and review (before `/projects/{id}`, so that
/// `/projects/new` and `/projects/mine` are not taken for ids).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/projects/new", web::get().to(draft::new_form))
        .route("/projects/new", web::post().to(draft::create))
        .route("/projects/mine", web::get().to(mine::mine))
        .route("/projects/{id}/edit", web::get().to(draft::edit_form))
        .route("/projects/{id}/edit", web::post().to(draft::update))
        .route("/projects/{id}/check", web::get().to(draft::check))
        .route("/projects/{id}/submit", web::post().to(draft::submit))
        .route("/projects/{id}/withdraw", web::post().to(draft::withdraw))
        .route("/projects/{id}/join", web::post().to(join::request_join))
        .route(
            "/projects/{id}/co-owners",
            web::get().to(co_owners::co_owners),
        )
        .route(
            "/projects/{id}/co-owners",
            web::post().to(co_owners::invite_co_owner),
        )
        .route(
            "/co-owner-invitations/{id}",
            web::post().to(co_owners::answer_invitation),
        )
        .route(
            "/join-requests/{id}",
            web::post().to(join::answer_join_request),
        )
        .route("/review", web::get().to(review::review_queue))
        .route("/review/{id}", web::get().to(review::review_form))
        .route("/review/{id}", web::post().to(review::review));
}
