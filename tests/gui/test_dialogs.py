from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tyollistamo_gui.services.unit import UnitInfo, get_unit_info, save_unit_info
from tyollistamo_gui.ui.about_dialog import AboutDialog
from tyollistamo_gui.ui.settings_dialog import SettingsDialog


def make_png(path: Path) -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5c8c"))
    assert image.save(str(path))
    return path.read_bytes()


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_settings(qtbot, context):
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    return dialog


def test_about_shows_version_database_and_schema(qtbot, context, db):
    dialog = AboutDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.values["version"].text() == "0.1.0"
    assert dialog.values["database"].text() == str(db.path)
    assert dialog.values["schema"].text() == str(db.schema_version)
    assert dialog.values["data_dir"].text() == str(context.data_dir)
    assert "GPL" in dialog.values["licence"].text()


def test_settings_saves_unit_information(qtbot, context):
    dialog = open_settings(qtbot, context)
    fields = dialog.fields
    qtbot.keyClicks(fields["name"].edit, "Tyopaja Verso ry")
    qtbot.keyClicks(fields["business_id"].edit, "2129026-2")
    qtbot.keyClicks(fields["street_address"].edit, "Kauppakatu 1")
    qtbot.keyClicks(fields["postal_code"].edit, "20100")
    fields["post_office"].setText("Åbo")
    qtbot.keyClicks(fields["email"].edit, "toimisto@verso.fi")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = get_unit_info()
    assert (stored.name, stored.business_id, stored.postal_code, stored.post_office) == (
        "Tyopaja Verso ry",
        "2129026-2",
        "20100",
        "Åbo",
    )


def test_bad_business_id_is_explained_next_to_the_field_and_nothing_saved(qtbot, context):
    save_unit_info(UnitInfo(name="Verso"))
    before = get_unit_info()
    dialog = open_settings(qtbot, context)
    qtbot.keyClicks(dialog.fields["business_id"].edit, "2129026-3")
    error = dialog.fields["business_id"].error
    assert error.isVisible()
    assert error.text() == "The check digit of the Business ID does not match."
    qtbot.keyClicks(dialog.fields["postal_code"].edit, "123")
    assert dialog.fields["postal_code"].error.text() == "A postal code has five digits, e.g. 00100."
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert get_unit_info() == before
    # Correcting the value clears the message and saving works.
    dialog.fields["business_id"].edit.clear()
    qtbot.keyClicks(dialog.fields["business_id"].edit, "2129026-2")
    assert not error.isVisible()
    dialog.fields["postal_code"].edit.clear()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert get_unit_info().business_id == "2129026-2"


def test_empty_name_is_refused_on_ok(qtbot, context):
    dialog = open_settings(qtbot, context)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["name"].error.text() == "This field is required."
    assert get_unit_info().name == ""


def test_logo_is_chosen_checked_and_saved(qtbot, context, tmp_path):
    dialog = open_settings(qtbot, context)
    qtbot.keyClicks(dialog.fields["name"].edit, "Verso")
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a not really")
    dialog.set_logo_file(bad)
    assert dialog.logo_error.text() == "The logo must be a PNG or JPEG image."
    good = tmp_path / "logo.png"
    png = make_png(good)
    dialog.set_logo_file(good)
    assert dialog.logo_error.text() == ""
    assert not dialog.logo_preview.pixmap().isNull()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert get_unit_info().logo == png
    dialog = open_settings(qtbot, context)
    qtbot.mouseClick(dialog.logo_remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert get_unit_info().logo is None


def test_unreadable_logo_file_is_reported(qtbot, context, tmp_path):
    dialog = open_settings(qtbot, context)
    dialog.set_logo_file(Path(tmp_path / "missing.png"))
    assert dialog.logo_error.text().startswith("The file cannot be read:")


def test_concurrent_change_is_reported_and_second_ok_overwrites(qtbot, context, monkeypatch):
    save_unit_info(UnitInfo(name="Alku"))
    dialog = open_settings(qtbot, context)
    # Another workstation saves while the dialog is open.
    save_unit_info(UnitInfo(name="Toinen", version=get_unit_info().version))
    warnings = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda *args: warnings.append(args[1])
    )
    dialog.fields["name"].setText("Minun")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert warnings == ["Changed on another workstation"]
    assert get_unit_info().name == "Toinen"
    assert dialog.isVisible()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert get_unit_info().name == "Minun"


def test_language_choice_applies_at_once_and_is_remembered(qtbot, context, make_window):
    window = make_window()
    save_unit_info(UnitInfo(name="Verso"))

    def choose_swedish():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_swedish)
    window.action_settings.trigger()
    QApplication.processEvents()
    assert window.menu_help.title() == "&Hjälp"
    assert context.settings.value("ui/language") == "sv"
    assert context.saved_language() == "sv"


def test_settings_dialog_retranslates_while_open(qtbot, context):
    dialog = open_settings(qtbot, context)
    context.set_language("fi", remember=False)
    QApplication.processEvents()
    assert dialog.windowTitle() == "Asetukset"
    assert dialog.field_labels["business_id"].text() == "Y-&tunnus:"
    assert _ok(dialog).text() == "OK"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"
