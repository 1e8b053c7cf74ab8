-- Organisation profiles for matching (issue 6): what an organisation offers (kinds from the
-- list of needs, with words), its thematic interests, the regions, countries and languages
-- it works in, and which of its people are its contacts. Shown on the organisation's page,
-- so every table bumps content_version (cached pages and the matching index refresh).

CREATE TABLE organisation_offers (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX organisation_offers_organisation ON organisation_offers (organisation_id, position);
CREATE INDEX organisation_offers_kind ON organisation_offers (kind, organisation_id);

CREATE TABLE organisation_themes (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    theme_code TEXT NOT NULL REFERENCES themes (code),
    PRIMARY KEY (organisation_id, theme_code)
);
CREATE INDEX organisation_themes_theme ON organisation_themes (theme_code, organisation_id);

CREATE TABLE organisation_regions (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    PRIMARY KEY (organisation_id, region)
);

CREATE TABLE organisation_countries (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL,
    PRIMARY KEY (organisation_id, country_code)
);
CREATE INDEX organisation_countries_country ON organisation_countries (country_code, organisation_id);

CREATE TABLE organisation_languages (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    PRIMARY KEY (organisation_id, lang)
);

CREATE TABLE organisation_contacts (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, person_id)
);
CREATE INDEX organisation_contacts_person ON organisation_contacts (person_id);

CREATE TRIGGER organisation_offers_insert_bumps_version AFTER INSERT ON organisation_offers
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_offers_update_bumps_version AFTER UPDATE ON organisation_offers
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_offers_delete_bumps_version AFTER DELETE ON organisation_offers
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_themes_insert_bumps_version AFTER INSERT ON organisation_themes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_themes_update_bumps_version AFTER UPDATE ON organisation_themes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_themes_delete_bumps_version AFTER DELETE ON organisation_themes
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_regions_insert_bumps_version AFTER INSERT ON organisation_regions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_regions_update_bumps_version AFTER UPDATE ON organisation_regions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_regions_delete_bumps_version AFTER DELETE ON organisation_regions
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_countries_insert_bumps_version AFTER INSERT ON organisation_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_countries_update_bumps_version AFTER UPDATE ON organisation_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_countries_delete_bumps_version AFTER DELETE ON organisation_countries
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_languages_insert_bumps_version AFTER INSERT ON organisation_languages
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_languages_update_bumps_version AFTER UPDATE ON organisation_languages
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_languages_delete_bumps_version AFTER DELETE ON organisation_languages
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_contacts_insert_bumps_version AFTER INSERT ON organisation_contacts
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_contacts_update_bumps_version AFTER UPDATE ON organisation_contacts
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organisation_contacts_delete_bumps_version AFTER DELETE ON organisation_contacts
BEGIN UPDATE content_version SET value = value + 1 WHERE id = 1; END;
