"""Finding clients: search as you type, filters and sort orders, a page at a time.

Kept apart from the client record's use cases so that the client list, the
first thing the app shows, loads only what it needs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from peewee import JOIN

from ..domain import access
from ..domain.identifiers import mask_identity_code
from ..storage.models import Client, ClientService, StaffUser
from ..storage.name_search import matching_names, sorted_matches, words
from . import session


@dataclass(frozen=True)
class ClientListRow:
    id: int
    name: str
    masked_identity_code: str
    responsible_name: str
    last_event_at: dt.datetime
    status: str
    services: tuple[str, ...] = ()  # kinds of the services in progress


@dataclass(frozen=True)
class SearchFilter:
    query: str = ""
    status: str = "active"  # "active", "closed" or "all"
    staff_id: int | None = None  # only clients this staff member is responsible for
    order: str = "name"  # "name" or "last_event"
    service_kind: str | None = None  # only clients with a service of this kind in progress


# -- search -------------------------------------------------------------------------

_CODE_PREFIX = re.compile(r"^\d[0-9A-Za-z+\-]{0,10}$")


def _list_query():
    return Client.select(
        Client.id,
        Client.last_name,
        Client.first_name,
        Client.identity_code,
        StaffUser.display_name,
        Client.last_event_at,
        Client.status,
    ).join(StaffUser, JOIN.LEFT_OUTER, on=(Client.responsible_staff == StaffUser.id))


def _list_row(row: tuple) -> ClientListRow:
    id_, last, first, code, staff, last_event, status = row
    return ClientListRow(
        id_,
        f"{last}, {first}",
        mask_identity_code(code) if code else "",
        staff or "",
        last_event,
        status,
    )


def _is_code(word: str) -> bool:
    return bool(_CODE_PREFIX.match(word)) and word[0].isdigit()


def _filtered(query, search: SearchFilter):
    """Apply the search text and filters to a query over Client."""
    name_tokens: list[str] = []
    for word in search.query.split():
        if _is_code(word):
            prefix = word.upper()
            query = query.where(
                (Client.identity_code >= prefix) & (Client.identity_code < prefix + "\x7f")
            )
        else:
            name_tokens.extend(words(word))
    query = matching_names(query, name_tokens)
    if search.status in ("active", "closed"):
        query = query.where(Client.status == search.status)
    if search.staff_id is not None:
        query = query.where(Client.responsible_staff == search.staff_id)
    if search.service_kind:
        in_service = ClientService.select(ClientService.client).where(
            (ClientService.kind == search.service_kind) & ClientService.ended_on.is_null()
        )
        query = query.where(Client.id.in_(in_service))
    return query


def search(search: SearchFilter, offset: int = 0, limit: int = 50) -> list[ClientListRow]:
    """One page of clients matching ``search``, in the order it asks for."""
    session.require(access.CLIENTS_LIST)
    query = _filtered(_list_query(), search)
    narrowed = any(not _is_code(word) for word in search.query.split())
    if search.order == "last_event":
        key = sorted_matches(Client.last_event_at, narrowed)
        query = query.order_by(key.desc(), Client.id.desc())
    else:
        query = query.order_by(sorted_matches(Client.sort_name, narrowed), Client.id)
    rows = [_list_row(row) for row in query.offset(offset).limit(limit).tuples()]
    return with_services(rows)


def with_services(rows: list[ClientListRow]) -> list[ClientListRow]:
    """The rows with the kinds of service each client is in now (one query per page)."""
    if not rows:
        return rows
    kinds: dict[int, list[str]] = {}
    query = (
        ClientService.select(ClientService.client, ClientService.kind)
        .where(
            ClientService.client.in_([row.id for row in rows]) & ClientService.ended_on.is_null()
        )
        .order_by(ClientService.started_on, ClientService.id)
        .tuples()
    )
    for client_id, kind in query:
        if kind not in kinds.setdefault(client_id, []):
            kinds[client_id].append(kind)
    return [dataclasses.replace(row, services=tuple(kinds.get(row.id, ()))) for row in rows]


def name_of(client_id: int) -> str:
    """The client's name as the list shows it (for asking a reason before opening)."""
    session.require(access.CLIENTS_LIST)
    row = Client.select(Client.last_name, Client.first_name).where(Client.id == client_id).first()
    return f"{row.last_name}, {row.first_name}" if row else ""


def count(search: SearchFilter) -> int:
    session.require(access.CLIENTS_LIST)
    return _filtered(Client.select(), search).count()
