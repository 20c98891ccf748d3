"""Administration › Data protection through the widgets: periods, the due list, erasure,
the privacy notice; Settings › Privacy notice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tyollistamo_gui.services import clients, retention, session, unit
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.models import Client
from tyollistamo_gui.ui.admin.retention_dialog import DataProtectionDialog
from tyollistamo_gui.ui.settings_dialog import SettingsDialog


def _closed(first: str, last: str, closed_on: dt.date) -> int:
    record = clients.create_client(
        ClientData(
            first_name=first,
            last_name=last,
            status="closed",
            closed_on=closed_on,
            outcome="open_labour_market",
        )
    )
    return record.id


@pytest.fixture
def as_role(context, sign_in_as, signed_in):
    """Sign in with roles; afterwards the unrestricted tester again, before the context's
    teardown changes the language (widgets left from earlier tests reload then)."""
    yield sign_in_as
    session.start(signed_in.user, "test-workstation")


@pytest.fixture
def dialog(context, qtbot):
    def make():
        widget = DataProtectionDialog(context)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def test_a_bad_period_is_explained_next_to_the_field_and_a_good_one_saved(dialog, qtbot):
    window = dialog()
    page = window.periods
    kinds = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert kinds[0] == "Client data of the employment services"
    unverified = kinds.index("Basic data of the employment relationship (wage-subsidised work)")
    assert page.table.item(unverified, 4).text() == "unverified: check"
    assert page.table.item(0, 4).text() == "checked against the law"

    page.table.selectRow(0)
    assert (page.years.text(), page.valid_from.text()) == ("4", "1.1.2025")
    page.years.edit.clear()
    qtbot.keyClicks(page.years.edit, "0")
    assert page.years.error.isVisible()
    assert page.years.error.text() == "Give the period as whole years, from 1 to 100."
    page.save_button.click()
    assert [r.years for r in retention.list_rules() if r.kind == "client_record"] == [4]

    page.years.edit.clear()
    qtbot.keyClicks(page.years.edit, "6")
    assert not page.years.error.isVisible()
    page.valid_from.edit.clear()
    qtbot.keyClicks(page.valid_from.edit, "1.13.2026")
    assert page.valid_from.error.text() == "Write the date as day.month.year, e.g. 3.12.2026."
    page.valid_from.edit.clear()
    qtbot.keyClicks(page.valid_from.edit, "1.1.2026")
    qtbot.keyClicks(page.source.edit, "Purchase contract 2026")
    page.save_button.click()
    rows = [(r.years, r.valid_from, r.origin) for r in retention.list_rules()]
    assert (6, dt.date(2026, 1, 1), "unit") in rows
    assert (
        page.status.text()
        == "Saved: Client data of the employment services, 6 years from 1.1.2026."
    )
    assert page.table.rowCount() == 6
    assert AuditEntry.select().where(AuditEntry.action == "retention_changed").count() == 1


def test_due_clients_are_listed_sortably_and_erased_after_confirmation(dialog, qtbot):
    older = _closed("Aino", "Aalto", dt.date(2015, 3, 31))
    newer = _closed("Bo", "Berg", dt.date(2018, 6, 1))
    _closed("Cecilia", "Cedercreutz", dt.date.today())  # not due
    window = dialog()
    page = window.erasure
    assert page.summary.text().startswith("2 clients due for erasure.")
    column = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert column == [str(older), str(newer)]
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # days overdue: the newer first
    assert page.table.item(0, 0).text() == str(newer)

    page.table.selectRow(1)
    assert page.number.text() == str(older)
    page.erase_button.click()
    erasure = page.erasure_dialog
    assert erasure is not None and erasure.isVisible()
    assert erasure.title.text() == f"Erase client {older}: Aalto Aino"
    assert erasure.state.text() == "The retention period ended on 31.3.2019."
    assert "personal identity code" in erasure.goes.text()
    assert "The audit log, including this erasure and its reason" in erasure.stays.text()
    assert not erasure.erase_button.isEnabled()
    qtbot.mouseClick(erasure.confirm, Qt.MouseButton.LeftButton)
    assert erasure.erase_button.isEnabled()
    erasure.erase_button.click()
    qtbot.waitUntil(lambda: page.erasure_dialog is None)
    client = Client.get_by_id(older)
    assert (client.first_name, client.status, client.closed_on) == (
        "***",
        "closed",
        dt.date(2015, 3, 31),
    )
    assert page.summary.text().startswith("1 client due for erasure.")
    assert AuditEntry.select().where(AuditEntry.action == "erase").count() == 1


def test_erasing_early_needs_a_legal_reason(dialog, qtbot):
    client_id = _closed("Aino", "Aalto", dt.date.today() - dt.timedelta(days=30))
    window = dialog()
    page = window.erasure
    assert page.summary.text() == "No client is due for erasure."
    qtbot.keyClicks(page.number.edit, "abc")
    page.erase_button.click()
    assert page.number.error.text() == "Give the client's number (a whole number)."
    page.number.edit.clear()
    qtbot.keyClicks(page.number.edit, str(client_id + 50))
    page.erase_button.click()
    assert page.number.error.text() == "There is no client with this number."
    page.number.edit.clear()
    qtbot.keyClicks(page.number.edit, str(client_id))
    page.erase_button.click()
    erasure = page.erasure_dialog
    assert erasure.state.text().startswith("The retention period runs until ")
    erasure.confirm.setChecked(True)
    erasure.erase_button.click()
    assert erasure.reason_error.isVisible()
    assert erasure.reason_error.text() == (
        "The retention period has not ended: write the legal reason for erasing now."
    )
    assert Client.get_by_id(client_id).erased_at is None
    qtbot.keyClicks(erasure.reason, "Court order 12/2026")
    erasure.erase_button.click()
    qtbot.waitUntil(lambda: page.erasure_dialog is None)
    assert Client.get_by_id(client_id).erased_at is not None
    entry = AuditEntry.select().where(AuditEntry.action == "erase").get()
    assert entry.reason == "Court order 12/2026"
    page.number.setText(str(client_id))
    page.erase_button.click()
    assert page.number.error.text() == "This client has already been erased."


def test_the_privacy_notice_opens_in_the_preview(dialog, qtbot):
    unit.save_unit_info(unit.UnitInfo(name="Paja ry", email="paja@example.fi"))
    window = dialog()
    window.notice_button.click()
    preview = window.preview
    assert preview is not None and preview.isVisible()
    assert preview.document.kind == "privacy-notice"
    assert preview.page_count() >= 2
    assert preview.windowTitle() == "Preview: Tietosuojaseloste"  # UI in English, fi default
    preview.close()


@pytest.mark.parametrize("role", ["counsellor", "manager"])
def test_others_find_no_data_protection_in_the_menu(make_window, as_role, role):
    as_role(role)
    window = make_window()
    assert not window.admin_actions["data_protection"].isEnabled()
    assert not window.admin_actions["privacy_notice"].isEnabled()
    assert not window.menu_admin.menuAction().isVisible()


def test_an_administrator_finds_it_in_the_administration_menu(make_window, as_role):
    as_role("administrator")
    window = make_window()
    assert window.admin_actions["data_protection"].isEnabled()
    assert window.admin_actions["data_protection"].text() == "&Data protection and erasure..."
    assert window.menu_admin.menuAction().isVisible()


def test_settings_check_the_privacy_notice_details_next_to_the_field(context, qtbot):
    unit.save_unit_info(unit.UnitInfo(name="Paja ry"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.privacy_page)) == "&Privacy notice"
    qtbot.keyClicks(dialog.fields["dpo_name"].edit, "Tietosuojapalvelu Oy")
    qtbot.keyClicks(dialog.fields["dpo_email"].edit, "not-an-address")
    dialog.tabs.setCurrentIndex(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0
    assert dialog.tabs.currentWidget() is dialog.privacy_page
    error = dialog.fields["dpo_email"].error
    assert error.isVisible() and error.text() == "This is not an e-mail address (name@example.fi)."
    dialog.fields["dpo_email"].edit.clear()
    qtbot.keyClicks(dialog.fields["dpo_email"].edit, "dpo@example.fi")
    qtbot.keyClicks(dialog.fields["controller_name"].edit, "Pirkanmaan hyvinvointialue")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    stored = unit.get_unit_info()
    assert (stored.dpo_name, stored.dpo_email, stored.controller_name) == (
        "Tietosuojapalvelu Oy",
        "dpo@example.fi",
        "Pirkanmaan hyvinvointialue",
    )


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_text_is_cut_short_in_finnish_or_swedish(context, qtbot, language):
    from PySide6.QtWidgets import QApplication

    from .test_long_words import clipped

    context.set_language(language, remember=False)
    client_id = _closed("Anna-Maria", "Hämäläinen-Söderholm", dt.date(2015, 3, 31))
    window = DataProtectionDialog(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clipped(window) == [], f"page {index}"
    window.erasure.number.setText(str(client_id))
    window.erasure.erase()
    erasure = window.erasure.erasure_dialog
    qtbot.waitExposed(erasure)
    QApplication.processEvents()
    assert clipped(erasure) == []
    assert erasure.windowTitle() != "Erase client"
    erasure.reject()
