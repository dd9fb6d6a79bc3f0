"""Counting a widget's paints, for the tests of what is painted how often."""


class Paints:
    """Counts the paint events a widget handles."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        count = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Paint:
                    count.n += 1
                return False

        self.n = 0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def quiet_paints(qtbot, paints: Paints, quiet_ms: int = 300) -> int:
    """The paints counted once none has come for `quiet_ms`."""
    seen = -1
    while seen != paints.n:
        seen = paints.n
        qtbot.wait(quiet_ms)
    return seen
