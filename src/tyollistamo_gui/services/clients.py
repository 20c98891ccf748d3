"""The client register: create, edit, close and reopen clients, notes, timeline, search."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peewee import JOIN

from .. import clock
from ..domain import access
from ..domain import clients as rules
from ..domain.collation import name_sort_key
from ..domain.contact import check_email, check_phone, check_postal_code
from ..domain.errors import ConcurrentEdit
from ..domain.findings import Finding, Severity, ValidationFailed
from ..domain.identifiers import (
    birth_date_from_identity_code,
    check_identity_code,
    normalize_identity_code,
)
from ..storage.bulk import insert_rows, insert_rows_returning_ids
from ..storage.connection import translate_errors
from ..storage.models import (
    Client,
    ClientEvent,
    ClientNote,
    ClientService,
    StaffUser,
    database,
    now,
    update_versioned,
)
from ..storage.name_search import index_client_names
from . import session
from .client_search import ClientListRow, _list_query, _list_row

# Fields the form edits; everything else is derived or kept by the service.
EDITABLE_FIELDS = [
    "first_name",
    "last_name",
    "identity_code",
    "service_language",
    "other_language",
    "interpreter_needed",
    "phone",
    "email",
    "street_address",
    "postal_code",
    "post_office",
    "benefit_status",
    "benefit_other",
    "unemployed_since",
    "referral_source",
    "referrer_name",
    "referrer_phone",
    "referrer_email",
    "responsible_staff_id",
    "consent_date",
    "consent_what",
    "status",
    "closed_on",
    "closing_reason",
    "outcome",
]


class DuplicateIdentityCode(Exception):
    """Another client has the identity code; nothing was saved."""

    def __init__(self, existing_id: int, existing_name: str):
        super().__init__(f"identity code belongs to client {existing_id}")
        self.existing_id = existing_id
        self.existing_name = existing_name


@dataclass(frozen=True)
class ClientData:
    """What the user enters about a client."""

    first_name: str = ""
    last_name: str = ""
    identity_code: str = ""
    service_language: str = "fi"
    other_language: str = ""
    interpreter_needed: bool = False
    phone: str = ""
    email: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    benefit_status: str = "none"
    benefit_other: str = ""
    unemployed_since: dt.date | None = None
    referral_source: str = ""
    referrer_name: str = ""
    referrer_phone: str = ""
    referrer_email: str = ""
    responsible_staff_id: int | None = None
    consent_date: dt.date | None = None
    consent_what: str = ""
    status: str = "active"
    closed_on: dt.date | None = None
    closing_reason: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class ClientRecord:
    id: int
    version: int
    data: ClientData
    birth_date: dt.date | None
    long_term_unemployed: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    last_event_at: dt.datetime
    responsible_name: str

    @property
    def display_name(self) -> str:
        return f"{self.data.last_name}, {self.data.first_name}"


@dataclass(frozen=True)
class ServicePeriod:
    id: int
    kind: str
    started_on: dt.date
    ended_on: dt.date | None

    @property
    def in_progress(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class Note:
    id: int
    text: str
    created_at: dt.datetime
    author_name: str
    earlier: tuple[Note, ...] = field(default=())  # newest first


@dataclass(frozen=True)
class Event:
    at: dt.datetime
    kind: str
    actor_name: str
    details: dict


# -- reading ----------------------------------------------------------------------------------


def _record(client: Client) -> ClientRecord:
    values = {name: getattr(client, name) for name in EDITABLE_FIELDS}
    values["identity_code"] = client.identity_code or ""
    staff = client.responsible_staff
    return ClientRecord(
        id=client.id,
        version=client.version,
        data=ClientData(**values),
        birth_date=client.birth_date,
        long_term_unemployed=rules.is_long_term_unemployed(client.unemployed_since, clock.today()),
        created_at=client.created_at,
        updated_at=client.updated_at,
        last_event_at=client.last_event_at,
        responsible_name=staff.display_name if staff else "",
    )


@translate_errors
def get_client(client_id: int, reason: str = "") -> ClientRecord:
    """The client's record, for the user's eyes: checked and logged as a view.

    Raises ``session.ReasonRequired`` when a counsellor opens a client who is
    not theirs or their team's without a ``reason``.
    """
    with database.atomic():
        reason = session.require_client_access(client_id, access.VIEW, reason)
        record = _get(client_id)
        session.log("view", client_id=client_id, object_type="client", reason=reason)
    return record


def _get(client_id: int) -> ClientRecord:
    client = (
        Client.select(Client, StaffUser)
        .join(StaffUser, JOIN.LEFT_OUTER)
        .where(Client.id == client_id)
        .get()
    )
    return _record(client)


# -- validation -------------------------------------------------------------------------------


def check_client(data: ClientData, today: dt.date | None = None) -> list[Finding]:
    """Everything wrong with ``data``, field by field; warnings do not block saving."""
    today = today or clock.today()
    findings: list[Finding | None] = []
    for name in ("first_name", "last_name"):
        if not getattr(data, name).strip():
            findings.append(Finding("required", name))
    if data.identity_code.strip():
        findings.append(check_identity_code(data.identity_code, today=today))
    findings += [
        check_phone(data.phone),
        check_email(data.email),
        check_postal_code(data.postal_code),
        check_phone(data.referrer_phone, "referrer_phone"),
        check_email(data.referrer_email, "referrer_email"),
    ]
    for name in ("unemployed_since", "consent_date", "closed_on"):
        value = getattr(data, name)
        if value is not None and value > today:
            findings.append(Finding("date.future", name))
    if data.service_language == "other" and not data.other_language.strip():
        findings.append(Finding("required", "other_language"))
    if data.status == "closed":
        if data.closed_on is None:
            findings.append(Finding("required", "closed_on"))
        if data.outcome not in rules.OUTCOMES:
            findings.append(Finding("closing.outcome", "outcome"))
    for name, allowed in (
        ("service_language", rules.SERVICE_LANGUAGES),
        ("benefit_status", rules.BENEFIT_STATUSES),
        ("status", rules.STATUSES),
    ):
        if getattr(data, name) not in allowed:
            findings.append(Finding("invalid", name))
    if data.referral_source and data.referral_source not in rules.REFERRAL_SOURCES:
        findings.append(Finding("invalid", "referral_source"))
    return [f for f in findings if f is not None]


def find_possible_duplicates(
    data: ClientData, exclude_id: int | None = None
) -> list[ClientListRow]:
    """Clients with the same name and birth date (a warning: nothing is merged)."""
    session.require(access.CLIENTS_LIST)
    born = _birth_date(data)
    if born is None or not data.first_name.strip() or not data.last_name.strip():
        return []
    query = (
        _list_query()
        .where(
            (Client.sort_name == name_sort_key(data.last_name.strip(), data.first_name.strip()))
            & (Client.birth_date == born)
        )
        .limit(20)
    )
    if exclude_id is not None:
        query = query.where(Client.id != exclude_id)
    return [_list_row(row) for row in query.tuples()]


def _birth_date(data: ClientData) -> dt.date | None:
    if not data.identity_code.strip() or check_identity_code(data.identity_code) is not None:
        return None
    return birth_date_from_identity_code(data.identity_code)


def _clean(data: ClientData) -> dict:
    values = {}
    for name in EDITABLE_FIELDS:
        value = getattr(data, name)
        values[name] = value.strip() if isinstance(value, str) else value
    code = normalize_identity_code(data.identity_code)
    values["identity_code"] = code or None
    values["birth_date"] = birth_date_from_identity_code(code) if code else None
    if data.status != "closed":
        values.update(closed_on=None, closing_reason="", outcome="")
    if data.service_language != "other":
        values["other_language"] = ""
    if data.benefit_status != "other":
        values["benefit_other"] = ""
    values["sort_name"] = name_sort_key(values["last_name"], values["first_name"])
    values["responsible_staff"] = values.pop("responsible_staff_id")
    return values


def _validate(data: ClientData, client_id: int | None) -> dict:
    blocking = [f for f in check_client(data) if f.severity is Severity.ERROR]
    if blocking:
        raise ValidationFailed(blocking)
    values = _clean(data)
    if values["identity_code"]:
        owner = Client.get_or_none(
            (Client.identity_code == values["identity_code"])
            & ((Client.id != client_id) if client_id is not None else True)
        )
        if owner is not None:
            raise DuplicateIdentityCode(owner.id, f"{owner.last_name}, {owner.first_name}")
    return values


def identity_code_owners(codes: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Which of these (normalised) identity codes clients already have: code → (id, name)."""
    owners: dict[str, tuple[int, str]] = {}
    wanted = sorted({code for code in codes if code})
    for start in range(0, len(wanted), 500):
        query = Client.select(
            Client.identity_code, Client.id, Client.last_name, Client.first_name
        ).where(Client.identity_code.in_(wanted[start : start + 500]))
        for code, client_id, last, first in query.tuples():
            owners[code] = (client_id, f"{last}, {first}")
    return owners


