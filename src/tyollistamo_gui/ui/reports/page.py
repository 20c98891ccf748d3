"""The Reports page: choose a period and filters, read the figures and charts, drill down, export.

Managers and administrators only (the services refuse everyone else; the
navigation hides the page from them). The table and the charts are filled from
the same computed report, so they always agree.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...documents.report import CHARTED, ReportLabels, charts
from ...documents.texts import DocumentTexts
from ...domain.clients import SERVICE_KINDS
from ...domain.reports import InvalidPeriod, Report, ReportCriteria, period_of
from ...services import report_export, reports
from ...services.database import DatabaseUnavailable
from ...services.session import AccessDenied
from ..context import AppContext
from ..widgets import DateField, FieldError, heading
from ..workers import Worker, run_in_worker
from .chart_view import ChartView
from .drill_dialog import DrillDownDialog

FIGURE_ROLE = Qt.ItemDataRole.UserRole
FILE_FILTERS = {"xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)", "pdf": "PDF (*.pdf)"}


class ReportsPage(QWidget):
    open_client = Signal(int)
    finished = Signal()  # a computation, drill-down or export has ended (tests wait for it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsPage")
        self.context = context
        self.loaded = False
        self.report: Report | None = None
        self.worker: Worker | None = None
        self.refused = False
        self.drill_dialog: DrillDownDialog | None = None
        self.labels = self._labels()
        today = clock.today()

        self.title = heading(self)
        self.period_kind = QComboBox(self)
        self.period_kind.setObjectName("periodKind")
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.number = QComboBox(self)
        self.number.setObjectName("periodNumber")
        self.start = DateField(self)
        self.start.setObjectName("periodStart")
        self.start.set_date(dt.date(today.year, 1, 1))
        self.end = DateField(self)
        self.end.setObjectName("periodEnd")
        self.end.set_date(today)
        self.staff = QComboBox(self)
        self.staff.setObjectName("staffFilter")
        self.service = QComboBox(self)
        self.service.setObjectName("serviceFilter")
        self.compute_button = QPushButton(self)
        self.compute_button.setObjectName("computeButton")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_actions: dict[str, QAction] = {}
        for key in ("xlsx", "csv", "pdf-fi", "pdf-sv"):
            action = self.export_menu.addAction("")
            action.setObjectName(f"export_{key}")
            action.triggered.connect(lambda checked=False, k=key: self.export(k))
            self.export_actions[key] = action
        self.export_button.setMenu(self.export_menu)
        self.export_button.setEnabled(False)
        self.period_error = FieldError(self)
        self.error = FieldError(self)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)

        self.table = QTreeWidget(self)
        self.table.setObjectName("figureTable")
        self.table.setColumnCount(3)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.header()
        # Long Finnish and Swedish names are shown whole; the table scrolls sideways instead.
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.itemActivated.connect(self._figure_activated)

        self.chart_titles: dict[str, QLabel] = {}
        self.chart_views: dict[str, ChartView] = {}
        chart_panel = QWidget(self)
        chart_layout = QVBoxLayout(chart_panel)
        for section in CHARTED:
            label = QLabel(chart_panel)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            label.setWordWrap(True)
            view = ChartView(chart_panel)
            view.setObjectName(f"chart_{section}")
            view.clicked.connect(lambda key, s=section: self.drill_down(s, key))
            chart_layout.addWidget(label)
            chart_layout.addWidget(view)
            self.chart_titles[section] = label
            self.chart_views[section] = view
        chart_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("chartScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(chart_panel)

        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_kind)
        period_row.addWidget(self.year)
        period_row.addWidget(self.number)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        period_row.addWidget(self.from_label)
        period_row.addWidget(self.start)
        period_row.addWidget(self.to_label)
        period_row.addWidget(self.end)
        period_row.addStretch(1)
        self.period_label = QLabel(self)
        self.staff_label = QLabel(self)
        self.service_label = QLabel(self)
        self.period_label.setBuddy(self.period_kind)
        self.staff_label.setBuddy(self.staff)
        self.service_label.setBuddy(self.service)
        period_field = QVBoxLayout()
        period_field.setSpacing(2)
        period_field.addLayout(period_row)
        period_field.addWidget(self.period_error)
        self.form.addRow(self.period_label, period_field)
        self.form.addRow(self.staff_label, self.staff)
        self.form.addRow(self.service_label, self.service)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.retranslateUi()
        self.period_kind.setCurrentIndex(0)
        self._period_kind_changed()
        self.compute_shortcut = QAction(self)
        self.compute_shortcut.setShortcut(QKeySequence("F5"))
        self.compute_shortcut.triggered.connect(self.compute)
        self.addAction(self.compute_shortcut)

    # -- texts ------------------------------------------------------------------------------------

    def _labels(self) -> ReportLabels:
        language = self.context.language
        return ReportLabels(DocumentTexts(language if language in ("fi", "sv") else "en"))

    def retranslateUi(self) -> None:
        self.labels = self._labels()
        self.title.setText(self.tr("Reports"))
        self.period_label.setText(self.tr("&Period:"))
        self.staff_label.setText(self.tr("S&taff member:"))
        self.service_label.setText(self.tr("Ser&vice:"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.compute_button.setText(self.tr("&Show figures"))
        self.export_button.setText(self.tr("&Export"))
        self.export_actions["xlsx"].setText(self.tr("Excel workbook (XLSX)..."))
        self.export_actions["csv"].setText(self.tr("CSV for Excel (semicolons)..."))
        self.export_actions["pdf-fi"].setText(self.tr("PDF in Finnish..."))
        self.export_actions["pdf-sv"].setText(self.tr("PDF in Swedish..."))
        self.year.setAccessibleName(self.tr("Year"))
        self.number.setAccessibleName(self.tr("Quarter or month"))
        self.start.edit.setAccessibleName(self.tr("First day"))
        self.end.edit.setAccessibleName(self.tr("Last day"))
        self.table.setAccessibleName(self.tr("Figures"))
        self.table.setHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("Based on")])
        kind = self.period_kind.currentIndex()
        self.period_kind.blockSignals(True)
        self.period_kind.clear()
        for text in (self.tr("Year"), self.tr("Quarter"), self.tr("Month"), self.tr("Custom")):
            self.period_kind.addItem(text)
        self.period_kind.setCurrentIndex(max(kind, 0))
        self.period_kind.blockSignals(False)
        self._fill_numbers()
        service = self.service.currentData()
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        for kind_key in SERVICE_KINDS:
            self.service.addItem(self.labels.service(kind_key), kind_key)
        self.service.setCurrentIndex(max(self.service.findData(service), 0))
        if self.staff.count():
            self.staff.setItemText(0, self.tr("All staff members"))
        if self.report is not None:
            self._show(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the period -------------------------------------------------------------------------------

    def _kind(self) -> str:
        return ("year", "quarter", "month", "custom")[max(self.period_kind.currentIndex(), 0)]

    def _fill_numbers(self) -> None:
        kind = self._kind()
        previous = self.number.currentIndex()
        self.number.clear()
        if kind == "quarter":
            for quarter in range(1, 5):
                self.number.addItem(self.tr("Q%1").replace("%1", str(quarter)), quarter)
        elif kind == "month":
            for month in range(1, 13):
                self.number.addItem(self.labels.month(f"2000-{month:02d}").split()[0], month)
        if previous >= 0 and previous < self.number.count():
            self.number.setCurrentIndex(previous)

    def _period_kind_changed(self) -> None:
        kind = self._kind()
        today = clock.today()
        self._fill_numbers()
        if kind == "quarter":
            self.number.setCurrentIndex((today.month - 1) // 3)
        elif kind == "month":
            self.number.setCurrentIndex(today.month - 1)
        custom = kind == "custom"
        self.year.setVisible(not custom)
        self.number.setVisible(kind in ("quarter", "month"))
        for widget in (self.from_label, self.start, self.to_label, self.end):
            widget.setVisible(custom)

    def set_period(self, kind: str, year: int | None = None, number: int | None = None) -> None:
        """Choose the period as a user would (tests and other pages)."""
        self.period_kind.setCurrentIndex(("year", "quarter", "month", "custom").index(kind))
        if year is not None:
            self.year.setValue(year)
        if number is not None:
            self.number.setCurrentIndex(number - 1)

    def criteria(self) -> ReportCriteria | None:
        """The period and filters chosen; None (and a message by the field) when not valid."""
        self.period_error.show_message("")
        kind = self._kind()
        try:
            if kind == "custom":
                start, end = self.start.date(), self.end.date()
                if start is None or end is None:
                    self.period_error.show_message(self.tr("Give the first and the last day."))
                    return None
                if end < start:
                    self.period_error.show_message(self.tr("The last day is before the first day."))
                    return None
            else:
                number = self.number.currentData() or 1
                start, end = period_of(kind, self.year.value(), number)
        except (ValueError, InvalidPeriod):
            self.period_error.show_message(self.tr("Write the dates as d.m.yyyy."))
            return None
        return ReportCriteria(start, end, self.staff.currentData(), self.service.currentData())

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the staff filter (the figures are computed when the user asks)."""
        self.loaded = True
        chosen = self.staff.currentData()
        self.staff.clear()
        self.staff.addItem(self.tr("All staff members"), None)
        try:
            members = reports.staff_members()
        except AccessDenied:
            self._refused()
            return
        except DatabaseUnavailable:
            self._unavailable()
            return
        for member in members:
            self.staff.addItem(member.name, member.id)
        self.staff.setCurrentIndex(max(self.staff.findData(chosen), 0))

    def _refused(self) -> None:
        self.refused = True
        self.error.show_message(self.tr("Reports are for managers and administrators."))
        self.compute_button.setEnabled(False)

    def _unavailable(self) -> None:
        self.error.show_message(
            self.tr("The database cannot be reached just now; try again in a moment.")
        )

    def _run(self, title: str, function: Callable[..., object], *args, done) -> Worker:
        """Run a service call in a worker thread; its result goes to ``done`` on this thread."""
        self.error.show_message("")
        worker = run_in_worker(self, title, function, *args)
        worker.succeeded.connect(done)
        worker.failed.connect(lambda exc, w=worker: self._failed(w, exc))
        worker.finished.connect(lambda: self._set_busy(False))
        self._set_busy(True)
        self.worker = worker
        return worker

    def _set_busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy and not self.refused)
        self.export_button.setEnabled(not busy and self.report is not None)
        if not busy:
            self.finished.emit()

    def _failed(self, worker: Worker, exc: BaseException) -> None:
        if isinstance(exc, AccessDenied):
            self._refused()
        elif isinstance(exc, DatabaseUnavailable):
            self._unavailable()
        elif isinstance(exc, OSError):
            self.error.show_message(
                self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc))
            )
        elif worker.exc_info is not None:
            # Not one the user can act on: the crash handler logs it and says so.
            sys.excepthook(*worker.exc_info)

    def compute(self) -> None:
        criteria = self.criteria()
        if criteria is None:
            return
        self.status.setText(self.tr("Computing..."))
        self._run(
            self.tr("Computing the report"), reports.compute_report, criteria, done=self._show
        )

    # -- showing ----------------------------------------------------------------------------------

    def _show(self, report: Report) -> None:
        self.report = report
        labels = self.labels
        self.table.clear()
        bold = QFont(self.table.font())
        bold.setBold(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for figure in report.figures:
            parent = sections.get(figure.section)
            if parent is None:
                parent = QTreeWidgetItem([labels.section(figure.section)])
                parent.setFont(0, bold)
                self.table.addTopLevelItem(parent)
                parent.setFirstColumnSpanned(True)
                parent.setExpanded(True)
                sections[figure.section] = parent
            item = QTreeWidgetItem(
                [
                    labels.figure(figure.section, figure.key),
                    labels.value(figure),
                    labels.basis(figure),
                ]
            )
            item.setData(0, FIGURE_ROLE, (figure.section, figure.key))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, self.tr("Enter or double-click: the clients behind this figure"))
            parent.addChild(item)
        for parent in sections.values():
            parent.setExpanded(True)
        for section, title in self.chart_titles.items():
            title.setText(labels.section(section))
            self.chart_views[section].set_chart(
                lambda width, s=section: charts(report, labels, width)[s]
            )
        first = self.figure_item("clients", "served")
        if first is not None:
            self.table.setCurrentItem(first)
        self.export_button.setEnabled(True)
        period = labels.criteria(report)[0][1]
        self.status.setText(self.tr("Figures for %1.").replace("%1", period))

    def figure_item(self, section: str, key: str) -> QTreeWidgetItem | None:
        for row in range(self.table.topLevelItemCount()):
            parent = self.table.topLevelItem(row)
            for index in range(parent.childCount()):
                item = parent.child(index)
                if item.data(0, FIGURE_ROLE) == (section, key):
                    return item
        return None

    def figure_text(self, section: str, key: str) -> str:
        """The value shown for a figure ("" when not shown)."""
        item = self.figure_item(section, key)
        return item.text(1) if item is not None else ""

    # -- drill-down -------------------------------------------------------------------------------

    def _figure_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        figure = item.data(0, FIGURE_ROLE)
        if figure:
            self.drill_down(*figure)

    def drill_down(self, section: str, key: str) -> None:
        """List the clients behind a figure (in a worker; the dialog opens when they are read)."""
        if self.report is None:
            return
        report = self.report
        self._run(
            self.tr("Finding the clients"),
            reports.figure_clients,
            report.criteria,
            section,
            key,
            done=lambda drill: self._show_clients(report, drill),
        )

    def _show_clients(self, report: Report, drill: reports.DrillDown) -> DrillDownDialog:
        labels = self.labels
        name = f"{labels.section(drill.section)}: {labels.figure(drill.section, drill.key)}"
        period = labels.criteria(report)[0][1]
        dialog = DrillDownDialog(self.context, drill, name, period, self)
        dialog.open_client.connect(self.open_client)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drill_dialog = dialog
        dialog.show()
        return dialog

    # -- export -----------------------------------------------------------------------------------

    def ask_path(self, kind: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), suggested, FILE_FILTERS[kind]
        )
        return path

    def export(self, choice: str) -> None:
        if self.report is None:
            return
        kind, _, language = choice.partition("-")
        if not language:
            language = self.context.language if self.context.language in ("fi", "sv") else "en"
        report = self.report
        criteria = report.criteria
        suggested = f"{self.labels.title}_{criteria.start:%Y%m%d}-{criteria.end:%Y%m%d}.{kind}"
        path = self.ask_path(kind, str(Path.home() / suggested))
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path = f"{path}.{kind}"
        self._run(
            self.tr("Exporting the report"),
            report_export.export_report,
            report,
            Path(path),
            kind,
            language,
            done=lambda written: self.status.setText(
                self.tr("Saved %1.").replace("%1", Path(str(written)).name)
            ),
        )
