-- Schema version 4: change bundles between disconnected copies (reference.md §6).
-- `sync_identity` names the briefing (shared by every copy) and this copy's own origin of
-- changes; `home` says where that origin was taken (a file's host, device and inode), so a
-- file copied byte for byte takes a new origin at its first write instead of writing as
-- its original; `shared` says a copy of it exists (new ids then carry the origin).
-- `operation` is every change this copy knows, its own and received ones: one per audited
-- change, keyed by (origin, seq); `prev` lists the operations it replaced
-- (the state it was made on). `merge_conflict` names the fields that hold more than one
-- value after a merge; the values themselves are the operations'.

CREATE TABLE sync_identity (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    briefing_id TEXT NOT NULL CHECK (length(briefing_id) > 0),
    origin      TEXT NOT NULL,
    home        TEXT NOT NULL,
    shared      INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1))
);
INSERT INTO sync_identity(singleton, briefing_id, origin, home)
    VALUES (1, lower(hex(randomblob(16))), '', '');

CREATE TABLE operation (
    origin    TEXT NOT NULL,
    seq       INTEGER NOT NULL CHECK (seq > 0),
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert','set','delete','resolve','reopen')),
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT,
    value     TEXT,
    old       TEXT,
    prev      TEXT NOT NULL,
    pos       INTEGER,
    PRIMARY KEY (origin, seq)
);
CREATE INDEX operation_entity ON operation(entity, entity_id);

CREATE TABLE merge_conflict (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
);
