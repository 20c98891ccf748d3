"""The client card's Guidance tab: the open process, and the history of earlier ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.errors import ConcurrentEdit
from ...domain.findings import ValidationFailed
from ...formatting import format_date
from ...services import guidance as service
from ...services.database import DatabaseUnavailable
from ..clients.client_tabs import ClientTab
from ..context import AppContext
from ..widgets import heading
from . import vocab
from .records import DATE, TEXT, FieldSpec, RecordDialog
from .wizard import guidance_signals, open_wizard, open_wizards


def interrupt_specs() -> list[FieldSpec]:
    translate = QCoreApplication.translate
    return [
        FieldSpec("reason", lambda: translate("GuidanceTab", "&Reason:"), TEXT, required=True),
        FieldSpec("ended_on", lambda: translate("GuidanceTab", "&Ended on:"), DATE, True),
    ]


class GuidanceTab(ClientTab):
    key = "guidance"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("GuidanceTab")
        self.current: service.ProcessRecord | None = None
        self.history: list[service.ProcessSummary] = []
        self.interrupt_dialog: RecordDialog | None = None
        self.heading_label = heading(self, 1.2)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(self.continue_process)
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("plan")
        self.plan_button.clicked.connect(self.print_plan)
        self.interrupt_button = QPushButton(self)
        self.interrupt_button.setObjectName("interrupt")
        self.interrupt_button.clicked.connect(self.interrupt)
        self.history_label = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("history")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.show_selected())
        self.history_label.setBuddy(self.table)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show")
        self.show_button.clicked.connect(self.show_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.interrupt_button)
        buttons.addStretch(1)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.history_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(history_buttons)
        guidance_signals().changed.connect(self._changed)
        self.retranslateUi()

    def title(self) -> str:
        return QCoreApplication.translate("GuidanceTab", "&Guidance")

    def _changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.reload()
            # The card shows the process's events in its history.
            self.changed.emit()

    def reload(self) -> None:
        if self.client_id is None:
            self.current, self.history = None, []
        else:
            self.current = service.open_process_of(self.client_id)
            self.history = service.list_processes(self.client_id)
        self._fill()

    def _fill(self) -> None:
        translate = QCoreApplication.translate
        language = self.context.language
        statuses = vocab.statuses()
        if self.current is None:
            self.state.setText(translate("GuidanceTab", "No guidance process is open."))
        else:
            data = self.current.data
            self.state.setText(
                translate("GuidanceTab", "%1 since %2, responsible counsellor %3. Now at: %4.")
                .replace("%1", statuses.get(self.current.status, ""))
                .replace("%2", format_date(data.started_on, language) or "—")
                .replace("%3", self.current.counsellor_name or "—")
                .replace("%4", vocab.phases()[self.current.current_phase])
            )
        self.start_button.setVisible(self.current is None)
        self.start_button.setEnabled(self.client_id is not None)
        self.continue_button.setVisible(self.current is not None)
        self.interrupt_button.setVisible(self.current is not None)
        self.plan_button.setVisible(self.current is not None)
        outcomes = vocab.outcomes()
        self.table.setRowCount(len(self.history))
        for row, item in enumerate(self.history):
            if item.status == "completed":
                result = outcomes.get(item.outcome, "")
            elif item.status == "interrupted":
                result = item.interrupted_reason
            else:
                result = ""
            values = [
                format_date(item.started_on, language),
                format_date(item.ended_on, language),
                statuses.get(item.status, item.status),
                result,
                item.counsellor_name,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.show_button.setEnabled(bool(self.history))

    def retranslateUi(self) -> None:
        translate = QCoreApplication.translate
        self.heading_label.setText(translate("GuidanceTab", "Guidance process"))
        self.start_button.setText(translate("GuidanceTab", "&Start a guidance process"))
        self.continue_button.setText(translate("GuidanceTab", "&Continue..."))
        self.interrupt_button.setText(translate("GuidanceTab", "&Interrupt..."))
        self.plan_button.setText(translate("GuidanceTab", "Employment &plan..."))
        self.history_label.setText(translate("GuidanceTab", "All &processes, oldest first:"))
        self.show_button.setText(translate("GuidanceTab", "S&how..."))
        self.table.setHorizontalHeaderLabels(
            [
                translate("GuidanceTab", "Started"),
                translate("GuidanceTab", "Ended"),
                translate("GuidanceTab", "Status"),
                translate("GuidanceTab", "Outcome or reason"),
                translate("GuidanceTab", "Counsellor"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- actions ----------------------------------------------------------------------------

    def start(self):
        if self.client_id is None:
            return None
        translate = QCoreApplication.translate
        staff_id = self.context.current_staff_id()
        try:
            record = service.start_process(
                self.client_id, staff_id, clock.today(), self.context.actor_name()
            )
        except service.ProcessAlreadyOpen:
            self.reload()
            return self.continue_process()
        except ValidationFailed:
            QMessageBox.information(
                self,
                translate("GuidanceTab", "Client closed"),
                translate(
                    "GuidanceTab", "The client is closed. Reopen the client to start a process."
                ),
            )
            return None
        except DatabaseUnavailable:
            self._tell_unavailable()
            return None
        self.reload()
        return open_wizard(self.context, record.id, self.window())

    def continue_process(self):
        if self.current is None:
            return None
        return open_wizard(self.context, self.current.id, self.window())

    def print_plan(self):
        from .plan import preview_plan

        if self.current is None:
            return None
        wizard = open_wizards(self.context).get(self.current.id)
        if wizard is not None:
            return wizard.print_plan()
        return preview_plan(self.context, self.current.id, self.window())

    def show_selected(self):
        row = self.table.currentRow()
        if row < 0:
            return None
        process_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return open_wizard(self.context, process_id, self.window())

    def interrupt(self) -> RecordDialog | None:
        if self.current is None:
            return None
        translate = QCoreApplication.translate
        dialog = RecordDialog(
            interrupt_specs(),
            {"ended_on": clock.today()},
            translate("GuidanceTab", "Interrupt the guidance process"),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        process = self.current
        dialog.accepted.connect(lambda: self._interrupt(process, dialog.values()))
        self.interrupt_dialog = dialog
        dialog.open()
        return dialog

    def _interrupt(self, process: service.ProcessRecord, values: dict) -> None:
        self.interrupt_dialog = None
        # An open wizard saves its draft and closes first, so nothing typed is lost.
        wizard = open_wizards(self.context).get(process.id)
        if wizard is not None:
            wizard.reject()
        try:
            latest = service.get_process(process.id)
            service.interrupt_process(
                latest.id,
                latest.version,
                values["reason"],
                values["ended_on"],
                self.context.actor_name(),
            )
        except (ConcurrentEdit, ValidationFailed):
            QMessageBox.information(
                self,
                QCoreApplication.translate("GuidanceTab", "Not interrupted"),
                QCoreApplication.translate(
                    "GuidanceTab",
                    "The process was changed or ended elsewhere meanwhile. Look at it and try "
                    "again.",
                ),
            )
        except DatabaseUnavailable:
            self._tell_unavailable()
        guidance_signals().changed.emit(process.client_id)
        self.reload()

    def _tell_unavailable(self) -> None:
        translate = QCoreApplication.translate
        QMessageBox.warning(
            self,
            translate("GuidanceTab", "Not saved"),
            translate(
                "GuidanceTab",
                "The database could not be written just now (it may be busy or out of "
                "reach). Nothing was saved. Try again in a moment.",
            ),
        )
