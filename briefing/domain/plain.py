"""Entities as plain JSON values: the one shape the store's `params` column, the audit and
the package format share for a scenario's parameters (reference.md §3, README: projections).

A version-1 scenario has no `cites`, `assumptions` or `losses_start`; reading one leaves the
Scenario's defaults, so old files and packages need no rewriting.
"""
from __future__ import annotations

from .model import CITABLE, LossesStart, Reinforcement, Scenario

SCENARIO_PARAMS = ("initial_strength", "anchor_date", "anchor_losses", "daily_loss_rate",
                   "reinforcements", "threshold", "horizon_days", "initial_strength_range",
                   "anchor_losses_range", "daily_loss_rate_range", "judgment_date", "subject",
                   "description", "cites", "assumptions", "losses_start")
RANGES = ("initial_strength_range", "anchor_losses_range", "daily_loss_rate_range")


def reinforcement_dict(r: Reinforcement) -> dict:
    out = {"date": r.date, "count": r.count}
    if r.count_range is not None:
        out["count_range"] = list(r.count_range)
    return out


def reinforcement_of(item: dict) -> Reinforcement:
    rng = item.get("count_range")
    return Reinforcement(item["date"], item["count"],
                         tuple(rng) if isinstance(rng, list) else rng)


def losses_start_dict(start: LossesStart | None) -> dict | None:
    return None if start is None else {"date": start.date, "precision": start.precision}


def losses_start_of(item) -> LossesStart | None:
    return None if item is None else LossesStart(item["date"], item.get("precision", "day"))


def scenario_params(s: Scenario) -> dict:
    """A scenario's parameters as JSON values (the store's `params` and the
    package's scenario object share this shape)."""
    out = {}
    for name in SCENARIO_PARAMS:
        value = getattr(s, name)
        if name == "reinforcements":
            value = [reinforcement_dict(r) for r in value]
        elif name in RANGES and value is not None:
            value = list(value)
        elif name == "cites":
            value = dict(value)
        elif name == "assumptions":
            value = list(value)
        elif name == "losses_start":
            value = losses_start_dict(value)
        out[name] = value
    return out


def scenario_values(values: dict) -> dict:
    """The inverse of `scenario_params` for the keys present (absent ones keep the
    Scenario's defaults: a version-1 scenario has no cites, assumptions or losses_start)."""
    values = dict(values)
    values["reinforcements"] = tuple(reinforcement_of(r)
                                     for r in values.get("reinforcements") or ())
    for name in RANGES:
        if isinstance(values.get(name), list):
            values[name] = tuple(values[name])
    if "cites" in values:
        cites = values["cites"] or {}
        values["cites"] = tuple((k, cites[k]) for k in CITABLE if k in cites) + tuple(
            (k, v) for k, v in cites.items() if k not in CITABLE)
    if "assumptions" in values:
        values["assumptions"] = tuple(values["assumptions"] or ())
    if "losses_start" in values:
        values["losses_start"] = losses_start_of(values["losses_start"])
    return values
