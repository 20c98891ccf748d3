"""The unit's report for a period, and the clients behind each of its figures.

Who counts where (the same rules for a figure and for its drill-down, which
share the query that selects the clients):

- A *service period* is a row of ``client_service``; for supported work the
  period's end is the end recorded on the arrangement when the period row has
  none (an arrangement that ran to its agreed end is not always confirmed as
  ended). A period *overlaps* the report period when it started on or before
  the last day and had not ended before the first.
- *Clients served*: clients with a service period overlapping the period;
  *per month*: the same for each calendar month; *per service*: the same for
  each kind of service; *language split*: the clients served by service language.
- *New clients*: the client record was created in the period. *Closed
  clients*: closed in the period; their *outcomes* are the five report
  categories (the record's other outcomes count as "other").
- *Median duration*: of the service periods that ended in the period (by the
  report's last day or today, whichever is earlier), in days, both ends counted.
- *Job-coaching hours*: the task log's minutes in the period, per task kind.
- *Group attendance*: the attendance marks of group sessions held in the
  period; the rate is present marks out of all marks.
- *Work trials*: started (the agreed start in the period) and completed (the
  agreed end in the period and by today, not ended early).

Filters: ``staff_id`` keeps the clients that staff member is responsible for;
``service`` keeps the clients who were in that service during the period and
counts only that service's periods (see ``domain.reports.ReportCriteria``).

Managers and administrators may compute reports; a drill-down lists only the
clients the signed-in user may see (the rest are counted, not named).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from peewee import JOIN, SQL, Case, NodeList, fn

from .. import clock
from ..domain import access
from ..domain.clients import SERVICE_KINDS, SERVICE_LANGUAGES
from ..domain.coaching import TASK_KINDS
from ..domain.identifiers import mask_identity_code
from ..domain.reports import (
    ATTENDANCE_FIGURES,
    OUTCOME_CATEGORIES,
    SECTIONS,
    WORK_TRIAL_FIGURES,
    Figure,
    InvalidPeriod,
    Report,
    ReportCriteria,
    median_days,
    outcome_category,
    outcomes_in,
    rate,
)
from ..storage.coaching import (
    Attendance,
    GroupMember,
    GroupSession,
    JobCoachingCase,
    JobCoachingEntry,
)
from ..storage.connection import translate_errors
from ..storage.models import Client, ClientService, StaffUser, database
from ..storage.supported import RehabWorkRecord, WageSubsidyRecord, WorkTrialRecord
from . import session
from .client_search import ClientListRow

__all__ = [
    "DrillDown",
    "InvalidPeriod",
    "Report",
    "ReportCriteria",
    "compute_report",
    "figure_clients",
    "staff_members",
]


class Progress(Protocol):
    """``services.progress.Progress``: ``step`` raises ``Cancelled`` when the user cancels."""

    def step(self, done: int, total: int = 0, text: str | None = None) -> None: ...


@dataclass(frozen=True)
class DrillDown:
    """The clients behind one figure that the user may see; ``hidden`` counts the others."""

    section: str
    key: str
    rows: tuple[ClientListRow, ...]
    hidden: int = 0


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


# -- building blocks ------------------------------------------------------------------------------


def _first_moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def _next_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)


def _as_date(value) -> dt.date | None:
    # An expression's value comes back as text from SQLite and as a date from PostgreSQL.
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _distinct(expression):
    return NodeList((SQL("DISTINCT"), expression))


def _period_end():
    """The end of a service period, taking supported work's own end when the row has none."""
    return fn.COALESCE(
        ClientService.ended_on,
        WorkTrialRecord.ended_on,
        WorkTrialRecord.end,
        WageSubsidyRecord.ended_on,
        WageSubsidyRecord.end,
        RehabWorkRecord.ended_on,
        RehabWorkRecord.end,
    )


def _arrangement_of(model, kind: str):
    # The kind test lets the database skip the lookup for the other services' periods.
    return (model.service == ClientService.id) & (ClientService.kind == kind)


