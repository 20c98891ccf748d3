"""Named form fields with their messages: build a form quickly, show findings next to fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.findings import Finding
from .messages import finding_text
from .widgets import CheckedLineEdit, DateField, FieldError


class FieldSet:
    """Input widgets by field name; each has an error label directly below it.

    ``holder(name)`` is what goes into a layout; ``input(name)`` is the widget
    that takes focus and is a label's buddy.
    """

    def __init__(self, parent: QWidget):
        self.parent = parent
        self.inputs: dict[str, QWidget] = {}
        self.holders: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}

    def _wrap(self, name: str, widget: QWidget) -> QWidget:
        holder = QWidget(self.parent)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widget.setParent(holder)
        column.addWidget(widget)
        error = FieldError(holder)
        column.addWidget(error)
        holder.setFocusProxy(widget)
        self.inputs[name] = widget
        self.holders[name] = holder
        self.errors[name] = error
        return widget

    def line(self, name: str) -> CheckedLineEdit:
        widget = CheckedLineEdit(self.parent)
        widget.edit.setObjectName(name)
        self.inputs[name] = widget.edit
        self.holders[name] = widget
        self.errors[name] = widget.error
        return widget

    def date(self, name: str) -> DateField:
        widget = DateField(self.parent)
        widget.edit.setObjectName(name)
        self.inputs[name] = widget.edit
        self.holders[name] = widget
        self.errors[name] = widget.error
        return widget

    def combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return self._wrap(name, combo)

    def text(self, name: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 12)
        return self._wrap(name, edit)

    def other(self, name: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        return self._wrap(name, widget)

    def label(self, name: str, text: str) -> QLabel:
        """The label for a field (created on first use), with its buddy and accessible name."""
        label = self.labels.get(name)
        if label is None:
            label = QLabel(self.parent)
            label.setBuddy(self.inputs[name])
            self.labels[name] = label
        label.setText(text)
        self.inputs[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        return label

    # -- values ------------------------------------------------------------------------------

    def value(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.text()

    def set_value(self, name: str, value: object) -> None:
        widget = self.inputs[name]
        holder = self.holders[name]
        if isinstance(holder, DateField):
            holder.set_date(value)  # type: ignore[arg-type]
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        else:
            widget.setText("" if value is None else str(value))

    def date_value(self, name: str) -> dt.date | None:
        """The date typed, or None when empty or unreadable (``date_problems`` reports it)."""
        try:
            return self.holders[name].date()
        except ValueError:
            return None

    def date_problems(self) -> list[Finding]:
        problems = []
        for name, holder in self.holders.items():
            if isinstance(holder, DateField):
                try:
                    holder.date()
                except ValueError:
                    problems.append(Finding("date.format", name))
        return problems

    def fill_combo(self, name: str, items: dict) -> None:
        """Replace a combo's items (code → text), keeping the current choice."""
        combo = self.inputs[name]
        current = combo.currentData()
        combo.clear()
        for code, text in items.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    # -- messages ----------------------------------------------------------------------------

    def show(self, findings: list[Finding]) -> str | None:
        """Show each finding under its field, clear the rest; return the first field named."""
        by_field: dict[str, str] = {}
        for finding in findings:
            by_field.setdefault(finding.field, finding_text(finding))
        first = None
        for name, error in self.errors.items():
            message = by_field.get(name, "")
            holder = self.holders[name]
            if isinstance(holder, CheckedLineEdit):
                holder.set_error(message)
            else:
                error.show_message(message)
            if message and first is None:
                first = name
        return first

    def focus_first_error(self, findings: list[Finding]) -> bool:
        """Show ``findings`` and put the focus on the first field that has one."""
        self.show(findings)
        for name in self.inputs:
            if self.errors[name].text():
                self.inputs[name].setFocus()
                return True
        return False
