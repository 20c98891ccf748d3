"""Group coaching: groups, members joining and leaving, sessions, attendance, visits.

Every public writing function is one transaction: it saves everything or
raises (ValidationFailed with findings per field) and saves nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from .. import clock
from ..domain import coaching as rules
from ..domain.findings import Finding
from ..storage.coaching import (
    Attendance,
    CoachingGroup,
    GroupCoach,
    GroupMember,
    GroupSession,
    GroupVisit,
)
from ..storage.connection import translate_errors
from ..storage.models import Client, StaffUser, UnitSettings, database, now, update_versioned
from .coaching import _client_event, _client_name, _fail_on, _open_service, _sync_service


@dataclass(frozen=True)
class GroupData:
    name: str = ""
    goal: str = "work"
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    schedule: str = ""
    notes: str = ""
    coach_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class GroupRecord:
    id: int
    version: int
    data: GroupData
    coach_names: tuple[str, ...]


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    goal: str
    starts_on: dt.date
    ends_on: dt.date
    members: int  # current members (not left)
    sessions: int
    coach_names: tuple[str, ...]


@dataclass(frozen=True)
class Member:
    id: int
    client_id: int
    client_name: str
    joined_on: dt.date
    left_on: dt.date | None
    outcome: str
    outcome_note: str


@dataclass(frozen=True)
class SessionRow:
    id: int
    on_date: dt.date
    starts_at: dt.time | None
    theme: str
    present: int
    absent: int
    excused: int


@dataclass(frozen=True)
class AttendanceRow:
    member_id: int
    client_name: str
    status: str  # "" while not taken


@dataclass(frozen=True)
class VisitData:
    on_date: dt.date | None = None
    direction: str = "group_visited"
    party: str = "employer"
    organisation: str = ""
    contact: str = ""
    learnt: str = ""


@dataclass(frozen=True)
class Visit:
    id: int
    data: VisitData


# -- groups -----------------------------------------------------------------------------------


def check_group(data: GroupData) -> list[Finding]:
    findings = [
        rules.required(data.name, "name"),
        rules.check_choice(data.goal, rules.GROUP_GOALS, "goal"),
        rules.required(data.starts_on, "starts_on"),
        rules.required(data.ends_on, "ends_on"),
        rules.check_order(data.starts_on, data.ends_on, "ends_on"),
    ]
    return [f for f in findings if f is not None]


def _coaches(group_id: int) -> list[StaffUser]:
    return list(
        StaffUser.select()
        .join(GroupCoach)
        .where(GroupCoach.group == group_id)
        .order_by(StaffUser.display_name)
    )


def get_group(group_id: int) -> GroupRecord:
    group = CoachingGroup.get_by_id(group_id)
    coaches = _coaches(group_id)
    data = GroupData(
        group.name,
        group.goal,
        group.starts_on,
        group.ends_on,
        group.schedule,
        group.notes,
        tuple(c.id for c in coaches),
    )
    return GroupRecord(group.id, group.version, data, tuple(c.display_name for c in coaches))


def _values(data: GroupData) -> dict:
    return {
        "name": data.name.strip(),
        "goal": data.goal,
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "schedule": data.schedule.strip(),
        "notes": data.notes.strip(),
    }


def _save_coaches(group_id: int, coach_ids: tuple[int, ...]) -> None:
    GroupCoach.delete().where(GroupCoach.group == group_id).execute()
    for staff_id in dict.fromkeys(coach_ids):
        GroupCoach.create(group=group_id, staff=staff_id)


@translate_errors
def create_group(data: GroupData) -> GroupRecord:
    with database.atomic():
        _fail_on(check_group(data))
        stamp = now()
        group = CoachingGroup.create(created_at=stamp, updated_at=stamp, **_values(data))
        _save_coaches(group.id, data.coach_ids)
    return get_group(group.id)


@translate_errors
def update_group(group_id: int, version: int, data: GroupData) -> GroupRecord:
    """Save the group; sessions, visits and memberships must stay inside the new period."""
    with database.atomic():
        findings = check_group(data)
        if not findings:
            outside = GroupSession.select().where(
                (GroupSession.group == group_id)
                & ((GroupSession.on_date < data.starts_on) | (GroupSession.on_date > data.ends_on))
            )
            if outside.exists():
                findings.append(Finding("group.sessions_outside", "starts_on"))
        _fail_on(findings)
        update_versioned(CoachingGroup, group_id, version, **_values(data))
        _save_coaches(group_id, data.coach_ids)
    return get_group(group_id)


def list_groups(open_only: bool = False, today: dt.date | None = None) -> list[GroupRow]:
    today = today or clock.today()
    query = CoachingGroup.select().order_by(CoachingGroup.starts_on.desc(), CoachingGroup.id)
    if open_only:
        query = query.where(CoachingGroup.ends_on >= today)
    groups = list(query)
    ids = [g.id for g in groups]
    members = dict(
        GroupMember.select(GroupMember.group, fn.COUNT(GroupMember.id))
        .where(GroupMember.group.in_(ids) & GroupMember.left_on.is_null())
        .group_by(GroupMember.group)
        .tuples()
    )
    sessions = dict(
        GroupSession.select(GroupSession.group, fn.COUNT(GroupSession.id))
        .where(GroupSession.group.in_(ids))
        .group_by(GroupSession.group)
        .tuples()
    )
    coaches: dict[int, list[str]] = {}
    for group_id, name in (
        GroupCoach.select(GroupCoach.group, StaffUser.display_name)
        .join(StaffUser)
        .where(GroupCoach.group.in_(ids))
        .order_by(StaffUser.display_name)
        .tuples()
    ):
        coaches.setdefault(group_id, []).append(name)
    return [
        GroupRow(
            g.id,
            g.name,
            g.goal,
            g.starts_on,
            g.ends_on,
            members.get(g.id, 0),
            sessions.get(g.id, 0),
            tuple(coaches.get(g.id, ())),
        )
        for g in groups
    ]


# -- members ----------------------------------------------------------------------------------


def _member(m: GroupMember) -> Member:
    return Member(
        m.id,
        m.client_id,
        _client_name(m.client),
        m.joined_on,
        m.left_on,
        m.outcome,
        m.outcome_note,
    )


def list_members(group_id: int) -> list[Member]:
    query = (
        GroupMember.select(GroupMember, Client)
        .join(Client)
        .where(GroupMember.group == group_id)
        .order_by(Client.sort_name, GroupMember.joined_on)
    )
    return [_member(m) for m in query]


@translate_errors
def add_member(group_id: int, client_id: int | None, joined_on: dt.date | None, actor: str = ""):
    """A client joins the group; the same client cannot be a member twice at once."""
    with database.atomic():
        group = CoachingGroup.get_by_id(group_id)
        findings = [
            rules.required(client_id, "client_id"),
            rules.required(joined_on, "joined_on"),
            rules.check_within(joined_on, group.starts_on, group.ends_on, "joined_on"),
        ]
        if client_id is not None and joined_on is not None:
            overlapping = GroupMember.select().where(
                (GroupMember.group == group_id)
                & (GroupMember.client == client_id)
                & (GroupMember.left_on.is_null() | (GroupMember.left_on >= joined_on))
            )
            if overlapping.exists():
                findings.append(Finding("member.duplicate", "client_id"))
        _fail_on(findings)
        service_id = _open_service(client_id, "group_coaching", joined_on, actor)
        member = GroupMember.create(
            group=group_id, client=client_id, service=service_id, joined_on=joined_on
        )
        _client_event(client_id, "group_joined", actor, group=group.name)
    return _member(GroupMember.get_by_id(member.id))


@translate_errors
def leave_group(member_id: int, left_on: dt.date | None, actor: str = "") -> Member:
    with database.atomic():
        member = GroupMember.get_by_id(member_id)
        group = member.group
        _fail_on(
            [
                rules.required(left_on, "left_on"),
                rules.check_order(member.joined_on, left_on, "left_on"),
                rules.check_within(left_on, group.starts_on, group.ends_on, "left_on"),
            ]
        )
        GroupMember.update(left_on=left_on).where(GroupMember.id == member_id).execute()
        _sync_service(member.service_id, member.joined_on, left_on, actor)
        _client_event(member.client_id, "group_left", actor, group=group.name)
    return _member(GroupMember.get_by_id(member_id))


@translate_errors
def set_outcome(member_id: int, outcome: str, note: str = "", actor: str = "") -> Member:
    """The member's outcome at the end: moved to education, to work, or other."""
    with database.atomic():
        _fail_on([rules.check_choice(outcome, rules.MEMBER_OUTCOMES, "outcome")])
        member = GroupMember.get_by_id(member_id)
        GroupMember.update(outcome=outcome, outcome_note=note.strip()).where(
            GroupMember.id == member_id
        ).execute()
        _client_event(
            member.client_id, "group_outcome", actor, group=member.group.name, outcome=outcome
        )
    return _member(GroupMember.get_by_id(member_id))


