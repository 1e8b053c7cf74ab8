-- The mail outbox (SQLite). Kept in step with ../../postgres/ (same folder names).
-- A row is written in the same transaction as the change that causes the message; the
-- delivery worker claims due rows, sends them outside any transaction and marks them.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY NOT NULL,
    -- Same key enqueued twice is stored once.
    dedupe_key TEXT NOT NULL UNIQUE,
    -- Message-ID header, stable across retries so receivers can drop duplicates.
    message_id TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    -- Message kind (names the templates) and its data as JSON; rendered at send time.
    template TEXT NOT NULL,
    data TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- pending | sending | sent | dead
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    -- When a worker may take the row: the retry time while pending, the end of the
    -- lease while sending (a worker that died leaves its rows to be taken again).
    next_attempt_at TIMESTAMP NOT NULL,
    -- Which worker holds (or last held) the lease: a worker whose lease ran out cannot
    -- mark a row another worker has taken since; on a sent row, which worker sent it.
    claimed_by TEXT,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
