"""Today's date for the whole app: the system's, or a fixed day set by a test or a demonstration.

Every "today" in the app (defaults of date fields, what is due, what has ended)
and the time stamps of stored records come from here, so a test can play a day
of work on a fixed date.
"""

from __future__ import annotations

import datetime as dt

_fixed: dt.date | None = None


def today() -> dt.date:
    return _fixed if _fixed is not None else dt.date.today()


def now() -> dt.datetime:
    """The time now; on a fixed day, that day at the system's time of day."""
    moment = dt.datetime.now()
    return dt.datetime.combine(_fixed, moment.time()) if _fixed is not None else moment


def set_today(day: dt.date | None) -> None:
    """Fix today's date (None: the system's date again)."""
    global _fixed
    _fixed = day