# -- sessions and attendance ------------------------------------------------------------------


@translate_errors
def add_session(
    group_id: int, on_date: dt.date | None, starts_at: dt.time | None = None, theme: str = ""
) -> SessionRow:
    """A session of the group; it must fall inside the group's period."""
    with database.atomic():
        group = CoachingGroup.get_by_id(group_id)
        _fail_on(
            [
                rules.required(on_date, "on_date"),
                rules.check_within(
                    on_date, group.starts_on, group.ends_on, "on_date", "session.outside_period"
                ),
            ]
        )
        session = GroupSession.create(
            group=group_id, on_date=on_date, starts_at=starts_at, theme=theme.strip()
        )
    return SessionRow(session.id, on_date, starts_at, session.theme, 0, 0, 0)


def list_sessions(group_id: int) -> list[SessionRow]:
    sessions = list(
        GroupSession.select()
        .where(GroupSession.group == group_id)
        .order_by(GroupSession.on_date, GroupSession.starts_at, GroupSession.id)
    )
    counts: dict[tuple[int, str], int] = {}
    if sessions:
        for session_id, status, count in (
            Attendance.select(Attendance.session, Attendance.status, fn.COUNT(Attendance.id))
            .where(Attendance.session.in_([s.id for s in sessions]))
            .group_by(Attendance.session, Attendance.status)
            .tuples()
        ):
            counts[(session_id, status)] = count
    return [
        SessionRow(
            s.id,
            s.on_date,
            s.starts_at,
            s.theme,
            counts.get((s.id, "present"), 0),
            counts.get((s.id, "absent"), 0),
            counts.get((s.id, "excused"), 0),
        )
        for s in sessions
    ]


