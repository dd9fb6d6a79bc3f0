"""How often a second annotator, following the same written conventions, records the claims
the first one did (tests/intake/agreement/README.md): the ceiling the extractor's recall is
measured against is only as high as two careful readers agree.

    python tests/intake/agreement.py            (from the repository root)

A claim of the set's own expected file is *agreed* when the second file has one of the same
metric, quantity, qualifier, date (day and precision) and forecast flag, from the same
speaker: source keywords where one contains the other, or (since each annotator picks a
keyword of a name) two keywords within 80 characters of each other in the article.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECOND = HERE / "agreement"
NEAR = 80


def _names(claim: dict) -> list[str]:
    return [claim["source"]] if isinstance(claim["source"], str) else list(claim["source"])


def _quantity(claim: dict) -> tuple:
    fraction = claim.get("fraction")
    return (claim.get("value"), claim.get("low"), claim.get("high"),
            None if fraction is None else round(fraction, 2))


def same_speaker(a: dict, b: dict, text: str) -> bool:
    pairs = [(x.casefold(), y.casefold()) for x in _names(a) for y in _names(b)]
    if any(x in y or y in x for x, y in pairs):
        return True
    folded = text.casefold()
    return any(y in folded[max(0, m.start() - NEAR):m.end() + NEAR]
               for x, y in pairs for m in re.finditer(re.escape(x), folded))


def differences(a: dict, b: dict, text: str) -> list[str]:
    """What keeps two claims of the same metric and quantity from agreeing."""
    found = []
    if a.get("qualifier") != b.get("qualifier"):
        found.append("qualifier")
    if (a["as_of"], a["date_precision"]) != (b["as_of"], b["date_precision"]):
        found.append("date")
    if bool(a.get("forecast")) != bool(b.get("forecast")):
        found.append("forecast")
    if not same_speaker(a, b, text):
        found.append("source")
    return found


@dataclass
class Agreement:
    article: str
    first: int          # claims in the set's expected file
    second: int         # claims in the second annotator's
    same_figure: int    # first's claims the second has with the same metric and quantity
    agreed: int         # … and every other field agreeing
    causes: list[str]


def compare(first: dict, second: dict, text: str) -> Agreement:
    same = agreed = 0
    causes: list[str] = []
    for a in first["claims"]:
        near = [b for b in second["claims"]
                if b["metric"] == a["metric"] and _quantity(b) == _quantity(a)]
        if not near:
            continue
        same += 1
        fewest = min((differences(a, b, text) for b in near), key=len)
        agreed += not fewest
        causes += fewest
    return Agreement(first["article"], len(first["claims"]), len(second["claims"]), same,
                     agreed, causes)


def measure() -> list[Agreement]:
    found = []
    for path in sorted(SECOND.glob("heldout*/*.expected.json")):
        first = json.loads((HERE / path.parent.name / path.name).read_text(encoding="utf-8"))
        text = (HERE / path.parent.name / first["article"]).read_text(encoding="utf-8")
        found.append(compare(first, json.loads(path.read_text(encoding="utf-8")), text))
    return found


def main() -> int:
    rows = measure()
    for r in rows:
        print(f"{r.article:36} first {r.first}  second {r.second}  same figure {r.same_figure}"
              f"  agreed {r.agreed}" + (f"  ({', '.join(r.causes)})" if r.causes else ""))
    first = sum(r.first for r in rows)
    agreed = sum(r.agreed for r in rows)
    print(f"all: {agreed} of {first} claims agreed ({agreed / first:.1%}); same figure and metric "
          f"{sum(r.same_figure for r in rows)}; the second annotator recorded "
          f"{sum(r.second for r in rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
