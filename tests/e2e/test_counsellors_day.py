"""A counsellor's day, played through the GUI only, on a fixed date and a fresh data folder.

The app starts on an empty folder and asks for the first administrator; the
administrator adds a counsellor and quits; the counsellor signs in (and sets a
password of their own), creates a Swedish-speaking client, runs the guidance
wizard to an employment plan with a work trial, creates the employer and the
work trial, is stopped by 9 hours a day, fixes it, previews and saves the
Swedish agreement, records the signing, logs a job-coaching entry, and finds
all of it on the Today page and in the client's History. At the end of the day
the administrator signs in again and finds it all in the year's report.

Nothing is set up through services: every step is a click or a keystroke in
the windows the user sees (Swedish user interface). Non-ASCII text is put in
with setText(), because typing it with qtbot aborts the test run.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from tyollistamo_gui import app, clock
from tyollistamo_gui.domain import guidance
from tyollistamo_gui.services import session
from tyollistamo_gui.storage import connection
from tyollistamo_gui.ui.context import AppContext
from tyollistamo_gui.ui.guidance.wizard import open_wizards

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 16)  # a Monday
ADMIN_PASSWORD = "first admin pass 1"
GIVEN_PASSWORD = "given by admin 22"
OWN_PASSWORD = "stina's own pass 3"
EMPLOYER_ID = "1617033-8"
IDENTITY_CODE = "150385-912E"  # a temporary code (900-999): no real person's


# -- driving the widgets -----------------------------------------------------------------------


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"cannot click {widget!r}"
    if isinstance(widget, QCheckBox):  # on the box itself: the row may be wider than its text
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit: QWidget, text: str) -> None:
    """Type like a user: ASCII with the keyboard, the rest with setText (see the docstring)."""
    edit.setFocus()
    if hasattr(edit, "selectAll"):
        edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    elif isinstance(edit, QPlainTextEdit):
        edit.setPlainText(text)
    else:
        edit.setText(text)


def ok_button(dialog) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def when_shown(name: str, answer: Callable[[QWidget], None], timeout: float = 10.0) -> list:
    """Answer the modal dialog ``name`` as soon as it appears (a modal dialog blocks the click
    that opens it). Returns a list the answer's failure is put in; ``check`` raises it."""
    failures: list = []
    deadline = time.monotonic() + timeout

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name and dialog.isVisible():
            try:
                answer(dialog)
            except BaseException as exc:
                failures.append(exc)
                dialog.reject()
            return
        if time.monotonic() > deadline:
            failures.append(AssertionError(f"{name} was not shown (active: {dialog!r})"))
            if dialog is not None:
                dialog.reject()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return failures


def through(name: str, answer: Callable[[QWidget], None], open_it: Callable[[], object]):
    """Open a modal dialog with ``open_it`` and answer it with ``answer``."""
    answered = []
    failures = when_shown(name, lambda dialog: (answer(dialog), answered.append(True)))
    result = open_it()
    if failures:
        raise failures[0]
    assert answered, f"{name} was not answered"
    return result


