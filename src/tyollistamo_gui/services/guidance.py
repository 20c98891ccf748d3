"""The guidance process: start, save drafts page by page, resume, complete or interrupt.

A client has at most one open process (draft or in progress); completed and
interrupted ones stay as read-only history. A draft is saved whatever is
missing; completing checks every phase (``domain.guidance``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN

from .. import clock
from ..documents.texts import DOCUMENT_LANGUAGES
from ..domain import access as access
from ..domain import guidance as rules
from ..domain.findings import Finding, ValidationFailed
from ..domain.guidance import FollowUp, Goal, GuidanceData, Measure, Option, Referral
from ..domain.plan_prefill import plan_reference
from ..storage.connection import translate_errors
from ..storage.guidance import (
    GuidanceFollowUp,
    GuidanceGoal,
    GuidanceMeasure,
    GuidanceOption,
    GuidanceProcess,
    GuidanceReferral,
)
from ..storage.models import (
    Client,
    ClientEvent,
    ClientService,
    StaffUser,
    database,
    now,
    update_versioned,
)
from . import clients as client_service
from . import session as session
from . import today
from .documents import DocumentNotFound
from .rendering import RenderedDocument, register

# The process row's columns that GuidanceData carries one to one.
_SCALAR_FIELDS = [
    f.name
    for f in dataclasses.fields(GuidanceData)
    if f.name not in ("counsellor_id", "goals", "options", "measures", "follow_ups", "referrals")
]


def _client_of_process(process_id: int) -> int | None:
    from ..storage.guidance import GuidanceProcess

    return session.client_of_row(GuidanceProcess, process_id)


@dataclass(frozen=True)
class ProcessRecord:
    id: int
    version: int
    client_id: int
    client_name: str
    status: str
    current_phase: int
    counsellor_name: str
    interrupted_reason: str
    created_at: dt.datetime
    updated_at: dt.datetime
    data: GuidanceData

    @property
    def is_open(self) -> bool:
        return self.status in rules.OPEN_STATUSES


@dataclass(frozen=True)
class ProcessSummary:
    """One line of a list of processes (history on the card, drafts on the Guidance page)."""

    id: int
    client_id: int
    client_name: str
    status: str
    current_phase: int
    counsellor_name: str
    started_on: dt.date | None
    ended_on: dt.date | None
    outcome: str
    interrupted_reason: str
    updated_at: dt.datetime


class ProcessAlreadyOpen(Exception):
    """The client already has an open process; nothing was started."""

    def __init__(self, process_id: int):
        super().__init__(f"guidance process {process_id} is open")
        self.process_id = process_id


# -- reading ----------------------------------------------------------------------------------


def _record(process: GuidanceProcess) -> ProcessRecord:
    pid = process.id
    goals = tuple(
        Goal(g.term, g.text, g.achieved)
        for g in GuidanceGoal.select()
        .where(GuidanceGoal.process == pid)
        .order_by(GuidanceGoal.position)
    )
    options = tuple(
        Option(o.text, o.pros, o.cons, o.client_assessment)
        for o in GuidanceOption.select()
        .where(GuidanceOption.process == pid)
        .order_by(GuidanceOption.position)
    )
    measures = tuple(
        Measure(
            m.kind,
            m.description,
            m.responsible,
            m.starts_on,
            m.ends_on,
            m.status,
            m.evaluation,
            m.key,
        )
        for m in GuidanceMeasure.select()
        .where(GuidanceMeasure.process == pid)
        .order_by(GuidanceMeasure.position)
    )
    follow_ups = tuple(
        FollowUp(f.held_on, f.kind, f.measure_key, f.notes, f.next_step, f.next_meeting)
        for f in GuidanceFollowUp.select()
        .where(GuidanceFollowUp.process == pid)
        .order_by(GuidanceFollowUp.position)
    )
    referrals = tuple(
        Referral(r.target, r.referred_on, r.reason, r.status, r.phase)
        for r in GuidanceReferral.select()
        .where(GuidanceReferral.process == pid)
        .order_by(GuidanceReferral.position)
    )
    data = GuidanceData(
        counsellor_id=process.counsellor_id,
        goals=goals,
        options=options,
        measures=measures,
        follow_ups=follow_ups,
        referrals=referrals,
        **{name: getattr(process, name) for name in _SCALAR_FIELDS},
    )
    client = process.client
    counsellor = process.counsellor
    return ProcessRecord(
        id=pid,
        version=process.version,
        client_id=client.id,
        client_name=f"{client.last_name}, {client.first_name}",
        status=process.status,
        current_phase=process.current_phase,
        counsellor_name=counsellor.display_name if counsellor else "",
        interrupted_reason=process.interrupted_reason,
        created_at=process.created_at,
        updated_at=process.updated_at,
        data=data,
    )


def _query():
    return (
        GuidanceProcess.select(GuidanceProcess, Client, StaffUser)
        .join(Client, on=(GuidanceProcess.client == Client.id))
        .switch(GuidanceProcess)
        .join(StaffUser, JOIN.LEFT_OUTER, on=(GuidanceProcess.counsellor == StaffUser.id))
    )


@session.guard(access.VIEW, lambda process_id: _client_of_process(process_id))
def get_process(process_id: int) -> ProcessRecord:
    return _record(_query().where(GuidanceProcess.id == process_id).get())


@session.guard(access.VIEW, lambda client_id: client_id)
def open_process_of(client_id: int) -> ProcessRecord | None:
    """The client's open process (draft or in progress), or None."""
    process = (
        _query()
        .where(
            (GuidanceProcess.client == client_id) & GuidanceProcess.status.in_(rules.OPEN_STATUSES)
        )
        .first()
    )
    return _record(process) if process else None


