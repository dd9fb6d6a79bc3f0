"""A stable argsort of small non-negative integer codes (claim rows, subject codes).

numpy sorts 16-bit numbers stably by radix, in one pass over them, but larger ones by merge
sort: at 100,000 claims the claim index's 440,000 codes took 20–40 ms that way, against
about 5 ms sorted by their 16-bit digits, lowest first (each pass keeps the order of the
last among equal digits, so the result is the same permutation).
"""
from __future__ import annotations

import numpy as np

_DIGIT = 16


def stable_order(codes: np.ndarray, bound: int) -> np.ndarray:
    """`np.argsort(codes, kind="stable")` for integer codes in [0, bound)."""
    order = np.arange(len(codes))
    for shift in range(0, max(int(bound) - 1, 1).bit_length(), _DIGIT):
        digit = ((codes[order] >> shift) & ((1 << _DIGIT) - 1)).astype(np.uint16)
        order = order[np.argsort(digit, kind="stable")]
    return order
