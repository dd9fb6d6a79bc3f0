"""The window's side of the analysis: asking for one (inline for a small briefing, else on
the worker: analysis_runner.py), and showing it — the charts, the judgments, the scenario
and hypotheses panels, the timeline's marks and the ledger's conflict marks. A background
result is shown in steps, one per turn of the event loop (stages.py). A large briefing's
projections come ahead of the rest (`Projected`): the chart and the judgments show them at
once; everything else — the ledger's marks, the detail pane, the panels, the record — keeps
`self.analysis`, the last whole analysis, until the next one is in. A part of MainWindow,
kept apart for its size."""
from __future__ import annotations

from ..charts.projection_data import projection_figure
from ..charts.timeline_data import indicator_marks
from ..workspace.analysis import Analysis, Projected
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

    def _projections_ready(self, first: Projected) -> None:
        """A background analysis's projections, ahead of the rest of it: the judgments and
        the chart, in steps after those left of the analysis before (which show the rest of
        it); once the last has run, `_charted` names the run and the run goes on."""
        run = self.runner.run

        def drawn() -> None:
            self._charted = run
            self.runner.first_drawn()
        self._charted = None
        self.stages.then([lambda: self.judgments.set_projections(first.projections),
                          *self._chart_steps(first), drawn])

    def _analysis_ready(self, analysis: Analysis) -> None:
        """A background analysis finished: show it, and the conflicts it found, in steps
        (stages.py). The chart and the judgments are not drawn again when they show this
        run's projections already (the same snapshot's: analyse_in_stages)."""
        self.analysis = analysis
        self._start_opening(now=True)  # if it waited for this analysis
        shown = self.desk.statusBar().currentMessage()
        self.show_message(f"{shown} · projections updated" if shown.startswith("Changed by ")
                          else "Projections updated")  # keep saying whose change it was
        charted = self._charted == self.runner.run
        self._charted = None
        marks = self.ledger_marks()
        self.stages.run([*self._analysis_steps(charted),
                         lambda: self.model.relayout(lambda rows: rows.set_analysis(*marks),
                                                   every_row=False)])

    def _analysis_failed(self, message: str) -> None:
        self.show_message(message)
        self._start_opening(now=True)  # if it waited for this analysis

    def _show_analysis(self) -> None:
        self.stages.cancel()
        self._charted = None
        for step in self._analysis_steps():
            step()

    def _analysis_steps(self, charted: bool = False) -> list:
        """The judgments, the chart in parts (its first figure at 100,000 claims took a
        tenth of a second or more: ProjectionChart.figure_steps), then each panel;
        `charted`: the judgments and the chart show these projections already."""
        def judgments() -> None:
            self.detail.analysis = self.analysis
            if not charted:
                self.judgments.set_projections(self.analysis.projections)
        return [judgments, *([] if charted else self._chart_steps(self.analysis)),
                lambda: self.scenarios.set_analysis(self.analysis.projections,
                                                    self.analysis.evidence),
                lambda: self.structured.show_analysis(self.analysis),
                lambda: self.timeline_marks(self.analysis)]

    def _chart_steps(self, shown: Analysis | Projected) -> list:
        ws = self.session.ws
        figure = projection_figure(shown.projections, shown.observed,
                                   {s.id: s for s in ws.sources()}, ws.briefing().as_of)
        return self.chart.figure_steps(figure)

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
