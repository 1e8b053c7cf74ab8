-- A person's private calendar feed (issue 13, point 6): one secret address per person,
-- stored as the SHA-256 of the token in its URL (as account links are). Making a new
-- address replaces the row, so the old one stops working; turning the feed off deletes it.
CREATE TABLE calendar_feeds (
    person_id INTEGER PRIMARY KEY NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_read_at TIMESTAMP
);
