"""The window's side of the analysis: asking for one (inline for a small briefing, else on
the worker: analysis_runner.py), and showing it — the charts, the judgments, the scenario
and hypotheses panels, the timeline's marks and the ledger's conflict marks. A background
result is shown in steps, one per turn of the event loop (stages.py). A part of MainWindow,
kept apart for its size."""
from __future__ import annotations

from ..charts.projection_data import projection_figure
from ..charts.timeline_data import indicator_marks
from ..workspace.analysis import Analysis
from . import settings


class WindowAnalysis:
    """MainWindow's analysis methods (a mixin: they use the window's views and session)."""

    def _request_analysis(self, say: bool = True) -> None:
        """`say`: put "Recomputing projections…" in the status bar if it goes to the worker
        (not when it was said at the request, deferred to after the first paint)."""
        result = self.runner.request(self.session.ws, settings.get(settings.SAMPLES),
                                     settings.get(settings.SEED))
        if result is not None:
            self.analysis = result
            self._show_analysis()
        elif say:
            self.show_message("Recomputing projections…")

    def _analysis_ready(self, analysis: Analysis) -> None:
        """A background analysis finished: show it, and the conflicts it found, in steps
        (stages.py)."""
        self.analysis = analysis
        self._start_opening(now=True)  # if it waited for this analysis
        shown = self.desk.statusBar().currentMessage()
        self.show_message(f"{shown} · projections updated" if shown.startswith("Changed by ")
                          else "Projections updated")  # keep saying whose change it was
        marks = self.ledger_marks()
        self.stages.run([*self._analysis_steps(),
                         lambda: self.model.relayout(lambda rows: rows.set_analysis(*marks),
                                                   every_row=False)])

    def _analysis_failed(self, message: str) -> None:
        self.show_message(message)
        self._start_opening(now=True)  # if it waited for this analysis

    def _show_analysis(self) -> None:
        self.stages.cancel()
        for step in self._analysis_steps():
            step()

    def _analysis_steps(self) -> list:
        """The judgments, the chart in parts (its first figure at 100,000 claims took a
        tenth of a second or more: ProjectionChart.figure_steps), then each panel."""
        ws = self.session.ws
        a = self.analysis
        figure = projection_figure(a.projections, a.observed, {s.id: s for s in ws.sources()},
                                   ws.briefing().as_of)
        return [self._show_judgments, *self.chart.figure_steps(figure),
                lambda: self.scenarios.set_analysis(self.analysis.projections,
                                                    self.analysis.evidence),
                lambda: self.structured.show_analysis(self.analysis),
                lambda: self.timeline_marks(self.analysis)]

    def _show_judgments(self) -> None:
        self.detail.analysis = self.analysis
        self.judgments.set_projections(self.analysis.projections)

    def timeline_marks(self, analysis: Analysis) -> None:
        """The met indicators, marked on the timeline on the day they were met."""
        self.timeline.set_marks(indicator_marks(analysis.matrix))

    def ledger_marks(self) -> tuple:
        """What the ledger shows of the analysis: the fraction bases, each claim's first
        conflict, and the conflicts numbered for every row at once (to group and sort by)."""
        a = self.analysis
        if a is None:
            return {}, {}, None
        return a.bases, a.conflict_of, a.conflicts.first_pairs
