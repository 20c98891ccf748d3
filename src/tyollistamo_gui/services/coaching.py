"""Job coaching and individual coaching: cases, the task log, assessments, sessions.

Every public writing function is one transaction and either saves everything
or raises (ValidationFailed with findings per field, ConcurrentEdit,
DatabaseUnavailable) and saves nothing. Client-facing events go to the
client's timeline; each coaching record has a service period of the client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

# -- shared -----------------------------------------------------------------------------------
from .. import clock
from ..domain import access as access
from ..domain import coaching as rules
from ..domain.findings import Finding, ValidationFailed
from ..storage.coaching import (
    CoachingGoal,
    CoachingProfessional,
    CoachingSession,
    CoachingSkill,
    GoalProgress,
    IndividualCoaching,
    JobCoachingCase,
    JobCoachingEntry,
    SkillAssessment,
    SkillRating,
)
from ..storage.connection import translate_errors
from ..storage.models import (
    Client,
    ClientService,
    Employer,
    StaffUser,
    database,
    now,
    update_versioned,
)
from . import clients as client_service
from . import session as session
from .employers import Arrangement


def _client_of_case(case_id: int) -> int | None:
    from ..storage.coaching import JobCoachingCase

    return session.client_of_row(JobCoachingCase, case_id)


def _client_of_period(period_id: int) -> int | None:
    from ..storage.coaching import IndividualCoaching

    return session.client_of_row(IndividualCoaching, period_id)


def _fail_on(findings: list[Finding | None]) -> None:
    blocking = [f for f in findings if f is not None and f.blocks]
    if blocking:
        raise ValidationFailed(blocking)


def _client_event(client_id: int, kind: str, actor: str, **details) -> None:
    stamp = now()
    Client.update(last_event_at=stamp).where(Client.id == client_id).execute()
    client_service._event(client_id, kind, actor, stamp, **details)


def _client_name(client: Client) -> str:
    return f"{client.last_name}, {client.first_name}"


def _state(ends_on: dt.date | None, today: dt.date | None = None) -> str:
    today = today or clock.today()
    return "open" if ends_on is None or ends_on >= today else "ended"


def _sync_service(service_id: int | None, starts_on: dt.date, ends_on: dt.date | None, actor: str):
    """Keep the client's service period in step with the coaching record's dates."""
    if service_id is None:
        return
    period = ClientService.get_or_none(ClientService.id == service_id)
    if period is None:
        return
    if period.ended_on is None and ends_on is not None:
        _client_event(period.client_id, "service_ended", actor, service=period.kind)
    elif period.ended_on is not None and ends_on is None:
        _client_event(period.client_id, "service_started", actor, service=period.kind)
    ClientService.update(started_on=starts_on, ended_on=ends_on).where(
        ClientService.id == service_id
    ).execute()


def _open_service(client_id: int, kind: str, starts_on: dt.date, actor: str) -> int:
    return client_service.start_service(client_id, kind, starts_on, actor).id


# -- job coaching: the case -------------------------------------------------------------------


@dataclass(frozen=True)
class JobCaseData:
    client_id: int | None = None
    employer_id: int | None = None
    coach_id: int | None = None
    job_title: str = ""
    tasks: str = ""
    starts_on: dt.date | None = None
    working_hours: str = ""
    employment_begun: bool = False
    employment_started_on: dt.date | None = None
    wage_subsidy_reference: str = ""
    ends_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class JobCaseRecord:
    id: int
    version: int
    data: JobCaseData
    client_name: str
    employer_name: str
    coach_name: str

    @property
    def state(self) -> str:
        return _state(self.data.ends_on)


@dataclass(frozen=True)
class JobCaseRow:
    id: int
    client_id: int
    client_name: str
    employer_name: str
    job_title: str
    coach_name: str
    starts_on: dt.date
    ends_on: dt.date | None
    next_step: str
    next_step_on: dt.date | None

    @property
    def state(self) -> str:
        return _state(self.ends_on)


def check_case(data: JobCaseData) -> list[Finding]:
    findings = [
        rules.required(data.client_id, "client_id"),
        rules.required(data.employer_id, "employer_id"),
        rules.required(data.job_title, "job_title"),
        rules.required(data.starts_on, "starts_on"),
        rules.check_order(data.starts_on, data.ends_on, "ends_on"),
    ]
    if data.employment_begun:
        findings.append(rules.required(data.employment_started_on, "employment_started_on"))
    return [f for f in findings if f is not None]


def _case_values(data: JobCaseData) -> dict:
    return {
        "employer": data.employer_id,
        "coach": data.coach_id,
        "job_title": data.job_title.strip(),
        "tasks": data.tasks.strip(),
        "starts_on": data.starts_on,
        "working_hours": data.working_hours.strip(),
        "employment_begun": data.employment_begun,
        "employment_started_on": data.employment_started_on if data.employment_begun else None,
        "wage_subsidy_reference": data.wage_subsidy_reference.strip(),
        "ends_on": data.ends_on,
        "notes": data.notes.strip(),
    }


@session.guard(access.VIEW, lambda case_id: _client_of_case(case_id))
def get_case(case_id: int) -> JobCaseRecord:
    case = JobCoachingCase.get_by_id(case_id)
    data = JobCaseData(
        client_id=case.client_id,
        employer_id=case.employer_id,
        coach_id=case.coach_id,
        job_title=case.job_title,
        tasks=case.tasks,
        starts_on=case.starts_on,
        working_hours=case.working_hours,
        employment_begun=case.employment_begun,
        employment_started_on=case.employment_started_on,
        wage_subsidy_reference=case.wage_subsidy_reference,
        ends_on=case.ends_on,
        notes=case.notes,
    )
    coach = StaffUser.get_or_none(StaffUser.id == case.coach_id) if case.coach_id else None
    return JobCaseRecord(
        case.id,
        case.version,
        data,
        _client_name(case.client),
        case.employer.name,
        coach.display_name if coach else "",
    )


@session.guard(
    access.EDIT,
    lambda data, *a, **k: data.client_id,
    log_as="create",
    object_type="job_coaching_case",
)
@translate_errors
def create_case(data: JobCaseData, actor: str = "") -> JobCaseRecord:
    """Open a job-coaching case (and the client's job-coaching service period)."""
    with database.atomic():
        _fail_on(check_case(data))
        service_id = _open_service(data.client_id, "job_coaching", data.starts_on, actor)
        stamp = now()
        case = JobCoachingCase.create(
            client=data.client_id,
            service=service_id,
            created_at=stamp,
            updated_at=stamp,
            **_case_values(data),
        )
        if data.ends_on is not None:
            _sync_service(service_id, data.starts_on, data.ends_on, actor)
    return get_case(case.id)


@session.guard(
    access.EDIT,
    lambda case_id, *a, **k: _client_of_case(case_id),
    log_as="update",
    object_type="job_coaching_case",
)
@translate_errors
def update_case(case_id: int, version: int, data: JobCaseData, actor: str = "") -> JobCaseRecord:
    with database.atomic():
        findings = check_case(data)
        first_entry = (
            JobCoachingEntry.select(fn.MIN(JobCoachingEntry.on_date))
            .where(JobCoachingEntry.case == case_id)
            .scalar()
        )
        if data.starts_on and first_entry and first_entry < data.starts_on:
            findings.append(Finding("case.entries_before_start", "starts_on"))
        _fail_on(findings)
        case = JobCoachingCase.get_by_id(case_id)
        update_versioned(JobCoachingCase, case_id, version, **_case_values(data))
        _sync_service(case.service_id, data.starts_on, data.ends_on, actor)
    return get_case(case_id)


def _case_rows(query) -> list[JobCaseRow]:
    rows = []
    cases = list(query)
    steps = _next_steps_of([c.id for c in cases])
    for case in cases:
        step = steps.get(case.id)
        rows.append(
            JobCaseRow(
                case.id,
                case.client_id,
                _client_name(case.client),
                case.employer.name,
                case.job_title,
                case.coach.display_name if case.coach_id else "",
                case.starts_on,
                case.ends_on,
                step[0] if step else "",
                step[1] if step else None,
            )
        )
    return rows


def _case_query():
    return (
        JobCoachingCase.select(JobCoachingCase, Client, Employer, StaffUser)
        .join(Client)
        .switch(JobCoachingCase)
        .join(Employer)
        .switch(JobCoachingCase)
        .join(StaffUser, JOIN.LEFT_OUTER)
    )


def list_cases(open_only: bool = True, today: dt.date | None = None) -> list[JobCaseRow]:
    """Job-coaching cases, those in progress first by start date."""
    today = today or clock.today()
    query = _case_query()
    if open_only:
        query = query.where(JobCoachingCase.ends_on.is_null() | (JobCoachingCase.ends_on >= today))
    return _case_rows(query.order_by(JobCoachingCase.starts_on.desc(), JobCoachingCase.id))


def employer_arrangements(employer_id: int) -> list[Arrangement]:
    """The employer's job-coaching cases, for the employer's card."""
    query = _case_query().where(JobCoachingCase.employer == employer_id)
    return [
        Arrangement(
            "job_coaching",
            case.id,
            case.client_id,
            _client_name(case.client),
            case.job_title,
            case.starts_on,
            case.ends_on,
            _state(case.ends_on),
        )
        for case in query
    ]


def wage_subsidised_contracts(case_id: int) -> list[Arrangement]:
    """The client's wage-subsidised employments at the case's employer (supported work)."""
    from . import employers

    case = JobCoachingCase.get_or_none(JobCoachingCase.id == case_id)
    if case is None:
        return []
    return [
        a
        for a in employers.employer_arrangements(case.employer_id)
        if a.kind == "wage_subsidy" and a.client_id == case.client_id
    ]


# -- job coaching: the task log ---------------------------------------------------------------


@dataclass(frozen=True)
class EntryData:
    on_date: dt.date | None = None
    minutes: int | None = None
    kind: str = ""
    participants: str = ""
    notes: str = ""
    next_step: str = ""
    next_step_on: dt.date | None = None


@dataclass(frozen=True)
class Entry:
    id: int
    data: EntryData
    author_name: str


def check_entry(data: EntryData, starts_on: dt.date | None = None) -> list[Finding]:
    findings = [
        rules.required(data.on_date, "on_date"),
        rules.check_duration(data.minutes),
        rules.check_choice(data.kind, rules.TASK_KINDS, "kind"),
        rules.check_order(data.on_date, data.next_step_on, "next_step_on"),
    ]
    if starts_on is not None:
        findings.append(rules.check_within(data.on_date, starts_on, None, "on_date"))
    if data.next_step_on is not None and not data.next_step.strip():
        findings.append(Finding("required", "next_step"))
    return [f for f in findings if f is not None]


def _entry(row: JobCoachingEntry) -> Entry:
    return Entry(
        row.id,
        EntryData(
            row.on_date,
            row.minutes,
            row.kind,
            row.participants,
            row.notes,
            row.next_step,
            row.next_step_on,
        ),
        row.author_name,
    )


@session.guard(
    access.EDIT,
    lambda case_id, *a, **k: _client_of_case(case_id),
    log_as="create",
    object_type="job_coaching_entry",
)
@translate_errors
def add_entry(case_id: int, data: EntryData, actor: str = "") -> Entry:
    """Log one task of the job coach; the case's client gets a timeline event."""
    with database.atomic():
        case = JobCoachingCase.get_by_id(case_id)
        _fail_on(check_entry(data, case.starts_on))
        row = JobCoachingEntry.create(
            case=case_id,
            on_date=data.on_date,
            minutes=data.minutes,
            kind=data.kind,
            participants=data.participants.strip(),
            notes=data.notes.strip(),
            next_step=data.next_step.strip(),
            next_step_on=data.next_step_on,
            author_name=actor,
            created_at=now(),
        )
        _client_event(
            case.client_id, "coaching_entry", actor, service="job_coaching", task=data.kind
        )
    return _entry(row)


@session.guard(access.VIEW, lambda case_id: _client_of_case(case_id))
def list_entries(case_id: int) -> list[Entry]:
    """The task log, newest first."""
    query = (
        JobCoachingEntry.select()
        .where(JobCoachingEntry.case == case_id)
        .order_by(JobCoachingEntry.on_date.desc(), JobCoachingEntry.id.desc())
    )
    return [_entry(row) for row in query]


def time_per_kind(case_id: int) -> dict[str, int]:
    """Minutes spent on each task kind (every kind present, zero when none)."""
    totals = dict.fromkeys(rules.TASK_KINDS, 0)
    query = (
        JobCoachingEntry.select(JobCoachingEntry.kind, fn.SUM(JobCoachingEntry.minutes))
        .where(JobCoachingEntry.case == case_id)
        .group_by(JobCoachingEntry.kind)
    )
    for kind, minutes in query.tuples():
        totals[kind] = int(minutes or 0)
    return totals


def _next_steps_of(case_ids: list[int]) -> dict[int, tuple[str, dt.date | None]]:
    """The latest agreed next step of each case (by the entry's date)."""
    if not case_ids:
        return {}
    query = (
        JobCoachingEntry.select(
            JobCoachingEntry.case,
            JobCoachingEntry.next_step,
            JobCoachingEntry.next_step_on,
        )
        .where(JobCoachingEntry.case.in_(case_ids) & (JobCoachingEntry.next_step != ""))
        .order_by(JobCoachingEntry.on_date, JobCoachingEntry.id)
    )
    steps: dict[int, tuple[str, dt.date | None]] = {}
    for case_id, text, due in query.tuples():
        steps[case_id] = (text, due)
    return steps


def next_step(case_id: int) -> tuple[str, dt.date | None] | None:
    return _next_steps_of([case_id]).get(case_id)


@dataclass(frozen=True)
class EmployerSupportRow:
    employer_id: int
    employer_name: str
    case_id: int
    client_id: int
    client_name: str
    entry: Entry


def employer_support(employer_id: int | None = None) -> list[EmployerSupportRow]:
    """Task-log entries of the kinds that concern the employer, per employer, newest first."""
    query = (
        JobCoachingEntry.select(JobCoachingEntry, JobCoachingCase, Employer, Client)
        .join(JobCoachingCase)
        .join(Employer)
        .switch(JobCoachingCase)
        .join(Client)
        .where(JobCoachingEntry.kind.in_(rules.EMPLOYER_TASK_KINDS))
        .order_by(Employer.name, Employer.id, JobCoachingEntry.on_date.desc())
    )
    if employer_id is not None:
        query = query.where(JobCoachingCase.employer == employer_id)
    return [
        EmployerSupportRow(
            row.case.employer.id,
            row.case.employer.name,
            row.case.id,
            row.case.client.id,
            _client_name(row.case.client),
            _entry(row),
        )
        for row in query
    ]


# -- job coaching: work-coping skills ---------------------------------------------------------


@dataclass(frozen=True)
class Skill:
    id: int
    key: str  # a built-in skill (translated by the UI), or "" for one the unit named
    name: str
    active: bool


@dataclass(frozen=True)
class Rating:
    skill_id: int
    score: int
    comment: str = ""


@dataclass(frozen=True)
class Assessment:
    id: int
    on_date: dt.date
    with_employer: bool
    comment: str
    ratings: tuple[Rating, ...] = field(default=())


def list_skills(include_inactive: bool = False) -> list[Skill]:
    query = CoachingSkill.select().order_by(CoachingSkill.position, CoachingSkill.id)
    if not include_inactive:
        query = query.where(CoachingSkill.active == True)  # noqa: E712 (SQL expression)
    return [Skill(s.id, s.key, s.name, s.active) for s in query]


@translate_errors
def add_skill(name: str) -> Skill:
    """Add a skill of the unit's own to the end of the list."""
    _fail_on([rules.required(name, "name")])
    with database.atomic():
        position = (CoachingSkill.select(fn.MAX(CoachingSkill.position)).scalar() or 0) + 1
        skill = CoachingSkill.create(name=name.strip(), position=position)
    return Skill(skill.id, "", skill.name, True)


@translate_errors
def set_skill_active(skill_id: int, active: bool) -> None:
    """Take a skill off the list (earlier ratings of it are kept) or back on it."""
    with database.atomic():
        CoachingSkill.update(active=active).where(CoachingSkill.id == skill_id).execute()


@translate_errors
def record_assessment(
    case_id: int,
    on_date: dt.date | None,
    ratings: list[Rating],
    with_employer: bool = False,
    comment: str = "",
    actor: str = "",
) -> Assessment:
    """An assessment of the client's work-coping skills, done together with the client."""
    with database.atomic():
        case = JobCoachingCase.get_by_id(case_id)
        findings = [
            rules.required(on_date, "on_date"),
            rules.check_within(on_date, case.starts_on, None, "on_date"),
        ]
        if not ratings:
            findings.append(Finding("assessment.empty", "ratings"))
        known = {s.id for s in CoachingSkill.select(CoachingSkill.id)}
        for rating in ratings:
            findings.append(rules.check_score(rating.score, f"skill.{rating.skill_id}"))
            if rating.skill_id not in known:
                findings.append(Finding("invalid", f"skill.{rating.skill_id}"))
        _fail_on(findings)
        row = SkillAssessment.create(
            case=case_id,
            on_date=on_date,
            with_employer=with_employer,
            comment=comment.strip(),
            author_name=actor,
            created_at=now(),
        )
        for rating in ratings:
            SkillRating.create(
                assessment=row.id,
                skill=rating.skill_id,
                score=rating.score,
                comment=rating.comment.strip(),
            )
        _client_event(case.client_id, "skills_assessed", actor, service="job_coaching")
    return Assessment(row.id, on_date, with_employer, row.comment, tuple(ratings))


def assessments(case_id: int) -> list[Assessment]:
    """The case's assessments, oldest first, so the change reads left to right."""
    rows = list(
        SkillAssessment.select()
        .where(SkillAssessment.case == case_id)
        .order_by(SkillAssessment.on_date, SkillAssessment.id)
    )
    ratings: dict[int, list[Rating]] = {row.id: [] for row in rows}
    if rows:
        for rating in SkillRating.select().where(SkillRating.assessment.in_(list(ratings))):
            ratings[rating.assessment_id].append(
                Rating(rating.skill_id, rating.score, rating.comment)
            )
    return [
        Assessment(row.id, row.on_date, row.with_employer, row.comment, tuple(ratings[row.id]))
        for row in rows
    ]


def skill_change(case_id: int) -> dict[int, tuple[int, int]]:
    """Per skill: the first and the latest score (the change over the case)."""
    change: dict[int, tuple[int, int]] = {}
    for assessment in assessments(case_id):
        for rating in assessment.ratings:
            first = change.get(rating.skill_id, (rating.score, rating.score))[0]
            change[rating.skill_id] = (first, rating.score)
    return change


# -- individual coaching ----------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodData:
    client_id: int | None = None
    coach_id: int | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PeriodRecord:
    id: int
    version: int
    data: PeriodData
    client_name: str
    coach_name: str

    @property
    def state(self) -> str:
        return _state(self.data.ends_on)


@dataclass(frozen=True)
class Goal:
    id: int
    area: str
    text: str


@dataclass(frozen=True)
class Progress:
    goal_id: int
    on_date: dt.date
    score: int
    comment: str


@dataclass(frozen=True)
class SessionData:
    on_date: dt.date | None = None
    minutes: int | None = None
    themes: str = ""
    notes: str = ""
    next_step: str = ""
    next_step_on: dt.date | None = None


@dataclass(frozen=True)
class Session:
    id: int
    data: SessionData
    author_name: str


@dataclass(frozen=True)
class Professional:
    sector: str
    name: str
    organisation: str = ""
    contact: str = ""


def check_period(data: PeriodData) -> list[Finding]:
    findings = [
        rules.required(data.client_id, "client_id"),
        rules.required(data.starts_on, "starts_on"),
        rules.check_order(data.starts_on, data.ends_on, "ends_on"),
    ]
    return [f for f in findings if f is not None]


@session.guard(access.VIEW, lambda period_id: _client_of_period(period_id))
def get_period(period_id: int) -> PeriodRecord:
    period = IndividualCoaching.get_by_id(period_id)
    coach = StaffUser.get_or_none(StaffUser.id == period.coach_id) if period.coach_id else None
    return PeriodRecord(
        period.id,
        period.version,
        PeriodData(
            period.client_id, period.coach_id, period.starts_on, period.ends_on, period.notes
        ),
        _client_name(period.client),
        coach.display_name if coach else "",
    )


@session.guard(
    access.EDIT,
    lambda data, *a, **k: data.client_id,
    log_as="create",
    object_type="individual_coaching",
)
@translate_errors
def create_period(data: PeriodData, actor: str = "") -> PeriodRecord:
    with database.atomic():
        _fail_on(check_period(data))
        service_id = _open_service(data.client_id, "individual_coaching", data.starts_on, actor)
        stamp = now()
        period = IndividualCoaching.create(
            client=data.client_id,
            service=service_id,
            coach=data.coach_id,
            starts_on=data.starts_on,
            ends_on=data.ends_on,
            notes=data.notes.strip(),
            created_at=stamp,
            updated_at=stamp,
        )
        if data.ends_on is not None:
            _sync_service(service_id, data.starts_on, data.ends_on, actor)
    return get_period(period.id)


@session.guard(
    access.EDIT,
    lambda period_id, *a, **k: _client_of_period(period_id),
    log_as="update",
    object_type="individual_coaching",
)
@translate_errors
def update_period(period_id: int, version: int, data: PeriodData, actor: str = "") -> PeriodRecord:
    with database.atomic():
        findings = check_period(data)
        first = (
            CoachingSession.select(fn.MIN(CoachingSession.on_date))
            .where(CoachingSession.period == period_id)
            .scalar()
        )
        if data.starts_on and first and first < data.starts_on:
            findings.append(Finding("case.entries_before_start", "starts_on"))
        _fail_on(findings)
        period = IndividualCoaching.get_by_id(period_id)
        update_versioned(
            IndividualCoaching,
            period_id,
            version,
            coach=data.coach_id,
            starts_on=data.starts_on,
            ends_on=data.ends_on,
            notes=data.notes.strip(),
        )
        _sync_service(period.service_id, data.starts_on, data.ends_on, actor)
    return get_period(period_id)


@dataclass(frozen=True)
class PeriodRow:
    id: int
    client_id: int
    client_name: str
    coach_name: str
    starts_on: dt.date
    ends_on: dt.date | None
    goals: int
    sessions: int

    @property
    def state(self) -> str:
        return _state(self.ends_on)


def list_periods(open_only: bool = True, today: dt.date | None = None) -> list[PeriodRow]:
    today = today or clock.today()
    query = (
        IndividualCoaching.select(IndividualCoaching, Client, StaffUser)
        .join(Client)
        .switch(IndividualCoaching)
        .join(StaffUser, JOIN.LEFT_OUTER)
        .order_by(IndividualCoaching.starts_on.desc(), IndividualCoaching.id)
    )
    if open_only:
        query = query.where(
            IndividualCoaching.ends_on.is_null() | (IndividualCoaching.ends_on >= today)
        )
    periods = list(query)
    ids = [p.id for p in periods]
    goals = dict(
        CoachingGoal.select(CoachingGoal.period, fn.COUNT(CoachingGoal.id))
        .where(CoachingGoal.period.in_(ids))
        .group_by(CoachingGoal.period)
        .tuples()
    )
    sessions = dict(
        CoachingSession.select(CoachingSession.period, fn.COUNT(CoachingSession.id))
        .where(CoachingSession.period.in_(ids))
        .group_by(CoachingSession.period)
        .tuples()
    )
    return [
        PeriodRow(
            p.id,
            p.client_id,
            _client_name(p.client),
            p.coach.display_name if p.coach_id else "",
            p.starts_on,
            p.ends_on,
            goals.get(p.id, 0),
            sessions.get(p.id, 0),
        )
        for p in periods
    ]


@translate_errors
def add_goal(period_id: int, area: str, text: str) -> Goal:
    _fail_on(
        [rules.check_choice(area, rules.GOAL_AREAS, "area"), rules.required(text, "goal_text")]
    )
    with database.atomic():
        position = (
            CoachingGoal.select(fn.MAX(CoachingGoal.position))
            .where(CoachingGoal.period == period_id)
            .scalar()
            or 0
        ) + 1
        goal = CoachingGoal.create(
            period=period_id, area=area, text=text.strip(), position=position
        )
    return Goal(goal.id, area, goal.text)


def list_goals(period_id: int) -> list[Goal]:
    query = (
        CoachingGoal.select()
        .where(CoachingGoal.period == period_id)
        .order_by(CoachingGoal.position, CoachingGoal.id)
    )
    return [Goal(g.id, g.area, g.text) for g in query]


@translate_errors
def record_progress(
    goal_id: int, on_date: dt.date | None, score: int | None, comment: str = "", actor: str = ""
) -> Progress:
    with database.atomic():
        goal = CoachingGoal.get_by_id(goal_id)
        period = goal.period
        _fail_on(
            [
                rules.required(on_date, "progress_on"),
                rules.check_within(on_date, period.starts_on, period.ends_on, "progress_on"),
                rules.check_score(score, "score"),
            ]
        )
        GoalProgress.create(goal=goal_id, on_date=on_date, score=score, comment=comment.strip())
        _client_event(period.client_id, "goal_progress", actor, service="individual_coaching")
    return Progress(goal_id, on_date, score, comment.strip())


def progress(period_id: int) -> list[Progress]:
    """Progress of every goal of the period, oldest first."""
    query = (
        GoalProgress.select(GoalProgress)
        .join(CoachingGoal)
        .where(CoachingGoal.period == period_id)
        .order_by(GoalProgress.on_date, GoalProgress.id)
    )
    return [Progress(p.goal_id, p.on_date, p.score, p.comment) for p in query]


def check_session(data: SessionData, starts_on: dt.date, ends_on: dt.date | None) -> list[Finding]:
    findings = [
        rules.required(data.on_date, "on_date"),
        rules.check_within(data.on_date, starts_on, ends_on, "on_date"),
        rules.check_duration(data.minutes),
        rules.check_order(data.on_date, data.next_step_on, "next_step_on"),
    ]
    if data.next_step_on is not None and not data.next_step.strip():
        findings.append(Finding("required", "next_step"))
    return [f for f in findings if f is not None]


@session.guard(
    access.EDIT,
    lambda period_id, *a, **k: _client_of_period(period_id),
    log_as="create",
    object_type="coaching_session",
)
@translate_errors
def add_session(period_id: int, data: SessionData, actor: str = "") -> Session:
    with database.atomic():
        period = IndividualCoaching.get_by_id(period_id)
        _fail_on(check_session(data, period.starts_on, period.ends_on))
        row = CoachingSession.create(
            period=period_id,
            on_date=data.on_date,
            minutes=data.minutes,
            themes=data.themes.strip(),
            notes=data.notes.strip(),
            next_step=data.next_step.strip(),
            next_step_on=data.next_step_on,
            author_name=actor,
        )
        _client_event(period.client_id, "coaching_session", actor, service="individual_coaching")
    return Session(row.id, data, actor)


@session.guard(access.VIEW, lambda period_id: _client_of_period(period_id))
def list_sessions(period_id: int) -> list[Session]:
    query = (
        CoachingSession.select()
        .where(CoachingSession.period == period_id)
        .order_by(CoachingSession.on_date.desc(), CoachingSession.id.desc())
    )
    return [
        Session(
            s.id,
            SessionData(s.on_date, s.minutes, s.themes, s.notes, s.next_step, s.next_step_on),
            s.author_name,
        )
        for s in query
    ]


@translate_errors
def save_professionals(period_id: int, professionals: list[Professional]) -> None:
    """Replace the list of professionals the coach works with for this client."""
    findings: list[Finding | None] = []
    for index, person in enumerate(professionals):
        findings.append(
            rules.check_choice(person.sector, rules.PROFESSIONAL_SECTORS, f"professional.{index}")
        )
        findings.append(rules.required(person.name, f"professional.{index}"))
    _fail_on(findings)
    with database.atomic():
        CoachingProfessional.delete().where(CoachingProfessional.period == period_id).execute()
        for person in professionals:
            CoachingProfessional.create(
                period=period_id,
                sector=person.sector,
                name=person.name.strip(),
                organisation=person.organisation.strip(),
                contact=person.contact.strip(),
            )


def list_professionals(period_id: int) -> list[Professional]:
    query = (
        CoachingProfessional.select()
        .where(CoachingProfessional.period == period_id)
        .order_by(CoachingProfessional.id)
    )
    return [Professional(p.sector, p.name, p.organisation, p.contact) for p in query]


# -- the client's coaching, and next steps ----------------------------------------------------


@dataclass(frozen=True)
class ClientCoaching:
    """One line on the client card's Coaching tab."""

    kind: str  # job_coaching, individual_coaching or group_coaching
    id: int  # the case, the period, or the group
    title: str
    starts_on: dt.date
    ends_on: dt.date | None
    state: str
    detail: str = ""  # group coaching: the member's outcome code


@session.guard(access.VIEW, lambda client_id: client_id)
def client_coaching(client_id: int) -> list[ClientCoaching]:
    """The client's job coaching, individual and group coaching, newest first."""
    from ..storage.coaching import CoachingGroup, GroupMember

    rows = [
        ClientCoaching(
            "job_coaching",
            c.id,
            f"{c.job_title} — {c.employer.name}",
            c.starts_on,
            c.ends_on,
            _state(c.ends_on),
        )
        for c in JobCoachingCase.select(JobCoachingCase, Employer)
        .join(Employer)
        .where(JobCoachingCase.client == client_id)
    ]
    rows += [
        ClientCoaching(
            "individual_coaching",
            p.id,
            ", ".join(g.text for g in list_goals(p.id)),
            p.starts_on,
            p.ends_on,
            _state(p.ends_on),
        )
        for p in IndividualCoaching.select().where(IndividualCoaching.client == client_id)
    ]
    rows += [
        ClientCoaching(
            "group_coaching",
            m.group.id,
            m.group.name,
            m.joined_on,
            m.left_on,
            _state(m.left_on or m.group.ends_on),
            m.outcome,
        )
        for m in GroupMember.select(GroupMember, CoachingGroup)
        .join(CoachingGroup)
        .where(GroupMember.client == client_id)
    ]
    return sorted(rows, key=lambda r: r.starts_on, reverse=True)


@dataclass(frozen=True)
class NextStep:
    client_id: int
    client_name: str
    kind: str
    record_id: int
    text: str
    due: dt.date


def next_steps_due(staff_id: int | None, start: dt.date, end: dt.date) -> list[NextStep]:
    """Agreed next steps due from ``start`` to ``end`` in the staff member's coaching.

    A step after the end of its case or coaching period will not be taken: not listed.

    For the Today page: job-coaching entries and individual sessions whose next
    step falls in the range, of cases and periods coached by ``staff_id`` (all when None).
    """
    steps: list[NextStep] = []
    jobs = (
        JobCoachingEntry.select(JobCoachingEntry, JobCoachingCase, Client)
        .join(JobCoachingCase)
        .join(Client)
        .where(
            JobCoachingEntry.next_step_on.between(start, end)
            & (
                JobCoachingCase.ends_on.is_null()
                | (JobCoachingCase.ends_on >= JobCoachingEntry.next_step_on)
            )
        )
    )
    if staff_id is not None:
        jobs = jobs.where(JobCoachingCase.coach == staff_id)
    steps += [
        NextStep(
            e.case.client.id,
            _client_name(e.case.client),
            "job_coaching",
            e.case.id,
            e.next_step,
            e.next_step_on,
        )
        for e in jobs
    ]
    sessions = (
        CoachingSession.select(CoachingSession, IndividualCoaching, Client)
        .join(IndividualCoaching)
        .join(Client)
        .where(
            CoachingSession.next_step_on.between(start, end)
            & (
                IndividualCoaching.ends_on.is_null()
                | (IndividualCoaching.ends_on >= CoachingSession.next_step_on)
            )
        )
    )
    if staff_id is not None:
        sessions = sessions.where(IndividualCoaching.coach == staff_id)
    steps += [
        NextStep(
            s.period.client.id,
            _client_name(s.period.client),
            "individual_coaching",
            s.period.id,
            s.next_step,
            s.next_step_on,
        )
        for s in sessions
    ]
    return sorted(steps, key=lambda s: (s.due, s.client_name))
