-- Schema version 1 on a team server: the same tables, columns and rules as
-- migrations/sqlite/0001_initial.sql, in PostgreSQL's words. Dates stay ISO text (what
-- the package holds, compared as text), flags stay 0/1 integers and lists stay JSON text,
-- so a copy between a file and a server moves every value unchanged.
-- `rev` counts edits of a row so a writer can detect that someone else changed it first.

CREATE TABLE briefing (
    singleton      integer PRIMARY KEY CHECK (singleton = 1),
    title          text NOT NULL CHECK (length(trim(title)) > 0),
    subject        text,
    classification text NOT NULL CHECK (length(trim(classification)) > 0),
    as_of          text CHECK (as_of IS NULL OR to_char(as_of::date, 'YYYY-MM-DD') = as_of)
);

CREATE TABLE source (
    id          text PRIMARY KEY,
    seq         bigint NOT NULL,
    rev         bigint NOT NULL DEFAULT 1,
    name        text NOT NULL CHECK (length(trim(name)) > 0),
    kind        text NOT NULL CHECK (kind IN ('government','military','intelligence',
                                              'think-tank','media','other')),
    country     text,
    reliability text NOT NULL CHECK (reliability IN ('A','B','C','D','E','F'))
);

CREATE TABLE document (
    id        text PRIMARY KEY,
    seq       bigint NOT NULL,
    rev       bigint NOT NULL DEFAULT 1,
    title     text NOT NULL,
    publisher text,
    published text CHECK (published IS NULL
                          OR to_char(published::date, 'YYYY-MM-DD') = published),
    url       text,
    "text"    text
);

CREATE TABLE claim (
    id             text PRIMARY KEY,
    seq            bigint NOT NULL,
    rev            bigint NOT NULL DEFAULT 1,
    source         text NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
    document       text REFERENCES document(id) ON DELETE SET NULL,
    subject        text NOT NULL,
    metric         text NOT NULL CHECK (metric IN ('strength','killed','wounded','casualties',
                                                   'captured','missing','loss_rate',
                                                   'reinforcements')),
    value          double precision CHECK (value IS NULL OR value >= 0),
    low            double precision CHECK (low IS NULL OR low >= 0),
    high           double precision CHECK (high IS NULL OR high >= low),
    fraction       double precision CHECK (fraction IS NULL OR (fraction > 0 AND fraction <= 1)),
    fraction_of    text CHECK (fraction_of IS NULL OR fraction_of IN ('strength','killed',
                               'wounded','casualties','captured','missing','loss_rate',
                               'reinforcements')),
    qualifier      text CHECK (qualifier IS NULL OR qualifier IN ('about','nearly','at least',
                                                                  'more than','up to')),
    as_of          text NOT NULL CHECK (to_char(as_of::date, 'YYYY-MM-DD') = as_of),
    date_precision text NOT NULL CHECK (date_precision IN ('day','week','month','season',
                                                           'year')),
    credibility    integer NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    quote          text NOT NULL,
    note           text,
    include_in_projection integer NOT NULL CHECK (include_in_projection IN (0, 1)),
    CHECK (value IS NOT NULL OR fraction IS NOT NULL OR (low IS NOT NULL AND high IS NOT NULL))
);
CREATE INDEX claim_seq ON claim(seq);
CREATE INDEX claim_source ON claim(source);

CREATE TABLE event (
    id             text PRIMARY KEY,
    seq            bigint NOT NULL,
    rev            bigint NOT NULL DEFAULT 1,
    "date"         text NOT NULL CHECK (to_char("date"::date, 'YYYY-MM-DD') = "date"),
    end_date       text CHECK (end_date IS NULL OR (to_char(end_date::date, 'YYYY-MM-DD')
                                                    = end_date AND end_date >= "date")),
    date_precision text NOT NULL CHECK (date_precision IN ('day','week','month','season',
                                                           'year')),
    title          text NOT NULL,
    description    text,
    category       text NOT NULL CHECK (category IN ('deployment','combat','casualty-report',
                                                     'statement','diplomatic','other')),
    location       text
);
CREATE INDEX event_seq ON event(seq);

CREATE TABLE event_claim (
    event text NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    claim text NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    pos   integer NOT NULL,
    PRIMARY KEY (event, claim)
);
CREATE INDEX event_claim_claim ON event_claim(claim);

CREATE TABLE event_source (
    event  text NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    source text NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
    pos    integer NOT NULL,
    PRIMARY KEY (event, source)
);

CREATE TABLE scenario (
    id               text PRIMARY KEY,
    seq              bigint NOT NULL,
    rev              bigint NOT NULL DEFAULT 1,
    name             text NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('linear','fitted')),
    -- everything else is the scenario's package fields as one JSON object, validated
    -- by the domain before it is written (ranges and reinforcements are nested lists)
    params           text NOT NULL CHECK (jsonb_typeof(params::jsonb) = 'object')
);

CREATE TABLE audit (
    id        bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at        text NOT NULL,
    who       text NOT NULL,
    action    text NOT NULL CHECK (action IN ('insert','update','delete')),
    entity    text NOT NULL CHECK (entity IN ('briefing','source','document','claim','event',
                                              'scenario')),
    entity_id text NOT NULL,
    field     text,
    old       text,
    new       text
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
