-- Contact points (issue 13): how an organisation is reached when nobody of it has an
-- account. A named person or a role mailbox, kept by administrators, facilitators and
-- the organisation's own members; shown publicly only as far as the contact agreed
-- (`shown`: 'nothing', 'name' (name and title, the default) or 'address' (also the
-- address)). `unreachable_at` is set when a mail to it became a dead letter.
CREATE TABLE contact_points (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL,
    lang TEXT NOT NULL,
    shown TEXT NOT NULL DEFAULT 'name',
    unreachable_at TIMESTAMP,
    unreachable_reason TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX contact_points_address ON contact_points (organisation_id, email);
CREATE INDEX contact_points_email ON contact_points (email);

-- The personal links an introduction mails to contact points: single use, expiring with
-- the introduction, stored as the SHA-256 of the token (as account links are).
CREATE TABLE introduction_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    introduction_id INTEGER NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
    contact_point_id INTEGER NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX introduction_links_introduction ON introduction_links (introduction_id);
