"""A shared server's register is older than this version of the app: update it, or wait.

The register is updated once for all workstations, by an administrator of the
unit: they sign in here with their account (read with the columns the
sign-in migration created, so it works on any older register that has
accounts), then the update runs off the GUI thread with its progress shown,
and is audit-logged under their name. Everyone else is told that an
administrator must open the app (or run ``tyollistamo --database URL
upgrade``) first, and gets Retry, Settings… and Exit.

A register older than the sign-in migration has no accounts to check, so it
is updated with the server's own credentials on the command line
(``upgrade``); the dialog explains that and offers no sign-in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from .. import APP_DISPLAY_NAME
from ..services import accounts
from ..services import database as database_service
from ..services.database import (
    SIGN_IN_VERSION,
    DatabaseUnavailable,
    NeedsMigration,
    StorageError,
)
from .sign_in import _FormDialog, locked_text
from .startup_dialogs import server_problem_text

log = logging.getLogger(__name__)

UPGRADE_COMMAND = "tyollistamo --database URL upgrade"


class UpgradeThread(QThread):
    """Runs the update off the GUI thread; the dialog shows its progress."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, url: str, parent=None):
        super().__init__(parent)
        self.url = url

    def run(self) -> None:
        # Nothing may escape a QThread.run override.
        try:
            opened = database_service.upgrade_server(
                self.url,
                progress=lambda stage, done, total: self.progressed.emit(stage, done, total),
            )
        except Exception as exc:
            if not isinstance(exc, StorageError):
                log.exception("updating %s failed", self.url)
            self.failed.emit(exc)
            return
        self.succeeded.emit(opened)


