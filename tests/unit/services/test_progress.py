"""services/progress.py: throttled reports and cancelling, without Qt."""

from __future__ import annotations

import pytest

from tyollistamo_gui.services.progress import Cancelled, Progress, ensure


def test_reports_are_throttled_but_the_end_is_always_reported():
    seen = []
    progress = Progress(lambda d, t, s: seen.append((d, t, s)), interval=3600)
    progress.stage("Reading", total=1000)
    for done in range(1, 1001):
        progress.step(done, 1000)
    # The stage's start (a new text) and the end; nothing in between within the hour.
    assert seen == [(0, 1000, "Reading"), (1000, 1000, "Reading")]


def test_every_step_is_reported_without_throttling():
    seen = []
    progress = Progress(lambda d, t, s: seen.append(d), interval=0)
    progress.stage("Rows", total=3)
    progress.advance()
    progress.advance(2)
    assert seen == [0, 1, 3]
    assert (progress.done, progress.total, progress.text) == (3, 3, "Rows")


def test_cancelling_raises_on_the_next_step_and_not_before():
    wanted = {"stop": False}
    progress = Progress(cancelled=lambda: wanted["stop"])
    progress.step(1, 10)
    wanted["stop"] = True
    assert progress.is_cancelled
    with pytest.raises(Cancelled):
        progress.step(2, 10)
    with pytest.raises(Cancelled):
        progress.check()


def test_ensure_gives_a_silent_progress_that_never_cancels():
    progress = ensure(None)
    progress.step(5, 10, "x")
    progress.check()
    assert progress.done == 5
    given = Progress()
    assert ensure(given) is given
