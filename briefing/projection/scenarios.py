"""One scenario's projection: everything the window, present mode, the pack and the CLI show
of it, worded once (`sentences`, `assumptions`) so every view says the same thing.

`project()` is the whole recompute after an edit: the fit (for `fitted`), the central curve,
the Monte Carlo, the band, the judgment, the assumptions and the confidence.
`projection_json()` is the scenario object of `briefing project --json` (README: What a projection means).

A fitted scenario the claims do not determine gets status `undetermined`, a one-line
`reason` and no numbers to project: no stored fallback rate stands in for the evidence.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from briefing.domain import (CITABLE, Claim, Scenario, Source, likelihood_words,
                             long_date, number, parse_iso)

from . import assumptions as premises
from .evidence import Evidence
from .fit import Fit, fit_series
from .judgments import (Basis, Confidence, Outlook, confidence, judgment_sentences, premise,
                        quoted_rate, undetermined_sentence)
from .linear import Steps, curve, depletion_days, first_at_or_below
from .monte_carlo import MAX_SAMPLES, QUANTILES, Band, Uncertainty, band, ranked_days, sample

PROBABILITY_FLOOR, PROBABILITY_CEILING = 0.01, 0.99


@dataclass(frozen=True)
class Projection:
    scenario: Scenario
    subject: str | None = None            # the force projected (the briefing's by default)
    status: str = "ok"                    # ok | undetermined | not depleted
    reason: str | None = None             # why undetermined
    rate: float | None = None             # daily loss rate projected with
    anchor_date: dt.date | None = None
    anchor_losses: float | None = None
    remaining: np.ndarray | None = None   # deterministic R(d) for d = 0..horizon_days
    depletion_date: dt.date | None = None  # where the deterministic curve meets the threshold
    p10: dt.date | None = None            # None also when beyond the horizon
    p50: dt.date | None = None
    p90: dt.date | None = None
    beyond_horizon: float | None = None   # share of samples not depleted within the horizon
    quantile_days: np.ndarray | None = None  # depletion day at each of QUANTILES (inf: never)
    judgment_date: dt.date | None = None  # the analyst's; there is no default
    probability: float | None = None      # of depletion by judgment_date, within [0.01, 0.99]
    band: Band | None = None
    fit: Fit | None = None
    samples: int = 0
    seed: int = 0
    sentences: tuple[str, ...] = ()       # the key judgment, premise first; then confidence
    assumptions: tuple[str, ...] = ()     # generated premises, then the analyst's own
    confidence: Confidence | None = None
    claims_used: tuple[str, ...] = ()
    cited: dict = field(default_factory=dict)  # parameter → claim id, as cited
    fit_summary: str | None = None        # "NIS's 3,000 carries 69% of the weight; …"

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
    def central(self) -> np.ndarray | None:
        """The curve a chart draws as the scenario's line: the band's median where there is
        uncertainty (it meets the threshold on the median date the sentences name), else
        the deterministic curve."""
        return self.band.p50 if self.band is not None else self.remaining

    @property
    def central_date(self) -> dt.date | None:
        return self.p50 if self.band is not None else self.depletion_date

    @property
    def judgment(self) -> str | None:
        """The ICD 203 words for `probability`."""
        return None if self.probability is None else likelihood_words(self.probability)

    @property
    def generated_assumptions(self) -> tuple[str, ...]:
        """The premises worded from the scenario and its claims (the analyst's own follow)."""
        own = len(self.scenario.assumptions)
        return self.assumptions[:len(self.assumptions) - own]

    @property
    def determined(self) -> bool:
        return self.status != "undetermined"

    def probability_by(self, day: dt.date) -> float | None:
        """Share of samples depleted on or before `day` (from the quantiles: ±1 %)."""
        if self.quantile_days is None:
            return None
        offset = (day - self.anchor_date).days
        return float(np.searchsorted(self.quantile_days, offset, side="right")) / 100.0


def project(scenario: Scenario, evidence: Evidence | Iterable[Claim],
            sources: Mapping[str, Source] | Iterable[Source] = (), samples: int = 10_000,
            seed: int = 0, subject: str | None = None) -> Projection:
    """Project `scenario` (README: What a projection means) with `samples` Monte Carlo draws from `seed`.
    `subject` is the force a scenario without its own subject is about (the briefing's)."""
    if not 1 <= samples <= MAX_SAMPLES:
        raise ValueError(f"samples must be 1..{MAX_SAMPLES:,} (got {samples})")
    ev = evidence if isinstance(evidence, Evidence) else Evidence(evidence, sources)
    s = scenario
    who = s.subject or subject or _only_subject(ev)
    base = dict(scenario=s, subject=who, samples=samples, seed=seed,
                cited={k: v for k, v in s.cites})
    fit = None
    if s.kind == "fitted":
        fit = _fit(s, who, ev)
        base["fit_summary"] = premises.fit_summary(fit, ev)
        if not fit.ok:
            assumed = premises.generated(s, who or s.name, ev, fit, None, None, None)
            return Projection(**base, status="undetermined", reason=fit.reason, fit=fit,
                              sentences=(undetermined_sentence(who or s.name, fit.reason),),
                              assumptions=tuple(assumed) + s.assumptions,
                              claims_used=_used(s, fit, ev))
        anchor, losses, rate = fit.anchor_date, fit.anchor_losses, fit.rate
        spread = Uncertainty(strength_range=s.initial_strength_range, fit=fit,
                             reinforcements=s.reinforcements)
        rate_words = f"the fitted {fit.rate_text} ({_figures(fit)}{_start_words(s)})"
    else:
        anchor = parse_iso(s.anchor_date)
        losses, rate = s.anchor_losses, s.daily_loss_rate
        spread = Uncertainty(s.initial_strength_range, s.anchor_losses_range,
                             s.daily_loss_rate_range, reinforcements=s.reinforcements)
        cited = ev.claims.get(s.cited("daily_loss_rate") or "")
        rate_words = quoted_rate(rate, cited, ev.name(cited.source) if cited else "",
                                 ev.grade(cited) if cited else "")
    who = who or s.name
    horizon, threshold = s.horizon_days, s.threshold
    steps = Steps.of(s.reinforcements, anchor, horizon)
    remaining = curve(s.initial_strength, losses, rate, steps, horizon)
    day = first_at_or_below(remaining, threshold)
    depletion = None if day is None else anchor + dt.timedelta(days=day)
    judgment_date = parse_iso(s.judgment_date) if s.judgment_date else None
    result = dict(base, rate=float(rate), anchor_date=anchor, anchor_losses=float(losses),
                  remaining=remaining, depletion_date=depletion, judgment_date=judgment_date,
                  fit=fit, claims_used=_used(s, fit, ev))
    outlook = dict(who=who, threshold=threshold, horizon_days=horizon,
                   horizon_end=anchor + dt.timedelta(days=horizon), uncertain=spread.present,
                   depletion=depletion, judgment_date=judgment_date)
    central = depletion
    if spread.present:
        draws = sample(spread, s.initial_strength, losses, rate, steps, samples, seed, anchor,
                       horizon)
        days = np.sort(depletion_days(draws.strength, draws.losses, draws.rate, draws.steps,
                                      threshold, horizon))
        ranked = ranked_days(days)
        p10, p50, p90 = (None if np.isinf(d) else anchor + dt.timedelta(days=int(d))
                         for d in ranked)
        probability = None
        if judgment_date is not None:
            raw = np.searchsorted(days, (judgment_date - anchor).days, side="right") / samples
            probability = min(max(raw, PROBABILITY_FLOOR), PROBABILITY_CEILING)
            outlook["probability"] = raw
        result.update(p10=p10, p50=p50, p90=p90, probability=probability,
                      beyond_horizon=np.count_nonzero(np.isinf(days)) / samples,
                      quantile_days=np.array(ranked_days(days, QUANTILES)),
                      band=band(draws, horizon, _exact_days(ranked[1])))
        outlook.update(p10=p10, p50=p50, p90=p90)
        central = p50
    sentences = judgment_sentences(premise(rate_words, _arrivals(s)), Outlook(**outlook))
    trust = confidence(_basis(s, fit, ev, result["claims_used"]))
    assumed = premises.generated(s, who, ev, fit, rate, anchor, losses)
    return Projection(**result, status="ok" if central else "not depleted",
                      sentences=tuple(sentences) + (trust.sentence,), confidence=trust,
                      assumptions=tuple(assumed) + s.assumptions)


def _exact_days(median: float) -> list[int]:
    """The median depletion day and the day before it, where the band is computed exactly,
    so its median line crosses the threshold on the median date the sentences name."""
    return [int(median), int(median) - 1] if np.isfinite(median) else []


def _only_subject(ev: Evidence) -> str | None:
    return ev.subjects[0] if len(ev.subjects) == 1 else None


def _fit(s: Scenario, who: str | None, ev: Evidence) -> Fit:
    if who is None:
        return Fit(losses_start=s.losses_start, reason=(
            f"the scenario names no force and the claims are about {len(ev.subjects)}; set "
            "its subject"))
    series = ev.series(who)
    return fit_series(series.points, series.skipped, s.losses_start)


def _figures(fit: Fit) -> str:
    n = sum(1 for p in fit.points if p.reading is not None)
    return f"{n} casualty figure{'s' if n != 1 else ''}"


def _start_words(s: Scenario) -> str:
    if s.losses_start is None:
        return ""
    return f" and zero losses {s.losses_start.when.when()}"


def _arrivals(s: Scenario) -> str:
    if not s.reinforcements:
        return "no reinforcements arrive"
    listed = [f"{_count(r)} on {long_date(parse_iso(r.date))}" for r in s.reinforcements[:3]]
    more = len(s.reinforcements) - len(listed)
    tail = f" and {more} more" if more > 0 else ""
    return f"reinforcements arrive as set ({', '.join(listed)}{tail})"


def _count(r) -> str:
    if r.count_range is None:
        return number(r.count)
    return f"{number(r.count_range[0])}–{number(r.count_range[1])}"


def _used(s: Scenario, fit: Fit | None, ev: Evidence) -> tuple[str, ...]:
    """Every claim that entered a number: fitted claims, their fraction bases, cited claims
    (and a cited fraction's base)."""
    ids = list(fit.claims_used + fit.bases) if fit is not None and fit.rate is not None else []
    for parameter in CITABLE:
        cited = s.cited(parameter)
        if cited in ev.claims:
            ids.append(cited)
            base = ev.bases.get(cited)
            if base is not None:
                ids.append(base.claim_id)
    return tuple(dict.fromkeys(ids))


def _basis(s: Scenario, fit: Fit | None, ev: Evidence, used: tuple[str, ...]) -> Basis:
    claims = [ev.claims[i] for i in used if i in ev.claims]
    if s.kind == "linear":
        assumed = tuple(words for parameter, words in (("daily_loss_rate", "the rate"),
                                                       ("initial_strength", "the strength"))
                        if s.cited(parameter) not in ev.claims)
        return Basis(claims, ev, assumed, "low")
    assumed = () if s.cited("initial_strength") in ev.claims else ("the strength",)
    sourced = [pt for pt in fit.points if pt.reading is not None]  # the zero is no source
    lead = max(sourced, key=lambda pt: pt.share, default=None)
    return Basis(claims, ev, assumed, "moderate",
                 (premises.point_words(lead, ev), lead.share) if lead else None)


def projection_json(p: Projection) -> dict:
    """The scenario object of `briefing project --json`, keys in the documented order (README)."""
    s = p.scenario
    return {"id": s.id, "name": s.name, "kind": s.kind, "subject": p.subject,
            "status": p.status, "reason": p.reason,
            "daily_loss_rate": None if p.rate is None else round(p.rate, 2),
            "depletion_date": _iso(p.depletion_date),
            "p10": _iso(p.p10), "p50": _iso(p.p50), "p90": _iso(p.p90),
            "judgment_date": _iso(p.judgment_date),
            "probability": None if p.probability is None else round(p.probability, 4),
            "judgment": p.judgment,
            "confidence": p.confidence.level if p.confidence else None,
            "sentences": list(p.sentences),
            "assumptions": list(p.assumptions),
            "claims_used": list(p.claims_used),
            "diagnostics": diagnostics_json(p.fit, p.fit_summary)}


def diagnostics_json(fit: Fit | None, summary: str | None = None) -> dict | None:
    """Per fit point: its share of the weight, residual and the rate without it (README:
    What a projection means). A killed + wounded pair is one point, under its first claim."""
    if fit is None or fit.rate is None:
        return None
    return {"rate": round(fit.rate, 2), "rate_se": round(fit.rate_se, 2),
            "summary": summary,
            "claims": [{"id": pt.id, "claims": list(pt.claim_ids),
                        "weight_share": round(pt.share, 4), "residual": round(pt.residual, 1),
                        "rate_without": None if pt.rate_without is None
                        else round(pt.rate_without, 2)} for pt in fit.points]}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
