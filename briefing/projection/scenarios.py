"""One scenario's projection, everything the window, the report and the CLI show of it.

`project()` is the whole recompute after an edit: the fit (for `fitted`), the deterministic
curve, the Monte Carlo, the band and the sentences. `projection_json()` is the scenario
object of `briefing project --json` (README: projections), nothing more.

A fitted scenario whose claims give no line falls back to its stored anchor date and rate
when it has them (the domain keeps those as fallbacks) and says so in `note`; without them
the projection has no numbers, only the fit's explanation.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from briefing.domain import Claim, Scenario, Source, likelihood_words, number, parse_iso, rounded

from .evidence import sources_by_id
from .fit import Fit, fit_losses
from .judgments import Confidence, confidence, deterministic_sentence, likelihood_sentence
from .linear import Steps, curve, depletion_days, first_at_or_below
from .monte_carlo import Band, Uncertainty, band, percentile_days, sample


@dataclass(frozen=True)
class Projection:
    scenario: Scenario
    rate: float | None = None             # daily loss rate projected with
    anchor_date: dt.date | None = None
    anchor_losses: float | None = None
    remaining: np.ndarray | None = None   # deterministic R(d) for d = 0..horizon_days
    depletion_date: dt.date | None = None
    p10: dt.date | None = None            # None also when beyond the horizon
    p50: dt.date | None = None
    p90: dt.date | None = None
    beyond_horizon: float | None = None   # share of samples not depleted within the horizon
    judgment_date: dt.date | None = None
    probability: float | None = None      # of depletion on or before judgment_date
    band: Band | None = None
    fit: Fit | None = None
    samples: int = 0
    seed: int = 0
    deterministic: str | None = None      # "At 92 a day the ... is depleted on 6 April 2025."
    likelihood: str | None = None         # "The ... is very likely (86%) to be depleted by ..."
    confidence: Confidence | None = None  # a separate sentence, never merged with likelihood
    note: str | None = None               # why there are no numbers, or what they rest on

    @property
    def days(self) -> np.ndarray:
        return np.arange(self.scenario.horizon_days + 1)

    @property
    def dates(self) -> np.ndarray | None:
        """datetime64[D] of each day of `remaining` and of the band."""
        if self.anchor_date is None:
            return None
        return np.datetime64(self.anchor_date, "D") + self.days

    @property
    def horizon_end(self) -> dt.date | None:
        if self.anchor_date is None:
            return None
        return self.anchor_date + dt.timedelta(days=self.scenario.horizon_days)

    @property
    def judgment(self) -> str | None:
        """The ICD 203 words for `probability`."""
        return None if self.probability is None else likelihood_words(self.probability)

    @property
    def claims_used(self) -> tuple[str, ...]:
        return self.fit.claims_used if self.fit is not None and self.fit.ok else ()


def project(scenario: Scenario, claims: Iterable[Claim],
            sources: Mapping[str, Source] | Iterable[Source], samples: int = 10_000,
            seed: int = 0) -> Projection:
    """Project `scenario` (README: projections) with `samples` Monte Carlo draws from `seed`."""
    if samples < 1:
        raise ValueError(f"samples must be at least 1 (got {samples})")
    sources = sources_by_id(sources)
    claims = list(claims)
    who = scenario.subject or scenario.name
    fit, note = None, None
    if scenario.kind == "fitted":
        fit = fit_losses(claims, sources, scenario.subject)
        if not fit.ok:
            if scenario.anchor_date is None or not scenario.daily_loss_rate:
                return Projection(scenario, fit=fit, samples=samples, seed=seed,
                                  note=fit.explanation)
            note = f"{fit.explanation} Projected from the scenario's stored anchor and rate."
    if fit is not None and fit.ok:
        anchor, losses, rate = fit.anchor_date, fit.anchor_losses, fit.rate
        spread = Uncertainty(strength_range=scenario.initial_strength_range, fit=fit)
        rate_text, basis = rounded(rate), f"at the loss rate fitted to {_claims(fit)}"
        evidence = set(fit.claims_used + fit.bases)
        evidence_claims = [c for c in claims if c.id in evidence]
    else:
        anchor = parse_iso(scenario.anchor_date)
        losses, rate = scenario.anchor_losses, scenario.daily_loss_rate
        spread = Uncertainty(scenario.initial_strength_range, scenario.anchor_losses_range,
                             scenario.daily_loss_rate_range)
        rate_text, basis = number(rate), "at the current loss rate"
        evidence_claims = [c for c in claims if c.include_in_projection
                           and (scenario.subject is None or c.subject == scenario.subject)]

    horizon, threshold = scenario.horizon_days, scenario.threshold
    steps = Steps.of(scenario.reinforcements, anchor, horizon)
    remaining = curve(scenario.initial_strength, losses, rate, steps, horizon)
    day = first_at_or_below(remaining, threshold)
    depletion = None if day is None else anchor + dt.timedelta(days=day)
    horizon_end = anchor + dt.timedelta(days=horizon)
    judgment_date = (parse_iso(scenario.judgment_date) if scenario.judgment_date
                     else _month_end(depletion) if depletion else horizon_end)
    result = dict(scenario=scenario, rate=float(rate), anchor_date=anchor,
                  anchor_losses=float(losses), remaining=remaining, depletion_date=depletion,
                  judgment_date=judgment_date, fit=fit, samples=samples, seed=seed, note=note,
                  deterministic=deterministic_sentence(who, rate_text, depletion, horizon_end,
                                                       threshold),
                  confidence=confidence(evidence_claims, sources, who))
    if spread.present:
        s, l, r = sample(spread, scenario.initial_strength, losses, rate, samples, seed)
        days = depletion_days(s, l, r, steps, threshold, horizon)
        p10, p50, p90 = (None if np.isinf(d) else anchor + dt.timedelta(days=int(d))
                         for d in percentile_days(days))
        probability = np.count_nonzero(days <= (judgment_date - anchor).days) / samples
        result.update(p10=p10, p50=p50, p90=p90, probability=probability,
                      beyond_horizon=np.count_nonzero(np.isinf(days)) / samples,
                      band=band(s, l, r, steps, horizon),
                      likelihood=likelihood_sentence(who, probability, judgment_date, basis,
                                                     threshold))
    return Projection(**result)


def projection_json(p: Projection) -> dict:
    """The scenario object of `briefing project --json`, keys in the documented order."""
    s = p.scenario
    return {"id": s.id, "name": s.name, "kind": s.kind,
            "daily_loss_rate": None if p.rate is None else round(p.rate, 2),
            "depletion_date": _iso(p.depletion_date),
            "p10": _iso(p.p10), "p50": _iso(p.p50), "p90": _iso(p.p90),
            "judgment_date": _iso(p.judgment_date),
            "probability": None if p.probability is None else round(p.probability, 4),
            "judgment": p.judgment,
            "claims_used": list(p.claims_used)}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _claims(fit: Fit) -> str:
    n = len(fit.claims_used)
    return f"{n} claim{'s' if n != 1 else ''}"
