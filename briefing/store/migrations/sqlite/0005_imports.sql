-- Schema version 5: imports recorded once, not copied into every row's audit.
-- `import_record` is one `briefing import` (or the window's): when, who, the file, and how
-- many entities of each kind it added, updated or left unchanged. The audit rows of the
-- entities it inserted point to it and hold no copy of the row (`new` is NULL); so do their
-- operations (`value` NULL: the entity row is the value until its first change or deletion,
-- which writes the row as it was imported into the operation first — store/imports.py).

CREATE TABLE import_record (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    who    TEXT NOT NULL,
    file   TEXT,
    counts TEXT NOT NULL CHECK (json_valid(counts))
);

ALTER TABLE audit ADD COLUMN import_id INTEGER REFERENCES import_record(id);
ALTER TABLE operation ADD COLUMN import_id INTEGER REFERENCES import_record(id);
