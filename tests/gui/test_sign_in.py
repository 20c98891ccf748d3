"""Sign-in, the first administrator, the idle lock and the reason prompt, through the widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tyollistamo_gui.services import accounts, session
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.models import StaffUser
from tyollistamo_gui.ui.sign_in import (
    FirstAdministratorDialog,
    ReasonDialog,
    SignInDialog,
    sign_in_interactively,
)

PASSWORD = "correct horse 42"


def _ok(dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    button.click()


def test_first_administrator_dialog_checks_and_creates(context, qtbot):
    session.end()
    dialog = FirstAdministratorDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.display_name, "Ada Admin")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    _ok(dialog)
    assert dialog.errors["password"].text() == "The password must have at least 10 characters."
    assert StaffUser.select().count() == 0
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    _ok(dialog)
    assert dialog.errors["repeat"].text() == "The passwords are not the same."
    dialog.repeat.setText(PASSWORD)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.current_user().username == "admin"


@pytest.fixture
def admin(context):
    session.end()
    accounts.create_first_administrator("admin", "Ada Admin", PASSWORD)
    accounts.sign_out()


def test_sign_in_dialog_says_wrong_and_then_locked(admin, qtbot):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    for _ in range(4):
        dialog.password.setText("wrong password")
        _ok(dialog)
        assert dialog.message.text() == "The user name or the password is wrong."
        assert dialog.password.text() == ""
    dialog.password.setText("wrong password")
    _ok(dialog)
    assert dialog.message.text().startswith("Too many wrong passwords.")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert session.current_user() is None


def test_sign_in_dialog_signs_in(admin, qtbot):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.current_user().display_name == "Ada Admin"


def test_start_up_asks_to_sign_in_then_to_change_a_reset_password(admin, qtbot):
    accounts.sign_in("admin", PASSWORD)
    account = accounts.create_account(
        "bea", "Bea Counsellor", frozenset({"counsellor"}), "", "given password 1"
    )
    accounts.sign_out()
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        if dialog.objectName() == "SignInDialog":
            dialog.username.setText("bea")
            dialog.password.setText("given password 1")
        else:
            dialog.old_password.setText("given password 1")
            dialog.new_password.setText("my own password 2")
            dialog.repeat.setText("my own password 2")
        _ok(dialog)
        if len(seen) < 2:
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)
    assert sign_in_interactively() is True
    assert seen == ["SignInDialog", "ChangePasswordDialog"]
    assert session.current_user().id == account.id
    assert not session.current_user().must_change_password


def test_idle_lock_hides_everything_until_the_password(admin, make_window, qtbot):
    accounts.sign_in("admin", PASSWORD)
    window = make_window()
    window.set_idle_minutes(1)
    window.idle_timer.setInterval(50)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    dialog = window.lock_dialog
    assert dialog.isVisible()
    assert not window.centralWidget().isVisible()
    dialog.password.setText("wrong password")
    _ok(dialog)
    assert window.locked and dialog.message.text() == "The password is wrong."
    dialog.password.setText(PASSWORD)
    _ok(dialog)
    assert not window.locked
    assert window.centralWidget().isVisible()
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)][-3:]
    assert actions == ["lock", "unlock_failed", "unlock"]


def test_lock_by_shortcut(admin, make_window, qtbot):
    accounts.sign_in("admin", PASSWORD)
    window = make_window()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    window.lock_dialog.password.setText(PASSWORD)
    _ok(window.lock_dialog)
    assert not window.locked


@pytest.fixture
def counsellor_with_other_client(context, sign_in_as):
    other = StaffUser.create(username="other", display_name="Other", role="counsellor")
    with session.system_session():
        record = svc.create_client(
            ClientData(first_name="Olli", last_name="Muu", responsible_staff_id=other.id)
        )
    sign_in_as("counsellor", username="me")
    return record


def test_reason_prompt_before_opening_another_counsellors_client(
    counsellor_with_other_client, make_window, qtbot, monkeypatch
):
    record = counsellor_with_other_client
    window = make_window()
    asked = []

    def fake_exec(dialog):
        asked.append(dialog.title.text())
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "Covering a colleague")
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", fake_exec)
    card = window.open_client(record.id)
    assert asked == ["Muu, Olli"]
    assert card.record.id == record.id
    row = (
        AuditEntry.select().where(AuditEntry.action == "view").order_by(AuditEntry.id.desc()).get()
    )
    assert (row.username, row.client_id, row.reason) == ("me", record.id, "Covering a colleague")
    card.close()  # before the next test signs in someone else


def test_cancelled_reason_opens_nothing(counsellor_with_other_client, make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(ReasonDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert window.open_client(counsellor_with_other_client.id) is None
    assert not window.cards
    assert AuditEntry.select().where(AuditEntry.action == "view").count() == 0


def test_manager_card_is_read_only(context, sign_in_as, make_window):
    record = svc.create_client(ClientData(first_name="Maija", last_name="Luku"))
    sign_in_as("manager")
    window = make_window()
    card = window.open_client(record.id)
    assert not card.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not card.add_note_button.isVisible()
    assert not window.action_new_client.isEnabled()
    card.close()


def test_administrator_only_sees_no_client_list(context, sign_in_as, make_window):
    svc.create_client(ClientData(first_name="Maija", last_name="Luku"))
    sign_in_as("administrator")
    window = make_window()
    assert window.page_widgets["clients"].objectName() == "NoAccessPage"
    assert not window.global_search.isEnabled()
    assert window.menu_admin.menuAction().isVisible()


def test_audit_viewer_filters_checks_and_exports(context, make_window, qtbot, tmp_path):
    from tyollistamo_gui.ui.admin.audit_dialog import AuditLogDialog

    first = svc.create_client(ClientData(first_name="Aino", last_name="Aalto"))
    second = svc.create_client(ClientData(first_name="Bo", last_name="Berg"))
    svc.get_client(first.id)
    dialog = AuditLogDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    dialog.client.setText(str(first.id))
    dialog.action.setCurrentIndex(dialog.action.findData("view"))
    dialog.apply_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.summary.text() == "1 entry"
    dialog.since.set_date(dt.date.today() + dt.timedelta(days=1))
    dialog.apply_button.click()
    assert dialog.table.rowCount() == 0
    dialog.since.set_date(None)
    dialog.client.setText(str(second.id))
    dialog.action.setCurrentIndex(0)
    target = tmp_path / "log.csv"
    dialog.export(str(target))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id;at;username")
    assert len(lines) == 2 and ";create;" in lines[1]
