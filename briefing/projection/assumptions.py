"""A scenario's assumptions register: the premises its numbers rest on, worded for a
briefing, followed by the analyst's own.

Generated, in order: the loss rate and where it comes from (a cited claim, the fit and the
figure that weighs most in it, or the analyst's own figure); the start of losses (fitted);
the strength at the start and its claim; losses already suffered by the anchor (linear);
reinforcements; that the rate stays constant over the horizon; and what "depleted" counts.
"""
from __future__ import annotations

import datetime as dt

from briefing.domain import Scenario, figure, long_date, number, rounded

from .evidence import Evidence
from .fit import Fit, FitPoint
from .judgments import the


def point_words(point: FitPoint, evidence: Evidence) -> str:
    """A fit point as a sentence names it: 'South Korea National Intelligence Service's
    3,000' or 'the assumed start of losses'."""
    if point.reading is None:
        return "the assumed start of losses"
    return f"{evidence.name(point.reading.source)}'s {point.text}"


def fit_summary(fit: Fit, evidence: Evidence) -> str | None:
    """The point that weighs most, in words, and what the rate is without it: 'South Korea
    National Intelligence Service's 3,000 carries 69% of the weight; without it the rate
    is 22 a day.'"""
    lead = fit.dominant
    if lead is None:
        return None
    if lead.rate_without is None:
        without = "no rate can be fitted"
    elif lead.rate_without <= 0:
        without = f"the fitted line does not rise ({rounded(lead.rate_without)} a day)"
    else:
        without = f"the rate is {rounded(lead.rate_without)} a day"
    return (f"{point_words(lead, evidence)[0].upper()}{point_words(lead, evidence)[1:]} "
            f"carries {lead.share * 100:.0f}% of the weight; without it {without}.")


def cited_words(scenario: Scenario, parameter: str, evidence: Evidence) -> str:
    """': Institute for the Study of War's ≈ 92 (B3, claim isw-rate)' or the analyst's."""
    claim = evidence.claims.get(scenario.cited(parameter) or "")
    if claim is None:
        return ": the analyst's figure (no claim cited)"
    return (f": {evidence.name(claim.source)}'s {figure(claim, evidence.bases.get(claim.id))} "
            f"({evidence.grade(claim)}, claim {claim.id})")


def _sampled(rng) -> str:
    return "" if rng is None else f", sampled {number(rng[0])}–{number(rng[1])}"


def generated(scenario: Scenario, who: str, evidence: Evidence, fit: Fit | None,
              rate: float | None, anchor: dt.date | None, losses: float | None) -> list[str]:
    """The generated premises (module doc), each one sentence."""
    s = scenario
    out = []
    if s.kind == "fitted":
        out += _fit_premises(s, who, evidence, fit)
    else:
        out.append(f"Losses continue at {number(rate)} a day"
                   f"{cited_words(s, 'daily_loss_rate', evidence)}"
                   f"{_sampled(s.daily_loss_rate_range)}.")
    out.append(f"{the(who, True)} numbered {number(s.initial_strength)} at the start"
               f"{cited_words(s, 'initial_strength', evidence)}{_sampled(s.initial_strength_range)}.")
    if s.kind == "linear" and (s.anchor_losses or s.cited("anchor_losses") or
                               s.anchor_losses_range):
        out.append(f"{number(losses)} had already been killed or wounded by {long_date(anchor)}"
                   f"{cited_words(s, 'anchor_losses', evidence)}{_sampled(s.anchor_losses_range)}.")
    out.append(_reinforcements(s))
    out.append(f"The loss rate stays the same for the whole {s.horizon_days}-day horizon.")
    out.append(_depleted(s.threshold))
    return out


def _fit_premises(s: Scenario, who: str, evidence: Evidence, fit: Fit | None) -> list[str]:
    out = []
    if fit is not None and fit.ok:
        figures = sum(1 for p in fit.points if p.reading is not None)
        lead = fit.dominant
        out.append(f"Losses continue at the {fit.rate_text} fitted to {figures} casualty "
                   f"figure{'s' if figures != 1 else ''} of {the(who)} (weighted least "
                   f"squares; {point_words(lead, evidence)} carries {lead.share * 100:.0f}% "
                   "of the weight).")
    else:
        out.append(f"The loss rate would come from the casualty figures of {the(who)}, "
                   "which do not determine it.")
    start = s.losses_start
    if start is None:
        out.append("No start of losses is assumed: the rate rests on the casualty figures "
                   "alone.")
    else:
        zero = next((p for p in fit.points if p.reading is None), None) if fit else None
        weight = f", with {zero.share * 100:.0f}% of its weight" if zero and zero.share else ""
        out.append(f"Casualties were zero {start.when.when()}"
                   f" (the start of losses, an assumption that enters the fit{weight}).")
    return out


def _reinforcements(s: Scenario) -> str:
    if not s.reinforcements:
        return f"No reinforcements arrive within the {s.horizon_days}-day horizon."
    listed = "; ".join(f"{number(r.count)} on {long_date(dt.date.fromisoformat(r.date))}"
                       f"{_sampled(r.count_range)}" for r in s.reinforcements)
    return f"Reinforcements arrive: {listed}."


def _depleted(threshold: float) -> str:
    counted = ("every man killed or wounded" if threshold == 0 else
               f"{number(threshold)} or fewer left who are not killed or wounded")
    return (f"“Depleted” means {counted}; wounded who return to duty, desertions and captures "
            "are not modelled.")
