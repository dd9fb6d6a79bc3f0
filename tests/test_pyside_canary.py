"""Canary: PySide6 6.12.0 on CPython 3.11 loses a reference to None on every
call of a Qt method that returns nothing, until the interpreter aborts. 10,000 such calls
must leave sys.getrefcount(None) where it was."""
import sys

import PySide6
from PySide6 import QtCore

CALLS = 10_000
TOLERANCE = 50  # unrelated churn; a lost reference per call moves it by 10,000


def test_void_qt_calls_keep_none_alive():
    obj = QtCore.QObject()
    obj.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        obj.setObjectName("canary")
    after = sys.getrefcount(None)
    assert abs(after - before) <= TOLERANCE, (
        f"PySide6 {PySide6.__version__} changed "
        f"None's reference count by {after - before} over {CALLS} void calls")
    assert obj.objectName() == "canary"
