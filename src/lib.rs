//! Platform for Partnerships: the web service the Global Forum on Migration and
//! Development called for in 2010. See README.md for the map of the code.

pub mod accounts;
pub mod auth;
pub mod brokering;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod email;
pub mod error;
pub mod i18n;
pub mod import;
pub mod matching;
pub mod matching_service;
pub mod notify;
pub mod overdue;
pub mod routes;
pub mod startup;
pub mod storage;
pub mod telemetry;
pub mod text;
pub mod views;
