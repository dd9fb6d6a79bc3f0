-- Schema version 4 on a team server: as migrations/sqlite/0004_operations.sql (change
-- bundles, reference.md §6). The server's `home` is its database, so a briefing copied to
-- another database takes a new origin at its first write. Sequence numbers come from
-- `operation_seq`.

CREATE TABLE sync_identity (
    singleton   integer PRIMARY KEY CHECK (singleton = 1),
    briefing_id text NOT NULL CHECK (length(briefing_id) > 0),
    origin      text NOT NULL,
    home        text NOT NULL,
    shared      integer NOT NULL DEFAULT 0 CHECK (shared IN (0, 1))
);
INSERT INTO sync_identity(singleton, briefing_id, origin, home)
    VALUES (1, md5(random()::text || clock_timestamp()::text), '', '');

CREATE TABLE operation (
    origin    text NOT NULL,
    seq       bigint NOT NULL CHECK (seq > 0),
    at        text NOT NULL,
    who       text NOT NULL,
    action    text NOT NULL CHECK (action IN ('insert','set','delete','resolve','reopen')),
    entity    text NOT NULL,
    entity_id text NOT NULL,
    field     text,
    value     text,
    old       text,
    prev      text NOT NULL,
    pos       bigint,
    PRIMARY KEY (origin, seq)
);
CREATE INDEX operation_entity ON operation(entity, entity_id);
-- This copy's sequence numbers: handed out without reading the last one, so two analysts'
-- SERIALIZABLE transactions do not collide over it (numbers a rolled-back one took are
-- skipped; a sequence need only be unique per origin).
CREATE SEQUENCE operation_seq;

CREATE TABLE merge_conflict (
    entity    text NOT NULL,
    entity_id text NOT NULL,
    field     text NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
);
