//! Notifications: events → who should hear → in-app notifications and mail.
//!
//! A use case that changes something people may need to hear about calls [`emit`] with an
//! [`Event`] inside its own transaction (so the event exists exactly when the change
//! does). Everything downstream (who is concerned, preferences, immediate mail, digests,
//! in-app notifications, feeds) starts from the `events` table.

mod event;

pub use event::{Event, EventKind, emit};
