"""Supported work: save, check, list and end work trials, wage subsidies and rehabilitative work.

Each arrangement is checked against the rules in force (``domain.rules``) with
what the register knows of the client's earlier arrangements. Errors block
saving; a warning is saved only with the user's reason for going past it,
and the reason is kept with the arrangement and on the client's timeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import JOIN

from .. import clock
from ..domain import access as access
from ..domain import supported as domain
from ..domain.findings import Finding, Severity, ValidationFailed
from ..domain.identifiers import normalize_business_id
from ..domain.rules import DEFAULT_RULES, Rule, RuleBook
from ..storage.connection import translate_errors
from ..storage.documents import ArchivedDocument
from ..storage.models import (
    Client,
    ClientEvent,
    ClientService,
    Employer,
    StaffUser,
    UnitSettings,
    database,
    now,
    update_versioned,
)
from ..storage.supported import (
    ClientEmployment,
    RehabAttendance,
    RehabWorkRecord,
    SupportedRule,
    WageSubsidyRecord,
    WorkTrialAbsence,
    WorkTrialRecord,
)
from . import documents
from . import session as session

KIND_LABEL_KEYS = domain.KINDS
# The client's service period kind (domain.clients.SERVICE_KINDS) of each arrangement.
SERVICE_KIND = {
    "work_trial": "work_trial",
    "wage_subsidy": "wage_subsidy",
    "rehab_work": "rehabilitative_work",
}
# The document kind of each arrangement in the archive and on the command line.
DOCUMENT_KIND = {
    "work_trial": "work-trial",
    "wage_subsidy": "wage-subsidy",
    "rehab_work": "rehab-work",
}
ENDING_SOON_DAYS = 14


def _client_of_arrangement(kind: str, arrangement_id: int) -> int | None:
    try:
        return _row(kind, arrangement_id).client_id
    except Exception:  # an unknown kind or record: the service says what is wrong
        return None


class OverrideNeeded(Exception):
    """Warnings that need the user's reason before saving; nothing was saved."""

    def __init__(self, findings: list[Finding]):
        super().__init__(", ".join(f"{f.field}: {f.code}" for f in findings))
        self.findings = findings


class ArrangementNotFound(LookupError):
    def __init__(self, kind: str, arrangement_id: int):
        super().__init__(f"{kind} {arrangement_id} not found")
        self.kind = kind
        self.arrangement_id = arrangement_id


def override_key(finding: Finding) -> str:
    return f"{finding.code}/{finding.field}"


@dataclass(frozen=True)
class ArrangementRecord:
    """One stored arrangement with what the UI and the documents need around it."""

    kind: str
    id: int
    version: int
    client_id: int
    client_name: str
    client_language: str
    data: Any  # domain.WorkTrial | domain.WageSubsidy | domain.RehabWork
    state: str
    ended_on: dt.date | None
    end_reason: str
    overrides: dict[str, str]
    employer_name: str = ""
    employer_business_id: str = ""
    employer_address: str = ""
    job_coach_name: str = ""
    absences: tuple[domain.Absence, ...] = ()
    attendance: tuple[domain.Attendance, ...] = ()

    @property
    def start(self) -> dt.date | None:
        return self.data.start

    @property
    def end(self) -> dt.date | None:
        return self.data.end

    @property
    def document_language(self) -> str:
        """The language chosen for the document, else the client's (Finnish for others)."""
        chosen = self.data.language or self.client_language
        return chosen if chosen in ("fi", "sv") else "fi"


@dataclass(frozen=True)
class ArrangementRow:
    kind: str
    id: int
    client_id: int
    client_name: str
    counterpart: str
    start: dt.date | None
    end: dt.date | None
    state: str


# -- rules ------------------------------------------------------------------------------------


def rule_book() -> RuleBook:
    """The default rules with the unit's own dated rows merged over them."""
    return RuleBook([*DEFAULT_RULES, *_stored_rules()])


def _stored_rules() -> list[Rule]:
    rules = []
    for row in SupportedRule.select().order_by(SupportedRule.key, SupportedRule.valid_from):
        value = Decimal(row.value)
        rules.append(
            Rule(
                row.key,
                int(value) if value == value.to_integral_value() else value,
                row.valid_from,
                row.source,
                row.verified,
                own=True,
            )
        )
    return rules


