"""Shows a report chart (a ReportLab drawing rendered as SVG) and maps clicks to its bars."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...documents.report_charts import Chart

# Drawing points per screen pixel: an 8 pt chart label shows at 10 px.
POINTS_PER_PIXEL = 0.8


class ChartView(QWidget):
    """Draws the chart at the widget's width; a click on a bar emits ``clicked(key)``."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[float], Chart] | None = None
        self.chart: Chart | None = None
        self._renderer = QSvgRenderer(self)
        self._drawn_width = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_chart(self, make: Callable[[float], Chart] | None) -> None:
        """``make(width_in_points)`` draws the chart; it is called again when the width changes."""
        self._make = make
        self._drawn_width = 0
        self._redraw()

    def _redraw(self) -> None:
        width = max(self.width(), self.minimumWidth())
        if self._make is None:
            self.chart = None
            self._renderer.load(QByteArray(b"<svg xmlns='http://www.w3.org/2000/svg'/>"))
        elif width != self._drawn_width:
            self.chart = self._make(width * POINTS_PER_PIXEL)
            self._renderer.load(QByteArray(self.chart.svg()))
        self._drawn_width = width
        self.setFixedHeight(self._height())
        self.update()

    def _height(self) -> int:
        if self.chart is None:
            return 0
        return int(self.chart.drawing.height / POINTS_PER_PIXEL) + 2

    def sizeHint(self) -> QSize:
        return QSize(480, self._height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._make is not None and self.width() != self._drawn_width:
            self._redraw()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        drawing = self.chart.drawing
        target = QRectF(0, 0, drawing.width / POINTS_PER_PIXEL, drawing.height / POINTS_PER_PIXEL)
        self._renderer.render(painter, target)
        painter.end()

    def key_at(self, point: QPointF) -> str | None:
        if self.chart is None:
            return None
        x = point.x() * POINTS_PER_PIXEL
        y = self.chart.drawing.height - point.y() * POINTS_PER_PIXEL
        return self.chart.band_at(x, y)

    def point_of(self, key: str) -> QPointF:
        """The middle of the band of ``key`` in widget pixels (for tests and tooltips)."""
        assert self.chart is not None
        bx, by, width, height = self.chart.bands[self.chart.keys.index(key)]
        x = (bx + width / 2) / POINTS_PER_PIXEL
        y = (self.chart.drawing.height - by - height / 2) / POINTS_PER_PIXEL
        return QPointF(x, y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.key_at(event.position())
            if key is not None:
                self.clicked.emit(key)
        super().mouseReleaseEvent(event)
