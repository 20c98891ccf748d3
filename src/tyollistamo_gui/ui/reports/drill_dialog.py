"""The clients behind one figure of a report; Enter or a double-click opens a client's card."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services.reports import DrillDown
from ..clients import vocab
from ..context import AppContext
from ..widgets import RememberingDialog, heading

ID_ROLE = Qt.ItemDataRole.UserRole


class ClientRowsModel(QAbstractTableModel):
    """The clients of a drill-down: a model, so that a figure of 70 000 clients opens at once."""

    def __init__(self, rows, statuses: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.statuses = statuses
        self.headers = ["", "", "", ""]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return row.masked_identity_code
        if column == 2:
            return row.responsible_name
        return self.statuses.get(row.status, "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def name(self, row: int) -> str:
        return self.rows[row].name


class DrillDownDialog(RememberingDialog):
    open_client = Signal(int)

    def __init__(
        self,
        context: AppContext,
        drill: DrillDown,
        figure_name: str,
        period: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context.settings, "report_drill_down", parent)
        self.setObjectName("drillDownDialog")
        self.drill = drill
        self.figure_name = figure_name
        self.period = period
        self.title = heading(self, 1.2)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.hidden_note = QLabel(self)
        self.hidden_note.setObjectName("drillDownHidden")
        self.hidden_note.setWordWrap(True)
        self.model = ClientRowsModel(drill.rows, vocab.statuses(), self)
        self.list = QTreeView(self)
        self.list.setObjectName("drillDownList")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.header().setStretchLastSection(True)
        self.list.activated.connect(self._activate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.buttons)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.retranslateUi()
        # Sized on the first rows only: measuring 70 000 would take seconds.
        metrics = self.list.fontMetrics()
        for column in range(3):
            width = max(
                [metrics.horizontalAdvance(self.model.headers[column])]
                + [
                    metrics.horizontalAdvance(str(self.model.index(r, column).data() or ""))
                    for r in range(min(self.model.rowCount(), 200))
                ]
            )
            self.list.setColumnWidth(column, width + 24)
        self.resize(640, 460)
        self.restore_geometry()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Clients behind a figure"))
        self.title.setText(self.figure_name)
        self.summary.setText(
            self.tr(
                "%n client(s) in the period %1. Open a client with Enter or a double-click.",
                "",
                len(self.drill.rows),
            ).replace("%1", self.period)
        )
        self.model.set_headers(
            [self.tr("Name"), self.tr("Identity code"), self.tr("Responsible"), self.tr("Status")]
        )
        self.hidden_note.setText(
            self.tr(
                "%n more client(s) are counted in the figure but not listed: your role does "
                "not give access to their data.",
                "",
                self.drill.hidden,
            )
        )
        self.hidden_note.setVisible(self.drill.hidden > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(int(self.model.index(index.row(), 0).data(ID_ROLE)))
