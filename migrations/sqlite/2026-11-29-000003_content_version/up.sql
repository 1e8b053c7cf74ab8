-- A counter bumped by every change to public content, so each app instance can cache
-- what it reads and know in one cheap query whether its copy is still current.
-- Triggers keep it right whoever writes (app, CLI, importer, another instance).
CREATE TABLE content_version (
    id INTEGER PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO content_version (id, value) VALUES (1, 0);
CREATE TRIGGER organisations_insert_bumps_version AFTER INSERT ON organisations
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisations_update_bumps_version AFTER UPDATE ON organisations
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisations_delete_bumps_version AFTER DELETE ON organisations
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER projects_insert_bumps_version AFTER INSERT ON projects
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER projects_update_bumps_version AFTER UPDATE ON projects
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER projects_delete_bumps_version AFTER DELETE ON projects
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_themes_insert_bumps_version AFTER INSERT ON project_themes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_themes_update_bumps_version AFTER UPDATE ON project_themes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_themes_delete_bumps_version AFTER DELETE ON project_themes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_countries_insert_bumps_version AFTER INSERT ON project_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_countries_update_bumps_version AFTER UPDATE ON project_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_countries_delete_bumps_version AFTER DELETE ON project_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_needs_insert_bumps_version AFTER INSERT ON project_needs
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_needs_update_bumps_version AFTER UPDATE ON project_needs
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_needs_delete_bumps_version AFTER DELETE ON project_needs
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_partners_insert_bumps_version AFTER INSERT ON project_partners
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_partners_update_bumps_version AFTER UPDATE ON project_partners
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_partners_delete_bumps_version AFTER DELETE ON project_partners
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER stage_changes_insert_bumps_version AFTER INSERT ON stage_changes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER stage_changes_update_bumps_version AFTER UPDATE ON stage_changes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER stage_changes_delete_bumps_version AFTER DELETE ON stage_changes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER gfmd_outcomes_insert_bumps_version AFTER INSERT ON gfmd_outcomes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER gfmd_outcomes_update_bumps_version AFTER UPDATE ON gfmd_outcomes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER gfmd_outcomes_delete_bumps_version AFTER DELETE ON gfmd_outcomes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_outcomes_insert_bumps_version AFTER INSERT ON project_outcomes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_outcomes_update_bumps_version AFTER UPDATE ON project_outcomes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER project_outcomes_delete_bumps_version AFTER DELETE ON project_outcomes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER engagements_insert_bumps_version AFTER INSERT ON engagements
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER engagements_update_bumps_version AFTER UPDATE ON engagements
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER engagements_delete_bumps_version AFTER DELETE ON engagements
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