def _summary(process: GuidanceProcess) -> ProcessSummary:
    client = process.client
    counsellor = process.counsellor
    return ProcessSummary(
        id=process.id,
        client_id=client.id,
        client_name=f"{client.last_name}, {client.first_name}",
        status=process.status,
        current_phase=process.current_phase,
        counsellor_name=counsellor.display_name if counsellor else "",
        started_on=process.started_on,
        ended_on=process.ended_on,
        outcome=process.outcome,
        interrupted_reason=process.interrupted_reason,
        updated_at=process.updated_at,
    )


@session.guard(access.VIEW, lambda client_id: client_id)
def list_processes(client_id: int) -> list[ProcessSummary]:
    """All of the client's processes, oldest first (the card's history)."""
    query = (
        _query()
        .where(GuidanceProcess.client == client_id)
        .order_by(GuidanceProcess.created_at, GuidanceProcess.id)
    )
    return [_summary(p) for p in query]


def _open_query(counsellor_id: int | None, statuses: tuple[str, ...] = rules.OPEN_STATUSES):
    query = _query().where(GuidanceProcess.status.in_(statuses))
    if counsellor_id is not None:
        query = query.where(GuidanceProcess.counsellor == counsellor_id)
    return query


# A process whose plan is not agreed yet (the wizard's draft): what the Today page lists.
DRAFT_STATUSES = ("draft",)


