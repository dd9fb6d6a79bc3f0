-- Schema version 3 on a team server (reference.md §7): competing hypotheses, ratings, the
-- record of judgments; the same tables, columns and rules as
-- migrations/sqlite/0003_structured_analysis.sql, in PostgreSQL's words (lists stay JSON
-- text, times ISO text). References are RESTRICT: the program removes a claim's ratings, a
-- hypothesis's ratings and an assessment's resolutions itself, audited, before the row they
-- hang on, so undo can bring them back.

CREATE TABLE hypothesis (
    id          text PRIMARY KEY,
    seq         bigint NOT NULL,
    rev         bigint NOT NULL DEFAULT 1,
    title       text NOT NULL CHECK (length(trim(title)) > 0),
    description text,
    indicators  text NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(indicators::jsonb) = 'array')
);

CREATE TABLE rating (
    id         text PRIMARY KEY,
    seq        bigint NOT NULL,
    rev        bigint NOT NULL DEFAULT 1,
    hypothesis text NOT NULL REFERENCES hypothesis(id) ON DELETE RESTRICT,
    claim      text NOT NULL REFERENCES claim(id) ON DELETE RESTRICT,
    rating     text NOT NULL CHECK (rating IN ('CC','C','N','I','II')),
    UNIQUE (hypothesis, claim)
);
CREATE INDEX rating_claim ON rating(claim);

CREATE TABLE assessment (
    id        text PRIMARY KEY,
    seq       bigint NOT NULL,
    rev       bigint NOT NULL DEFAULT 1,
    at        text NOT NULL,
    who       text NOT NULL CHECK (length(trim(who)) > 0),
    note      text,
    judgments text NOT NULL CHECK (jsonb_typeof(judgments::jsonb) = 'array')
);

CREATE TABLE resolution (
    id         text PRIMARY KEY,
    seq        bigint NOT NULL,
    rev        bigint NOT NULL DEFAULT 1,
    assessment text NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
    scenario   text NOT NULL,
    outcome    text NOT NULL CHECK (outcome IN ('yes','no')),
    who        text NOT NULL CHECK (length(trim(who)) > 0),
    at         text NOT NULL,
    UNIQUE (assessment, scenario)
);

-- Where in this briefing's audit an assessment was recorded (see the SQLite twin).
CREATE TABLE recording (
    assessment     text NOT NULL,
    at             text NOT NULL,
    audit_position bigint NOT NULL,
    PRIMARY KEY (assessment, at)
);

ALTER TABLE audit DROP CONSTRAINT audit_entity_check;
ALTER TABLE audit ADD CONSTRAINT audit_entity_check
    CHECK (entity IN ('briefing','source','document','claim','event','scenario',
                      'hypothesis','rating','assessment','resolution'));
