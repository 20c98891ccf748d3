"""The client card's Coaching tab: the client's job, individual and group coaching."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...formatting import format_date
from ...services import coaching as service
from ..clients.client_tabs import ClientTab
from ..context import AppContext
from . import vocab
from .common import current_key, fill_table, read_only_table
from .pages import open_group, open_individual, open_job_case


class CoachingTab(ClientTab):
    key = "coaching"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.label = QLabel(self)
        self.table = read_only_table(self, 5, "client_coaching")
        self.label.setBuddy(self.table)
        self.new_job_button = QPushButton(self)
        self.new_job_button.setObjectName("new_job_case")
        self.new_individual_button = QPushButton(self)
        self.new_individual_button.setObjectName("new_individual")
        self.open_button = QPushButton(self)
        self.new_job_button.clicked.connect(
            lambda: open_job_case(self.context, None, self.client_id, self.window(), self._changed)
        )
        self.new_individual_button.clicked.connect(
            lambda: open_individual(
                self.context, None, self.client_id, self.window(), self._changed
            )
        )
        self.open_button.clicked.connect(self.open_selected)
        self.table.itemActivated.connect(lambda _i: self.open_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_job_button)
        buttons.addWidget(self.new_individual_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.rows: list[service.ClientCoaching] = []
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("C&oaching")

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        self.rows = service.client_coaching(self.client_id) if self.client_id else []
        language = self.context.language
        kinds = vocab.coaching_kinds()
        states = vocab.states()
        outcomes = vocab.member_outcomes()
        fill_table(
            self.table,
            [
                (
                    kinds[r.kind],
                    r.title,
                    format_date(r.starts_on, language),
                    format_date(r.ends_on, language),
                    states[r.state] + (f" · {outcomes[r.detail]}" if r.detail else ""),
                )
                for r in self.rows
            ],
            list(range(len(self.rows))),
        )

    def open_selected(self):
        index = current_key(self.table)
        if index is None:
            return None
        row = self.rows[index]
        window = self.window()
        if row.kind == "job_coaching":
            return open_job_case(self.context, row.id, None, window, self._changed)
        if row.kind == "individual_coaching":
            return open_individual(self.context, row.id, None, window, self._changed)
        return open_group(self.context, row.id, window, self._changed)

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("The client's &coaching, newest first:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("What"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("State"),
            ]
        )
        self.new_job_button.setText(self.tr("New &job-coaching case..."))
        self.new_individual_button.setText(self.tr("New &individual coaching..."))
        self.open_button.setText(self.tr("O&pen"))
        if self.client_id is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
