"""The radix order the claim index and the casualty series sort by is numpy's stable sort."""
import numpy as np
from hypothesis import given, strategies as st

from briefing.projection.stable_order import stable_order


@given(st.integers(1, 1 << 40).flatmap(
    lambda bound: st.tuples(st.just(bound), st.lists(st.integers(0, bound - 1), max_size=300))))
def test_the_same_permutation_as_a_stable_argsort(case):
    bound, values = case
    codes = np.array(values, np.int64)
    assert stable_order(codes, bound).tolist() == np.argsort(codes, kind="stable").tolist()


def test_ties_keep_their_order_across_16_bit_digits():
    codes = np.array([70000, 5, 70000, 65536, 5, 4], np.int64)
    assert stable_order(codes, 70001).tolist() == [5, 1, 4, 3, 0, 2]


def test_no_codes_at_all():
    assert stable_order(np.zeros(0, np.int64), 0).tolist() == []
