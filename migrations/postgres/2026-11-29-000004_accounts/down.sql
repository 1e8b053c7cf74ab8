DROP TABLE audit_events;
DROP TABLE auth_throttle;
DROP TABLE account_tokens;
DROP TABLE sessions;
DROP TABLE people;
