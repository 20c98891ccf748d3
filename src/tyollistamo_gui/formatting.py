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
    """``3.12.2026 14.05``: the numeric date and the H.mm time used in Finland."""
    if value is None:
        return ""
    return f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}"


def format_long_date(value: dt.date, language: str) -> str:
    """``2. elokuuta 1969`` / ``2 augusti 1969``: month names for letters and documents."""
    from babel import dates

    return dates.format_date(value, format="long", locale=_locale(language))


def format_euros(value: Decimal | float, language: str) -> str:
    from babel import numbers

    return numbers.format_currency(value, "EUR", locale=_locale(language))


def format_number(value: Decimal | float | int, language: str, decimals: int | None = None) -> str:
    """The number in the language's style; ``decimals`` fixes the digits after the comma."""
    from babel import numbers

    if decimals is None:
        return numbers.format_decimal(value, locale=_locale(language))
    pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    return numbers.format_decimal(value, format=pattern, locale=_locale(language))


def parse_date(text: str) -> dt.date | None:
    """Read ``3.12.2026`` (also ``03.12.2026`` and ISO ``2026-12-03``); None for blank.

    Raises ValueError for anything else, or for a day that does not exist.
    """
    text = text.strip()
    if not text:
        return None
    if "-" in text:
        return dt.date.fromisoformat(text)
    parts = text.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    return dt.date(year, month, day)