def _event_details(details: dict) -> str:
    import json

    return json.dumps(details, ensure_ascii=False, default=str) if details else ""


def _event(client_id: int, kind: str, actor: str, at: dt.datetime, **details) -> None:
    ClientEvent.create(
        client=client_id, kind=kind, actor_name=actor, at=at, details=_event_details(details)
    )


# -- writing ----------------------------------------------------------------------------------


@translate_errors
def create_client(data: ClientData, actor: str = "") -> ClientRecord:
    """Add a client; raises ValidationFailed or DuplicateIdentityCode and saves nothing."""
    session.require(access.CLIENTS_CREATE)
    actor = actor or session.actor_name()
    with database.atomic():
        values = _validate(data, None)
        stamp = now()
        client = Client.create(created_at=stamp, updated_at=stamp, last_event_at=stamp, **values)
        index_client_names([client.id])
        _event(client.id, "created", actor, stamp)
        if values["status"] == "closed":
            _event(client.id, "closed", actor, stamp, outcome=values["outcome"])
        session.log("create", client_id=client.id, object_type="client", object_id=client.id)
    return _get(client.id)


# Column names of the cleaned values (``_clean`` renames the staff member's id).
_BULK_FIELDS = tuple(
    "responsible_staff" if name == "responsible_staff_id" else name for name in EDITABLE_FIELDS
)


