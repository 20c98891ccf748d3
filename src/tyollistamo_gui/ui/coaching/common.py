"""Small pieces the coaching windows share: tables, pick lists, a client chooser."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...services import clients as client_service
from ...services.employers import employer_choices
from ...services.staff import list_staff
from ..global_search import GlobalSearch


class ClientChooser(GlobalSearch):
    """Type part of a name or identity code, pick the client; ``client_id`` is the choice."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.open_client.connect(self._choose)
        self.textEdited.connect(self._typed)

    def _choose(self, client_id: int) -> None:
        self.client_id = client_id
        self.setText(client_service.get_client(client_id).display_name)
        self.chosen.emit(client_id)

    def _typed(self, _text: str) -> None:
        self.client_id = None

    def retranslateUi(self) -> None:
        self.setPlaceholderText(
            QCoreApplication.translate("Coaching", "Type a name or identity code, then choose")
        )
        self.setAccessibleName(QCoreApplication.translate("Coaching", "Client"))


def read_only_table(parent: QWidget, columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence = ()) -> None:
    """Put ``rows`` of text into ``table``; ``keys[i]`` is kept on row i (UserRole)."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if row < len(keys):
                item.setData(Qt.ItemDataRole.UserRole, keys[row])
            table.setItem(row, column, item)


def current_key(table: QTableWidget):
    """The key of the selected row, or None."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def fill_staff(combo: QComboBox, selected: int | None) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("Coaching", "(nobody)"), None)
    for member in list_staff():
        combo.addItem(member.display_name, member.id)
    combo.setCurrentIndex(max(combo.findData(selected), 0))


def fill_employers(combo: QComboBox, selected: int | None) -> None:
    """Every employer by name; the combo is editable so typing finds one."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.clear()
    combo.addItem("", None)
    for employer in employer_choices():
        combo.addItem(f"{employer.name} ({employer.business_id})", employer.id)
    combo.setCurrentIndex(max(combo.findData(selected), 0))


def combo_choice(combo: QComboBox):
    """The chosen item's data; for an editable combo, only when the text names an item."""
    if combo.isEditable():
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else None
    return combo.currentData()


def tell_unavailable(parent: QWidget) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Coaching", "Not saved"),
        QCoreApplication.translate(
            "Coaching",
            "The database could not be written just now. Nothing was saved; what you typed "
            "is still here. Try again in a moment.",
        ),
    )


def tell_changed(parent: QWidget) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Coaching", "Changed on another workstation"),
        QCoreApplication.translate(
            "Coaching",
            "Someone else saved this after you opened it. Nothing was saved; close and open "
            "it again to see their version.",
        ),
    )
