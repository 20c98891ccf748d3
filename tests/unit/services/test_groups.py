"""Group coaching through its services, without Qt."""

import datetime as dt

import pytest

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import clients, coaching, groups
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.coaching import Attendance, CoachingGroup, GroupMember, GroupSession
from tyollistamo_gui.storage.models import ClientService, StaffUser

D = dt.date


@pytest.fixture
def group(db):
    coach = StaffUser.create(username="k", display_name="Kalle Ryhmä", role="coach")
    record = groups.create_group(
        groups.GroupData(
            name="Kohti työtä",
            goal="work",
            starts_on=D(2026, 2, 2),
            ends_on=D(2026, 5, 29),
            schedule="Tue and Thu 9-12",
            coach_ids=(coach.id,),
        )
    )
    people = [
        clients.create_client(ClientData(first_name=first, last_name=last)).id
        for first, last in (("Aino", "Aalto"), ("Bo", "Berg"), ("Cecilia", "Carlsson"))
    ]
    return record, people


def test_group_reads_back_with_coaches(group):
    record, _ = group
    assert record.coach_names == ("Kalle Ryhmä",)
    rows = groups.list_groups()
    assert [(r.name, r.members, r.sessions, r.coach_names) for r in rows] == [
        ("Kohti työtä", 0, 0, ("Kalle Ryhmä",))
    ]


def test_group_dates_out_of_order_save_nothing(db):
    with pytest.raises(ValidationFailed) as failed:
        groups.create_group(
            groups.GroupData(name="X", starts_on=D(2026, 5, 1), ends_on=D(2026, 4, 1))
        )
    assert [(f.field, f.code) for f in failed.value.findings] == [("ends_on", "date.order")]
    assert CoachingGroup.select().count() == 0


def test_members_join_leave_and_get_an_outcome(group):
    record, people = group
    first = groups.add_member(record.id, people[0], D(2026, 2, 2), actor="Kalle")
    groups.add_member(record.id, people[1], D(2026, 2, 9))
    assert [m.client_name for m in groups.list_members(record.id)] == [
        "Aalto, Aino",
        "Berg, Bo",
    ]
    assert ClientService.select().where(ClientService.kind == "group_coaching").count() == 2
    left = groups.leave_group(first.id, D(2026, 4, 30))
    assert left.left_on == D(2026, 4, 30)
    assert ClientService.get(ClientService.client == people[0]).ended_on == D(2026, 4, 30)
    done = groups.set_outcome(first.id, "education", "Vocational school in August")
    assert done.outcome == "education"
    kinds = [e.kind for e in clients.timeline(people[0])]
    assert {"group_joined", "group_left", "group_outcome"} <= set(kinds)
    overview = coaching.client_coaching(people[0])
    assert [(o.kind, o.title, o.detail) for o in overview] == [
        ("group_coaching", "Kohti työtä", "education")
    ]
    # Having left, the client may join again later.
    groups.add_member(record.id, people[0], D(2026, 5, 4))
    assert groups.list_groups()[0].members == 2


def test_member_added_twice_is_refused(group):
    record, people = group
    groups.add_member(record.id, people[0], D(2026, 2, 2))
    with pytest.raises(ValidationFailed) as failed:
        groups.add_member(record.id, people[0], D(2026, 3, 2))
    assert [(f.field, f.code) for f in failed.value.findings] == [("client_id", "member.duplicate")]
    assert GroupMember.select().count() == 1


@pytest.mark.parametrize(
    ("joined", "code"),
    [
        (D(2026, 1, 30), "date.outside_period"),
        (D(2026, 6, 1), "date.outside_period"),
        (None, "required"),
    ],
)
def test_joining_outside_the_period_is_refused(group, joined, code):
    record, people = group
    with pytest.raises(ValidationFailed) as failed:
        groups.add_member(record.id, people[0], joined)
    assert [f.code for f in failed.value.findings] == [code]
    assert GroupMember.select().count() == 0


def test_leaving_before_joining_is_refused(group):
    record, people = group
    member = groups.add_member(record.id, people[0], D(2026, 3, 2))
    with pytest.raises(ValidationFailed) as failed:
        groups.leave_group(member.id, D(2026, 3, 1))
    assert [(f.field, f.code) for f in failed.value.findings] == [("left_on", "date.order")]
    assert GroupMember.get_by_id(member.id).left_on is None


def test_session_outside_the_group_period_is_refused(group):
    record, _ = group
    for day in (D(2026, 2, 1), D(2026, 5, 30)):
        with pytest.raises(ValidationFailed) as failed:
            groups.add_session(record.id, day, dt.time(9), "Too early or late")
        assert [(f.field, f.code) for f in failed.value.findings] == [
            ("on_date", "session.outside_period")
        ]
    assert GroupSession.select().count() == 0
    # Nor can the period shrink so that a session falls outside it.
    groups.add_session(record.id, D(2026, 5, 28))
    data = groups.GroupData(**{**vars(record.data), "ends_on": D(2026, 5, 1)})
    with pytest.raises(ValidationFailed):
        groups.update_group(record.id, record.version, data)


def test_attendance_of_a_session(group):
    record, people = group
    members = [groups.add_member(record.id, c, D(2026, 2, 2)) for c in people]
    groups.leave_group(members[2].id, D(2026, 2, 20))
    session = groups.add_session(record.id, D(2026, 3, 3), dt.time(9, 30), "CV workshop")
    rows = groups.attendance(session.id)
    assert [(r.client_name, r.status) for r in rows] == [("Aalto, Aino", ""), ("Berg, Bo", "")]
    groups.save_attendance(session.id, {members[0].id: "present", members[1].id: "excused"})
    groups.save_attendance(session.id, {members[1].id: "absent"})
    assert [r.status for r in groups.attendance(session.id)] == ["present", "absent"]
    listed = groups.list_sessions(record.id)
    assert [(s.theme, s.present, s.absent, s.excused) for s in listed] == [("CV workshop", 1, 1, 0)]
    with pytest.raises(ValidationFailed):
        groups.save_attendance(session.id, {members[2].id: "present"})
    with pytest.raises(ValidationFailed):
        groups.save_attendance(session.id, {members[0].id: "asleep"})
    assert Attendance.select().count() == 2
    sheet = groups.attendance_sheet(session.id)
    assert sheet.member_names == ("Aalto, Aino", "Berg, Bo")
    assert (sheet.group_name, sheet.theme, sheet.coach_names) == (
        "Kohti työtä",
        "CV workshop",
        ("Kalle Ryhmä",),
    )


def test_visits(group):
    record, _ = group
    groups.add_visit(
        record.id,
        groups.VisitData(
            D(2026, 3, 10), "group_visited", "employer", "Puutarha Oy", "Anna", "Jobs"
        ),
    )
    groups.add_visit(
        record.id,
        groups.VisitData(D(2026, 3, 17), "visitor_came", "interest_organisation", "PAM union"),
    )
    assert [v.data.organisation for v in groups.list_visits(record.id)] == [
        "Puutarha Oy",
        "PAM union",
    ]
    with pytest.raises(ValidationFailed) as failed:
        groups.add_visit(record.id, groups.VisitData(D(2026, 7, 1), organisation=""))
    assert {f.code for f in failed.value.findings} == {"date.outside_period", "required"}
    assert len(groups.list_visits(record.id)) == 2
