"""Small widgets shared by forms: an inline error label and a line edit with one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..formatting import format_date, parse_date


def heading(parent: QWidget, scale: float = 1.4) -> QLabel:
    """A page or dialog heading: the same font, larger and bold."""
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class FieldError(QLabel):
    """A message under a field saying what is wrong; hidden while nothing is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setStyleSheet("QLabel#fieldError { color: #b00020; }")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class CheckedLineEdit(QWidget):
    """A line edit with its error message directly below it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.error = FieldError(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_error(self, message: str) -> None:
        self.error.show_message(message)
        self.edit.setProperty("invalid", bool(message))
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if message else "")


class RememberingDialog(QDialog):
    """A dialog that reopens with the size and place it had when last closed."""

    def __init__(self, settings: QSettings, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._key = f"dialogs/{key}/geometry"

    def restore_geometry(self) -> None:
        value = self._settings.value(self._key)
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)

    def done(self, result: int) -> None:
        self._settings.setValue(self._key, self.saveGeometry())
        super().done(result)


class DateField(CheckedLineEdit):
    """A date typed as d.m.yyyy; empty means no date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit.setMaxLength(10)
        self._retranslate()
        fm = self.edit.fontMetrics()
        self.edit.setMinimumWidth(fm.horizontalAdvance("00.00.00000") + 16)

    def _retranslate(self) -> None:
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "d.m.yyyy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def date(self) -> dt.date | None:
        """The date, or None when empty; raises ValueError when not a date."""
        return parse_date(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value, "fi"))


class WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped cell text a little narrower than the column.

    A table paints a cell one grid line narrower than ``resizeRowsToContents``
    measures it, so a text that just fits the measured width would be elided
    ("högsta belopp per måna...") instead of getting a second line.
    """

    def sizeHint(self, option, index):
        narrower = QStyleOptionViewItem(option)
        narrower.rect.setWidth(max(0, narrower.rect.width() - 2))
        return super().sizeHint(narrower, index)
