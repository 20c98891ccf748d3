"""Settings → Security: the administrator's backups and idle lock; what others may change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tyollistamo_gui.services import backups, unit
from tyollistamo_gui.ui.settings_dialog import SettingsDialog


def test_back_up_now_runs_off_the_gui_thread_and_shows_the_result(context, qtbot, tmp_path):
    unit.save_unit_info(unit.UnitInfo(name="Paja"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    page = dialog.security_page
    assert page is not None
    assert page.last.text().startswith("No backup yet.")
    page.folder.setText(str(tmp_path / "network-drive"))
    page.keep.setValue(3)
    page.run_button.click()
    qtbot.waitUntil(lambda: page.thread is None, timeout=10_000)
    assert page.status.text().startswith("Backed up to ")
    assert page.last.text().startswith("Last backup: ")
    assert len(backups.list_backups(context.data_dir)) == 1
    assert backups.load_settings(context.data_dir).keep == 3
    page.idle.setValue(5)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    assert int(context.settings.value("security/idle_minutes")) == 5


def test_a_file_is_not_a_backup_folder(context, qtbot, tmp_path):
    unit.save_unit_info(unit.UnitInfo(name="Paja"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    file = tmp_path / "file.txt"
    file.write_text("x")
    dialog.security_page.folder.setText(str(file))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0
    assert dialog.security_page.status.text() == "This is a file, not a folder."
    assert dialog.tabs.currentWidget() is dialog.security_page


@pytest.mark.parametrize("role", ["counsellor", "manager"])
def test_others_see_no_security_tab_and_cannot_change_the_unit(context, qtbot, sign_in_as, role):
    sign_in_as(role)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.security_page is None
    assert dialog.fields["name"].edit.isReadOnly()
    assert not dialog.me.isVisibleTo(dialog)
    before = unit.get_unit_info()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # language only
    assert unit.get_unit_info() == before