def choose_menu(qtbot, window, menu_title: str, action_text: str) -> None:
    """Open a menu of the menu bar with the mouse and click one of its actions."""
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    menu: QMenu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == action_text)
    assert action.isEnabled(), f"{action_text} is disabled"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def choose(qtbot, combo, code) -> None:
    """Pick the entry whose data is ``code`` with the arrow keys, as a keyboard user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code, f"{code!r} not in {combo.objectName()}"


def employer_id_of(combo, name: str):
    """The data of the entry of the combo box that starts with ``name``."""
    for index in range(combo.count()):
        if combo.itemText(index).startswith(name):
            return combo.itemData(index)
    raise AssertionError(f"{name} not in {[combo.itemText(i) for i in range(combo.count())]}")


def go_to(qtbot, window, page: str) -> QWidget:
    """Click the page on the navigation on the left."""
    from tyollistamo_gui.ui.main_window import PAGE_KEYS

    navigation = window.navigation
    item = navigation.item(PAGE_KEYS.index(page))
    rect = navigation.visualItemRect(item)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == page
    return window.page_widgets[page]


def shown_window(name: str) -> QWidget:
    """The visible top-level window called ``name`` (a client card, an arrangement...)."""
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} windows {name}"
    return found[0]


def _english_sources() -> frozenset[str]:
    """The English source texts that have a Swedish translation of their own."""
    catalogue = json.loads((ROOT / "translations" / "tyollistamo_sv.json").read_text("utf-8"))
    pairs = [
        (key.split("\x04", 1)[1].replace("&", ""), swedish.replace("&", ""))
        for key, swedish in catalogue.items()
        if isinstance(swedish, str)
    ]
    # "Status" or "Team" are Swedish words too: a text that is some translation is fine.
    swedish_texts = {swedish for _english, swedish in pairs}
    return frozenset(
        english for english, swedish in pairs if swedish != english and english not in swedish_texts
    )


ENGLISH = _english_sources()


def english_left(window: QWidget) -> list[str]:
    """Texts shown in ``window`` that are still the English source: untranslated."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            texts += [
                widget.horizontalHeaderItem(i).text()
                for i in range(widget.columnCount())
                if widget.horizontalHeaderItem(i) is not None
            ]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
    return sorted({t for t in texts if t.replace("&", "") in ENGLISH})


def in_swedish(window: QWidget) -> None:
    """Everything the window shows is in Swedish (the user interface language)."""
    assert english_left(window) == [], window.objectName()


# -- the story's steps -------------------------------------------------------------------------


def start_app(qtbot, data_dir, dialog: str, answer: Callable[[QWidget], None]):
    """What ``tyollistamo --data-dir D --lang sv`` does, up to the main window."""
    context = AppContext.create(data_dir)
    _started.append(context)
    context.set_language("sv", remember=False)
    assert app.open_database_interactively(context)
    window = through(dialog, answer, lambda: app.sign_in_and_open_window(context))
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    return context, window


def quit_app(qtbot, context, window) -> None:
    choose_menu(qtbot, window, "Arkiv", "Avsluta")
    qtbot.waitUntil(lambda: not window.isVisible())
    app.close_and_back_up(context)
    # The process ends here: its windows and its translations are gone.
    window.deleteLater()
    context.translators.install("en")
    qtbot.wait(10)


def first_administrator(dialog) -> None:
    dialog.username.setText("admin")
    dialog.display_name.setText("Åsa Administratör")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.repeat.setText(ADMIN_PASSWORD)
    ok_button(dialog).click()


def add_counsellor(qtbot, window) -> None:
    def in_user_dialog(dialog) -> None:
        type_into(qtbot, dialog.username, "stina")
        in_swedish(dialog)
        type_into(qtbot, dialog.display_name, "Stina Sjöberg")
        click(qtbot, dialog.role_checks["counsellor"])
        type_into(qtbot, dialog.password, GIVEN_PASSWORD)
        click(qtbot, ok_button(dialog))
        assert not dialog.isVisible(), [e.text() for e in dialog.errors.values()]

    def in_users(dialog) -> None:
        through("UserDialog", in_user_dialog, lambda: click(qtbot, dialog.add_button))
        names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert sorted(names) == ["Stina Sjöberg", "Åsa Administratör"]
        dialog.reject()

    through(
        "UsersDialog",
        in_users,
        lambda: choose_menu(qtbot, window, "Administration", "Användare och roller..."),
    )


def counsellor_signs_in(qtbot, dialog) -> None:
    type_into(qtbot, dialog.username, "stina")
    type_into(qtbot, dialog.password, GIVEN_PASSWORD)

    def own_password(change) -> None:
        type_into(qtbot, change.old_password, GIVEN_PASSWORD)
        type_into(qtbot, change.new_password, OWN_PASSWORD)
        type_into(qtbot, change.repeat, OWN_PASSWORD)
        click(qtbot, ok_button(change))

    # The sign-in closes, then the first sign-in asks for a password of one's own.
    when_shown("ChangePasswordDialog", own_password)
    click(qtbot, ok_button(dialog))


