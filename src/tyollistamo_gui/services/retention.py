"""Retention and erasure: the dated table of periods, the due-for-erasure report, anonymisation.

Erasure anonymises a client irreversibly: identity (names, identity code,
contact details), free text (notes, every text column of the client's own
records) and archived PDFs go; codes and dates that statistics count (status,
outcome, services and their dates, benefit status, birth year, language) stay,
so reports still add up. The audit log is never touched, and the erasure
itself is logged. Before the retention period has ended it is refused unless
the administrator records a legal reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import BlobField, ForeignKeyField, SqliteDatabase, TextField

from .. import clock
from ..domain import access
from ..domain import retention as rules
from ..domain.findings import ValidationFailed
from ..storage.connection import translate_errors
from ..storage.models import Client, ClientNote, ClientService, database, now, update_versioned
from ..storage.retention import RetentionRule
from . import session


class ClientNotFound(LookupError):
    """There is no client with this number."""


class ErasureRefused(Exception):
    """The retention period has not ended and no legal reason was given; nothing changed."""

    def __init__(self, client_id: int, due: dt.date | None):
        super().__init__(f"client {client_id}: retention runs until {due}")
        self.client_id = client_id
        self.due = due


@dataclass(frozen=True)
class RuleRow:
    id: int
    version: int
    kind: str
    years: int
    valid_from: dt.date
    source: str
    verified: bool
    origin: str = "unit"  # law, unverified (DOMAIN.md marks it so) or unit (set here)
    source_as_typed: bool = True  # the unit's own text, else a default's law reference


@dataclass(frozen=True)
class DueRow:
    client_id: int
    closed_on: dt.date
    due_on: dt.date
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class ErasurePlan:
    client_id: int
    display_name: str
    closed_on: dt.date | None
    due_on: dt.date | None
    due: bool
    already_erased: bool
    notes: int
    documents: int
    related_records: dict[str, int]  # table -> rows whose free text goes


@dataclass(frozen=True)
class ClientRetention:
    """One client's retention, read-only (e.g. for the subject-access export)."""

    client_id: int
    closed_on: dt.date | None
    due_on: dt.date | None  # None while the client relationship goes on
    periods: tuple[tuple[str, dt.date], ...]  # (kind, end of that period)
    erased_at: dt.datetime | None


def _domain_rules() -> list[rules.Rule]:
    return [
        rules.Rule(r.kind, r.years, r.valid_from, r.source, r.verified)
        for r in RetentionRule.select()
    ]


def _row(r: RetentionRule) -> RuleRow:
    rule = rules.Rule(r.kind, r.years, r.valid_from, r.source, r.verified)
    return RuleRow(
        r.id,
        r.version,
        r.kind,
        r.years,
        r.valid_from,
        r.source,
        r.verified,
        rules.rule_origin(rule),
        rules.source_as_typed(rule),
    )


def _kind_order(kind: str) -> int:
    return list(rules.KINDS).index(kind) if kind in rules.KINDS else len(rules.KINDS)


def list_rules() -> list[RuleRow]:
    """Every dated period, by kind (in the order of ``domain.retention.KINDS``) and date."""
    session.require(access.RETENTION_MANAGE)
    rows = [_row(r) for r in RetentionRule.select()]
    return sorted(rows, key=lambda r: (_kind_order(r.kind), r.valid_from))


def rules_in_force(today: dt.date | None = None) -> list[RuleRow]:
    """The period of each kind in force on ``today``: public information (the privacy
    notice prints it), so any signed-in user may read it."""
    session.current()
    today = today or clock.today()
    all_rules = [_row(r) for r in RetentionRule.select()]
    found = []
    for kind in rules.KINDS:
        rule = rules.rule_in_force(all_rules, kind, today)
        if rule is not None:
            found.append(rule)
    return found


