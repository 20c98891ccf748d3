"""The client card's *Supported work* tab: the client's arrangements and new ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ..clients.client_tabs import ClientTab
from ..context import AppContext
from . import vocab
from .dialog import open_arrangement


class SupportedWorkTab(ClientTab):
    key = "supported"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialogs: list = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("arrangements")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.new_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for kind in service.KIND_LABEL_KEYS:
            button = QPushButton(self)
            button.setObjectName(f"new_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.new(k))
            self.new_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openArrangement")
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        from .employment import EmploymentBox

        self.employment = EmploymentBox(context, self)
        self.employment.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.employment)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("&Supported work")

    def reload(self) -> None:
        self.table.setRowCount(0)
        self.employment.load(self.client_id)
        if self.client_id is None:
            return
        rows = service.list_arrangements(self.client_id)
        kinds, states = vocab.kinds(), vocab.states()
        language = self.context.language
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                kinds[row.kind],
                row.counterpart,
                format_date(row.start, language),
                format_date(row.end, language),
                states[row.state],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (row.kind, row.id))
                self.table.setItem(index, column, item)
        self.open_button.setEnabled(bool(rows))

    def new(self, kind: str):
        if self.client_id is None:
            return None
        dialog = open_arrangement(self.context, kind, self.client_id, None, self, self._saved)
        if dialog is not None:
            self.dialogs.append(dialog)
        return dialog

    def open_selected(self):
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is None or self.client_id is None:
            return None
        kind, arrangement_id = item.data(Qt.ItemDataRole.UserRole)
        dialog = open_arrangement(
            self.context, kind, self.client_id, arrangement_id, self, self._saved
        )
        self.dialogs.append(dialog)
        return dialog

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Work trials, wage-subsidised employments and rehabilitative work activity "
                "of this client. Open one to edit it, print the agreement and record its signing."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Arrangement"),
                self.tr("Where"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("State"),
            ]
        )
        self.new_buttons["work_trial"].setText(self.tr("New &work trial..."))
        self.new_buttons["wage_subsidy"].setText(self.tr("New wage-subsidised &employment..."))
        self.new_buttons["rehab_work"].setText(self.tr("New &rehabilitative work activity..."))
        self.open_button.setText(self.tr("&Open..."))
        if self.client_id is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
