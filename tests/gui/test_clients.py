"""The client register driven through its widgets, as a user would."""

import dataclasses
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tyollistamo_gui.services import client_search
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import Client, StaffUser
from tyollistamo_gui.ui.clients.client_card import ClientCard


def _save_button(card):
    return card.buttons.button(QDialogButtonBox.StandardButton.Save)


def _new_card(window, qtbot):
    qtbot.mouseClick(window.page_widgets["clients"].new_button, Qt.MouseButton.LeftButton)
    card = next(w for w in window.findChildren(ClientCard) if w.isVisible() and w.record is None)
    qtbot.waitExposed(card)
    return card


def _click_in_box(button_text, seen=None):
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        if seen is not None:
            seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError([b.text() for b in box.buttons()])

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "Tarkistusmerkki (viimeinen merkki) ei täsmää; näillä numeroilla se olisi T."),
        ("sv", "Kontrolltecknet (det sista) stämmer inte; med de här siffrorna vore det T."),
    ],
)
def test_invalid_identity_code_is_explained_and_nothing_saved(
    make_window, qtbot, context, language, expected
):
    context.set_language(language, remember=False)
    window = make_window()
    card = _new_card(window, qtbot)
    form = card.form
    qtbot.keyClicks(form.fields["first_name"].edit, "Matti")
    qtbot.keyClicks(form.fields["last_name"].edit, "Virtanen")
    qtbot.keyClicks(form.fields["identity_code"].edit, "131052-308A")
    error = form.fields["identity_code"].error
    assert error.isVisible()
    assert error.text() == expected
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert Client.select().count() == 0
    assert card.isVisible() and card.record is None
    assert error.text() == expected


def test_new_client_is_saved_and_found_by_search(make_window, qtbot):
    svc.create_client(ClientData(first_name="Toinen", last_name="Asiakas"))
    window = make_window()
    card = _new_card(window, qtbot)
    form = card.form
    qtbot.keyClicks(form.fields["first_name"].edit, "Ake")
    form.fields["last_name"].setText("Öhman")
    form._edited("last_name")
    qtbot.keyClicks(form.fields["identity_code"].edit, "131052-308T")
    assert form.birth_date.text() == "13.10.1952"
    qtbot.keyClicks(form.fields["phone"].edit, "040 123 4567")
    qtbot.keyClicks(form.fields["unemployed_since"].edit, "1.2.2023")
    assert form.long_term.text() == "Yes, 12 months or more"
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert card.record is not None
    assert card.windowTitle() == "Client: Öhman, Ake"
    stored = svc.get_client(card.record.id)
    assert stored.data.identity_code == "131052-308T"
    assert stored.data.unemployed_since == dt.date(2023, 2, 1)
    page = window.page_widgets["clients"]
    qtbot.keyClicks(page.search, "ohm")
    qtbot.waitUntil(lambda: page.model.filter.query == "ohm")
    assert page.model.total == 1 and page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Öhman, Ake"
    assert page.model.index(0, 1).data() == "131052-****"
    # The summary follows on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.summary.text() == "1 client matches the search.")


def test_enter_opens_the_card_and_a_second_open_raises_the_same(make_window, qtbot):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    page = window.page_widgets["clients"]
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert record.id in window.cards
    card = window.cards[record.id]
    assert card.form.fields["first_name"].text() == "Anna"
    assert window.open_client(record.id) is card


def test_unsaved_changes_guard(make_window, qtbot, monkeypatch):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    qtbot.keyClicks(card.form.fields["phone"].edit, "040 555 1234")
    assert card.windowTitle().endswith("*")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    card.close()
    assert card.isVisible()
    card.close()
    assert not card.isVisible()
    assert svc.get_client(record.id).data.phone == ""


def test_guard_can_save_on_close(make_window, qtbot, monkeypatch):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    qtbot.keyClicks(card.form.fields["phone"].edit, "040 555 1234")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    card.close()
    assert svc.get_client(record.id).data.phone == "040 555 1234"


def test_change_on_another_workstation_offers_reload(make_window, qtbot, db):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    other = sqlite3.connect(db.path)
    other.execute("UPDATE client SET phone = '09 111 2222', version = version + 1")
    other.commit()
    other.close()
    qtbot.keyClicks(card.form.fields["email"].edit, "anna@example.fi")
    seen = []
    _click_in_box("Reload", seen)
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert "Someone else saved this client" in seen[0]
    stored = svc.get_client(record.id)
    assert stored.data.phone == "09 111 2222" and stored.data.email == ""
    assert card.form.fields["phone"].text() == "09 111 2222"
    assert not card.form.is_dirty()