def _periods(*fields):
    """A query over service periods with their effective end available as ``_period_end()``."""
    return (
        ClientService.select(*fields)
        .join(WorkTrialRecord, JOIN.LEFT_OUTER, on=_arrangement_of(WorkTrialRecord, "work_trial"))
        .switch(ClientService)
        .join(
            WageSubsidyRecord,
            JOIN.LEFT_OUTER,
            on=_arrangement_of(WageSubsidyRecord, "wage_subsidy"),
        )
        .switch(ClientService)
        .join(
            RehabWorkRecord,
            JOIN.LEFT_OUTER,
            on=_arrangement_of(RehabWorkRecord, "rehabilitative_work"),
        )
        .switch(ClientService)
    )


def _overlaps(start: dt.date, end: dt.date):
    finish = _period_end()
    return (ClientService.started_on <= end) & (finish.is_null() | (finish >= start))


def _scoped(query, client_field, criteria: ReportCriteria):
    """Keep the rows of clients the filters choose."""
    if criteria.staff_id is not None:
        query = query.where(
            client_field.in_(
                Client.select(Client.id).where(Client.responsible_staff == criteria.staff_id)
            )
        )
    if criteria.service is not None:
        in_service = _periods(ClientService.client).where(
            (ClientService.kind == criteria.service) & _overlaps(criteria.start, criteria.end)
        )
        query = query.where(client_field.in_(in_service))
    return query


def _served_periods(criteria: ReportCriteria, start: dt.date, end: dt.date, *fields):
    """Service periods overlapping ``start``–``end`` of the clients (and service) chosen."""
    query = _periods(*fields).where(_overlaps(start, end))
    if criteria.service is not None:
        query = query.where(ClientService.kind == criteria.service)
    return _scoped(query, ClientService.client, criteria)


def _last_counted_day(criteria: ReportCriteria) -> dt.date:
    # Ends planned for later than today have not happened yet.
    return min(criteria.end, clock.today())


def _ended_periods(criteria: ReportCriteria, *fields):
    finish = _period_end()
    query = _periods(*fields).where(
        finish.is_null(False) & (finish >= criteria.start) & (finish <= _last_counted_day(criteria))
    )
    if criteria.service is not None:
        query = query.where(ClientService.kind == criteria.service)
    return _scoped(query, ClientService.client, criteria)


def _new_clients(criteria: ReportCriteria):
    return (Client.created_at >= _first_moment(criteria.start)) & (
        Client.created_at < _next_day(criteria.end)
    )


def _closed_clients(criteria: ReportCriteria):
    return (
        Client.closed_on.is_null(False)
        & (Client.closed_on >= criteria.start)
        & (Client.closed_on <= criteria.end)
    )


def _coaching_entries(criteria: ReportCriteria, *fields):
    query = (
        JobCoachingEntry.select(*fields)
        .join(JobCoachingCase, on=(JobCoachingEntry.case == JobCoachingCase.id))
        .where(
            (JobCoachingEntry.on_date >= criteria.start)
            & (JobCoachingEntry.on_date <= criteria.end)
        )
    )
    return _scoped(query, JobCoachingCase.client, criteria)


def _attendance_marks(criteria: ReportCriteria, *fields):
    query = (
        Attendance.select(*fields)
        .join(GroupSession, on=(Attendance.session == GroupSession.id))
        .switch(Attendance)
        .join(GroupMember, on=(Attendance.member == GroupMember.id))
        .where((GroupSession.on_date >= criteria.start) & (GroupSession.on_date <= criteria.end))
    )
    return _scoped(query, GroupMember.client, criteria)


def _trials_started(criteria: ReportCriteria):
    return (
        WorkTrialRecord.start.is_null(False)
        & (WorkTrialRecord.start >= criteria.start)
        & (WorkTrialRecord.start <= criteria.end)
    )