def unfinished_drafts(
    counsellor_id: int | None = None,
    offset: int = 0,
    limit: int | None = None,
    statuses: tuple[str, ...] = rules.OPEN_STATUSES,
) -> list[ProcessSummary]:
    """Open processes, most recently saved first; only ``counsellor_id``'s when given.

    The Guidance page lists every open process (draft or with the plan agreed, in
    progress); the Today page only the drafts (``statuses=DRAFT_STATUSES``).
    ``offset`` and ``limit`` page through a long list.
    """
    query = _open_query(counsellor_id, statuses).order_by(
        GuidanceProcess.updated_at.desc(), GuidanceProcess.id.desc()
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [_summary(p) for p in query]


def count_unfinished_drafts(
    counsellor_id: int | None = None, statuses: tuple[str, ...] = rules.OPEN_STATUSES
) -> int:
    return _open_query(counsellor_id, statuses).count()


# -- writing ----------------------------------------------------------------------------------


def _event(client_id: int, kind: str, actor: str, at: dt.datetime, **details) -> None:
    ClientEvent.create(
        client=client_id,
        kind=kind,
        actor_name=actor,
        at=at,
        details=json.dumps(details, ensure_ascii=False, default=str) if details else "",
    )
    Client.update(last_event_at=at).where(Client.id == client_id).execute()


def _check_vocabularies(data: GuidanceData) -> None:
    """Codes outside the vocabularies are a programming error, never saved."""
    bad: list[Finding] = []
    checks = [(g.term, rules.GOAL_TERMS, "goals") for g in data.goals]
    checks += [(m.kind, rules.MEASURE_KINDS, "measures") for m in data.measures]
    checks += [(m.status, rules.MEASURE_STATUSES, "measures") for m in data.measures]
    checks += [(f.kind, rules.FOLLOW_UP_KINDS, "follow_ups") for f in data.follow_ups]
    checks += [(r.target, rules.REFERRAL_TARGETS, "referrals") for r in data.referrals]
    checks += [(r.status, rules.REFERRAL_STATUSES, "referrals") for r in data.referrals]
    if data.outcome:
        checks.append((data.outcome, rules.OUTCOMES, "outcome"))
    for value, allowed, name in checks:
        if value not in allowed:
            bad.append(Finding("invalid", name))
    if bad:
        raise ValidationFailed(bad)


def _with_measure_keys(data: GuidanceData) -> GuidanceData:
    """Give new measures a key no other measure of the process has."""
    used = {m.key for m in data.measures if m.key}
    next_key = max(used, default=0) + 1
    measures = []
    for measure in data.measures:
        if not measure.key:
            measure = dataclasses.replace(measure, key=next_key)
            next_key += 1
        measures.append(measure)
    return dataclasses.replace(data, measures=tuple(measures))


def _clean_text(data: GuidanceData) -> dict:
    values = {}
    for name in _SCALAR_FIELDS:
        value = getattr(data, name)
        values[name] = value.strip() if isinstance(value, str) else value
    return values


def _write_rows(process_id: int, data: GuidanceData) -> None:
    for model in (
        GuidanceGoal,
        GuidanceOption,
        GuidanceMeasure,
        GuidanceFollowUp,
        GuidanceReferral,
    ):
        model.delete().where(model.process == process_id).execute()
    rows = [
        (GuidanceGoal, [dataclasses.asdict(g) for g in data.goals]),
        (GuidanceOption, [dataclasses.asdict(o) for o in data.options]),
        (GuidanceMeasure, [dataclasses.asdict(m) for m in data.measures]),
        (GuidanceFollowUp, [dataclasses.asdict(f) for f in data.follow_ups]),
        (GuidanceReferral, [dataclasses.asdict(r) for r in data.referrals]),
    ]
    for model, items in rows:
        for position, values in enumerate(items):
            model.create(process=process_id, position=position, **values)


@session.guard(
    access.EDIT,
    lambda client_id, *a, **k: client_id,
    log_as="create",
    object_type="guidance_process",
)
@translate_errors
def start_process(
    client_id: int,
    counsellor_id: int | None = None,
    started_on: dt.date | None = None,
    actor: str = "",
) -> ProcessRecord:
    """Open a new process for the client (a draft at the first phase).

    Raises ProcessAlreadyOpen when one is open, ValidationFailed for a closed client.
    """
    started_on = started_on or clock.today()
    with database.atomic():
        existing = open_process_of(client_id)
        if existing is not None:
            raise ProcessAlreadyOpen(existing.id)
        client = Client.get_by_id(client_id)
        if counsellor_id is None:
            counsellor_id = client.responsible_staff_id
        client_service.start_service(client_id, "guidance", started_on, actor)
        stamp = now()
        process = GuidanceProcess.create(
            client=client_id,
            counsellor=counsellor_id,
            started_on=started_on,
            plan_date=started_on,
            created_at=stamp,
            updated_at=stamp,
        )
        _event(client_id, "guidance_started", actor, stamp)
    return get_process(process.id)


@session.guard(
    access.EDIT,
    lambda process_id, *a, **k: _client_of_process(process_id),
    log_as="update",
    object_type="guidance_process",
)
@translate_errors
def save_draft(
    process_id: int, version: int, data: GuidanceData, current_phase: int, actor: str = ""
) -> ProcessRecord:
    """Store everything typed so far and the page the user is on; nothing is required.

    Raises ConcurrentEdit when the process was saved elsewhere since ``version``,
    ValidationFailed when the process is no longer open.
    """
    if not 0 <= current_phase < len(rules.PHASES):
        raise ValidationFailed([Finding("invalid", "current_phase")])
    _check_vocabularies(data)
    data = _with_measure_keys(data)
    with database.atomic():
        process = GuidanceProcess.get_by_id(process_id)
        if process.status not in rules.OPEN_STATUSES:
            raise ValidationFailed([Finding("guidance.closed", "status")])
        values = _clean_text(data)
        update_versioned(
            GuidanceProcess,
            process_id,
            version,
            counsellor=data.counsellor_id,
            current_phase=current_phase,
            status=rules.status_for(data),
            **values,
        )
        _write_rows(process_id, data)
    return get_process(process_id)


def _flatten(by_phase: dict[int, list[Finding]]) -> list[Finding]:
    return [
        dataclasses.replace(f, params={**f.params, "phase": phase})
        for phase, found in sorted(by_phase.items())
        for f in found
    ]


@session.guard(
    access.EDIT,
    lambda process_id, *a, **k: _client_of_process(process_id),
    log_as="update",
    object_type="guidance_process",
)
@translate_errors
def complete_process(
    process_id: int, version: int, data: GuidanceData, actor: str = ""
) -> ProcessRecord:
    """Save and complete; every phase's required fields must be filled.

    Raises ValidationFailed (each finding's params name its ``phase``) and saves nothing.
    """
    missing = rules.check_completable(data)
    if missing:
        raise ValidationFailed(_flatten(missing))
    with database.atomic():
        record = save_draft(process_id, version, data, rules.EVALUATION, actor)
        update_versioned(GuidanceProcess, process_id, record.version, status="completed")
        _end_service(record.client_id, data.ended_on or clock.today(), actor)
        stamp = now()
        _event(record.client_id, "guidance_completed", actor, stamp, outcome=data.outcome)
    return get_process(process_id)


@session.guard(
    access.EDIT,
    lambda process_id, *a, **k: _client_of_process(process_id),
    log_as="update",
    object_type="guidance_process",
)
@translate_errors
def interrupt_process(
    process_id: int, version: int, reason: str, ended_on: dt.date | None = None, actor: str = ""
) -> ProcessRecord:
    """End an open process early; the reason is required."""
    ended_on = ended_on or clock.today()
    findings = []
    if not reason.strip():
        findings.append(Finding("required", "interrupted_reason"))
    with database.atomic():
        process = GuidanceProcess.get_by_id(process_id)
        if process.status not in rules.OPEN_STATUSES:
            findings.append(Finding("guidance.closed", "status"))
        if process.started_on and ended_on < process.started_on:
            findings.append(Finding("date.order", "ended_on"))
        if findings:
            raise ValidationFailed(findings)
        update_versioned(
            GuidanceProcess,
            process_id,
            version,
            status="interrupted",
            ended_on=ended_on,
            interrupted_reason=reason.strip(),
        )
        _end_service(process.client_id, ended_on, actor)
        stamp = now()
        _event(process.client_id, "guidance_interrupted", actor, stamp)
    return get_process(process_id)


def _end_service(client_id: int, ended_on: dt.date, actor: str) -> None:
    period = (
        ClientService.select()
        .where(
            (ClientService.client == client_id)
            & (ClientService.kind == "guidance")
            & ClientService.ended_on.is_null()
        )
        .order_by(ClientService.started_on.desc())
        .first()
    )
    if period is not None:
        client_service.end_service(period.id, max(ended_on, period.started_on), actor)


def check_printable(process_id: int) -> list[Finding]:
    """What the plan lacks before it can be printed (each finding names its phase)."""
    return _flatten(rules.check_plan_printable(get_process(process_id).data))


# -- the printed employment plan --------------------------------------------------------------

PLAN_KIND = "employment-plan"


def plan_language(process_id: int) -> str:
    """The client's language if a plan can be printed in it (fi, sv), else Finnish."""
    process = GuidanceProcess.get_or_none(GuidanceProcess.id == process_id)
    if process is None:
        raise DocumentNotFound(f"guidance process {process_id}")
    language = process.client.service_language
    return language if language in DOCUMENT_LANGUAGES else "fi"


@session.guard(access.VIEW, lambda process_id, *a, **k: _client_of_process(process_id))
@register(PLAN_KIND)
@translate_errors
def plan_document(process_id: int, language: str | None = None) -> RenderedDocument:
    """The employment plan of the process as PDF, in ``language`` or the client's language.

    Raises DocumentNotFound for an unknown process and ValidationFailed (each
    finding naming its ``phase``) while the plan's required fields are missing.
    """
    from ..documents.employment_plan import PlanClient, PlanContent, render_employment_plan
    from . import documents as archive

    language = language or plan_language(process_id)
    record = get_process(process_id)
    missing = rules.check_plan_printable(record.data)
    if missing:
        raise ValidationFailed(_flatten(missing))
    client = Client.get_by_id(record.client_id)
    version = archive.document_version_for(PLAN_KIND, process_id, record.version)
    plan_date = record.data.plan_date or record.data.started_on or clock.today()
    number = plan_reference(process_id, plan_date)
    content = PlanContent(
        client=PlanClient(
            name=f"{client.first_name} {client.last_name}",
            identity_code=client.identity_code or "",
            birth_date=client.birth_date,
            street_address=client.street_address,
            postal_code=client.postal_code,
            post_office=client.post_office,
            phone=client.phone,
        ),
        counsellor_name=record.counsellor_name,
        data=record.data,
        letterhead=archive.letterhead(),
        number=number,
        version=version,
    )
    pdf = render_employment_plan(content, language)
    title = employment_plan_title(language)
    return RenderedDocument(
        pdf=pdf,
        kind=PLAN_KIND,
        title=title,
        language=language,
        client_id=record.client_id,
        object_id=process_id,
        source_revision=record.version,
        version=version,
        number=number,
        file_stem=f"{title} {client.last_name} {client.first_name} {number}",
    )


def employment_plan_title(language: str) -> str:
    from ..documents.employment_plan import title
    from ..documents.texts import DocumentTexts

    return title(DocumentTexts(language))


# -- the Today page (drafts and follow-up meetings are listed by services/today.py) ----------


@today.provider("guidance_reviews", order=25)
def _today_reviews(query: today.TodayQuery) -> list[today.TodayItem]:
    """Agreed employment plans of open processes to review by the end of this week (or overdue).

    A draft has no agreed plan yet, so there is nothing to review.
    """
    return [
        today.TodayItem(
            client_id=p.client_id,
            client_name=f"{p.client.last_name}, {p.client.first_name}",
            what="guidance_review",
            due=p.next_review_on,
            tab="guidance",
            params={"process_id": p.id},
        )
        for p in _open_query(query.staff_id, ("in_progress",)).where(
            GuidanceProcess.next_review_on <= query.week_end
        )
    ]
