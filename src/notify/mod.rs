//! Notifications: events → who should hear → in-app notifications, mail at once or in
//! digests; and the public Atom feeds of events.
//!
//! A use case that changes something people may need to hear about calls [`emit`] with an
//! [`Event`] inside its own transaction (so the event exists exactly when the change
//! does). Everything downstream starts from the `events` table:
//!
//! - [`rules`]: the table kind → audiences, reasons, what is public, what cannot be
//!   turned off, the deliveries and their defaults (pure);
//! - [`fanout`]: the worker step that turns each event into notifications once, with
//!   mail at once or a place in a digest (why a worker step: see there);
//! - [`digest`] and [`schedule`]: digests in the person's morning, in their time zone;
//! - [`prefs`], [`unsubscribe`]: preferences and one-click unsubscribe links;
//! - [`inbox`]: the in-app list and the unread count of the header;
//! - [`mail`]: the two mail kinds and the sentence telling an event in six languages;
//! - [`feed`]: Atom feeds of public events;
//! - [`worker`]: the loop that runs fan-out and digests beside the mail worker.

pub mod digest;

pub mod fanout;
pub mod feed;
pub mod inbox;
pub mod mail;
pub mod prefs;
pub mod rules;
pub mod schedule;
pub mod unsubscribe;
pub mod worker;

pub use mail::{DigestMail, EventItem, NotificationMail};
pub use worker::NotifyWorker;
