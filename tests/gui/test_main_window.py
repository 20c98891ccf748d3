from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage.models import Client
from tyollistamo_gui.ui.main_window import PAGE_KEYS


def test_window_shows_registers_and_counts(make_window, qtbot):
    fill_demo(1000, seed=2)
    window = make_window()
    assert window.windowTitle() == "Työllistämö"
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names[0].startswith("Today")  # with the count once it is known: "Today (12)"
    assert names[1] == "Clients"
    assert {"Guidance", "Coaching", "Supported work", "Employers", "Groups"} <= set(names)
    clients = window.page_widgets["clients"]
    qtbot.waitUntil(lambda: clients.summary.text() != "")
    assert clients.summary.text() == f"{clients.model.total} clients."
    assert clients.model.total == Client.select().where(Client.status == "active").count()
    # Only the first page of rows is loaded at start.
    assert clients.model.rowCount() == 100
    first = clients.model.index(0, 0).data()
    assert first and first[0].isupper() and ", " in first
    codes = [clients.model.index(r, 1).data() for r in range(clients.model.rowCount())]
    assert all(code.endswith("****") for code in codes if code)


def test_scrolling_fetches_more_rows(make_window, qtbot):
    fill_demo(1000, seed=2)
    window = make_window()
    table = window.page_widgets["clients"].table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() > 100)


def test_navigation_by_click_and_shortcut(make_window, qtbot):
    fill_demo(20, seed=1)
    window = make_window()
    item = window.navigation.item(PAGE_KEYS.index("employers"))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.page_widgets["employers"]
    assert window.page_widgets["employers"].summary.text() == "5 employers in the register."
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "clients"
    qtbot.keyClick(window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "today"


def test_geometry_and_last_page_are_remembered(make_window, qtbot):
    window = make_window()
    # The offscreen screen is 800 x 600; restoreGeometry keeps windows on screen.
    window.resize(700, 500)
    window.move(QPoint(40, 30))
    window.show_page("employers")
    window.close()
    again = make_window()
    assert again.current_page() == "employers"
    assert (again.width(), again.height()) == (700, 500)


def test_empty_register_says_so(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.page_widgets["clients"].summary.text() != "")
    assert window.page_widgets["clients"].summary.text() == "0 clients."


def test_switching_language_retranslates_open_window(make_window, context):
    fill_demo(3, seed=1)
    window = make_window()
    context.set_language("fi")
    QApplication.processEvents()
    assert window.menu_file.title() == "&Tiedosto"
    assert window.navigation.item(PAGE_KEYS.index("clients")).text() == "Asiakkaat"
    clients = window.page_widgets["clients"]
    assert clients.summary.text() == f"{clients.model.total} asiakasta."
    assert clients.model.headerData(0, Qt.Orientation.Horizontal) == "Nimi"
    context.set_language("sv")
    QApplication.processEvents()
    assert window.menu_file.title() == "&Arkiv"
    assert clients.title.text() == "Klienter"
    assert context.settings.value("ui/language") == "sv"


def test_quit_action_closes_and_saves_state(make_window, context):
    window = make_window()
    window.show_page("employers")
    window.action_quit.trigger()
    assert not window.isVisible()
    assert context.settings.value("window/page") == "employers"