def create_client(qtbot, window) -> QWidget:
    """A new client from the client list: a Swedish-speaking jobseeker from Vasa."""
    clients = go_to(qtbot, window, "clients")
    click(qtbot, clients.new_button)
    card = shown_window("ClientCard")
    form = card.form
    in_swedish(card)
    type_into(qtbot, form.fields["first_name"].edit, "Märta")
    type_into(qtbot, form.fields["last_name"].edit, "Lindqvist")
    type_into(qtbot, form.fields["identity_code"].edit, IDENTITY_CODE)
    assert form.birth_date.text() == "15.3.1985"
    choose(qtbot, form.fields["service_language"], "sv")
    type_into(qtbot, form.fields["street_address"].edit, "Storalmenningen 5")
    type_into(qtbot, form.fields["postal_code"].edit, "65100")
    type_into(qtbot, form.fields["post_office"].edit, "Vasa")
    choose(qtbot, form.fields["benefit_status"], "labour_market_subsidy")
    type_into(qtbot, form.fields["unemployed_since"].edit, "1.9.2024")
    assert form.long_term.text() == "Ja, 12 månader eller mer"
    click(qtbot, card.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert card.record is not None, [e.text() for e in form.errors.values() if e.text()]
    assert card.windowTitle() == "Klient: Lindqvist, Märta"
    assert form.staff.currentText() == "Stina Sjöberg"
    return card


def open_tab(qtbot, card, key: str) -> QWidget:
    """Click the tab of the client card named ``key``."""
    tab = card.history if key == "history" else next(t for t in card.service_tabs if t.key == key)
    index = card.tabs.indexOf(tab)
    bar = card.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert card.tabs.currentWidget() is tab
    return tab


def add_record(qtbot, records, fill: Callable[[dict], None]) -> None:
    """A list on a wizard page: Add..., fill the form, OK."""
    click(qtbot, records.add_button)
    dialog = records.dialog
    qtbot.waitUntil(dialog.isVisible)
    fill(dialog.widgets)
    click(qtbot, ok_button(dialog))
    assert not dialog.isVisible(), [e.text() for e in dialog.errors.values() if e.text()]


def wizard_next(qtbot, wizard, phase: int) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    errors = [e.text() for e in wizard.currentPage().errors.values() if e.text()]
    assert wizard.currentId() == phase, errors


def guidance_to_a_plan(qtbot, context, card) -> None:
    """The guidance wizard: situation, goals, a plan with a work trial, a follow-up meeting."""
    tab = open_tab(qtbot, card, "guidance")
    click(qtbot, tab.start_button)
    [wizard] = open_wizards(context).values()
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    assert page.counsellor.currentText() == "Stina Sjöberg"
    in_swedish(wizard)
    assert page.fields["started_on"].text() == "16.3.2026"
    type_into(qtbot, page.fields["education"], "Merkonom 2005")
    type_into(qtbot, page.fields["work_history"], "Butiksbiträde 2005-2023")
    type_into(qtbot, page.fields["situation_summary"], "Vill tillbaka till handeln.")
    wizard_next(qtbot, wizard, guidance.GOALS)

    def goal(widgets) -> None:
        type_into(qtbot, widgets["text"], "Arbete i en butik inom ett år")

    add_record(qtbot, wizard.currentPage().goals, goal)
    wizard_next(qtbot, wizard, guidance.PLAN)

    page = wizard.currentPage()
    type_into(qtbot, page.fields["plan_date"].edit, "16.3.2026")
    in_swedish(wizard)

    def work_trial(widgets) -> None:
        choose(qtbot, widgets["kind"], "work_trial")
        type_into(qtbot, widgets["description"], "Arbetsprövning i butik")
        type_into(qtbot, widgets["responsible"], "Stina")
        type_into(qtbot, widgets["starts_on"].edit, "16.3.2026")
        type_into(qtbot, widgets["ends_on"].edit, "27.3.2026")

    add_record(qtbot, page.measures, work_trial)
    assert page.measures.table.item(0, 0).text() == "Arbetsprövning"
    type_into(qtbot, page.fields["next_review_on"].edit, "30.3.2026")
    wizard_next(qtbot, wizard, guidance.IMPLEMENTATION)

    def meeting(widgets) -> None:
        type_into(qtbot, widgets["notes"], "Planen gjord tillsammans.")
        type_into(qtbot, widgets["next_step"], "Besök på arbetsplatsen")
        type_into(qtbot, widgets["next_meeting"].edit, "19.3.2026")

    add_record(qtbot, wizard.currentPage().follow_ups, meeting)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))  # Save and close
    qtbot.waitUntil(lambda: not open_wizards(context))
    assert tab.state.text() == (
        "Pågår sedan 16.3.2026, ansvarig handledare Stina Sjöberg. "
        "Nu i fasen: Stöd och handledning under genomförandet."
    )


