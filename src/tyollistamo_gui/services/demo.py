"""Fill an empty database with realistic fictional data for trying the app out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice

from peewee import fn

from .. import clock
from ..domain.collation import name_sort_key
from ..domain.demo import DemoClient, DemoGenerator
from ..domain.supported_demo import DemoEmployerRef
from ..storage.bulk import insert_rows, insert_rows_returning_ids
from ..storage.migrations import reset_sequences
from ..storage.models import (
    Client,
    ClientEvent,
    ClientService,
    Employer,
    StaffUser,
    UnitSettings,
    database,
    now,
)
from ..storage.name_search import analyze, index_client_names
from .guidance_demo import fill_guidance_demo

_BATCH = 2000


class DatabaseNotEmpty(Exception):
    """Demo data goes only into an empty database, never next to real data."""


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    employers: int
    staff: int


def is_empty() -> bool:
    return not (
        Client.select().exists() or Employer.select().exists() or StaffUser.select().exists()
    )


def _batches(rows: Iterable, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


WORKER_ROLES = ("counsellor", "coach")


CLIENT_COLUMNS = (
    *(f.name for f in dataclasses.fields(DemoClient)),
    "updated_at",
    "sort_name",
    "responsible_staff",
)


def _client_row(client: DemoClient, staff_ids: list[int], rng: random.Random) -> dict:
    row = dict(vars(client))
    row["updated_at"] = client.created_at
    row["sort_name"] = name_sort_key(client.last_name, client.first_name)
    row["responsible_staff"] = rng.choice(staff_ids) if staff_ids else None
    return row


def fill_demo(
    clients: int,
    seed: int,
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Create ``clients`` clients and proportionate employers and staff.

    Dates are relative to ``today``, else the app clock's today (``clock.today()``).
    Every supported-work service period gets the arrangement behind it
    (``services.supported_demo``). Raises ``DatabaseNotEmpty`` when any client,
    employer or staff member exists. Everything is written in one transaction:
    interrupted, nothing stays.
    """
    if clients < 0:
        raise ValueError("clients must not be negative")
    # Imported here: it brings in the document renderers, which the app loads later.
    from .supported_demo import fill_supported_demo, insert_arrangements

    today = today or clock.today()
    generator = DemoGenerator(seed, today)
    employers = max(5, min(clients // 20, 5000))
    staff = max(4, min(clients // 200, 60))
    stamp = now()
    with database.atomic():
        if not is_empty():
            raise DatabaseNotEmpty()
        unit = UnitSettings.get_or_none(UnitSettings.id == 1)
        if unit is None or not unit.name:
            values = asdict(generator.unit())
            if unit is None:
                UnitSettings.create(id=1, **values)
                reset_sequences(database.obj, ["unit_settings"])
            else:
                UnitSettings.update(**values).where(UnitSettings.id == 1).execute()
        StaffUser.insert_many(
            [dict(asdict(s), created_at=stamp, updated_at=stamp) for s in generator.staff(staff)]
        ).execute()
        for batch in _batches(
            (dict(asdict(e), updated_at=e.created_at) for e in generator.employers(employers)),
            _BATCH,
        ):
            Employer.insert_many(batch).execute()
        staff_ids = [
            s.id for s in StaffUser.select(StaffUser.id).where(StaffUser.role.in_(WORKER_ROLES))
        ]
        coach_ids = [s.id for s in StaffUser.select(StaffUser.id).where(StaffUser.role == "coach")]
        employer_refs = [
            DemoEmployerRef(
                e.id, e.name, ", ".join((e.street_address, f"{e.postal_code} {e.post_office}"))
            )
            for e in Employer.select(
                Employer.id,
                Employer.name,
                Employer.street_address,
                Employer.postal_code,
                Employer.post_office,
            ).order_by(Employer.id)
        ]
        rng = random.Random(seed)
        first_id = (Client.select(fn.MAX(Client.id)).scalar() or 0) + 1
        done = 0
        for batch in _batches(generator.clients(clients), _BATCH):
            rows = [_client_row(c, staff_ids, rng) for c in batch]
            insert_rows(
                Client, CLIENT_COLUMNS, ([row[name] for name in CLIENT_COLUMNS] for row in rows)
            )
            events = [
                (first_id + i, row["created_at"], "created", "") for i, row in enumerate(rows)
            ]
            events += [
                (
                    first_id + i,
                    row["last_event_at"],
                    "closed",
                    json.dumps({"outcome": row["outcome"]}),
                )
                for i, row in enumerate(rows)
                if row["status"] == "closed"
            ]
            insert_rows(ClientEvent, ("client", "at", "kind", "details"), events)
            made = [generator.client_services(c, employer_refs, coach_ids) for c in batch]
            services = [
                (first_id + i, kind, started, ended, client.created_at)
                for i, (client, periods) in enumerate(zip(batch, made, strict=True))
                for kind, started, ended in periods.periods
            ]
            service_ids = iter(
                insert_rows_returning_ids(
                    ClientService,
                    ("client", "kind", "started_on", "ended_on", "created_at"),
                    services,
                )
            )
            period_ids = [[next(service_ids) for _ in periods.periods] for periods in made]
            insert_arrangements(
                [(first_id + i, client.created_at) for i, client in enumerate(batch)],
                made,
                period_ids,
                today,
            )
            first_id += len(rows)
            done += len(rows)
            if progress:
                progress(done, clients)
        # Each guidance period gets its guidance process (open ones at some page).
        fill_guidance_demo(seed, today)
        from .coaching_demo import fill_coaching_demo

        fill_coaching_demo(seed, today, min(24, clients // 10))
        index_client_names()
        fill_supported_demo(today)
    analyze()
    return DemoSummary(clients, employers, staff)
