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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_date, format_datetime
from ...services import guidance as service
from ..context import AppContext
from ..table_model import Column, PagedTableModel
from ..widgets import heading
from . import vocab
from .wizard import guidance_signals, open_wizard


def _phase(item: service.ProcessSummary) -> str:
    phases = vocab.phases()
    return f"{item.current_phase + 1}. {phases[item.current_phase]}"


class GuidancePage(QWidget):
    open_client = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("GuidancePage")
        self.context = context
        self.loaded = False
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.mine = QCheckBox(self)
        self.mine.setObjectName("mine")
        self.mine.toggled.connect(lambda _c: self.reload())
        self.summary = QLabel(self)
        language = lambda: self.context.language  # noqa: E731 (read at display time)
        translate = QCoreApplication.translate
        columns = [
            Column(lambda: translate("GuidancePage", "Client"), lambda r: r.client_name),
            Column(
                lambda: translate("GuidancePage", "Status"),
                lambda r: vocab.statuses().get(r.status, r.status),
            ),
            Column(lambda: translate("GuidancePage", "Phase"), _phase),
            Column(lambda: translate("GuidancePage", "Counsellor"), lambda r: r.counsellor_name),
            Column(
                lambda: translate("GuidancePage", "Started"),
                lambda r: format_date(r.started_on, language()),
            ),
            Column(
                lambda: translate("GuidancePage", "Last saved"),
                lambda r: format_datetime(r.updated_at, language()),
            ),
        ]
        self.model = PagedTableModel(columns, self._count, self._fetch, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("processes")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)
        self.table.doubleClicked.connect(lambda _i: self.continue_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
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

    def _counsellor(self) -> int | None:
        return self.context.current_staff_id() if self.mine.isChecked() else None

    def _count(self) -> int:
        return service.count_unfinished_drafts(self._counsellor())

    def _fetch(self, offset: int, limit: int) -> list[service.ProcessSummary]:
        return service.unfinished_drafts(self._counsellor(), offset, limit)

    def _changed(self, _client_id: int) -> None:
        if self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        self.model.reload()
        self.table.resizeColumnsToContents()
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n open process(es).", None, self.model.total))

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.continue_button.setEnabled(selected)
        self.card_button.setEnabled(selected)

    def _selected(self) -> service.ProcessSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_object(rows[0].row())

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
        if self.loaded:
            self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.model.retranslate()
        super().changeEvent(event)
