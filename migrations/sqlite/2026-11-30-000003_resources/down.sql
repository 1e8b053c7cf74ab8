DROP TABLE resource_countries;
DROP TABLE resources;
