"""QApplication set-up: translators, crash handling, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, __version__, logsetup
from .resources import resource_path
from .standarddir import DataDirError, ensure_data_dir

log = logging.getLogger(__name__)

EXIT_AFTER_START = "TYOLLISTAMO_EXIT_AFTER_START"


def _application() -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    except FileNotFoundError:
        log.warning("application icon not found")
    return app


def open_database_interactively(context) -> bool:
    """Open the context's database, asking the user what to do when it cannot be opened.

    A server that cannot be reached (or refuses the login) gets Retry,
    Settings… and Exit; a SQLite file that cannot be used gets "new database
    elsewhere" and Exit.
    """
    from .services.database import (
        DATABASE_FILENAME,
        PassphraseNeeded,
        StorageError,
        open_database,
    )
    from .ui.encryption_dialogs import ask_passphrase
    from .ui.startup_dialogs import ask_database_problem, ask_server_problem

    target = context.database_target()
    passphrase = None  # an encrypted file's, asked before sign-in (README, Encryption)
    while True:
        try:
            # A shared server's schema is updated by its administrator
            # (`tyollistamo --database URL upgrade`), not by whichever
            # workstation happens to start a newer version first.
            opened = open_database(target, may_migrate=False, passphrase=passphrase)
        except PassphraseNeeded as exc:
            passphrase = ask_passphrase(
                exc.path, smoke_test=os.environ.get(EXIT_AFTER_START) == "1"
            )
            if passphrase is None:
                return False
            continue
        except StorageError as exc:
            log.error("cannot open database: %s", exc)
            if exc.is_server:
                choice = ask_server_problem(exc, context)
                if choice is None:
                    return False
                target = context.database_target()
                continue
            folder = ask_database_problem(exc)
            if folder is None:
                return False
            target = folder / DATABASE_FILENAME
            passphrase = None
            continue
        if opened.backup_path:
            log.info(
                "migrated %s from version %s; copy kept at %s",
                target,
                opened.migrated_from,
                opened.backup_path,
            )
        if not opened.is_server and target != context.database_path:
            context.database_path = target
            context.settings.setValue("database/path", str(target))
            if context.settings.value("database/kind", "sqlite") != "sqlite":
                context.settings.setValue("database/kind", "sqlite")
        return True


RUNNING_MUTEX = "Local\\TyollistamoRunning"
_running_mutex = None


def _announce_running() -> None:
    """On Windows, hold a named mutex while the app runs.

    The installer and the uninstaller look for it and refuse to replace or
    remove files of a running app.
    """
    global _running_mutex
    if sys.platform == "win32" and _running_mutex is None:
        import ctypes

        _running_mutex = ctypes.windll.kernel32.CreateMutexW(None, False, RUNNING_MUTEX)


def run_gui(data_dir: Path, language: str | None = None, database: str | None = None) -> int:
    _announce_running()
    app = _application()
    from .ui.context import AppContext
    from .ui.crash import CrashHandler

    try:
        ensure_data_dir(data_dir)
    except DataDirError as exc:
        QMessageBox.critical(None, "Työllistämö", str(exc))
        return 1
    handler = CrashHandler(logsetup.configure(data_dir))
    handler.install()
    try:
        context = AppContext.create(data_dir)
        context.database_url = database
        context.set_language(language or context.saved_language(), remember=False)
        if not open_database_interactively(context):
            return 1
        smoke_test = os.environ.get(EXIT_AFTER_START) == "1"
        window = sign_in_and_open_window(context, smoke_test=smoke_test)
        if window is None:
            return 0
        if smoke_test:
            window.shown.connect(app.quit)
        window.show()
    except Exception:
        handler.handle(*sys.exc_info())
        handler.show_dialog()
        return 1
    code = app.exec()
    close_and_back_up(context)
    return code


def sign_in_and_open_window(context, *, smoke_test: bool = False):
    """The first administrator or a sign-in, then the main window (None: nobody signed in)."""
    from .services.database import database_location
    from .ui.sign_in import sign_in_interactively

    log.info(
        "started %s, data folder %s, database %s",
        __version__,
        context.data_dir,
        database_location(),
    )
    if not sign_in_interactively(smoke_test=smoke_test):
        close_and_back_up(context)
        return None
    from .ui.main_window import MainWindow

    return MainWindow(context)


def close_and_back_up(context) -> None:
    """At exit: the daily backup (the windows are gone, nobody waits for it), sign out, close."""
    from .services import accounts, backups
    from .services.database import close_database
    from .ui.workers import stop_all

    stop_all()  # a report or export still running is cancelled, its transaction rolled back

    try:
        made = backups.backup_if_due(context.data_dir)
        if made is not None:
            log.info("backup at exit: %s", made)
    except Exception:
        log.exception("backup at exit failed")
    try:
        accounts.sign_out()
    except Exception:
        log.exception("signing out at exit")
    close_database()
