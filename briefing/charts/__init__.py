"""Charts shared by the window, present mode, the pack and exported images.

Above the workspace and below both `ui` and `report`. The data a chart shows is read once
into Qt-free figures (`projection_data`, `timeline_data`); the window draws them with
pyqtgraph for interaction, and everything else lays them out (`*_layout`, `axes`) into a
`scene` that `painting` draws on any device, so a chart on screen and the same chart on
paper show the same lines in the same colours.
"""
from .projection_chart import ProjectionChart
from .timeline import TimelineView

__all__ = ["ProjectionChart", "TimelineView"]
