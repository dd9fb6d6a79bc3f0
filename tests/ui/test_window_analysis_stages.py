"""A background analysis in two stages (analysis_runner.py): the chart and the judgments show
the projections first; the ledger's marks, the detail pane, the panels and the record wait
for the whole analysis; edits made during either stage coalesce into one more run, and no
result is ever shown after a newer one — nor one of a briefing the window has left.

The worker is held at each stage by a gate the test opens (`Gate`), so what the window shows
between the stages is looked at, not raced."""
import threading

import pytest

from briefing.ui import analysis_runner
from briefing.ui.judgments_view import judgments_html
from briefing.workspace.analysis import Analysis, Projected, analyse, analyse_in_stages

CLAIM = "zelenskyy-3800"  # the losses the seed's scenarios are anchored on


class Gate:
    """Stands in for `analyse_in_stages` on the worker: each stage starts only when the test
    lets it (`open`), and what each result saw of CLAIM is logged (read inside the run's
    snapshot, which is still open while a stage's result is handed over)."""

    def __init__(self, monkeypatch):
        self.permits = threading.Semaphore(0)
        self.log: list[tuple[str, float]] = []
        self.runs = 0
        monkeypatch.setattr(analysis_runner, "analyse_in_stages", self._stages)

    def _stages(self, ws, *args):
        self.runs += 1
        assert self.permits.acquire(timeout=30)
        for result in analyse_in_stages(ws, *args):
            self.log.append((type(result).__name__, ws.get("claim", CLAIM).value))
            yield result
            if isinstance(result, Projected):
                assert self.permits.acquire(timeout=30)

    def open(self, stages: int = 1) -> None:
        self.permits.release(stages)


@pytest.fixture
def gate(window, qtbot, monkeypatch):
    monkeypatch.setattr(analysis_runner, "INLINE_BUDGET_S", -1.0)  # every run on the worker
    qtbot.waitUntil(lambda: window.opening.started and not window.stages.pending)
    found = Gate(monkeypatch)
    yield found
    found.open(10)  # nothing left waiting when the window closes
    window.runner.wait()


def _edit(window, value: float) -> None:
    window.session.put(window.session.ws.get("claim", CLAIM).changed(value=value))


def _judgments_of_the_file(window) -> str:
    return judgments_html(analyse(window.session.ws).projections)


def test_the_chart_and_judgments_come_first_and_the_rest_waits_for_the_whole(
        window, qtbot, gate):
    before = window.analysis
    judged = window.judgments.text()
    with qtbot.waitSignal(window.runner.projected, timeout=30_000):
        _edit(window, 1500)
        gate.open()
    qtbot.waitUntil(lambda: window._charted is not None, timeout=10_000)
    assert window.judgments.text() == _judgments_of_the_file(window) != judged
    drawn = window.chart.figure
    # What the first stage does not have is still the whole analysis before, everywhere:
    assert window.analysis is before and window.detail.analysis is before
    assert window.model.rows.conflicts is before.conflict_of
    assert window.structured.hypotheses.model.evidence is before.evidence
    assert window.scenarios._evidence is before.evidence
    assert window.structured.record_assessment(ask=False) is None  # not from half a result
    assert "recomputed" in window.last_message
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        gate.open()
    qtbot.waitUntil(lambda: not window.stages.pending, timeout=10_000)
    whole = window.analysis
    assert whole is not before and isinstance(whole, Analysis)
    assert window.detail.analysis is whole and window.model.rows.conflicts is whole.conflict_of
    assert window.structured.hypotheses.model.evidence is whole.evidence
    assert window.scenarios._evidence is whole.evidence
    assert window.chart.figure is drawn  # the same projections: not drawn again
    assert window.judgments.text() == judgments_html(whole.projections)
    assert gate.log == [("Projected", 1500), ("Analysis", 1500)]


def test_edits_during_either_stage_coalesce_and_nothing_older_replaces_newer(
        window, qtbot, gate):
    _edit(window, 1500)          # starts a run, held before its first stage
    assert window.runner.busy
    _edit(window, 1600)
    _edit(window, 1700)          # both during the first stage: one more run, later
    with qtbot.waitSignal(window.runner.projected, timeout=30_000):
        gate.open()
    qtbot.waitUntil(lambda: window._charted is not None, timeout=10_000)
    _edit(window, 1800)          # during the second stage
    shown = []
    window.runner.projected.connect(lambda p: shown.append(("Projected", p)))
    window.runner.finished.connect(lambda a: shown.append(("Analysis", a)))
    gate.open(3)                 # the rest of this run, and both stages of the next
    qtbot.waitUntil(lambda: not window.runner.busy and len(shown) == 3, timeout=30_000)
    qtbot.waitUntil(lambda: not window.stages.pending, timeout=10_000)
    assert gate.runs == 2
    assert gate.log == [("Projected", 1700), ("Analysis", 1700),
                        ("Projected", 1800), ("Analysis", 1800)]
    assert [kind for kind, _ in shown] == ["Analysis", "Projected", "Analysis"]
    assert window.analysis is shown[-1][1]
    assert window.session.ws.get("claim", CLAIM).value == 1800
    assert window.judgments.text() == _judgments_of_the_file(window)
    assert window.chart.figure is not None and window._charted is None


def test_a_run_for_a_briefing_the_window_has_left_is_never_shown(
        window, qtbot, gate, tmp_path):
    from briefing.workspace import create_from_seed
    _edit(window, 1500)          # a run for this briefing, held before its first stage
    other = tmp_path / "other.briefing"
    create_from_seed(other)
    shown = []
    window.runner.projected.connect(lambda p: shown.append(p))
    window.runner.finished.connect(lambda a: shown.append(a))
    assert window.actions_.open_path(other)
    gate.open(4)                 # the old run's stages, then the new briefing's
    qtbot.waitUntil(lambda: not window.runner.busy and len(shown) == 2, timeout=30_000)
    qtbot.waitUntil(lambda: not window.stages.pending, timeout=10_000)
    assert gate.runs == 2 and [kind for kind, _ in gate.log] == [
        "Projected", "Analysis", "Projected", "Analysis"]
    assert gate.log[0][1] == 1500 and gate.log[2][1] != 1500   # the old file's, then ours
    assert [type(s) for s in shown] == [Projected, Analysis]   # only the new briefing's
    assert window.judgments.text() == _judgments_of_the_file(window)