def create_employer(qtbot, window) -> None:
    """The shop that offers the work trial, from the Employers page."""
    employers = go_to(qtbot, window, "employers")
    click(qtbot, employers.new_button)
    dialog = shown_window("EmployerDialog")
    in_swedish(dialog)
    type_into(qtbot, dialog.fields.inputs["name"], "Vasa Handel Ab")
    type_into(qtbot, dialog.fields.inputs["business_id"], EMPLOYER_ID)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.record is not None
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))
    assert employers.model.rowCount() == 1


def work_trial_agreement(qtbot, card):
    """A two-week work trial: 9 hours a day is refused; 6 hours is saved."""
    tab = open_tab(qtbot, card, "supported")
    click(qtbot, tab.new_buttons["work_trial"])
    dialog = shown_window("ArrangementDialog")
    form = dialog.form
    fields = form.fields.inputs
    choose(qtbot, fields["employer_id"], employer_id_of(fields["employer_id"], "Vasa Handel Ab"))
    for name, text in (
        ("workplace", "Butiken vid torget"),
        ("supervisor_name", "Greta Gustafsson"),
        ("start", "16.3.2026"),
        ("end", "27.3.2026"),
        ("hours_per_day", "9"),
        ("daily_timing", "8-17"),
        ("goals", "Pröva på arbete i butik"),
        ("tasks", "Kassa och påfyllning"),
        ("authority_name", "Vasa arbetskraftsmyndighet"),
        ("plan_date", "16.3.2026"),
    ):
        type_into(qtbot, getattr(fields[name], "edit", fields[name]), text)
    assert form.fields.errors["hours_per_day"].text() == (
        "Högst 8 timmar per dag; nu 9. (380/2023 57 § 1 mom. 3 punkten)"
    )
    click(qtbot, dialog.save_button)
    assert dialog.record is None  # blocked: nothing saved
    in_swedish(dialog)

    type_into(qtbot, fields["hours_per_day"], "6")
    type_into(qtbot, fields["daily_timing"], "8-14")
    assert form.fields.errors["hours_per_day"].text() == ""
    click(qtbot, dialog.save_button)
    assert dialog.record is not None
    assert tab.table.rowCount() == 1
    return dialog


def preview_and_save_pdf(qtbot, dialog, pdf_path, monkeypatch) -> None:
    """Preview the agreement (in the client's language) and save it as PDF."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))

    def in_preview(preview) -> None:
        assert preview.current_language() == "sv"
        assert preview.page_count() >= 1
        in_swedish(preview)
        click(qtbot, preview.save_button)
        preview.reject()

    through("DocumentPreview", in_preview, lambda: click(qtbot, dialog.preview_button))
    assert dialog.state.text() == "Utskrivet, inte undertecknat"


def the_agreement_is_in_swedish(pdf_path) -> None:
    """Title, the three parties, the dates and hours, in the client's language."""
    text = "\n".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    for expected in (
        "Avtal om arbetsprövning",
        "mellan deltagaren, den som ger arbetsprövning och arbetskraftsmyndigheten",
        "1. Deltagare",
        "Märta Lindqvist",
        "Storalmenningen 5, 65100 Vasa",
        "2. Den som ger arbetsprövning",
        "Vasa Handel Ab",
        "FO-nummer",
        "1617033-8",
        "3. Arbetskraftsmyndigheten",
        "Vasa arbetskraftsmyndighet",
        "16.3.2026 – 27.3.2026",
        "12 dagar",
        "6 timmar per dag, 8-14",
        "Greta Gustafsson",
        "Underskrifter",
        "Utskriven 16.3.2026",
    ):
        assert expected in text, expected
    assert "Työkokeilusopimus" not in text and "Work trial" not in text


