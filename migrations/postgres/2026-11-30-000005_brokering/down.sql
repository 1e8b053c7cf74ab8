DROP TABLE meeting_invitees;
DROP TABLE meeting_organisations;
DROP TABLE meetings;
DROP TABLE interests;
DROP TABLE introductions;
