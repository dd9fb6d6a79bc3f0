"""How each entity maps to rows: flat audit fields in, domain values out.

Every entity is seen by the store as an ordered dict of *fields* with JSON-able values; the
audit table records changes at that level (an event's linked claims are one field holding a
list). A codec knows the table, which fields are plain columns, and how to turn fields back
into the domain value.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Callable

from ..domain import Claim, Document, Entity, Event, Reinforcement, Scenario, Source


@dataclass(frozen=True)
class Codec:
    entity: str
    cls: type
    columns: tuple[str, ...]
    to_fields: Callable[[Entity], dict]
    from_fields: Callable[[dict], Entity]

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
    return out


def _claim_from(fields: dict) -> Claim:
    values = {k: fields[k] for k in fields if k in Claim.__dataclass_fields__}
    values["include_in_projection"] = bool(values.get("include_in_projection", True))
    return Claim(**values)


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


SCENARIO_PARAMS = ("initial_strength", "anchor_date", "anchor_losses", "daily_loss_rate",
                   "reinforcements", "threshold", "horizon_days", "initial_strength_range",
                   "anchor_losses_range", "daily_loss_rate_range", "judgment_date", "subject",
                   "description")


def _scenario_fields(s: Scenario) -> dict:
    out = {"id": s.id, "name": s.name, "kind": s.kind}
    for name in SCENARIO_PARAMS:
        value = getattr(s, name)
        if name == "reinforcements":
            value = [{"date": r.date, "count": r.count} for r in value]
        elif name.endswith("_range") and value is not None:
            value = list(value)
        out[name] = value
    return out


def _scenario_from(fields: dict) -> Scenario:
    values = {k: v for k, v in fields.items() if k in Scenario.__dataclass_fields__}
    values["reinforcements"] = tuple(Reinforcement(r["date"], r["count"])
                                     for r in values.get("reinforcements") or ())
    for name in ("initial_strength_range", "anchor_losses_range", "daily_loss_rate_range"):
        if values.get(name) is not None:
            values[name] = tuple(values[name])
    return Scenario(**values)


SOURCE = Codec("source", Source, ("id", "name", "kind", "country", "reliability"),
               _plain_fields, lambda f: Source(**f))
DOCUMENT = Codec("document", Document, ("id", "title", "publisher", "published", "url", "text"),
                 _plain_fields, lambda f: Document(**f))
CLAIM = Codec("claim", Claim, tuple(Claim.__dataclass_fields__), _claim_fields, _claim_from)
EVENT = Codec("event", Event, ("id", "date", "end_date", "date_precision", "title",
                               "description", "category", "location"),
              _event_fields, _event_from)
SCENARIO = Codec("scenario", Scenario, ("id", "name", "kind"), _scenario_fields, _scenario_from)

CODECS = {c.entity: c for c in (SOURCE, DOCUMENT, CLAIM, EVENT, SCENARIO)}
CODEC_OF_CLASS = {c.cls: c for c in CODECS.values()}


def read_fields(conn: sqlite3.Connection, codec: Codec, where: str = "",
                args: tuple = ()) -> list[dict]:
    """Rows of one entity as field dicts, in the analyst's order."""
    cols = ", ".join(f'"{c}"' for c in codec.columns)
    extra = ", params" if codec is SCENARIO else ""
    rows = conn.execute(f"SELECT {cols}{extra} FROM {codec.entity} {where} ORDER BY seq",
                        args).fetchall()
    out = []
    for row in rows:
        fields = dict(zip(codec.columns, row))
        if codec is SCENARIO:
            fields.update(json.loads(row[-1]))
        out.append(fields)
    if codec is EVENT and out:
        _attach_links(conn, out)
    if codec is CLAIM:
        for f in out:
            f["include_in_projection"] = bool(f["include_in_projection"])
    return out


_FEW_EVENTS = 500  # up to this many, read only their links; beyond, one scan of all links


def _attach_links(conn: sqlite3.Connection, events: list[dict]) -> None:
    by_id = {e["id"]: e for e in events}
    for e in events:
        e["claims"], e["sources"] = [], []
    few = len(events) <= _FEW_EVENTS
    where = f"WHERE event IN ({', '.join('?' * len(events))}) " if few else ""
    args = tuple(by_id) if few else ()
    for table, key in (("event_claim", "claims"), ("event_source", "sources")):
        column = "claim" if key == "claims" else "source"
        for event, ref in conn.execute(
                f"SELECT event, {column} FROM {table} {where}ORDER BY event, pos", args):
            if event in by_id:
                by_id[event][key].append(ref)