class UpgradeDialog(_FormDialog):
    """What was found, sign-in for an administrator, the update's progress.

    ``outcome`` after ``exec()``: ``upgraded`` (the register is open and, as a
    rule, the administrator signed in), ``retry``, ``settings`` (the settings
    dialog was shown), or None to exit.
    """

    def __init__(
        self, error: NeedsMigration, url: str, context=None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("UpgradeDialog")
        self.error = error
        self.url = url
        self.context = context
        self.outcome: str | None = None
        self.opened = None
        self.user = None  # the administrator, once checked
        self.thread: UpgradeThread | None = None
        self.can_sign_in = error.can_sign_in

        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.layout().insertWidget(2, self.details)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("username", self.username)
        self.add_field("password", self.password)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()
        index = self.layout().indexOf(self.message) + 1
        self.layout().insertWidget(index, self.progress)
        self.layout().insertWidget(index + 1, self.status)

        self.buttons.clear()
        self.update_button = QPushButton(self)
        self.update_button.setObjectName("update")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry")
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("settings")
        self.exit_button = QPushButton(self)
        self.exit_button.setObjectName("exit")
        if self.can_sign_in:
            self.buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.update_button.hide()
            for name in ("username", "password"):
                self.labels[name].hide()
                self.errors[name].hide()
            self.username.hide()
            self.password.hide()
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.exit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry_button.clicked.connect(lambda: self._finish("retry"))
        self.settings_button.clicked.connect(self._settings)
        (self.update_button if self.can_sign_in else self.retry_button).setDefault(True)
        self.setMinimumWidth(560)
        self.retranslateUi()
        if self.can_sign_in:
            self.username.setFocus()

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.title.setText(self.tr("The register must be updated"))
        self.intro.setText(
            self.tr(
                "The register on %1 has schema version %2; this version of Työllistämö "
                "uses schema version %3. The register is updated once, for all workstations."
            )
            .replace("%1", str(self.error.path))
            .replace("%2", str(self.error.found))
            .replace("%3", str(self.error.latest))
        )
        if self.can_sign_in:
            self.details.setText(
                self.tr(
                    "An administrator of the unit can update it now: enter your user name "
                    "and password and choose Sign in and update now. Back up the database "
                    "(pg_dump) first. Other users: ask an administrator to open Työllistämö "
                    "(or to run the command %1), then choose Retry."
                ).replace("%1", UPGRADE_COMMAND)
            )
        else:
            self.details.setText(
                self.tr(
                    "The register is older than version %1 and has no user accounts yet, so "
                    "it cannot be updated from here. The unit's IT updates it with the "
                    "database server's own user name and password by running the command "
                    "%2 (back up the database with pg_dump first). Then choose Retry."
                )
                .replace("%1", str(SIGN_IN_VERSION))
                .replace("%2", UPGRADE_COMMAND)
            )
        self.set_label("username", self.tr("&User name:"), self.username)
        self.set_label("password", self.tr("&Password:"), self.password)
        self.update_button.setText(self.tr("Sign in and &update now"))
        self.retry_button.setText(self.tr("&Retry"))
        self.settings_button.setText(self.tr("&Settings..."))
        self.exit_button.setText(self.tr("E&xit"))

    # -- actions --------------------------------------------------------------------------------

    def _finish(self, outcome: str | None) -> None:
        self.outcome = outcome
        if outcome is None:
            super().reject()
        else:
            super().accept()

    def _settings(self) -> None:
        if self.context is not None:
            from .database_settings import DatabaseSettingsDialog

            DatabaseSettingsDialog(self.context, self).exec()
        self._finish("settings")

    def reject(self) -> None:
        if self.thread is not None:
            return  # an update cannot be cancelled half-way; it ends by itself
        self._finish(None)

    def accept(self) -> None:
        """Update now: check the administrator, then run the update."""
        if self.thread is not None or not self.can_sign_in:
            return
        self.clear_errors()
        if not self.username.text().strip():
            self.errors["username"].show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        try:
            self.user = accounts.check_upgrade_administrator(
                self.url, self.username.text(), self.password.text()
            )
        except accounts.SignInFailed as failed:
            self.password.clear()
            self.password.setFocus()
            self.show_sign_in_failure(failed)
            return
        except StorageError as exc:
            self.message.show_message(server_problem_text(exc))
            self._grow()
            return
        self._start()

    def show_sign_in_failure(self, failed: accounts.SignInFailed) -> None:
        if failed.reason == "locked":
            self.message.show_message(locked_text(failed.until))
        elif failed.reason == "not_administrator":
            self.message.show_message(
                self.tr(
                    "Only an administrator can update the register. Ask an administrator "
                    "to open Työllistämö (or to run the command %1), then choose Retry."
                ).replace("%1", UPGRADE_COMMAND)
            )
        else:
            self.message.show_message(self.tr("The user name or the password is wrong."))
        self._grow()

    def set_running(self, running: bool) -> None:
        """While the update runs nothing else can be done; its progress is shown."""
        for widget in (
            self.username,
            self.password,
            self.update_button,
            self.retry_button,
            self.settings_button,
            self.exit_button,
        ):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self._show_status(self.tr("Updating the register..."))
        else:
            self.status.hide()

    def _grow(self) -> None:
        """Grow the window to show all of a longer text (it never clips)."""
        self.layout().activate()
        needed = self.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _start(self) -> None:
        self.set_running(True)
        self.thread = UpgradeThread(self.url, self)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.start()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self._grow()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if stage == "waiting":
            self.progress.setRange(0, 0)
            self._show_status(
                self.tr(
                    "Another workstation is updating the register just now; waiting for it "
                    "to finish..."
                )
            )
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._show_status(
            self.tr("Updating the register: step %1 of %2...")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )

    def _thread_done(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread = None

    def _succeeded(self, opened) -> None:
        self._thread_done()
        self.opened = opened
        username, password = self.username.text(), self.password.text()
        self.password.clear()
        try:
            # Logged under the administrator who signed in for it.
            database_service.record_schema_upgrade(opened, self.user)
            accounts.sign_in(username, password)
        except (accounts.SignInFailed, DatabaseUnavailable):
            # The register is updated; the usual sign-in follows.
            log.exception("signing in after the update")
        log.info(
            "register %s updated from %s to %s by %s",
            opened.path,
            opened.migrated_from,
            opened.schema_version,
            username,
        )
        self._finish("upgraded")

    def _failed(self, exc: Exception) -> None:
        self._thread_done()
        self.set_running(False)
        if isinstance(exc, StorageError) and not isinstance(exc, DatabaseUnavailable):
            text = server_problem_text(exc)
        else:
            text = self.tr(
                "The update did not finish: %1. Every step is saved completely or not at "
                "all, so the register is at a known version. Choose Sign in and update now "
                "to go on."
            ).replace("%1", getattr(exc, "detail", "") or str(exc) or type(exc).__name__)
        self.message.show_message(text)
        self._grow()


def ask_server_upgrade(
    error: NeedsMigration, context, parent: QWidget | None = None
) -> tuple[str | None, object]:
    """Show the dialog; (outcome, the opened database when the outcome is ``upgraded``)."""
    dialog = UpgradeDialog(error, str(context.database_target()), context, parent)
    dialog.exec()
    return dialog.outcome, dialog.opened
