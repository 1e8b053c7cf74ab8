DROP TABLE overdue_notices;
DROP TABLE questions;
DROP TABLE milestones;
DROP TABLE project_updates;
