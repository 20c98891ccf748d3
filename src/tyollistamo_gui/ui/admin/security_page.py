"""Settings → Security: backups (last one, folder, how many, back up now), encryption of the
database (encrypt, change the passphrase) and the idle lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QThread, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import access
from ...formatting import format_datetime
from ...services import backups, encryption
from ..context import AppContext

IDLE_MINUTES_KEY = "security/idle_minutes"


class BackupThread(QThread):
    """Runs one backup off the GUI thread; the page shows its progress."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir

    def run(self) -> None:
        # Nothing may escape a QThread.run override.
        try:
            path = backups.run_backup(
                self.data_dir, progress=lambda done, total: self.progressed.emit(done, total)
            )
        except Exception as exc:
            self.failed.emit(str(exc))
            return
        self.succeeded.emit(str(path))


class SecurityPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SecurityPage")
        self.context = context
        self.thread: BackupThread | None = None
        settings = backups.load_settings(context.data_dir)
        self.backup_box = QGroupBox(self)
        self.last = QLabel(self.backup_box)
        self.last.setObjectName("last_backup")
        self.last.setWordWrap(True)
        self.folder = QLineEdit(str(settings.folder), self.backup_box)
        self.folder.setObjectName("backup_folder")
        self.choose = QPushButton(self.backup_box)
        self.choose.clicked.connect(self.choose_folder)
        self.keep = QSpinBox(self.backup_box)
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 365)
        self.keep.setValue(settings.keep)
        self.run_button = QPushButton(self.backup_box)
        self.run_button.setObjectName("backup_now")
        self.run_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar(self.backup_box)
        self.progress.setObjectName("backup_progress")
        self.progress.hide()
        self.status = QLabel(self.backup_box)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.progress, 1)
        self.backup_form = QFormLayout()
        self.backup_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.backup_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.folder_label = QLabel(self.backup_box)
        self.folder_label.setBuddy(self.folder)
        self.keep_label = QLabel(self.backup_box)
        self.keep_label.setBuddy(self.keep)
        self.backup_form.addRow(self.folder_label, folder_row)
        self.backup_form.addRow(self.keep_label, self.keep)
        box_layout = QVBoxLayout(self.backup_box)
        box_layout.addWidget(self.last)
        box_layout.addLayout(self.backup_form)
        box_layout.addLayout(run_row)
        box_layout.addWidget(self.status)
        if not backups.available():
            for widget in (self.folder, self.choose, self.keep, self.run_button):
                widget.setEnabled(False)

        self.encryption_box = QGroupBox(self)
        self.encryption_box.setObjectName("encryption_box")
        self.encryption_status = QLabel(self.encryption_box)
        self.encryption_status.setObjectName("encryption_status")
        self.encryption_status.setWordWrap(True)
        self.encrypt_button = QPushButton(self.encryption_box)
        self.encrypt_button.setObjectName("encrypt_database")
        self.encrypt_button.clicked.connect(self.encrypt_database)
        self.rekey_button = QPushButton(self.encryption_box)
        self.rekey_button.setObjectName("change_passphrase")
        self.rekey_button.clicked.connect(self.change_passphrase)
        encryption_buttons = QHBoxLayout()
        encryption_buttons.addWidget(self.encrypt_button)
        encryption_buttons.addWidget(self.rekey_button)
        encryption_buttons.addStretch(1)
        encryption_layout = QVBoxLayout(self.encryption_box)
        encryption_layout.addWidget(self.encryption_status)
        encryption_layout.addLayout(encryption_buttons)

        self.lock_box = QGroupBox(self)
        self.idle = QSpinBox(self.lock_box)
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(1, 240)
        try:
            minutes = int(context.settings.value(IDLE_MINUTES_KEY, access.DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            minutes = access.DEFAULT_IDLE_MINUTES
        self.idle.setValue(max(1, minutes))
        self.idle_label = QLabel(self.lock_box)
        self.idle_label.setBuddy(self.idle)
        lock_form = QFormLayout(self.lock_box)
        lock_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lock_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        lock_form.addRow(self.idle_label, self.idle)

        layout = QVBoxLayout(self)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.encryption_box)
        layout.addWidget(self.lock_box)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.backup_box.setTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.choose.setText(self.tr("C&hoose..."))
        self.keep_label.setText(self.tr("&Backups kept:"))
        self.keep.setAccessibleName(self.tr("Backups kept"))
        self.run_button.setText(self.tr("Back up &now"))
        self.encryption_box.setTitle(self.tr("Encryption"))
        self.encrypt_button.setText(self.tr("&Encrypt the database..."))
        self.rekey_button.setText(self.tr("Change the &passphrase..."))
        self.show_encryption()
        self.lock_box.setTitle(self.tr("Locking"))
        self.idle_label.setText(self.tr("&Lock after this many idle minutes:"))
        self.idle.setAccessibleName(self.tr("Idle minutes before locking"))
        self.show_last()
        if not backups.available():
            self.status.setText(
                self.tr(
                    "The database is on a PostgreSQL server: back it up on the server "
                    "(pg_dump). The app backs up only a database on this computer."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_last(self) -> None:
        last = backups.last_backup(self.context.data_dir)
        if last is None:
            self.last.setText(
                self.tr(
                    "No backup yet. The app backs up the database when it is closed, "
                    "at most once a day."
                )
            )
        else:
            self.last.setText(
                self.tr("Last backup: %1 (%2).")
                .replace("%1", format_datetime(last.taken_at, self.context.language))
                .replace("%2", str(last.path))
            )

    def show_encryption(self, note: str = "") -> None:
        state = encryption.status()
        texts = {
            "encrypted": self.tr(
                "The database is encrypted with the unit's passphrase (SQLCipher %1, AES-256). "
                "Its backups are encrypted with the same passphrase."
            ),
            "plain": self.tr(
                "The database is not encrypted. Anyone who gets the file or a backup can read "
                "it. Encrypt it here, and use BitLocker for the whole disk in any case."
            ),
            "server": self.tr(
                "The database is on a PostgreSQL server: encryption at rest is set up on "
                "the server by its administrator."
            ),
        }
        text = texts[state.kind].replace("%1", state.cipher_version.split(" ")[0])
        self.encryption_status.setText(f"{text}\n\n{note}" if note else text)
        self.encrypt_button.setVisible(state.kind == "plain")
        self.rekey_button.setVisible(state.kind == "encrypted")

    def encrypt_database(self) -> None:
        from ..encryption_dialogs import EncryptDialog

        if self.thread is not None:
            return
        dialog = EncryptDialog(self.context.data_dir, self)
        if dialog.exec() != EncryptDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        outcome = dialog.outcome
        note = self.tr("Encrypted: %n rows checked.", None, outcome.rows)
        if outcome.backup is not None:
            note += " " + self.tr("First encrypted backup: %1.").replace("%1", str(outcome.backup))
        if outcome.wiped:
            note += " " + self.tr(
                "%n unencrypted copies were overwritten and deleted.", None, len(outcome.wiped)
            )
        if outcome.plain_copies:
            note += " " + self.tr(
                "%n unencrypted copies remain: %1", None, len(outcome.plain_copies)
            ).replace("%1", ", ".join(str(p) for p in outcome.plain_copies))
        self.show_encryption(note)
        self.show_last()

    def change_passphrase(self) -> None:
        from ..encryption_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self)
        if dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted:
            self.show_encryption(
                self.tr("The passphrase was changed. Backups made before open with the old one.")
            )

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def folder_problem(self) -> str:
        text = self.folder.text().strip()
        if not text:
            return self.tr("Choose a folder for the backups.")
        path = Path(text)
        if path.exists() and not path.is_dir():
            return self.tr("This is a file, not a folder.")
        return ""

    def save(self) -> bool:
        """Store the choices; False (with the reason shown) when the folder will not do."""
        problem = self.folder_problem()
        if problem:
            self.status.setText(problem)
            self.folder.setFocus()
            return False
        settings = backups.BackupSettings(Path(self.folder.text().strip()), self.keep.value())
        if settings != backups.load_settings(self.context.data_dir):
            backups.save_settings(self.context.data_dir, settings)
        self.context.settings.setValue(IDLE_MINUTES_KEY, self.idle.value())
        return True

    def back_up_now(self) -> None:
        if self.thread is not None or not self.save():
            return
        backups.log_backup()
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Backing up..."))
        self.thread = BackupThread(self.context.data_dir, self)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._finished)
        self.thread.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, path: str) -> None:
        self.status.setText(self.tr("Backed up to %1.").replace("%1", path))
        self.show_last()

    def _failed(self, message: str) -> None:
        self.status.setText(
            self.tr("The backup failed: %1. The database itself is unchanged.").replace(
                "%1", message
            )
        )

    def _finished(self) -> None:
        self.progress.hide()
        self.run_button.setEnabled(True)
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.deleteLater()

    def wait(self) -> None:
        """Let a running backup finish (the dialog is closing)."""
        if self.thread is not None:
            self.thread.wait()
