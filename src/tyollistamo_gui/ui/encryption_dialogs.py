"""Encryption at rest: the passphrase asked at start, encrypting the database, a new passphrase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QDialogButtonBox, QWidget

from .. import APP_DISPLAY_NAME
from ..domain.encryption import MIN_PASSPHRASE_LENGTH
from ..domain.findings import Finding, ValidationFailed
from ..services import encryption
from ..services.database import DatabaseUnavailable, StorageError
from .messages import finding_text
from .sign_in import _FormDialog, _password_edit

log = logging.getLogger(__name__)


def encryption_text(finding: Finding) -> str:
    translate = QCoreApplication.translate
    texts = {
        "passphrase.too_short": translate(
            "EncryptionFindings", "The passphrase must have at least %1 characters."
        ).replace("%1", str(finding.params.get("minimum", MIN_PASSPHRASE_LENGTH))),
        "passphrase.too_simple": translate(
            "EncryptionFindings", "The passphrase is too simple: use more different characters."
        ),
        "passphrase.mismatch": translate("EncryptionFindings", "The passphrases are not the same."),
        "passphrase.wrong": translate(
            "EncryptionFindings", "This is not the database's current passphrase."
        ),
    }
    return texts.get(finding.code) or finding_text(finding)


class _EncryptionDialog(_FormDialog):
    def show_findings(self, findings: list[Finding]) -> None:
        first = None
        for finding in findings:
            error = self.errors.get(finding.field)
            if error is None:
                self.message.show_message(encryption_text(finding))
                continue
            if not error.text():
                error.show_message(encryption_text(finding))
            first = first or finding.field
        if first:
            buddy = self.labels[first].buddy()
            if buddy is not None:
                buddy.setFocus()


class PassphraseDialog(_EncryptionDialog):
    """At start, before sign-in: the unit passphrase of an encrypted database.

    ``accept`` checks the passphrase read-only (nothing is written with a wrong
    one); a wrong one is said under the field and the dialog stays open.
    """

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.path = Path(path)
        self.passphrase = _password_edit(self, "passphrase")
        self.add_field("passphrase", self.passphrase)
        self.tries = 0
        self.retranslateUi()
        self.passphrase.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.title.setText(self.tr("The register is encrypted"))
        self.intro.setText(
            self.tr(
                "The database %1 is encrypted. Enter the unit's passphrase to open it; "
                "then sign in as usual."
            ).replace("%1", str(self.path))
        )
        self.set_label("passphrase", self.tr("&Passphrase:"), self.passphrase)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("E&xit"))

    def value(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        self.clear_errors()
        text = self.passphrase.text()
        if not text:
            self.errors["passphrase"].show_message(self.tr("Enter the passphrase."))
            return
        from ..services.database import WrongPassphrase, inspect_schema_version

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            inspect_schema_version(self.path, text)
        except WrongPassphrase:
            self.tries += 1
            log.warning("a wrong passphrase for %s (try %s)", self.path, self.tries)
            self.passphrase.clear()
            self.passphrase.setFocus()
            self.errors["passphrase"].show_message(
                self.tr(
                    "The passphrase does not open the database. Check the Caps Lock key and "
                    "try again. (If the file is not the unit's register, no passphrase opens it.)"
                )
            )
            return
        except StorageError:
            pass  # the passphrase is right; opening reports the file's other problem
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


def ask_passphrase(path: Path, parent: QWidget | None = None, *, smoke_test: bool = False):
    """The passphrase that opens ``path``, or None when the user chose to exit."""
    dialog = PassphraseDialog(path, parent)
    if smoke_test:
        QTimer.singleShot(0, dialog.reject)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()


class EncryptDialog(_EncryptionDialog):
    """Settings › Security: encrypt the plain database with a new passphrase (administrators)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EncryptDialog")
        self.data_dir = Path(data_dir)
        self.outcome: encryption.EncryptionOutcome | None = None
        self.plain = encryption.plain_copies(self.data_dir)
        self.passphrase = _password_edit(self, "passphrase")
        self.repeated = _password_edit(self, "repeated")
        self.add_field("passphrase", self.passphrase)
        self.add_field("repeated", self.repeated)
        self.wipe = QCheckBox(self)
        self.wipe.setObjectName("wipe_plain_copies")
        self.wipe.setChecked(bool(self.plain))
        self.wipe.setVisible(bool(self.plain))
        self.form.addRow(self.wipe)
        self.retranslateUi()
        self.setMinimumWidth(560)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Encrypt the database"))
        self.title.setText(self.tr("Encrypt the database"))
        self.intro.setText(
            self.tr(
                "The database and its backups will be encrypted with this passphrase "
                "(SQLCipher, AES-256). Every start asks for it, and so do the command-line "
                "tools. Whoever loses the passphrase loses the data: nobody can open the "
                "database or the backups without it. Store it safely, e.g. sealed in the "
                "unit's safe.\n\nThe unencrypted database is kept until the encrypted copy "
                "has been checked (every table and row), then overwritten and deleted."
            )
        )
        self.set_label("passphrase", self.tr("New &passphrase:"), self.passphrase)
        self.set_label("repeated", self.tr("&Repeat the passphrase:"), self.repeated)
        self.passphrase.setPlaceholderText(
            self.tr("at least %n characters", None, MIN_PASSPHRASE_LENGTH)
        )
        self.wipe.setText(
            self.tr(
                "Also overwrite and delete the %n unencrypted backups and copies "
                "(after a first encrypted backup)",
                None,
                len(self.plain),
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Encrypt"))

    def accept(self) -> None:
        self.clear_errors()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = encryption.encrypt_database(
                self.data_dir,
                self.passphrase.text(),
                self.repeated.text(),
                wipe_plain_copies=self.wipe.isChecked(),
            )
        except ValidationFailed as failed:
            self.show_findings(failed.findings)
            return
        except (encryption.EncryptionFailed, StorageError, OSError) as exc:
            log.exception("encrypting failed")
            self.message.show_message(
                self.tr(
                    "The database was not encrypted: %1. The unencrypted database is "
                    "unchanged and still in use."
                ).replace("%1", str(exc))
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


class ChangePassphraseDialog(_EncryptionDialog):
    """Settings › Security: a new passphrase for the encrypted database (administrators)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ChangePassphraseDialog")
        self.current = _password_edit(self, "current")
        self.passphrase = _password_edit(self, "passphrase")
        self.repeated = _password_edit(self, "repeated")
        self.add_field("current", self.current)
        self.add_field("passphrase", self.passphrase)
        self.add_field("repeated", self.repeated)
        self.retranslateUi()
        self.setMinimumWidth(520)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.title.setText(self.tr("Change the passphrase"))
        self.intro.setText(
            self.tr(
                "The database is encrypted again with the new passphrase. Backups made "
                "before keep the passphrase they were made with: keep the old one as long "
                "as you keep those backups."
            )
        )
        self.set_label("current", self.tr("&Current passphrase:"), self.current)
        self.set_label("passphrase", self.tr("&New passphrase:"), self.passphrase)
        self.set_label("repeated", self.tr("&Repeat the new passphrase:"), self.repeated)
        self.passphrase.setPlaceholderText(
            self.tr("at least %n characters", None, MIN_PASSPHRASE_LENGTH)
        )

    def accept(self) -> None:
        self.clear_errors()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.change_passphrase(
                self.current.text(), self.passphrase.text(), self.repeated.text()
            )
        except encryption.WrongPassphrase:
            self.current.clear()
            self.show_findings([Finding("passphrase.wrong", "current")])
            return
        except ValidationFailed as failed:
            self.show_findings(failed.findings)
            return
        except DatabaseUnavailable:
            self.show_unavailable()
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
