"""The import wizard and the client list's export, driven through their widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from tyollistamo_gui.services import client_search
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.storage.models import Client, Employer
from tyollistamo_gui.ui.exchange.import_dialog import (
    CHECK_PAGE,
    COLUMNS_PAGE,
    RESULT_PAGE,
    ImportWizard,
)

from ..exchange_samples import (
    BAD_CODE_ROW,
    BAD_DATE_ROW,
    DUPLICATE_ROW,
    HEADERS,
    bad_xlsx,
    good_rows,
    write_xlsx,
)

WAIT = 15000


def open_wizard(qtbot, context, path, kind="clients") -> ImportWizard:
    wizard = ImportWizard(context, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == COLUMNS_PAGE, timeout=WAIT)
    return wizard


def to_check_page(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == CHECK_PAGE, timeout=WAIT)
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.busy, timeout=WAIT)


def listed_problems(wizard: ImportWizard) -> list[tuple[str, str, str]]:
    table = wizard.check_page.problems
    return [
        tuple(table.item(row, col).text() for col in range(3)) for row in range(table.rowCount())
    ]


def test_the_bad_rows_are_listed_and_all_or_nothing_writes_nothing(qtbot, context, tmp_path):
    wizard = open_wizard(qtbot, context, bad_xlsx(tmp_path / "bad.xlsx"))
    to_check_page(qtbot, wizard)
    problems = listed_problems(wizard)
    assert [(row, column) for row, column, _text in problems] == [
        (str(BAD_CODE_ROW), "Henkilötunnus"),
        (str(BAD_DATE_ROW), "Työtön alkaen"),
        (str(DUPLICATE_ROW), "Henkilötunnus"),
    ]
    assert "check character" in problems[0][2]
    assert problems[1][2] == "Write the date as day.month.year, e.g. 3.12.2026."
    assert "row 2" in problems[2][2]
    assert "6 rows in the file. 3 rows can be imported." in wizard.check_page.summary.text()

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    wizard.check_page.all_rows.click()
    assert not commit.isEnabled()
    assert "Nothing can be imported all at once" in wizard.check_page.note.text()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == CHECK_PAGE
    assert Client.select().count() == 0

    wizard.check_page.valid_rows.click()
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=WAIT)
    assert wizard.result_page.message.text() == (
        "Imported 3 clients. 3 rows with problems were not imported."
    )
    assert Client.select().count() == 3


def test_a_clean_file_is_imported_all_at_once(qtbot, context, tmp_path):
    wizard = open_wizard(qtbot, context, write_xlsx(tmp_path / "ok.xlsx", HEADERS, good_rows(4)))
    to_check_page(qtbot, wizard)
    assert wizard.check_page.all_rows.isChecked()
    assert not wizard.check_page.problems.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=WAIT)
    assert wizard.result_page.message.text() == "Imported 4 clients."
    assert Client.select().count() == 4


def test_only_the_first_problems_are_listed(qtbot, context, tmp_path, monkeypatch):
    from tyollistamo_gui.ui.exchange import import_dialog

    monkeypatch.setattr(import_dialog, "MAX_PROBLEMS_SHOWN", 2)
    wizard = open_wizard(qtbot, context, bad_xlsx(tmp_path / "bad.xlsx"))
    to_check_page(qtbot, wizard)
    assert wizard.check_page.problems.rowCount() == 2
    assert wizard.check_page.summary.text().endswith("The first 2 problems are shown.")


def test_cancel_during_all_or_nothing_writes_nothing(qtbot, context, tmp_path, monkeypatch):
    from tyollistamo_gui.services import importing

    monkeypatch.setattr(importing, "CHUNK", 1)
    wizard = open_wizard(qtbot, context, write_xlsx(tmp_path / "many.xlsx", HEADERS, good_rows(60)))
    to_check_page(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    # What the progress dialog's Cancel button does.
    wizard.worker.dialog.canceled.emit()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=WAIT)
    assert wizard.result_page.message.text() == "The import was cancelled. Nothing was written."
    assert Client.select().count() == 0


def test_the_columns_are_guessed_and_the_mapping_is_remembered(qtbot, context, tmp_path):
    path = write_xlsx(
        tmp_path / "odd.xlsx", ["Etunimi", "Sukunimi", "Huomio"], [["Anna", "Aho", "x"]]
    )
    wizard = open_wizard(qtbot, context, path)
    page = wizard.columns_page
    combos = [page.table.cellWidget(row, 2) for row in range(3)]
    assert [c.currentData() for c in combos] == ["first_name", "last_name", ""]
    assert page.table.item(0, 1).text() == "Anna"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    combos[1].setCurrentIndex(0)
    assert not next_button.isEnabled()
    assert "Last name" in page.status.text()
    combos[1].setCurrentIndex(combos[1].findData("first_name"))
    assert "one column only" in page.status.text() and not next_button.isEnabled()
    combos[1].setCurrentIndex(combos[1].findData("last_name"))
    combos[2].setCurrentIndex(combos[2].findData("consent_what"))
    assert next_button.isEnabled()
    to_check_page(qtbot, wizard)
    wizard.close()

    again = open_wizard(qtbot, context, path)
    combos = [again.columns_page.table.cellWidget(row, 2) for row in range(3)]
    assert [c.currentData() for c in combos] == ["first_name", "last_name", "consent_what"]


def test_a_file_without_a_header_row_is_mapped_by_hand(qtbot, context, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Anna;Aho\nBo;Ek\n", encoding="utf-8")
    wizard = open_wizard(qtbot, context, path)
    page = wizard.columns_page
    assert not page.has_header.isChecked()
    assert [page.table.item(row, 0).text() for row in range(2)] == ["Column 1", "Column 2"]
    assert page.table.item(0, 1).text() == "Anna, Bo"
    first, last = (page.table.cellWidget(row, 2) for row in range(2))
    first.setCurrentIndex(first.findData("first_name"))
    last.setCurrentIndex(last.findData("last_name"))
    to_check_page(qtbot, wizard)
    assert wizard.plan.total == 2 and wizard.plan.problems == []
    wizard.back()
    page.has_header.setChecked(True)
    assert [page.table.item(row, 0).text() for row in range(2)] == ["Anna", "Aho"]
    assert page.table.item(0, 1).text() == "Bo"


def test_an_unreadable_file_is_explained_next_to_the_field(qtbot, context, tmp_path):
    wizard = ImportWizard(context, "clients")
    qtbot.addWidget(wizard)
    wizard.show()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    wizard.file_page.path.setText(str(broken))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    error = wizard.file_page.error
    qtbot.waitUntil(lambda: error.text() != "", timeout=WAIT)
    assert error.text() == "The file cannot be read as an Excel workbook."
    assert wizard.currentId() == 0


def test_employers_are_imported(qtbot, context, tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes("Nimi;Y-tunnus\nSininauha ry;2129026-2\nTurku;0204819-8\n".encode("cp1252"))
    wizard = open_wizard(qtbot, context, path, "employers")
    to_check_page(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=WAIT)
    assert wizard.result_page.message.text() == "Imported 2 employers."
    assert Employer.select().count() == 2


def test_import_is_in_the_administration_menu_for_administrators_only(
    qtbot, make_window, sign_in_as
):
    sign_in_as("counsellor")
    window = make_window()
    assert not window.admin_actions["import_clients"].isEnabled()
    window.close()
    sign_in_as("administrator")
    window = make_window()
    assert window.admin_actions["import_clients"].isEnabled()
    assert window.admin_actions["import_employers"].isEnabled()


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_the_client_list_is_exported_with_its_search(
    qtbot, make_window, tmp_path, monkeypatch, suffix
):
    for first, last in (("Anna", "Aho"), ("Bo", "Ek"), ("Cecilia", "Aho")):
        client_service.create_client(client_service.ClientData(first_name=first, last_name=last))
    window = make_window()
    page = window.page_widgets["clients"]
    page.search.setText("aho")
    page.apply_filter()
    target = tmp_path / f"list.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_status.text() != "", timeout=WAIT)
    assert page.export_status.text() == f"Exported 2 clients to {target.name}."
    assert target.exists()
    from tyollistamo_gui.services import importing

    table = importing.load("clients", target)
    names = [row[2] for _number, row in table.data_rows()]
    assert names == ["Aho", "Aho"]
    assert client_search.count(client_search.SearchFilter(status="all")) == 3