def _members_on(group_id: int, day: dt.date):
    return (
        GroupMember.select(GroupMember, Client)
        .join(Client)
        .where(
            (GroupMember.group == group_id)
            & (GroupMember.joined_on <= day)
            & (GroupMember.left_on.is_null() | (GroupMember.left_on >= day))
        )
        .order_by(Client.sort_name)
    )


def attendance(session_id: int) -> list[AttendanceRow]:
    """The members of the group on the session's day, with what was recorded."""
    session = GroupSession.get_by_id(session_id)
    recorded = {
        a.member_id: a.status for a in Attendance.select().where(Attendance.session == session_id)
    }
    return [
        AttendanceRow(m.id, _client_name(m.client), recorded.get(m.id, ""))
        for m in _members_on(session.group_id, session.on_date)
    ]


@translate_errors
def save_attendance(session_id: int, statuses: dict[int, str]) -> None:
    """Record present / absent / excused for members (an empty status clears one)."""
    with database.atomic():
        session = GroupSession.get_by_id(session_id)
        members = {m.id for m in _members_on(session.group_id, session.on_date)}
        findings = []
        for member_id, status in statuses.items():
            if member_id not in members:
                findings.append(Finding("attendance.not_member", f"member.{member_id}"))
            elif status and status not in rules.ATTENDANCE:
                findings.append(Finding("invalid", f"member.{member_id}"))
        _fail_on(findings)
        Attendance.delete().where(
            (Attendance.session == session_id) & Attendance.member.in_(list(statuses))
        ).execute()
        for member_id, status in statuses.items():
            if status:
                Attendance.create(session=session_id, member=member_id, status=status)


# -- visits -----------------------------------------------------------------------------------


@translate_errors
def add_visit(group_id: int, data: VisitData) -> Visit:
    with database.atomic():
        group = CoachingGroup.get_by_id(group_id)
        _fail_on(
            [
                rules.required(data.on_date, "on_date"),
                rules.check_within(data.on_date, group.starts_on, group.ends_on, "on_date"),
                rules.check_choice(data.direction, rules.VISIT_DIRECTIONS, "direction"),
                rules.check_choice(data.party, rules.VISIT_PARTIES, "party"),
                rules.required(data.organisation, "organisation"),
            ]
        )
        visit = GroupVisit.create(
            group=group_id,
            on_date=data.on_date,
            direction=data.direction,
            party=data.party,
            organisation=data.organisation.strip(),
            contact=data.contact.strip(),
            learnt=data.learnt.strip(),
        )
    return Visit(visit.id, data)


def list_visits(group_id: int) -> list[Visit]:
    query = (
        GroupVisit.select()
        .where(GroupVisit.group == group_id)
        .order_by(GroupVisit.on_date, GroupVisit.id)
    )
    return [
        Visit(v.id, VisitData(v.on_date, v.direction, v.party, v.organisation, v.contact, v.learnt))
        for v in query
    ]


# -- the attendance sheet ---------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceSheet:
    """What the printed attendance sheet of one session shows."""

    session_id: int
    group_name: str
    goal: str
    on_date: dt.date
    starts_at: dt.time | None
    theme: str
    coach_names: tuple[str, ...]
    member_names: tuple[str, ...]
    unit_name: str


def attendance_sheet(session_id: int) -> AttendanceSheet:
    session = GroupSession.get_by_id(session_id)
    group = session.group
    unit = UnitSettings.get_or_none(UnitSettings.id == 1)
    return AttendanceSheet(
        session.id,
        group.name,
        group.goal,
        session.on_date,
        session.starts_at,
        session.theme,
        tuple(c.display_name for c in _coaches(group.id)),
        tuple(_client_name(m.client) for m in _members_on(group.id, session.on_date)),
        unit.name if unit else "",
    )
