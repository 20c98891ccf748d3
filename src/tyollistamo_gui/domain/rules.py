"""The legal limits of supported work as dated data, and findings that name them.

Every number the supported-work checks use lives in ``DEFAULT_RULES``: a key, a
value, the date from which it is valid and the law section it comes from. A
later row with the same key and a later ``valid_from`` replaces an earlier one
from that date on, so an amendment is added as a row, never by editing code.
The unit may add rows of its own (``services.supported`` stores them); they
are merged over these defaults.

A rule marked ``verified=False`` is one DOMAIN.md could not confirm from the
statute: breaking it gives a warning, never a blocking error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .. import clock
from .findings import Finding, Severity

Number = Decimal | int


@dataclass(frozen=True)
class Rule:
    key: str
    value: Number
    valid_from: dt.date
    source: str  # a law reference (domain.legal_references), or the unit's own text
    verified: bool = True
    own: bool = False  # the unit's own row: its source is shown as typed


_2025 = dt.date(2025, 1, 1)
_TSL = dt.date(2001, 6, 1)
_TSL_1_3A = dt.date(2017, 1, 1)
_KTT = dt.date(2023, 1, 1)

DEFAULT_RULES: tuple[Rule, ...] = (
    # Work trial, 380/2023 §§ 54-60, 103-105 (DOMAIN.md §1.1)
    Rule("work_trial.max_months_total", 6, _2025, "380/2023 55 §"),
    Rule("work_trial.reset_unemployed_months", 12, _2025, "380/2023 55 §"),
    Rule("work_trial.reset_unemployed_months_young", 3, _2025, "380/2023 55 §"),
    Rule("work_trial.young_age_limit", 25, _2025, "380/2023 55 §"),
    Rule("work_trial.min_hours_per_day", 4, _2025, "380/2023 57 § 1 mom 3 p"),
    Rule("work_trial.max_hours_per_day", 8, _2025, "380/2023 57 § 1 mom 3 p"),
    Rule("work_trial.max_days_per_week", 5, _2025, "380/2023 57 § 1 mom 4 p"),
    Rule("work_trial.absence_run_days", 5, _2025, "380/2023 59 §"),
    Rule("work_trial.expense_allowance", Decimal("9.00"), _2025, "380/2023 104 §"),
    Rule("work_trial.expense_allowance_outside", Decimal("18.00"), _2025, "380/2023 104 §"),
    # Wage subsidy, 380/2023 §§ 81-94 (DOMAIN.md §1.2)
    Rule("wage_subsidy.rate.skills", 50, _2025, "380/2023 86 §"),
    Rule("wage_subsidy.months.skills", 5, _2025, "380/2023 86 §"),
    Rule("wage_subsidy.months.skills_long", 10, _2025, "380/2023 86 §"),
    Rule("wage_subsidy.rate.reduced_ability", 70, _2025, "380/2023 87 §"),
    Rule("wage_subsidy.months.reduced_ability", 10, _2025, "380/2023 87 §"),
    Rule("wage_subsidy.extension_months.reduced_ability", 24, _2025, "380/2023 87 §"),
    Rule("wage_subsidy.rate.association", 100, _2025, "380/2023 88 §"),
    Rule("wage_subsidy.months.association", 10, _2025, "380/2023 88 §"),
    Rule("wage_subsidy.max_working_time_percent", 65, _2025, "380/2023 88 §"),
    # The rate of the 60+ track is inferred, not read from the statute (DOMAIN.md §7.4).
    Rule("wage_subsidy.rate.age_60", 50, _2025, "380/2023 89 §", verified=False),
    Rule("wage_subsidy.months.age_60", 24, _2025, "380/2023 89 §"),
    Rule("wage_subsidy.extension_months.age_60", 24, _2025, "380/2023 89 §"),
    Rule("wage_subsidy.min_age.age_60", 60, _2025, "380/2023 89 §"),
    Rule("wage_subsidy.cap.skills", Decimal("1260"), _2025, "380/2023 94 §"),
    Rule("wage_subsidy.cap.reduced_ability", Decimal("2770"), _2025, "380/2023 94 §"),
    Rule("wage_subsidy.cap.association", Decimal("2020"), _2025, "380/2023 94 §"),
    # DOMAIN.md names no cap for the 60+ track; the 50 % cap is assumed.
    Rule("wage_subsidy.cap.age_60", Decimal("1260"), _2025, "380/2023 94 §", verified=False),
    Rule("wage_subsidy.rehire_bar_years", 3, _2025, "380/2023 83 § 3 mom 5 p"),
    # Employment contract, Työsopimuslaki 55/2001
    Rule("contract.max_trial_months", 6, _TSL, "TSL 55/2001 1:4"),
    Rule("contract.max_trial_share_percent", 50, _TSL, "TSL 55/2001 1:4"),
    Rule("contract.long_term_unemployed_months", 12, _TSL_1_3A, "TSL 55/2001 1:3 a"),
    Rule("contract.long_term_max_months", 12, _TSL_1_3A, "TSL 55/2001 1:3 a"),
    Rule("contract.long_term_max_contracts", 3, _TSL_1_3A, "TSL 55/2001 1:3 a"),
    # Rehabilitative work activity, 189/2001 (DOMAIN.md §1.3)
    Rule("rehab.min_months", 3, _KTT, "189/2001 13 b §"),
    Rule("rehab.max_months", 24, _KTT, "189/2001 13 b §"),
    Rule("rehab.min_days_per_week", 1, _KTT, "189/2001 13 b § 2 mom"),
    Rule("rehab.max_days_per_week", 4, _KTT, "189/2001 13 b § 2 mom"),
    Rule("rehab.min_hours_per_day", 4, _KTT, "189/2001 13 b § 2 mom"),
    Rule("rehab.max_hours_per_day", 8, _KTT, "189/2001 13 b §; työaikalaki 872/2019"),
    Rule("rehab.max_hours_per_week", 40, _KTT, "189/2001 13 b §; työaikalaki 872/2019"),
    Rule("rehab.max_days_per_12_months", 178, _KTT, "189/2001 14 §"),
    Rule("rehab.activity_allowance", Decimal("9.00"), _KTT, "189/2001 18 §"),
)


class UnknownRule(KeyError):
    """No rule of that key: a programming error, never the user's."""


