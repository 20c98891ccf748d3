"""Retention periods of the register's records (DOMAIN.md §5.3) and the erasure date rule.

The periods are defaults for a configurable, dated table: a unit changes them
when the law or its purchase contract says otherwise. ``verified`` is False for
periods DOMAIN.md marks unverified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .findings import Finding

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
    source: str  # a law reference (domain.legal_references), or the unit's own text
    verified: bool


DEFAULT_RULES = (
    Rule("client_record", 4, dt.date(2025, 1, 1), "380/2023 122 §", True),
    Rule("social_welfare", 10, dt.date(2024, 1, 1), "703/2023 20 § ja liite", True),
    Rule("payments", 10, dt.date(2025, 1, 1), "380/2023 138 §", True),
    Rule("employment_relationship", 10, dt.date(2001, 6, 1), "TSL 55/2001 6:7", False),
    Rule("audit_log", 12, dt.date(2024, 1, 1), "703/2023 liite, 11 §", True),
)


MIN_YEARS = 1
MAX_YEARS = 100
EARLIEST_VALID_FROM = dt.date(1990, 1, 1)


def check_rule(kind: str, years: object, valid_from: object) -> list[Finding]:
    """Everything wrong with a new retention period; empty when it can be saved.

    ``years`` may be text typed by the user; ``valid_from`` a date or None.
    """
    findings = []
    if kind not in KINDS:
        findings.append(Finding("invalid", "kind"))
    try:
        number = int(str(years).strip())
    except ValueError:
        number = None
    if number is None or not MIN_YEARS <= number <= MAX_YEARS:
        findings.append(Finding("retention.years", "years", {"min": MIN_YEARS, "max": MAX_YEARS}))
    if not isinstance(valid_from, dt.date):
        findings.append(Finding("required", "valid_from"))
    elif valid_from < EARLIEST_VALID_FROM:
        findings.append(
            Finding("retention.valid_from", "valid_from", {"earliest": EARLIEST_VALID_FROM})
        )
    return findings


def rule_origin(rule: Rule) -> str:
    """``law`` (a default checked against the law), ``unverified`` (a default DOMAIN.md marks
    unverified) or ``unit`` (set by the unit, e.g. from its purchase contract)."""
    for default in DEFAULT_RULES:
        if (default.kind, default.valid_from, default.years) == (
            rule.kind,
            rule.valid_from,
            rule.years,
        ):
            return "law" if default.verified else "unverified"
    return "unit"


def source_as_typed(rule: Rule) -> bool:
    """Whether the rule's source is the unit's own text (shown as typed) rather than the
    law reference of a default period (shown in the reader's language, see
    ``domain.legal_references``): the defaults were stored with their reference, so a
    row keeps it as long as its kind, date and source are a default's."""
    return not any(
        (default.kind, default.valid_from, default.source)
        == (rule.kind, rule.valid_from, rule.source.strip())
        for default in DEFAULT_RULES
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
