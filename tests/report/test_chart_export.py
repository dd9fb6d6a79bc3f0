"""Projection chart export to PNG and SVG (with the pyqtgraph 0.14 SVG workaround)."""
import xml.dom.minidom

from PySide6.QtGui import QImage

from briefing.cli import main


def test_png_chart_export(qapp, seeded, tmp_path):
    target = tmp_path / "chart.png"
    assert main(["--db", str(seeded.path), "export", str(target)]) == 0
    image = QImage(str(target))
    assert image.width() == 1600 and image.height() == 900


def test_svg_chart_export_is_valid_svg(qapp, seeded, tmp_path):
    target = tmp_path / "chart.svg"
    assert main(["--db", str(seeded.path), "export", str(target), "--scenario", "isw"]) == 0
    doc = xml.dom.minidom.parse(str(target))
    assert doc.documentElement.tagName == "svg"
    assert doc.getElementsByTagName("path") or doc.getElementsByTagName("polyline")
    assert "Remaining strength" in target.read_text(encoding="utf-8")


def test_unknown_scenario_for_a_chart_is_a_usage_error(qapp, seeded, tmp_path, capsys):
    assert main(["--db", str(seeded.path), "export", str(tmp_path / "c.png"),
                 "--scenario", "nope"]) == 2
    assert "no scenario 'nope'" in capsys.readouterr().err
