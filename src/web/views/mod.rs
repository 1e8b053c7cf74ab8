//! Page structs: one askama template each, all sharing the page context [`Ctx`].

pub mod accounts;
pub mod admin;
pub mod brokering;
pub mod calendar;
pub mod contacts;
pub mod context;
pub mod errors;
pub mod following;
pub mod linkify;
pub mod matching;
pub mod open_data;
pub mod pages;
pub mod parts;
pub mod progress;
pub mod proposals;
pub mod replies;
pub mod resources;
pub mod waiting;

pub use context::Ctx;
