"""The main window: navigation on the left, the chosen page on the right, menus on top."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import APP_DISPLAY_NAME
from ..domain import access
from ..resources import resource_path
from ..services import accounts, session
from .clients.clients_page import ClientsPage
from .context import AppContext
from .global_search import GlobalSearch
from .register_pages import EmployersPage

PAGE_KEYS = (
    "today",
    "clients",
    "guidance",
    "coaching",
    "supported",
    "employers",
    "groups",
    "reports",
)

IDLE_MINUTES_KEY = "security/idle_minutes"
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class _ActivityWatcher(QObject):
    """Restarts the idle timer on any keyboard or mouse input in the application."""

    def __init__(self, timer: QTimer, parent: QObject):
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class NoAccessPage(QLabel):
    """In place of a page the signed-in user's roles do not open."""

    loaded = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NoAccessPage")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setText(
            self.tr(
                "Your role does not give access to client data. An administrator can add "
                "the counsellor or manager role to your account."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reload(self) -> None:
        pass


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
        self.today_count = 0
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
        self._apply_permissions()

        self.locked = False
        self.lock_dialog = None
        self._hidden_while_locked: list[QWidget] = []
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_idle_minutes(self.idle_minutes())
        self._activity = _ActivityWatcher(self.idle_timer, self)
        QApplication.instance().installEventFilter(self._activity)

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
        self.action_lock = QAction(self)
        self.action_lock.setObjectName("action_lock")
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.triggered.connect(self.lock)
        self.action_change_password = QAction(self)
        self.action_change_password.triggered.connect(self.change_password)
        self.admin_actions: dict[str, QAction] = {}
        for key in (
            "users",
            "audit_log",
            "data_protection",
            "privacy_notice",
            "import_clients",
            "import_employers",
        ):
            action = QAction(self)
            action.setObjectName(f"action_{key}")
            action.triggered.connect(lambda checked=False, k=key: self.open_admin(k))
            self.admin_actions[key] = action
        # Shortcuts work even while the menu bar is hidden or not yet shown.
        self.addActions(
            [
                self.action_settings,
                self.action_quit,
                self.action_find,
                self.action_new_client,
                self.action_lock,
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
        self.menu_file.addAction(self.action_change_password)
        self.menu_file.addAction(self.action_lock)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_go = bar.addMenu("")
        for action in self.page_actions:
            self.menu_go.addAction(action)
        self.menu_admin = bar.addMenu("")
        for action in self.admin_actions.values():
            self.menu_admin.addAction(action)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.action_about)

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_admin.setTitle(self.tr("&Administration"))
        self.admin_actions["users"].setText(self.tr("&Users and roles..."))
        self.admin_actions["audit_log"].setText(self.tr("&Audit log..."))
        self.admin_actions["data_protection"].setText(self.tr("&Data protection and erasure..."))
        self.admin_actions["privacy_notice"].setText(self.tr("&Privacy notice..."))
        self.admin_actions["import_clients"].setText(self.tr("&Import clients..."))
        self.admin_actions["import_employers"].setText(self.tr("Import &employers..."))
        self.action_lock.setText(self.tr("&Lock"))
        self.action_change_password.setText(self.tr("C&hange password..."))
        self.action_settings.setText(self.tr("&Settings..."))
        self.action_quit.setText(self.tr("&Quit"))
        self.action_about.setText(self.tr("&About Työllistämö"))
        self.action_find.setText(self.tr("&Find client..."))
        self.action_new_client.setText(self.tr("&New client..."))
        self.search_toolbar.setWindowTitle(self.tr("Search"))
        names = {
            "today": self.tr("Today"),
            "clients": self.tr("Clients"),
            "guidance": self.tr("Guidance"),
            "coaching": self.tr("Coaching"),
            "supported": self.tr("Supported work"),
            "employers": self.tr("Employers"),
            "groups": self.tr("Groups"),
            "reports": self.tr("Reports"),
        }
        for row, key in enumerate(PAGE_KEYS):
            text = names[key]
            self.page_actions[row].setText(text)
            if key == "today" and self.today_count:
                text = self.tr("Today (%1)").replace("%1", str(self.today_count))
            self.navigation.item(row).setText(text)
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
        if key in ("today", "clients", "coaching", "groups") and not session.has(
            access.CLIENTS_LIST
        ):
            page = NoAccessPage(self)
        elif key == "today":
            from .today_page import TodayPage

            page = TodayPage(self.context, self)
            page.open_item.connect(self.open_client_tab)
            page.count_changed.connect(self._today_count_changed)
        elif key == "clients":
            page = ClientsPage(self.context, self)
            page.open_client.connect(self.open_client)
        elif key == "guidance":
            from .guidance.guidance_page import GuidancePage

            page = GuidancePage(self.context, self)
            page.open_client.connect(self.open_client)
        elif key == "coaching":
            from .coaching.pages import CoachingPage

            page = CoachingPage(self.context, self)
        elif key == "groups":
            from .coaching.pages import GroupsPage

            page = GroupsPage(self.context, self)
        elif key == "reports":
            from .reports.page import ReportsPage

            page = ReportsPage(self.context, self)
            page.open_client.connect(self.open_client)
        elif key == "supported":
            from .supported.page import SupportedWorkPage

            page = SupportedWorkPage(self.context, self)
            page.open_client.connect(self.open_client)
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

    def _today_count_changed(self, count: int) -> None:
        self.today_count = count
        self.retranslateUi()

    def open_client_tab(self, client_id: int, tab: str) -> QWidget:
        """Open the client's card at the tab named ``tab`` (from the Today page)."""
        card = self.open_client(client_id)
        if tab:
            card.show_tab(tab)
        return card

    def open_client(self, client_id: int | None) -> QWidget:
        """Open the client's card, or raise it if it is already open."""
        from .clients.client_card import ClientCard

        card = self.cards.get(client_id) if client_id is not None else None
        if card is None:
            reason = ""
            if client_id is not None:
                reason = self._access_reason(client_id)
                if reason is None:
                    return None
            elif not session.has(access.CLIENTS_CREATE):
                return None
            card = ClientCard(self.context, client_id, self, reason=reason)
            card.saved.connect(self._client_saved)
            card.open_client.connect(self.open_client)
            card.destroyed.connect(lambda _obj=None, c=card: self._forget_card(c))
            if client_id is not None:
                self.cards[client_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def _access_reason(self, client_id: int) -> str | None:
        """ "" when the user may open the client, the reason they gave, or None to not open."""
        from .sign_in import ReasonDialog

        verdict = session.client_access(client_id)
        if verdict == "allowed":
            return ""
        if verdict == "denied":
            QMessageBox.information(
                self,
                self.tr("No access"),
                self.tr("Your role does not give access to this client's data."),
            )
            return None
        dialog = ReasonDialog(self._client_name(client_id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return None
        return dialog.text()

    def _client_name(self, client_id: int) -> str:
        from ..services.client_search import name_of

        return name_of(client_id)

    def _forget_card(self, card: QWidget) -> None:
        for key, value in list(self.cards.items()):
            if value is card:
                del self.cards[key]

    def _client_saved(self, client_id: int) -> None:
        card = self.sender()
        if card is not None and client_id not in self.cards:
            self.cards[client_id] = card
        for key in ("clients", "today"):
            page = self.page_widgets.get(key)
            if page is not None:
                page.reload()

    def refresh_today(self) -> None:
        """Load (or reload) the Today page, so that its count shows on the navigation."""
        page = self.page_widgets.get("today") or self._make_page("today")
        page.reload()

    # -- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        # Who am I may have changed: the Today page shows that person's tasks.
        if "today" in self.page_widgets:
            self.refresh_today()

    def open_admin(self, key: str) -> None:
        if key == "users":
            from .admin.users_dialog import UsersDialog

            dialog = UsersDialog(self.context, self)
        elif key == "audit_log":
            from .admin.audit_dialog import AuditLogDialog

            dialog = AuditLogDialog(self.context, self)
        elif key == "data_protection":
            from .admin.retention_dialog import DataProtectionDialog

            dialog = DataProtectionDialog(self.context, self)
        elif key == "privacy_notice":
            from .admin.retention_dialog import open_privacy_notice

            open_privacy_notice(self.context, self)
            return
        elif key in ("import_clients", "import_employers"):
            from .exchange.import_dialog import ImportWizard

            dialog = ImportWizard(self.context, key.removeprefix("import_"), self)
            dialog.exec()
            dialog.deleteLater()
            # The lists show what was imported.
            for name in ("clients", "employers"):
                page = self.page_widgets.get(name)
                if page is not None and page.loaded:
                    page.reload()
            return
        else:
            return
        dialog.exec()
        # Closed is gone: a hidden dialog would still react to language changes and sign-outs.
        dialog.deleteLater()

    def change_password(self) -> None:
        from .sign_in import ChangePasswordDialog

        ChangePasswordDialog(self).exec()

    def _apply_permissions(self) -> None:
        self.action_new_client.setEnabled(session.has(access.CLIENTS_CREATE))
        can_list = session.has(access.CLIENTS_LIST)
        self.global_search.setEnabled(can_list)
        self.action_find.setEnabled(can_list)
        # Reports are for managers and administrators: the others do not see the page.
        may_report = session.has(access.REPORTS)
        self.navigation.item(PAGE_KEYS.index("reports")).setHidden(not may_report)
        self.page_actions[PAGE_KEYS.index("reports")].setEnabled(may_report)
        self.admin_actions["users"].setEnabled(session.has(access.USERS_MANAGE))
        self.admin_actions["audit_log"].setEnabled(session.has(access.AUDIT_VIEW))
        self.admin_actions["data_protection"].setEnabled(session.has(access.RETENTION_MANAGE))
        self.admin_actions["privacy_notice"].setEnabled(session.has(access.UNIT_SETTINGS))
        for key in ("import_clients", "import_employers"):
            self.admin_actions[key].setEnabled(session.has(access.DATA_IMPORT))
        self.menu_admin.menuAction().setVisible(
            any(action.isEnabled() for action in self.admin_actions.values())
        )

    # -- locking ----------------------------------------------------------------------------

    def idle_minutes(self) -> int:
        try:
            value = int(self.context.settings.value(IDLE_MINUTES_KEY, access.DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            value = access.DEFAULT_IDLE_MINUTES
        return max(1, value)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(max(1, minutes) * 60_000)
        if not self.locked:
            self.idle_timer.start()

    def lock(self) -> None:
        """Hide everything until the signed-in user gives their password again."""
        from .sign_in import LockDialog

        user = session.current_user()
        if self.locked or user is None:
            return
        self.locked = True
        self.idle_timer.stop()
        try:
            accounts.lock()
        except Exception:  # the lock must happen even if the log cannot be written now
            pass
        self._hidden_while_locked = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self and widget.isVisible()
        ]
        for widget in self._hidden_while_locked:
            widget.hide()
        self.centralWidget().hide()
        self.search_toolbar.hide()
        self.menuBar().setEnabled(False)
        self.lock_dialog = LockDialog(user.display_name, self)
        self.lock_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        self.lock_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self.close()
            return
        self.locked = False
        self.centralWidget().show()
        self.search_toolbar.show()
        self.menuBar().setEnabled(True)
        for widget in self._hidden_while_locked:
            widget.show()
        self._hidden_while_locked = []
        self.idle_timer.start()

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
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self._activity)
        self.save_state()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.shown.emit)
        # After the first paint: the count of things to do, on the navigation.
        if "today" not in self.page_widgets:
            QTimer.singleShot(0, self, self.refresh_today)
