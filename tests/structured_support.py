"""An unseen briefing for the structured-analysis tests: a garrison, four claims of four grades,
three hypotheses rated by hand, one indicator each. Every expected number in the tests is
worked out from the grade weights of projection/weights.py, not read from the program:

    k1  A2 killed 100 on 1 Mar   weight 1.0 × 0.8 = 0.80
    k2  C3 killed 400 on 5 Mar   weight 0.6 × 0.6 = 0.36
    s1  D4 strength 2,000 1 Feb  weight 0.3 × 0.3 = 0.09
    r1  A1 reinforcements 500    weight 1.0 × 1.0 = 1.00

            holds  withdraws  reinforced
    k1      C      I          N
    k2      I      C          II
    s1      C      C          C
    r1      N      II         CC

    inconsistency: holds 0.36 (k2 I), withdraws 0.80 + 2 × 1.00 = 2.80, reinforced 2 × 0.36
    = 0.72 → holds leads; ranks holds 1, reinforced 2, withdraws 3.
    diagnosticity (weight × (most − fewest points)): r1 2.00, k1 0.80, k2 0.72, s1 0.
    sensitivity: without k2 holds and reinforced tie at 0 → k2 only (without k1 or r1
    holds still leads).
"""
import copy

SUBJECT = "Garrison, Hill 204"


def _claim(cid, source, metric, value, as_of, credibility):
    return {"id": cid, "source": source, "document": None, "subject": SUBJECT,
            "metric": metric, "value": value, "low": None, "high": None, "fraction": None,
            "fraction_of": None, "qualifier": None, "as_of": as_of, "date_precision": "day",
            "credibility": credibility, "quote": f"{cid} quoted", "note": None,
            "include_in_projection": True}


def _rate(table: str):
    hypotheses = ("holds", "withdraws", "reinforced")
    out = []
    for line in table.strip().splitlines():
        claim, *ratings = line.split()
        out += [{"hypothesis": h, "claim": claim, "rating": r}
                for h, r in zip(hypotheses, ratings)]
    return out


PACKAGE = {
    "format": "briefing-package", "version": 2,
    "briefing": {"title": "Hill 204", "subject": SUBJECT, "classification": "UNCLASSIFIED",
                 "as_of": "2025-04-01"},
    "sources": [
        {"id": "alpha", "name": "Alpha Agency", "kind": "intelligence", "country": None,
         "reliability": "A"},
        {"id": "bravo", "name": "Bravo Daily", "kind": "media", "country": None,
         "reliability": "C"},
        {"id": "charlie", "name": "Charlie Blog", "kind": "other", "country": None,
         "reliability": "D"},
    ],
    "documents": [],
    "claims": [_claim("k1", "alpha", "killed", 100, "2025-03-01", 2),
               _claim("k2", "bravo", "killed", 400, "2025-03-05", 3),
               _claim("s1", "charlie", "strength", 2000, "2025-02-01", 4),
               _claim("r1", "alpha", "reinforcements", 500, "2025-03-10", 1)],
    "events": [{"id": "e1", "date": "2025-03-05", "end_date": None, "date_precision": "day",
                "title": "Bravo's count", "description": None, "category": "casualty-report",
                "location": None, "claims": ["k2"], "sources": ["bravo"]}],
    "scenarios": [],
    "hypotheses": [
        {"id": "holds", "title": "The garrison holds", "description": None,
         "indicators": [{"id": "killed-300", "text": "300 killed by the end of March",
                         "subject": SUBJECT, "metric": "killed", "op": ">=", "value": 300,
                         "by": "2025-03-31"}]},
        {"id": "withdraws", "title": "The garrison withdraws", "description": None,
         "indicators": [{"id": "few-killed", "text": "No more than 150 killed by 2 March",
                         "subject": SUBJECT, "metric": "killed", "op": "<=", "value": 150,
                         "by": "2025-03-02"}]},
        {"id": "reinforced", "title": "The garrison is reinforced", "description": None,
         "indicators": [{"id": "fresh-1000", "text": "1,000 fresh troops by April",
                         "subject": SUBJECT, "metric": "reinforcements", "op": ">=",
                         "value": 1000, "by": "2025-04-01"}]},
    ],
    "ratings": _rate("""
        k1 C  I  N
        k2 I  C  II
        s1 C  C  C
        r1 N  II CC
    """),
}


def package() -> dict:
    return copy.deepcopy(PACKAGE)
