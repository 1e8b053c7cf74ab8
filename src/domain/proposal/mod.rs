//! A project proposal: the form's values as typed, their validation, and the rules of the
//! publication states (issue 5, points 1 and 3).
//!
//! Validation is pure and reports every problem at once, each with the id of the form
//! control it is about (the error summary links to it) and the translation key of its
//! message. A draft needs only a title; submitting needs every required field. Values
//! that are present are always checked (lengths, codes, dates), draft or not.
//!
//! By what a reader looks for, each re-exported here: `input.rs` (the form as typed and
//! the ids of its controls), `checks.rs` (checking it into a [`Proposal`]), `review.rs`
//! (the publication states' rules and the review form).

mod checks;
mod input;
mod review;

pub use checks::{Completeness, Problem, Proposal, parse_date, validate};
pub use input::{
    BLANK_NEED_ROWS, CONTACT_NAME_MAX, MAX_NEEDS, NEED_DESCRIPTION_IDS, NEED_KIND_IDS,
    OUTCOMES_FIELD, PLACES_FIELD, ProposalInput, THEMES_FIELD,
};
pub use review::{Review, editable, reviewable, submittable, validate_review, withdrawable};
