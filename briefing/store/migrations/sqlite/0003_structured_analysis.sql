-- Schema version 3 (reference.md §7): competing hypotheses, ratings, the record of judgments.
-- A rating and a resolution are named by the pair they join (domain/ids.py `pair_id`).
-- References are RESTRICT: the program removes a claim's ratings, a hypothesis's ratings and
-- an assessment's resolutions itself, audited, before the row they hang on (a cascade would
-- drop them unaudited and undo could not bring them back).

CREATE TABLE hypothesis (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 1,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT,
    -- the indicators as one JSON list of objects, validated by the domain before writing
    indicators  TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(indicators) AND json_type(indicators) = 'array')
);

CREATE TABLE rating (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 1,
    hypothesis TEXT NOT NULL REFERENCES hypothesis(id) ON DELETE RESTRICT,
    claim      TEXT NOT NULL REFERENCES claim(id) ON DELETE RESTRICT,
    rating     TEXT NOT NULL CHECK (rating IN ('CC','C','N','I','II')),
    UNIQUE (hypothesis, claim)
);
CREATE INDEX rating_claim ON rating(claim);

CREATE TABLE assessment (
    id        TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL,
    rev       INTEGER NOT NULL DEFAULT 1,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL CHECK (length(trim(who)) > 0),
    note      TEXT,
    -- every scenario's judgment as `briefing project --json` gave it when recorded
    judgments TEXT NOT NULL CHECK (json_valid(judgments) AND json_type(judgments) = 'array')
);

CREATE TABLE resolution (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 1,
    assessment TEXT NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
    scenario   TEXT NOT NULL,  -- as recorded: the scenario may have been deleted since
    outcome    TEXT NOT NULL CHECK (outcome IN ('yes','no')),
    who        TEXT NOT NULL CHECK (length(trim(who)) > 0),
    at         TEXT NOT NULL,
    UNIQUE (assessment, scenario)
);

-- Where in this file's audit an assessment was recorded, so "which claims changed between
-- two assessments" can be read from the audit. File-local, like seq and rev: an assessment
-- imported from another briefing has no row here (its positions were the other file's).
CREATE TABLE recording (
    assessment     TEXT NOT NULL,
    at             TEXT NOT NULL,
    audit_position INTEGER NOT NULL,
    PRIMARY KEY (assessment, at)
);

-- The audit's CHECK must admit the new kinds. SQLite cannot alter a CHECK: the table is
-- rebuilt under its own name, every row kept with its id.
ALTER TABLE audit RENAME TO audit_version_2;
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
    entity    TEXT NOT NULL CHECK (entity IN ('briefing','source','document','claim','event',
                                              'scenario','hypothesis','rating','assessment',
                                              'resolution')),
    entity_id TEXT NOT NULL,
    field     TEXT,
    old       TEXT,
    new       TEXT
);
INSERT INTO audit(id, at, who, action, entity, entity_id, field, old, new)
    SELECT id, at, who, action, entity, entity_id, field, old, new FROM audit_version_2;
DROP TABLE audit_version_2;
CREATE INDEX audit_entity ON audit(entity, entity_id);
