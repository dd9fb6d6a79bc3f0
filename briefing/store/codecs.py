"""How each entity maps to rows: flat audit fields in, domain values out.

Every entity is seen by the store as an ordered dict of *fields* with JSON-able values; the
audit table records changes at that level (an event's linked claims are one field holding a
list). A codec knows the table, which fields are plain columns, and how to turn fields back
into the domain value.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from ..domain import (Assessment, Claim, Document, Entity, Event, Hypothesis, Indicator,
                      Rating, Resolution, Scenario, Source)
from ..domain.plain import scenario_params, scenario_values


JSON_TEXT = json.JSONEncoder(ensure_ascii=False)
CLAIM_FIELDS = tuple(Claim.__dataclass_fields__)   # a claim row's columns, in this order  # one encoder: json.dumps makes one a call


def encode(value) -> str | None:
    """A value as the JSON text the audit and the operation log hold."""
    return None if value is None else JSON_TEXT.encode(value)


def decode(text: str | None):
    return None if text is None else json.loads(text)


@dataclass(frozen=True)
class Codec:
    entity: str
    cls: type
    columns: tuple[str, ...]
    to_fields: Callable[[Entity], dict]
    from_fields: Callable[[dict], Entity]
    json_columns: tuple[str, ...] = ()   # columns holding a list, stored as JSON text

    def write_columns(self, fields: dict) -> dict:
        return {c: fields[c] for c in self.columns}


def _plain_fields(entity: Entity) -> dict:
    return entity.as_dict()


def _claim_fields(claim: Claim) -> dict:
    out = claim.as_dict()
    out["include_in_projection"] = bool(claim.include_in_projection)
    # The quantity columns are REAL: bind floats, since sqlite3 cannot bind a Python int
    # beyond 64 bits (a package may say 10**30) and would store it as INTEGER otherwise.
    for name in ("value", "low", "high", "fraction"):
        if out[name] is not None:
            out[name] = float(out[name])
    out["derived_from"] = list(claim.derived_from)
    return out


def _claim_from(fields: dict) -> Claim:
    """`fields` are the claim's columns (`read_fields`), so they map straight onto it."""
    values = dict(fields)
    values["include_in_projection"] = bool(values.get("include_in_projection", True))
    values["derived_from"] = tuple(values.get("derived_from") or ())
    return Claim(**values)


_INCLUDE = CLAIM_FIELDS.index("include_in_projection")
_DERIVED = CLAIM_FIELDS.index("derived_from")


def claim_of_values(row: tuple) -> Claim:
    """A claim from its values in the claim codec's column order (`Store.claim_values`; no
    list of derived claims read as None), as `_claim_from` makes it (positionally: the
    analysis makes thousands)."""
    values = list(row)
    text = values[_DERIVED]
    values[_DERIVED] = () if text is None or text == "[]" else tuple(json.loads(text))
    values[_INCLUDE] = bool(values[_INCLUDE])
    return Claim(*values)


def _event_fields(event: Event) -> dict:
    out = event.as_dict()
    out["claims"] = list(event.claims)
    out["sources"] = list(event.sources)
    return out


def _event_from(fields: dict) -> Event:
    values = dict(fields)
    values["claims"] = tuple(values.get("claims") or ())
    values["sources"] = tuple(values.get("sources") or ())
    return Event(**values)


def _scenario_fields(s: Scenario) -> dict:
    return {"id": s.id, "name": s.name, "kind": s.kind, **scenario_params(s)}


def _scenario_from(fields: dict) -> Scenario:
    values = {k: v for k, v in fields.items() if k in Scenario.__dataclass_fields__}
    return Scenario(**scenario_values(values))


def _hypothesis_fields(h: Hypothesis) -> dict:
    out = h.as_dict()
    out["indicators"] = [i.as_dict() for i in h.indicators]
    return out


def _hypothesis_from(fields: dict) -> Hypothesis:
    values = dict(fields)
    values["indicators"] = tuple(Indicator(**i) for i in values.get("indicators") or ())
    return Hypothesis(**values)


def _pair_fields(entity: Entity) -> dict:
    """A rating or resolution: its derived id first, as every row's fields start."""
    return {"id": entity.id, **entity.as_dict()}


def _pair_from(cls: type) -> Callable[[dict], Entity]:
    return lambda fields: cls(**{k: v for k, v in fields.items() if k != "id"})