def record_signing(qtbot, dialog) -> None:
    """All three signed on paper today; the names come from the agreement."""

    def in_signing(signing) -> None:
        assert signing.signed_on.text() == "16.3.2026"
        in_swedish(signing)
        assert signing.signed_by.text() == (
            "Märta Lindqvist, Vasa Handel Ab, Vasa arbetskraftsmyndighet"
        )
        click(qtbot, ok_button(signing))
        assert not signing.isVisible(), (
            signing.signed_on.error.text(),
            signing.signed_by.error.text(),
            signing.general_error.text(),
        )

    through("RecordSigningDialog", in_signing, lambda: click(qtbot, dialog.signing_button))
    assert dialog.state.text() == "Undertecknat"
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))


def job_coaching(qtbot, card) -> None:
    """A job-coaching case at the shop and the first entry of its task log."""
    tab = open_tab(qtbot, card, "coaching")
    click(qtbot, tab.new_job_button)
    dialog = shown_window("JobCaseDialog")
    fields = dialog.case_fields.inputs
    choose(qtbot, fields["employer_id"], employer_id_of(fields["employer_id"], "Vasa Handel Ab"))
    type_into(qtbot, fields["job_title"], "Butiksbiträde")
    type_into(qtbot, getattr(fields["starts_on"], "edit", fields["starts_on"]), "16.3.2026")
    click(qtbot, dialog.save_case_button)
    assert dialog.record is not None, [e.text() for e in dialog.case_fields.errors.values()]

    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    entry = dialog.entry_fields.inputs
    type_into(qtbot, getattr(entry["on_date"], "edit", entry["on_date"]), "16.3.2026")
    type_into(qtbot, entry["minutes"], "1,5")
    choose(qtbot, entry["kind"], "employee_support")
    type_into(qtbot, entry["entry_notes"], "Introduktion i kassan.")
    type_into(qtbot, entry["next_step"], "Ringa Greta om första veckan")
    type_into(qtbot, getattr(entry["next_step_on"], "edit", entry["next_step_on"]), "20.3.2026")
    click(qtbot, dialog.add_entry_button)
    assert dialog.entries.rowCount() == 1, [e.text() for e in dialog.entry_fields.errors.values()]
    in_swedish(dialog)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))
    assert tab.table.rowCount() == 1


def today_items(page) -> dict[str, list[tuple[str, str, str]]]:
    """What the Today page shows: (date, client, what to do) by section title."""
    shown = {}
    tree = page.tree
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        rows = [section.child(j) for j in range(section.childCount())]
        shown[section.text(0)] = [(r.text(0), r.text(1), r.text(2)) for r in rows]
    return shown


def open_from_today(qtbot, window, page, text: str) -> QWidget:
    """Click the Today item whose text is ``text``; the client's card comes up."""
    tree = page.tree
    matches = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
        if tree.topLevelItem(i).child(j).text(2) == text
    ]
    assert len(matches) == 1, today_items(page)
    rect = tree.visualItemRect(matches[0])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return shown_window("ClientCard")


def unsigned_on_today(qtbot, window, card) -> None:
    """The printed agreement waits for its signing on Today; the item opens the documents."""
    today = go_to(qtbot, window, "today")
    assert today_items(today)["Utskrivet men inte undertecknat (1)"] == [
        (
            "16.3.2026",
            "Lindqvist, Märta",
            "Avtal om arbetsprövning, version 1: registrera underskriften",
        )
    ]
    opened = open_from_today(
        qtbot, window, today, "Avtal om arbetsprövning, version 1: registrera underskriften"
    )
    assert opened is card
    documents = card.tabs.currentWidget()
    assert documents.key == "documents"


