-- Schema version 1: the briefing, its sources, documents, claims, events, scenarios, audit.
-- Ids are the package's string ids; `seq` keeps the analyst's order through round trips.
-- `rev` counts edits of a row so a writer can detect that someone else changed it first.

CREATE TABLE briefing (
    singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    subject        TEXT,
    classification TEXT NOT NULL CHECK (length(trim(classification)) > 0),
    as_of          TEXT CHECK (as_of IS NULL OR date(as_of) = as_of)
);

CREATE TABLE source (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 1,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('government','military','intelligence',
                                              'think-tank','media','other')),
    country     TEXT,
    reliability TEXT NOT NULL CHECK (reliability IN ('A','B','C','D','E','F'))
);

CREATE TABLE document (
    id        TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL,
    rev       INTEGER NOT NULL DEFAULT 1,
    title     TEXT NOT NULL,
    publisher TEXT,
    published TEXT CHECK (published IS NULL OR date(published) = published),
    url       TEXT,
    text      TEXT
);

CREATE TABLE claim (
    id             TEXT PRIMARY KEY,
    seq            INTEGER NOT NULL,
    rev            INTEGER NOT NULL DEFAULT 1,
    source         TEXT NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
    document       TEXT REFERENCES document(id) ON DELETE SET NULL,
    subject        TEXT NOT NULL,
    metric         TEXT NOT NULL CHECK (metric IN ('strength','killed','wounded','casualties',
                                                   'captured','missing','loss_rate',
                                                   'reinforcements')),
    value          REAL CHECK (value IS NULL OR value >= 0),
    low            REAL CHECK (low IS NULL OR low >= 0),
    high           REAL CHECK (high IS NULL OR high >= low),
    fraction       REAL CHECK (fraction IS NULL OR (fraction > 0 AND fraction <= 1)),
    fraction_of    TEXT CHECK (fraction_of IS NULL OR fraction_of IN ('strength','killed',
                               'wounded','casualties','captured','missing','loss_rate',
                               'reinforcements')),
    qualifier      TEXT CHECK (qualifier IS NULL OR qualifier IN ('about','nearly','at least',
                                                                  'more than','up to')),
    as_of          TEXT NOT NULL CHECK (date(as_of) = as_of),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day','week','month','season',
                                                           'year')),
    credibility    INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    quote          TEXT NOT NULL,
    note           TEXT,
    include_in_projection INTEGER NOT NULL CHECK (include_in_projection IN (0, 1)),
    CHECK (value IS NOT NULL OR fraction IS NOT NULL OR (low IS NOT NULL AND high IS NOT NULL))
);
CREATE INDEX claim_seq ON claim(seq);
CREATE INDEX claim_source ON claim(source);

CREATE TABLE event (
    id             TEXT PRIMARY KEY,
    seq            INTEGER NOT NULL,
    rev            INTEGER NOT NULL DEFAULT 1,
    date           TEXT NOT NULL CHECK (date(date) = date),
    end_date       TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date
                                                    AND end_date >= date)),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day','week','month','season',
                                                           'year')),
    title          TEXT NOT NULL,
    description    TEXT,
    category       TEXT NOT NULL CHECK (category IN ('deployment','combat','casualty-report',
                                                     'statement','diplomatic','other')),
    location       TEXT
);
CREATE INDEX event_seq ON event(seq);

CREATE TABLE event_claim (
    event TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    claim TEXT NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    pos   INTEGER NOT NULL,
    PRIMARY KEY (event, claim)
);
CREATE INDEX event_claim_claim ON event_claim(claim);

CREATE TABLE event_source (
    event  TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    source TEXT NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
    pos    INTEGER NOT NULL,
    PRIMARY KEY (event, source)
);

CREATE TABLE scenario (
    id               TEXT PRIMARY KEY,
    seq              INTEGER NOT NULL,
    rev              INTEGER NOT NULL DEFAULT 1,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('linear','fitted')),
    -- everything else is the scenario's package fields as one JSON object, validated
    -- by the domain before it is written (ranges and reinforcements are nested lists)
    params           TEXT NOT NULL CHECK (json_valid(params))
);

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
    entity    TEXT NOT NULL CHECK (entity IN ('briefing','source','document','claim','event',
                                              'scenario')),
    entity_id TEXT NOT NULL,
    field     TEXT,
    old       TEXT,
    new       TEXT
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
