"""The Supported work page on a demo register: the newest arrangements, and how many in all."""

from __future__ import annotations

from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.ui.supported import page as page_module


def test_a_long_list_shows_the_newest_and_says_how_many_in_all(make_window, monkeypatch):
    fill_demo(300, seed=4)
    everything = svc.list_arrangements()
    assert len(everything) > 40
    monkeypatch.setattr(page_module, "SHOWN", 40)
    window = make_window()
    window.show_page("supported")
    page = window.page_widgets["supported"]
    assert page.table.rowCount() == 40
    assert page.summary.text() == f"{len(everything)} arrangements, the newest 40 listed"
    shown = [page.table.item(row, 0).data(0x0100) for row in range(40)]
    assert [r.id for r in shown] == [r.id for r in everything[:40]]
    assert shown[0].start == max(r.start for r in everything)
