"""Coaching driven through its widgets, with the keyboard where a user would use it."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tyollistamo_gui.domain import coaching as rules
from tyollistamo_gui.services import clients, coaching, employers, groups
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.coaching import GroupMember, GroupSession, JobCoachingEntry
from tyollistamo_gui.ui.coaching.group_dialog import GroupDialog
from tyollistamo_gui.ui.coaching.job_case_dialog import JobCaseDialog

D = dt.date


@pytest.fixture
def people(db):
    client = clients.create_client(ClientData(first_name="Matti", last_name="Virtanen"))
    employer = employers.create_employer(
        employers.EmployerData(name="Puutarha Oy", business_id="2129026-2")
    )
    return client.id, employer.id


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(qtbot, combo, index):
    """Pick a combo item with the keyboard: Home, then Down ``index`` times."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def _open_new_case(window, qtbot, client_id) -> JobCaseDialog:
    card = window.open_client(client_id)
    assert card.show_tab("coaching")
    tab = card.tabs.currentWidget()
    _click(qtbot, tab.new_job_button)
    dialog = next(d for d in card.findChildren(JobCaseDialog) if d.record is None)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_case_with_one_entry_of_each_kind_and_the_sums(make_window, qtbot, people):
    client_id, employer_id = people
    window = make_window()
    dialog = _open_new_case(window, qtbot, client_id)
    f = dialog.case_fields
    assert not dialog.tabs.isTabEnabled(1)
    # Dates out of order first: a message next to the field, nothing saved.
    qtbot.keyClicks(f.inputs["job_title"], "Gardener")
    qtbot.keyClicks(f.inputs["starts_on"], "2.3.2026")
    qtbot.keyClicks(f.inputs["ends_on"], "1.3.2026")
    _click(qtbot, dialog.save_case_button)
    assert f.errors["employer_id"].text() == "This field is required."
    assert f.errors["ends_on"].text() == "The end date cannot be before the start date."
    assert dialog.record is None
    _choose(qtbot, f.inputs["employer_id"], 1)
    f.inputs["ends_on"].clear()
    _click(qtbot, dialog.save_case_button)
    assert dialog.record is not None and dialog.record.data.employer_id == employer_id
    assert dialog.windowTitle() == "Job coaching: Virtanen, Matti, Puutarha Oy"

    dialog.tabs.setCurrentIndex(1)
    e = dialog.entry_fields
    durations = ("1,5", "0:45", "2", "30 min", "1:15")
    for index, duration in enumerate(durations):
        qtbot.keyClicks(e.inputs["on_date"], f"{3 + index}.3.2026")
        qtbot.keyClicks(e.inputs["minutes"], duration)
        _choose(qtbot, e.inputs["kind"], index)
        qtbot.keyClicks(e.inputs["participants"], "client, supervisor")
        qtbot.keyClicks(e.inputs["entry_notes"], f"Entry {index + 1}")
        if index == 4:
            qtbot.keyClicks(e.inputs["next_step"], "Follow-up visit")
            qtbot.keyClicks(e.inputs["next_step_on"], "16.3.2026")
        _click(qtbot, dialog.add_entry_button)
        assert all(not error.text() for error in e.errors.values())
        e.inputs["on_date"].clear()
    assert dialog.entries.rowCount() == 5
    sums = {
        dialog.sums.item(row, 0).text(): dialog.sums.item(row, 1).text()
        for row in range(dialog.sums.rowCount())
    }
    assert sums == {
        "Tailoring suitable tasks with the employer": "1:30",
        "Help with the employment contract and other administration": "0:45",
        "Preparing the work community for the newcomer": "2:00",
        "Supporting the employee during employment": "0:30",
        "Supporting the employer during employment": "1:15",
        "Other": "0:00",
        "Total": "6:00",
    }
    assert dialog.next_step_label.text() == "Next step: Follow-up visit (16.3.2026)"
    assert coaching.time_per_kind(dialog.record.id)["work_community"] == 120
    # The employer-support view finds the four kinds that concern the employer.
    window.show_page("coaching")
    page = window.page_widgets["coaching"]
    page.reload()
    assert page.support_table.rowCount() == 4
    assert page.support_summary.text() == "Entries: 4 · employers: 1 · time in all: 5:30 h:min"
    assert page.jobs.table.item(0, 6).text() == "Follow-up visit (16.3.2026)"


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("0", "The duration must be more than zero."),
        ("25", "The duration cannot be more than 24 hours."),
        ("soon", "Write the duration in hours, e.g. 1,5 or 1:30 or 45 min."),
    ],
)
def test_a_bad_duration_is_explained_and_nothing_saved(
    make_window, qtbot, people, duration, message
):
    client_id, employer_id = people
    case = coaching.create_case(
        coaching.JobCaseData(client_id, employer_id, None, "Gardener", starts_on=D(2026, 3, 2))
    )
    window = make_window()
    card = window.open_client(client_id)
    card.show_tab("coaching")
    tab = card.tabs.currentWidget()
    tab.table.setFocus()
    tab.table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = next(d for d in card.findChildren(JobCaseDialog) if d.record)
    assert dialog.record.id == case.id
    dialog.tabs.setCurrentIndex(1)
    e = dialog.entry_fields
    qtbot.keyClicks(e.inputs["on_date"], "3.3.2026")
    qtbot.keyClicks(e.inputs["minutes"], duration)
    _click(qtbot, dialog.add_entry_button)
    assert e.errors["minutes"].text() == message
    assert dialog.focusWidget() is e.inputs["minutes"]
    assert JobCoachingEntry.select().count() == 0


