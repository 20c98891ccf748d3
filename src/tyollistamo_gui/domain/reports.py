"""The unit's report as plain data: the period and filters, the figures, and their sections.

``services.reports`` fills a :class:`Report` from the database; the Reports
page, its charts, the PDF and the spreadsheet exports all read the same
:class:`Report`, so a number on the screen, in a chart and in a file is the same
number. Every figure names its section and key; the pair also names the
drill-down (the clients behind the figure).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import clock
from .clients import SERVICE_KINDS, SERVICE_LANGUAGES
from .coaching import TASK_KINDS

PERIOD_KINDS = ("year", "quarter", "month", "custom")

# The outcomes a report shows; the client record has finer ones, counted as "other".
OUTCOME_CATEGORIES = (
    "open_labour_market",
    "wage_subsidised",
    "education",
    "rehabilitation",
    "other",
)

# Sections in the order the report shows them, and the keys of each fixed section.
SECTIONS = (
    "clients",
    "services",
    "outcomes",
    "durations",
    "coaching_hours",
    "attendance",
    "work_trials",
    "languages",
    "months",
)
CLIENT_FIGURES = ("served", "new", "closed")
ATTENDANCE_FIGURES = ("marks", "present", "rate")
WORK_TRIAL_FIGURES = ("started", "completed")
FIXED_KEYS: dict[str, tuple[str, ...]] = {
    "clients": CLIENT_FIGURES,
    "services": SERVICE_KINDS,
    "outcomes": OUTCOME_CATEGORIES,
    "durations": SERVICE_KINDS,
    "coaching_hours": TASK_KINDS,
    "attendance": ATTENDANCE_FIGURES,
    "work_trials": WORK_TRIAL_FIGURES,
    "languages": SERVICE_LANGUAGES,
}
# Figures that are not a number of clients: the value is days, hours or a percentage.
UNITS = {"durations": "days", "coaching_hours": "hours"}


class InvalidPeriod(ValueError):
    """The period's end is before its start, or a part of it is missing."""


def outcome_category(outcome: str) -> str:
    return outcome if outcome in OUTCOME_CATEGORIES[:-1] else "other"


def outcomes_in(category: str) -> tuple[str, ...] | None:
    """The client-record outcomes of a category; None for "other" (everything else)."""
    return None if category == "other" else (category,)


def period_of(kind: str, year: int, number: int = 1) -> tuple[dt.date, dt.date]:
    """The first and last day of a year, a quarter (1–4) or a month (1–12)."""
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "quarter":
        if not 1 <= number <= 4:
            raise InvalidPeriod(f"quarter {number}")
        first = dt.date(year, 3 * number - 2, 1)
        return first, _month_end(year, 3 * number)
    if kind == "month":
        if not 1 <= number <= 12:
            raise InvalidPeriod(f"month {number}")
        return dt.date(year, number, 1), _month_end(year, number)
    raise InvalidPeriod(kind)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


@dataclass(frozen=True)
class Month:
    key: str  # "2025-03"
    start: dt.date  # clipped to the period
    end: dt.date


def months_of(start: dt.date, end: dt.date) -> list[Month]:
    """The calendar months the period touches, each clipped to the period."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        first = max(start, dt.date(year, month, 1))
        last = min(end, _month_end(year, month))
        months.append(Month(f"{year:04d}-{month:02d}", first, last))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass(frozen=True)
class ReportCriteria:
    """A period (both days included) and the optional filters.

    ``staff_id``: only clients this staff member is responsible for.
    ``service``: only clients who were in this service during the period; the
    service-period figures (served, per service, per month, durations) then count
    only periods of this service.
    """

    start: dt.date
    end: dt.date
    staff_id: int | None = None
    service: str | None = None

    def check(self) -> None:
        if self.start is None or self.end is None:
            raise InvalidPeriod("missing date")
        if self.end < self.start:
            raise InvalidPeriod("end before start")
        if self.service is not None and self.service not in SERVICE_KINDS:
            raise InvalidPeriod(f"unknown service {self.service!r}")

    @property
    def months(self) -> list[Month]:
        return months_of(self.start, self.end)


@dataclass(frozen=True)
class Figure:
    section: str
    key: str
    # A number of clients, days (median), hours or a percentage; None when there is
    # nothing to compute it from (a median of no periods, a rate of no marks).
    value: int | float | None
    # What a median or rate was computed from: periods, task-log entries, marks.
    basis: int | None = None


@dataclass(frozen=True)
class Report:
    criteria: ReportCriteria
    figures: tuple[Figure, ...]
    staff_name: str = ""  # of criteria.staff_id, for the page and the files
    computed_at: dt.datetime = field(default_factory=clock.now)

    def section(self, name: str) -> list[Figure]:
        return [f for f in self.figures if f.section == name]

    def figure(self, section: str, key: str) -> Figure:
        for f in self.figures:
            if f.section == section and f.key == key:
                return f
        raise KeyError((section, key))

    def value(self, section: str, key: str) -> int | float | None:
        return self.figure(section, key).value


def median_days(durations: Iterable[int]) -> float | None:
    values = list(durations)
    return float(statistics.median(values)) if values else None


def rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal; None when there is nothing to divide by."""
    return round(100.0 * part / whole, 1) if whole else None
