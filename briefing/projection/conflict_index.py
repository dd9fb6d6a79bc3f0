"""Claim → the conflicting pairs it is in, as sorted arrays, so a ledger row, the detail pane
and a confidence judgment find a claim's conflicts in O(its own pairs) without making the
hundreds of thousands of `Conflict` objects a dense ledger has."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from .stable_order import stable_order

NONE = -1   # no claim, no pair


class ClaimIndex:
    """Pair p compares readings a[p] and b[p] (b = -1: no second reading); reading r stands
    for claim `one[r]` and, for a killed + wounded pair, `two[r]` (else -1), each a code of
    `code_of` (claim id → code)."""

    def __init__(self, code_of: Mapping[str, int], one: np.ndarray, two: np.ndarray,
                 a: np.ndarray, b: np.ndarray):
        self._code = code_of
        n = len(code_of)
        other = np.maximum(b, 0)
        alone = b < 0
        # Each pair's claims, up to four; -1 for none (its slot in `wanted` arrays is n).
        self._sides = np.stack([one[a], two[a], np.where(alone, -1, one[other]),
                                np.where(alone, -1, two[other])])
        codes = self._sides.T.ravel()            # pair by pair, so that a stable sort by
        pairs = np.repeat(np.arange(len(a)), 4)  # claim keeps each claim's pairs in order
        keep = codes >= 0
        codes, pairs = codes[keep], pairs[keep]
        order = stable_order(codes, n)
        self._pairs = pairs[order]
        self._starts = np.searchsorted(codes[order], np.arange(n + 1))
        self._n = n

    def positions(self, claim_id: str) -> np.ndarray:
        """The pairs a claim is in, in order (a pair twice if the claim is on both sides)."""
        k = self._code.get(claim_id)
        if k is None:
            return self._pairs[:0]
        return self._pairs[self._starts[k]:self._starts[k + 1]]

    def others(self, claim_id: str) -> list[int]:
        """The codes of the claims a claim is paired with, in the order of its pairs (each
        once): the other side of each pair it is in."""
        found = self.positions(claim_id)
        if not len(found):
            return []
        k = self._code[claim_id]
        out: dict[int, None] = {}
        for a1, a2, b1, b2 in self._sides[:, found].T.tolist():
            if a1 == k or a2 == k:
                out[b1] = out[b2] = None
            else:
                out[a1] = out[a2] = None
        out.pop(-1, None)
        return list(out)

    def first_pairs(self, claim_ids: Sequence[str]) -> np.ndarray:
        """For each claim, the first pair it is in (NONE: none, or not a claim here)."""
        codes = np.fromiter((self._code.get(i, NONE) for i in claim_ids), np.int64,
                            len(claim_ids))
        out = np.full(len(codes), NONE, np.int64)
        known = codes != NONE
        start, end = self._starts[codes[known]], self._starts[codes[known] + 1]
        has = end > start
        firsts = np.full(len(start), NONE, np.int64)
        firsts[has] = self._pairs[start[has]]
        out[known] = firsts
        return out

    def named_in_order(self) -> np.ndarray:
        """The codes of the claims in any pair, pair by pair (first side, then second), each
        where it is first named."""
        named = self._sides.T.ravel()
        named = named[named != NONE]
        _, first = np.unique(named, return_index=True)
        return named[np.sort(first)]

    def among(self, claim_ids) -> np.ndarray:
        """The pairs whose every claim is in `claim_ids`, in order."""
        wanted = np.zeros(self._n + 1, dtype=bool)
        wanted[-1] = True   # an empty slot
        codes = [self._code[i] for i in set(claim_ids) if i in self._code]
        wanted[codes] = True
        touched = np.unique(np.concatenate(
            [self._pairs[:0]] + [self._pairs[self._starts[k]:self._starts[k + 1]]
                                 for k in codes]))
        return touched[wanted[self._sides[:, touched]].all(axis=0)]
