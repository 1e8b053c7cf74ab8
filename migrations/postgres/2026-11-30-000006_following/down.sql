DROP TABLE unsubscribe_tokens;
DROP TABLE digests;
DROP TABLE notifications;
DROP TABLE notification_preferences;
DROP TABLE follows;
DROP INDEX events_pending;
ALTER TABLE events DROP COLUMN fanned_out_at;
ALTER TABLE people DROP COLUMN time_zone;