def all_of_it_on_today(qtbot, window, card) -> None:
    today = go_to(qtbot, window, "today")
    assert today_items(today) == {
        "Avtal som upphör inom 14 dagar (1)": [
            ("27.3.2026", "Lindqvist, Märta", "Arbetsprövning upphör: Vasa Handel Ab")
        ],
        "Uppföljningar och nästa steg denna vecka (2)": [
            (
                "19.3.2026",
                "Lindqvist, Märta",
                "Uppföljningsmöte i handledningen: Besök på arbetsplatsen",
            ),
            ("20.3.2026", "Lindqvist, Märta", "Arbetsträning: Ringa Greta om första veckan"),
        ],
        "Sysselsättningsplaner att se över denna vecka (0)": [("", "Ingenting här.", "")],
        # Märta's employment plan is agreed (the process is in progress): not a draft.
        "Ofärdiga utkast till handledning (0)": [("", "Ingenting här.", "")],
        "Utskrivet men inte undertecknat (0)": [("", "Ingenting här.", "")],
        "Ingen kontakt på 30 dagar (0)": [("", "Ingenting här.", "")],
    }
    assert window.navigation.item(0).text() == "I dag (3)"
    in_swedish(window)
    # One click on the coaching step opens the coaching; Enter on the ending trial, the
    # supported work.
    open_from_today(qtbot, window, today, "Arbetsträning: Ringa Greta om första veckan")
    assert card.tabs.currentWidget().key == "coaching"
    window.activateWindow()
    item = today.tree.findItems(
        "Arbetsprövning upphör: Vasa Handel Ab", Qt.MatchFlag.MatchRecursive, 2
    )[0]
    today.tree.setCurrentItem(item)
    today.tree.setFocus()
    qtbot.keyClick(today.tree, Qt.Key.Key_Return)
    assert card.tabs.currentWidget().key == "supported"


def all_of_it_in_the_history(qtbot, card) -> None:
    open_tab(qtbot, card, "history")
    timeline = card.timeline
    rows = [
        [timeline.item(row, column).text() for column in range(3)]
        for row in range(timeline.rowCount())
    ]
    assert all(when.startswith("16.3.2026 ") for when, _what, _who in rows)
    in_swedish(card)
    assert [(what, who) for _when, what, who in rows] == [
        ("Arbetsträning: Stöd till arbetstagaren under anställningen", "Stina Sjöberg"),
        ("Tjänsten inleddes: Arbetsträning", "Stina Sjöberg"),
        ("Underskrift registrerad: Avtal om arbetsprövning, version 1", "Stina Sjöberg"),
        ("Dokument utskrivet: Avtal om arbetsprövning, version 1", "Stina Sjöberg"),
        ("Tjänsten inleddes: Arbetsprövning", "Stina Sjöberg"),
        ("Handledningsprocessen inledd", "Stina Sjöberg"),
        ("Tjänsten inleddes: Handledning", "Stina Sjöberg"),
        ("Klienten tillagd", "Stina Sjöberg"),
    ]


def administrator_signs_in(qtbot, dialog) -> None:
    type_into(qtbot, dialog.username, "admin")
    type_into(qtbot, dialog.password, ADMIN_PASSWORD)
    click(qtbot, ok_button(dialog))


