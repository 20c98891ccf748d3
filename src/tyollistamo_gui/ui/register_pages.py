"""Register pages: a heading, a count and a list that loads as you scroll (Employers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import registers
from .table_model import Column, PagedTableModel
from .widgets import heading


class RegisterPage(QWidget):
    """A heading, a count and a table over one register."""

    def __init__(self, columns: list[Column], count, fetch, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = heading(self)
        self.summary = QLabel(self)
        self.model = PagedTableModel(columns, count, fetch, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(80)
        # Size columns by the first rows only: measuring every loaded row costs start-up time.
        header.setResizeContentsPrecision(40)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        self.summary.setBuddy(self.table)

        self.loaded = False

    def reload(self) -> None:
        self.loaded = True
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.model.retranslate()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        raise NotImplementedError


class EmployersPage(RegisterPage):
    """The employer register; Enter or a double click opens the employer's card."""

    open_client = Signal(int)

    def __init__(self, context, parent: QWidget | None = None):
        columns = [
            Column(lambda: QCoreApplication.translate("RegisterPage", "Name"), lambda r: r.name),
            Column(
                lambda: QCoreApplication.translate("RegisterPage", "Business ID"),
                lambda r: r.business_id,
            ),
            Column(
                lambda: QCoreApplication.translate("RegisterPage", "Post office"),
                lambda r: r.post_office,
            ),
        ]
        super().__init__(columns, registers.count_employers, registers.list_employers, parent)
        self.context = context
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_employer")
        self.new_button.clicked.connect(lambda: self.open_employer(None))
        self.bar.addWidget(self.new_button)
        self.table.activated.connect(
            lambda index: self.open_employer(self.model.row_object(index.row()).id)
        )

    def open_employer(self, employer_id: int | None):
        """Open the employer's card (a new one for None) and return it."""
        from .employers.employer_dialog import EmployerDialog

        dialog = EmployerDialog(self.context, employer_id, self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open_client.connect(self.open_client)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def retranslateUi(self) -> None:
        self.title.setText(QCoreApplication.translate("RegisterPage", "Employers"))
        self.table.setAccessibleName(QCoreApplication.translate("RegisterPage", "Employers"))
        total = self.model.total
        self.summary.setText(self.tr("%n employer(s) in the register.", None, total))
        self.new_button.setText(self.tr("&New employer..."))
