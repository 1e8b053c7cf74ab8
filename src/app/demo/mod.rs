//! The demo data: the GFMD 2010 meeting (organisations, roundtable recommendations,
//! engagements, the three pilot projects), transcribed into `config/demo/gfmd2010.json`
//! and compiled into the binary; and a generator of synthetic projects for benchmarks.
//!
//! The file is validated into domain types before anything is written, and loaded in one
//! transaction: a bad file loads nothing and reports every problem with its path.
//!
//! Organisations get first matching profiles derived from the data (contributions →
//! funding or in-kind offers, roundtable teams → thematic interests, mandates of
//! international organisations → offers and themes): the rules are written out on
//! [`DemoData::derived_profiles`].
//!
//! - `gfmd2010.rs`: the file's model ([`DemoData`]), its checks, and loading it;
//! - `profiles.rs`: the matching profiles and roundtable teams derived from it, with the
//!   hand-written tables they read (`mandates.rs`);
//! - `evaluation.rs`: what the offline evaluation of matching hides ([`Hidden`]) and its
//!   partner tasks on the pilot projects ([`PartnerTask`]);
//! - `accounts.rs`: the demo accounts ([`DEMO_ACCOUNTS`], one-click sign-in in demo mode);
//! - `contacts.rs`: role mailboxes ([`DEMO_CONTACTS`]) of organisations without accounts;
//! - `synthetic.rs`: [`synthetic_projects`] for benchmarks.

mod accounts;
mod contacts;
mod evaluation;
mod gfmd2010;
mod mandates;
mod profiles;
mod synthetic;

pub use accounts::{DEMO_ACCOUNTS, ensure_demo_accounts};
pub use contacts::DEMO_CONTACTS;
pub use evaluation::{Hidden, PartnerTask, scrub};
pub use gfmd2010::{
    DemoData, DemoEngagement, DemoError, DemoNeed, DemoOrganisation, DemoOutcome, DemoPartner,
    DemoProject, DemoStage, GFMD2010, LoadReport,
};
pub use profiles::Roundtable;
pub use synthetic::synthetic_projects;
