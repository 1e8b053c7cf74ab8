//! Platform for Partnerships: the web service the Global Forum on Migration and
//! Development called for in 2010.
//!
//! The crate is built in layers; an import only ever points down (see
//! `docs/ARCHITECTURE.md`, and `tests/architecture.rs`, which enforces it):
//!
//! | layer | modules |
//! |---|---|
//! | command line | [`cli`] |
//! | web | [`web`]: state, startup, middleware, session, extractors, error pages, routes, views |
//! | use cases | [`app`]: one function per thing a person does |
//! | notifications, mail | [`notify`], [`email`] |
//! | events | [`events`] |
//! | storage | [`db`], [`storage`] |
//! | pure logic | [`matching`], [`text`] |
//! | foundation | [`domain`], [`i18n`], [`config`], [`secrets`], [`telemetry`] |

pub mod app;
pub mod calendar;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod email;
pub mod events;
pub mod i18n;
pub mod matching;
pub mod notify;
pub mod secrets;
pub mod storage;
pub mod telemetry;
pub mod text;
pub mod web;