def list_rules() -> list[Rule]:
    """Every row of the rules table, defaults and the unit's own, by key and date."""
    return sorted([*DEFAULT_RULES, *_stored_rules()], key=lambda r: (r.key, r.valid_from))


@dataclass(frozen=True)
class RuleRow:
    """One row of the rules table as the administrator sees it."""

    key: str
    value: Decimal | int
    valid_from: dt.date
    source: str
    verified: bool
    own: bool  # added by the unit (else one of the built-in defaults)
    in_force: bool  # the row that applies today
    note: str = ""


def rule_table(today: dt.date | None = None) -> list[RuleRow]:
    """The rules table by limit and date, marking the unit's own rows and those in force."""
    today = today or clock.today()
    book = rule_book()
    notes = {
        (row.key, row.valid_from): row.note
        for row in SupportedRule.select(
            SupportedRule.key, SupportedRule.valid_from, SupportedRule.note
        )
    }
    stored = _stored_rules()
    own = {(r.key, r.valid_from) for r in stored}
    rows = []
    for rule in sorted(
        [*(r for r in DEFAULT_RULES if (r.key, r.valid_from) not in own), *stored],
        key=lambda r: (r.key, r.valid_from),
    ):
        rows.append(
            RuleRow(
                rule.key,
                rule.value,
                rule.valid_from,
                rule.source,
                rule.verified,
                (rule.key, rule.valid_from) in own,
                book.rule(rule.key, today) == rule,
                notes.get((rule.key, rule.valid_from), ""),
            )
        )
    return rows


def check_rule(key: str, value: str, valid_from: dt.date | None, source: str) -> list[Finding]:
    """What is wrong with a new dated value, field by field (nothing is read but the defaults)."""
    findings = []
    defaults = RuleBook()
    if key not in defaults:
        findings.append(Finding("invalid", "key"))
    text = (value or "").replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if not text:
        findings.append(Finding("required", "value"))
    else:
        try:
            number = Decimal(text)
        except InvalidOperation:
            findings.append(Finding("number.format", "value"))
        else:
            if not number.is_finite():
                findings.append(Finding("number.format", "value"))
            elif number < 0:
                findings.append(Finding("number.negative", "value"))
            elif (
                key in defaults
                and isinstance(defaults.value(key, valid_from), int)
                and number != number.to_integral_value()
            ):
                findings.append(Finding("rule.whole_number", "value"))
            if number.is_finite() and abs(number) >= Decimal("1e9"):
                findings.append(Finding("number.format", "value"))
    if valid_from is None:
        findings.append(Finding("required", "valid_from"))
    if not (source or "").strip():
        findings.append(Finding("required", "source"))
    return findings


