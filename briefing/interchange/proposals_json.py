"""The proposals file that `briefing extract --json` writes, read back for `briefing import`.

    {"format": "briefing-proposals", "version": 1, "language": "ru",
     "published": "2025-01-21", "published_from": "dateline", "notices": [...],
     "document": {"title": ..., "publisher": null, "published": ..., "url": null, "text": ...},
     "claims": [claim objects with the package's claim keys (reference.md §3), but
                "source" is a *name*]}

It is the path from an article to the ledger on the command line: extract, review or edit the
JSON, import it. A claim's `source` holds the attributed name as written (Cyrillic, Hangul);
the importer matches it to a source of the briefing by name or creates one. `base_claim` and
`derived_from` may name other claims of the same file by their proposal ids ("p3").
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain import Claim, Document, Problem
from .errors import InterchangeError
from .package_json import build_entity

FORMAT = "briefing-proposals"
VERSION = 1
_KEYS = {"format", "version", "language", "published", "published_from", "notices", "document",
         "claims"}


@dataclass(frozen=True)
class Proposals:
    document: Document
    claims: tuple[Claim, ...]
    language: str | None


def is_proposals(data) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def parse_proposals(data, path: Path | str = "<proposals>") -> Proposals:
    """Every problem located by JSON path, or the document and its claims."""
    problems: list[Problem] = []
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        problems.append(Problem("$.version", f"unknown proposals version {data.get('version')!r}; "
                                             f"this program reads version {VERSION}"))
    problems += [Problem(f"$.{k}", "unknown key") for k in sorted(set(data) - _KEYS)]
    raw_doc = data.get("document")
    if isinstance(raw_doc, dict) and "id" not in raw_doc:
        raw_doc = {"id": "d1", **raw_doc}
    document = build_entity("documents", raw_doc, "$.document", problems)
    items = data.get("claims")
    if not isinstance(items, list):
        problems.append(Problem("$.claims", "must be a list"))
        items = []
    claims = [build_entity("claims", item, f"$.claims[{i}]", problems)
              for i, item in enumerate(items)]
    for i, claim in enumerate(claims):
        if claim is not None:
            problems += [p.at(f"$.claims[{i}]") for p in claim.problems()]
    ids = [c.id for c in claims if c is not None]
    if len(set(ids)) != len(ids):
        problems.append(Problem("$.claims", "claim ids must be unique"))
    for i, claim in enumerate(claims):
        for ref in ((claim.base_claim,) if claim and claim.base_claim else ()) + \
                (tuple(claim.derived_from) if claim else ()):
            if ref not in ids:
                problems.append(Problem(f"$.claims[{i}]", f"refers to claim {ref!r}, which is "
                                                          "not in this file"))
    if problems:
        raise InterchangeError(path, problems)
    return Proposals(document, tuple(claims), data.get("language"))
