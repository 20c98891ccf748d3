"""Law references in the Swedish user interface: the rules table, a finding next to its
field and the retention periods cite the law in Swedish; the unit's own text stays as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import retention
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.unit import UnitInfo, save_unit_info
from tyollistamo_gui.storage.models import Employer
from tyollistamo_gui.ui.admin.retention_dialog import DataProtectionDialog

TODAY = dt.date.today()
FINNISH_LAW_WORDS = ("laki", "liite", "kohta", "momentti", "luku", "TSL", " ja ", " p ")


def d(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


@pytest.fixture
def swedish(context):
    context.set_language("sv", remember=False)
    return context


def _rules_dialog(make_window, qtbot):
    window = make_window()
    window.show_page("supported")
    dialog = window.page_widgets["supported"].open_rules()
    qtbot.addWidget(dialog)
    return dialog


def _source_cells(dialog, key):
    return [
        dialog.table.item(row, 3)
        for row in range(dialog.table.rowCount())
        if dialog.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key
    ]


def test_the_swedish_rules_table_cites_the_law_in_swedish(swedish, make_window, qtbot):
    svc.add_rule("contract.max_trial_months", "4", dt.date(2027, 1, 1), "TSL 55/2001 1:4 (KVS)")
    dialog = _rules_dialog(make_window, qtbot)
    built_in, own = _source_cells(dialog, "contract.max_trial_months")
    assert built_in.text().startswith("arbetsavtalslagen (55/2001) 1 kap. 4 § (")
    assert own.text().startswith("TSL 55/2001 1:4 (KVS) (")  # the unit's text, as typed
    hours = _source_cells(dialog, "work_trial.max_hours_per_day")[0]
    assert hours.text().startswith("380/2023 57 § 1 mom. 3 punkten (")
    assert hours.toolTip() == (
        "lagen om ordnande av arbetskraftsservice (380/2023) 57 § 1 mom. 3 punkten"
    )
    rows = svc.rule_table()
    for row, item in enumerate(dialog.table.item(r, 3) for r in range(len(rows))):
        if not rows[row].own:
            for word in FINNISH_LAW_WORDS:
                assert word not in item.text() + " ", (word, item.text())


@pytest.fixture
def trial_form(make_window, qtbot):
    """A new work-trial form of a client with an employer chosen, dates typed."""

    def make():
        save_unit_info(UnitInfo(name="Työpaja Kipinä ry", business_id="2129026-2"))
        client = client_service.create_client(
            ClientData(
                first_name="Greta",
                last_name="Gustafsson",
                benefit_status="labour_market_subsidy",
                unemployed_since=TODAY - dt.timedelta(days=800),
            )
        )
        Employer.create(name="Butiken Ab", business_id="0204819-8")
        window = make_window()
        card = window.open_client(client.id)
        assert card.show_tab("supported")
        dialog = card.tabs.currentWidget().new("work_trial")
        qtbot.addWidget(dialog)
        form = dialog.form
        combo = form.fields.inputs["employer_id"]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        for name, text in (
            ("start", d(TODAY - dt.timedelta(days=10))),
            ("end", d(TODAY + dt.timedelta(days=60))),
            ("hours_per_day", "9"),
        ):
            widget = form.fields.inputs[name]
            widget.setFocus()
            qtbot.keyClicks(widget, text)
        return form

    return make


def test_a_swedish_finding_next_to_its_field_cites_the_law_in_swedish(swedish, trial_form):
    form = trial_form()
    assert form.fields.errors["hours_per_day"].text() == (
        "Högst 8 timmar per dag; nu 9. (380/2023 57 § 1 mom. 3 punkten)"
    )


def test_a_finding_of_the_units_own_rule_shows_its_source_as_typed(swedish, trial_form):
    # Typed by the unit in the notation of the built-in rules: still shown as typed.
    svc.add_rule(
        "work_trial.max_hours_per_day", "7", dt.date(2025, 6, 1), "380/2023 57 § 1 mom 3 p"
    )
    form = trial_form()
    assert form.fields.errors["hours_per_day"].text() == (
        "Högst 7 timmar per dag; nu 9. (380/2023 57 § 1 mom 3 p)"
    )


def test_the_swedish_retention_periods_cite_the_law_in_swedish(swedish, qtbot):
    window = DataProtectionDialog(swedish)
    qtbot.addWidget(window)
    window.show()
    page = window.periods
    rows = retention.list_rules()
    basis = {rule.kind: page.table.item(row, 3).text() for row, rule in enumerate(rows)}
    assert basis["social_welfare"] == "703/2023 20 § och bilaga"
    assert basis["audit_log"] == "703/2023 bilaga, 11 §"
    assert basis["employment_relationship"] == "arbetsavtalslagen (55/2001) 6 kap. 7 §"
    for text in basis.values():
        for word in FINNISH_LAW_WORDS:
            assert word not in text + " ", (word, text)
    social = next(row for row, rule in enumerate(rows) if rule.kind == "social_welfare")
    assert page.table.item(social, 3).toolTip() == (
        "lagen om behandling av kunduppgifter inom social- och hälsovården (703/2023) "
        "20 § och bilaga"
    )

    # Saved with the reference as shown, the period keeps the law reference (read in
    # any language); a text the administrator typed is kept as typed.
    page.table.selectRow(social)
    assert page.source.text() == "703/2023 20 § och bilaga"
    page.years.edit.clear()
    qtbot.keyClicks(page.years.edit, "11")
    page.save_button.click()
    saved = [r for r in retention.list_rules() if r.kind == "social_welfare"]
    assert [(r.years, r.source, r.source_as_typed) for r in saved] == [
        (11, "703/2023 20 § ja liite", False)
    ]
    page.table.selectRow(social)
    page.source.edit.clear()
    qtbot.keyClicks(page.source.edit, "Kopavtal 2026")
    page.save_button.click()
    saved = [r for r in retention.list_rules() if r.kind == "social_welfare"]
    assert [(r.source, r.source_as_typed) for r in saved] == [("Kopavtal 2026", True)]


def test_the_employment_dialog_names_the_section_in_swedish(swedish, qtbot):
    from tyollistamo_gui.ui.supported.employment import EmploymentDialog

    client = client_service.create_client(ClientData(first_name="Bo", last_name="Ek"))
    dialog = EmploymentDialog(swedish, client.id)
    qtbot.addWidget(dialog)
    assert dialog.intro.text().endswith("kan inte ge arbetsprövningen (380/2023 54 § 2 mom.).")
    swedish.set_language("en", remember=False)
    QApplication.processEvents()  # the language change arrives as an event
    assert dialog.intro.text().endswith("cannot organise the trial (Act 380/2023, section 54(2)).")
