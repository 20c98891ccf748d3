"""Settings › Database: the embedded SQLite file or a shared PostgreSQL server.

The server's address, database, user and TLS mode go into settings.ini; the
password only into the OS credential store. A change takes effect the next
time the app starts (the open windows keep working on the current database).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import database as database_service
from ..services.database import SSL_MODES, ServerSettings
from .context import AppContext
from .startup_dialogs import problem_text
from .widgets import CheckedLineEdit, RememberingDialog

SERVER_FIELDS = ("host", "database", "user")


class DatabasePage(QWidget):
    """The choice of database, with *Test connection*; ``save()`` stores it."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, editable: bool = True
    ):
        super().__init__(parent)
        self.context = context
        self.editable = editable  # only an administrator changes the database
        self.setObjectName("DatabasePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.embedded = QRadioButton(self)
        self.embedded.setObjectName("embedded")
        self.embedded_path = QLabel(str(context.database_path), self)
        self.embedded_path.setObjectName("embedded_path")
        self.embedded_path.setWordWrap(True)
        self.embedded_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server = QRadioButton(self)
        self.server.setObjectName("server")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.embedded)
        self.choice.addButton(self.server)

        self.server_box = QWidget(self)
        form = QFormLayout(self.server_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, CheckedLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in SERVER_FIELDS:
            field = CheckedLineEdit(self.server_box)
            field.setObjectName(name)
            field.edit.setObjectName(f"{name}_edit")
            field.edit.textEdited.connect(self._changed)
            self.fields[name] = field
            self.labels[name] = QLabel(self.server_box)
            self.labels[name].setBuddy(field.edit)
        self.port = QSpinBox(self.server_box)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.valueChanged.connect(self._changed)
        self.port_label = QLabel(self.server_box)
        self.port_label.setBuddy(self.port)
        self.password = QLineEdit(self.server_box)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textEdited.connect(self._password_edited)
        self.password_label = QLabel(self.server_box)
        self.password_label.setBuddy(self.password)
        self.password_hint = QLabel(self.server_box)
        self.password_hint.setWordWrap(True)
        self.sslmode = QComboBox(self.server_box)
        self.sslmode.setObjectName("sslmode")
        for mode in SSL_MODES:
            self.sslmode.addItem("", mode)
        self.sslmode.currentIndexChanged.connect(self._changed)
        self.sslmode_label = QLabel(self.server_box)
        self.sslmode_label.setBuddy(self.sslmode)
        form.addRow(self.labels["host"], self.fields["host"])
        form.addRow(self.port_label, self.port)
        form.addRow(self.labels["database"], self.fields["database"])
        form.addRow(self.labels["user"], self.fields["user"])
        form.addRow(self.password_label, self.password)
        form.addRow("", self.password_hint)
        form.addRow(self.sslmode_label, self.sslmode)
        self.test_button = QPushButton(self.server_box)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(self.server_box)
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        form.addRow("", self.test_result)
        self.restart_hint = QLabel(self)
        self.restart_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.embedded)
        embedded_row = QHBoxLayout()
        embedded_row.addSpacing(24)
        embedded_row.addWidget(self.embedded_path, 1)
        layout.addLayout(embedded_row)
        layout.addWidget(self.server)
        server_row = QHBoxLayout()
        server_row.addSpacing(24)
        server_row.addWidget(self.server_box, 1)
        layout.addLayout(server_row)
        layout.addWidget(self.restart_hint)
        layout.addStretch(1)

        self._password_touched = False
        self._load()
        self.embedded.toggled.connect(self._update_enabled)
        self.retranslateUi()
        self._update_enabled()

    # -- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Where the client register is kept. A unit whose staff share one register "
                "from several workstations keeps it on a PostgreSQL server."
            )
        )
        self.embedded.setText(self.tr("&Embedded database on this computer"))
        self.server.setText(self.tr("&PostgreSQL server, shared by several workstations"))
        self.labels["host"].setText(self.tr("&Server:"))
        self.labels["database"].setText(self.tr("&Database:"))
        self.labels["user"].setText(self.tr("U&ser:"))
        self.port_label.setText(self.tr("P&ort:"))
        self.password_label.setText(self.tr("Pass&word:"))
        self.password_hint.setText(
            self.tr(
                "The password is kept in the operating system's credential store, "
                "not in the settings file."
            )
        )
        self.sslmode_label.setText(self.tr("&Encryption (TLS):"))
        descriptions = {
            "disable": self.tr("No encryption"),
            "allow": self.tr("Only if the server requires it"),
            "prefer": self.tr("If the server offers it"),
            "require": self.tr("Always, without checking the server's certificate"),
            "verify-ca": self.tr("Always, certificate signed by a trusted authority"),
            "verify-full": self.tr("Always, certificate checked for this server name"),
        }
        for index, mode in enumerate(SSL_MODES):
            self.sslmode.setItemText(index, f"{descriptions[mode]} ({mode})")
        self.fields["host"].edit.setPlaceholderText(self.tr("db.example.fi"))
        self.fields["database"].edit.setPlaceholderText("tyollistamo")
        self.fields["user"].edit.setPlaceholderText("tyollistamo")
        if self._has_password() and not self._password_touched:
            self.password.setPlaceholderText(self.tr("(stored)"))
        else:
            self.password.setPlaceholderText("")
        self.test_button.setText(self.tr("&Test connection"))
        if self.editable:
            self.restart_hint.setText(
                self.tr("A change of database takes effect when Työllistämö is started again.")
            )
        else:
            self.restart_hint.setText(self.tr("Only an administrator can change the database."))
        for name in SERVER_FIELDS:
            self.fields[name].edit.setAccessibleName(
                self.labels[name].text().replace("&", "").rstrip(":")
            )
        self._validate(show=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state --------------------------------------------------------------------------------

    def _load(self) -> None:
        server = self.context.server_settings()
        uses_server = self.context.settings.value("database/kind", "sqlite") == "postgresql"
        if server is not None:
            self.fields["host"].setText(server.host)
            self.port.setValue(server.port)
            self.fields["database"].setText(server.database)
            self.fields["user"].setText(server.user)
            self.sslmode.setCurrentIndex(SSL_MODES.index(server.sslmode))
        else:
            self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        (self.server if uses_server and server else self.embedded).setChecked(True)

    def _has_password(self) -> bool:
        settings = self.server_settings()
        return bool(settings.host and settings.user) and database_service.has_stored_password(
            settings
        )

    def _update_enabled(self) -> None:
        self.embedded.setEnabled(self.editable)
        self.server.setEnabled(self.editable)
        self.server_box.setEnabled(self.editable and self.server.isChecked())
        self.embedded_path.setEnabled(self.embedded.isChecked())

    def _changed(self, *_args) -> None:
        self.test_result.clear()
        self._validate(show=False)

    def _password_edited(self, _text: str) -> None:
        self._password_touched = True
        self.test_result.clear()

    def server_settings(self) -> ServerSettings:
        """What the form says, with the password typed (if any) for testing."""
        password = self.password.text() if self._password_touched else None
        return ServerSettings(
            host=self.fields["host"].text().strip(),
            port=self.port.value(),
            database=self.fields["database"].text().strip(),
            user=self.fields["user"].text().strip(),
            sslmode=self.sslmode.currentData() or "prefer",
            password=password or None,
        )

    def _validate(self, show: bool) -> bool:
        if not self.server.isChecked():
            for field in self.fields.values():
                field.set_error("")
            return True
        ok = True
        for field in self.fields.values():
            missing = not field.text().strip()
            ok = ok and not missing
            if show or not missing:
                field.set_error(self.tr("Required for a server.") if missing else "")
        return ok

    def validate(self) -> bool:
        """Show what is missing; True when the choice can be saved."""
        return not self.editable or self._validate(show=True)

    def first_error(self) -> QWidget | None:
        for name in SERVER_FIELDS:
            if self.fields[name].error.text():
                return self.fields[name].edit
        return None

    # -- actions ------------------------------------------------------------------------------

    def show_result(self, text: str) -> None:
        """Show the outcome under the button; the window grows to show all of it."""
        self.test_result.setText(text)
        self.layout().activate()
        window = self.window()
        needed = window.sizeHint().height()
        if window.isWindow() and window.height() < needed:
            window.resize(window.width(), needed)

    def test_connection(self) -> bool:
        if not self._validate(show=True):
            return False
        settings = self.server_settings()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            version, schema = database_service.check_connection(settings)
        except database_service.StorageError as exc:
            self.show_result(problem_text(exc))
            self.test_result.setProperty("ok", False)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if schema == 0:
            state = self.tr("The database is empty; Työllistämö will create its tables.")
        else:
            state = self.tr("It holds a Työllistämö register (schema version %1).").replace(
                "%1", str(schema)
            )
            if schema < database_service.LATEST_VERSION:
                state += " " + self.tr(
                    "This version of Työllistämö uses schema version %1: an administrator "
                    "updates the register when opening it."
                ).replace("%1", str(database_service.LATEST_VERSION))
            elif schema > database_service.LATEST_VERSION:
                state += " " + self.tr(
                    "It was last used by a newer version of Työllistämö (this version knows "
                    "up to schema version %1): install the newer version to use it."
                ).replace("%1", str(database_service.LATEST_VERSION))
        self.show_result(
            self.tr("Connected to PostgreSQL %1.").replace("%1", version) + " " + state
        )
        self.test_result.setProperty("ok", True)
        return True

    def save(self) -> bool:
        """Store the choice (and password); False, showing why, when it cannot be stored."""
        if not self.editable:
            return True
        if not self._validate(show=True):
            return False
        if self.embedded.isChecked():
            self.context.use_server(None)
            return True
        settings = self.server_settings()
        if self._password_touched:
            try:
                database_service.store_password(settings, self.password.text())
            except database_service.CredentialStoreError:
                self.show_result(
                    self.tr(
                        "The password cannot be stored: this computer has no credential "
                        "store available. Nothing was changed."
                    )
                )
                return False
        self.context.use_server(settings)
        return True


class DatabaseSettingsDialog(RememberingDialog):
    """The database page on its own, for when no database could be opened at start."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "database_settings", parent)
        self.setObjectName("DatabaseSettingsDialog")
        self.page = DatabasePage(context, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(self.buttons)
        self.page.restart_hint.hide()
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(560)
        self.restore_geometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Database"))
        super().changeEvent(event)

    def accept(self) -> None:
        if not self.page.save():
            widget = self.page.first_error()
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
