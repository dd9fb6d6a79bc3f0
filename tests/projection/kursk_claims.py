"""Claims and sources of the small Kursk set, for tests that build claims in code."""
from briefing.domain import Claim, Scenario, Source

SUBJECT = "DPRK contingent, Kursk"


def claim(id, source, metric, as_of, credibility, precision="day", **quantity):
    return Claim(id=id, source=source, subject=quantity.pop("subject", SUBJECT), metric=metric,
                 as_of=as_of, credibility=credibility, quote="…", date_precision=precision,
                 **quantity)


def linear(**overrides):
    fields = dict(id="isw", name="ISW estimate", kind="linear", initial_strength=12_000,
                  anchor_date="2025-01-06", anchor_losses=3_800, daily_loss_rate=92)
    fields.update(overrides)
    return Scenario(**fields)


SOURCES = (Source("zelenskyy", "Zelenskyy", "government", "UA", "C"),
           Source("nis", "NIS", "intelligence", "KR", "B"),
           Source("isw", "ISW", "think-tank", "US", "B"),
           Source("osint", "Telegram channel", "media", None, "E"))
