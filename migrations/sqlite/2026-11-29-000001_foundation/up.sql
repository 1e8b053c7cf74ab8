-- Foundation schema (SQLite). Kept in step with ../../postgres/ (same folder names).
CREATE TABLE themes (
    code TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT NOT NULL,
    country_code TEXT,
    region TEXT,
    subregion TEXT,
    description TEXT NOT NULL DEFAULT '',
    website TEXT,
    lang TEXT NOT NULL DEFAULT 'en',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX organisations_name ON organisations (name);
CREATE INDEX organisations_kind ON organisations (kind);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    objectives TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL,
    stage TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX projects_recent ON projects (updated_at DESC, id DESC);
CREATE INDEX projects_status ON projects (status);
CREATE INDEX projects_stage ON projects (stage, status);

CREATE TABLE project_themes (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    theme_code TEXT NOT NULL REFERENCES themes (code),
    PRIMARY KEY (project_id, theme_code)
);
CREATE INDEX project_themes_theme ON project_themes (theme_code, project_id);

CREATE TABLE project_countries (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL,
    PRIMARY KEY (project_id, country_code)
);
CREATE INDEX project_countries_country ON project_countries (country_code, project_id);

CREATE TABLE project_needs (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX project_needs_project ON project_needs (project_id);
CREATE INDEX project_needs_kind ON project_needs (kind, project_id);

CREATE TABLE project_partners (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (project_id, organisation_id, role)
);
CREATE INDEX project_partners_organisation ON project_partners (organisation_id);

CREATE TABLE stage_changes (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    changed_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX stage_changes_project ON stage_changes (project_id, changed_on);

CREATE TABLE gfmd_outcomes (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    session TEXT NOT NULL,
    session_title TEXT NOT NULL,
    theme_code TEXT NOT NULL REFERENCES themes (code),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'en'
);
CREATE INDEX gfmd_outcomes_theme ON gfmd_outcomes (theme_code);

CREATE TABLE project_outcomes (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    outcome_id INTEGER NOT NULL REFERENCES gfmd_outcomes (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, outcome_id)
);
CREATE INDEX project_outcomes_outcome ON project_outcomes (outcome_id);

CREATE TABLE engagements (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    session TEXT,
    description TEXT NOT NULL DEFAULT '',
    amount BIGINT,
    currency TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX engagements_organisation ON engagements (organisation_id);

-- The themes of vocabulary.md; labels are translated in the interface.
INSERT INTO themes (code, position) VALUES
    ('regular_migration_partnerships', 1), ('irregular_migration', 2),
    ('costs_of_migration', 3), ('gender_family', 4), ('impact_assessment', 5),
    ('climate_change', 6), ('regional_processes', 7), ('protection_empowerment', 8),
    ('policy_coherence_data', 9), ('diaspora_engagement', 10), ('children', 11),
    ('migration_profiles', 12), ('remittances', 13), ('labour_mobility', 14),
    ('health', 15), ('social_protection', 16), ('return_reintegration', 17),
    ('trafficking', 18);
