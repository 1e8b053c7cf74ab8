-- Resources: documents (stored behind crate::storage, found by an opaque key) and links,
-- attached to a project or, with no project, in the library alone (added by facilitators).
-- Exactly one of url and file_key is set.
CREATE TABLE resources (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    url TEXT,
    file_key TEXT UNIQUE,
    file_name TEXT,
    media_type TEXT,
    byte_size BIGINT,
    search_text TEXT NOT NULL,
    added_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    CHECK ((url IS NULL) <> (file_key IS NULL))
);
CREATE INDEX resources_project ON resources (project_id);
CREATE INDEX resources_kind ON resources (kind, created_at);
CREATE INDEX resources_created ON resources (created_at);

-- The countries a resource covers.
CREATE TABLE resource_countries (
    resource_id INTEGER NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL,
    PRIMARY KEY (resource_id, country_code)
);
CREATE INDEX resource_countries_country ON resource_countries (country_code);

-- Resources show on public pages (the library, project pages): cached per content version.
CREATE TRIGGER resources_insert_bumps_version AFTER INSERT ON resources
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER resources_update_bumps_version AFTER UPDATE ON resources
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER resources_delete_bumps_version AFTER DELETE ON resources
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER resource_countries_insert_bumps_version AFTER INSERT ON resource_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER resource_countries_update_bumps_version AFTER UPDATE ON resource_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER resource_countries_delete_bumps_version AFTER DELETE ON resource_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
