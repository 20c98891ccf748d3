"""The report's charts: long names fit, clicks map to bars, the SVG suits QtSvg."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tyollistamo_gui.documents.fonts import register_fonts
from tyollistamo_gui.documents.report_charts import FONT_SIZE, bar_chart, line_chart

LONG = "Arbetsverksamhet i rehabiliteringssyfte"  # the longest service name in Swedish
ITEMS = [("guidance", "Ohjaus", 83), ("rehabilitative_work", LONG, 28), ("other", "Muu", None)]


def test_bar_labels_get_the_room_the_longest_needs():
    chart = bar_chart(ITEMS, 300, str)
    bars = chart.drawing.contents[0]
    needed = stringWidth(LONG, register_fonts(), FONT_SIZE)
    assert bars.x >= needed  # the label column holds the whole name
    assert bars.x + bars.width <= 300
    assert bars.categoryAxis.categoryNames == ["Ohjaus", LONG, "Muu"]


def test_a_click_finds_the_bar_under_it_first_on_top():
    chart = bar_chart(ITEMS, 300, str)
    height = chart.drawing.height
    assert chart.band_at(150, height - 10) == "guidance"
    assert chart.band_at(10, 12) == "other"  # on the label counts too
    assert chart.band_at(150, height + 5) is None


def test_months_on_a_line_map_to_their_month():
    items = [(f"2025-{m:02d}", f"m{m}", m * 10) for m in range(1, 13)]
    chart = line_chart(items, 400, str)
    x, _y, width, height = chart.bands[2]
    assert chart.band_at(x + width / 2, height / 2) == "2025-03"
    assert chart.band_at(1, height / 2) is None  # the value axis


def test_svg_draws_in_qtsvg_as_in_the_pdf():
    svg = line_chart([("a", "tammi", 3), ("b", "helmi", 5)], 300, str).svg().decode()
    assert "<clipPath" not in svg and "clip-path" not in svg  # QtSvg paints it black
    assert "fill: None" not in svg  # QtSvg does not know "None": black fill under the line
    assert "tammi" in svg and "helmi" in svg


def test_all_zero_values_still_draw():
    chart = bar_chart([("a", "A", 0), ("b", "B", 0)], 200, str)
    assert chart.drawing.contents[0].valueAxis.valueMax == 1
