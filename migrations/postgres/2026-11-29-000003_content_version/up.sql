-- A counter bumped by every change to public content, so each app instance can cache
-- what it reads and know in one cheap query whether its copy is still current.
-- Statement-level triggers keep it right whoever writes (app, CLI, another instance).
CREATE TABLE content_version (
    id INTEGER PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO content_version (id, value) VALUES (1, 0);

CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_version SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER organisations_bumps_version AFTER INSERT OR UPDATE OR DELETE ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER projects_bumps_version AFTER INSERT OR UPDATE OR DELETE ON projects
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER project_themes_bumps_version AFTER INSERT OR UPDATE OR DELETE ON project_themes
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER project_countries_bumps_version AFTER INSERT OR UPDATE OR DELETE ON project_countries
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER project_needs_bumps_version AFTER INSERT OR UPDATE OR DELETE ON project_needs
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER project_partners_bumps_version AFTER INSERT OR UPDATE OR DELETE ON project_partners
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER stage_changes_bumps_version AFTER INSERT OR UPDATE OR DELETE ON stage_changes
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER gfmd_outcomes_bumps_version AFTER INSERT OR UPDATE OR DELETE ON gfmd_outcomes
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER project_outcomes_bumps_version AFTER INSERT OR UPDATE OR DELETE ON project_outcomes
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER engagements_bumps_version AFTER INSERT OR UPDATE OR DELETE ON engagements
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
