"""Coaching services: vocabularies of the seed and the rules of coaching records.

Job coaching (työhönvalmennus), individual coaching (yksilövalmennus) and group
coaching (ryhmävalmennus), as the seed ("Valmennuspalvelut") describes them.
Rules return findings; nothing here knows about storage or the UI.
"""

from __future__ import annotations

import datetime as dt

from .findings import Finding

# The job coach's tasks, exactly as the seed lists them, plus "other".
TASK_KINDS = (
    "tailoring_tasks",  # räätälöidä sopivia työtehtäviä yhdessä työnantajan kanssa
    "administration",  # työsopimuksen laadinta ja muu hallinto
    "work_community",  # perehdyttää työyhteisöä uuden työtoverin tuloon
    "employee_support",  # tukea työllistynyttä työsuhteen aikana
    "employer_support",  # olla työnantajan tukena työsuhteen aikana
    "other",
)
# The kinds done with or for the employer: the employer-support view lists these.
EMPLOYER_TASK_KINDS = ("tailoring_tasks", "administration", "work_community", "employer_support")

# Work-coping skills assessed at the start and later (a default list; the unit may
# change it — the list lives in the database, these are its first rows).
DEFAULT_SKILLS = (
    "punctuality",
    "following_instructions",
    "working_independently",
    "pace_and_quality",
    "cooperation",
    "safety",
    "adapting_to_change",
)
SCALE = (1, 2, 3, 4, 5)  # 1 = needs much support ... 5 = manages independently

GOAL_AREAS = (
    "functional_capacity",  # toimintakyvyn vahvistaminen
    "everyday_life",  # arjenhallinta
    "education_and_career",  # koulutus- ja työuran suunnittelu
    "motivation",  # motivointi ja vastuun ottaminen omasta elämästä
)
PROFESSIONAL_SECTORS = ("social", "health", "education", "employment", "other")

GROUP_GOALS = ("education", "work")
ATTENDANCE = ("present", "absent", "excused")
MEMBER_OUTCOMES = ("education", "work", "other")
VISIT_DIRECTIONS = ("group_visited", "visitor_came")
VISIT_PARTIES = ("authority", "interest_organisation", "employer")

MAX_MINUTES = 24 * 60


def check_duration(minutes: int | None, field: str = "minutes") -> Finding | None:
    """A duration is more than zero and at most 24 hours."""
    if minutes is None:
        return Finding("required", field)
    if minutes <= 0:
        return Finding("duration.zero", field)
    if minutes > MAX_MINUTES:
        return Finding("duration.too_long", field, {"hours": 24})
    return None


def check_order(
    start: dt.date | None, end: dt.date | None, field: str = "ends_on"
) -> Finding | None:
    """The later date must not be before the earlier one (either may be missing)."""
    if start is not None and end is not None and end < start:
        return Finding("date.order", field)
    return None


def check_within(
    day: dt.date | None,
    start: dt.date,
    end: dt.date | None,
    field: str,
    code: str = "date.outside_period",
) -> Finding | None:
    """``day`` falls inside the period from ``start`` to ``end`` (open-ended when None)."""
    if day is None:
        return None
    if day < start or (end is not None and day > end):
        return Finding(code, field, {"start": start, "end": end})
    return None


def check_score(score: int | None, field: str = "score") -> Finding | None:
    if score not in SCALE:
        return Finding("score.range", field, {"low": SCALE[0], "high": SCALE[-1]})
    return None


def required(value: object, field: str) -> Finding | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Finding("required", field)
    return None


def check_choice(value: str, allowed: tuple[str, ...], field: str) -> Finding | None:
    return None if value in allowed else Finding("invalid", field)


def parse_duration(text: str) -> int | None:
    """Minutes from ``1,5`` / ``1.5`` (hours), ``1:30`` / ``1 h 30 min``, ``45 min``.

    Returns None for blank text; raises ValueError for text that is not a duration.
    """
    value = text.strip().lower().replace(" ", "")
    if not value:
        return None
    if value.endswith("min") and value[:-3].isdigit() and "h" not in value:
        return int(value[:-3])
    if ":" in value:
        hours, _, minutes = value.partition(":")
        if hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(minutes) < 60:
            return int(hours) * 60 + int(minutes)
        raise ValueError(text)
    if "h" in value:
        hours, _, rest = value.partition("h")
        rest = rest.removesuffix("min")
        if hours.isdigit() and (rest == "" or (rest.isdigit() and int(rest) < 60)):
            return int(hours) * 60 + int(rest or 0)
        raise ValueError(text)
    try:
        hours_float = float(value.replace(",", "."))
    except ValueError:
        raise ValueError(text) from None
    if hours_float != hours_float or hours_float in (float("inf"), float("-inf")):
        raise ValueError(text)
    return round(hours_float * 60)


def format_duration(minutes: int) -> str:
    """``1:30`` — hours and minutes, the way the duration fields read it back."""
    return f"{minutes // 60}:{minutes % 60:02d}"