@translate_errors
def create_clients(datas: Sequence[ClientData], actor: str = "", source: str = "") -> list[int]:
    """Add many clients in one transaction, each as ``create_client`` would; their ids.

    The same checks (``check_client``, unique identity codes, also within
    ``datas``) and the same side effects (timeline events, name index, one
    audit entry per client), written with a few statements for the whole batch
    rather than several per client. Raises ValidationFailed (the first bad
    client's findings, with its position as ``params["index"]``) or
    DuplicateIdentityCode; then nothing is saved. ``source`` (a file name) is
    recorded in the audit entries.
    """
    if not (session.has(access.CLIENTS_CREATE) or session.has(access.DATA_IMPORT)):
        session.require(access.CLIENTS_CREATE)
    actor = actor or session.actor_name()
    today = clock.today()
    cleaned = []
    seen: dict[str, int] = {}
    for index, data in enumerate(datas):
        blocking = [f for f in check_client(data, today) if f.blocks]
        if blocking:
            raise ValidationFailed(
                [dataclasses.replace(f, params={**f.params, "index": index}) for f in blocking]
            )
        values = _clean(data)
        code = values["identity_code"]
        if code and code in seen:
            raise DuplicateIdentityCode(-1, f"{data.last_name}, {data.first_name}")
        if code:
            seen[code] = index
        cleaned.append(values)
    with database.atomic():
        owners = identity_code_owners(seen)
        if owners:
            owner_id, owner_name = next(iter(owners.values()))
            raise DuplicateIdentityCode(owner_id, owner_name)
        stamp = now()
        stamped = ("created_at", "updated_at", "last_event_at")
        names = (*_BULK_FIELDS, "birth_date", "sort_name")
        rows = [(*(values[name] for name in names), stamp, stamp, stamp) for values in cleaned]
        names = (*names, *stamped)
        ids = insert_rows_returning_ids(Client, names, rows)
        index_client_names(ids)
        events = [(client_id, "created", actor, stamp, "") for client_id in ids]
        events += [
            (client_id, "closed", actor, stamp, _event_details({"outcome": values["outcome"]}))
            for client_id, values in zip(ids, cleaned, strict=True)
            if values["status"] == "closed"
        ]
        insert_rows(ClientEvent, ("client", "kind", "actor_name", "at", "details"), events)
        session.log_many("create", ids, details={"import": source} if source else None)
    return ids