def test_duplicate_identity_code_offers_the_existing_client(make_window, qtbot):
    existing = svc.create_client(
        ClientData(first_name="Anna", last_name="Aho", identity_code="131052-308T")
    )
    window = make_window()
    card = _new_card(window, qtbot)
    qtbot.keyClicks(card.form.fields["first_name"].edit, "Anni")
    qtbot.keyClicks(card.form.fields["last_name"].edit, "Aho")
    qtbot.keyClicks(card.form.fields["identity_code"].edit, "131052-308T")
    seen = []
    _click_in_box("Open the existing client", seen)
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert "Aho, Anna already has this identity code" in seen[0]
    assert Client.select().count() == 1
    assert existing.id in window.cards
    assert card.form.fields["identity_code"].error.text() == (
        "Another client already has this identity code."
    )


def test_likely_duplicate_warns_and_can_save_anyway(make_window, qtbot):
    svc.create_client(ClientData(first_name="Anna", last_name="Aho", identity_code="131052-308T"))
    window = make_window()
    card = _new_card(window, qtbot)
    qtbot.keyClicks(card.form.fields["first_name"].edit, "Anna")
    qtbot.keyClicks(card.form.fields["last_name"].edit, "Aho")
    # The same birth date with another century sign: a different code, same date.
    qtbot.keyClicks(card.form.fields["identity_code"].edit, "131052Y308T")
    seen = []
    _click_in_box("Save as a new client", seen)
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert "same name and birth date" in seen[0]
    assert Client.select().count() == 2


def test_notes_in_the_history_tab(make_window, qtbot, context):
    staff = StaffUser.create(username="liisa", display_name="Liisa Ohjaaja", role="counsellor")
    context.set_current_staff_id(staff.id)
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    card.tabs.setCurrentWidget(card.history)
    qtbot.keyClicks(card.new_note, "First meeting held")
    qtbot.mouseClick(card.add_note_button, Qt.MouseButton.LeftButton)
    assert card.notes.count() == 1
    assert "Liisa Ohjaaja" in card.notes.item(0).text()
    assert card.timeline.item(0, 1).text() == "Note added"
    assert card.timeline.item(0, 2).text() == "Liisa Ohjaaja"


def test_status_and_my_clients_filters(make_window, qtbot, context):
    staff = StaffUser.create(username="liisa", display_name="Liisa", role="counsellor")
    mine = svc.create_client(
        ClientData(first_name="Oma", last_name="Asiakas", responsible_staff_id=staff.id)
    )
    svc.create_client(ClientData(first_name="Muu", last_name="Asiakas"))
    closed = svc.create_client(ClientData(first_name="Ent", last_name="Asiakas"))
    svc.close_client(closed.id, closed.version, dt.date.today(), "education")
    context.set_current_staff_id(staff.id)
    window = make_window()
    page = window.page_widgets["clients"]
    page.retranslateUi()
    assert page.model.total == 2
    page.status.setCurrentIndex(page.status.findData("closed"))
    page.status.activated.emit(page.status.currentIndex())
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Asiakas, Ent"]
    page.status.setCurrentIndex(page.status.findData("all"))
    page.status.activated.emit(page.status.currentIndex())
    assert page.model.total == 3
    qtbot.mouseClick(page.mine, Qt.MouseButton.LeftButton)
    assert page.mine.isChecked()
    assert page.model.total == 1 and page.model.client_id(0) == mine.id


def test_global_search_opens_a_client(make_window, qtbot):
    record = svc.create_client(
        ClientData(first_name="Åsa", last_name="Öberg", identity_code="131052-308T")
    )
    window = make_window()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.global_search.hasFocus()
    qtbot.keyClicks(window.global_search, "1310")
    popup = window.global_search.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Öberg, Åsa  131052-****"
    popup.activated.emit(popup.model().index(0, 0))
    assert record.id in window.cards


def test_sorting_by_last_event(make_window, qtbot):
    old = svc.create_client(ClientData(first_name="Aino", last_name="Aho"))
    svc.create_client(ClientData(first_name="Eero", last_name="Öberg"))
    svc.add_note(old.id, "Uusin")
    window = make_window()
    page = window.page_widgets["clients"]
    assert page.model.index(0, 0).data() == "Aho, Aino"
    page.table.horizontalHeader().sectionClicked.emit(4)
    assert page.model.filter.order == "last_event"
    assert page.model.index(0, 0).data() == "Aho, Aino"
    svc.update_client(
        *(lambda r: (r.id, r.version))(
            svc.get_client(client_search.search(client_search.SearchFilter(query="oberg"))[0].id)
        ),
        dataclasses.replace(
            svc.get_client(
                client_search.search(client_search.SearchFilter(query="oberg"))[0].id
            ).data,
            phone="040 123 4567",
        ),
    )
    page.reload()
    assert page.model.index(0, 0).data() == "Öberg, Eero"
    page.table.horizontalHeader().sectionClicked.emit(0)
    assert page.model.index(0, 0).data() == "Aho, Aino"