class RuleBook:
    """The rules in force on a given day, from the defaults and the unit's own rows."""

    def __init__(self, rules: Iterable[Rule] = DEFAULT_RULES):
        self._by_key: dict[str, list[Rule]] = {}
        for rule in rules:
            self._by_key.setdefault(rule.key, []).append(rule)
        for rows in self._by_key.values():
            rows.sort(key=lambda r: r.valid_from)

    def keys(self) -> list[str]:
        return sorted(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def rule(self, key: str, on: dt.date | None) -> Rule:
        """The row of ``key`` valid on ``on``; the earliest row for an earlier day."""
        rows = self._by_key.get(key)
        if not rows:
            raise UnknownRule(key)
        if on is None:
            on = clock.today()
        chosen = rows[0]
        for row in rows:
            if row.valid_from <= on:
                chosen = row
        return chosen

    def value(self, key: str, on: dt.date | None) -> Number:
        return self.rule(key, on).value

    def history(self, key: str) -> list[Rule]:
        return list(self._by_key.get(key, []))


def breach(
    code: str,
    field: str,
    rule: Rule,
    value: object,
    severity: Severity | None = None,
    **params: object,
) -> Finding:
    """A finding for a value beyond ``rule``: names the limit, the value and the section.

    The severity is an error for a verified rule, a warning for an unverified one,
    unless the caller says otherwise (a rule that only advises).
    """
    if severity is None:
        severity = Severity.ERROR if rule.verified else Severity.WARNING
    elif not rule.verified:
        severity = Severity.WARNING
    return Finding(
        code,
        field,
        {"limit": rule.value, "value": value, "rule": rule.key, **params},
        severity,
        rule.source,
        section_as_typed=rule.own,
    )
