"""The main window: navigation on the left, the chosen page on the right, menus on top."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import APP_DISPLAY_NAME
from ..resources import resource_path
from .clients.clients_page import ClientsPage
from .context import AppContext
from .global_search import GlobalSearch
from .register_pages import EmployersPage

PAGE_KEYS = ("clients", "coaching", "employers", "groups")


def icon(name: str) -> QIcon:
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app"))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.cards: dict[int | None, QWidget] = {}
        # Pages are made when first shown; until then an empty widget holds the place.
        self.page_widgets: dict[str, QWidget] = {}
        for key in PAGE_KEYS:
            item = QListWidgetItem(icon(key), "", self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.pages.addWidget(QWidget(self.pages))
        self.navigation.currentRowChanged.connect(self._show_row)

        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.global_search = GlobalSearch(self)
        self.global_search.open_client.connect(self.open_client)
        toolbar = self.addToolBar("search")
        toolbar.setObjectName("searchToolBar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.global_search)
        self.search_toolbar = toolbar

        self._build_actions()
        self._build_menus()
        self.retranslateUi()
        self.statusBar()
        self._restore_state()

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_settings = QAction(self)
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.triggered.connect(self.open_settings)
        self.action_quit = QAction(self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        if self.action_quit.shortcut().isEmpty():
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        self.action_about = QAction(self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.open_about)
        self.page_actions = []
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(icon(key), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda checked=False, k=key: self.show_page(k))
            self.page_actions.append(action)
        self.action_find = QAction(self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self.global_search.focus)
        self.action_new_client = QAction(icon("clients"), "", self)
        self.action_new_client.setShortcut(QKeySequence.StandardKey.New)
        self.action_new_client.triggered.connect(lambda: self.open_client(None))
        # Shortcuts work even while the menu bar is hidden or not yet shown.
        self.addActions(
            [
                self.action_settings,
                self.action_quit,
                self.action_find,
                self.action_new_client,
                *self.page_actions,
            ]
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.action_new_client)
        self.menu_file.addAction(self.action_find)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_go = bar.addMenu("")
        for action in self.page_actions:
            self.menu_go.addAction(action)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.action_about)

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.action_settings.setText(self.tr("&Settings..."))
        self.action_quit.setText(self.tr("&Quit"))
        self.action_about.setText(self.tr("&About Työllistämö"))
        self.action_find.setText(self.tr("&Find client..."))
        self.action_new_client.setText(self.tr("&New client..."))
        self.search_toolbar.setWindowTitle(self.tr("Search"))
        names = {
            "clients": self.tr("Clients"),
            "coaching": self.tr("Coaching"),
            "employers": self.tr("Employers"),
            "groups": self.tr("Groups"),
        }
        for row, key in enumerate(PAGE_KEYS):
            self.navigation.item(row).setText(names[key])
            self.page_actions[row].setText(names[key])
        self.navigation.setAccessibleName(self.tr("Navigation"))
        metrics = self.navigation.fontMetrics()
        text_width = max(
            metrics.horizontalAdvance(self.navigation.item(row).text())
            for row in range(self.navigation.count())
        )
        icon_width = self.navigation.iconSize().width()
        self.navigation.setMinimumWidth(text_width + icon_width + 48)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- pages ------------------------------------------------------------------------------

    def _make_page(self, key: str) -> QWidget:
        if key == "clients":
            page = ClientsPage(self.context, self)
            page.open_client.connect(self.open_client)
        elif key == "coaching":
            from .coaching.pages import CoachingPage

            page = CoachingPage(self.context, self)
        elif key == "groups":
            from .coaching.pages import GroupsPage

            page = GroupsPage(self.context, self)
        else:
            page = EmployersPage(self.context, self)
            page.open_client.connect(self.open_client)
        row = PAGE_KEYS.index(key)
        placeholder = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.page_widgets[key] = page
        return page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        page = self.page_widgets.get(key) or self._make_page(key)
        # A page loads its data when first shown, so start-up pays for one page only.
        if not page.loaded:
            page.reload()
        self.pages.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def current_page(self) -> str:
        return PAGE_KEYS[max(self.navigation.currentRow(), 0)]

    # -- client cards -----------------------------------------------------------------------

    def open_client(self, client_id: int | None) -> QWidget:
        """Open the client's card, or raise it if it is already open."""
        from .clients.client_card import ClientCard

        card = self.cards.get(client_id) if client_id is not None else None
        if card is None:
            card = ClientCard(self.context, client_id, self)
            card.saved.connect(self._client_saved)
            card.open_client.connect(self.open_client)
            card.destroyed.connect(lambda _obj=None, c=card: self._forget_card(c))
            if client_id is not None:
                self.cards[client_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def _forget_card(self, card: QWidget) -> None:
        for key, value in list(self.cards.items()):
            if value is card:
                del self.cards[key]

    def _client_saved(self, client_id: int) -> None:
        card = self.sender()
        if card is not None and client_id not in self.cards:
            self.cards[client_id] = card
        page = self.page_widgets.get("clients")
        if page is not None:
            page.reload()

    # -- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.exec()

    def open_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self.context, self).exec()

    # -- state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1100, 720)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([self.navigation.minimumWidth(), self.width()])
        page = settings.value("window/page", PAGE_KEYS[0])
        self.show_page(page if page in PAGE_KEYS else PAGE_KEYS[0])

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/page", self.current_page())
        settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.shown.emit)