def _trials_completed(criteria: ReportCriteria):
    return (
        WorkTrialRecord.end.is_null(False)
        & (WorkTrialRecord.end >= criteria.start)
        & (WorkTrialRecord.end <= _last_counted_day(criteria))
        & (WorkTrialRecord.ended_on.is_null() | (WorkTrialRecord.ended_on >= WorkTrialRecord.end))
    )


def _work_trials(criteria: ReportCriteria, *fields):
    return _scoped(WorkTrialRecord.select(*fields), WorkTrialRecord.client, criteria)


# -- the figures ----------------------------------------------------------------------------------


def _clients_and_months(criteria: ReportCriteria) -> list[Figure]:
    months = criteria.months
    columns = [fn.COUNT(_distinct(ClientService.client))]
    for month in months:
        in_month = _overlaps(month.start, month.end)
        columns.append(fn.COUNT(_distinct(Case(None, [(in_month, ClientService.client)], None))))
    row = _served_periods(criteria, criteria.start, criteria.end, *columns).tuples().get()
    served, *per_month = (int(v or 0) for v in row)
    new, closed = (
        _scoped(
            Client.select(
                fn.SUM(Case(None, [(_new_clients(criteria), 1)], 0)),
                fn.SUM(Case(None, [(_closed_clients(criteria), 1)], 0)),
            ),
            Client.id,
            criteria,
        )
        .tuples()
        .get()
    )
    figures = [
        Figure("clients", "served", served),
        Figure("clients", "new", int(new or 0)),
        Figure("clients", "closed", int(closed or 0)),
    ]
    figures += [
        Figure("months", month.key, count) for month, count in zip(months, per_month, strict=True)
    ]
    return figures


def _services(criteria: ReportCriteria) -> list[Figure]:
    query = _served_periods(
        criteria,
        criteria.start,
        criteria.end,
        ClientService.kind,
        fn.COUNT(_distinct(ClientService.client)),
    ).group_by(ClientService.kind)
    counts = dict(query.tuples())
    kinds = (criteria.service,) if criteria.service else SERVICE_KINDS
    return [Figure("services", kind, int(counts.get(kind, 0))) for kind in kinds]


def _languages(criteria: ReportCriteria) -> list[Figure]:
    query = (
        _served_periods(
            criteria,
            criteria.start,
            criteria.end,
            Client.service_language,
            fn.COUNT(_distinct(ClientService.client)),
        )
        .join(Client, on=(ClientService.client == Client.id))
        .group_by(Client.service_language)
    )
    counts: dict[str, int] = {}
    for language, count in query.tuples():
        key = language if language in SERVICE_LANGUAGES else "other"
        counts[key] = counts.get(key, 0) + int(count)
    return [Figure("languages", key, counts.get(key, 0)) for key in SERVICE_LANGUAGES]


def _outcomes(criteria: ReportCriteria) -> list[Figure]:
    query = _scoped(
        Client.select(Client.outcome, fn.COUNT(Client.id)).where(_closed_clients(criteria)),
        Client.id,
        criteria,
    ).group_by(Client.outcome)
    counts: dict[str, int] = {}
    for outcome, count in query.tuples():
        category = outcome_category(outcome or "")
        counts[category] = counts.get(category, 0) + int(count)
    return [Figure("outcomes", key, counts.get(key, 0)) for key in OUTCOME_CATEGORIES]


def _durations(criteria: ReportCriteria) -> list[Figure]:
    query = _ended_periods(
        criteria, ClientService.kind, ClientService.started_on, _period_end().alias("finish")
    )
    days: dict[str, list[int]] = {}
    # Read from the cursor: tens of thousands of rows, dates parsed once each below.
    for kind, started, finished in database.execute(query):
        length = (_as_date(finished) - _as_date(started)).days + 1
        days.setdefault(kind, []).append(max(length, 1))
    kinds = (criteria.service,) if criteria.service else SERVICE_KINDS
    return [
        Figure("durations", kind, median_days(days.get(kind, ())), len(days.get(kind, ())))
        for kind in kinds
    ]


