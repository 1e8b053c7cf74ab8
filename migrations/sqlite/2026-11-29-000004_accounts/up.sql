-- People, their sessions, single-use tokens (invitation, verification, password reset),
-- sign-in throttling and the audit log. Kept in step with ../../postgres/.
CREATE TABLE people (
    id INTEGER PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    role TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    lang TEXT NOT NULL DEFAULT 'en',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    email_verified_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX people_organisation ON people (organisation_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);

CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX account_tokens_person ON account_tokens (person_id, purpose);

CREATE TABLE auth_throttle (
    key TEXT PRIMARY KEY NOT NULL,
    window_start TIMESTAMP NOT NULL,
    failures INTEGER NOT NULL
);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY NOT NULL,
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id INTEGER,
    before_summary TEXT NOT NULL DEFAULT '',
    after_summary TEXT NOT NULL DEFAULT '',
    public BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_events_recent ON audit_events (created_at DESC, id DESC);
CREATE INDEX audit_events_subject ON audit_events (subject_type, subject_id);
CREATE INDEX audit_events_person ON audit_events (person_id);
