"""Dates, numbers and euro amounts in Finnish, Swedish (Finland) or English style, via Babel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import dates, numbers

# English as written in Finland: day.month.year, euros after the amount.
BABEL_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


def _locale(language: str) -> str:
    return BABEL_LOCALES.get(language, "fi_FI")


def format_date(value: dt.date | None, language: str) -> str:
    """``2.8.1969`` style (d.M.yyyy) in all three languages; empty for None."""
    if value is None:
        return ""
    return dates.format_date(value, format="d.M.yyyy", locale=_locale(language))


def format_datetime(value: dt.datetime | None, language: str) -> str:
    if value is None:
        return ""
    return dates.format_datetime(value, format="d.M.yyyy H.mm", locale=_locale(language))


def format_euros(value: Decimal | float, language: str) -> str:
    return numbers.format_currency(value, "EUR", locale=_locale(language))


def format_number(value: Decimal | float | int, language: str) -> str:
    return numbers.format_decimal(value, locale=_locale(language))