@translate_errors
def save_rule(kind: str, years: int, valid_from: dt.date, source: str = "") -> RuleRow:
    """A new period for ``kind`` from ``valid_from`` (a change is a new dated row)."""
    session.require(access.RETENTION_MANAGE)
    findings = rules.check_rule(kind, years, valid_from)
    if findings:
        raise ValidationFailed(findings)
    years = int(years)
    with database.atomic():
        existing = RetentionRule.get_or_none(
            (RetentionRule.kind == kind) & (RetentionRule.valid_from == valid_from)
        )
        if existing is None:
            row = RetentionRule.create(
                kind=kind, years=years, valid_from=valid_from, source=source.strip(), verified=False
            )
        else:
            update_versioned(
                RetentionRule,
                existing.id,
                existing.version,
                years=years,
                source=source.strip(),
                verified=False,
            )
            row = RetentionRule.get_by_id(existing.id)
        session.log(
            "retention_changed",
            object_type="retention_rule",
            object_id=row.id,
            details={"kind": kind, "years": years, "valid_from": valid_from},
        )
    return _row(row)


def _service_kinds(client_id: int) -> list[str]:
    return [
        s.kind
        for s in ClientService.select(ClientService.kind).where(ClientService.client == client_id)
    ]


def due_for_erasure(today: dt.date | None = None) -> list[DueRow]:
    """Closed clients whose retention has ended and who are not erased yet, oldest first."""
    session.require(access.RETENTION_MANAGE)
    today = today or clock.today()
    current = _domain_rules()
    kinds: dict[int, list[str]] = {}
    for client_id, kind in ClientService.select(ClientService.client, ClientService.kind).tuples():
        kinds.setdefault(client_id, []).append(kind)
    rows = []
    query = Client.select(Client.id, Client.closed_on).where(
        (Client.status == "closed") & Client.closed_on.is_null(False) & Client.erased_at.is_null()
    )
    for client_id, closed_on in query.tuples():
        due, parts = rules.erasure_due(closed_on, kinds.get(client_id, []), current)
        if due is not None and due <= today:
            rows.append(DueRow(client_id, closed_on, due, tuple(k for k, _d in parts)))
    return sorted(rows, key=lambda r: (r.due_on, r.client_id))


def client_retention(client_id: int) -> ClientRetention:
    """How long the client's data are kept: for anyone who may view the client, or an
    administrator managing retention. Raises ClientNotFound for an unknown number."""
    if not session.has(access.RETENTION_MANAGE):
        session.require_client_access(client_id, access.VIEW)
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise ClientNotFound(client_id)
    due, parts = rules.erasure_due(client.closed_on, _service_kinds(client_id), _domain_rules())
    return ClientRetention(client_id, client.closed_on, due, tuple(parts), client.erased_at)


def _related_models() -> list[tuple[type, object]]:
    """(model, condition builder) for every record that belongs to a client, one or two
    steps away (e.g. a coaching entry of a coaching case of the client)."""
    from ..storage.registry import all_models

    models = list(all_models())
    direct = []
    for model in models:
        if model is Client:
            continue
        for field in model._meta.fields.values():
            if isinstance(field, ForeignKeyField) and field.rel_model is Client:
                direct.append((model, field))
    found: list[tuple[type, object]] = [(m, ("direct", f)) for m, f in direct]
    direct_models = {m for m, _f in direct}
    for model in models:
        for field in model._meta.fields.values():
            if (
                isinstance(field, ForeignKeyField)
                and field.rel_model in direct_models
                and model not in direct_models
                and model is not Client
            ):
                parent_field = next(f for m, f in direct if m is field.rel_model)
                found.append((model, ("nested", field, parent_field)))
    return found


def _where(spec, client_id: int):
    if spec[0] == "direct":
        return spec[1] == client_id
    _kind, field, parent_field = spec
    parent = parent_field.model
    return field.in_(parent.select(parent.id).where(parent_field == client_id))


# Short text columns that hold personal details of the client (or of people close to
# them), not codes: erased with the free text.
_PERSONAL_CHAR_FIELDS = {
    "archived_document": ("signed_by",),
    "coaching_professional": ("name", "organisation", "contact"),
    "work_trial_absence": ("note",),
    "rehab_attendance": ("note",),
}