def _assessment_fields(a: Assessment) -> dict:
    out = a.as_dict()
    out["judgments"] = list(a.judgments)
    return out


def _assessment_from(fields: dict) -> Assessment:
    values = dict(fields)
    values["judgments"] = tuple(values.get("judgments") or ())
    return Assessment(**values)


SOURCE = Codec("source", Source, ("id", "name", "kind", "country", "reliability"),
               _plain_fields, lambda f: Source(**f))
DOCUMENT = Codec("document", Document, ("id", "title", "publisher", "published", "url", "text"),
                 _plain_fields, lambda f: Document(**f))
CLAIM = Codec("claim", Claim, CLAIM_FIELDS, _claim_fields, _claim_from,
              json_columns=("derived_from",))
EVENT = Codec("event", Event, ("id", "date", "end_date", "date_precision", "title",
                               "description", "category", "location"),
              _event_fields, _event_from)
SCENARIO = Codec("scenario", Scenario, ("id", "name", "kind"), _scenario_fields, _scenario_from)

HYPOTHESIS = Codec("hypothesis", Hypothesis, ("id", "title", "description", "indicators"),
                   _hypothesis_fields, _hypothesis_from, json_columns=("indicators",))
RATING = Codec("rating", Rating, ("id", "hypothesis", "claim", "rating"), _pair_fields,
               _pair_from(Rating))
ASSESSMENT = Codec("assessment", Assessment, ("id", "at", "who", "note", "judgments"),
                   _assessment_fields, _assessment_from, json_columns=("judgments",))
RESOLUTION = Codec("resolution", Resolution, ("id", "assessment", "scenario", "outcome", "who",
                                              "at"), _pair_fields, _pair_from(Resolution))

CODECS = {c.entity: c for c in (SOURCE, DOCUMENT, CLAIM, EVENT, SCENARIO, HYPOTHESIS, RATING,
                                ASSESSMENT, RESOLUTION)}
# Every table of the schema, each after the tables it references (the order a copy writes
# them in). A new table goes here too: tests/server/test_server_schema.py checks this list
# against both dialects' migrations.
TABLES = ("briefing", "source", "document", "claim", "event", "event_claim", "event_source",
          "scenario", "hypothesis", "rating", "assessment", "resolution",
          "import_record", "audit", "recording", "sync_identity", "operation",
          "merge_conflict")
IDENTITY = "sync_identity"  # one row from the start: a copy adopts its briefing id instead
CODEC_OF_CLASS = {c.cls: c for c in CODECS.values()}


def read_fields(execute: Callable, codec: Codec, where: str = "",
                args: tuple = ()) -> list[dict]:
    """Rows of one entity as field dicts, in the analyst's order (`execute` is the store's
    statement runner)."""
    cols = ", ".join(f'"{c}"' for c in codec.columns)
    extra = ", params" if codec is SCENARIO else ""
    out = []
    # Row by row, not `fetchall`: one call that builds 20,000 events' rows holds the
    # interpreter 20-30 ms, and a window's thread waits that long while a worker reads.
    for row in execute(f"SELECT {cols}{extra} FROM {codec.entity} {where} ORDER BY seq, id",
                       args):
        fields = dict(zip(codec.columns, row))
        if codec is SCENARIO:
            fields.update(json.loads(row[-1]))
        for name in codec.json_columns:  # most lists are empty: skip decoding those
            text = fields[name]
            fields[name] = [] if text == "[]" else json.loads(text)
        out.append(fields)
    if codec is EVENT and out:
        _attach_links(execute, out)
    if codec is CLAIM:
        for f in out:
            f["include_in_projection"] = bool(f["include_in_projection"])
    return out


_FEW_EVENTS = 500  # up to this many, read only their links; beyond, one scan of all links


def _attach_links(execute: Callable, events: list[dict]) -> None:
    by_id = {e["id"]: e for e in events}
    for e in events:
        e["claims"], e["sources"] = [], []
    few = len(events) <= _FEW_EVENTS
    where = f"WHERE event IN ({', '.join('?' * len(events))}) " if few else ""
    args = tuple(by_id) if few else ()
    for table, key in (("event_claim", "claims"), ("event_source", "sources")):
        column = "claim" if key == "claims" else "source"
        for event, ref in execute(
                f"SELECT event, {column} FROM {table} {where}ORDER BY event, pos", args):
            if event in by_id:
                by_id[event][key].append(ref)
