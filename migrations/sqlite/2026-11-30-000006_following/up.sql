-- Following, notifications, digests and one-click unsubscribe (see src/notify).

-- Digests go out in each person's morning: their IANA time zone (chrono-tz names).
ALTER TABLE people ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';

-- The fan-out step claims events not yet turned into notifications. Events recorded
-- before this feature existed are marked done: nobody hears of old news.
ALTER TABLE events ADD COLUMN fanned_out_at TIMESTAMP;
UPDATE events SET fanned_out_at = created_at;
CREATE INDEX events_pending ON events (id) WHERE fanned_out_at IS NULL;

-- What a person follows: `project:{id}`, `theme:{code}` or `organisation:{id}`.
CREATE TABLE follows (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (person_id, target)
);
CREATE INDEX follows_target ON follows (target);

-- How a person wants to hear of each kind of event; no row = the kind's default.
CREATE TABLE notification_preferences (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
);

-- One event as one person hears of it (the in-app list), and how its mail goes.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    delivery TEXT NOT NULL,
    read_at TIMESTAMP,
    digested_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (person_id, event_id)
);
CREATE INDEX notifications_unread ON notifications (person_id) WHERE read_at IS NULL;
CREATE INDEX notifications_newest ON notifications (person_id, id);
CREATE INDEX notifications_for_digest ON notifications (person_id, delivery)
    WHERE digested_at IS NULL AND delivery IN ('daily', 'weekly');

-- A digest waiting for its time: one row per person and frequency while items wait.
CREATE TABLE digests (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    frequency TEXT NOT NULL,
    due_at TIMESTAMP NOT NULL,
    PRIMARY KEY (person_id, frequency)
);
CREATE INDEX digests_due ON digests (due_at);

-- One-click unsubscribe links (RFC 8058): only the SHA-256 of each mailed token is kept.
-- `kind` is an event kind code, or `digest_daily` / `digest_weekly`.
CREATE TABLE unsubscribe_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