def _free_text_fields(model) -> list:
    extra = _PERSONAL_CHAR_FIELDS.get(model._meta.table_name, ())
    return [
        f
        for f in model._meta.fields.values()
        if (isinstance(f, TextField | BlobField) or f.name in extra)
        and not isinstance(f, ForeignKeyField)
    ]


def _existing_tables() -> set[str]:
    return set(database.get_tables())


def erasure_plan(client_id: int, today: dt.date | None = None) -> ErasurePlan:
    """What erasing the client would remove, and whether the retention has ended.

    Raises ClientNotFound for an unknown number. The plan carries the client's name
    (so that the administrator sees whom they erase), which is logged as a view.
    """
    session.require(access.RETENTION_MANAGE)
    with database.atomic():
        plan = _plan(client_id, today or clock.today())
        if not plan.already_erased:
            session.log(
                "view", client_id=client_id, object_type="erasure_plan", object_id=client_id
            )
    return plan


def _plan(client_id: int, today: dt.date) -> ErasurePlan:
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise ClientNotFound(client_id)
    due, _parts = rules.erasure_due(client.closed_on, _service_kinds(client_id), _domain_rules())
    tables = _existing_tables()
    related: dict[str, int] = {}
    documents = 0
    for model, spec in _related_models():
        if model._meta.table_name not in tables or model is ClientNote:
            continue
        count = model.select().where(_where(spec, client_id)).count()
        if not count:
            continue
        if model._meta.table_name == "archived_document":
            documents = count
        elif _free_text_fields(model):
            related[model._meta.table_name] = count
    return ErasurePlan(
        client_id=client_id,
        display_name=f"{client.last_name} {client.first_name}".strip(),
        closed_on=client.closed_on,
        due_on=due,
        due=due is not None and due <= today,
        already_erased=client.erased_at is not None,
        notes=ClientNote.select().where(ClientNote.client == client_id).count(),
        documents=documents,
        related_records=related,
    )


ERASED_NAME = "***"


@translate_errors
def erase_client(client_id: int, legal_reason: str = "", today: dt.date | None = None) -> None:
    """Anonymise the client irreversibly (see the module's docstring).

    Raises ErasureRefused before the retention period has ended unless
    ``legal_reason`` says why the law requires erasure now.
    """
    session.require(access.RETENTION_MANAGE)
    today = today or clock.today()
    legal_reason = legal_reason.strip()
    plan = _plan(client_id, today)
    if not plan.due and not legal_reason:
        raise ErasureRefused(client_id, plan.due_on)
    if plan.already_erased:
        return
    if isinstance(database.obj, SqliteDatabase):
        # Deleted and overwritten content is zeroed in the file, not left in free pages.
        database.execute_sql("PRAGMA secure_delete = ON")
    tables = _existing_tables()
    with database.atomic():
        client = Client.get_by_id(client_id)
        birth = client.birth_date.replace(month=1, day=1) if client.birth_date else None
        Client.update(
            first_name=ERASED_NAME,
            last_name=ERASED_NAME,
            sort_name="",
            identity_code=None,
            birth_date=birth,
            phone="",
            email="",
            street_address="",
            postal_code="",
            post_office="",
            other_language="",
            benefit_other="",
            referrer_name="",
            referrer_phone="",
            referrer_email="",
            consent_what="",
            closing_reason="",
            erased_at=now(),
            version=Client.version + 1,
        ).where(Client.id == client_id).execute()
        try:
            from ..storage.name_search import index_client_names

            index_client_names([client_id])
        except ImportError:
            pass
        ClientNote.delete().where(ClientNote.client == client_id).execute()
        for model, spec in _related_models():
            if model._meta.table_name not in tables or model is ClientNote:
                continue
            fields = _free_text_fields(model)
            if not fields:
                continue
            values = {
                f: (None if f.null else ("" if isinstance(f, TextField) else b"")) for f in fields
            }
            model.update(values).where(_where(spec, client_id)).execute()
        session.log(
            "erase",
            client_id=client_id,
            object_type="client",
            object_id=client_id,
            reason=legal_reason,
            details={"due_on": plan.due_on, "early": not plan.due},
        )
