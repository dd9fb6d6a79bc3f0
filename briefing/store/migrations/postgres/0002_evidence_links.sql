-- Schema version 2 (package format 2): what a claim rests on; as
-- migrations/sqlite/0002_evidence_links.sql. `derived_from`: the claims a figure was
-- computed from (a JSON list of claim ids). `base_claim`: the strength claim a fraction is
-- of. Deferred, so one import may list a fraction before its base.

ALTER TABLE claim ADD COLUMN derived_from text NOT NULL DEFAULT '[]'
    CHECK (jsonb_typeof(derived_from::jsonb) = 'array');
ALTER TABLE claim ADD COLUMN base_claim text
    REFERENCES claim(id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX claim_base ON claim(base_claim);
