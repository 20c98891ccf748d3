"""The Supported work page: every arrangement of the unit, filtered by kind and state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_date
from ...services import supported as service
from ..context import AppContext
from ..widgets import heading
from . import vocab
from .dialog import open_arrangement

ENDING_SOON = "ending_soon"
# The table lists at most this many (the newest start first): a large register has
# tens of thousands of arrangements, more than anyone scrolls through.
SHOWN = 1000


class SupportedWorkPage(QWidget):
    open_client = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SupportedWorkPage")
        self.context = context
        self.loaded = False
        self.dialogs: list = []
        self.title = heading(self)
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.kind_label.setBuddy(self.kind)
        self.state_label = QLabel(self)
        self.state = QComboBox(self)
        self.state.setObjectName("stateFilter")
        self.state_label.setBuddy(self.state)
        self.kind.activated.connect(lambda _i: self.reload())
        self.state.activated.connect(lambda _i: self.reload())
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("allArrangements")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.client_button = QPushButton(self)
        self.client_button.clicked.connect(self.open_selected_client)
        self.rules_button = QPushButton(self)
        self.rules_button.setObjectName("openRules")
        self.rules_button.clicked.connect(self.open_rules)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind)
        filters.addSpacing(12)
        filters.addWidget(self.state_label)
        filters.addWidget(self.state)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rules_button)
        buttons.addStretch(1)
        buttons.addWidget(self.client_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslateUi()

    def reload(self) -> None:
        self.loaded = True
        kind = self.kind.currentData() or None
        state = self.state.currentData() or None
        if state == ENDING_SOON:
            rows = [r for r in service.ending_soon() if kind is None or r.kind == kind]
        else:
            rows = service.list_arrangements(kind=kind, state=state)
        total = len(rows)
        rows = rows[:SHOWN]
        kinds, states = vocab.kinds(), vocab.states()
        language = self.context.language
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                row.client_name,
                kinds[row.kind],
                row.counterpart,
                format_date(row.start, language),
                format_date(row.end, language),
                states[row.state],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(index, column, item)
        if total > len(rows):
            text = self.tr("%n arrangement(s), the newest %1 listed", None, total)
            # Written like %n (no digit grouping), so the two numbers look alike.
            self.summary.setText(text.replace("%1", str(len(rows))))
        else:
            self.summary.setText(self.tr("%n arrangement(s)", None, total))
        self.open_button.setEnabled(bool(rows))
        self.client_button.setEnabled(bool(rows))

    def _selected(self):
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_selected(self):
        row = self._selected()
        if row is None:
            return None
        dialog = open_arrangement(self.context, row.kind, row.client_id, row.id, self, self.reload)
        self.dialogs.append(dialog)
        return dialog

    def open_rules(self):
        """The dated rules table (an administrator may add values)."""
        from .rules_dialog import RulesDialog

        dialog = RulesDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def open_selected_client(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_client.emit(row.client_id)

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Supported work"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.state_label.setText(self.tr("S&tate:"))
        kind, state = self.kind.currentData(), self.state.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for code, text in vocab.kinds().items():
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.state.clear()
        self.state.addItem(self.tr("All states"), "")
        for code, text in vocab.states().items():
            self.state.addItem(text, code)
        self.state.addItem(self.tr("Ending within 14 days"), ENDING_SOON)
        self.state.setCurrentIndex(max(self.state.findData(state), 0))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Arrangement"),
                self.tr("Where"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("State"),
            ]
        )
        self.open_button.setText(self.tr("&Open agreement..."))
        self.client_button.setText(self.tr("Open &client..."))
        self.rules_button.setText(self.tr("&Rules and limits..."))
        if self.loaded:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
