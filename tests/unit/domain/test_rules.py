"""The dated rules table: lookup by day, the unit's own rows, severities of findings."""

import datetime as dt
from decimal import Decimal

import pytest

from tyollistamo_gui.domain.findings import Severity
from tyollistamo_gui.domain.rules import DEFAULT_RULES, Rule, RuleBook, UnknownRule, breach


def test_every_default_rule_has_a_source_and_a_date():
    for rule in DEFAULT_RULES:
        assert rule.source.strip(), rule.key
        assert isinstance(rule.valid_from, dt.date), rule.key
        assert isinstance(rule.value, int | Decimal), rule.key


def test_keys_are_unique_per_date():
    seen = {(r.key, r.valid_from) for r in DEFAULT_RULES}
    assert len(seen) == len(DEFAULT_RULES)


def test_a_later_row_replaces_the_value_from_its_date_on():
    book = RuleBook(
        [
            *DEFAULT_RULES,
            Rule("work_trial.expense_allowance", Decimal("10.50"), dt.date(2027, 1, 1), "bill"),
        ]
    )
    assert book.value("work_trial.expense_allowance", dt.date(2026, 12, 31)) == Decimal("9.00")
    assert book.value("work_trial.expense_allowance", dt.date(2027, 1, 1)) == Decimal("10.50")
    assert len(book.history("work_trial.expense_allowance")) == 2


def test_a_day_before_every_row_gets_the_earliest():
    book = RuleBook()
    assert book.value("work_trial.max_days_per_week", dt.date(2000, 1, 1)) == 5


def test_unknown_key_is_a_programming_error():
    with pytest.raises(UnknownRule):
        RuleBook().rule("no.such.rule", dt.date(2025, 1, 1))


def test_breach_names_limit_value_and_section():
    rule = RuleBook().rule("work_trial.max_hours_per_day", dt.date(2025, 6, 1))
    finding = breach("hours_per_day.max", "hours_per_day", rule, Decimal("9"))
    assert finding.params["limit"] == 8
    assert finding.params["value"] == Decimal("9")
    assert finding.section == "380/2023 57 § 1 mom 3 p"
    assert finding.severity is Severity.ERROR


def test_unverified_rule_only_warns():
    rule = RuleBook().rule("wage_subsidy.rate.age_60", dt.date(2025, 6, 1))
    assert not rule.verified
    assert breach("x", "y", rule, 1).severity is Severity.WARNING
    assert breach("x", "y", rule, 1, Severity.ERROR).severity is Severity.WARNING
