"""The GUI with a PostgreSQL server: choosing it, a server that is down at start or mid-work."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tyollistamo_gui.app import open_database_interactively
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.database import ServerSettings, close_database, database_location
from tyollistamo_gui.storage.server import parse_url
from tyollistamo_gui.ui.database_settings import DatabasePage, DatabaseSettingsDialog

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/tyollistamo"


def _save_button(card):
    return card.buttons.button(QDialogButtonBox.StandardButton.Save)


def _answer_box(button_text: str, seen: list, before=None):
    """Click ``button_text`` in the next message box, after calling ``before``."""

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if before is not None:
            before()
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r}")

    QTimer.singleShot(0, click)


def _fill_page(page: DatabasePage, settings: ServerSettings, password: str = "") -> None:
    page.server.setChecked(True)
    page.fields["host"].setText(settings.host)
    page.port.setValue(settings.port)
    page.fields["database"].setText(settings.database)
    page.fields["user"].setText(settings.user)
    page.sslmode.setCurrentIndex(page.sslmode.findData("disable"))
    if password:
        page.password.setText(password)
        page.password.textEdited.emit(password)


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_the_card_keeps_the_edit_while_the_server_is_down(
    make_window, qtbot, db, postgres_control, monkeypatch
):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    qtbot.keyClicks(card.form.fields["phone"].edit, "040 123 4567")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[1]))
    postgres_control.stop()
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert warnings == ["Not saved"]
    assert card.form.fields["phone"].text() == "040 123 4567"
    postgres_control.start()
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert warnings == ["Not saved"]
    assert svc.get_client(record.id).data.phone == "040 123 4567"
    assert card.record.version == record.version + 1
    card.close()


def test_server_down_at_start_then_retry(qtapp_context, postgres_session_db, postgres_control):
    context, qtbot = qtapp_context
    context.database_url = postgres_session_db.url
    postgres_control.stop()
    seen = []
    _answer_box("Retry", seen, before=postgres_control.start)
    assert open_database_interactively(context) is True
    assert "cannot be reached" in seen[0]
    assert database_location() == parse_url(postgres_session_db.url).display_url
    close_database()


def test_unreachable_server_then_exit(qtapp_context):
    context, qtbot = qtapp_context
    context.database_url = UNREACHABLE
    seen = []
    _answer_box("Exit", seen)
    assert open_database_interactively(context) is False
    assert "127.0.0.1:1" in seen[0] and "cannot be reached" in seen[0]


def test_unreachable_server_then_settings_choose_another(
    qtapp_context, postgres_session_db, keyring_store
):
    context, qtbot = qtapp_context
    context.database_url = UNREACHABLE
    good = parse_url(postgres_session_db.url)

    def fill_settings():
        def fill():
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, DatabaseSettingsDialog):
                QTimer.singleShot(20, fill)
                return
            _fill_page(dialog.page, good, password="s3cret pass")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, fill)

    seen = []
    _answer_box("Settings...", seen, before=fill_settings)
    assert open_database_interactively(context) is True
    chosen = dataclasses.replace(good, sslmode="disable")
    assert database_location() == chosen.display_url
    close_database()
    # Remembered for the next start, the password only in the credential store.
    context.settings.sync()
    ini = (context.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "s3cret" not in ini and good.host in ini
    assert list(keyring_store.passwords.values()) == ["s3cret pass"]
    assert context.database_target() == chosen.url()


def test_database_page_tests_the_connection(qtbot, context, postgres_session_db):
    page = DatabasePage(context)
    qtbot.addWidget(page)
    assert page.embedded.isChecked() and not page.server_box.isEnabled()
    page.server.setChecked(True)
    assert page.server_box.isEnabled()
    # Required fields are named before anything is tried.
    assert page.test_connection() is False
    assert page.fields["host"].error.text() == "Required for a server."
    _fill_page(page, parse_url(postgres_session_db.url))
    assert page.test_connection() is True
    assert "Connected to PostgreSQL 1" in page.test_result.text()
    assert "schema version" in page.test_result.text()
    page.fields["database"].setText("no_such_database_here")
    assert page.test_connection() is False
    assert "no database" in page.test_result.text()


def test_choosing_the_embedded_database_again(qtbot, context, postgres_session_db):
    context.use_server(parse_url(postgres_session_db.url))
    page = DatabasePage(context)
    qtbot.addWidget(page)
    assert page.server.isChecked()
    assert page.fields["host"].text() == "127.0.0.1"
    page.embedded.setChecked(True)
    assert page.save()
    assert context.database_target() == context.database_path


def test_settings_dialog_has_the_database_tab(qtbot, context, db):
    from tyollistamo_gui.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(2) == "&Database"
    dialog.database_page.server.setChecked(True)
    dialog.accept()
    # A server without its address is not saved; the tab and the field say why.
    assert dialog.result() == 0
    assert dialog.tabs.currentWidget() is dialog.database_page
    assert dialog.database_page.fields["host"].error.text() == "Required for a server."
    assert context.settings.value("database/kind", "sqlite") == "sqlite"
    dialog.database_page.embedded.setChecked(True)
    dialog.fields["name"].setText("Testipaja")
    dialog.accept()
    assert dialog.result() == 1


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_two_workstations_the_second_save_is_refused_and_explained(make_window, qtbot, db):
    import os
    import subprocess
    import sys

    from ..conftest import ROOT

    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    qtbot.keyClicks(card.form.fields["email"].edit, "anna@example.fi")
    # The other workstation, a process of its own, saves the same client first.
    other = subprocess.run(
        [sys.executable, "-m", "tests.concurrent_worker", db.path, str(record.id), "1", "B"]
        + ["--once"],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert other.stdout.strip() == "saved", other.stderr
    seen = []
    _answer_box("Keep editing", seen)
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert "Someone else saved this client" in seen[0]
    assert "theirs have not been overwritten" in seen[0]
    stored = svc.get_client(record.id)
    assert stored.data.phone == "09 555 5555" and stored.data.email == ""
    assert card.form.fields["email"].text() == "anna@example.fi"  # the edit is kept
    card.close()  # (discarding the edit) before the session's database goes


def test_an_empty_server_database_is_set_up_from_the_workstation(qtapp_context, empty_postgres):
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    assert open_database_interactively(context) is True
    close_database()


def test_only_an_administrator_changes_the_database(qtbot, context, sign_in_as):
    from tyollistamo_gui.ui.settings_dialog import SettingsDialog

    sign_in_as("counsellor")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    page = dialog.database_page
    assert not page.server.isEnabled() and not page.embedded.isEnabled()
    assert page.restart_hint.text() == "Only an administrator can change the database."
    assert page.save() and context.settings.value("database/kind") is None
    sign_in_as("administrator")
    admin = SettingsDialog(context)
    qtbot.addWidget(admin)
    assert admin.database_page.server.isEnabled()
