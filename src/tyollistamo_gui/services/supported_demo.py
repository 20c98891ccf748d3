"""Demo data for supported work: the arrangement behind every supported-work period.

Two parts (see ``domain.supported_demo`` for how states and documents relate):

- ``insert_arrangements``: the bulk, written with ``insert_rows`` batch by batch
  while ``services.demo`` writes the clients and their service periods; every
  work trial, wage subsidy and rehabilitative work period gets its arrangement,
  rehabilitative work its attendance register, some work trials absences, and
  some clients their other jobs (``client_employment``).
- ``fill_supported_demo``: the showcase, made through the services as a user
  would: each kind in each state for Finnish and Swedish clients, and a small
  sample of the bulk's running arrangements printed and signed. Only these have
  archived PDFs (real documents rendered from the arrangement).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from ..domain import supported_demo as templates
from ..domain.supported import REHAB_BENEFITS, RehabWork, WageSubsidy, WorkTrial
from ..domain.supported_demo import DemoServices
from ..storage.bulk import insert_rows, insert_rows_returning_ids
from ..storage.documents import ArchivedDocument
from ..storage.models import Client, ClientService, Employer, StaffUser
from ..storage.supported import (
    ClientEmployment,
    RehabAttendance,
    RehabWorkRecord,
    WageSubsidyRecord,
    WorkTrialAbsence,
    WorkTrialRecord,
)
from . import documents as archive
from . import rendering, session, supported

DEMO_ACTOR = "Demo"
# Running arrangements of the bulk printed, of each kind: the first printed, the rest signed.
PRINTED_SAMPLE = 2

_MODELS = {
    "work_trial": WorkTrialRecord,
    "wage_subsidy": WageSubsidyRecord,
    "rehab_work": RehabWorkRecord,
}
_FOREIGN = {"employer_id": "employer", "job_coach_id": "job_coach"}
_SHARED = ("client", "service", "created_at", "updated_at", "ended_on", "end_reason")


_DATA = {"work_trial": WorkTrial, "wage_subsidy": WageSubsidy, "rehab_work": RehabWork}


def _data_fields(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(_DATA[kind]))


def insert_arrangements(
    clients: Sequence[tuple[int, dt.datetime]],
    services: Sequence[DemoServices],
    period_ids: Sequence[Sequence[int]],
    today: dt.date,
) -> int:
    """Write the arrangements, logs and jobs of one batch of demo clients; returns how many.

    ``clients`` are (id, created at), ``services`` what the generator made for
    each, ``period_ids`` the ids of each client's service periods in order.
    Runs inside the caller's transaction.
    """
    rows: dict[str, list[tuple]] = {kind: [] for kind in _MODELS}
    logs: dict[str, list] = {"work_trial": [], "rehab_work": []}
    jobs = []
    for (client_id, created_at), made, ids in zip(clients, services, period_ids, strict=True):
        for arrangement in made.arrangements:
            data = arrangement.data
            written = dt.datetime.combine(
                min(data.start - dt.timedelta(days=7), today), dt.time(10)
            )
            stamp = max(created_at, written)
            values = tuple(getattr(data, name) for name in _data_fields(arrangement.kind))
            rows[arrangement.kind].append(
                (
                    client_id,
                    ids[arrangement.period],
                    stamp,
                    stamp,
                    arrangement.ended_on,
                    arrangement.end_reason,
                    *values,
                )
            )
            if arrangement.kind == "work_trial":
                logs["work_trial"].append(arrangement.absences)
            elif arrangement.kind == "rehab_work":
                logs["rehab_work"].append(arrangement.attendance)
        for job in made.employments:
            jobs.append(
                (
                    client_id,
                    job.employer_id,
                    job.start,
                    job.end,
                    job.part_time,
                    job.hours_per_week,
                    job.note,
                    created_at,
                )
            )
    for kind, model in _MODELS.items():
        names = (*_SHARED, *(_FOREIGN.get(n, n) for n in _data_fields(kind)))
        if kind == "wage_subsidy":
            insert_rows(model, names, rows[kind], raw=True)
            continue
        new_ids = insert_rows_returning_ids(model, names, rows[kind], raw=True)
        if kind == "work_trial":
            insert_rows(
                WorkTrialAbsence,
                ("trial", "day", "authorised"),
                (
                    (trial_id, absence.day, absence.authorised)
                    for trial_id, absences in zip(new_ids, logs[kind], strict=True)
                    for absence in absences
                ),
                raw=True,
            )
        else:
            insert_rows(
                RehabAttendance,
                ("work", "day", "status", "travel_cost"),
                (
                    (work_id, *day)
                    for work_id, days in zip(new_ids, logs[kind], strict=True)
                    for day in days
                ),
                raw=True,
            )
    insert_rows(
        ClientEmployment,
        (
            "client",
            "employer",
            "start",
            "end",
            "part_time",
            "hours_per_week",
            "note",
            "created_at",
        ),
        jobs,
        raw=True,
    )
    return sum(len(r) for r in rows.values())


def fill_supported_demo(today: dt.date) -> int:
    """Create the showcase: 12 arrangements (3 kinds × 4 states) on active clients
    without supported work of their own, and print and sign a sample of the bulk's
    running arrangements; returns how many arrangements were made."""
    with session.system_session("demo"):
        made = _fill(today)
        _print_sample(today)
        return made


def _showcase_clients(language: str, rehab: bool) -> list:
    supported_periods = ClientService.select(ClientService.client).where(
        ClientService.kind.in_(list(supported.SERVICE_KIND.values()))
    )
    condition = (
        (Client.status == "active")
        & (Client.service_language == language)
        & Client.identity_code.is_null(False)
        & Client.id.not_in(supported_periods)
        & Client.id.not_in(ClientEmployment.select(ClientEmployment.client))
    )
    if rehab:
        condition &= Client.benefit_status.in_(REHAB_BENEFITS)
    return list(Client.select().where(condition).order_by(Client.id).limit(12))


def _fill(today: dt.date) -> int:
    clients = {language: _showcase_clients(language, False) for language in ("fi", "sv")}
    rehab_clients = {language: _showcase_clients(language, True) for language in ("fi", "sv")}
    employers = list(Employer.select().order_by(Employer.id).limit(12))
    coach = StaffUser.select().where(StaffUser.role == "coach").first()
    if not clients["fi"] or not employers:
        return 0
    made = 0
    for index, (kind, state) in enumerate(
        (k, s) for k in supported.domain.KINDS for s in templates.DEMO_STATES
    ):
        pools = rehab_clients if kind == "rehab_work" else clients
        language = "sv" if index % 3 == 2 and pools["sv"] else "fi"
        pool = pools[language]
        if not pool:
            continue
        client = pool[index % len(pool)] if len(pool) > 6 else pool[0]
        if kind == "rehab_work":
            data = templates.demo_rehab_work(language, state, today)
        elif kind == "work_trial":
            data = templates.demo_work_trial(
                language, state, employers[index % len(employers)].id, today
            )
        else:
            data = templates.demo_wage_subsidy(
                language,
                state,
                employers[(index + 3) % len(employers)].id,
                coach.id if coach else None,
                today,
            )
        try:
            record = supported.save_arrangement(kind, client.id, data, actor=DEMO_ACTOR)
        except (supported.ValidationFailed, supported.OverrideNeeded):
            continue  # the client's earlier demo arrangements do not allow it
        made += 1
        if kind == "rehab_work" and state in ("signed", "ended"):
            _attendance(record, today)
        if state in ("printed", "signed", "ended"):
            _print(kind, record, signed=state in ("signed", "ended"))
        if state == "ended":
            supported.end_arrangement(kind, record.id, record.data.end, "", DEMO_ACTOR)
    return made


def _print(kind: str, record: supported.ArrangementRecord, signed: bool) -> None:
    """Render the agreement, archive it on the client, and record its signing."""
    rendered = rendering.render(supported.DOCUMENT_KIND[kind], record.id)
    document = archive.archive_document(
        client_id=record.client_id,
        kind=rendered.kind,
        object_id=record.id,
        title=rendered.title,
        language=rendered.language,
        pdf=rendered.pdf,
        version=rendered.version,
        source_revision=rendered.source_revision,
        number=rendered.number,
        actor=DEMO_ACTOR,
    )
    if signed:
        # Signed on the day it was printed: a document is never signed before printing.
        day = document.created_at.date()
        archive.record_signing(document.id, day, record.client_name, DEMO_ACTOR, day)


def _print_sample(today: dt.date) -> None:
    """Print, or print and sign, a few running arrangements of the bulk."""
    for kind, model in _MODELS.items():
        running = (
            model.select(model.id)
            .where(
                (model.start <= today)
                & (model.end >= today)
                & model.ended_on.is_null()
                & model.id.not_in(
                    ArchivedDocument.select(ArchivedDocument.object_id).where(
                        ArchivedDocument.kind == supported.DOCUMENT_KIND[kind]
                    )
                )
            )
            .order_by(model.id)
            .limit(PRINTED_SAMPLE)
        )
        for index, (arrangement_id,) in enumerate(running.tuples()):
            record = supported.get_arrangement(kind, arrangement_id)
            _print(kind, record, signed=index > 0)


def _attendance(record: supported.ArrangementRecord, today: dt.date) -> None:
    day = record.start
    weekdays = supported.domain.weekday_set(record.data.weekdays)
    count = 0
    while day <= min(record.end, today) and count < 60:
        if day.isoweekday() in weekdays:
            status = "absent_excused" if count % 11 == 10 else "present"
            supported.record_attendance(record.id, day, status, Decimal("4.20"))
            count += 1
        day += dt.timedelta(days=1)
