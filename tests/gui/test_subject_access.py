"""Subject-access export from the client card, through the real widgets."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.ui.clients.client_card import ClientCard


def _card(qtbot, context, **data):
    record = client_service.create_client(
        ClientData(first_name="Aino", last_name="Asiakas", **data)
    )
    client_service.add_note(record.id, "Tapaaminen <sovittu> & pidetty")
    card = ClientCard(context, record.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    return card, record


def test_export_from_the_client_card_writes_the_zip_and_says_where(
    qtbot, context, tmp_path, monkeypatch
):
    card, record = _card(qtbot, context, service_language="sv")
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    assert card.export_button.isVisible()
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    dialog = card.subject_access_dialog
    qtbot.waitExposed(dialog)
    # The client's language is offered first; the suggested name follows the language.
    assert dialog.chosen_language() == "sv"
    assert "registerutdrag-" in dialog.file.text()
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
    assert dialog.chosen_language() == "fi"
    assert "tarkastusoikeus-" in dialog.file.text()
    target = tmp_path / "pyynto"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.file.text() == str(target)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = tmp_path / "pyynto.zip"
    assert not ok.isEnabled()  # no second export while the first runs
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20000)
    assert dialog.result_path == saved and not dialog.isVisible()
    assert told == [f"The subject-access export was saved to {saved}"]
    with zipfile.ZipFile(saved) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["sections"]["notes"][0]["fields"]["text"] == "Tapaaminen <sovittu> & pidetty"
    row = AuditEntry.select().where(AuditEntry.action == "export").get()
    assert row.client_id == record.id


def test_a_missing_folder_is_said_next_to_the_field_and_nothing_written(
    qtbot, context, tmp_path, monkeypatch
):
    card, _record = _card(qtbot, context)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    dialog = card.subject_access_dialog
    dialog.file.edit.clear()
    qtbot.keyClicks(dialog.file.edit, str(tmp_path / "nowhere" / "x.zip"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.file.error.isVisible()
    assert "does not exist" in dialog.file.error.text()
    dialog.file.edit.clear()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.file.error.text() == "Give the name of the file to save."
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 0
    dialog.reject()


def test_a_file_that_cannot_be_written_is_said_next_to_the_field(
    qtbot, context, tmp_path, monkeypatch
):
    from tyollistamo_gui.services import subject_access

    card, _record = _card(qtbot, context)
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    dialog = card.subject_access_dialog
    (tmp_path / "folder.zip").mkdir()
    dialog.file.setText(str(tmp_path / "folder"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.file.error.text() == "This is a folder; give a file name."

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(subject_access, "export_client", disk_full)
    dialog.file.setText(str(tmp_path / "full.zip"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file.error.isVisible(), timeout=20000)
    assert "No space left on device" in dialog.file.error.text()
    assert dialog.isVisible() and dialog.result_path is None
    qtbot.waitUntil(ok.isEnabled)
    dialog.reject()
