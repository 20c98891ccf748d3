"""Dates, numbers and euro amounts in Finnish, Swedish (Finland) or English style.

Babel does the localised work; it is imported where used, to keep start-up fast.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

# English as written in Finland: day.month.year, euros after the amount.
BABEL_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


def _locale(language: str) -> str:
    return BABEL_LOCALES.get(language, "fi_FI")


def format_date(value: dt.date | None, language: str) -> str:
    """``2.8.1969`` (d.M.yyyy), the numeric style of all three languages; empty for None.

    Written out directly: the pattern has no words to localise, and lists show
    thousands of dates, where Babel's pattern machinery costs start-up time.
    """
    if value is None:
        return ""
    return f"{value.day}.{value.month}.{value.year}"


def format_datetime(value: dt.datetime | None, language: str) -> str:
    if value is None:
        return ""
    from babel import dates

    return dates.format_datetime(value, format="d.M.yyyy H.mm", locale=_locale(language))


def format_long_date(value: dt.date, language: str) -> str:
    """``2. elokuuta 1969`` / ``2 augusti 1969``: month names for letters and documents."""
    from babel import dates

    return dates.format_date(value, format="long", locale=_locale(language))


def format_euros(value: Decimal | float, language: str) -> str:
    from babel import numbers

    return numbers.format_currency(value, "EUR", locale=_locale(language))


def format_number(value: Decimal | float | int, language: str) -> str:
    from babel import numbers

    return numbers.format_decimal(value, locale=_locale(language))