@translate_errors
def update_client(client_id: int, version: int, data: ClientData, actor: str = "") -> ClientRecord:
    """Save ``data`` over the record read at ``version``.

    Raises ConcurrentEdit when someone saved the client since, ValidationFailed
    or DuplicateIdentityCode on bad input; in every case nothing is written.
    """
    actor = actor or session.actor_name()
    with database.atomic():
        reason = session.require_client_access(client_id, access.EDIT)
        values = _validate(data, client_id)
        old = Client.get_by_id(client_id)
        changed = sorted(
            name
            for name, value in values.items()
            if name not in ("sort_name", "birth_date")
            and _comparable(
                getattr(old, name if name != "responsible_staff" else "responsible_staff_id")
            )
            != _comparable(value)
        )
        stamp = now()
        update_versioned(Client, client_id, version, last_event_at=stamp, **values)
        if "first_name" in changed or "last_name" in changed:
            index_client_names([client_id])
        if old.status != values["status"]:
            if values["status"] == "closed":
                # A closed client is in no service any more.
                _end_open_services(client_id, values["closed_on"])
                _event(client_id, "closed", actor, stamp, outcome=values["outcome"])
            else:
                _event(client_id, "reopened", actor, stamp)
            changed = [
                c for c in changed if c not in ("status", "closed_on", "outcome", "closing_reason")
            ]
        if changed:
            _event(client_id, "edited", actor, stamp, fields=changed)
        session.log(
            "update",
            client_id=client_id,
            object_type="client",
            object_id=client_id,
            reason=reason,
            details={"fields": changed, "status": values["status"]},
        )
    return _get(client_id)


def _comparable(value: object) -> object:
    return "" if value is None else value


@translate_errors
def close_client(
    client_id: int,
    version: int,
    closed_on: dt.date,
    outcome: str,
    reason: str = "",
    actor: str = "",
) -> ClientRecord:
    session.require_client_access(client_id, access.EDIT)
    record = _get(client_id)
    data = dataclasses.replace(
        record.data, status="closed", closed_on=closed_on, outcome=outcome, closing_reason=reason
    )
    return update_client(client_id, version, data, actor)


@translate_errors
def reopen_client(client_id: int, version: int, actor: str = "") -> ClientRecord:
    session.require_client_access(client_id, access.EDIT)
    record = _get(client_id)
    return update_client(
        client_id, version, dataclasses.replace(record.data, status="active"), actor
    )


# -- notes ------------------------------------------------------------------------------------


@translate_errors
def add_note(client_id: int, text: str, actor: str = "") -> Note:
    if not text.strip():
        raise ValidationFailed([Finding("required", "note")])
    actor = actor or session.actor_name()
    with database.atomic():
        reason = session.require_client_access(client_id, access.EDIT)
        stamp = now()
        note = ClientNote.create(
            client=client_id, text=text.strip(), created_at=stamp, author_name=actor
        )
        Client.update(last_event_at=stamp).where(Client.id == client_id).execute()
        _event(client_id, "note_added", actor, stamp)
        session.log(
            "create", client_id=client_id, object_type="note", object_id=note.id, reason=reason
        )
    return Note(note.id, note.text, note.created_at, note.author_name)


@translate_errors
def edit_note(note_id: int, text: str, actor: str = "") -> Note:
    """A new version of a note; the earlier text stays in its history."""
    if not text.strip():
        raise ValidationFailed([Finding("required", "note")])
    actor = actor or session.actor_name()
    with database.atomic():
        old = ClientNote.get_by_id(note_id)
        reason = session.require_client_access(old.client_id, access.EDIT)
        if ClientNote.select().where(ClientNote.replaces == note_id).exists():
            raise ConcurrentEdit("ClientNote", note_id, 0, 1)
        stamp = now()
        note = ClientNote.create(
            client=old.client_id,
            text=text.strip(),
            created_at=stamp,
            author_name=actor,
            replaces=old.id,
        )
        Client.update(last_event_at=stamp).where(Client.id == old.client_id).execute()
        _event(old.client_id, "note_edited", actor, stamp)
        session.log(
            "update",
            client_id=old.client_id,
            object_type="note",
            object_id=note.id,
            reason=reason,
            details={"replaces": old.id},
        )
    return _note_with_history(note.id)


def note_with_history(note_id: int) -> Note:
    session.require_client_access(ClientNote.get_by_id(note_id).client_id, access.VIEW)
    return _note_with_history(note_id)


def _note_with_history(note_id: int) -> Note:
    chain = []
    current = ClientNote.get_by_id(note_id)
    while current is not None:
        chain.append(Note(current.id, current.text, current.created_at, current.author_name))
        current = (
            ClientNote.get_or_none(ClientNote.id == current.replaces_id)
            if current.replaces_id
            else None
        )
    return dataclasses.replace(chain[0], earlier=tuple(chain[1:]))


