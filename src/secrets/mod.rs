//! Secrets: random tokens (stored only as their hashes) and password hashing (argon2id).
//! Used by sessions, links sent by mail, unsubscribe links and file keys; pure functions
//! with no knowledge of the web or the database.

pub mod password;
pub mod token;
