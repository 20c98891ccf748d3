"""The guidance wizard through real widgets: walked by keyboard, closed, resumed, completed."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from shiboken6 import isValid

from tyollistamo_gui.domain import guidance as rules
from tyollistamo_gui.formatting import format_date
from tyollistamo_gui.services import clients as client_svc
from tyollistamo_gui.services import guidance as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import StaffUser
from tyollistamo_gui.ui.guidance.wizard import open_wizards

ALT = Qt.KeyboardModifier.AltModifier
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _close_wizards(context):
    yield
    for wizard in open_wizards(context).values():
        wizard.reject()


@pytest.fixture
def staff(context):
    member = StaffUser.create(username="liisa", display_name="Liisa Ohjaaja", role="counsellor")
    context.set_current_staff_id(member.id)
    return member


@pytest.fixture
def card(make_window, staff):
    record = client_svc.create_client(ClientData(first_name="Anna", last_name="Virtanen"))
    window = make_window()
    card = window.open_client(record.id)
    assert card.show_tab("guidance")
    return card


def _tab(card):
    return next(tab for tab in card.service_tabs if tab.key == "guidance")


def _activate(qtbot, window):
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def _type(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _alt(qtbot, letter):
    _key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def _closed(widget) -> bool:
    return not isValid(widget) or not widget.isVisible()


def _button(qtbot, letter, until):
    """A button's mnemonic: the button animates its click, so wait for the effect."""
    _alt(qtbot, letter)
    qtbot.waitUntil(until)


def _dialog(qtbot, owner):
    qtbot.waitUntil(lambda: owner.dialog is not None and owner.dialog.isVisible())
    _activate(qtbot, owner.dialog)
    return owner.dialog


def _wizard(qtbot, context, client_id):
    process = svc.open_process_of(client_id)
    wizard = open_wizards(context)[process.id]
    qtbot.waitExposed(wizard)
    _activate(qtbot, wizard)
    return wizard


