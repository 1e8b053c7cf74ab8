//! Proposals through review: a delegate drafts and submits a project for their government
//! ([`draft`]), a reviewer decides ([`review`]), owners invite another government to
//! co-own it ([`co_owners`]), and a proposer may ask to join a similar project instead
//! ([`join`]). Each use case runs in the caller's transaction and writes its audit entry
//! (public when it belongs to the project's history), its event and its mail with the
//! change.

pub mod co_owners;
pub mod draft;
pub mod join;
pub mod review;

/// What became of an invitation or a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// Recorded.
    Done,
    /// The organisation already owns the project.
    AlreadyOwner,
    /// The same question already waits for an answer.
    AlreadyPending,
}

/// What answering found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Answered now.
    Done,
    /// No such pending question addressed to this organisation.
    NotFound,
}
