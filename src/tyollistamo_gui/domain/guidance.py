"""The guidance process of a long-term unemployed client: phases, vocabularies, required fields.

The process (seed text "Pitkään työttömänä olleen ohjauspalvelut", DOMAIN.md §1.5, §2.5)
is a dialogue between counsellor and client in phases. Advice, support and onward
referral happen throughout, so referrals belong to the process, not to one phase.
The rules here say which fields each phase needs before the plan can be printed or
the process completed; a draft may be saved with any of them missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .findings import Finding

# The wizard's pages, in order; the number of a phase is its index here.
PHASES = ("situation", "goals", "plan", "implementation", "evaluation")
SITUATION, GOALS, PLAN, IMPLEMENTATION, EVALUATION = range(len(PHASES))

STATUSES = ("draft", "in_progress", "completed", "interrupted")
OPEN_STATUSES = ("draft", "in_progress")

GOAL_TERMS = ("short", "long")
MEASURE_KINDS = (
    "job_coaching",  # työhönvalmennus
    "individual_coaching",  # yksilövalmennus
    "group_coaching",  # ryhmävalmennus
    "work_trial",  # työkokeilu
    "wage_subsidy",  # palkkatuettu työ
    "rehabilitative_work",  # kuntouttava työtoiminta
    "education",  # koulutus
    "other_service",  # muu palvelu
)
MEASURE_STATUSES = ("planned", "in_progress", "done", "cancelled")
FOLLOW_UP_KINDS = ("meeting", "phone", "workplace_visit")
REFERRAL_TARGETS = (
    "social_services",
    "health_care",
    "education",
    "kela",
    "debt_counselling",
    "mental_health_substance_abuse",
    "other",
)
REFERRAL_STATUSES = ("proposed", "made", "realised", "declined")
OUTCOMES = (
    "open_labour_market",
    "wage_subsidised",
    "education",
    "rehabilitation",
    "other_service",
    "continues_guidance",
    "no_change",
)


@dataclass(frozen=True)
class Goal:
    term: str = "short"
    text: str = ""
    achieved: str = ""  # what was achieved against the goal (evaluation)


@dataclass(frozen=True)
class Option:
    """A realistic option considered with the client."""

    text: str = ""
    pros: str = ""
    cons: str = ""
    client_assessment: str = ""


@dataclass(frozen=True)
class Measure:
    kind: str = "job_coaching"
    description: str = ""
    responsible: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    status: str = "planned"
    evaluation: str = ""
    # Stable within a process so that follow-ups can name the measure they concern.
    key: int = 0


@dataclass(frozen=True)
class FollowUp:
    held_on: dt.date | None = None
    kind: str = "meeting"
    measure_key: int | None = None
    notes: str = ""
    next_step: str = ""
    next_meeting: dt.date | None = None


@dataclass(frozen=True)
class Referral:
    target: str = "social_services"
    referred_on: dt.date | None = None
    reason: str = ""
    status: str = "proposed"
    phase: int = SITUATION  # the page it was recorded on


@dataclass(frozen=True)
class GuidanceData:
    """Everything typed into the wizard, phase by phase."""

    counsellor_id: int | None = None
    started_on: dt.date | None = None
    # 1. Initial assessment and situation: the client's and the counsellor's view side by side
    education: str = ""
    work_history: str = ""
    skills_client: str = ""
    skills_counsellor: str = ""
    work_ability_client: str = ""
    work_ability_counsellor: str = ""
    life_situation: str = ""
    obstacles_client: str = ""
    obstacles_counsellor: str = ""
    wishes: str = ""
    situation_summary: str = ""  # printed on the plan
    # 2. Goals and realistic options
    goals: tuple[Goal, ...] = ()
    options: tuple[Option, ...] = ()
    # 3. Employment plan
    plan_date: dt.date | None = None
    measures: tuple[Measure, ...] = ()
    job_search_obligation: bool = False
    job_search_count: int = 0
    job_search_period_months: int = 1
    job_search_notes: str = ""
    next_review_on: dt.date | None = None
    # 4. Support and guidance during implementation
    follow_ups: tuple[FollowUp, ...] = ()
    # 5. Evaluation and next steps
    outcome: str = ""
    evaluation_summary: str = ""
    next_steps: str = ""
    next_steps_on: dt.date | None = None
    ended_on: dt.date | None = None
    # Throughout: advice, support and onward referral
    referrals: tuple[Referral, ...] = field(default=())


# -- checks ------------------------------------------------------------------------------------


def _required(value: object, name: str) -> Finding | None:
    empty = value is None or (isinstance(value, str) and not value.strip())
    return Finding("required", name) if empty else None


def _order(start: dt.date | None, end: dt.date | None, name: str) -> Finding | None:
    if start is not None and end is not None and end < start:
        return Finding("date.order", name)
    return None


def check_phase(phase: int, data: GuidanceData) -> list[Finding]:
    """What the page of ``phase`` still lacks or has wrong; each finding names its field."""
    found: list[Finding | None] = []
    if phase == SITUATION:
        found += [
            _required(data.counsellor_id, "counsellor_id"),
            _required(data.started_on, "started_on"),
            _required(data.situation_summary, "situation_summary"),
        ]
    elif phase == GOALS:
        if not any(goal.text.strip() for goal in data.goals):
            found.append(Finding("guidance.goal_required", "goals"))
    elif phase == PLAN:
        found += [
            _required(data.plan_date, "plan_date"),
            _required(data.next_review_on, "next_review_on"),
            _order(data.plan_date, data.next_review_on, "next_review_on"),
        ]
        if not data.measures:
            found.append(Finding("guidance.measure_required", "measures"))
        for measure in data.measures:
            if _order(measure.starts_on, measure.ends_on, "measures"):
                found.append(Finding("guidance.measure_dates", "measures"))
                break
        if data.job_search_obligation and data.job_search_count < 0:
            found.append(Finding("invalid", "job_search_count"))
    elif phase == EVALUATION:
        found += [
            _required(data.outcome, "outcome"),
            _required(data.ended_on, "ended_on"),
            _order(data.started_on, data.ended_on, "ended_on"),
        ]
        if data.outcome and data.outcome not in OUTCOMES:
            found.append(Finding("invalid", "outcome"))
    return [f for f in found if f is not None]


def check_plan_printable(data: GuidanceData) -> dict[int, list[Finding]]:
    """Findings of the phases the printed plan needs (1–3), by phase; empty when printable."""
    result = {phase: check_phase(phase, data) for phase in (SITUATION, GOALS, PLAN)}
    return {phase: found for phase, found in result.items() if found}


def check_completable(data: GuidanceData) -> dict[int, list[Finding]]:
    """Findings of every phase, by phase; the process can be completed when this is empty."""
    result = {phase: check_phase(phase, data) for phase in range(len(PHASES))}
    return {phase: found for phase, found in result.items() if found}


def status_for(data: GuidanceData) -> str:
    """An open process is a draft until its plan is complete, then in progress."""
    return "in_progress" if not check_plan_printable(data) else "draft"
