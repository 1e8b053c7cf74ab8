//! Resources (issue 5, point 6): the library `/resources` (search by text, kind and
//! country), a page per resource, downloads, and adding and removing documents and links
//! on a project (its managers) or in the library alone (facilitators).
//!
//! Decisions:
//! - A resource belongs to a project or, for the library's own material (a country's
//!   migration profile published by its government or IOM, say), to no project; only
//!   facilitators, who keep the library, add those (`Action::CurateLibrary`).
//! - Visibility follows the project: a draft project's resources, their pages and their
//!   downloads answer 404 to anyone who may not see the draft (`policy::sees_project`).
//! - An upload is held in memory up to the limit (`PFP_UPLOAD_MAX_MB`, counted while it
//!   streams in), its type found from its bytes (`domain::resource::detect`), then
//!   written to the store before the row is inserted; if the insert fails the stored
//!   file is deleted again, and a removed resource's file is deleted after its row's
//!   transaction commits. No file I/O happens inside a transaction.
//! - Downloads are always `attachment`, with the type found at upload, a safe name
//!   (`filename` and `filename*`), `nosniff` (global) and a sandboxing CSP, so a
//!   document never runs in the site's origin.
//!
//! The files: [`library`] (the search), [`resource`] (who may see one, its page, its
//! download), [`add`] (the forms, checking them, storing the document), [`remove`];
//! [`upload`] reads the form as it arrives.

pub mod add;
pub mod library;
pub mod remove;
pub mod resource;
pub mod upload;

use actix_web::web;

/// Registers the routes of resources.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/resources", web::get().to(library::library))
        .route("/resources/new", web::get().to(add::new_library_form))
        .route("/resources/new", web::post().to(add::create_in_library))
        .route("/resources/{id}", web::get().to(resource::show))
        .route(
            "/resources/{id}/download",
            web::get().to(resource::download),
        )
        .route("/resources/{id}/delete", web::post().to(remove::delete))
        .route(
            "/projects/{id}/resources/new",
            web::get().to(add::new_project_form),
        )
        .route(
            "/projects/{id}/resources/new",
            web::post().to(add::create_in_project),
        );
}
