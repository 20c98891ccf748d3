"""How far a long service call has come, and the caller's wish to cancel it.

A long use case (a report over a year, an import of 10 000 rows, an export)
takes an optional ``progress`` argument and calls ``progress.step(done, total,
text)`` as it goes. ``step`` raises :class:`Cancelled` once the caller has
asked to cancel, so the use case stops at a point of its own choosing — inside
its transaction, which then rolls back. Nothing here knows Qt: the UI's worker
(``ui/workers.py``) passes callbacks that emit its signals; a command-line tool
passes one that prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Report = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The caller cancelled the work; what was done in its transaction is undone."""


class Progress:
    """Reports progress at most every ``interval`` seconds (and always at the end).

    ``report(done, total, text)``: ``total`` is 0 when the amount of work is not
    known yet (a busy indicator instead of a bar). ``cancelled()`` is asked on
    every step; the first True makes ``step``/``check`` raise :class:`Cancelled`.
    """

    def __init__(
        self,
        report: Report | None = None,
        cancelled: Callable[[], bool] | None = None,
        interval: float = 0.05,
    ):
        self._report = report
        self._cancelled = cancelled
        self._interval = interval
        self._last = float("-inf")
        self.done = 0
        self.total = 0
        self.text = ""

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled is not None and self._cancelled()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the caller asked to stop."""
        if self.is_cancelled:
            raise Cancelled()

    def step(self, done: int, total: int = 0, text: str | None = None) -> None:
        self.check()
        self.done, self.total = done, total
        if text is not None:
            self.text = text
        if self._report is None:
            return
        now = time.monotonic()
        finished = total and done >= total
        if finished or text is not None or now - self._last >= self._interval:
            self._last = now
            self._report(done, total, self.text)

    def advance(self, count: int = 1, text: str | None = None) -> None:
        """One more (or ``count`` more) of ``total`` done."""
        self.step(self.done + count, self.total, text)

    def stage(self, text: str, total: int = 0) -> None:
        """A new part of the work begins: a new text and a fresh count."""
        self.step(0, total, text)


def ensure(progress: Progress | None) -> Progress:
    """The given progress, or a silent one that never cancels."""
    return progress if progress is not None else Progress()
