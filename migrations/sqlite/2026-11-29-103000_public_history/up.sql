-- Public audit entries (`public = TRUE`, e.g. a project's history) are public content:
-- writing one bumps the content version, like any other change public pages show.
-- Kept in step with ../../postgres/.
CREATE TRIGGER audit_events_insert_bumps_version AFTER INSERT ON audit_events
WHEN NEW.public
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER audit_events_update_bumps_version AFTER UPDATE ON audit_events
WHEN OLD.public OR NEW.public
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER audit_events_delete_bumps_version AFTER DELETE ON audit_events
WHEN OLD.public
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
