-- Progress of a project (issue 5, points 5 and 7): dated updates, milestones, questions
-- with their answer, and the record of "update overdue" notices already emitted.
CREATE TABLE project_updates (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    posted_on DATE NOT NULL,
    author_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX project_updates_project ON project_updates (project_id, posted_on);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    due_on DATE NOT NULL,
    done_on DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX milestones_project ON milestones (project_id, due_on);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    asker_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    asker_name TEXT NOT NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    hidden_reason TEXT,
    answer TEXT,
    answer_lang TEXT,
    answerer_organisation TEXT,
    answered_at TIMESTAMP,
    answer_hidden_reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX questions_project ON questions (project_id, created_at);

-- One row per (project, last update date, period number): the periodic check emits
-- EventKind::UpdateOverdue only when it manages to insert the row, so several app
-- instances running the check emit each notice once.
CREATE TABLE overdue_notices (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    anchor_on DATE NOT NULL,
    period INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (project_id, anchor_on, period)
);

CREATE TRIGGER project_updates_insert_bumps_version AFTER INSERT ON project_updates
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_updates_update_bumps_version AFTER UPDATE ON project_updates
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_updates_delete_bumps_version AFTER DELETE ON project_updates
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_insert_bumps_version AFTER INSERT ON milestones
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_update_bumps_version AFTER UPDATE ON milestones
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_delete_bumps_version AFTER DELETE ON milestones
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER questions_insert_bumps_version AFTER INSERT ON questions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER questions_update_bumps_version AFTER UPDATE ON questions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER questions_delete_bumps_version AFTER DELETE ON questions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
