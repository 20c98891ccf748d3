"""The employer register driven through its widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tyollistamo_gui.services import employers as svc
from tyollistamo_gui.storage.models import Employer
from tyollistamo_gui.ui.employers.employer_dialog import EmployerDialog


def _open_new(window, qtbot) -> EmployerDialog:
    window.show_page("employers")
    page = window.page_widgets["employers"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(EmployerDialog) if d.record is None)
    qtbot.waitExposed(dialog)
    return dialog


def test_invalid_then_valid_business_id(make_window, qtbot):
    window = make_window()
    dialog = _open_new(window, qtbot)
    fields = dialog.fields
    qtbot.keyClicks(fields.inputs["name"], "Puutarha Virtanen Oy")
    qtbot.keyClicks(fields.inputs["business_id"], "2129026-3")
    qtbot.keyClicks(fields.inputs["industry"], "Gardening")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert (
        fields.errors["business_id"].text() == "The check digit of the Business ID does not match."
    )
    assert fields.errors["business_id"].isVisible()
    assert dialog.focusWidget() is fields.inputs["business_id"]
    assert Employer.select().count() == 0

    fields.inputs["business_id"].selectAll()
    qtbot.keyClicks(fields.inputs["business_id"], "2129026-2")
    qtbot.mouseClick(dialog.add_contact_button, Qt.MouseButton.LeftButton)
    dialog.contacts.item(0, 0).setText("Anna Esimies")
    dialog.contacts.item(0, 2).setText("040 123 4567")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert fields.errors["business_id"].text() == ""
    stored = svc.get_employer(Employer.get().id).data
    assert (stored.name, stored.business_id, stored.industry) == (
        "Puutarha Virtanen Oy",
        "2129026-2",
        "Gardening",
    )
    assert stored.contacts == (svc.ContactPerson("Anna Esimies", "", "040 123 4567", ""),)
    page = window.page_widgets["employers"]
    assert page.summary.text() == "1 employer in the register."
    assert dialog.windowTitle() == "Employer: Puutarha Virtanen Oy"


def test_duplicate_business_id_is_told_next_to_the_field(make_window, qtbot):
    svc.create_employer(svc.EmployerData(name="Turku", business_id="0204819-8"))
    window = make_window()
    dialog = _open_new(window, qtbot)
    qtbot.keyClicks(dialog.fields.inputs["name"], "Someone else")
    qtbot.keyClicks(dialog.fields.inputs["business_id"], "0204819-8")
    assert not dialog.save()
    assert dialog.fields.errors["business_id"].text() == (
        "Turku already has this Business ID. Nothing was saved."
    )
    assert Employer.select().count() == 1


def test_enter_on_the_list_opens_the_employer(make_window, qtbot):
    record = svc.create_employer(svc.EmployerData(name="Raisio", business_id="0204428-5"))
    window = make_window()
    window.show_page("employers")
    page = window.page_widgets["employers"]
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = next(d for d in page.findChildren(EmployerDialog))
    assert dialog.record.id == record.id
    assert dialog.fields.value("name") == "Raisio"
