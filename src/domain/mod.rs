//! Value types and rules of the platform. No I/O here: everything is pure and unit-tested.

pub mod actor;
pub mod brokering;
pub mod brokering_outcomes;
pub mod codes;
pub mod contact;
pub mod country;
pub mod ids;
pub mod language;
pub mod organisation;
pub mod person;
pub mod policy;
pub mod progress;
pub mod proposal;
pub mod resource;
pub mod search;
pub mod text;

pub use actor::Actor;
pub use codes::{
    AnswerStatus, BudgetRange, ContactKind, ContactShown, EngagementKind, NeedExtent, NeedKind,
    NeedState, OrganisationKind, PartnerRole, ProjectStage, PublicationState, Region, ResourceKind,
    ReviewDecision, Role, Theme, UnknownCode,
};
pub use country::CountryCode;
pub use language::Language;
