-- Proposals (issue 5, points 1-3): the fields of the project form, regions, co-owner
-- invitations, requests to join a similar project, and review decisions.
-- Kept in step with ../../postgres/ (same folder name).
-- The proposal's own fields, one row per project. A table beside `projects` rather than
-- more columns: diesel's default build handles tables of up to 16 columns, and `projects`
-- has 12 (the 32-column feature would slow every build of the crate).
CREATE TABLE project_proposals (
    project_id INTEGER PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    expected_results TEXT NOT NULL DEFAULT '',
    starts_on DATE,
    ends_on DATE,
    budget TEXT,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    proposed_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    submitted_at TIMESTAMP
);
CREATE INDEX project_proposals_proposed_by ON project_proposals (proposed_by);

CREATE TABLE project_regions (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    region_code TEXT NOT NULL,
    PRIMARY KEY (project_id, region_code)
);

-- An owner invites another government as co-owner; a delegate of it confirms or declines.
CREATE TABLE co_owner_invitations (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    invited_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    answered_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP
);
CREATE INDEX co_owner_invitations_organisation ON co_owner_invitations (organisation_id, status);
CREATE INDEX co_owner_invitations_project ON co_owner_invitations (project_id);

-- A proposer who found a similar project asks its owners to join it as co-owner.
CREATE TABLE join_requests (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    from_project_id INTEGER REFERENCES projects (id) ON DELETE SET NULL,
    requested_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    answered_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP
);
CREATE INDEX join_requests_project ON join_requests (project_id, status);
CREATE INDEX join_requests_organisation ON join_requests (organisation_id);

-- Review decisions by GFMD structures; the latest one and its date show publicly.
CREATE TABLE project_reviews (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    reviewer_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    decision TEXT NOT NULL,
    comments TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX project_reviews_project ON project_reviews (project_id, created_at);

-- Proposal fields, regions and review decisions show on public pages: they bump the content version.
CREATE TRIGGER project_proposals_insert_bumps_version AFTER INSERT ON project_proposals
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_proposals_update_bumps_version AFTER UPDATE ON project_proposals
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_proposals_delete_bumps_version AFTER DELETE ON project_proposals
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_regions_insert_bumps_version AFTER INSERT ON project_regions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_regions_update_bumps_version AFTER UPDATE ON project_regions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_regions_delete_bumps_version AFTER DELETE ON project_regions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_reviews_insert_bumps_version AFTER INSERT ON project_reviews
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_reviews_update_bumps_version AFTER UPDATE ON project_reviews
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_reviews_delete_bumps_version AFTER DELETE ON project_reviews
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
