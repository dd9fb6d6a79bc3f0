-- Schema version 2 (package format 2): what a claim rests on.
-- `derived_from`: the claims a figure was computed from (a JSON list of claim ids), so a
-- derived figure is not counted as independent agreement. `base_claim`: the strength claim
-- a fraction is of. Deferred, so one import may list a fraction before its base.

ALTER TABLE claim ADD COLUMN derived_from TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(derived_from) AND json_type(derived_from) = 'array');
ALTER TABLE claim ADD COLUMN base_claim TEXT
    REFERENCES claim(id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX claim_base ON claim(base_claim);