@translate_errors
def add_rule(
    key: str,
    value: str,
    valid_from: dt.date | None,
    source: str,
    verified: bool = True,
    note: str = "",
) -> Rule:
    """Add a dated value for a rule (e.g. an amendment): administrators only.

    Earlier rows stay, so arrangements that started before ``valid_from`` are
    still checked against the value of their time. A row of the same limit and
    date replaces the unit's earlier row of that date.
    """
    session.require(access.UNIT_SETTINGS)
    findings = check_rule(key, value, valid_from, source)
    if findings:
        raise ValidationFailed(findings)
    number = Decimal(value.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    with database.atomic():
        SupportedRule.delete().where(
            (SupportedRule.key == key) & (SupportedRule.valid_from == valid_from)
        ).execute()
        row = SupportedRule.create(
            key=key,
            value=str(int(number)) if number == number.to_integral_value() else str(number),
            valid_from=valid_from,
            source=source.strip(),
            verified=verified,
            note=note.strip(),
        )
        session.log(
            "create",
            object_type="supported_rule",
            object_id=row.id,
            details={"key": key, "value": row.value, "valid_from": valid_from.isoformat()},
        )
    return rule_book().rule(key, valid_from)


# -- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    model: type
    data: type
    foreign: dict[str, str]  # dataclass field -> model foreign key name


_KINDS: dict[str, _Kind] = {
    "work_trial": _Kind(WorkTrialRecord, domain.WorkTrial, {"employer_id": "employer"}),
    "wage_subsidy": _Kind(
        WageSubsidyRecord,
        domain.WageSubsidy,
        {"employer_id": "employer", "job_coach_id": "job_coach"},
    ),
    "rehab_work": _Kind(RehabWorkRecord, domain.RehabWork, {}),
}


def _kind(kind: str) -> _Kind:
    try:
        return _KINDS[kind]
    except KeyError:
        raise ArrangementNotFound(kind, 0) from None


def _data_of(kind: str, row) -> Any:
    spec = _KINDS[kind]
    values = {}
    for f in dataclasses.fields(spec.data):
        if f.name in spec.foreign:
            values[f.name] = getattr(row, f"{spec.foreign[f.name]}_id")
        else:
            values[f.name] = getattr(row, f.name)
    return spec.data(**values)


def _row(kind: str, arrangement_id: int):
    model = _kind(kind).model
    row = model.get_or_none(model.id == arrangement_id)
    if row is None:
        raise ArrangementNotFound(kind, arrangement_id)
    return row


def _document_status(kind: str, arrangement_id: int, version: int) -> str:
    """printed / signed from the document archive, for this version of the arrangement."""
    latest = documents.latest_document(DOCUMENT_KIND[kind], arrangement_id)
    if latest is None or latest.source_revision != version:
        return "draft"
    return "signed" if latest.signed else "printed"


@session.guard(
    access.VIEW, lambda kind, arrangement_id, *a, **k: _client_of_arrangement(kind, arrangement_id)
)
def get_arrangement(
    kind: str, arrangement_id: int, today: dt.date | None = None
) -> ArrangementRecord:
    row = _row(kind, arrangement_id)
    client = Client.get_by_id(row.client_id)
    data = _data_of(kind, row)
    employer = Employer.get_or_none(Employer.id == getattr(row, "employer_id", None))
    if kind == "work_trial" and data.organiser_kind == "unit":
        unit = UnitSettings.get_or_none(UnitSettings.id == 1)
        employer_name = unit.name if unit else ""
        employer_id_code = unit.business_id if unit else ""
        address = _address(unit) if unit else ""
    else:
        employer_name = employer.name if employer else ""
        employer_id_code = employer.business_id if employer else ""
        address = _address(employer) if employer else ""
    coach = ""
    if kind == "wage_subsidy" and row.job_coach_id:
        member = StaffUser.get_or_none(StaffUser.id == row.job_coach_id)
        coach = member.display_name if member else ""
    absences: tuple[domain.Absence, ...] = ()
    attendance: tuple[domain.Attendance, ...] = ()
    if kind == "work_trial":
        absences = tuple(_absences(row.id))
    if kind == "rehab_work":
        attendance = tuple(_attendance(row.id))
    status = _document_status(kind, row.id, row.version)
    return ArrangementRecord(
        kind=kind,
        id=row.id,
        version=row.version,
        client_id=client.id,
        client_name=f"{client.last_name}, {client.first_name}",
        client_language=client.service_language,
        data=data,
        state=domain.state_of(status, data.end, row.ended_on, today or clock.today()),
        ended_on=row.ended_on,
        end_reason=row.end_reason,
        overrides=json.loads(row.overrides) if row.overrides else {},
        employer_name=employer_name,
        employer_business_id=employer_id_code,
        employer_address=address,
        job_coach_name=coach,
        absences=absences,
        attendance=attendance,
    )


def _address(row) -> str:
    place = " ".join(p for p in (row.postal_code, row.post_office) if p)
    return ", ".join(p for p in (row.street_address, place) if p)


def _absences(trial_id: int) -> list[domain.Absence]:
    query = WorkTrialAbsence.select().where(WorkTrialAbsence.trial == trial_id)
    return [
        domain.Absence(a.day, a.authorised, a.note) for a in query.order_by(WorkTrialAbsence.day)
    ]


def _attendance(work_id: int) -> list[domain.Attendance]:
    query = RehabAttendance.select().where(RehabAttendance.work == work_id)
    return [
        domain.Attendance(a.day, a.status, Decimal(a.travel_cost or 0), a.note)
        for a in query.order_by(RehabAttendance.day)
    ]


def list_arrangements(
    client_id: int | None = None,
    kind: str | None = None,
    state: str | None = None,
    today: dt.date | None = None,
) -> list[ArrangementRow]:
    """Arrangements of one client or of everyone, newest start first."""
    return _arrangement_rows(client_id, kind, state, today or clock.today())


def _arrangement_rows(
    client_id: int | None,
    kind: str | None,
    state: str | None,
    today: dt.date,
    ends_between: tuple[dt.date, dt.date] | None = None,
) -> list[ArrangementRow]:
    # Two queries per kind whatever the number of rows: the arrangements with their
    # client and counterpart as plain tuples (tens of thousands on a large register),
    # and the archive's documents of those arrangements.
    rows: list[ArrangementRow] = []
    for name, spec in _KINDS.items():
        if kind is not None and name != kind:
            continue
        model = spec.model
        condition = model.id.is_null(False)
        if client_id is not None:
            condition &= model.client == client_id
        if ends_between is not None:
            condition &= model.end.between(*ends_between) & model.ended_on.is_null()
        columns = [
            model.id,
            model.client,
            Client.last_name,
            Client.first_name,
            model.start,
            model.end,
            model.ended_on,
            model.version,
        ]
        if name == "rehab_work":
            query = model.select(*columns, model.place).join(Client, on=(model.client == Client.id))
        else:
            extra = (model.organiser_kind, model.workplace) if name == "work_trial" else ()
            query = (
                model.select(*columns, Employer.name, *extra)
                .join(Client, on=(model.client == Client.id))
                .switch(model)
                .join(Employer, JOIN.LEFT_OUTER, on=(model.employer == Employer.id))
            )
        found = list(query.where(condition).tuples())
        statuses = _document_statuses(name, model.select(model.id).where(condition))
        for row_id, row_client, last, first, start, end, ended_on, version, *more in found:
            status = statuses.get(row_id, ("draft", 0))
            document = status[0] if status[1] == version else "draft"
            row_state = domain.state_of(document, end, ended_on, today)
            if state is not None and row_state != state:
                continue
            rows.append(
                ArrangementRow(
                    name,
                    row_id,
                    row_client,
                    f"{last}, {first}",
                    _counterpart(name, *more),
                    start,
                    end,
                    row_state,
                )
            )
    rows.sort(key=lambda r: (r.start or dt.date.min, r.id), reverse=True)
    return rows


def _document_statuses(kind: str, ids) -> dict[int, tuple[str, int]]:
    """For each arrangement in ``ids`` (a subquery): (printed | signed, revision) of its latest."""
    query = (
        ArchivedDocument.select(
            ArchivedDocument.object_id,
            ArchivedDocument.source_revision,
            ArchivedDocument.signed_on,
        )
        .where((ArchivedDocument.kind == DOCUMENT_KIND[kind]) & ArchivedDocument.object_id.in_(ids))
        .order_by(
            ArchivedDocument.object_id,
            ArchivedDocument.version.desc(),
            ArchivedDocument.id.desc(),
        )
        .tuples()
    )
    latest: dict[int, tuple[str, int]] = {}
    for object_id, revision, signed_on in query:
        if object_id not in latest:
            latest[object_id] = ("signed" if signed_on else "printed", revision)
    return latest


def _counterpart(kind: str, name: str | None, organiser_kind: str = "", workplace: str = "") -> str:
    """Who the client works for: the rehabilitative work's place, the trial's workplace
    when the unit organises it, else the employer's name."""
    if kind == "work_trial" and organiser_kind == "unit":
        return workplace
    return name or ""


def ending_soon(today: dt.date | None = None, days: int = ENDING_SOON_DAYS) -> list[ArrangementRow]:
    """Arrangements in force that end within ``days`` days (for the Today page).

    A constant number of queries (two per kind), however many arrangements there are.
    """
    today = today or clock.today()
    last = today + dt.timedelta(days=days)
    return [
        r
        for r in _arrangement_rows(None, None, None, today, (today, last))
        if r.state in ("printed", "signed")
    ]


# -- checking ---------------------------------------------------------------------------------


def _client(client_id: int) -> Client:
    return Client.get_by_id(client_id)


def _is_clients_process(client_id: int, process_id: int) -> bool:
    from ..storage.guidance import GuidanceProcess

    return (
        GuidanceProcess.select()
        .where((GuidanceProcess.id == process_id) & (GuidanceProcess.client == client_id))
        .exists()
    )


def _stored_plan_date(client_id: int, process_id: int | None) -> dt.date | None:
    """The date of the client's employment plan ``process_id`` (None: none, or not theirs)."""
    if process_id is None:
        return None
    from ..storage.guidance import GuidanceProcess

    process = GuidanceProcess.get_or_none(
        (GuidanceProcess.id == process_id) & (GuidanceProcess.client == client_id)
    )
    return process.plan_date if process is not None else None


def _work_trial_context(client_id: int, trial: domain.WorkTrial, exclude: int | None):
    client = _client(client_id)
    earlier = []
    query = WorkTrialRecord.select().where(WorkTrialRecord.client == client_id)
    for row in query:
        if row.id == exclude or row.start is None or row.end is None:
            continue
        end = min(row.end, row.ended_on) if row.ended_on else row.end
        if end >= row.start:
            earlier.append(domain.Period(row.start, end))
    if trial.organiser_kind == "unit":
        unit = UnitSettings.get_or_none(UnitSettings.id == 1)
        business_id = unit.business_id if unit else ""
    else:
        employer = (
            Employer.get_or_none(Employer.id == trial.employer_id) if trial.employer_id else None
        )
        business_id = employer.business_id if employer else ""
    employers = _current_employers(client_id)
    return domain.WorkTrialContext(
        birth_date=client.birth_date,
        unemployed_since=client.unemployed_since,
        earlier_trials=tuple(earlier),
        organiser_business_id=business_id,
        employers=employers,
        absences=tuple(_absences(exclude)) if exclude else (),
        stored_plan_date=_stored_plan_date(client_id, trial.plan_process_id),
    )


def _current_employers(client_id: int) -> tuple[domain.CurrentEmployer, ...]:
    """The client's recorded employments and wage-subsidised employments, with employers."""
    found = []
    jobs = (
        ClientEmployment.select(ClientEmployment, Employer)
        .join(Employer, JOIN.LEFT_OUTER, on=(ClientEmployment.employer == Employer.id))
        .where(ClientEmployment.client == client_id)
    )
    for job in jobs:
        employer = job.employer if job.employer_id else None
        found.append(
            domain.CurrentEmployer(
                job.employer_id,
                job.business_id or (employer.business_id if employer else ""),
                employer.name if employer else job.employer_name,
                job.start,
                job.end,
            )
        )
    subsidised = (
        WageSubsidyRecord.select(WageSubsidyRecord, Employer)
        .join(Employer, JOIN.LEFT_OUTER, on=(WageSubsidyRecord.employer == Employer.id))
        .where(WageSubsidyRecord.client == client_id)
    )
    for row in subsidised:
        if row.start is None:
            continue
        employer = row.employer if row.employer_id else None
        found.append(
            domain.CurrentEmployer(
                row.employer_id,
                employer.business_id if employer else "",
                employer.name if employer else "",
                row.start,
                row.ended_on or row.end,
            )
        )
    return tuple(found)


def _wage_subsidy_context(client_id: int, subsidy: domain.WageSubsidy, exclude: int | None):
    client = _client(client_id)
    employer = (
        Employer.get_or_none(Employer.id == subsidy.employer_id) if subsidy.employer_id else None
    )
    earlier = []
    for row in WageSubsidyRecord.select().where(WageSubsidyRecord.client == client_id):
        if row.id == exclude:
            continue
        last = row.ended_on or row.end
        earlier.append(
            domain.EarlierSubsidy(
                row.employer_id,
                row.track,
                domain.Period(
                    row.subsidy_start, min(row.subsidy_end, row.ended_on or row.subsidy_end)
                )
                if row.subsidy_start and row.subsidy_end
                else None,
                domain.Period(row.start, last)
                if row.start and last and last >= row.start
                else None,
                row.long_term_unemployed_contract,
            )
        )
    return domain.WageSubsidyContext(
        birth_date=client.birth_date,
        unemployed_since=client.unemployed_since,
        employer_kind=getattr(employer, "organisation_kind", "") if employer else "",
        employer_business_id=employer.business_id if employer else "",
        earlier=tuple(earlier),
        stored_plan_date=_stored_plan_date(client_id, subsidy.plan_process_id),
    )


def _rehab_context(client_id: int, work: domain.RehabWork, exclude: int | None):
    client = _client(client_id)
    days = (
        RehabAttendance.select(RehabAttendance.day)
        .join(RehabWorkRecord)
        .where((RehabWorkRecord.client == client_id) & (RehabAttendance.status == "present"))
    )
    return domain.RehabContext(
        benefit_status=client.benefit_status, attended_days=tuple(r.day for r in days)
    )


_CHECKS: dict[str, tuple[Callable, Callable]] = {
    "work_trial": (_work_trial_context, domain.check_work_trial),
    "wage_subsidy": (_wage_subsidy_context, domain.check_wage_subsidy),
    "rehab_work": (_rehab_context, domain.check_rehab_work),
}


def check_arrangement(
    kind: str, client_id: int, data: Any, arrangement_id: int | None = None
) -> list[Finding]:
    """Every finding about ``data`` for this client, as saving would see them."""
    make_context, check = _CHECKS[kind]
    return check(data, make_context(client_id, data, arrangement_id), rule_book())


# -- writing ----------------------------------------------------------------------------------


def _clean(data: Any) -> Any:
    return dataclasses.replace(
        data,
        **{
            f.name: getattr(data, f.name).strip()
            for f in dataclasses.fields(data)
            if isinstance(getattr(data, f.name), str)
        },
    )


def _values(kind: str, data: Any) -> dict:
    spec = _KINDS[kind]
    values = {}
    for f in dataclasses.fields(spec.data):
        name = spec.foreign.get(f.name, f.name)
        values[name] = getattr(data, f.name)
    return values


def _event(client_id: int, kind: str, actor: str, stamp: dt.datetime, **details) -> None:
    ClientEvent.create(
        client=client_id,
        kind=kind,
        actor_name=actor,
        at=stamp,
        details=json.dumps(details, ensure_ascii=False, default=str),
    )
    Client.update(last_event_at=stamp).where(Client.id == client_id).execute()


@session.guard(
    access.EDIT,
    lambda kind, client_id, *a, **k: client_id,
    log_as="update",
    object_type="arrangement",
)
@translate_errors
def save_arrangement(
    kind: str,
    client_id: int,
    data: Any,
    arrangement_id: int | None = None,
    version: int | None = None,
    overrides: dict[str, str] | None = None,
    actor: str = "",
) -> ArrangementRecord:
    """Create (no id) or update (id and the version read) an arrangement.

    Raises ValidationFailed for errors, OverrideNeeded for warnings without a
    reason, ConcurrentEdit when someone saved it since; nothing is written then.
    """
    data = _clean(data)
    overrides = {k: v.strip() for k, v in (overrides or {}).items() if v and v.strip()}
    with database.atomic():
        client = _client(client_id)
        if arrangement_id is None and client.status == "closed":
            raise ValidationFailed([Finding("service.client_closed", "client")])
        if data.plan_process_id is not None and not _is_clients_process(
            client_id, data.plan_process_id
        ):
            raise ValidationFailed([Finding("invalid", "plan_process_id")])
        findings = check_arrangement(kind, client_id, data, arrangement_id)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if errors:
            raise ValidationFailed(errors)
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        missing = [w for w in warnings if override_key(w) not in overrides]
        if missing:
            raise OverrideNeeded(missing)
        kept = {override_key(w): overrides[override_key(w)] for w in warnings}
        values = _values(kind, data)
        values["overrides"] = json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else ""
        model = _KINDS[kind].model
        stamp = now()
        if arrangement_id is None:
            service = ClientService.create(
                client=client_id,
                kind=SERVICE_KIND[kind],
                started_on=data.start or stamp.date(),
                created_at=stamp,
            )
            row = model.create(
                client=client_id, service=service.id, created_at=stamp, updated_at=stamp, **values
            )
            arrangement_id = row.id
            _event(client_id, "service_started", actor, stamp, service=SERVICE_KIND[kind])
            previous: dict[str, str] = {}
        else:
            row = _row(kind, arrangement_id)
            previous = json.loads(row.overrides) if row.overrides else {}
            update_versioned(model, arrangement_id, version or 0, **values)
            if row.service_id and data.start:
                ClientService.update(started_on=data.start).where(
                    ClientService.id == row.service_id
                ).execute()
            _event(client_id, "agreement_edited", actor, stamp, service=SERVICE_KIND[kind])
        for key, reason in kept.items():
            if previous.get(key) != reason:
                _event(
                    client_id,
                    "warning_overridden",
                    actor,
                    stamp,
                    service=SERVICE_KIND[kind],
                    finding=key,
                    reason=reason,
                )
    return get_arrangement(kind, arrangement_id)


@session.guard(
    access.EDIT,
    lambda kind, arrangement_id, *a, **k: _client_of_arrangement(kind, arrangement_id),
    log_as="update",
    object_type="arrangement",
)
@translate_errors
def end_arrangement(
    kind: str, arrangement_id: int, ended_on: dt.date, reason: str = "", actor: str = ""
) -> ArrangementRecord:
    """End early or confirm the end; the service period ends on the same day."""
    with database.atomic():
        row = _row(kind, arrangement_id)
        if row.start and ended_on < row.start:
            raise ValidationFailed([Finding("date.order", "ended_on")])
        model = _KINDS[kind].model
        model.update(ended_on=ended_on, end_reason=reason.strip()).where(
            model.id == arrangement_id
        ).execute()
        if row.service_id:
            ClientService.update(ended_on=ended_on).where(
                ClientService.id == row.service_id
            ).execute()
        _event(row.client_id, "service_ended", actor, now(), service=SERVICE_KIND[kind])
    return get_arrangement(kind, arrangement_id)


# -- the work trial's absence log -------------------------------------------------------------


@translate_errors
def record_absence(trial_id: int, day: dt.date, authorised: bool, note: str = "") -> list[Finding]:
    """Add or replace one day of absence; returns the warnings it raises (5 days in a row)."""
    with database.atomic():
        row = _row("work_trial", trial_id)
        if (row.start and day < row.start) or (row.end and day > row.end):
            raise ValidationFailed([Finding("work_trial.absence_outside", "day")])
        WorkTrialAbsence.delete().where(
            (WorkTrialAbsence.trial == trial_id) & (WorkTrialAbsence.day == day)
        ).execute()
        WorkTrialAbsence.create(trial=trial_id, day=day, authorised=authorised, note=note.strip())
    record = get_arrangement("work_trial", trial_id)
    return [
        f
        for f in check_arrangement("work_trial", record.client_id, record.data, trial_id)
        if f.code == "work_trial.absence_run"
    ]


@translate_errors
def remove_absence(trial_id: int, day: dt.date) -> None:
    with database.atomic():
        WorkTrialAbsence.delete().where(
            (WorkTrialAbsence.trial == trial_id) & (WorkTrialAbsence.day == day)
        ).execute()


# -- the rehabilitative work's attendance register --------------------------------------------


@translate_errors
def record_attendance(
    work_id: int,
    day: dt.date,
    status: str = "present",
    travel_cost: Decimal = Decimal("0"),
    note: str = "",
) -> domain.Attendance:
    """Add or replace one day of the register; a 179th day in 12 months is refused."""
    if status not in domain.ATTENDANCE:
        raise ValidationFailed([Finding("invalid", "status")])
    if travel_cost < 0:
        raise ValidationFailed([Finding("number.negative", "travel_cost")])
    with database.atomic():
        row = _row("rehab_work", work_id)
        work = _data_of("rehab_work", row)
        context = _rehab_context(row.client_id, work, work_id)
        others = [d for d in context.attended_days if d != day]
        if status == "present":
            problem = domain.attendance_problem(day, work, others, rule_book())
        elif (work.start and day < work.start) or (work.end and day > work.end):
            problem = Finding("rehab.attendance_outside", "day")
        else:
            problem = None
        if problem is not None:
            raise ValidationFailed([problem])
        RehabAttendance.delete().where(
            (RehabAttendance.work == work_id) & (RehabAttendance.day == day)
        ).execute()
        RehabAttendance.create(
            work=work_id, day=day, status=status, travel_cost=travel_cost, note=note.strip()
        )
    return domain.Attendance(day, status, travel_cost, note.strip())


@translate_errors
def remove_attendance(work_id: int, day: dt.date) -> None:
    with database.atomic():
        RehabAttendance.delete().where(
            (RehabAttendance.work == work_id) & (RehabAttendance.day == day)
        ).execute()


def days_in_last_12_months(client_id: int, today: dt.date | None = None) -> int:
    """Days present in rehabilitative work in the 12 months up to ``today``."""
    today = today or clock.today()
    since = domain.add_months(today, -12)
    query = (
        RehabAttendance.select()
        .join(RehabWorkRecord)
        .where(
            (RehabWorkRecord.client == client_id)
            & (RehabAttendance.status == "present")
            & (RehabAttendance.day > since)
            & (RehabAttendance.day <= today)
        )
    )
    return query.count()


def allowance_per_day(record: ArrangementRecord) -> Decimal:
    """Activity allowance or expense allowance for a day present (189/2001 18 §)."""
    return Decimal(rule_book().value("rehab.activity_allowance", record.start))


def attendance_month(work_id: int, year: int, month: int) -> domain.MonthSummary:
    record = get_arrangement("rehab_work", work_id)
    return domain.month_summary(record.attendance, year, month, allowance_per_day(record))


def employer_arrangements(employer_id: int):
    """Work trials and wage-subsidised employments at the employer, for the employer's card."""
    from .employers import Arrangement

    today = clock.today()
    found = []
    for kind in ("work_trial", "wage_subsidy"):
        model = _KINDS[kind].model
        query = (
            model.select(model, Client)
            .join(Client, on=(model.client == Client.id))
            .where(model.employer == employer_id)
        )
        for row in query:
            status = _document_status(kind, row.id, row.version)
            found.append(
                Arrangement(
                    kind=SERVICE_KIND[kind],
                    id=row.id,
                    client_id=row.client_id,
                    client_name=f"{row.client.last_name}, {row.client.first_name}",
                    title=row.workplace if kind == "work_trial" else row.place_of_work,
                    started_on=row.start,
                    ended_on=row.ended_on or row.end,
                    state=domain.state_of(status, row.end, row.ended_on, today),
                )
            )
    return found


# -- the client's employments (for the work trial's current-employer check) -------------------


@dataclass(frozen=True)
class EmploymentRecord:
    id: int
    client_id: int
    data: domain.Employment
    employer_display: str  # the register's name, else the name written

    def is_current(self, on: dt.date) -> bool:
        start = self.data.start
        return start is not None and start <= on and (self.data.end is None or self.data.end >= on)


def _employment_record(row) -> EmploymentRecord:
    employer = row.employer if row.employer_id else None
    data = domain.Employment(
        employer_id=row.employer_id,
        employer_name=row.employer_name,
        business_id=row.business_id,
        start=row.start,
        end=row.end,
        part_time=row.part_time,
        hours_per_week=Decimal(row.hours_per_week) if row.hours_per_week is not None else None,
        note=row.note,
    )
    return EmploymentRecord(
        row.id, row.client_id, data, employer.name if employer else row.employer_name
    )


@session.guard(access.VIEW, lambda client_id, *a, **k: client_id)
def list_employments(client_id: int) -> list[EmploymentRecord]:
    """The client's recorded employments, the latest start first."""
    rows = (
        ClientEmployment.select(ClientEmployment, Employer)
        .join(Employer, JOIN.LEFT_OUTER, on=(ClientEmployment.employer == Employer.id))
        .where(ClientEmployment.client == client_id)
        .order_by(ClientEmployment.start.desc(), ClientEmployment.id.desc())
    )
    return [_employment_record(row) for row in rows]


def _client_of_employment(employment_id: int) -> int | None:
    row = ClientEmployment.get_or_none(ClientEmployment.id == employment_id)
    return row.client_id if row else None


@session.guard(
    access.EDIT,
    lambda client_id, *a, **k: client_id,
    log_as="update",
    object_type="client_employment",
)
@translate_errors
def save_employment(
    client_id: int, job: domain.Employment, employment_id: int | None = None
) -> EmploymentRecord:
    """Record (no id) or correct an employment; ValidationFailed says what is wrong."""
    job = _clean(job)
    findings = domain.check_employment(job)
    if findings:
        raise ValidationFailed(findings)
    values = dataclasses.asdict(job)
    values["employer"] = values.pop("employer_id")
    if job.business_id:
        values["business_id"] = normalize_business_id(job.business_id)
    with database.atomic():
        if Client.get_or_none(Client.id == client_id) is None:
            raise ArrangementNotFound("client", client_id)
        if (
            job.employer_id is not None
            and Employer.get_or_none(Employer.id == job.employer_id) is None
        ):
            raise ValidationFailed([Finding("invalid", "employer_name")])
        if employment_id is None:
            row = ClientEmployment.create(client=client_id, **values)
            employment_id = row.id
        else:
            updated = (
                ClientEmployment.update(**values)
                .where(
                    (ClientEmployment.id == employment_id) & (ClientEmployment.client == client_id)
                )
                .execute()
            )
            if not updated:
                raise ArrangementNotFound("client_employment", employment_id)
    return next(e for e in list_employments(client_id) if e.id == employment_id)


@session.guard(
    access.EDIT,
    lambda employment_id, *a, **k: _client_of_employment(employment_id),
    log_as="delete",
    object_type="client_employment",
)
@translate_errors
def remove_employment(employment_id: int) -> None:
    with database.atomic():
        ClientEmployment.delete().where(ClientEmployment.id == employment_id).execute()
