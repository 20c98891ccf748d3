"""Retention periods of the register's records (DOMAIN.md §5.3) and the erasure date rule.

The periods are defaults for a configurable, dated table: a unit changes them
when the law or its purchase contract says otherwise. ``verified`` is False for
periods DOMAIN.md marks unverified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

# Record kinds, and the service whose records make a kind apply to a client
# (None: applies to every client).
KINDS: dict[str, str | None] = {
    "client_record": None,
    "social_welfare": "rehabilitative_work",
    "payments": "wage_subsidy",
    "employment_relationship": "wage_subsidy",
    "audit_log": None,
}
# The audit log is kept counted from each log event, not from the end of the
# relationship, and an erasure never removes it.
CLIENT_KINDS = tuple(kind for kind in KINDS if kind != "audit_log")


@dataclass(frozen=True)
class Rule:
    kind: str
    years: int
    valid_from: dt.date
    source: str
    verified: bool


DEFAULT_RULES = (
    Rule("client_record", 4, dt.date(2025, 1, 1), "380/2023 122 §", True),
    Rule("social_welfare", 10, dt.date(2024, 1, 1), "703/2023 20 § ja liite", True),
    Rule("payments", 10, dt.date(2025, 1, 1), "380/2023 138 §", True),
    Rule("employment_relationship", 10, dt.date(2001, 6, 1), "TSL 55/2001 6:7", False),
    Rule("audit_log", 12, dt.date(2024, 1, 1), "703/2023 liite, 11 §", True),
)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def rule_in_force(rules: Iterable[Rule], kind: str, on: dt.date) -> Rule | None:
    """The rule of ``kind`` in force on ``on`` (the latest that had started); else the oldest."""
    candidates = sorted((r for r in rules if r.kind == kind), key=lambda r: r.valid_from)
    if not candidates:
        return None
    started = [r for r in candidates if r.valid_from <= on]
    return started[-1] if started else candidates[0]


def applicable_kinds(service_kinds: Iterable[str]) -> list[str]:
    had = set(service_kinds)
    return [kind for kind in CLIENT_KINDS if KINDS[kind] is None or KINDS[kind] in had]


def erasure_due(
    ended_on: dt.date | None, service_kinds: Iterable[str], rules: Iterable[Rule]
) -> tuple[dt.date | None, list[tuple[str, dt.date]]]:
    """When a client's data may be erased: the latest end of the periods that apply.

    Returns (due date, [(kind, date) ...]); (None, []) while the relationship goes on.
    """
    if ended_on is None:
        return None, []
    rules = list(rules)
    dates = []
    for kind in applicable_kinds(service_kinds):
        rule = rule_in_force(rules, kind, ended_on)
        if rule is not None:
            dates.append((kind, add_years(ended_on, rule.years)))
    if not dates:
        return None, []
    return max(day for _kind, day in dates), dates
