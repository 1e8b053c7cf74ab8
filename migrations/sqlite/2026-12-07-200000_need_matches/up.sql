-- Needs that follow partnerships (issue 13, point 5). A partner meets a need fully or in
-- part, as the project's owners say; a need's state (open, partly met, met) follows from
-- these rows, so it cannot disagree with them. Ending the partnership or deleting either
-- side removes the row.
CREATE TABLE need_matches (
    need_id INTEGER NOT NULL REFERENCES project_needs (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    extent TEXT NOT NULL,
    recorded_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (need_id, organisation_id)
);
CREATE INDEX need_matches_organisation ON need_matches (organisation_id);

-- An organisation that became a partner through an accepted introduction or expression
-- of interest, whose owners have not yet said which needs it meets: a question waiting
-- for them. Answering deletes the row.
CREATE TABLE need_questions (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    asked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX need_questions_organisation ON need_questions (organisation_id);
