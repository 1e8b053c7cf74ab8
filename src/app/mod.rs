//! The use cases: one function per thing a person (or a periodic job) does. Each takes
//! typed input and the actor, asks `domain::policy`, and writes its rows, audit entry,
//! event and outbox messages in one transaction through `db::Db::write`.
//!
//! - [`accounts`]: invitations, registration, address confirmation, password reset;
//! - [`brokering`]: introductions, expressions of interest, meetings, the sweeper;
//! - [`import`], [`demo`]: loading a JSON file or the GFMD 2010 demo data;
//! - [`proposals`]: drafting, submitting, reviewing, co-owners, requests to join;
//! - [`progress`], [`questions`], [`partners`]: a project's progress, its questions and
//!   answers, its partners;
//! - [`overdue`]: the periodic "update overdue" check;
//! - [`matching_service`]: this instance's matching index, rebuilt when content changes.
//!
//! Nothing here knows HTTP: `web` calls in, never the other way round.

pub mod accounts;
pub mod brokering;
pub mod calendar_feeds;
pub mod contacts;
pub mod demo;
pub mod import;
pub mod matching_service;
pub mod needs;
pub mod overdue;
pub mod partners;
pub mod progress;
pub mod proposals;
pub mod questions;
