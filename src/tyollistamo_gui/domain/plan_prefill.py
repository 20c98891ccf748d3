"""What a new supported-work arrangement takes from the client's employment plan.

The employment plan is agreed in the guidance process (``domain.guidance``). A
work trial refers to it (380/2023 57 §: the trial is agreed in the plan and may
not start before it), and the planned measure already names the dates, the
organiser and what the client will do. These functions copy what truly
corresponds into a new arrangement; the counsellor may change every value.

Choices (see also ``services.supported_plan``):

* Only an *agreed* plan is used: a process whose plan phases are complete
  (status in progress) or a completed process. A draft plan may still change
  and an interrupted process is no longer carried out, so neither fills a form.
* The plan records no contact person at the employment authority, so the work
  trial's authority fields stay as they are.
* Work trial: the plan's date and number, its short-term goals as the trial's
  goals, and from the first planned (or ongoing) work-trial measure its dates,
  the organiser (an employer of the register or the unit itself, recognised by
  the name written as the measure's responsible party; the name also becomes
  the workplace; a name the register does not know as an employer, such as the
  counsellor's, fills neither) and its description as the tasks.
* Wage-subsidised employment: the plan's date and number; from a planned
  wage-subsidy measure the start, the employer and the description as the
  duties; the job coach is the staff member responsible for a planned
  job-coaching measure, else the plan's counsellor.
* Rehabilitative work activity: its activation plan is a separate document
  (189/2001), so its plan date, reference, goal and support are not taken from
  the employment plan; only the period of a planned rehabilitative-work measure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from .supported import RehabWork, WageSubsidy, WorkTrial

# Guidance process statuses whose plan counts as agreed.
AGREED_STATUSES = ("in_progress", "completed")
# Measure statuses still to be carried out (a done or cancelled measure fills nothing).
LIVE_MEASURE_STATUSES = ("planned", "in_progress")
# The guidance measure kind behind each arrangement kind.
MEASURE_KIND = {
    "work_trial": "work_trial",
    "wage_subsidy": "wage_subsidy",
    "rehab_work": "rehabilitative_work",
}


@dataclass(frozen=True)
class PlanMeasure:
    """A measure of the plan with its responsible party resolved against the register."""

    kind: str
    description: str = ""
    responsible: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    status: str = "planned"
    employer_id: int | None = None  # the register's employer named as responsible
    is_unit: bool = False  # the unit itself named as responsible
    staff_id: int | None = None  # a staff member named as responsible


@dataclass(frozen=True)
class PlanFacts:
    """What an agreed employment plan says, as far as supported work needs it."""

    process_id: int
    plan_date: dt.date
    reference: str
    counsellor_id: int | None = None
    short_goals: tuple[str, ...] = ()
    long_goals: tuple[str, ...] = ()
    measures: tuple[PlanMeasure, ...] = ()


def plan_reference(process_id: int, plan_date: dt.date) -> str:
    """The number printed on the employment plan (``TS-2026-0042``)."""
    return f"TS-{plan_date.year}-{process_id:04d}"


def measure_for(kind: str, plan: PlanFacts) -> PlanMeasure | None:
    """The first measure of the plan for an arrangement of ``kind`` still to be carried out."""
    wanted = MEASURE_KIND[kind]
    for measure in plan.measures:
        if measure.kind == wanted and measure.status in LIVE_MEASURE_STATUSES:
            return measure
    return None


def _goals(plan: PlanFacts) -> str:
    texts = [t.strip() for t in plan.short_goals if t.strip()]
    if not texts:
        texts = [t.strip() for t in plan.long_goals if t.strip()]
    return "\n".join(texts)


def _set(data: Any, values: dict[str, Any]) -> tuple[Any, tuple[str, ...]]:
    """``data`` with the values that say something; the names of the fields set."""
    kept = {
        name: value
        for name, value in values.items()
        if value is not None and value != "" and name != "plan_process_id"
    }
    filled = tuple(kept)
    if "plan_process_id" in values:
        kept["plan_process_id"] = values["plan_process_id"]
    return dataclasses.replace(data, **kept), filled


def work_trial_from_plan(plan: PlanFacts, base: WorkTrial | None = None):
    """A work trial filled from the plan and the names of the fields filled."""
    base = base or WorkTrial()
    values: dict[str, Any] = {
        "plan_process_id": plan.process_id,
        "plan_date": plan.plan_date,
        "plan_reference": plan.reference,
        "goals": _goals(plan),
    }
    measure = measure_for("work_trial", plan)
    if measure is not None:
        values["start"] = measure.starts_on
        values["end"] = measure.ends_on
        values["tasks"] = measure.description.strip()
        # The responsible party is often a counsellor rather than the organiser: only a
        # name the register knows as an employer (or the unit) becomes the organiser.
        if measure.is_unit:
            values["organiser_kind"] = "unit"
            values["workplace"] = measure.responsible.strip()
        elif measure.employer_id is not None:
            values["organiser_kind"] = "employer"
            values["employer_id"] = measure.employer_id
            values["workplace"] = measure.responsible.strip()
    return _set(base, values)


def wage_subsidy_from_plan(plan: PlanFacts, base: WageSubsidy | None = None):
    """A wage-subsidised employment filled from the plan and the names of the fields filled."""
    base = base or WageSubsidy()
    values: dict[str, Any] = {
        "plan_process_id": plan.process_id,
        "plan_date": plan.plan_date,
        "plan_reference": plan.reference,
    }
    measure = measure_for("wage_subsidy", plan)
    if measure is not None:
        values["start"] = measure.starts_on
        values["duties"] = measure.description.strip()
        values["employer_id"] = measure.employer_id
    coaching = next(
        (
            m
            for m in plan.measures
            if m.kind == "job_coaching"
            and m.status in LIVE_MEASURE_STATUSES
            and m.staff_id is not None
        ),
        None,
    )
    values["job_coach_id"] = coaching.staff_id if coaching is not None else plan.counsellor_id
    return _set(base, values)


def rehab_work_from_plan(plan: PlanFacts, base: RehabWork | None = None):
    """Rehabilitative work with the planned period of the plan's measure (nothing else)."""
    base = base or RehabWork()
    measure = measure_for("rehab_work", plan)
    if measure is None:
        return base, ()
    values: dict[str, Any] = {
        "plan_process_id": plan.process_id,
        "start": measure.starts_on,
        "end": measure.ends_on,
    }
    return _set(base, values)


FROM_PLAN = {
    "work_trial": work_trial_from_plan,
    "wage_subsidy": wage_subsidy_from_plan,
    "rehab_work": rehab_work_from_plan,
}

# Fields an agreement keeps as its own copy of the plan: when the plan changes later,
# the saved agreement is not changed but the difference is shown.
PLAN_COPY_FIELDS = {
    "work_trial": ("plan_date", "plan_reference"),
    "wage_subsidy": ("plan_date", "plan_reference"),
    "rehab_work": (),
}


def plan_differences(kind: str, data: Any, plan: PlanFacts) -> dict[str, tuple[Any, Any]]:
    """The agreement's copies of the plan that no longer match it: field → (agreement, plan)."""
    current = {"plan_date": plan.plan_date, "plan_reference": plan.reference}
    return {
        name: (getattr(data, name), current[name])
        for name in PLAN_COPY_FIELDS[kind]
        if getattr(data, name) != current[name]
    }
