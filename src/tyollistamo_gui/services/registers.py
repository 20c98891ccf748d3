"""Read-only listings of clients and employers, fetched a page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.identifiers import mask_identity_code
from ..storage.models import Client, Employer


@dataclass(frozen=True)
class ClientRow:
    id: int
    last_name: str
    first_name: str
    masked_identity_code: str
    birth_date: dt.date | None
    service_language: str


@dataclass(frozen=True)
class EmployerRow:
    id: int
    name: str
    business_id: str
    post_office: str


def count_clients() -> int:
    return Client.select().count()


def list_clients(offset: int, limit: int) -> list[ClientRow]:
    """Clients ordered by last and first name; the identity code is masked."""
    query = (
        Client.select(
            Client.id,
            Client.last_name,
            Client.first_name,
            Client.identity_code,
            Client.birth_date,
            Client.service_language,
        )
        .order_by(Client.last_name, Client.first_name, Client.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        ClientRow(id_, last, first, mask_identity_code(code) if code else "", born, language)
        for id_, last, first, code, born, language in query.tuples()
    ]


def count_employers() -> int:
    return Employer.select().count()


def list_employers(offset: int, limit: int) -> list[EmployerRow]:
    query = (
        Employer.select(Employer.id, Employer.name, Employer.business_id, Employer.post_office)
        .order_by(Employer.name, Employer.id)
        .offset(offset)
        .limit(limit)
    )
    return [EmployerRow(*row) for row in query.tuples()]
