"""Signing in: the first administrator, the sign-in and lock dialogs, passwords, reasons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_DISPLAY_NAME
from ..domain import access
from ..domain.findings import Finding, ValidationFailed
from ..services import accounts
from ..services.database import DatabaseUnavailable
from .messages import finding_text
from .widgets import FieldError, heading

log = logging.getLogger(__name__)


def access_text(finding: Finding) -> str:
    """Sentences for the findings of accounts and passwords."""
    translate = QCoreApplication.translate
    texts = {
        "password.too_short": translate(
            "AccessFindings", "The password must have at least %1 characters."
        ).replace("%1", str(finding.params.get("minimum", access.MIN_PASSWORD_LENGTH))),
        "password.too_simple": translate(
            "AccessFindings", "The password is too simple: use different characters."
        ),
        "password.is_username": translate(
            "AccessFindings", "The password cannot be the user name."
        ),
        "password.mismatch": translate("AccessFindings", "The passwords are not the same."),
        "password.wrong": translate("AccessFindings", "The current password is not right."),
        "username.invalid": translate(
            "AccessFindings", "Use letters, digits, dots, hyphens and underscores only."
        ),
        "username.taken": translate("AccessFindings", "This user name is already in use."),
        "users.last_administrator": translate(
            "AccessFindings", "The unit must keep at least one active administrator."
        ),
    }
    return texts.get(finding.code) or finding_text(finding)


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def locked_text(until) -> str:
    when = QLocale().toString(until.time(), QLocale.FormatType.ShortFormat) if until else ""
    return QCoreApplication.translate(
        "SignIn", "Too many wrong passwords. The account is locked until %1."
    ).replace("%1", when)


class _FormDialog(QDialog):
    """A small dialog: heading, intro, a form with an error under each field, OK and Cancel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.message = FieldError(self)
        self.message.setObjectName("message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.setMinimumWidth(460)

    def add_field(self, name: str, edit: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(edit)
        error = FieldError(self)
        error.setObjectName(f"{name}_error")
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit)
        box.addWidget(error)
        self.form.addRow(label, box)
        self.labels[name] = label
        self.errors[name] = error

    def set_label(self, name: str, text: str, edit: QWidget) -> None:
        self.labels[name].setText(text)
        edit.setAccessibleName(text.replace("&", "").rstrip(":"))

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.message.show_message("")

    def show_findings(self, findings: list[Finding]) -> None:
        first = None
        for finding in findings:
            error = self.errors.get(finding.field)
            if error is None:
                self.message.show_message(access_text(finding))
                continue
            if not error.text():
                error.show_message(access_text(finding))
            first = first or finding.field
        if first:
            buddy = self.labels[first].buddy()
            if buddy is not None:
                buddy.setFocus()

    def show_unavailable(self) -> None:
        self.message.show_message(
            QCoreApplication.translate(
                "SignIn", "The database could not be used just now. Nothing was saved; try again."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # overridden
        pass


class FirstAdministratorDialog(_FormDialog):
    """First start: the unit's first administrator creates their account."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FirstAdministratorDialog")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("display_name")
        self.password = _password_edit(self, "password")
        self.repeat = _password_edit(self, "repeat")
        for name, edit in (
            ("username", self.username),
            ("display_name", self.display_name),
            ("password", self.password),
            ("repeat", self.repeat),
        ):
            self.add_field(name, edit)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.title.setText(self.tr("Welcome to Työllistämö"))
        self.intro.setText(
            self.tr(
                "Create the account of the unit's first administrator. The administrator "
                "adds the other users and their roles. Remember the password: it is stored "
                "only in a form that cannot be turned back into the password."
            )
        )
        self.set_label("username", self.tr("&User name:"), self.username)
        self.set_label("display_name", self.tr("&Full name:"), self.display_name)
        self.set_label("password", self.tr("&Password:"), self.password)
        self.set_label("repeat", self.tr("&Repeat the password:"), self.repeat)
        self.password.setPlaceholderText(
            self.tr("at least %n characters", None, access.MIN_PASSWORD_LENGTH)
        )

    def accept(self) -> None:
        self.clear_errors()
        if self.password.text() != self.repeat.text():
            self.show_findings([Finding("password.mismatch", "repeat")])
            return
        try:
            accounts.create_first_administrator(
                self.username.text(), self.display_name.text(), self.password.text()
            )
        except ValidationFailed as failed:
            self.show_findings(failed.findings)
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        super().accept()


class SignInDialog(_FormDialog):
    """Every start: user name and password."""

    def __init__(self, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setText(username)
        self.password = _password_edit(self, "password")
        self.add_field("username", self.username)
        self.add_field("password", self.password)
        self.retranslateUi()
        (self.password if username else self.username).setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.title.setText(self.tr("Sign in"))
        self.intro.setText(self.tr("Sign in with your user name and password."))
        self.set_label("username", self.tr("&User name:"), self.username)
        self.set_label("password", self.tr("&Password:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))

    def accept(self) -> None:
        self.clear_errors()
        try:
            accounts.sign_in(self.username.text(), self.password.text())
        except accounts.SignInFailed as failed:
            self.password.clear()
            self.password.setFocus()
            if failed.reason == "locked":
                self.message.show_message(locked_text(failed.until))
            else:
                self.message.show_message(self.tr("The user name or the password is wrong."))
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        super().accept()


class ChangePasswordDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, *, required: bool = False):
        super().__init__(parent)
        self.setObjectName("ChangePasswordDialog")
        self.required = required
        self.old_password = _password_edit(self, "old_password")
        self.new_password = _password_edit(self, "new_password")
        self.repeat = _password_edit(self, "repeat")
        self.add_field("old_password", self.old_password)
        self.add_field("new_password", self.new_password)
        self.add_field("repeat", self.repeat)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.title.setText(self.tr("Change password"))
        self.intro.setText(
            self.tr("Your password was set by an administrator. Choose a password of your own.")
            if self.required
            else self.tr("Choose a new password.")
        )
        self.set_label("old_password", self.tr("&Current password:"), self.old_password)
        self.set_label("new_password", self.tr("&New password:"), self.new_password)
        self.set_label("repeat", self.tr("&Repeat the new password:"), self.repeat)
        self.new_password.setPlaceholderText(
            self.tr("at least %n characters", None, access.MIN_PASSWORD_LENGTH)
        )

    def accept(self) -> None:
        self.clear_errors()
        if self.new_password.text() != self.repeat.text():
            self.show_findings([Finding("password.mismatch", "repeat")])
            return
        try:
            accounts.change_password(self.old_password.text(), self.new_password.text())
        except ValidationFailed as failed:
            self.show_findings(failed.findings)
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        super().accept()


class LockDialog(_FormDialog):
    """Shown over a locked workstation: the same user's password opens it again."""

    def __init__(self, display_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LockDialog")
        self.display_name = display_name
        self.password = _password_edit(self, "password")
        self.add_field("password", self.password)
        self.quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.retranslateUi()
        self.password.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.title.setText(self.tr("Työllistämö is locked"))
        self.intro.setText(
            self.tr("Signed in: %1. Enter your password to continue.").replace(
                "%1", self.display_name
            )
        )
        self.set_label("password", self.tr("&Password:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("Sign out and &quit"))

    def accept(self) -> None:
        self.clear_errors()
        try:
            accounts.unlock(self.password.text())
        except accounts.SignInFailed as failed:
            self.password.clear()
            if failed.reason == "locked":
                self.message.show_message(locked_text(failed.until))
            else:
                self.message.show_message(self.tr("The password is wrong."))
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        super().accept()


class ReasonDialog(QDialog):
    """A counsellor opens a client who is not theirs: why? The reason is logged."""

    def __init__(self, client_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.client_name = client_name
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reason for opening"))
        self.title.setText(self.client_name)
        self.intro.setText(
            self.tr(
                "This client is not yours or your team's. You may open the client's data "
                "only for a work-related reason. The reason and your name are recorded in "
                "the audit log, and the client may ask to see it."
            )
        )
        self.label.setText(self.tr("&Reason:"))
        self.ok_button.setText(self.tr("&Open"))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def sign_in_interactively(
    parent: QWidget | None = None, *, smoke_test: bool = False, signed_in: bool = False
) -> bool:
    """First start or every start: True when someone is signed in.

    ``signed_in``: the user signed in already (an administrator who updated the
    server's register); only a required password change is left.
    """
    if not signed_in:
        first = accounts.needs_first_administrator()
        log.info("asking for the first administrator" if first else "asking to sign in")
        dialog = FirstAdministratorDialog(parent) if first else SignInDialog(parent)
        if smoke_test:
            # Start-up checks end when the first window has been shown.
            QTimer.singleShot(0, dialog.reject)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    user = accounts.session.current_user()
    if user is not None and user.must_change_password:
        change = ChangePasswordDialog(parent, required=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            accounts.sign_out()
            return False
    return True