def _coaching_hours(criteria: ReportCriteria) -> list[Figure]:
    query = _coaching_entries(
        criteria,
        JobCoachingEntry.kind,
        fn.SUM(JobCoachingEntry.minutes),
        fn.COUNT(JobCoachingEntry.id),
    ).group_by(JobCoachingEntry.kind)
    found = {kind: (int(minutes or 0), int(entries)) for kind, minutes, entries in query.tuples()}
    figures = []
    for kind in TASK_KINDS:
        minutes, entries = found.get(kind, (0, 0))
        figures.append(Figure("coaching_hours", kind, round(minutes / 60, 1), entries))
    return figures


def _attendance(criteria: ReportCriteria) -> list[Figure]:
    present_mark = Case(None, [(Attendance.status == "present", 1)], 0)
    marks, present = (
        _attendance_marks(criteria, fn.COUNT(Attendance.id), fn.SUM(present_mark)).tuples().get()
    )
    marks, present = int(marks or 0), int(present or 0)
    return [
        Figure("attendance", "marks", marks),
        Figure("attendance", "present", present),
        Figure("attendance", "rate", rate(present, marks), marks),
    ]


def _trials(criteria: ReportCriteria) -> list[Figure]:
    started, completed = (
        _work_trials(
            criteria,
            fn.SUM(Case(None, [(_trials_started(criteria), 1)], 0)),
            fn.SUM(Case(None, [(_trials_completed(criteria), 1)], 0)),
        )
        .tuples()
        .get()
    )
    return [
        Figure("work_trials", "started", int(started or 0)),
        Figure("work_trials", "completed", int(completed or 0)),
    ]


_STEPS: tuple[Callable[[ReportCriteria], list[Figure]], ...] = (
    _clients_and_months,
    _services,
    _outcomes,
    _durations,
    _coaching_hours,
    _attendance,
    _trials,
    _languages,
)


