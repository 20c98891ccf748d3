"""The report's charts, drawn once with ReportLab graphics for the PDF and for the screen.

A chart is a ReportLab ``Drawing``: the PDF places it as a flowable, and the
Reports page shows the same drawing as SVG (``renderSVG``, pure Python) through
QtSvg, so the installer grows by nothing. Bars run horizontally so that long
Finnish and Swedish names sit on one line beside their bar; the label column is
as wide as the longest label needs. Each chart knows the band of every category
(``Chart.band_at``), so a click on a bar can open the clients behind it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import register_fonts

_CLIP_PATH = re.compile(r"<clipPath\b.*?</clipPath>", re.DOTALL)
_STYLE = re.compile(r'style="([^"]*)"')
BAR_COLOUR = colors.HexColor("#2f6f9f")
LINE_COLOUR = colors.HexColor("#b5482b")
GRID_COLOUR = colors.HexColor("#d5dbe0")
FONT_SIZE = 8
BAR_ROW = 17  # points per category of a bar chart
PADDING = 6


@dataclass
class Chart:
    """A drawing and the band each category occupies (drawing coordinates, y up)."""

    drawing: Drawing
    keys: tuple[str, ...]
    bands: tuple[tuple[float, float, float, float], ...]  # x, y, width, height

    def band_at(self, x: float, y: float) -> str | None:
        """The key of the category at the point (x, y), or None."""
        for key, (bx, by, width, height) in zip(self.keys, self.bands, strict=True):
            if bx <= x <= bx + width and by <= y <= by + height:
                return key
        return None

    def svg(self) -> bytes:
        """The drawing as SVG that QtSvg draws as ReportLab does.

        QtSvg (SVG Tiny) has no clip paths: it would paint renderSVG's page-sized
        clip rectangle black over the chart. The clip is not needed (nothing is
        drawn outside the drawing), so it is left out.
        """
        from reportlab.graphics import renderSVG

        text = renderSVG.drawToString(self.drawing)
        text = _CLIP_PATH.sub("", text).replace(' style="clip-path: url(#clip)"', "")
        # A line has no fill in ReportLab; in SVG an unstated fill is black, and QtSvg
        # does not know renderSVG's "None".
        text = text.replace("fill: None", "fill: none")
        text = _STYLE.sub(lambda m: m.group(0) if "fill:" in m.group(1) else
                          f'style="{m.group(1)} fill: none;"', text)  # fmt: skip
        return text.encode("utf-8")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    step = 1.0
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 5, 10):
        if step * factor >= value:
            return step * factor
    return step * 10


def bar_chart(
    items: Sequence[tuple[str, str, float | None]],
    width: float,
    value_text: Callable[[float], str],
) -> Chart:
    """Horizontal bars: ``items`` are (key, label, value); None draws no bar."""
    font = register_fonts()
    labels = [label for _, label, _ in items]
    values = [float(value or 0) for _, _, value in items]
    label_width = max((stringWidth(text, font, FONT_SIZE) for text in labels), default=0) + 8
    value_width = max((stringWidth(value_text(v), font, FONT_SIZE) for v in values), default=0)
    height = BAR_ROW * max(len(items), 1) + 2 * PADDING
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = PADDING + label_width
    chart.y = PADDING
    chart.width = max(width - chart.x - value_width - 3 * PADDING, 40)
    chart.height = height - 2 * PADDING
    chart.data = [values]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0))
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = False
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1  # the first item on top
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = GRID_COLOUR
    chart.categoryAxis.visibleTicks = False
    chart.barLabelFormat = value_text
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    band = chart.height / max(len(items), 1)
    bands = tuple(
        (0.0, chart.y + chart.height - (index + 1) * band, float(width), band)
        for index in range(len(items))
    )
    return Chart(drawing, tuple(key for key, _, _ in items), bands)


def line_chart(
    items: Sequence[tuple[str, str, float | None]],
    width: float,
    value_text: Callable[[float], str],
    height: float = 150,
) -> Chart:
    """A line over the categories (months), a marker and its value at each point."""
    font = register_fonts()
    values = [float(value or 0) for _, _, value in items]
    labels = [label for _, label, _ in items]
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    longest = max((stringWidth(text, font, FONT_SIZE) for text in labels), default=0)
    # Month names stand up when they would not fit side by side.
    slanted = longest + 4 > (width - 60) / max(len(items), 1)
    bottom = (longest * 0.75 + 10) if slanted else 18
    chart.x = 36
    chart.y = bottom
    chart.width = width - chart.x - 2 * PADDING
    chart.height = height - bottom - 16
    chart.data = [values]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = LINE_COLOUR
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=LINE_COLOUR)
    chart.lineLabelFormat = value_text
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = FONT_SIZE - 0.5
    chart.lineLabels.dy = 7
    chart.valueAxis.valueMin = 0
    top = _nice_max(max(values, default=0) * 1.15)
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = top / 4 if top >= 4 else 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = FONT_SIZE
    chart.valueAxis.labelTextFormat = value_text
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_COLOUR
    chart.valueAxis.strokeColor = GRID_COLOUR
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.strokeColor = GRID_COLOUR
    if slanted:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    count = max(len(items), 1)
    band = chart.width / count
    bands = tuple((chart.x + index * band, 0.0, band, float(height)) for index in range(len(items)))
    return Chart(drawing, tuple(key for key, _, _ in items), bands)


def empty_note(width: float, text: str) -> Drawing:
    """A one-line drawing saying there is nothing to chart."""
    font = register_fonts()
    drawing = Drawing(width, 20)
    drawing.add(String(0, 6, text, fontName=font, fontSize=FONT_SIZE + 1))
    return drawing
