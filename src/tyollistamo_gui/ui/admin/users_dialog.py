"""The administrator's list of users: add, edit roles and team, deactivate, reset passwords."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import access
from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...services import accounts
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..sign_in import _FormDialog, _password_edit
from ..widgets import RememberingDialog


def role_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "counsellor": translate("Roles", "Counsellor"),
        "coach": translate("Roles", "Coach"),
        "manager": translate("Roles", "Manager"),
        "administrator": translate("Roles", "Administrator"),
    }


class UserDialog(_FormDialog):
    """Add a user (with a first password) or edit one."""

    def __init__(self, account: accounts.Account | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UserDialog")
        self.account = account
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("display_name")
        self.roles_box = QWidget(self)
        roles_layout = QVBoxLayout(self.roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in access.ROLES:
            check = QCheckBox(self.roles_box)
            check.setObjectName(f"role_{role}")
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        self.team.setEditable(True)
        self.team.addItem("")
        self.team.addItems(accounts.list_teams())
        self.active = QCheckBox(self)
        self.active.setObjectName("active")
        self.password = _password_edit(self, "password")
        self.add_field("username", self.username)
        self.add_field("display_name", self.display_name)
        self.add_field("roles", self.roles_box)
        self.add_field("team", self.team)
        self.add_field("active", self.active)
        self.add_field("password", self.password)
        if account is None:
            self.active.setChecked(True)
            self.active.setEnabled(False)
        else:
            self.username.setText(account.username)
            self.username.setReadOnly(True)
            self.display_name.setText(account.display_name)
            for role, check in self.role_checks.items():
                check.setChecked(role in account.roles)
            self.team.setCurrentText(account.team)
            self.active.setChecked(account.active)
            self.password.setEnabled(False)
            self.labels["password"].hide()
            self.password.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        adding = self.account is None
        self.setWindowTitle(self.tr("Add user") if adding else self.tr("Edit user"))
        self.title.setText(self.windowTitle())
        self.intro.setText(
            self.tr(
                "Counsellors and coaches see the clients of their own and their team's; "
                "managers read all clients; administrators manage users, settings, "
                "retention and backups but see no client data unless also counsellors."
            )
        )
        self.set_label("username", self.tr("&User name:"), self.username)
        self.set_label("display_name", self.tr("&Full name:"), self.display_name)
        self.labels["roles"].setText(self.tr("Roles:"))
        for role, name in role_names().items():
            self.role_checks[role].setText(name)
        self.set_label("team", self.tr("&Team:"), self.team)
        self.set_label("active", self.tr("Account:"), self.active)
        self.active.setText(self.tr("&Active (may sign in)"))
        self.set_label("password", self.tr("&First password:"), self.password)
        self.password.setPlaceholderText(self.tr("the user changes it at first sign-in"))

    def roles(self) -> frozenset[str]:
        return frozenset(role for role, check in self.role_checks.items() if check.isChecked())

    def accept(self) -> None:
        self.clear_errors()
        try:
            if self.account is None:
                self.account = accounts.create_account(
                    self.username.text(),
                    self.display_name.text(),
                    self.roles(),
                    self.team.currentText(),
                    self.password.text(),
                )
            else:
                self.account = accounts.update_account(
                    self.account.id,
                    self.account.version,
                    self.display_name.text(),
                    self.roles(),
                    self.team.currentText(),
                    self.active.isChecked(),
                )
        except ValidationFailed as failed:
            self.show_findings(failed.findings)
            return
        except ConcurrentEdit:
            self.message.show_message(
                self.tr("Someone else changed this user meanwhile. Close and open it again.")
            )
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        super().accept()


class ResetPasswordDialog(_FormDialog):
    def __init__(self, account: accounts.Account, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResetPasswordDialog")
        self.account = account
        self.password = _password_edit(self, "password")
        self.repeat = _password_edit(self, "repeat")
        self.add_field("password", self.password)
        self.add_field("repeat", self.repeat)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.title.setText(self.account.display_name)
        self.intro.setText(
            self.tr(
                "Give the user a new password in person. They must change it when they "
                "next sign in. A locked account is opened too."
            )
        )
        self.set_label("password", self.tr("&New password:"), self.password)
        self.set_label("repeat", self.tr("&Repeat the new password:"), self.repeat)

    def accept(self) -> None:
        self.clear_errors()
        if self.password.text() != self.repeat.text():
            self.show_findings([Finding("password.mismatch", "repeat")])
            return
        try:
            accounts.reset_password(self.account.id, self.password.text())
        except ValidationFailed as failed:
            self.show_findings(failed.findings)
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        super().accept()


class UsersDialog(RememberingDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "users", parent)
        self.setObjectName("UsersDialog")
        self.context = context
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("users")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_user")
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.accounts: list[accounts.Account] = []
        self.resize(760, 460)
        self.restore_geometry()
        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Users and roles"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Roles"),
                self.tr("Team"),
                self.tr("State"),
            ]
        )
        self.add_button.setText(self.tr("&Add user..."))
        self.edit_button.setText(self.tr("&Edit..."))
        self.reset_button.setText(self.tr("&Reset password..."))
        # Only the texts: a language change must not query the database (it may come while
        # nobody is signed in, and an exception here would escape into Qt).
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reload(self) -> None:
        self.accounts = accounts.list_accounts()
        self._fill()

    def _fill(self) -> None:
        names = role_names()
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            if not account.active:
                state = self.tr("inactive")
            elif not account.has_password:
                state = self.tr("no password")
            elif account.locked_until is not None:
                state = self.tr("locked after wrong passwords")
            else:
                state = self.tr("active")
            values = (
                account.display_name,
                account.username,
                ", ".join(names[r] for r in access.ROLES if r in account.roles),
                account.team,
                state,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, column, item)

    def selected(self) -> accounts.Account | None:
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def add_user(self) -> None:
        if UserDialog(None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_user(self) -> None:
        account = self.selected()
        if account is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose a user first."))
            return
        if UserDialog(account, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose a user first."))
            return
        if ResetPasswordDialog(account, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
