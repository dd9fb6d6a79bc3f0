"""Nothing is painted outside the plot: SVG output keeps no clip region."""
import numpy as np

from briefing.charts.clipping import clip_polygon, clip_polyline
from briefing.charts.scene import Box

BOX = Box(0, 0, 10, 10)


def test_a_line_leaving_and_coming_back_is_cut_into_two_pieces():
    pieces = clip_polyline(np.array([2, 5, 8]), np.array([5, 20, 5]), BOX)
    assert len(pieces) == 2
    for piece in pieces:
        assert piece[:, 0].min() >= 0 and piece[:, 0].max() <= 10
        assert piece[:, 1].min() >= 0 and piece[:, 1].max() <= 10 + 1e-9
    assert np.allclose(pieces[0][-1], [3, 10])


def test_a_line_wholly_outside_draws_nothing():
    assert clip_polyline(np.array([20, 30]), np.array([1, 2]), BOX) == []


def test_a_polygon_is_cut_to_the_box():
    square = clip_polygon(np.array([-5, 15, 15, -5]), np.array([-5, -5, 5, 5]), BOX)
    assert square[:, 0].min() == 0 and square[:, 0].max() == 10
    assert square[:, 1].min() == 0 and square[:, 1].max() == 5