def list_notes(client_id: int) -> list[Note]:
    """Current notes, newest first, each with its earlier versions (part of viewing the card)."""
    session.require_client_access(client_id, access.VIEW)
    rows = list(ClientNote.select().where(ClientNote.client == client_id).order_by(ClientNote.id))
    replaced = {row.replaces_id for row in rows if row.replaces_id}
    by_id = {row.id: row for row in rows}
    notes = []
    for row in rows:
        if row.id in replaced:
            continue
        earlier = []
        previous = by_id.get(row.replaces_id)
        while previous is not None:
            earlier.append(
                Note(previous.id, previous.text, previous.created_at, previous.author_name)
            )
            previous = by_id.get(previous.replaces_id)
        notes.append(Note(row.id, row.text, row.created_at, row.author_name, tuple(earlier)))
    return sorted(notes, key=lambda n: (n.created_at, n.id), reverse=True)


def timeline(client_id: int) -> list[Event]:
    import json

    session.require_client_access(client_id, access.VIEW)
    query = (
        ClientEvent.select()
        .where(ClientEvent.client == client_id)
        .order_by(ClientEvent.at.desc(), ClientEvent.id.desc())
    )
    return [
        Event(e.at, e.kind, e.actor_name, json.loads(e.details) if e.details else {}) for e in query
    ]


# -- service periods --------------------------------------------------------------------------


def list_services(client_id: int) -> list[ServicePeriod]:
    session.require_client_access(client_id, access.VIEW)
    query = (
        ClientService.select()
        .where(ClientService.client == client_id)
        .order_by(ClientService.started_on.desc(), ClientService.id.desc())
    )
    return [ServicePeriod(s.id, s.kind, s.started_on, s.ended_on) for s in query]


@translate_errors
def start_service(client_id: int, kind: str, started_on: dt.date, actor: str = "") -> ServicePeriod:
    """Record that the client began a service (the service's own issue adds the details)."""
    if kind not in rules.SERVICE_KINDS:
        raise ValidationFailed([Finding("invalid", "kind")])
    actor = actor or session.actor_name()
    with database.atomic():
        reason = session.require_client_access(client_id, access.EDIT)
        client = Client.get_by_id(client_id)
        if client.status == "closed":
            raise ValidationFailed([Finding("service.client_closed", "kind")])
        stamp = now()
        period = ClientService.create(
            client=client_id, kind=kind, started_on=started_on, created_at=stamp
        )
        Client.update(last_event_at=stamp).where(Client.id == client_id).execute()
        _event(client_id, "service_started", actor, stamp, service=kind)
        session.log(
            "create",
            client_id=client_id,
            object_type="service",
            object_id=period.id,
            reason=reason,
            details={"kind": kind},
        )
    return ServicePeriod(period.id, kind, started_on, None)


@translate_errors
def end_service(service_id: int, ended_on: dt.date, actor: str = "") -> ServicePeriod:
    actor = actor or session.actor_name()
    with database.atomic():
        period = ClientService.get_by_id(service_id)
        reason = session.require_client_access(period.client_id, access.EDIT)
        if ended_on < period.started_on:
            raise ValidationFailed([Finding("date.order", "ended_on")])
        stamp = now()
        ClientService.update(ended_on=ended_on).where(ClientService.id == service_id).execute()
        Client.update(last_event_at=stamp).where(Client.id == period.client_id).execute()
        _event(period.client_id, "service_ended", actor, stamp, service=period.kind)
        session.log(
            "update",
            client_id=period.client_id,
            object_type="service",
            object_id=service_id,
            reason=reason,
            details={"ended_on": ended_on},
        )
    return ServicePeriod(period.id, period.kind, period.started_on, ended_on)


def _end_open_services(client_id: int, ended_on: dt.date) -> None:
    ClientService.update(ended_on=ended_on).where(
        (ClientService.client == client_id) & ClientService.ended_on.is_null()
    ).execute()


def check_ready_for_agreement(client_id: int) -> list[Finding]:
    """What must be added to the client before an agreement can be printed."""
    session.require_client_access(client_id, access.VIEW)
    client = Client.get_by_id(client_id)
    if not client.identity_code:
        return [Finding("identity_code.required_for_agreement", "identity_code")]
    return []
