DROP TABLE organisation_contacts;
DROP TABLE organisation_languages;
DROP TABLE organisation_countries;
DROP TABLE organisation_regions;
DROP TABLE organisation_themes;
DROP TABLE organisation_offers;
