"""A list of small records (goals, measures, follow-ups, referrals) edited in a dialog each.

The table shows the records; Add, Edit and Remove open a form whose fields are
described by ``FieldSpec``s, with a message next to a field that is missing or wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_date
from ..widgets import CheckedLineEdit, DateField, FieldError

LINE, TEXT, DATE, CHOICE, INFO = "line", "text", "date", "choice", "info"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: Callable[[], str]  # translated when called, so a language change shows
    kind: str = LINE
    required: bool = False
    choices: Callable[[], dict] | None = None  # code -> translated name
    column: bool = True  # shown as a column of the table


def _text_edit(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class RecordDialog(QDialog):
    """A form for one record; ``values()`` after acceptance."""

    def __init__(
        self,
        specs: list[FieldSpec],
        values: dict,
        title: str,
        parent: QWidget | None = None,
        read_only: bool = False,
        date_order: tuple[tuple[str, str], ...] = (),
    ):
        super().__init__(parent)
        self.setObjectName("RecordDialog")
        self.setWindowTitle(title)
        self.specs = specs
        self.date_order = date_order
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            value = values.get(spec.name)
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            if spec.kind == LINE:
                widget = CheckedLineEdit(holder)
                widget.setText(value or "")
                widget.edit.setReadOnly(read_only)
                error = widget.error
                focus = widget.edit
            elif spec.kind == DATE:
                widget = DateField(holder)
                widget.set_date(value)
                widget.edit.setReadOnly(read_only)
                error = widget.error
                focus = widget.edit
            elif spec.kind == TEXT:
                widget = _text_edit(holder)
                widget.setPlainText(value or "")
                widget.setReadOnly(read_only)
                error = FieldError(holder)
                focus = widget
            elif spec.kind == CHOICE:
                widget = QComboBox(holder)
                for code, name in spec.choices().items():
                    widget.addItem(name, code)
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
                widget.setEnabled(not read_only)
                error = FieldError(holder)
                focus = widget
            else:
                widget = QLabel(holder)
                widget.setWordWrap(True)
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                names = spec.choices() if spec.choices else {}
                widget.setText(
                    names.get(value, "") if spec.choices else _display(value, spec, names)
                )
                error = FieldError(holder)
                focus = None
            widget.setObjectName(spec.name)
            (focus or widget).setAccessibleName(spec.label().replace("&", "").rstrip(":"))
            column.addWidget(widget)
            if spec.kind not in (LINE, DATE):
                column.addWidget(error)
            label = QLabel(spec.label(), self)
            if focus is not None:
                label.setBuddy(focus)
            form.addRow(label, holder)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if read_only
            else QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _set_error(self, name: str, message: str) -> None:
        widget = self.widgets[name]
        if isinstance(widget, CheckedLineEdit):
            widget.set_error(message)
        else:
            self.errors[name].show_message(message)

    def values(self) -> dict:
        """The values typed; raises ValueError for a date that is not a date."""
        result = {}
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if spec.kind == LINE:
                result[spec.name] = widget.text().strip()
            elif spec.kind == DATE:
                result[spec.name] = widget.date()
            elif spec.kind == TEXT:
                result[spec.name] = widget.toPlainText().strip()
            elif spec.kind == CHOICE:
                result[spec.name] = widget.currentData()
        return result

    def check(self) -> bool:
        """Show what is missing or wrong next to each field; True when all is well."""
        from ...domain.findings import Finding
        from ..messages import finding_text

        problems: dict[str, str] = {}
        dates: dict[str, dt.date | None] = {}
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if spec.kind == DATE:
                try:
                    dates[spec.name] = widget.date()
                except ValueError:
                    problems[spec.name] = finding_text(Finding("date.format", spec.name))
                    continue
                if spec.required and dates[spec.name] is None:
                    problems[spec.name] = finding_text(Finding("required", spec.name))
            elif spec.required and spec.kind in (LINE, TEXT):
                text = widget.text() if spec.kind == LINE else widget.toPlainText()
                if not text.strip():
                    problems[spec.name] = finding_text(Finding("required", spec.name))
        for start, end in self.date_order:
            if (
                end not in problems
                and dates.get(start) is not None
                and dates.get(end) is not None
                and dates[end] < dates[start]
            ):
                problems[end] = finding_text(Finding("date.order", end))
        for spec in self.specs:
            self._set_error(spec.name, problems.get(spec.name, ""))
        if problems:
            first = next(s for s in self.specs if s.name in problems)
            widget = self.widgets[first.name]
            getattr(widget, "edit", widget).setFocus()
        return not problems

    def accept(self) -> None:
        if self.check():
            super().accept()


def _display(value: object, spec: FieldSpec, names: dict) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value, "fi")
    if spec.kind == CHOICE:
        return names.get(value, "")
    text = str(value)
    first_line = text.splitlines()[0] if text else ""
    return first_line if len(first_line) < 120 else first_line[:117] + "..."


class RecordList(QWidget):
    """A table of records with Add, Edit and Remove; ``changed`` after each."""

    changed = Signal()

    def __init__(
        self,
        specs: list[FieldSpec],
        title: Callable[[], str],
        parent: QWidget | None = None,
        *,
        can_add: bool = True,
        date_order: tuple[tuple[str, str], ...] = (),
    ):
        super().__init__(parent)
        self.specs = specs
        self.title = title
        self.can_add = can_add
        self.date_order = date_order
        self.read_only = False
        self.records: list[dict] = []
        self.dialog: RecordDialog | None = None
        # What adding starts from: e.g. today's date, or the page a referral is made on.
        self.defaults: Callable[[], dict] = dict
        self.columns = [s for s in specs if s.column]
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName("records")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 6)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.add).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.remove)
        self.error = FieldError(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        translate = QCoreApplication.translate
        self.add_button.setText(translate("RecordList", "Add..."))
        self.edit_button.setText(translate("RecordList", "Edit..."))
        self.remove_button.setText(translate("RecordList", "Remove"))
        if self.read_only:
            self.edit_button.setText(translate("RecordList", "Show..."))
        self.table.setHorizontalHeaderLabels(
            [s.label().replace("&", "").rstrip(":") for s in self.columns]
        )
        self.table.setAccessibleName(self.title().replace("&", "").rstrip(":"))
        self.table.setToolTip(
            translate("RecordList", "Insert adds a row, Enter edits it, Delete removes it.")
            if self.can_add and not self.read_only
            else translate("RecordList", "Enter opens the row.")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.retranslateUi()
        self._update_buttons()

    def set_records(self, records: list[dict]) -> None:
        self.records = [dict(r) for r in records]
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, spec in enumerate(self.columns):
                names = spec.choices() if spec.choices else {}
                value = record.get(spec.name)
                text = names.get(value, "") if spec.choices else _display(value, spec, names)
                item = QTableWidgetItem(text)
                item.setToolTip(str(value) if spec.kind == TEXT and value else "")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.add_button.setVisible(self.can_add and not self.read_only)
        self.remove_button.setVisible(self.can_add and not self.read_only)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def show_error(self, message: str) -> None:
        self.error.show_message(message)

    def _open(self, values: dict, on_accept: Callable[[dict], None]) -> RecordDialog:
        dialog = RecordDialog(
            self.specs,
            values,
            self.title().replace("&", "").rstrip(":"),
            self,
            read_only=self.read_only,
            date_order=self.date_order,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        # open(), not exec(): the window stays responsive and tests can type into it.
        dialog.open()
        return dialog

    def _closed(self, dialog: RecordDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.table.setFocus()

    def add(self) -> RecordDialog | None:
        if self.read_only or not self.can_add:
            return None

        defaults = self.defaults()

        def store(values: dict) -> None:
            # Defaults not shown as editable fields (e.g. the page of a referral) are kept.
            self.records.append({**defaults, **values})
            self._fill()
            self.table.selectRow(len(self.records) - 1)
            self.changed.emit()

        return self._open(defaults, store)

    def edit(self) -> RecordDialog | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.records):
            return None

        def store(values: dict) -> None:
            self.records[row] = {**self.records[row], **values}
            self._fill()
            self.table.selectRow(row)
            self.changed.emit()

        return self._open(self.records[row], store)

    def remove(self) -> None:
        row = self.table.currentRow()
        if self.read_only or not self.can_add or row < 0 or row >= len(self.records):
            return
        del self.records[row]
        self._fill()
        if self.records:
            self.table.selectRow(min(row, len(self.records) - 1))
        self.changed.emit()
