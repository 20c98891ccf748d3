"""Sentences for the supported-work findings: the limit, the value found and the law section."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.findings import Finding, Severity
from ...domain.legal_references import reference_text
from ...formatting import format_date, format_number
from ..messages import finding_text
from . import vocab


def _fill(text: str, *values: str) -> str:
    # Highest number first, so %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def _show(value: object, language: str) -> str:
    if isinstance(value, dt.date):
        return format_date(value, language)
    if isinstance(value, Decimal | int | float):
        return format_number(value, language)
    return str(value)


def supported_finding_text(finding: Finding, language: str = "fi") -> str:
    """One translated sentence; warnings say they may be overridden with a reason."""
    translate = QCoreApplication.translate
    params = {key: _show(value, language) for key, value in finding.params.items()}
    limit = params.get("limit", "")
    value = params.get("value", "")
    days = params.get("days", "0")
    texts = {
        "hours.positive": translate("SupportedFindings", "Give the hours as a positive number."),
        "number.format": translate("SupportedFindings", "Write a number, e.g. 6 or 7,5."),
        "number.negative": translate("SupportedFindings", "The amount cannot be negative."),
        "invalid": translate("SupportedFindings", "Choose one of the options."),
        "weekdays.none": translate("SupportedFindings", "Choose the weekdays of the work."),
        "hours_per_day.min": _fill(
            translate("SupportedFindings", "At least %1 hours a day; here %2."), limit, value
        ),
        "hours_per_day.max": _fill(
            translate("SupportedFindings", "At most %1 hours a day; here %2."), limit, value
        ),
        "days_per_week.min": _fill(
            translate("SupportedFindings", "At least %1 days a week; here %2."), limit, value
        ),
        "days_per_week.max": _fill(
            translate("SupportedFindings", "At most %1 days a week; here %2."), limit, value
        ),
        "hours_per_week.max": _fill(
            translate("SupportedFindings", "At most %1 hours a week; here %2."), limit, value
        ),
        "work_trial.current_employer": _fill(
            translate(
                "SupportedFindings",
                "%1 employs the client (since %2): the client's current employer cannot "
                "organise the client's work trial.",
            ),
            params.get("employer", ""),
            params.get("since", ""),
        )
        if finding.params.get("employer")
        else translate(
            "SupportedFindings",
            "The client's current employer cannot organise the client's work trial.",
        ),
        "work_trial.organiser_business_id": translate(
            "SupportedFindings",
            "The organiser needs a valid Business ID; correct it on the employer's card "
            "(or the unit's in Settings).",
        ),
        "work_trial.before_plan": _fill(
            translate(
                "SupportedFindings",
                "The trial cannot start before the employment plan of %1 that agrees on it.",
            ),
            params.get("plan_date", ""),
        ),
        "work_trial.total_months": _fill(
            translate(
                "SupportedFindings",
                "Work trials may last at most %1 months in total per person; with the earlier "
                "trials this makes %2 months and %3 days.",
            ),
            limit,
            value,
            days,
        ),
        "work_trial.absence_run": _fill(
            translate(
                "SupportedFindings",
                "%1 unauthorised absences in a row (limit %2): tell the employment authority, "
                "which interrupts the trial.",
            ),
            value,
            limit,
        ),
        "work_trial.absence_outside": translate(
            "SupportedFindings", "The day is outside the period of the trial."
        ),
        "contract.fixed_term_ground": translate(
            "SupportedFindings",
            "A fixed-term contract needs a justified ground, or choose the contract with a "
            "long-term unemployed person (Employment Contracts Act, chapter 1, section 3 a).",
        ),
        "contract.long_term_needs_fixed_term": translate(
            "SupportedFindings",
            "A contract under chapter 1, section 3 a of the Employment Contracts Act is always "
            "fixed-term.",
        ),
        "contract.trial_months": _fill(
            translate("SupportedFindings", "The trial period is at most %1 months; here %2."),
            limit,
            value,
        ),
        "contract.trial_share": _fill(
            translate(
                "SupportedFindings",
                "The trial period may be at most half of a fixed term of %1 months and %2 "
                "days; here %3 months.",
            ),
            params.get("term_months", ""),
            params.get("term_days", ""),
            value,
        ),
        "contract.long_term_unemployment": _fill(
            translate(
                "SupportedFindings",
                "A contract under chapter 1, section 3 a of the Employment Contracts Act needs "
                "%1 months of continuous unemployment before the start; the register shows %2.",
            ),
            limit,
            value,
        ),
        "contract.long_term_length": _fill(
            translate(
                "SupportedFindings",
                "Contracts under chapter 1, section 3 a of the Employment Contracts Act may last "
                "at most %1 months in total; here %2 months and %3 days.",
            ),
            limit,
            value,
            days,
        ),
        "contract.long_term_contracts": _fill(
            translate(
                "SupportedFindings",
                "At most %1 contracts under chapter 1, section 3 a of the Employment Contracts "
                "Act with the same employer; this would be number %2.",
            ),
            limit,
            value,
        ),
        "wage_subsidy.employer_business_id": translate(
            "SupportedFindings",
            "The employer needs a valid Business ID; correct it on the employer's card.",
        ),
        "wage_subsidy.rate": _fill(
            translate("SupportedFindings", "The rate of this track is %1 %; here %2 %."),
            limit,
            value,
        ),
        "wage_subsidy.cap": _fill(
            translate("SupportedFindings", "The monthly cap of this track is %1 €; here %2 €."),
            limit,
            value,
        ),
        "wage_subsidy.state_employer": translate(
            "SupportedFindings", "A state agency cannot be granted a wage subsidy."
        ),
        "wage_subsidy.municipality_track": translate(
            "SupportedFindings",
            "A municipality can have a wage subsidy only on the 70 % track or for a person "
            "aged 60 or over.",
        ),
        "wage_subsidy.association_employer": translate(
            "SupportedFindings",
            "The 100 % track is only for associations, foundations and registered religious "
            "communities (see the employer's organisation kind).",
        ),
        "wage_subsidy.non_business": translate(
            "SupportedFindings", "The 100 % track requires work that is not business activity."
        ),
        "wage_subsidy.unemployment_condition": _fill(
            translate(
                "SupportedFindings",
                "This track requires unemployment for at least %1 of the %2 months before; "
                "confirm it from the decision.",
            ),
            params.get("months", ""),
            params.get("within", ""),
        ),
        "wage_subsidy.working_time": _fill(
            translate(
                "SupportedFindings",
                "On the 100 % track working time is counted up to %1 % of full time; here %2 %.",
            ),
            limit,
            value,
        ),
        "wage_subsidy.age": _fill(
            translate(
                "SupportedFindings", "This track is for persons aged %1 or over; the client is %2."
            ),
            limit,
            value,
        ),
        "wage_subsidy.before_decision": _fill(
            translate(
                "SupportedFindings",
                "The employment cannot start before the subsidy decision of %1.",
            ),
            params.get("decision_date", ""),
        ),
        "wage_subsidy.outside_contract": translate(
            "SupportedFindings", "The subsidy period must lie within the employment."
        ),
        "wage_subsidy.months": _fill(
            translate(
                "SupportedFindings",
                "The subsidy may last at most %1 months on this track; here %2 months and %3 days.",
            ),
            limit,
            value,
            days,
        ),
        "wage_subsidy.rehire_bar": _fill(
            translate(
                "SupportedFindings",
                "The same employer had a subsidy for this person until %1; a new one is "
                "possible after %2 years, from %3.",
            ),
            value,
            limit,
            params.get("free_from", ""),
        ),
        "rehab.eligibility": _fill(
            translate(
                "SupportedFindings",
                "Rehabilitative work activity is for clients on labour market subsidy or social "
                "assistance; this client's benefit is: %1.",
            ),
            _benefit_name(str(finding.params.get("benefit_status", ""))),
        ),
        "rehab.period.min": _fill(
            translate(
                "SupportedFindings",
                "A period is at least %1 months; here %2 months and %3 days.",
            ),
            limit,
            value,
            days,
        ),
        "rehab.period.max": _fill(
            translate(
                "SupportedFindings",
                "A period is at most %1 months; here %2 months and %3 days.",
            ),
            limit,
            value,
            days,
        ),
        "rehab.before_plan": _fill(
            translate(
                "SupportedFindings",
                "The activity cannot start before the activation plan of %1.",
            ),
            params.get("plan_date", ""),
        ),
        "rehab.days_per_year": _fill(
            translate(
                "SupportedFindings",
                "At most %1 days of rehabilitative work activity in 12 months; this would make %2.",
            ),
            limit,
            value,
        ),
        "rehab.attendance_outside": translate(
            "SupportedFindings", "The day is outside the period of the activity."
        ),
        "rule.whole_number": translate(
            "SupportedFindings", "This limit is a whole number, e.g. 5."
        ),
        "plan.date_differs": _fill(
            translate(
                "SupportedFindings",
                "The stored employment plan this agreement refers to is dated %1.",
            ),
            params.get("plan_date", ""),
        ),
    }
    text = texts.get(finding.code) or finding_text(finding)
    if finding.section:
        section = reference_text(finding.section, language, as_typed=finding.section_as_typed)
        text = _fill(translate("SupportedFindings", "%1 (%2)"), text, section)
    if finding.severity is Severity.WARNING:
        text = _fill(
            translate("SupportedFindings", "Warning: %1 You may go on by giving a reason."), text
        )
    return text


def _benefit_name(code: str) -> str:
    from ..clients import vocab as client_vocab

    return client_vocab.benefit_statuses().get(code, code)


def kind_name(kind: str) -> str:
    return vocab.kinds().get(kind, kind)
