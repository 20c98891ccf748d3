"""The Reports page: choose a period, read the figures, drill down to a client, export."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.ui.main_window import PAGE_KEYS
from tyollistamo_gui.ui.reports.drill_dialog import DrillDownDialog

from ..unit.services.report_data import build


def _open_reports(make_window, context, qtbot):
    data = build()
    context.settings.setValue("window/page", "reports")
    window = make_window()
    page = window.page_widgets["reports"]
    page.set_period("year", 2025)
    with qtbot.waitSignal(page.finished, timeout=20000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    return window, page, data


def _drill_dialog(page) -> DrillDownDialog:
    dialog = page.drill_dialog
    assert isinstance(dialog, DrillDownDialog) and dialog.isVisible()
    return dialog


def test_choose_a_year_and_see_the_figures(make_window, context, qtbot):
    _window, page, _data = _open_reports(make_window, context, qtbot)
    assert page.figure_text("clients", "served") == "5"
    assert page.figure_text("clients", "new") == "4"
    assert page.figure_text("services", "work_trial") == "2"
    assert page.figure_text("durations", "guidance") == "151,5"
    assert page.figure_text("attendance", "rate") == "50\u00a0%"
    assert page.figure_text("months", "2025-07") == "3"
    item = page.figure_item("durations", "guidance")
    assert item.text(0) == "Guidance" and item.text(2) == "Ended periods: 2"
    assert item.parent().text(0) == "Median duration in each service (days)"
    assert page.status.text() == "Figures for 1.1.2025–31.12.2025."
    # The charts are drawn from the same report.
    assert page.chart_views["services"].chart.keys[0] == "guidance"
    assert page.chart_views["months"].chart.keys[-1] == "2025-12"


def test_a_quarter_with_a_service_filter(make_window, context, qtbot):
    _window, page, _data = _open_reports(make_window, context, qtbot)
    page.set_period("quarter", 2025, 2)
    page.service.setCurrentIndex(page.service.findData("work_trial"))
    with qtbot.waitSignal(page.finished, timeout=20000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.figure_text("clients", "served") == "2"
    assert page.figure_item("services", "guidance") is None
    assert page.status.text() == "Figures for 1.4.2025–30.6.2025."


def test_a_custom_period_ending_before_it_starts_is_explained(make_window, context, qtbot):
    _window, page, _data = _open_reports(make_window, context, qtbot)
    page.set_period("custom")
    page.start.setText("1.5.2025")
    page.end.setText("1.4.2025")
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.period_error.isVisible()
    assert page.period_error.text() == "The last day is before the first day."
    assert page.report.criteria.end.year == 2025  # the earlier report stays


def test_enter_on_a_figure_lists_its_clients_and_opens_a_card(make_window, context, qtbot):
    window, page, data = _open_reports(make_window, context, qtbot)
    item = page.figure_item("services", "guidance")
    page.table.setCurrentItem(item)
    page.table.setFocus()
    with qtbot.waitSignal(page.finished, timeout=20000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _drill_dialog(page)
    names = [dialog.model.name(i) for i in range(dialog.model.rowCount())]
    assert names == ["Testinen, Aino", "Testinen, Fanny"]
    assert dialog.title.text() == "Clients per service: Guidance"
    assert not dialog.hidden_note.isVisible()
    dialog.list.setCurrentIndex(dialog.model.index(1, 0))
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    card = window.cards[data.ids["fanny"]]
    assert card.isVisible()
    # Closed here: a card left open would reload itself under the next test's sign-in.
    card.close()
    card.deleteLater()


def test_a_click_on_a_bar_drills_down(make_window, context, qtbot):
    _window, page, _data = _open_reports(make_window, context, qtbot)
    view = page.chart_views["services"]
    with qtbot.waitSignal(page.finished, timeout=20000):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.point_of("work_trial").toPoint())
    dialog = _drill_dialog(page)
    names = [dialog.model.name(i) for i in range(dialog.model.rowCount())]
    assert names == ["Testinen, Bertil", "Testinen, Eeva"]
    months = page.chart_views["months"]
    with qtbot.waitSignal(page.finished, timeout=20000):
        qtbot.mouseClick(
            months, Qt.MouseButton.LeftButton, pos=months.point_of("2025-03").toPoint()
        )
    assert _drill_dialog(page).model.name(0) == "Testinen, Bertil"


def test_export_csv_and_pdf_from_the_page(make_window, context, qtbot, tmp_path, monkeypatch):
    _window, page, _data = _open_reports(make_window, context, qtbot)
    target = tmp_path / "raportti"
    monkeypatch.setattr(page, "ask_path", lambda kind, suggested: str(target))
    with qtbot.waitSignal(page.finished, timeout=20000):
        page.export_actions["csv"].trigger()
    written = tmp_path / "raportti.csv"
    rows = list(csv.reader(written.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[1] == ["Period", "1.1.2025–31.12.2025"]
    assert ["Clients", "Clients served", "5", "clients", ""] in rows
    assert page.status.text() == "Saved raportti.csv."
    with qtbot.waitSignal(page.finished, timeout=20000):
        page.export_actions["pdf-sv"].trigger()
    assert (tmp_path / "raportti.pdf").read_bytes().startswith(b"%PDF")
    exports = AuditEntry.select().where(AuditEntry.action == "export").order_by(AuditEntry.id)
    assert [e.object_type for e in exports] == ["report", "report"]


def test_the_page_is_hidden_from_a_counsellor(make_window, context, sign_in_as):
    sign_in_as("counsellor")
    window = make_window()
    assert window.navigation.item(PAGE_KEYS.index("reports")).isHidden()
    assert not window.page_actions[PAGE_KEYS.index("reports")].isEnabled()


def test_a_counsellor_reaching_the_page_is_refused(make_window, context, sign_in_as, qtbot):
    sign_in_as("counsellor")
    context.settings.setValue("window/page", "reports")
    window = make_window()
    page = window.page_widgets["reports"]
    assert page.error.text() == "Reports are for managers and administrators."
    assert not page.compute_button.isEnabled()
    # Even if the button were pressed, the service refuses.
    page.refused = False
    with qtbot.waitSignal(page.finished, timeout=20000):
        page.compute()
    assert page.report is None
    assert page.error.text() == "Reports are for managers and administrators."
