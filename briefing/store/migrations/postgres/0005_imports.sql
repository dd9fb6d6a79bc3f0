-- Schema version 5 on a team server: as migrations/sqlite/0005_imports.sql (imports
-- recorded once; the audit rows and operations of the entities an import inserted point to
-- it instead of holding a copy of each row).

CREATE TABLE import_record (
    id     bigint PRIMARY KEY,
    at     text NOT NULL,
    who    text NOT NULL,
    file   text,
    counts text NOT NULL CHECK (jsonb_typeof(counts::jsonb) = 'object')
);

ALTER TABLE audit ADD COLUMN import_id bigint REFERENCES import_record(id);
ALTER TABLE operation ADD COLUMN import_id bigint REFERENCES import_record(id);
