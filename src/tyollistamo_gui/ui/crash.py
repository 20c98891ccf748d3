"""Unexpected errors: written to the log and shown as a readable dialog, never a silent exit."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("tyollistamo.crash")


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` (and the threading one)."""

    def __init__(self, log_path: Path):
        super().__init__()
        self.log_path = log_path
        self._showing = False
        self._pending = ""
        self.shown_count = 0

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def handle(
        self, exc_type: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.critical("unexpected error", exc_info=(exc_type, value, tb))
        import traceback

        self._pending = "".join(traceback.format_exception(exc_type, value, tb))
        # The dialog must open on the GUI thread, whichever thread failed.
        QMetaObject.invokeMethod(self, "show_dialog", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def show_dialog(self) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        self.shown_count += 1
        try:
            self.dialog().exec()
        finally:
            self._showing = False

    def dialog(self) -> QMessageBox:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("CrashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "Työllistämö ran into an unexpected error. What you saved earlier "
                "is safe; the action you were doing may not have been completed.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog",
                "The details have been written to the log file %1. "
                "Please send it to your support person.",
            ).replace("%1", str(self.log_path))
        )
        box.setDetailedText(self._pending)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box
