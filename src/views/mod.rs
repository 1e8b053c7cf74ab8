//! Page structs: one askama template each, all sharing the page context [`Ctx`].

pub mod accounts;
pub mod admin;
pub mod brokering;
pub mod context;
pub mod matching;
pub mod pages;

pub use context::Ctx;
