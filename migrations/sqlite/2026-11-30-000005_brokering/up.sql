-- Brokering (issue 6, points 4–6): introductions a facilitator proposes between a project
-- and a candidate organisation, expressions of interest an organisation makes on a
-- project, and meetings with their invited organisations and people. None of these rows
-- shows on a public page (an accepted one adds a partner, whose table already bumps the
-- content version), so they need no content_version triggers.

CREATE TABLE introductions (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    message TEXT NOT NULL,
    lang TEXT NOT NULL,
    state TEXT NOT NULL,
    proposed_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    project_answer TEXT,
    candidate_answer TEXT,
    decline_reason TEXT NOT NULL DEFAULT '',
    expires_at TIMESTAMP NOT NULL,
    reminded_at TIMESTAMP,
    closed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX introductions_project ON introductions (project_id, created_at);
CREATE INDEX introductions_organisation ON introductions (organisation_id, state);
CREATE INDEX introductions_due ON introductions (state, expires_at);
-- At most one open introduction of an organisation to a project.
CREATE UNIQUE INDEX introductions_open_pair ON introductions (project_id, organisation_id)
    WHERE state = 'proposed';

CREATE TABLE interests (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    offer TEXT NOT NULL,
    message TEXT NOT NULL,
    lang TEXT NOT NULL,
    state TEXT NOT NULL,
    role TEXT,
    decline_reason TEXT NOT NULL DEFAULT '',
    answered_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    answered_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX interests_project ON interests (project_id, created_at);
CREATE INDEX interests_state ON interests (state, created_at);
-- At most one open expression of interest of an organisation in a project.
CREATE UNIQUE INDEX interests_open_pair ON interests (project_id, organisation_id)
    WHERE state = 'open';

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    introduction_id INTEGER REFERENCES introductions (id) ON DELETE SET NULL,
    sequence INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    time_zone TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    online_url TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL,
    lang TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    organiser_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX meetings_project ON meetings (project_id, starts_at);

CREATE TABLE meeting_organisations (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, organisation_id)
);

CREATE TABLE meeting_invitees (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    answer TEXT,
    answered_at TIMESTAMP,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_invitees_person ON meeting_invitees (person_id);
