"""The passphrase asked at start (wrong, then right) and Settings › Security › Encryption."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tyollistamo_gui.app import open_database_interactively
from tyollistamo_gui.services import backups, encryption, unit
from tyollistamo_gui.services.database import DATABASE_FILENAME, close_database, open_database
from tyollistamo_gui.storage import connection
from tyollistamo_gui.storage import encryption as storage
from tyollistamo_gui.ui.encryption_dialogs import (
    ChangePassphraseDialog,
    EncryptDialog,
    PassphraseDialog,
)
from tyollistamo_gui.ui.settings_dialog import SettingsDialog

PASSPHRASE = "Kolme karhua kalassa 12"
NEW = "Neljä norppaa nukkuu 34"


def _digests(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _encrypted_register(data_dir):
    path = data_dir / DATABASE_FILENAME
    open_database(path)
    close_database()
    storage.encrypt_file(path, PASSPHRASE)
    return path


def _later(callback, failures: list | None = None):
    """Run ``callback`` with the modal dialog once it is shown.

    A failing check closes the dialog (so that the test fails instead of waiting
    for a click) and is raised again by ``_raise``.
    """
    failures = _failures if failures is None else failures

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None
            callback(dialog)
        except BaseException as exc:
            failures.append(exc)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, run)


_failures: list[BaseException] = []


def _raise() -> None:
    if _failures:
        failure = _failures[0]
        _failures.clear()
        raise failure


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_wrong_passphrase_then_the_right_one_opens_the_register(qtapp_context):
    context, qtbot = qtapp_context
    path = _encrypted_register(context.data_dir)
    before = _digests(context.data_dir)
    seen = {}

    def answer(dialog):
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
        _ok(dialog)
        seen["error"] = dialog.errors["passphrase"].text()
        seen["visible"] = dialog.isVisible()
        seen["cleared"] = dialog.passphrase.text() == ""
        seen["files"] = _digests(context.data_dir)
        dialog.passphrase.setText(PASSPHRASE)
        _ok(dialog)

    _later(answer)
    assert open_database_interactively(context) is True
    _raise()
    assert seen["error"].startswith("The passphrase does not open the database.")
    assert seen["visible"] and seen["cleared"]
    assert seen["files"] == before
    assert connection.is_encrypted() and connection.database_path() == path


def test_exit_at_the_passphrase_leaves_the_file_untouched(qtapp_context):
    context, qtbot = qtapp_context
    _encrypted_register(context.data_dir)
    before = _digests(context.data_dir)

    def leave(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _later(leave)
    assert open_database_interactively(context) is False
    _raise()
    assert _digests(context.data_dir) == before
    assert not connection.is_open()


def test_an_empty_passphrase_is_asked_for(qtbot, data_dir):
    path = _encrypted_register(data_dir)
    dialog = PassphraseDialog(path)
    qtbot.addWidget(dialog)
    _ok(dialog)
    assert dialog.errors["passphrase"].text() == "Enter the passphrase."
    assert dialog.result() == 0


def test_settings_encrypts_the_database_and_changes_the_passphrase(context, qtbot):
    unit.save_unit_info(unit.UnitInfo(name="Paja"))
    backups.run_backup(context.data_dir)  # a plain backup, to be wiped
    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    page = settings.security_page
    assert page.encrypt_button.isVisibleTo(page) and not page.rekey_button.isVisibleTo(page)
    assert page.encryption_status.text().startswith("The database is not encrypted.")
    seen = {}

    def encrypt(dialog):
        assert isinstance(dialog, EncryptDialog)
        assert dialog.wipe.isChecked()
        assert "the 1 unencrypted backup or copy" in dialog.wipe.text()
        qtbot.keyClicks(dialog.passphrase, "short")
        qtbot.keyClicks(dialog.repeated, "short")
        _ok(dialog)
        seen["short"] = dialog.errors["passphrase"].text()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeated.setText(PASSPHRASE + "x")
        _ok(dialog)
        seen["mismatch"] = dialog.errors["repeated"].text()
        seen["still_plain"] = not connection.is_encrypted()
        dialog.repeated.setText(PASSPHRASE)
        _ok(dialog)

    _later(encrypt)
    page.encrypt_button.click()
    _raise()
    assert seen["short"] == "The passphrase must have at least 12 characters."
    assert seen["mismatch"] == "The passphrases are not the same."
    assert seen["still_plain"]
    assert connection.is_encrypted()
    assert page.encryption_status.text().startswith("The database is encrypted")
    assert "1 unencrypted copy was overwritten and deleted." in page.encryption_status.text()
    assert page.rekey_button.isVisibleTo(page) and not page.encrypt_button.isVisibleTo(page)
    made = backups.list_backups(context.data_dir)
    assert len(made) == 1 and connection.is_encrypted_file(made[0].path)
    assert unit.get_unit_info().name == "Paja"

    def rekey(dialog):
        assert isinstance(dialog, ChangePassphraseDialog)
        qtbot.keyClicks(dialog.current, "not the current one")
        dialog.passphrase.setText(NEW)
        dialog.repeated.setText(NEW)
        _ok(dialog)
        seen["wrong"] = dialog.errors["current"].text()
        dialog.current.setText(PASSPHRASE)
        _ok(dialog)

    _later(rekey)
    page.rekey_button.click()
    _raise()
    assert seen["wrong"] == "This is not the database's current passphrase."
    assert "The passphrase was changed." in page.encryption_status.text()
    path = connection.database_path()
    close_database()
    open_database(path, passphrase=NEW)
    assert unit.get_unit_info().name == "Paja"
    assert encryption.status().kind == "encrypted"
