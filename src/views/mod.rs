//! Page structs: one askama template each, all sharing the page context [`Ctx`].

pub mod accounts;
pub mod admin;
pub mod context;
pub mod linkify;
pub mod following;
pub mod pages;
pub mod progress;
pub mod resources;
pub mod proposals;

pub use context::Ctx;
