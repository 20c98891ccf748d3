"""Client vocabularies and the rules about a client's record."""

from __future__ import annotations

import datetime as dt

SERVICE_LANGUAGES = ("fi", "sv", "other")
BENEFIT_STATUSES = (
    "labour_market_subsidy",  # työmarkkinatuki
    "earnings_related",  # ansiopäiväraha
    "basic_allowance",  # peruspäiväraha
    "social_assistance",  # toimeentulotuki
    "none",
    "other",
)
REFERRAL_SOURCES = ("employment_authority", "wellbeing_county", "kela", "self", "other")
STATUSES = ("active", "closed")
OUTCOMES = (
    "open_labour_market",
    "wage_subsidised",
    "education",
    "rehabilitation",
    "other_service",
    "moved_away",
    "not_reached",
)
EVENT_KINDS = (
    "created",
    "edited",
    "closed",
    "reopened",
    "note_added",
    "note_edited",
    "service_started",
    "service_ended",
    "agreement_edited",
    "warning_overridden",
    "document_printed",
    "document_signed",
    "guidance_started",
    "guidance_completed",
    "guidance_interrupted",
)
# The services a client can be in; each later has its own detailed record
# (guidance process, coaching case, agreement), and a service period here.
SERVICE_KINDS = (
    "guidance",  # ohjaus
    "job_coaching",  # työhönvalmennus
    "individual_coaching",  # yksilövalmennus
    "group_coaching",  # ryhmävalmennus
    "work_trial",  # työkokeilu
    "wage_subsidy",  # palkkatuettu työ
    "rehabilitative_work",  # kuntouttava työtoiminta
)
LONG_TERM_MONTHS = 12


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from ``start`` to ``end`` (negative if end is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return months


def is_long_term_unemployed(unemployed_since: dt.date | None, today: dt.date) -> bool:
    """Unemployed for at least 12 months (DOMAIN.md §1.2: TSL 1:3 a, 380/2023)."""
    if unemployed_since is None:
        return False
    return months_between(unemployed_since, today) >= LONG_TERM_MONTHS
