-- Events: what happened that people may need to hear about (see src/notify). A use case
-- records its event in the same transaction as the change; the notify step turns events
-- into in-app notifications and mail (at once or in digests), and feeds read them.
CREATE TABLE events (
    id INTEGER PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    actor_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    subject_id INTEGER,
    summary TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX events_project ON events (project_id, created_at);
CREATE INDEX events_organisation ON events (organisation_id, created_at);
CREATE INDEX events_created ON events (created_at);
