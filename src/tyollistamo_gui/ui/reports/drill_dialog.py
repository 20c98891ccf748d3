"""The clients behind one figure of a report; Enter or a double-click opens a client's card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.reports import DrillDown
from ..clients import vocab
from ..context import AppContext
from ..widgets import RememberingDialog, heading

ID_ROLE = Qt.ItemDataRole.UserRole


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
        self.list = QTreeWidget(self)
        self.list.setObjectName("drillDownList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._activate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.buttons)
        statuses = vocab.statuses()
        for row in drill.rows:
            item = QTreeWidgetItem(
                [
                    row.name,
                    row.masked_identity_code,
                    row.responsible_name,
                    statuses.get(row.status, ""),
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.retranslateUi()
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
        self.list.setHeaderLabels(
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

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_client.emit(int(item.data(0, ID_ROLE)))
