"""Fill an empty database with realistic fictional data for trying the app out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice

from ..domain.demo import DemoGenerator
from ..storage.models import Client, Employer, StaffUser, UnitSettings, database, now

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


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def fill_demo(
    clients: int,
    seed: int,
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Create ``clients`` clients and proportionate employers and staff.

    Raises ``DatabaseNotEmpty`` when any client, employer or staff member
    exists. Everything is written in one transaction: interrupted, nothing stays.
    """
    if clients < 0:
        raise ValueError("clients must not be negative")
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
        done = 0
        for batch in _batches(
            (dict(asdict(c), updated_at=c.created_at) for c in generator.clients(clients)), _BATCH
        ):
            Client.insert_many(batch).execute()
            done += len(batch)
            if progress:
                progress(done, clients)
    return DemoSummary(clients, employers, staff)
