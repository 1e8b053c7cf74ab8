//! Integration tests: the real server over HTTP, one database per test.
//! Run on SQLite by default; set PFP_TEST_DATABASE_URL to run them on PostgreSQL.

mod accounts;
mod admin;
mod api;
mod brokering;
mod calendar;
mod cli;
mod confirmations;
mod duplicate_check;
mod errors;
mod following;
mod helpers;
mod i18n;
mod lifecycle;
mod link_renewal;
mod mail;
mod mail_helpers;
mod matching;
mod migrations;
mod needs;
mod open_data;
mod pages;
mod permissions;
mod progress;
mod proposals;
mod reach;
mod resources;
mod sessions;
mod waiting;
