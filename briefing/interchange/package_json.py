"""The JSON package (reference.md §3): strict reading with JSON-path errors, stable writing.

Writing puts keys in the contract's order and whole numbers as integers, so export →
import → export is byte-identical.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..domain import (Assessment, Briefing, Claim, Document, Event, Hypothesis, Indicator,
                      Problem, Rating, Resolution, Scenario, Source, ValidationError,
                      claim_field_names)
from ..domain.package import LISTS, Package
from ..domain.plain import scenario_params, scenario_values
from . import json_values
from .errors import InterchangeError
from .json_values import key_text, value_problems

FORMAT = "briefing-package"
VERSION = 2
READABLE_VERSIONS = (1, 2)  # a version-1 package reads as version 2 with every default

_SCENARIO_KEYS = ("id", "name", "kind", "description", "subject", "initial_strength",
                  "anchor_date", "anchor_losses", "daily_loss_rate", "reinforcements",
                  "threshold", "horizon_days", "initial_strength_range", "anchor_losses_range",
                  "daily_loss_rate_range", "judgment_date", "cites", "assumptions",
                  "losses_start")

# (keys in export order, keys that must be present and non-null)
SHAPES = {
    "briefing": (("title", "subject", "classification", "as_of"), {"title", "classification"}),
    "sources": (("id", "name", "kind", "country", "reliability"),
                {"id", "name", "kind", "reliability"}),
    "documents": (("id", "title", "publisher", "published", "url", "text"), {"id", "title"}),
    "claims": (claim_field_names(),
               {"id", "source", "subject", "metric", "as_of", "date_precision", "credibility",
                "quote", "include_in_projection"}),
    "events": (("id", "date", "end_date", "date_precision", "title", "description", "category",
                "location", "claims", "sources"),
               {"id", "date", "date_precision", "title", "category", "claims", "sources"}),
    "scenarios": (_SCENARIO_KEYS, {"id", "name", "kind", "initial_strength"}),
    "hypotheses": (("id", "title", "description", "indicators"), {"id", "title"}),
    "ratings": (("hypothesis", "claim", "rating"), {"hypothesis", "claim", "rating"}),
    "assessments": (("id", "at", "who", "note", "judgments"), {"id", "at", "who", "judgments"}),
    "resolutions": (("assessment", "scenario", "outcome", "who", "at"),
                    {"assessment", "scenario", "outcome", "who", "at"}),
}
INDICATOR_KEYS = ("id", "text", "subject", "metric", "op", "value", "by")

# Optional free text the domain rules do not look at (they check required text, dates,
# references and closed vocabularies): a number or a list here would otherwise reach the
# database as a different value, or fail to bind with SQLite's bare message.
TEXT_KEYS = {
    "briefing": ("subject",),
    "sources": ("country",),
    "documents": ("publisher", "url", "text"),
    "claims": ("note",),
    "events": ("description", "location"),
    "scenarios": ("subject", "description"),
    "hypotheses": ("description",),
    "ratings": (),
    "assessments": ("note",),
    "resolutions": (),
}


def _plain(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _ordered(item: dict, keys: tuple[str, ...]) -> dict:
    return {k: _plain(item.get(k)) for k in keys}


def package_dict(package: Package) -> dict:
    out = {"format": FORMAT, "version": VERSION}
    if package.briefing_id is not None:
        out["briefing_id"] = package.briefing_id
    out["briefing"] = _ordered(package.briefing.as_dict(), SHAPES["briefing"][0])
    for name in LISTS:
        keys = SHAPES[name][0]
        out[name] = [_ordered(_entity_dict(e), keys) for e in getattr(package, name)]
    return out


def _entity_dict(entity) -> dict:
    if isinstance(entity, Scenario):
        return {"id": entity.id, "name": entity.name, "kind": entity.kind,
                **scenario_params(entity)}
    if isinstance(entity, Hypothesis):
        return {**entity.as_dict(), "indicators": [_ordered(i.as_dict(), INDICATOR_KEYS)
                                                   for i in entity.indicators]}
    if isinstance(entity, Assessment):
        return {**entity.as_dict(), "judgments": list(entity.judgments)}
    return entity.as_dict()


def write_package(package: Package, path: Path) -> None:
    text = json.dumps(package_dict(package), ensure_ascii=False, indent=2) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def read_package(path: Path) -> Package:
    return parse_package(read_json(path), path)


def read_json(path: Path):
    """The JSON value in `path`, or InterchangeError with the line and column of a syntax
    error (shared by every JSON format the program imports)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(path, [Problem("", f"cannot read the file ({exc.strerror})")])
    if not raw.strip():
        raise InterchangeError(path, [Problem("", "the file is empty")])
    try:
        data = json_values.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InterchangeError(path, [Problem("", "not a text file (not UTF-8)")]) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(path, [Problem(
            f"line {exc.lineno} column {exc.colno}", f"not valid JSON ({exc.msg})")]) from None
    except ValueError as exc:
        # json refuses integers of more than 4,300 digits with a plain ValueError; so do we
        # nesting past what the parser can follow.
        raise InterchangeError(path, [Problem("", f"not a usable JSON file ({exc})")]) from None
    return data


def parse_package(data, path: Path | str = "<package>") -> Package:
    problems = _header_problems(data)
    if problems:
        raise InterchangeError(path, problems)
    lists = {}
    for name in LISTS:
        items = data.get(name, [])
        if not isinstance(items, list):
            problems.append(Problem(f"$.{name}", "must be a list"))
            continue
        lists[name] = tuple(x for x in (build_entity(name, item, f"$.{name}[{i}]", problems)
                                        for i, item in enumerate(items)) if x is not None)
    brief = build_entity("briefing", data.get("briefing"), "$.briefing", problems) or Briefing()
    if problems:
        raise InterchangeError(path, problems)
    package = Package(brief, **lists, briefing_id=data.get("briefing_id"))
    problems = package.problems()
    if problems:
        raise InterchangeError(path, problems)
    return package


