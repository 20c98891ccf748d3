"""The app's clock: the system's date, or a fixed day for tests and demonstrations."""

import datetime as dt

from tyollistamo_gui import clock
from tyollistamo_gui.storage.models import now


def test_a_fixed_day_is_today_and_the_day_of_time_stamps():
    day = dt.date(2026, 3, 16)
    clock.set_today(day)
    try:
        assert clock.today() == day
        assert clock.now().date() == day
        assert now().date() == day  # what stored records are stamped with
    finally:
        clock.set_today(None)
    assert clock.today() == dt.date.today()
    assert abs(clock.now() - dt.datetime.now()) < dt.timedelta(seconds=5)
