"""Read-only listing of employers, fetched a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage.models import Employer


@dataclass(frozen=True)
class EmployerRow:
    id: int
    name: str
    business_id: str
    post_office: str


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