def test_down_arrow_moves_from_search_to_list_only_there(make_window, qtbot):
    svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page_widgets["clients"]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.navigation.hasFocus()
    from tyollistamo_gui.ui.main_window import PAGE_KEYS

    assert window.current_page() == PAGE_KEYS[PAGE_KEYS.index("clients") + 1]


def test_reopening_a_closed_card_reads_the_client_afresh(make_window, qtbot):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    card.close()
    qtbot.waitUntil(lambda: record.id not in window.cards)
    svc.update_client(
        record.id, record.version, dataclasses.replace(record.data, phone="040 999 8888")
    )
    again = window.open_client(record.id)
    assert again.form.fields["phone"].text() == "040 999 8888"


def test_locked_database_keeps_the_form_and_says_so(make_window, qtbot, db, monkeypatch):
    from tyollistamo_gui.storage.models import database

    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    qtbot.keyClicks(card.form.fields["phone"].edit, "040 123 4567")
    database.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db.path)
    other.execute("BEGIN EXCLUSIVE")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[1]))
    try:
        qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    finally:
        other.rollback()
        other.close()
    assert warnings == ["Not saved"]
    assert card.form.fields["phone"].text() == "040 123 4567"
    assert svc.get_client(record.id).data.phone == ""
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert svc.get_client(record.id).data.phone == "040 123 4567"


def test_service_column_and_filter(make_window, qtbot, context):
    anna = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    svc.create_client(ClientData(first_name="Eero", last_name="Berg"))
    svc.start_service(anna.id, "work_trial", dt.date.today())
    context.set_language("fi", remember=False)
    window = make_window()
    page = window.page_widgets["clients"]
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Käynnissä olevat palvelut"
    assert page.model.index(0, 3).data() == "Työkokeilu"
    page.service.setCurrentIndex(page.service.findData("work_trial"))
    page.service.activated.emit(page.service.currentIndex())
    assert page.model.rowCount() == 1 and page.model.client_id(0) == anna.id


def test_tab_order_follows_the_form(make_window, qtbot):
    window = make_window()
    card = _new_card(window, qtbot)
    card.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    form = card.form
    first = form.fields["first_name"].edit
    first.setFocus()
    seen = [first.objectName()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget() or first, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [
        "first_name",
        "last_name",
        "identity_code",
        "phone",
        "email",
        "street_address",
        "postal_code",
    ]


def test_a_date_that_does_not_exist_is_explained_and_nothing_saved(make_window, qtbot):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    field = card.form.fields["unemployed_since"]
    qtbot.keyClicks(field.edit, "31.2.2024")
    assert field.error.text() == "Write the date as day.month.year, e.g. 3.12.2026."
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert svc.get_client(record.id) == record
    field.edit.clear()
    qtbot.keyClicks(field.edit, "28.2.2024")
    assert field.error.text() == ""
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert svc.get_client(record.id).data.unemployed_since == dt.date(2024, 2, 28)


def test_blank_note_cannot_be_added(make_window, qtbot):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    window = make_window()
    card = window.open_client(record.id)
    card.tabs.setCurrentWidget(card.history)
    assert not card.add_note_button.isEnabled()
    qtbot.keyClicks(card.new_note, "   ")
    assert not card.add_note_button.isEnabled()
    qtbot.keyClicks(card.new_note, "x")
    assert card.add_note_button.isEnabled()
    assert svc.list_notes(record.id) == []


def test_a_new_client_is_the_creators_by_default(make_window, qtbot, sign_in_as):
    user = sign_in_as("counsellor", username="stina")
    window = make_window()
    card = _new_card(window, qtbot)
    assert card.form.staff.currentData() == user.id
    assert not card.form.is_dirty()  # closing the empty card asks nothing
    qtbot.keyClicks(card.form.fields["first_name"].edit, "Marta")
    qtbot.keyClicks(card.form.fields["last_name"].edit, "Lindqvist")
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert Client.get_by_id(card.record.id).responsible_staff_id == user.id


def test_the_service_tabs_work_right_after_a_new_client_is_saved(make_window, qtbot):
    window = make_window()
    card = _new_card(window, qtbot)
    qtbot.keyClicks(card.form.fields["first_name"].edit, "Marta")
    qtbot.keyClicks(card.form.fields["last_name"].edit, "Lindqvist")
    qtbot.mouseClick(_save_button(card), Qt.MouseButton.LeftButton)
    assert card.record is not None
    assert [tab.client_id for tab in card.service_tabs] == [card.record.id] * len(card.service_tabs)
    guidance = next(tab for tab in card.service_tabs if tab.key == "guidance")
    assert card.show_tab("guidance") and guidance.start_button.isEnabled()