def _header_problems(data) -> list[Problem]:
    if not isinstance(data, dict):
        return [Problem("$", "the package must be a JSON object")]
    out = []
    if data.get("format") != FORMAT:
        out.append(Problem("$.format", f"must be {FORMAT!r} (got {data.get('format')!r})"))
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        out.append(Problem("$.version", f"unknown format version {version!r}; "
                                        f"this program reads versions 1 and {VERSION}"))
    unknown = set(data) - {"format", "version", "briefing_id", "briefing", *LISTS}
    out += [Problem(f"$.{key_text(k)}", "unknown key") for k in sorted(unknown)]
    ident = data.get("briefing_id")
    if ident is not None and not (isinstance(ident, str) and ident.strip()
                                  and len(ident) <= 200 and ident.isprintable()):
        out.append(Problem("$.briefing_id", "must be the briefing's id, a short text"))
    out += [Problem(f"$.{key_text(k)}", "duplicate key") for k in getattr(data, "duplicates", ())]
    return out


def build_entity(name: str, item, where: str, problems: list[Problem]):
    """One entity from its JSON object, or None with the problems appended."""
    if not isinstance(item, dict):
        problems.append(Problem(where, "is required" if item is None else "must be an object"))
        return None
    hostile = value_problems(where, item)
    if hostile:
        problems.extend(hostile)
        return None
    keys, required = SHAPES[name]
    if name == "scenarios" and item.get("kind") == "linear":
        required = required | {"anchor_date", "anchor_losses", "daily_loss_rate"}
    found = [Problem(f"{where}.{k}", "is required") for k in sorted(required)
             if item.get(k) is None]
    found += [Problem(f"{where}.{key_text(k)}", "unknown key") for k in item if k not in keys]
    found += [Problem(f"{where}.{k}", f"must be text (got {_short(item[k])})")
              for k in TEXT_KEYS[name] if item.get(k) is not None and not isinstance(item[k], str)]
    if found:
        problems.extend(found)
        return None
    values = {k: item[k] for k in keys if k in item and item[k] is not None}
    try:
        entity = _FACTORIES[name](values)
    except _Located as exc:
        problems.extend(p.at(where) for p in exc.problems)
        return None
    except (TypeError, ValueError, KeyError) as exc:
        problems.append(Problem(where, f"malformed ({exc})"))
        return None
    return entity


def _short(value) -> str:
    text = key_text(json.dumps(value, ensure_ascii=False, default=str))
    return text if len(text) <= 40 else text[:39] + "…"


def _list_of_strings(values: dict, key: str) -> tuple:
    items = values.get(key, [])
    if not isinstance(items, list):
        raise ValidationError([Problem(key, "must be a list of ids")])
    return tuple(items)


def _event(values: dict) -> Event:
    values["claims"] = _list_of_strings(values, "claims")
    values["sources"] = _list_of_strings(values, "sources")
    return Event(**values)


def _claim(values: dict) -> Claim:
    if "derived_from" in values:
        values["derived_from"] = _list_of_strings(values, "derived_from")
    return Claim(**values)


def _scenario(values: dict) -> Scenario:
    reinforcements = values.get("reinforcements", [])
    if not isinstance(reinforcements, list) or not all(
            isinstance(r, dict) and {"date", "count"} <= set(r) <= {"date", "count", "count_range"}
            for r in reinforcements):
        raise ValueError('reinforcements must be a list of {"date", "count"[, "count_range"]}')
    if not isinstance(values.get("cites", {}), dict):
        raise ValueError("cites must map parameter names to claim ids")
    if not isinstance(values.get("assumptions", []), list):
        raise ValueError("assumptions must be a list of texts")
    start = values.get("losses_start")
    if start is not None and not (isinstance(start, dict) and "date" in start
                                  and set(start) <= {"date", "precision"}):
        raise ValueError('losses_start must be {"date", "precision"}')
    return Scenario(**scenario_values(values))


class _Located(ValidationError):
    """A nested list whose items are refused by their own place ($.…indicators[1].value)."""


def _hypothesis(values: dict) -> Hypothesis:
    items = values.get("indicators", [])
    if not isinstance(items, list):
        raise _Located([Problem("indicators", "must be a list")])
    problems: list[Problem] = []
    indicators = []
    for k, item in enumerate(items):
        where = f"indicators[{k}]"
        if not isinstance(item, dict):
            problems.append(Problem(where, "must be an object"))
            continue
        found = [Problem(f"{where}.{key}", "is required") for key in INDICATOR_KEYS
                 if item.get(key) is None]
        found += [Problem(f"{where}.{key_text(key)}", "unknown key") for key in item
                  if key not in INDICATOR_KEYS]
        problems += found
        if not found:
            indicators.append(Indicator(**item))
    if problems:
        raise _Located(problems)
    return Hypothesis(**{**values, "indicators": tuple(indicators)})


def _assessment(values: dict) -> Assessment:
    judgments = values.get("judgments")
    if not isinstance(judgments, list):
        raise _Located([Problem("judgments", "must be a list")])
    return Assessment(**{**values, "judgments": tuple(judgments)})


_FACTORIES = {
    "briefing": lambda v: Briefing(**v),
    "sources": lambda v: Source(**v),
    "documents": lambda v: Document(**v),
    "claims": _claim,
    "events": _event,
    "scenarios": _scenario,
    "hypotheses": _hypothesis,
    "ratings": lambda v: Rating(**v),
    "assessments": _assessment,
    "resolutions": lambda v: Resolution(**v),
}
