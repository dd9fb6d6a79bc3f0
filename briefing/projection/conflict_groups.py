"""Every claim's place among the conflicts at once, as arrays, for views that order or list
all claims by their conflicts (the ledger's Group conflicts and its Conflict column, the
pack's claims table). Asking `Conflicts.of_claim` claim by claim makes and words a Conflict
for each: 3 s for the ledger's 100,000 claims. Read from the per-claim index
(conflict_index.py) that the analysis builds anyway."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .conflicts import Conflicts

NONE = -1


def first_pairs(conflicts: Conflicts, claim_ids: Sequence[str]) -> np.ndarray:
    """For each claim, the first conflicting pair it is in (the conflict shown beside it:
    `of_claim`), as its position in `conflicts`; NONE when it is in none. Claims with the
    same number are the claims of one conflict; numbers follow the conflicts' order."""
    index = conflicts._index
    codes = np.fromiter((index._code.get(i, NONE) for i in claim_ids), np.int64,
                        len(claim_ids))
    out = np.full(len(codes), NONE, np.int64)
    known = codes != NONE
    start, end = index._starts[codes[known]], index._starts[codes[known] + 1]
    has = end > start
    firsts = np.full(len(start), NONE, np.int64)
    firsts[has] = index._pairs[start[has]]
    out[known] = firsts
    return out


def flagged_claims(conflicts: Conflicts) -> list[str]:
    """The claims in any conflict, in the order the conflicts name them (each where it is
    first named): `dict.fromkeys(i for c in conflicts for i in c.claim_ids)` without making
    a Conflict."""
    index = conflicts._index
    named = index._sides.T.ravel()   # pair by pair: first's claims, then second's
    named = named[named != NONE]
    _, first = np.unique(named, return_index=True)
    ids = list(index._code)
    return [ids[k] for k in named[np.sort(first)].tolist()]
