"""Staff members, as the forms need them (responsible person, who am I)."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage.models import StaffUser


@dataclass(frozen=True)
class StaffMember:
    id: int
    display_name: str
    role: str


def list_staff(include_inactive: bool = False) -> list[StaffMember]:
    query = StaffUser.select().order_by(StaffUser.display_name)
    if not include_inactive:
        query = query.where(StaffUser.active == True)  # noqa: E712 (SQL expression)
    return [StaffMember(s.id, s.display_name, s.role) for s in query]


def get_staff(staff_id: int) -> StaffMember | None:
    staff = StaffUser.get_or_none(StaffUser.id == staff_id)
    return StaffMember(staff.id, staff.display_name, staff.role) if staff else None
