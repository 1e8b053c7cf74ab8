DROP TABLE project_reviews;
DROP TABLE join_requests;
DROP TABLE co_owner_invitations;
DROP TABLE project_regions;
DROP TABLE project_proposals;
