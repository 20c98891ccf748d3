"""The Guidance page: open guidance processes (unfinished drafts), to continue where left off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_date, format_datetime
from ...services import guidance as service
from ..context import AppContext
from ..widgets import heading
from . import vocab
from .wizard import guidance_signals, open_wizard


class GuidancePage(QWidget):
    open_client = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("GuidancePage")
        self.context = context
        self.loaded = False
        self.rows: list[service.ProcessSummary] = []
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.mine = QCheckBox(self)
        self.mine.setObjectName("mine")
        self.mine.toggled.connect(lambda _c: self.reload())
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("processes")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.continue_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.continue_selected).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.summary.setBuddy(self.table)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(self.continue_selected)
        self.card_button = QPushButton(self)
        self.card_button.setObjectName("card")
        self.card_button.clicked.connect(self._open_card)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        guidance_signals().changed.connect(self._changed)
        self.retranslateUi()

    def _changed(self, _client_id: int) -> None:
        if self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        staff_id = self.context.current_staff_id() if self.mine.isChecked() else None
        self.rows = service.unfinished_drafts(staff_id)
        self._fill()

    def _fill(self) -> None:
        language = self.context.language
        statuses = vocab.statuses()
        phases = vocab.phases()
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            values = [
                item.client_name,
                statuses.get(item.status, item.status),
                f"{item.current_phase + 1}. {phases[item.current_phase]}",
                item.counsellor_name,
                format_date(item.started_on, language),
                format_datetime(item.updated_at, language),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.summary.setText(self.tr("%n open process(es).", None, len(self.rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.continue_button.setEnabled(selected)
        self.card_button.setEnabled(selected)

    def _selected(self) -> service.ProcessSummary | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def continue_selected(self):
        item = self._selected()
        if item is None:
            return None
        return open_wizard(self.context, item.id, self.window())

    def _open_card(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_client.emit(item.client_id)

    def retranslateUi(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("GuidancePage", "Guidance"))
        self.intro.setText(
            translate(
                "GuidancePage",
                "Guidance processes that are open. Continue one where it was left off, or "
                "start a new one from the client's card (Guidance tab).",
            )
        )
        self.mine.setText(translate("GuidancePage", "Only &mine"))
        self.continue_button.setText(translate("GuidancePage", "&Continue..."))
        self.card_button.setText(translate("GuidancePage", "Open client &card"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("GuidancePage", "Client"),
                translate("GuidancePage", "Status"),
                translate("GuidancePage", "Phase"),
                translate("GuidancePage", "Counsellor"),
                translate("GuidancePage", "Started"),
                translate("GuidancePage", "Last saved"),
            ]
        )
        if self.loaded:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
