"""The pyqtgraph charts, shared by the window and the exported briefing pack.

Above the workspace and below both `ui` and `report`, so a chart on screen and the same
chart on paper are one piece of code.
"""
from .projection_chart import ProjectionChart
from .svg_export import export_svg
from .timeline import TimelineView

__all__ = ["ProjectionChart", "TimelineView", "export_svg"]
