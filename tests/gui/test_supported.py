"""Supported work through the widgets: fill a form by keyboard, fix a blocking finding,
preview, save the PDF, record the signing; overrides, eligibility and the page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.unit import UnitInfo, save_unit_info
from tyollistamo_gui.storage.models import Employer
from tyollistamo_gui.ui.supported.dialog import OverrideDialog

TODAY = dt.date.today()


def d(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


@pytest.fixture
def setting(context):
    save_unit_info(UnitInfo(name="Työpaja Kipinä ry", business_id="2129026-2"))
    client = client_service.create_client(
        ClientData(
            first_name="Anna",
            last_name="Aho",
            identity_code="131052-308T",
            benefit_status="labour_market_subsidy",
            unemployed_since=TODAY - dt.timedelta(days=800),
        )
    )
    employer = Employer.create(name="Puuseppa Oy", business_id="0204819-8")
    return client, employer


def _tab(make_window, qtbot, client_id):
    window = make_window()
    card = window.open_client(client_id)
    assert card.show_tab("supported")
    return window, card, card.tabs.currentWidget()


def _type(qtbot, form, name, text):
    widget = form.fields.inputs[name]
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def _error(form, name):
    return form.fields.errors[name].text()


def _print_and_sign(qtbot, dialog, tmp_path, monkeypatch, signer):
    target = tmp_path / "agreement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def in_preview():
        preview = dialog.preview_dialog
        assert preview.page_count() >= 1
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
        preview.reject()

    QTimer.singleShot(0, in_preview)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.record.state == "printed"

    def in_signing():
        signing = dialog.signing_dialog
        signing.signed_by.edit.clear()
        qtbot.keyClicks(signing.signed_by.edit, signer)
        signing.accept()

    QTimer.singleShot(0, in_signing)
    qtbot.mouseClick(dialog.signing_button, Qt.MouseButton.LeftButton)
    assert dialog.record.state == "signed"
    document = archive.latest_document(dialog.document_kind(), dialog.record.id)
    assert document.signed and document.signed_by == signer and document.signed_on == TODAY
    assert document.sha256 and target.read_bytes() == archive.document_pdf(document.id)


def test_work_trial_by_keyboard_to_a_signed_agreement(
    make_window, qtbot, setting, tmp_path, monkeypatch
):
    client, employer = setting
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    dialog = tab.new("work_trial")
    qtbot.addWidget(dialog)
    form = dialog.form
    combo = form.fields.inputs["employer_id"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == employer.id
    for name, text in (
        ("workplace", "Verstas"),
        ("supervisor_name", "Ville Valvoja"),
        ("start", d(TODAY - dt.timedelta(days=10))),
        ("end", d(TODAY + dt.timedelta(days=60))),
        ("hours_per_day", "9"),
        ("daily_timing", "8-14"),
        ("goals", "Soveltuvuus"),
        ("tasks", "Puutyot"),
        ("authority_name", "Turun tyollisyysalue"),
        ("plan_date", d(TODAY - dt.timedelta(days=30))),
    ):
        _type(qtbot, form, name, text)
    assert _error(form, "hours_per_day") == (
        "At most 8 hours a day; here 9. (Act 380/2023, section 57(1)(3))"
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is None and svc.list_arrangements(client.id) == []
    _type(qtbot, form, "hours_per_day", "6")
    assert _error(form, "hours_per_day") == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None and dialog.record.data.hours_per_day == Decimal("6")
    assert dialog.record.data.tasks == "Puutyot"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "Work trial"
    _print_and_sign(qtbot, dialog, tmp_path, monkeypatch, "Anna Aho, Puuseppa Oy")
    assert tab.table.item(0, 4).text() == "Signed"


def test_a_warning_is_saved_only_with_a_reason(make_window, qtbot, setting):
    client, employer = setting
    from tyollistamo_gui.domain.supported import WorkTrial

    monday = TODAY - dt.timedelta(days=TODAY.weekday() + 14)
    record = svc.save_arrangement(
        "work_trial",
        client.id,
        WorkTrial(
            employer_id=employer.id,
            workplace="Verstas",
            goals="G",
            tasks="T",
            supervisor_name="V",
            start=monday,
            end=monday + dt.timedelta(days=60),
            hours_per_day=Decimal("6"),
            daily_timing="8-14",
            plan_date=monday,
            authority_name="A",
        ),
    )
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    tab.table.setCurrentCell(0, 0)
    dialog = tab.open_selected()
    qtbot.addWidget(dialog)
    log = dialog.log
    dialog.tabs.setCurrentWidget(log)
    for offset in range(5):
        log.day.edit.clear()
        qtbot.keyClicks(log.day.edit, d(monday + dt.timedelta(days=offset)))
        qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == 5
    assert log.error.text().startswith("Warning: 5 unauthorised absences in a row")
    seen = []

    def give_reason():
        box = dialog.findChild(OverrideDialog)
        seen.append(box.buttons.button(box.buttons.StandardButton.Ok).isEnabled())
        [edit] = box.reasons.values()
        qtbot.keyClicks(edit, "Sick leave, certificate coming")
        box.accept()

    QTimer.singleShot(0, give_reason)
    _type(qtbot, dialog.form, "tasks", "Uudet tehtavat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == [False]
    stored = svc.get_arrangement("work_trial", record.id)
    assert stored.data.tasks == "Uudet tehtavat"
    assert list(stored.overrides.values()) == ["Sick leave, certificate coming"]


def test_wage_subsidy_form_and_contract(make_window, qtbot, setting, tmp_path, monkeypatch):
    client, employer = setting
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    dialog = tab.new("wage_subsidy")
    qtbot.addWidget(dialog)
    form = dialog.form
    combo = form.fields.inputs["employer_id"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    start = TODAY - dt.timedelta(days=5)
    for name, text in (
        ("place_of_work", "Verstas"),
        ("duties", "Puusepan aputyot"),
        ("start", d(start)),
        ("pay_amount", "2150,50"),
        ("pay_days", "15."),
        ("hours_per_week", "37,5"),
        ("decision_number", "PT-1"),
        ("decision_date", d(start - dt.timedelta(days=10))),
        ("grantor", "Turun tyollisyysalue"),
        ("subsidy_percent", "70"),
        ("monthly_cap", "1260"),
        ("subsidy_start", d(start)),
        ("subsidy_end", d(start + dt.timedelta(days=100))),
    ):
        _type(qtbot, form, name, text)
    assert _error(form, "subsidy_percent") == (
        "The rate of this track is 50 %; here 70 %. (Act 380/2023, section 86)"
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is None
    _type(qtbot, form, "subsidy_percent", "50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None
    assert dialog.record.data.pay_amount == Decimal("2150.50")
    _print_and_sign(qtbot, dialog, tmp_path, monkeypatch, "Anna Aho")


def test_rehab_form_period_and_signing(make_window, qtbot, setting, tmp_path, monkeypatch):
    client, _employer = setting
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    dialog = tab.new("rehab_work")
    qtbot.addWidget(dialog)
    form = dialog.form
    start = TODAY - dt.timedelta(days=3)
    for name, text in (
        ("county_name", "Varsinais-Suomen hyvinvointialue"),
        ("decision_number", "KTT-1"),
        ("decision_date", d(start - dt.timedelta(days=5))),
        ("plan_date", d(start - dt.timedelta(days=7))),
        ("plan_reference", "AKT-1"),
        ("goal", "Arjen rytmi"),
        ("support", "Ohjaus"),
        ("evaluation_date", d(start + dt.timedelta(days=60))),
        ("follow_up_date", d(start + dt.timedelta(days=80))),
        ("place", "Tekstiilipaja"),
        ("supervisor_name", "Outi Ohjaaja"),
        ("start", d(start)),
        ("end", d(start + dt.timedelta(days=40))),
        ("hours_per_day", "5"),
    ):
        _type(qtbot, form, name, text)
    assert _error(form, "end").startswith("A period is at least 3 months; here 1 months")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is None
    _type(qtbot, form, "end", d(start + dt.timedelta(days=120)))
    assert _error(form, "end") == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None
    log = dialog.log
    log.day.edit.clear()
    qtbot.keyClicks(log.day.edit, d(start))
    qtbot.keyClicks(log.travel, "4,20")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == 1
    assert "Days present in the last 12 months: 1" in log.summary.text()
    _print_and_sign(qtbot, dialog, tmp_path, monkeypatch, "Anna Aho")


def test_rehab_for_an_ineligible_client_says_why(make_window, qtbot, context, monkeypatch):
    client = client_service.create_client(
        ClientData(first_name="Bo", last_name="Ek", benefit_status="earnings_related")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    assert tab.new("rehab_work") is None
    assert shown and "labour market subsidy or social assistance" in shown[0]
    assert "(Act 189/2001, section 1)" in shown[0]


def test_page_lists_and_filters(make_window, qtbot, setting):
    client, employer = setting
    from tyollistamo_gui.domain.supported import WorkTrial

    svc.save_arrangement(
        "work_trial",
        client.id,
        WorkTrial(
            employer_id=employer.id,
            workplace="Verstas",
            goals="G",
            tasks="T",
            supervisor_name="V",
            start=TODAY,
            end=TODAY + dt.timedelta(days=30),
            hours_per_day=Decimal("6"),
            daily_timing="8-14",
            plan_date=TODAY,
            authority_name="A",
        ),
    )
    window = make_window()
    window.show_page("supported")
    page = window.page_widgets["supported"]
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Aho, Anna"
    assert page.summary.text() == "1 arrangement"
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_End)  # rehabilitative work only
    assert page.table.rowCount() == 0


def test_an_administrator_adds_a_dated_rule_value(make_window, qtbot, context):
    window = make_window()
    window.show_page("supported")
    page = window.page_widgets["supported"]
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.dialogs[-1]
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    key = "work_trial.expense_allowance"
    dialog.key.setCurrentIndex(dialog.key.findData(key))
    assert dialog.key.currentText() == "Work trial: expense allowance, € a day"
    qtbot.keyClicks(dialog.value, "ten")
    qtbot.keyClicks(dialog.valid_from.edit, "1.1.2027")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.value_error.text() == "Write a number, e.g. 6 or 7,5."
    assert dialog.source_error.text() == "This field is required."
    assert dialog.table.rowCount() == before
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "10,50")
    qtbot.keyClicks(dialog.source, "HE 1/2026")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.value_error.isHidden() and dialog.source_error.isHidden()
    assert dialog.table.rowCount() == before + 1
    shown = [
        [dialog.table.item(r, c).text() for c in range(5)]
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == key
    ]
    assert shown == [
        [
            "Work trial: expense allowance, € a day",
            "9,00",
            "1.1.2025",
            "Act 380/2023, section 104 (built-in)",
            "yes",
        ],
        [
            "Work trial: expense allowance, € a day",
            "10,50",
            "1.1.2027",
            "HE 1/2026 (unit's own)",
            "yes",
        ],
    ]
    assert svc.rule_book().value(key, dt.date(2027, 1, 1)) == Decimal("10.50")


def test_a_counsellor_reads_the_rules_but_cannot_add(
    make_window, qtbot, context, sign_in_as, signed_in
):
    from tyollistamo_gui.services import session

    sign_in_as("counsellor")
    window = make_window()
    window.show_page("supported")
    page = window.page_widgets["supported"]
    dialog = page.open_rules()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(svc.rule_table())
    assert not dialog.box.isEnabled() and dialog.not_allowed.isVisibleTo(dialog)
    # Even past the disabled form, the service refuses and the dialog says so.
    dialog.value.setText("10")
    dialog.source.setText("x")
    dialog.valid_from.set_date(dt.date(2027, 1, 1))
    assert dialog.add() is False
    assert dialog.status.text() == "Only an administrator can add values to the rules."
    assert not any(r.own for r in svc.rule_table())
    # Windows of earlier tests may still get the language change of the teardown.
    session.start(signed_in.user, "test-workstation")


def test_the_month_summary_is_previewed_saved_and_archived(
    make_window, qtbot, setting, tmp_path, monkeypatch
):
    from tyollistamo_gui.domain.supported import RehabWork

    client, _employer = setting
    start = TODAY - dt.timedelta(days=TODAY.weekday())  # a Monday
    record = svc.save_arrangement(
        "rehab_work",
        client.id,
        RehabWork(
            county_name="Varsinais-Suomen hyvinvointialue",
            decision_number="KTT-1",
            decision_date=start - dt.timedelta(days=5),
            plan_date=start - dt.timedelta(days=7),
            plan_reference="AKT-1",
            goal="Arjen rytmi",
            place="Tekstiilipaja",
            supervisor_name="Outi Ohjaaja",
            start=start,
            end=start + dt.timedelta(days=120),
            hours_per_day=Decimal("5"),
            weekdays="123",
            support="Ohjaus",
            evaluation_date=start + dt.timedelta(days=60),
            follow_up_date=start + dt.timedelta(days=80),
        ),
    )
    svc.record_attendance(record.id, start, "present", Decimal("3.10"))
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    tab.table.selectRow(0)
    dialog = tab.open_selected()
    qtbot.addWidget(dialog)
    log = dialog.log
    assert log.month.currentData() == (start.year, start.month)
    assert log.print_month.isEnabled()
    target = tmp_path / "month.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def in_preview():
        preview = log.month_preview
        assert preview.page_count() >= 1
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
        preview.reject()

    QTimer.singleShot(0, in_preview)
    qtbot.mouseClick(log.print_month, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    stored = archive.latest_document("rehab-attendance", record.id)
    assert stored is not None and archive.document_pdf(stored.id) == target.read_bytes()
    assert stored.number.endswith(f"-{start.year}-{start.month:02d}")


def test_a_part_time_job_is_recorded_and_its_employer_cannot_organise_the_trial(
    make_window, qtbot, setting
):
    client, employer = setting
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    box = tab.employment
    assert box.table.rowCount() == 0

    failures = []

    def fill():
        try:
            _fill_employment()
        except BaseException as failure:  # an exception here would leave exec() waiting
            failures.append(failure)
            box.dialog.reject()

    def _fill_employment():
        dialog = box.dialog
        # Nothing chosen or written: the error is next to the employer.
        qtbot.keyClicks(dialog.start.edit, d(TODAY - dt.timedelta(days=100)))
        dialog.accept()
        assert dialog.name.error.text() == "This field is required."
        dialog.employer.setFocus()
        qtbot.keyClick(dialog.employer, Qt.Key.Key_Down)
        assert dialog.employer.currentData() == employer.id
        assert not dialog.name.isEnabled()
        qtbot.keyClicks(dialog.end.edit, d(TODAY - dt.timedelta(days=200)))
        dialog.accept()
        assert dialog.end.error.text() == "The end date cannot be before the start date."
        dialog.end.edit.clear()
        dialog.part_time.setFocus()
        qtbot.keyClick(dialog.part_time, Qt.Key.Key_Space)
        qtbot.keyClicks(dialog.hours.edit, "12")
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]
    assert box.table.rowCount() == 1
    assert [box.table.item(0, c).text() for c in (0, 2, 3)] == [
        "Puuseppa Oy",
        "goes on (current)",
        "part-time, 12 h a week",
    ]
    dialog = tab.new("work_trial")
    qtbot.addWidget(dialog)
    form = dialog.form
    combo = form.fields.inputs["employer_id"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    _type(qtbot, form, "start", d(TODAY + dt.timedelta(days=7)))
    _type(qtbot, form, "end", d(TODAY + dt.timedelta(days=40)))
    expected = (
        f"Puuseppa Oy employs the client (since {d(TODAY - dt.timedelta(days=100))}): the "
        "client's current employer cannot organise the client's work trial. "
        "(Act 380/2023, section 54(2))"
    )
    assert _error(form, "employer_id") == expected
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is None


def test_all_three_parties_of_a_work_trial_are_offered_as_signers(
    make_window, qtbot, setting, tmp_path, monkeypatch
):
    client, employer = setting
    from tyollistamo_gui.domain.supported import WorkTrial

    record = svc.save_arrangement(
        "work_trial",
        client.id,
        WorkTrial(
            employer_id=employer.id,
            workplace="Verstas",
            goals="G",
            tasks="T",
            supervisor_name="V",
            start=TODAY,
            end=TODAY + dt.timedelta(days=30),
            hours_per_day=Decimal("6"),
            daily_timing="8-14",
            plan_date=TODAY,
            authority_name="Turun tyollisyysalue",
        ),
    )
    _window, _card, tab = _tab(make_window, qtbot, client.id)
    tab.table.setCurrentCell(0, 0)
    dialog = tab.open_selected()
    qtbot.addWidget(dialog)
    assert dialog.record.id == record.id
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "a.pdf"), "")
    )

    def in_preview():
        qtbot.mouseClick(dialog.preview_dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.preview_dialog.reject()

    QTimer.singleShot(0, in_preview)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    offered = []

    def in_signing():
        offered.append(dialog.signing_dialog.signed_by.text())
        dialog.signing_dialog.reject()

    QTimer.singleShot(0, in_signing)
    qtbot.mouseClick(dialog.signing_button, Qt.MouseButton.LeftButton)
    assert offered == ["Anna Aho, Puuseppa Oy, Turun tyollisyysalue"]