def test_walk_close_resume_and_complete_with_the_keyboard(card, qtbot, staff):
    client_id = card.record.id
    _activate(qtbot, card)
    _tab(card).start_button.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    wizard = _wizard(qtbot, card.context, client_id)
    assert wizard.currentId() == rules.SITUATION
    page = wizard.currentPage()
    assert page.counsellor.currentText() == "Liisa Ohjaaja"

    # 1. Situation: labels' mnemonics move between fields; Tab goes from the client's
    # view to the counsellor's view beside it.
    _alt(qtbot, "e")
    _type(qtbot, "Vocational school, logistics")
    _alt(qtbot, "w")
    _type(qtbot, "Warehouse 2005-2019")
    _alt(qtbot, "k")
    _type(qtbot, "Forklift licence")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Reliable and punctual")
    _alt(qtbot, "m")
    _type(qtbot, "Motivated, needs light work near home")
    assert page.fields["skills_counsellor"].toPlainText() == "Reliable and punctual"
    _button(qtbot, "n", lambda: wizard.currentId() == rules.GOALS)
    # Moving on saved the draft.
    saved = svc.open_process_of(client_id)
    assert saved.current_phase == rules.GOALS
    assert saved.data.situation_summary == "Motivated, needs light work near home"

    # 2. Goals: Insert on the list opens the form; Tab to OK, Enter.
    _alt(qtbot, "g")
    _key(qtbot, Qt.Key.Key_Insert)
    dialog = _dialog(qtbot, wizard.currentPage().goals)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Work trial in a shop")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _activate(qtbot, wizard)
    assert wizard.currentPage().goals.table.item(0, 1).text() == "Work trial in a shop"
    _button(qtbot, "n", lambda: wizard.currentId() == rules.PLAN)

    # 3. Plan: one measure, the next review; then close the wizard midway.
    _alt(qtbot, "m")
    _key(qtbot, Qt.Key.Key_Insert)
    dialog = _dialog(qtbot, wizard.currentPage().measures)
    _key(qtbot, Qt.Key.Key_Down)  # the kind: from job coaching to individual coaching
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Weekly coaching at the unit")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Liisa")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "1.4.2026")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "30.6.2026")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _activate(qtbot, wizard)
    review = TODAY + dt.timedelta(days=30)
    _alt(qtbot, "w")
    _type(qtbot, format_date(review, "fi"))
    _button(qtbot, "v", lambda: _closed(wizard))  # Save and close
    saved = svc.open_process_of(client_id)
    assert saved.current_phase == rules.PLAN
    assert saved.status == "in_progress"  # phases 1-3 are complete: the plan is agreed
    assert saved.data.next_review_on == review
    assert [(m.kind, m.description) for m in saved.data.measures] == [
        ("individual_coaching", "Weekly coaching at the unit")
    ]

    # Reopen: the same page, everything typed still there, and Back works.
    _activate(qtbot, card)
    _tab(card).continue_button.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    wizard = _wizard(qtbot, card.context, client_id)
    assert wizard.currentId() == rules.PLAN
    assert wizard.currentPage().fields["next_review_on"].text() == format_date(review, "fi")
    assert wizard.currentPage().measures.table.rowCount() == 1
    assert wizard.pages[0].fields["education"].toPlainText() == "Vocational school, logistics"
    _button(qtbot, "b", lambda: wizard.currentId() == rules.GOALS)
    assert wizard.currentPage().goals.table.rowCount() == 1
    _button(qtbot, "n", lambda: wizard.currentId() == rules.PLAN)
    _button(qtbot, "n", lambda: wizard.currentId() == rules.IMPLEMENTATION)

    # 4. A workplace visit concerning the measure.
    _alt(qtbot, "f")
    _key(qtbot, Qt.Key.Key_Insert)
    dialog = _dialog(qtbot, wizard.currentPage().follow_ups)
    _key(qtbot, Qt.Key.Key_Tab)  # date: today by default
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)  # kind: visit to the workplace
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down)  # concerns: the measure
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Going well")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Shorter days")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _activate(qtbot, wizard)
    _button(qtbot, "n", lambda: wizard.currentId() == rules.EVALUATION)
    follow_up = svc.open_process_of(client_id).data.follow_ups[0]
    assert follow_up.kind == "workplace_visit"
    assert follow_up.measure_key == saved.data.measures[0].key
    assert follow_up.notes == "Going well"

    # 5. Evaluate and complete.
    _alt(qtbot, "u")
    _key(qtbot, Qt.Key.Key_Down)  # outcome: work on the open labour market
    _alt(qtbot, "e")
    _type(qtbot, format_date(TODAY, "fi"))
    _button(qtbot, "c", lambda: _closed(wizard))
    done = svc.list_processes(client_id)
    assert [(p.status, p.outcome) for p in done] == [("completed", "open_labour_market")]
    assert svc.get_process(done[0].id).data.ended_on == TODAY
    # The card shows it in the history, and a new process can be started.
    qtbot.waitUntil(lambda: _tab(card).table.rowCount() == 1)
    assert _tab(card).table.item(0, 2).text() == "Completed"
    assert _tab(card).start_button.isVisible()


def test_required_fields_are_shown_but_a_draft_may_move_on(card, qtbot):
    wizard = _tab(card).start()
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    assert not page.banner.isVisible()
    wizard.next()
    # The summary is required: the message sits next to it, the draft is saved anyway.
    assert wizard.currentId() == rules.GOALS
    assert page.errors["situation_summary"].text() == "This field is required."
    assert page.banner.isVisibleTo(page)
    assert svc.open_process_of(card.record.id).current_phase == rules.GOALS
    wizard.back()
    page.fields["situation_summary"].setPlainText("Summary")
    # Messages follow the typing once shown.
    assert page.errors["situation_summary"].isHidden()


def test_a_date_that_is_not_a_date_keeps_the_user_on_the_page(card, qtbot):
    wizard = _tab(card).start()
    page = wizard.currentPage()
    page.fields["started_on"].setText("31.2.2026")
    wizard.next()
    assert wizard.currentId() == rules.SITUATION
    assert "day.month.year" in page.fields["started_on"].error.text()
    assert svc.open_process_of(card.record.id).data.started_on == TODAY


