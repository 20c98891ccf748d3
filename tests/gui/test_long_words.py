"""Finnish and Swedish words are long: no label or button may be cut short."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tyollistamo_gui.ui.about_dialog import AboutDialog
from tyollistamo_gui.ui.settings_dialog import SettingsDialog


def clipped(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        label = isinstance(widget, QLabel) and not widget.wordWrap()
        if not (label or isinstance(widget, QAbstractButton)) or not widget.text():
            continue
        if widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} px")
    return problems


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_dialogs_and_window_fit_their_texts(qtbot, context, make_window, language):
    context.set_language(language, remember=False)
    from tyollistamo_gui.services.clients import ClientData, create_client

    record = create_client(ClientData(first_name="Anna-Maria", last_name="Hämäläinen-Söderholm"))
    window = make_window()
    QApplication.processEvents()
    assert clipped(window) == []
    card = window.open_client(record.id)
    qtbot.waitExposed(card)
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clipped(card) == [], f"client card tab {index}"
    for dialog_class in (SettingsDialog, AboutDialog):
        dialog = dialog_class(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        pages = (
            [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
            if hasattr(dialog, "tabs")
            else [dialog]
        )
        for index, _page in enumerate(pages):
            if hasattr(dialog, "tabs"):
                dialog.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert clipped(dialog) == [], f"{dialog_class.__name__} page {index}"
