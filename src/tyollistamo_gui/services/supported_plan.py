"""A new arrangement takes what the client's employment plan already says.

``prefill(kind, client_id)`` gives the arrangement's data filled from the
newest agreed employment plan of the client's guidance processes (see
``domain.plan_prefill`` for what is taken and why). A saved arrangement keeps
its own copy: ``plan_status(kind, data)`` tells how the plan it is linked to
differs now, so the form can show it instead of changing the agreement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..domain import access as access
from ..domain import plan_prefill as domain
from ..storage.guidance import GuidanceGoal, GuidanceMeasure, GuidanceProcess
from ..storage.models import Employer, StaffUser, UnitSettings
from . import session as session
from . import supported


@dataclass(frozen=True)
class Prefill:
    """A new arrangement's data, and where its values came from."""

    data: Any  # domain.supported.WorkTrial | WageSubsidy | RehabWork
    filled: tuple[str, ...] = ()  # the fields that took a value from the plan
    plan_process_id: int | None = None
    plan_date: dt.date | None = None
    plan_reference: str = ""
    # An open guidance process whose plan is not agreed yet (nothing was taken from it).
    draft_process_id: int | None = None


@dataclass(frozen=True)
class PlanStatus:
    """The plan a saved arrangement is linked to, as it is now."""

    process_id: int
    plan_date: dt.date | None
    plan_reference: str
    agreed: bool  # False while the process is a draft again (the plan is being rewritten)
    differences: dict[str, tuple[Any, Any]]  # field -> (the agreement's, the plan's now)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _resolvers():
    """Functions that find the register's employer, the unit and staff by a written name."""
    employers: dict[str, int] = {}
    for row in Employer.select(Employer.id, Employer.name, Employer.business_id).order_by(
        Employer.id
    ):
        employers.setdefault(_key(row.name), row.id)
        if row.business_id:
            employers.setdefault(_key(row.business_id), row.id)
    unit = UnitSettings.get_or_none(UnitSettings.id == 1)
    unit_name = _key(unit.name) if unit and unit.name else None
    staff = {
        _key(row.display_name): row.id
        for row in StaffUser.select(StaffUser.id, StaffUser.display_name)
        if row.display_name
    }
    return employers, unit_name, staff


def _facts(process: GuidanceProcess) -> domain.PlanFacts:
    employers, unit_name, staff = _resolvers()
    goals = list(
        GuidanceGoal.select(GuidanceGoal.term, GuidanceGoal.text)
        .where(GuidanceGoal.process == process.id)
        .order_by(GuidanceGoal.position)
    )
    measures = []
    for m in (
        GuidanceMeasure.select()
        .where(GuidanceMeasure.process == process.id)
        .order_by(GuidanceMeasure.position)
    ):
        name = _key(m.responsible or "")
        measures.append(
            domain.PlanMeasure(
                kind=m.kind,
                description=m.description or "",
                responsible=m.responsible or "",
                starts_on=m.starts_on,
                ends_on=m.ends_on,
                status=m.status,
                employer_id=employers.get(name) if name else None,
                is_unit=bool(name) and name == unit_name,
                staff_id=staff.get(name) if name else None,
            )
        )
    return domain.PlanFacts(
        process_id=process.id,
        plan_date=process.plan_date,
        reference=domain.plan_reference(process.id, process.plan_date),
        counsellor_id=process.counsellor_id,
        short_goals=tuple(g.text for g in goals if g.term == "short"),
        long_goals=tuple(g.text for g in goals if g.term == "long"),
        measures=tuple(measures),
    )


def agreed_plan_process(client_id: int) -> GuidanceProcess | None:
    """The client's newest agreed employment plan: the latest plan date, then the latest id."""
    return (
        GuidanceProcess.select()
        .where(
            (GuidanceProcess.client == client_id)
            & GuidanceProcess.status.in_(domain.AGREED_STATUSES)
            & GuidanceProcess.plan_date.is_null(False)
        )
        .order_by(GuidanceProcess.plan_date.desc(), GuidanceProcess.id.desc())
        .first()
    )


@session.guard(access.VIEW, lambda kind, client_id, *a, **k: client_id)
def prefill(kind: str, client_id: int) -> Prefill:
    """A new arrangement of ``kind`` filled from the client's newest agreed employment plan.

    Without an agreed plan the data is the arrangement's defaults; an open process
    whose plan is still a draft is named so the form can say why nothing was filled.
    """
    empty = supported._kind(kind).data()
    process = agreed_plan_process(client_id)
    if process is None:
        draft = (
            GuidanceProcess.select(GuidanceProcess.id)
            .where((GuidanceProcess.client == client_id) & (GuidanceProcess.status == "draft"))
            .scalar()
        )
        return Prefill(empty, draft_process_id=draft)
    facts = _facts(process)
    data, filled = domain.FROM_PLAN[kind](facts, empty)
    if not filled:
        return Prefill(empty)
    return Prefill(
        data,
        filled,
        plan_process_id=facts.process_id,
        plan_date=facts.plan_date,
        plan_reference=facts.reference,
    )


@session.guard(access.VIEW, lambda kind, client_id, *a, **k: client_id)
def plan_status(kind: str, client_id: int, data: Any) -> PlanStatus | None:
    """How the plan ``data`` is linked to stands now (None when it is linked to none)."""
    process_id = getattr(data, "plan_process_id", None)
    if process_id is None:
        return None
    process = GuidanceProcess.get_or_none(
        (GuidanceProcess.id == process_id) & (GuidanceProcess.client == client_id)
    )
    if process is None or process.plan_date is None:
        return PlanStatus(process_id, None, "", False, {})
    facts = _facts(process)
    return PlanStatus(
        process_id,
        facts.plan_date,
        facts.reference,
        process.status != "draft",
        domain.plan_differences(kind, data, facts),
    )