def all_of_it_in_the_years_report(qtbot, window) -> None:
    """The administrator (the manager of this small unit) reads the year's figures."""
    reports = go_to(qtbot, window, "reports")
    assert reports.period_kind.currentText() == "År" and reports.year.value() == 2026
    with qtbot.waitSignal(reports.finished, timeout=20000):
        click(qtbot, reports.compute_button)
    assert reports.status.text() == "Siffror för 1.1.2026–31.12.2026."
    in_swedish(window)
    assert {
        (section, key): reports.figure_text(section, key)
        for section, key in (
            ("clients", "served"),
            ("clients", "new"),
            ("services", "guidance"),
            ("services", "work_trial"),
            ("services", "job_coaching"),
            ("coaching_hours", "employee_support"),
            ("work_trials", "started"),
            ("work_trials", "completed"),
            ("languages", "sv"),
            ("languages", "fi"),
            ("months", "2026-03"),
        )
    } == {
        ("clients", "served"): "1",
        ("clients", "new"): "1",
        ("services", "guidance"): "1",
        ("services", "work_trial"): "1",
        ("services", "job_coaching"): "1",
        ("coaching_hours", "employee_support"): "1,5",
        ("work_trials", "started"): "1",
        ("work_trials", "completed"): "0",
        ("languages", "sv"): "1",
        ("languages", "fi"): "0",
        ("months", "2026-03"): "1",
    }
    # Behind the figure: one client, whom an administrator without a counsellor's role
    # may not see by name.
    item = reports.figure_item("work_trials", "started")
    reports.table.setCurrentItem(item)
    reports.table.setFocus()
    with qtbot.waitSignal(reports.finished, timeout=20000):
        qtbot.keyClick(reports.table, Qt.Key.Key_Return)
    drill = reports.drill_dialog
    assert drill.title.text() == "Arbetsprövningar: Påbörjade arbetsprövningar"
    assert drill.list.model().rowCount() == 0
    assert drill.hidden_note.text() == (
        "Ytterligare 1 klient räknas i siffran men visas inte: din roll ger inte tillgång "
        "till klientens uppgifter."
    )
    click(qtbot, drill.findChild(QDialogButtonBox).buttons()[0])


_started: list[AppContext] = []  # the app's runs in this test


# -- the day -----------------------------------------------------------------------------------


@pytest.fixture
def fresh_start(data_dir, qapp, monkeypatch):
    """No test session, no open database, a fixed date: like a new installation on that day."""
    session.end()
    connection.close_database()
    clock.set_today(TODAY)
    watchdog, unexpected = _close_forgotten_dialogs()
    _started.clear()
    yield data_dir
    clock.set_today(None)
    watchdog.stop()
    for context in _started:  # the next tests run in English
        context.translators.install("en")
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    assert unexpected == [], "a dialog nobody answered"


def _close_forgotten_dialogs() -> tuple[QTimer, list[str]]:
    """A modal dialog the story does not expect would wait for a click forever: after a few
    seconds it is closed and the test fails with its text."""
    seen: dict[int, float] = {}
    unexpected: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        since = seen.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since > 8:
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            unexpected.append(f"{dialog.objectName() or type(dialog).__name__}: {text}")
            dialog.reject()

    timer = QTimer(QApplication.instance())
    timer.timeout.connect(check)
    timer.start(500)
    return timer, unexpected


def test_a_counsellors_day(fresh_start, qtbot, monkeypatch):
    data_dir = fresh_start
    context, window = start_app(qtbot, data_dir, "FirstAdministratorDialog", first_administrator)
    assert session.current_user().display_name == "Åsa Administratör"
    add_counsellor(qtbot, window)
    quit_app(qtbot, context, window)

    context, window = start_app(
        qtbot, data_dir, "SignInDialog", lambda d: counsellor_signs_in(qtbot, d)
    )
    assert session.current_user().display_name == "Stina Sjöberg"
    card = create_client(qtbot, window)
    guidance_to_a_plan(qtbot, context, card)
    create_employer(qtbot, window)
    arrangement = work_trial_agreement(qtbot, card)
    pdf_path = data_dir.parent / "arbetsprovning.pdf"
    preview_and_save_pdf(qtbot, arrangement, pdf_path, monkeypatch)
    the_agreement_is_in_swedish(pdf_path)
    unsigned_on_today(qtbot, window, card)
    record_signing(qtbot, arrangement)
    job_coaching(qtbot, card)
    all_of_it_on_today(qtbot, window, card)
    all_of_it_in_the_history(qtbot, card)
    quit_app(qtbot, context, window)

    context, window = start_app(
        qtbot, data_dir, "SignInDialog", lambda d: administrator_signs_in(qtbot, d)
    )
    all_of_it_in_the_years_report(qtbot, window)
    quit_app(qtbot, context, window)