def _staff_name(staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    row = StaffUser.get_or_none(StaffUser.id == staff_id)
    return row.display_name if row else ""


def _details(criteria: ReportCriteria) -> dict:
    return {
        "start": criteria.start.isoformat(),
        "end": criteria.end.isoformat(),
        "staff_id": criteria.staff_id,
        "service": criteria.service,
    }


@translate_errors
def compute_report(criteria: ReportCriteria, progress: Progress | None = None) -> Report:
    """Every figure of the report, read in one transaction (one consistent snapshot)."""
    session.require(access.REPORTS)
    criteria.check()
    figures: list[Figure] = []
    with database.atomic():
        for done, step in enumerate(_STEPS):
            if progress is not None:
                progress.step(done, len(_STEPS))
            figures.extend(step(criteria))
        session.log("view", object_type="report", details=_details(criteria))
    if progress is not None:
        progress.step(len(_STEPS), len(_STEPS))
    order = {name: index for index, name in enumerate(SECTIONS)}
    figures.sort(key=lambda f: order[f.section])
    return Report(criteria, tuple(figures), _staff_name(criteria.staff_id))


# -- drill-down -----------------------------------------------------------------------------------


def _clients_behind(criteria: ReportCriteria, section: str, key: str):
    """A query of the ids of the clients counted in one figure (the figure's own conditions)."""
    if section == "clients" and key == "served":
        return _served_periods(criteria, criteria.start, criteria.end, ClientService.client)
    if section == "clients" and key in ("new", "closed"):
        condition = _new_clients(criteria) if key == "new" else _closed_clients(criteria)
        return _scoped(Client.select(Client.id).where(condition), Client.id, criteria)
    if section == "months":
        month = next((m for m in criteria.months if m.key == key), None)
        if month is None:
            raise KeyError((section, key))
        return _served_periods(criteria, month.start, month.end, ClientService.client)
    if section == "services" and key in SERVICE_KINDS:
        return _served_periods(criteria, criteria.start, criteria.end, ClientService.client).where(
            ClientService.kind == key
        )
    if section == "languages" and key in SERVICE_LANGUAGES:
        query = _served_periods(criteria, criteria.start, criteria.end, ClientService.client).join(
            Client, on=(ClientService.client == Client.id)
        )
        if key == "other":
            return query.where(Client.service_language.not_in(SERVICE_LANGUAGES[:-1]))
        return query.where(Client.service_language == key)
    if section == "outcomes" and key in OUTCOME_CATEGORIES:
        named = outcomes_in(key)
        if named is None:
            outcome = Client.outcome.not_in(OUTCOME_CATEGORIES[:-1]) | Client.outcome.is_null()
        else:
            outcome = Client.outcome.in_(named)
        query = Client.select(Client.id).where(_closed_clients(criteria) & outcome)
        return _scoped(query, Client.id, criteria)
    if section == "durations" and key in SERVICE_KINDS:
        return _ended_periods(criteria, ClientService.client).where(ClientService.kind == key)
    if section == "coaching_hours" and key in TASK_KINDS:
        return _coaching_entries(criteria, JobCoachingCase.client).where(
            JobCoachingEntry.kind == key
        )
    if section == "attendance" and key in ATTENDANCE_FIGURES:
        query = _attendance_marks(criteria, GroupMember.client)
        return query.where(Attendance.status == "present") if key == "present" else query
    if section == "work_trials" and key in WORK_TRIAL_FIGURES:
        condition = _trials_started(criteria) if key == "started" else _trials_completed(criteria)
        return _work_trials(criteria, WorkTrialRecord.client).where(condition)
    raise KeyError((section, key))


def _may_see(user: session.User, rows: list[tuple]) -> list[bool]:
    if user.unrestricted:
        return [True] * len(rows)
    current = session.current()
    verdicts = []
    for row in rows:
        client_id, staff_id, team = row[0], row[-2], row[-1]
        assigned = staff_id is not None and (
            staff_id == user.id or bool(user.team and team == user.team)
        )
        verdict = access.client_access(
            user.roles,
            assigned=assigned,
            action=access.VIEW,
            reason_given=client_id in current.reasons,
        )
        # A client the user may open after giving a reason is listed; opening asks for it.
        verdicts.append(verdict != "denied")
    return verdicts


@translate_errors
def figure_clients(
    criteria: ReportCriteria, section: str, key: str, progress: Progress | None = None
) -> DrillDown:
    """The clients counted in the figure ``section``/``key`` that the user may see."""
    user = session.require(access.REPORTS)
    criteria.check()
    if progress is not None:
        progress.step(0, 0)
    with database.atomic():
        behind = _clients_behind(criteria, section, key)
        query = (
            Client.select(
                Client.id,
                Client.last_name,
                Client.first_name,
                Client.identity_code,
                StaffUser.display_name,
                Client.last_event_at,
                Client.status,
                Client.responsible_staff,
                StaffUser.team,
            )
            .join(StaffUser, JOIN.LEFT_OUTER, on=(Client.responsible_staff == StaffUser.id))
            .where(Client.id.in_(behind))
            .order_by(Client.sort_name, Client.id)
        )
        rows = list(query.tuples())
        visible = _may_see(user, rows)
        shown = tuple(
            ClientListRow(
                row[0],
                f"{row[1]}, {row[2]}",
                mask_identity_code(row[3]) if row[3] else "",
                row[4] or "",
                row[5],
                row[6],
            )
            for row, see in zip(rows, visible, strict=True)
            if see
        )
        details = dict(_details(criteria), section=section, key=key, shown=len(shown))
        session.log("view", object_type="report_clients", details=details)
    return DrillDown(section, key, shown, len(rows) - len(shown))


def staff_members() -> list[StaffChoice]:
    """The staff members a report can be filtered by (those responsible for any client)."""
    session.require(access.REPORTS)
    query = (
        StaffUser.select(StaffUser.id, StaffUser.display_name)
        .where(StaffUser.id.in_(Client.select(Client.responsible_staff)) | StaffUser.active)
        .order_by(StaffUser.display_name, StaffUser.id)
    )
    return [StaffChoice(row_id, name) for row_id, name in query.tuples()]