def test_completion_lists_the_pages_still_incomplete(card, qtbot):
    wizard = _tab(card).start()
    for _ in range(rules.EVALUATION):
        wizard.next()
    assert wizard.currentId() == rules.EVALUATION
    page = wizard.currentPage()
    page.outcome.setCurrentIndex(1)
    page.fields["ended_on"].setText(format_date(TODAY, "fi"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    box = wizard.incomplete_box
    qtbot.waitUntil(box.isVisible)
    assert "Initial assessment and situation" in box.text()
    assert "Goals and realistic options" in box.text()
    assert "Evaluation and next steps" not in box.text()
    box.close()
    assert wizard.isVisible()
    assert svc.open_process_of(card.record.id).data.outcome == "open_labour_market"


def test_referral_recorded_from_any_page(card, qtbot):
    wizard = _tab(card).start()
    wizard.next()
    dialog = wizard.open_referrals()
    records = dialog.list
    form = records.add()
    form.widgets["target"].setCurrentIndex(form.widgets["target"].findData("debt_counselling"))
    form.widgets["reason"].setPlainText("Debts <urgent> & overdue")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert records.table.rowCount() == 1
    dialog.close()
    saved = svc.open_process_of(card.record.id).data.referrals
    assert [(r.target, r.reason, r.phase, r.status) for r in saved] == [
        ("debt_counselling", "Debts <urgent> & overdue", rules.GOALS, "proposed")
    ]


def test_a_record_form_says_what_is_missing(card, qtbot):
    wizard = _tab(card).start()
    wizard.next()
    goals = wizard.currentPage().goals
    form = goals.add()
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.isVisible()
    assert form.errors["text"].text() == "This field is required."
    form.reject()
    assert goals.records == []


def test_interrupted_process_is_read_only_history(card, qtbot):
    wizard = _tab(card).start()
    wizard.pages[0].fields["education"].setPlainText("Kept")
    wizard.next()
    dialog = _tab(card).interrupt()
    dialog.widgets["reason"].setPlainText("Moved to Oulu")
    dialog.accept()
    qtbot.waitUntil(lambda: _closed(wizard))
    history = svc.list_processes(card.record.id)
    assert [(p.status) for p in history] == ["interrupted"]
    assert _tab(card).table.item(0, 2).text() == "Interrupted"
    _tab(card).table.selectRow(0)
    viewer = _tab(card).show_selected()
    qtbot.waitExposed(viewer)
    assert viewer.read_only
    assert "Interrupted" in viewer.windowTitle()
    assert viewer.pages[0].fields["education"].isReadOnly()
    assert viewer.pages[0].fields["education"].toPlainText() == "Kept"
    assert not viewer.button(QWizard.WizardButton.CancelButton).isVisible()
    viewer.next()
    assert not viewer.pages[1].goals.add_button.isVisible()
    viewer.close()


def test_guidance_page_lists_open_processes(make_window, qtbot, staff, context):
    anna = client_svc.create_client(ClientData(first_name="Anna", last_name="Virtanen")).id
    bertil = client_svc.create_client(ClientData(first_name="Bertil", last_name="Ek")).id
    svc.start_process(anna, staff.id)
    other = StaffUser.create(username="olli", display_name="Olli", role="counsellor")
    svc.start_process(bertil, other.id)
    window = make_window()
    window.show_page("guidance")
    page = window.page_widgets["guidance"]
    assert page.model.rowCount() == 2
    assert page.summary.text() == "2 open processes."
    page.mine.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Virtanen, Anna"
    assert page.model.index(0, 2).data() == "1. Initial assessment and situation"
    assert page.summary.text() == "1 open process."
    assert not page.continue_button.isEnabled()
    page.table.selectRow(0)
    wizard = page.continue_selected()
    qtbot.waitExposed(wizard)
    assert "Virtanen, Anna" in wizard.windowTitle()
    # The same process opens only once.
    assert page.continue_selected() is wizard
    wizard.next()
    # Saving moved it on: the page shows the phase reached.
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() == "2. Goals and realistic options")
    wizard.reject()


def test_guidance_page_loads_a_long_list_as_it_scrolls(make_window, qtbot):
    from tyollistamo_gui.services.demo import fill_demo

    fill_demo(1500, seed=3)
    total = svc.count_unfinished_drafts()
    assert total > 100
    window = make_window()
    window.show_page("guidance")
    page = window.page_widgets["guidance"]
    assert page.model.rowCount() == 100
    assert page.summary.text() == f"{total} open processes."
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)


