//! What brokering reads: the facilitator's queue, introductions, expressions of interest,
//! meetings, the people who answer for each side, and the organisations that declined a
//! project recently (which ranking leaves out). The writes are use cases in
//! `crate::app::brokering`.
//!
//! By subject, each re-exported here so callers write `queries::brokering::…`:
//! `queue.rs` (the facilitator's queue, a project's head and needs, the candidates'
//! heads, recent refusals), `introductions.rs`, `interests.rs`, `meetings.rs`, and
//! `recipients.rs` (who answers for each side, and their contacts), `outcomes.rs` (the
//! introductions the open data on brokering outcomes counts).

mod interests;
mod introductions;
mod meetings;
mod outcomes;
mod queue;
mod recipients;
mod waiting;

pub use interests::{
    Interest, InterestItem, all_interests, interest, interests_of_project, open_interest_count,
    open_interest_of,
};
pub use introductions::{
    Introduction, IntroductionDetail, IntroductionItem, due_for_expiry, due_for_reminder,
    introduction, introductions_of_organisation, introductions_of_project, open_introduction_orgs,
    owner_names,
};
pub use meetings::{
    Invitee, Meeting, MeetingDetail, meeting, meetings_of_person, meetings_of_project,
    partners_named,
};
pub use outcomes::introduced;
pub use queue::{
    CandidateHead, QueueRow, candidate_heads, needs_of, organisation_name, public_head, queue,
    recently_declined,
};
pub use recipients::{
    Recipient, organisation_side, people_of, person_contact, project_side, with_role,
};
pub use waiting::{
    Waiting, WaitingFor, WaitingInterest, WaitingIntroduction, WaitingMeeting, waiting,
    waiting_count,
};