@pytest.fixture
def group(people):
    record = groups.create_group(
        groups.GroupData("Kohti tyota", "work", D(2026, 2, 2), D(2026, 5, 29), "Tue 9-12")
    )
    ids = [people[0]] + [
        clients.create_client(ClientData(first_name=first, last_name=last)).id
        for first, last in (("Aino", "Aalto"), ("Bo", "Berg"))
    ]
    members = [groups.add_member(record.id, c, D(2026, 2, 2)) for c in ids]
    session = groups.add_session(record.id, D(2026, 3, 3), dt.time(9), "CV")
    return record, members, session


def _open_group(window, qtbot) -> GroupDialog:
    window.show_page("groups")
    page = window.page_widgets["groups"]
    # The group of these tests has ended (its dates are fixed); ended groups are hidden at first.
    if page.table.rowCount() == 0:
        qtbot.mouseClick(page.show_ended, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = next(d for d in page.findChildren(GroupDialog))
    qtbot.waitExposed(dialog)
    return dialog


def test_attendance_is_taken_with_the_keyboard(make_window, qtbot, group):
    record, members, session = group
    window = make_window()
    dialog = _open_group(window, qtbot)
    dialog.tabs.setCurrentIndex(2)
    dialog.sessions.setFocus()
    dialog.sessions.setCurrentCell(0, 0)
    table = dialog.attendance
    assert [table.item(r, 0).text() for r in range(3)] == [
        "Aalto, Aino",
        "Berg, Bo",
        "Virtanen, Matti",
    ]
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [table.item(r, 1).text() for r in range(3)] == ["Present", "Absent", "Absent"]
    qtbot.keyClick(table, Qt.Key.Key_3)
    _click(qtbot, dialog.save_attendance_button)
    stored = {r.client_name: r.status for r in groups.attendance(session.id)}
    assert stored == {"Aalto, Aino": "present", "Berg, Bo": "absent", "Virtanen, Matti": "excused"}
    assert [dialog.sessions.item(0, c).text() for c in (3, 4, 5)] == ["1", "1", "1"]


def test_a_session_outside_the_period_and_a_member_twice_are_refused(make_window, qtbot, group):
    record, members, _ = group
    window = make_window()
    dialog = _open_group(window, qtbot)
    dialog.tabs.setCurrentIndex(2)
    s = dialog.session_fields
    qtbot.keyClicks(s.inputs["on_date"], "1.6.2026")
    qtbot.keyClicks(s.inputs["starts_at"], "9.30")
    qtbot.keyClicks(s.inputs["theme"], "Summer")
    _click(qtbot, dialog.add_session_button)
    assert s.errors["on_date"].text() == (
        "A session must be within the group's period 2.2.2026 – 29.5.2026."
    )
    assert GroupSession.select().count() == 1
    s.inputs["on_date"].clear()
    qtbot.keyClicks(s.inputs["on_date"], "26.5.2026")
    _click(qtbot, dialog.add_session_button)
    assert s.errors["on_date"].text() == ""
    assert dialog.sessions.rowCount() == 2

    dialog.tabs.setCurrentIndex(1)
    j = dialog.join_fields
    qtbot.keyClicks(dialog.chooser, "Aalto")
    qtbot.keyClick(dialog.chooser, Qt.Key.Key_Return)
    assert dialog.chooser.client_id == members[1].client_id
    qtbot.keyClicks(j.inputs["joined_on"], "3.3.2026")
    _click(qtbot, dialog.add_member_button)
    assert j.errors["client_id"].text() == "The client is already a member of this group."
    assert GroupMember.select().count() == 3


def test_leaving_and_outcome_show_on_the_client_card(make_window, qtbot, group):
    record, members, _ = group
    window = make_window()
    dialog = _open_group(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    row = [dialog.members.item(r, 0).text() for r in range(3)].index("Virtanen, Matti")
    dialog.members.setFocus()
    dialog.members.selectRow(row)
    m = dialog.member_fields
    qtbot.keyClicks(m.inputs["left_on"], "1.2.2026")
    _click(qtbot, dialog.leave_button)
    assert m.errors["left_on"].text() == "The end date cannot be before the start date."
    m.inputs["left_on"].clear()
    qtbot.keyClicks(m.inputs["left_on"], "30.4.2026")
    _click(qtbot, dialog.leave_button)
    _choose(qtbot, m.inputs["outcome"], 2)
    qtbot.keyClicks(m.inputs["outcome_note"], "Warehouse job")
    _click(qtbot, dialog.outcome_button)
    assert dialog.members.item(row, 3).text() == "Moved to work"
    card = window.open_client(members[0].client_id)
    card.show_tab("coaching")
    tab = card.tabs.currentWidget()
    assert [tab.table.item(0, c).text() for c in range(5)] == [
        "Group coaching",
        "Kohti tyota",
        "2.2.2026",
        "30.4.2026",
        "Ended · Moved to work",
    ]
    card.tabs.setCurrentWidget(card.history)
    card.load(members[0].client_id)
    texts = [card.timeline.item(r, 1).text() for r in range(card.timeline.rowCount())]
    assert "Coaching group Kohti tyota: Moved to work" in texts
    assert "Left the coaching group Kohti tyota" in texts
    assert "Joined the coaching group Kohti tyota" in texts


def test_the_skills_assessment_shows_the_change(make_window, qtbot, people):
    client_id, employer_id = people
    case = coaching.create_case(
        coaching.JobCaseData(client_id, employer_id, None, "Gardener", starts_on=D(2026, 3, 2))
    )
    skills = coaching.list_skills()
    coaching.record_assessment(case.id, D(2026, 3, 2), [coaching.Rating(skills[0].id, 2)])
    window = make_window()
    window.show_page("coaching")
    dialog = window.page_widgets["coaching"].open_case(case.id)
    dialog.tabs.setCurrentIndex(2)
    f = dialog.skill_fields
    qtbot.keyClicks(f.inputs["assessment_on"], "4.5.2026")
    combo = dialog.ratings.cellWidget(0, 1)
    _choose(qtbot, combo, 4)
    _click(qtbot, dialog.save_assessment_button)
    assert dialog.history.columnCount() == 4
    row = [dialog.history.item(0, c).text() for c in range(4)]
    assert row == ["Punctuality and attendance", "2", "4", "+2"]
    assert coaching.skill_change(case.id)[skills[0].id] == (2, 4)
    # Nothing rated: a message, nothing saved.
    f.inputs["assessment_on"].clear()
    qtbot.keyClicks(f.inputs["assessment_on"], "5.5.2026")
    _click(qtbot, dialog.save_assessment_button)
    assert dialog.ratings_error.text() == "Give a score to at least one skill."
    assert len(coaching.assessments(case.id)) == 2
    assert rules.SCALE == (1, 2, 3, 4, 5)


def test_the_skills_list_is_configured_from_the_coaching_page(make_window, qtbot, db):
    window = make_window()
    window.show_page("coaching")
    page = window.page_widgets["coaching"]
    _click(qtbot, page.skills_button)
    from tyollistamo_gui.ui.coaching.skills_dialog import SkillsDialog

    dialog = next(d for d in page.findChildren(SkillsDialog))
    assert dialog.skills.count() == len(rules.DEFAULT_SKILLS)
    _click(qtbot, dialog.add_button)
    assert dialog.new_skill.error.text() == "This field is required."
    qtbot.keyClicks(dialog.new_skill.edit, "Customer service")
    qtbot.keyClick(dialog.new_skill.edit, Qt.Key.Key_Return)
    assert dialog.skills.item(dialog.skills.count() - 1).text() == "Customer service"
    dialog.skills.item(5).setCheckState(Qt.CheckState.Unchecked)
    names = [s.key or s.name for s in coaching.list_skills()]
    assert "safety" not in names and names[-1] == "Customer service"
    assert len(coaching.list_skills(include_inactive=True)) == len(rules.DEFAULT_SKILLS) + 1
