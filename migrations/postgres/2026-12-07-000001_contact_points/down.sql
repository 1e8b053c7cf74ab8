DROP TABLE introduction_links;
DROP TABLE contact_points;
