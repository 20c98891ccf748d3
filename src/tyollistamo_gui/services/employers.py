"""The employer register: create and edit employers with their contact persons.

An employer's card also lists its arrangements with clients (job coaching,
work trials, wage-subsidised employments). Each service contributes its own
rows through ``_arrangement_sources``; supported work adds its function there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..domain.employers import ORGANISATION_KINDS, check_contact, check_employer
from ..domain.findings import Finding, ValidationFailed
from ..domain.identifiers import normalize_business_id
from ..storage.connection import translate_errors
from ..storage.models import Employer, EmployerContact, database, now, update_versioned

__all__ = [
    "ORGANISATION_KINDS",
    "Arrangement",
    "ContactPerson",
    "DuplicateBusinessId",
    "EmployerChoice",
    "EmployerData",
    "EmployerRecord",
    "check",
    "create_employer",
    "employer_arrangements",
    "employer_choices",
    "get_employer",
    "update_employer",
]


class DuplicateBusinessId(Exception):
    """Another employer has the Business ID; nothing was saved."""

    def __init__(self, existing_id: int, existing_name: str):
        super().__init__(f"business id belongs to employer {existing_id}")
        self.existing_id = existing_id
        self.existing_name = existing_name


@dataclass(frozen=True)
class ContactPerson:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class EmployerData:
    """What the user enters about an employer."""

    name: str = ""
    business_id: str = ""
    organisation_kind: str = "company"
    industry: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    notes: str = ""
    contacts: tuple[ContactPerson, ...] = field(default=())


@dataclass(frozen=True)
class EmployerRecord:
    id: int
    version: int
    data: EmployerData
    created_at: dt.datetime


@dataclass(frozen=True)
class EmployerChoice:
    """An employer in a pick list."""

    id: int
    name: str
    business_id: str


@dataclass(frozen=True)
class Arrangement:
    """One thing a client does at an employer, as listed on the employer's card.

    ``kind`` is a service kind of ``domain.clients.SERVICE_KINDS`` (job_coaching,
    work_trial, wage_subsidy, ...); ``state`` a short code the service defines
    (e.g. ``open``/``ended``, ``draft``/``signed``).
    """

    kind: str
    id: int
    client_id: int
    client_name: str
    title: str
    started_on: dt.date | None
    ended_on: dt.date | None
    state: str


# -- reading ----------------------------------------------------------------------------------


def get_employer(employer_id: int) -> EmployerRecord:
    employer = Employer.get_by_id(employer_id)
    contacts = tuple(
        ContactPerson(c.name, c.role, c.phone, c.email)
        for c in EmployerContact.select()
        .where(EmployerContact.employer == employer_id)
        .order_by(EmployerContact.position, EmployerContact.id)
    )
    data = EmployerData(
        name=employer.name,
        business_id=employer.business_id,
        organisation_kind=employer.organisation_kind,
        industry=employer.industry,
        street_address=employer.street_address,
        postal_code=employer.postal_code,
        post_office=employer.post_office,
        notes=employer.notes,
        contacts=contacts,
    )
    return EmployerRecord(employer.id, employer.version, data, employer.created_at)


def employer_choices() -> list[EmployerChoice]:
    """Every employer by name, for pick lists."""
    query = Employer.select(Employer.id, Employer.name, Employer.business_id).order_by(
        Employer.name, Employer.id
    )
    return [EmployerChoice(*row) for row in query.tuples()]


def _arrangement_sources() -> list[Callable[[int], list[Arrangement]]]:
    """The functions that list an employer's arrangements, one per service module.

    Supported work: add ``supported_work.employer_arrangements`` (work trials and
    wage-subsidised employments) to this list.
    """
    from . import coaching, supported

    return [coaching.employer_arrangements, supported.employer_arrangements]


def employer_arrangements(employer_id: int) -> list[Arrangement]:
    """All arrangements at the employer, newest start first."""
    rows: list[Arrangement] = []
    for source in _arrangement_sources():
        rows += source(employer_id)
    return sorted(rows, key=lambda a: (a.started_on or dt.date.min, a.id), reverse=True)


# -- validation -------------------------------------------------------------------------------


def check(data: EmployerData) -> list[Finding]:
    """Everything wrong with ``data``, field by field (not the uniqueness of the ID)."""
    findings = check_employer(data.name, data.business_id, data.organisation_kind, data.postal_code)
    for index, contact in enumerate(data.contacts):
        findings += check_contact(index, contact.name, contact.phone, contact.email)
    return findings


def business_id_owners(business_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Which of these (normalised) Business IDs employers already have: ID → (id, name)."""
    owners: dict[str, tuple[int, str]] = {}
    wanted = sorted({value for value in business_ids if value})
    for start in range(0, len(wanted), 500):
        query = Employer.select(Employer.business_id, Employer.id, Employer.name).where(
            Employer.business_id.in_(wanted[start : start + 500])
        )
        for business_id, employer_id, name in query.tuples():
            owners[business_id] = (employer_id, name)
    return owners


def _validate(data: EmployerData, employer_id: int | None) -> dict:
    blocking = [f for f in check(data) if f.blocks]
    if blocking:
        raise ValidationFailed(blocking)
    values = {
        "name": data.name.strip(),
        "business_id": normalize_business_id(data.business_id),
        "organisation_kind": data.organisation_kind,
        "industry": data.industry.strip(),
        "street_address": data.street_address.strip(),
        "postal_code": data.postal_code.strip(),
        "post_office": data.post_office.strip(),
        "notes": data.notes.strip(),
    }
    query = Employer.select().where(Employer.business_id == values["business_id"])
    if employer_id is not None:
        query = query.where(Employer.id != employer_id)
    owner = query.first()
    if owner is not None:
        raise DuplicateBusinessId(owner.id, owner.name)
    return values


def _save_contacts(employer_id: int, contacts: tuple[ContactPerson, ...]) -> None:
    EmployerContact.delete().where(EmployerContact.employer == employer_id).execute()
    for position, contact in enumerate(contacts):
        EmployerContact.create(
            employer=employer_id,
            position=position,
            name=contact.name.strip(),
            role=contact.role.strip(),
            phone=contact.phone.strip(),
            email=contact.email.strip(),
        )


# -- writing ----------------------------------------------------------------------------------


@translate_errors
def create_employer(data: EmployerData) -> EmployerRecord:
    """Add an employer; raises ValidationFailed or DuplicateBusinessId and saves nothing."""
    with database.atomic():
        values = _validate(data, None)
        stamp = now()
        employer = Employer.create(created_at=stamp, updated_at=stamp, **values)
        _save_contacts(employer.id, data.contacts)
    return get_employer(employer.id)


@translate_errors
def update_employer(employer_id: int, version: int, data: EmployerData) -> EmployerRecord:
    """Save ``data`` (with its contact persons) over the record read at ``version``.

    Raises ConcurrentEdit, ValidationFailed or DuplicateBusinessId; then nothing is written.
    """
    with database.atomic():
        values = _validate(data, employer_id)
        update_versioned(Employer, employer_id, version, **values)
        _save_contacts(employer_id, data.contacts)
    return get_employer(employer_id)
