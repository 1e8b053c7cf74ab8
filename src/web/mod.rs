//! The web layer: everything that knows HTTP.
//!
//! - [`state`]: what every worker shares; [`startup`]: building and running the server;
//! - middleware: [`locale`] (the request's language), [`session`] (who is signed in,
//!   the CSRF token), [`error`] (every error response rendered as a page or JSON);
//! - [`extract`]: what handlers take (a signed-in person, a CSRF-checked form, typed
//!   ids and filters); [`respond`]: what they answer (a page with a status, a redirect);
//! - [`read`]: read models, pages assembled from several sources (the project page);
//!   [`request_span`]: the logged root span of a request, secrets left out;
//! - [`routes`]: thin handlers, a file per resource; [`views`]: askama page structs.
//!
//! Below it: `app` (use cases), `db` (reads), `domain`, `i18n`.

pub mod error;
pub mod extract;
pub mod locale;
pub mod read;
pub mod request_span;
pub mod respond;
pub mod routes;
pub mod session;
pub mod startup;
pub mod state;
pub mod views;

pub use state::AppState;
