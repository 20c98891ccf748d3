"""Start-up on a server whose register is older (or newer) than this version of the app."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests import backends
from tyollistamo_gui.app import open_database_interactively
from tyollistamo_gui.services import session
from tyollistamo_gui.services.database import close_database
from tyollistamo_gui.storage import migrations
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.ui.upgrade_dialog import UpgradeDialog

STAFF = (("anna", "administrator", "Salasana-1234"), ("ville", "counsellor", "Salasana-5678"))


def _when_dialog(qtbot, then):
    """Call ``then(dialog)`` once the upgrade dialog is shown (it runs a modal loop)."""

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UpgradeDialog):
            QTimer.singleShot(20, look)
            return
        then(dialog)

    QTimer.singleShot(0, look)


def _sign_in(qtbot, dialog, username, password):
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)


def _older(url, version=migrations.SIGN_IN_VERSION, staff=STAFF):
    backends.older_register(url, version, staff)


def test_an_administrator_signs_in_and_updates_the_register(qtapp_context, empty_postgres):
    _older(empty_postgres)
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    seen = {}

    def act(dialog):
        seen["intro"] = dialog.intro.text()
        seen["details"] = dialog.details.text()
        _sign_in(qtbot, dialog, "anna", "Salasana-1234")
        seen["running"] = dialog.progress.isVisible() and not dialog.exit_button.isEnabled()

    _when_dialog(qtbot, act)
    assert open_database_interactively(context) is True
    found, latest = migrations.SIGN_IN_VERSION, migrations.LATEST_VERSION
    assert (
        f"schema version {found}; this version of Työllistämö uses schema version {latest}"
        in (seen["intro"])
    )
    assert "administrator" in seen["details"] and "Retry" in seen["details"]
    assert seen["running"]
    assert backends.register_version(empty_postgres) == latest
    # The administrator is signed in (the main window follows without another sign-in),
    # and the update is in the audit log under their name.
    assert session.current_user().username == "anna"
    (entry,) = AuditEntry.select().where(AuditEntry.action == "schema_upgraded")
    assert entry.username == "anna"
    assert json.loads(entry.details)["from"] == found
    assert AuditEntry.select().where(AuditEntry.action == "sign_in").count() == 1
    close_database()


def test_a_user_who_is_not_an_administrator_is_told_to_ask_one(qtapp_context, empty_postgres):
    _older(empty_postgres)
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    seen = {}

    def act(dialog):
        _sign_in(qtbot, dialog, "ville", "Salasana-5678")
        seen["refused"] = dialog.message.text()
        _sign_in(qtbot, dialog, "ville", "wrong")
        seen["wrong"] = dialog.message.text()
        seen["password"] = dialog.password.text()
        qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, act)
    assert open_database_interactively(context) is False
    assert seen["refused"].startswith("Only an administrator can update the register.")
    assert "tyollistamo --database URL upgrade" in seen["refused"]
    assert seen["wrong"] == "The user name or the password is wrong." and seen["password"] == ""
    assert backends.register_version(empty_postgres) == migrations.SIGN_IN_VERSION


def test_retry_opens_the_register_once_an_administrator_updated_it(qtapp_context, empty_postgres):
    _older(empty_postgres)
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    shown = []

    def act(dialog):
        shown.append(dialog)
        if len(shown) == 1:
            qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
            return
        # Meanwhile an administrator updated the register on another workstation.
        from tyollistamo_gui.storage import server

        db = server.connect(empty_postgres)
        migrations.migrate(db)
        db.close()
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, act)
    QTimer.singleShot(300, lambda: _when_dialog(qtbot, act))
    assert open_database_interactively(context) is True
    assert len(shown) == 2
    assert session.current_user().username == "tester"  # the usual sign-in follows
    close_database()


def test_a_register_without_accounts_is_left_to_the_command_line(qtapp_context, empty_postgres):
    _older(empty_postgres, 2, ())
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    seen = {}

    def act(dialog):
        seen["fields"] = dialog.username.isVisible() or dialog.update_button.isVisible()
        seen["details"] = dialog.details.text()
        seen["buttons"] = [b.text() for b in dialog.buttons.buttons() if b.isVisible()]
        qtbot.mouseClick(dialog.exit_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, act)
    assert open_database_interactively(context) is False
    assert seen["fields"] is False
    assert "tyollistamo --database URL upgrade" in seen["details"]
    assert "no user accounts" in seen["details"]
    assert sorted(t.replace("&", "") for t in seen["buttons"]) == ["Exit", "Retry", "Settings..."]
    assert backends.register_version(empty_postgres) == 2


def test_while_another_workstation_updates_the_dialog_waits(qtapp_context, empty_postgres):
    from tyollistamo_gui.storage.server import _MIGRATION_LOCK

    _older(empty_postgres)
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    seen = {}
    other = backends.admin_connection(empty_postgres)
    other.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))

    def act(dialog):
        _sign_in(qtbot, dialog, "anna", "Salasana-1234")
        qtbot.waitUntil(lambda: "Another workstation" in dialog.status.text(), timeout=10_000)
        seen["status"] = dialog.status.text()
        other.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))

    try:
        _when_dialog(qtbot, act)
        assert open_database_interactively(context) is True
    finally:
        other.close()
    assert seen["status"].startswith("Another workstation is updating the register")
    assert backends.register_version(empty_postgres) == migrations.LATEST_VERSION
    close_database()


def test_a_newer_server_register_is_refused_with_the_versions(qtapp_context, empty_postgres):
    from tyollistamo_gui.storage import server

    db = server.connect(empty_postgres)
    migrations.migrate(db)
    db.execute_sql("UPDATE schema_version SET version = %s", (migrations.LATEST_VERSION + 1,))
    db.close()
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Exit").click()

    QTimer.singleShot(0, answer)
    assert open_database_interactively(context) is False
    assert "was last used by a newer version of Työllistämö" in seen["text"]
    assert (
        f"schema version {migrations.LATEST_VERSION + 1}; this version knows up to "
        f"{migrations.LATEST_VERSION}" in seen["text"]
    )
    assert seen["buttons"] == ["Exit", "Retry", "Settings..."]
    assert backends.register_version(empty_postgres) == migrations.LATEST_VERSION + 1


def test_test_connection_says_an_older_register_will_be_updated(qtbot, context, empty_postgres):
    from tyollistamo_gui.storage.server import parse_url
    from tyollistamo_gui.ui.database_settings import DatabasePage

    _older(empty_postgres)
    page = DatabasePage(context)
    qtbot.addWidget(page)
    settings = parse_url(empty_postgres)
    page.server.setChecked(True)
    page.fields["host"].setText(settings.host)
    page.port.setValue(settings.port)
    page.fields["database"].setText(settings.database)
    page.fields["user"].setText(settings.user)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    text = page.test_result.text()
    assert f"(schema version {migrations.SIGN_IN_VERSION})" in text
    assert (
        f"uses schema version {migrations.LATEST_VERSION}: an administrator updates the "
        "register when opening it." in text
    )
    assert backends.register_version(empty_postgres) == migrations.SIGN_IN_VERSION


def test_after_the_update_only_a_required_password_change_is_asked(qtbot, db):
    from tyollistamo_gui.ui.sign_in import ChangePasswordDialog, sign_in_interactively

    admin = frozenset({"administrator"})
    session.start(session.User(None, "anna", "Anna", admin, must_change_password=True))
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert sign_in_interactively(signed_in=True) is False
    assert seen == [ChangePasswordDialog.__name__]
    assert session.current_user() is None  # signed out again
    session.start(session.User(None, "anna", "Anna", admin))
    assert sign_in_interactively(signed_in=True) is True


def test_an_update_cut_off_is_explained_and_can_be_run_again(
    qtapp_context, empty_postgres, monkeypatch
):
    from tyollistamo_gui.services import database as database_service
    from tyollistamo_gui.services.database import DatabaseUnavailable

    _older(empty_postgres)
    context, qtbot = qtapp_context
    context.database_url = empty_postgres
    real_upgrade = database_service.upgrade_server
    calls = []

    def cut_off_once(url, progress=None):
        calls.append(url)
        if len(calls) == 1:
            raise DatabaseUnavailable("server closed the connection unexpectedly")
        return real_upgrade(url, progress)

    monkeypatch.setattr(database_service, "upgrade_server", cut_off_once)
    seen = {}

    def act(dialog):
        _sign_in(qtbot, dialog, "anna", "Salasana-1234")
        qtbot.waitUntil(lambda: dialog.thread is None, timeout=10_000)
        seen["message"] = dialog.message.text()
        seen["enabled"] = dialog.update_button.isEnabled() and dialog.exit_button.isEnabled()
        seen["progress"] = dialog.progress.isVisible()
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, "Salasana-1234")
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, act)
    assert open_database_interactively(context) is True
    assert seen["message"].startswith(
        "The update did not finish: server closed the connection unexpectedly."
    )
    assert seen["enabled"] and not seen["progress"]
    assert backends.register_version(empty_postgres) == migrations.LATEST_VERSION
    assert session.current_user().username == "anna"
    close_database()


def test_an_older_sqlite_file_is_updated_at_start_and_audit_logged(qtapp_context):
    from peewee import SqliteDatabase

    context, qtbot = qtapp_context
    old = SqliteDatabase(str(context.database_path))
    migrations.migrate(old, migrations.MIGRATIONS[: migrations.SIGN_IN_VERSION])
    old.close()
    assert open_database_interactively(context) is True
    (entry,) = AuditEntry.select().where(AuditEntry.action == "schema_upgraded")
    assert entry.username == "start-up"
    details = json.loads(entry.details)
    assert (details["from"], details["to"], details["database"]) == (
        migrations.SIGN_IN_VERSION,
        migrations.LATEST_VERSION,
        "sqlite",
    )
    close_database()