def _complete_plan(client_id, staff_id):
    import dataclasses

    from tyollistamo_gui.domain.guidance import Goal, Measure

    record = svc.start_process(client_id, staff_id, TODAY)
    data = dataclasses.replace(
        record.data,
        situation_summary="Needs light work",
        goals=(Goal("short", "Work trial"),),
        measures=(Measure("work_trial", "Shop", "Liisa", TODAY, TODAY + dt.timedelta(days=60)),),
        next_review_on=TODAY + dt.timedelta(days=30),
    )
    return svc.save_draft(record.id, record.version, data, rules.PLAN)


def test_plan_is_previewed_saved_and_archived(card, qtbot, staff, monkeypatch, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    _complete_plan(card.record.id, staff.id)
    tab = _tab(card)
    tab.reload()
    wizard = tab.continue_process()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == rules.PLAN
    wizard.currentPage().fields["plan_date"].setText(format_date(TODAY, "fi"))
    wizard.button(QWizard.WizardButton.CustomButton2).click()
    preview = wizard.plan_preview
    qtbot.waitExposed(preview)
    assert preview.page_count() >= 1
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert preview.save_pdf()
    text = PdfReader(str(target)).pages[0].extract_text()
    # In the client's language (Finnish), whatever the interface language (English).
    assert "Työllistymissuunnitelma" in text and "Anna Virtanen" in text
    documents = next(t for t in card.service_tabs if t.key == "documents")
    qtbot.waitUntil(lambda: documents.table.rowCount() == 1)
    assert documents.table.item(0, 0).text().startswith("Työllistymissuunnitelma")
    preview.close()


def test_incomplete_plan_says_which_pages_lack_something(card, qtbot):
    wizard = card_tab_start = _tab(card).start()
    qtbot.waitExposed(card_tab_start)
    box = wizard.print_plan()
    qtbot.waitUntil(box.isVisible)
    assert box.objectName() == "PlanNotPrintable"
    assert "Goals and realistic options" in box.text()
    assert "Employment plan" in box.text()
    assert "Support and guidance" not in box.text()
    box.close()


def test_tab_moves_in_reading_order_on_the_first_page(card, qtbot):
    wizard = _tab(card).start()
    qtbot.waitExposed(wizard)
    _activate(qtbot, wizard)
    page = wizard.currentPage()
    page.fields["education"].setFocus()
    order = []
    for _ in range(9):
        _key(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [
        "work_history",
        "skills_client",
        "skills_counsellor",
        "work_ability_client",
        "work_ability_counsellor",
        "obstacles_client",
        "obstacles_counsellor",
        "life_situation",
        "wishes",
    ]


def test_closing_the_card_keeps_the_wizard_and_its_input(card, qtbot):
    client_id = card.record.id
    wizard = _tab(card).start()
    qtbot.waitExposed(wizard)
    wizard.pages[0].fields["education"].setPlainText("Typed after the last page move")
    card.close()
    qtbot.waitUntil(lambda: not isValid(card))
    assert isValid(wizard) and wizard.isVisible()
    wizard.reject()
    assert svc.open_process_of(client_id).data.education == "Typed after the last page move"


def test_today_page_leads_to_the_guidance_tab(make_window, qtbot, staff, context):
    from tyollistamo_gui.ui.main_window import PAGE_KEYS

    anna = client_svc.create_client(ClientData(first_name="Anna", last_name="Virtanen")).id
    record = svc.start_process(anna, staff.id)
    svc.save_draft(record.id, record.version, record.data, rules.GOALS)
    context.settings.setValue("window/page", "today")
    window = make_window()
    page = window.page_widgets["today"]
    tree = page.tree
    section = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "guidance_drafts"
    )
    assert section.text(0) == "Unfinished guidance drafts (1)"
    item = section.child(0)
    assert item.text(1) == "Virtanen, Anna"
    assert item.text(2) == "Guidance process unfinished at: Goals and realistic options"
    assert "today" in PAGE_KEYS
    page._activate(item)
    card = window.cards[anna]
    qtbot.waitExposed(card)
    assert card.tabs.currentWidget() is _tab(card)
