-- When an organisation is merged into another (the same organisation entered twice), its
-- introductions move to the one kept; this remembers the name each was made for, so its
-- page and its personal link can say what happened rather than vanish.
CREATE TABLE introduction_merges (
    introduction_id INTEGER PRIMARY KEY NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
    merged_from TEXT NOT NULL,
    merged_at TIMESTAMP NOT NULL
);
