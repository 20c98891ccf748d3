"""The Clients page: search as you type, filters, and the list that loads as you scroll."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_datetime
from ...services import client_search as service
from ..context import AppContext
from ..table_model import Column, PagedTableModel
from ..widgets import heading
from . import vocab

SEARCH_DELAY_MS = 150
NAME_COLUMN, LAST_EVENT_COLUMN = 0, 4


class ClientListModel(PagedTableModel):
    """Clients matching a SearchFilter; sorts by name or by last event."""

    def __init__(self, context: AppContext, parent=None):
        align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns = [
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Identity code"), lambda r: r.masked_identity_code),
            Column(lambda: self.tr("Responsible"), lambda r: r.responsible_name),
            Column(
                lambda: self.tr("Services in progress"),
                lambda r: ", ".join(vocab.service_kinds().get(k, k) for k in r.services),
            ),
            Column(
                lambda: self.tr("Last event"),
                lambda r: format_datetime(r.last_event_at, self.context.language),
                align_right,
            ),
            Column(lambda: self.tr("Status"), lambda r: vocab.statuses().get(r.status, "")),
        ]
        super().__init__(
            columns,
            lambda: service.count(self.filter),
            lambda offset, limit: service.search(self.filter, offset, limit),
            parent=parent,
        )
        self.context = context
        self.filter = service.SearchFilter()

    def client_id(self, row: int) -> int:
        return self.row_object(row).id

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = "last_event" if column == LAST_EVENT_COLUMN else "name"
        if wanted != self.filter.order:
            self.filter = service.SearchFilter(**{**self.filter.__dict__, "order": wanted})
            self.reload()


class ClientsPage(QWidget):
    open_client = Signal(object)  # a client id, or None for a new client

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self.title = heading(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("client_search")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status_label = QLabel(self)
        self.status_label.setBuddy(self.status)
        self.service = QComboBox(self)
        self.service.setObjectName("service_filter")
        # Long service names must not make the window wider than small screens.
        self.service.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.service.setMinimumContentsLength(12)
        self.service_label = QLabel(self)
        self.service_label.setBuddy(self.service)
        self.mine = QCheckBox(self)
        self.mine.setObjectName("my_clients")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_client")
        self.new_button.clicked.connect(lambda: self.open_client.emit(None))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_clients")
        self.export_button.clicked.connect(self.export)
        self.export_status = QLabel(self)
        self.export_status.setObjectName("export_status")
        self.export_status.setWordWrap(True)
        self._export_worker = None
        self.summary = QLabel(self)

        self.model = ClientListModel(context, self)
        self.table = QTableView(self)
        self.table.setObjectName("client_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._update_summary)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.activated.connect(lambda _i: self.apply_filter())
        self.service.activated.connect(lambda _i: self.apply_filter())
        self.mine.toggled.connect(lambda _c: self.apply_filter())
        # Down arrow from the search box moves into the list.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.table.setFocus)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)

        # Two rows, so that long Finnish and Swedish labels fit a small screen.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addSpacing(12)
        search_row.addWidget(self.new_button)
        search_row.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status)
        filters.addSpacing(12)
        filters.addWidget(self.service_label)
        filters.addWidget(self.service)
        filters.addSpacing(12)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.export_status)
        self.retranslateUi()

    # -- filtering --------------------------------------------------------------------------

    def current_filter(self) -> service.SearchFilter:
        staff_id = self.context.current_staff_id() if self.mine.isChecked() else None
        return service.SearchFilter(
            query=self.search.text(),
            status=self.status.currentData() or "active",
            staff_id=staff_id,
            order=self.model.filter.order,
            service_kind=self.service.currentData(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.filter = self.current_filter()
        self.reload()

    def reload(self) -> None:
        self.loaded = True
        self.model.filter = self.current_filter()
        self.model.reload()
        if not self.table.horizontalHeader().sectionsMoved():
            self.table.resizeColumnsToContents()
        # Counting every match can take a few milliseconds more than showing
        # the first rows; the count follows as soon as the rows are on screen.
        self.summary.setText("")
        self._summary_timer.start()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _header_clicked(self, column: int) -> None:
        order = (
            Qt.SortOrder.DescendingOrder
            if column == LAST_EVENT_COLUMN
            else (Qt.SortOrder.AscendingOrder)
        )
        if column not in (NAME_COLUMN, LAST_EVENT_COLUMN):
            column = LAST_EVENT_COLUMN if self.model.filter.order == "last_event" else NAME_COLUMN
            order = self.table.horizontalHeader().sortIndicatorOrder()
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)
        self._update_summary()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self.model.client_id(index.row()))

    def open_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            self._activated(indexes[0])

    def export(self) -> None:
        """Save the list as it is filtered now to an XLSX or CSV file (in a worker)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from ...services import client_export
        from ..workers import run_in_worker

        if self._export_worker is not None and self._export_worker.is_running():
            return
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, semicolon-separated (*.csv)")
        start = Path(str(self.context.settings.value("export/folder", "") or Path.home()))
        name = self.tr("clients") + ".xlsx"
        chosen, kind = QFileDialog.getSaveFileName(
            self, self.tr("Export the client list"), str(start / name), f"{xlsx};;{csv}"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if kind == csv else ".xlsx"))
        self.context.settings.setValue("export/folder", str(path.parent))
        self.export_status.setText("")
        worker = run_in_worker(
            self,
            self.tr("Exporting the client list"),
            client_export.export_clients,
            self.current_filter(),
            path,
            self.context.language,
        )
        worker.succeeded.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self._export_worker = worker

    def _exported(self, result) -> None:
        text = self.tr("Exported %n client(s) to %1.", None, result.count).replace(
            "%1", result.path.name
        )
        if result.limited:
            text += " " + self.tr("Only your own clients and your team's are in the file.")
        self.export_status.setText(text)

    def _export_failed(self, exc: BaseException) -> None:
        import sys

        from ...services.database import DatabaseUnavailable
        from ...services.session import AccessDenied
        from ..workers import show_error

        if isinstance(exc, OSError):
            self.export_status.setText(
                self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc))
            )
        elif isinstance(exc, DatabaseUnavailable | AccessDenied):
            show_error(self, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- texts ------------------------------------------------------------------------------

    def _update_summary(self) -> None:
        total = self.model.total
        if self.model.filter.query.strip():
            text = self.tr("%n client(s) match the search.", None, total)
        else:
            text = self.tr("%n client(s).", None, total)
        self.summary.setText(text)

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Clients"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, part of a name or identity code"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.status_label.setText(self.tr("S&how:"))
        current = self.status.currentData() or "active"
        self.status.clear()
        for code, text in (
            ("active", self.tr("Active clients")),
            ("closed", self.tr("Closed clients")),
            ("all", self.tr("All clients")),
        ):
            self.status.addItem(text, code)
        self.status.setCurrentIndex(self.status.findData(current))
        self.service_label.setText(self.tr("Ser&vice:"))
        current_service = self.service.currentData()
        self.service.clear()
        self.service.addItem(self.tr("Any or none"), None)
        for code, text in vocab.service_kinds().items():
            self.service.addItem(text, code)
        self.service.setCurrentIndex(max(self.service.findData(current_service), 0))
        self.mine.setText(self.tr("&My clients"))
        has_me = self.context.current_staff_id() is not None
        self.mine.setEnabled(has_me)
        self.mine.setToolTip(
            "" if has_me else self.tr("Choose who you are in Settings to see your own clients.")
        )
        self.new_button.setText(self.tr("&New client..."))
        self.export_button.setText(self.tr("E&xport..."))
        self.export_button.setToolTip(
            self.tr("Save the clients of this list, as searched and filtered, to a spreadsheet.")
        )
        self.table.setAccessibleName(self.tr("Clients"))
        self.model.retranslate()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
