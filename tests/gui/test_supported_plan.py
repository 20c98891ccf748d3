"""A new work trial opened through the widgets is filled from the client's agreed plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tyollistamo_gui.domain.guidance import Goal, GuidanceData, Measure
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import guidance
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.unit import UnitInfo, save_unit_info
from tyollistamo_gui.storage.models import Employer, StaffUser

TODAY = dt.date.today()
PLAN_DATE = TODAY - dt.timedelta(days=20)
START = TODAY + dt.timedelta(days=7)
END = TODAY + dt.timedelta(days=70)


def d(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


@pytest.fixture
def planned(context):
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
    employer = Employer.create(name="Puuseppä Oy", business_id="0204819-8")
    counsellor = StaffUser.create(username="liisa", display_name="Liisa", role="counsellor").id
    record = guidance.start_process(client.id, counsellor, PLAN_DATE - dt.timedelta(days=10))
    data = GuidanceData(
        counsellor_id=counsellor,
        started_on=PLAN_DATE - dt.timedelta(days=10),
        situation_summary="Motivoitunut",
        goals=(Goal("short", "Puutöiden soveltuvuus"),),
        plan_date=PLAN_DATE,
        measures=(Measure("work_trial", "Hionta ja kokoonpano", "Puuseppä Oy", START, END),),
        next_review_on=PLAN_DATE + dt.timedelta(days=60),
    )
    process = guidance.save_draft(record.id, record.version, data, 3)
    assert process.status == "in_progress"
    return client, employer, process


def test_a_new_work_trial_is_filled_from_the_agreed_plan(make_window, qtbot, planned):
    client, employer, process = planned
    window = make_window()
    card = window.open_client(client.id)
    assert card.show_tab("supported")
    tab = card.tabs.currentWidget()
    qtbot.mouseClick(tab.new_buttons["work_trial"], Qt.MouseButton.LeftButton)
    dialog = tab.dialogs[-1]
    qtbot.addWidget(dialog)
    form = dialog.form
    inputs = form.fields.inputs
    reference = f"TS-{PLAN_DATE.year}-{process.id:04d}"
    assert inputs["plan_date"].text() == d(PLAN_DATE)
    assert inputs["plan_reference"].text() == reference
    assert inputs["employer_id"].currentData() == employer.id
    assert inputs["workplace"].text() == "Puuseppä Oy"
    assert inputs["start"].text() == d(START) and inputs["end"].text() == d(END)
    assert inputs["goals"].toPlainText() == "Puutöiden soveltuvuus"
    assert inputs["tasks"].toPlainText() == "Hionta ja kokoonpano"
    note = f"Filled from the employment plan of {d(PLAN_DATE)} ({reference}); you can change"
    for group in ("organiser", "period", "content", "authority"):
        label = form.plan_notes[group]
        assert label.isVisibleTo(dialog) and label.text().startswith(note), group
    assert not form.plan_notes["after"].isVisibleTo(dialog)
    assert not dialog.form.is_dirty()  # nothing typed yet: closing asks nothing

    # The counsellor completes what the plan does not say and changes the tasks.
    for name, text in (
        ("supervisor_name", "Ville Valvoja"),
        ("hours_per_day", "6"),
        ("daily_timing", "8-14"),
        ("authority_name", "Turun tyollisyysalue"),
    ):
        inputs[name].setFocus()
        qtbot.keyClicks(inputs[name], text)
    inputs["tasks"].setFocus()
    inputs["tasks"].selectAll()
    qtbot.keyClicks(inputs["tasks"], "Hionta, kokoonpano ja lakkaus")
    # A plan date typed differently from the stored plan is pointed out next to the field.
    inputs["plan_date"].setFocus()
    inputs["plan_date"].selectAll()
    qtbot.keyClicks(inputs["plan_date"], d(PLAN_DATE - dt.timedelta(days=3)))
    assert (
        form.fields.errors["plan_date"]
        .text()
        .startswith(
            f"Warning: The stored employment plan this agreement refers to is dated {d(PLAN_DATE)}."
        )
    )
    inputs["plan_date"].selectAll()
    qtbot.keyClicks(inputs["plan_date"], d(PLAN_DATE))
    assert form.fields.errors["plan_date"].text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.record is not None
    stored = svc.get_arrangement("work_trial", dialog.record.id).data
    assert stored.plan_process_id == process.id
    assert (stored.plan_date, stored.plan_reference) == (PLAN_DATE, reference)
    assert (stored.start, stored.end, stored.employer_id) == (START, END, employer.id)
    assert stored.tasks == "Hionta, kokoonpano ja lakkaus"
    assert stored.goals == "Puutöiden soveltuvuus"
    # Saved, it refers to the plan; nothing differs.
    assert form.plan_notes["authority"].text().startswith("Refers to the employment plan of")
    assert not form.plan_changed_row.isVisibleTo(dialog)


def test_a_changed_plan_is_shown_on_the_saved_trial_and_taken_only_on_request(
    make_window, qtbot, planned
):
    from tyollistamo_gui.services import supported_plan

    client, _employer, process = planned
    data = dataclasses.replace(
        supported_plan.prefill("work_trial", client.id).data,
        supervisor_name="Ville",
        hours_per_day=6,
        daily_timing="8-14",
        authority_name="TE",
    )
    saved = svc.save_arrangement("work_trial", client.id, data)
    moved = PLAN_DATE + dt.timedelta(days=2)
    current = guidance.get_process(process.id)
    guidance.save_draft(
        process.id, current.version, dataclasses.replace(current.data, plan_date=moved), 3
    )
    window = make_window()
    card = window.open_client(client.id)
    assert card.show_tab("supported")
    tab = card.tabs.currentWidget()
    tab.table.setCurrentCell(0, 0)
    dialog = tab.open_selected()
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.plan_changed_row.isVisibleTo(dialog)
    assert f"it is now dated {d(moved)}" in form.plan_changed.text()
    assert form.fields.inputs["plan_date"].text() == d(PLAN_DATE)  # the agreement's own
    assert svc.get_arrangement("work_trial", saved.id).data.plan_date == PLAN_DATE
    qtbot.mouseClick(form.take_plan, Qt.MouseButton.LeftButton)
    assert form.fields.inputs["plan_date"].text() == d(moved) and form.is_dirty()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert svc.get_arrangement("work_trial", saved.id).data.plan_date == moved
    assert not form.plan_changed_row.isVisibleTo(dialog)


def test_a_draft_plan_fills_nothing_and_says_why(make_window, qtbot, context):
    client = client_service.create_client(
        ClientData(first_name="Bo", last_name="Ek", benefit_status="labour_market_subsidy")
    )
    counsellor = StaffUser.create(username="liisa", display_name="Liisa", role="counsellor").id
    guidance.start_process(client.id, counsellor, TODAY)
    window = make_window()
    card = window.open_client(client.id)
    assert card.show_tab("supported")
    tab = card.tabs.currentWidget()
    qtbot.mouseClick(tab.new_buttons["work_trial"], Qt.MouseButton.LeftButton)
    dialog = tab.dialogs[-1]
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.plan_changed_row.isVisibleTo(dialog)
    assert form.plan_changed.text().startswith("The client's employment plan is still a draft")
    assert not form.take_plan.isVisibleTo(dialog)
    assert form.fields.inputs["plan_date"].text() == ""
    assert not any(note.isVisibleTo(dialog) for note in form.plan_notes.values())
