"""The Today start page: sections, the count on the navigation, one click to the right tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import Client
from tyollistamo_gui.ui.clients.client_card import ClientCard
from tyollistamo_gui.ui.documents.documents_tab import DocumentsTab
from tyollistamo_gui.ui.main_window import PAGE_KEYS

from ..documents.sample import sample_pdf


def _data():
    signed_pending = client_service.create_client(ClientData(first_name="Aino", last_name="Aalto"))
    archive.archive_document(
        client_id=signed_pending.id,
        kind="test-agreement",
        object_id=1,
        title="Testisopimus",
        language="fi",
        pdf=sample_pdf(),
    )
    quiet = client_service.create_client(ClientData(first_name="Eero", last_name="Ek"))
    Client.update(last_event_at=dt.datetime.now() - dt.timedelta(days=45)).where(
        Client.id == quiet.id
    ).execute()
    return signed_pending.id, quiet.id


def _child(tree, section_key, row=0):
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        if top.data(0, Qt.ItemDataRole.UserRole) == section_key:
            return top, top.child(row)
    raise AssertionError(section_key)


def test_today_is_the_start_page_and_counts_on_the_navigation(make_window, context, qtbot):
    _data()
    context.settings.setValue("window/page", "today")
    window = make_window()
    assert window.current_page() == "today"
    page = window.page_widgets["today"]
    nav = window.navigation.item(PAGE_KEYS.index("today"))
    qtbot.waitUntil(lambda: nav.text() == "Today (2)")
    top, child = _child(page.tree, "documents_unsigned")
    assert top.text(0) == "Printed but not signed (1)"
    assert child.text(1) == "Aalto, Aino"
    assert child.text(2) == "Testisopimus, version 1: record the signing"
    top, child = _child(page.tree, "no_contact")
    assert top.text(0) == "No contact for 30 days (1)"
    assert child.text(2) == "Last event 45 days ago"


def test_one_click_opens_the_documents_tab_and_enter_the_history(make_window, context, qtbot):
    pending, quiet = _data()
    context.settings.setValue("window/page", "today")
    window = make_window()
    page = window.page_widgets["today"]
    _top, child = _child(page.tree, "documents_unsigned")
    rect = page.tree.visualItemRect(child)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = window.cards[pending]
    assert isinstance(card, ClientCard)
    assert isinstance(card.tabs.currentWidget(), DocumentsTab)

    _top, child = _child(page.tree, "no_contact")
    page.tree.setCurrentItem(child)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    other = window.cards[quiet]
    assert other.tabs.currentWidget() is other.history


def test_signing_from_the_card_updates_today(make_window, context, qtbot):
    pending, _quiet = _data()
    context.settings.setValue("window/page", "today")
    window = make_window()
    nav = window.navigation.item(PAGE_KEYS.index("today"))
    qtbot.waitUntil(lambda: nav.text() == "Today (2)")
    [document] = archive.list_documents(pending)
    archive.record_signing(document.id, dt.date.today(), "Aino Aalto")
    card = window.open_client(pending)
    card.saved.emit(pending)  # what the card does after it stored something
    qtbot.waitUntil(lambda: nav.text() == "Today (1)")


def test_whole_unit_is_shown_until_the_user_says_who_they_are(make_window, context):
    context.settings.setValue("window/page", "today")
    window = make_window()
    page = window.page_widgets["today"]
    assert "whole unit" in page.scope.text()
    _top, child = _child(page.tree, "no_contact")
    assert child.text(1) == "Nothing here."


def test_the_no_contact_limit_is_set_in_settings(make_window, context, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from tyollistamo_gui.ui.settings_dialog import SettingsDialog

    _data()
    context.settings.setValue("window/page", "today")
    window = make_window()
    page = window.page_widgets["today"]

    def change_and_accept(dialog):
        dialog.no_contact_days.setFocus()
        dialog.no_contact_days.selectAll()
        qtbot.keyClicks(dialog.no_contact_days, "60")
        dialog.fields["name"].setText("Työpaja Kipinä ry")  # the unit's name is required
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", change_and_accept)
    window.open_settings()
    assert int(context.settings.value("today/no_contact_days")) == 60
    top, child = _child(page.tree, "no_contact")
    assert top.text(0) == "No contact for 60 days (0)"


def test_a_section_that_was_empty_opens_when_something_arrives(make_window, context, qtbot):
    client = client_service.create_client(ClientData(first_name="Aino", last_name="Aalto"))
    context.settings.setValue("window/page", "today")
    window = make_window()
    page = window.page_widgets["today"]
    top, _child_item = _child(page.tree, "documents_unsigned")
    assert not top.isExpanded()  # "Nothing here." needs no opening
    archive.archive_document(
        client_id=client.id,
        kind="test-agreement",
        object_id=1,
        title="Testisopimus",
        language="fi",
        pdf=sample_pdf(),
    )
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    top, child = _child(page.tree, "documents_unsigned")
    assert top.isExpanded() and not page.tree.visualItemRect(child).isEmpty()
    # A section the user closed stays closed.
    page.tree.collapseItem(top)
    page.reload()
    top, _child_item = _child(page.tree, "documents_unsigned")
    assert not top.isExpanded()
