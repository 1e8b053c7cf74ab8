-- Public audit entries (`public = TRUE`, e.g. a project's history) are public content:
-- writing one bumps the content version, like any other change public pages show.
-- Row-level (only rows that are or were public count). Kept in step with ../../sqlite/.
CREATE TRIGGER audit_events_insert_bumps_version AFTER INSERT ON audit_events
    FOR EACH ROW WHEN (NEW.public) EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER audit_events_update_bumps_version AFTER UPDATE ON audit_events
    FOR EACH ROW WHEN (OLD.public OR NEW.public) EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER audit_events_delete_bumps_version AFTER DELETE ON audit_events
    FOR EACH ROW WHEN (OLD.public) EXECUTE FUNCTION bump_content_version();
