"""What the user sees when the database cannot be opened at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..services.database import (
    DatabaseTooNew,
    DatabaseUnreadable,
    NeedsMigration,
    PassphraseNeeded,
    ServerUnreachable,
    StorageError,
    WrongPassphrase,
)


def server_problem_text(error: StorageError) -> str:
    """What went wrong with a PostgreSQL server, in the user's language."""
    where = str(error.path)
    if isinstance(error, ServerUnreachable):
        texts = {
            "unreachable": QCoreApplication.translate(
                "DatabaseProblem",
                "The database server %1 cannot be reached. It may be down, or this "
                "computer may be off the network.",
            ),
            "login": QCoreApplication.translate(
                "DatabaseProblem",
                "The database server %1 refused the login: check the user and the password.",
            ),
            "no_database": QCoreApplication.translate(
                "DatabaseProblem", "The database server has no database named in %1."
            ),
            "tls": QCoreApplication.translate(
                "DatabaseProblem",
                "An encrypted connection to %1 could not be made: check the encryption "
                "setting and the server's certificate.",
            ),
            "bad_url": QCoreApplication.translate(
                "DatabaseProblem", "The database server address %1 is not valid."
            ),
            "no_driver": QCoreApplication.translate(
                "DatabaseProblem",
                "This installation cannot connect to a database server (%1): reinstall it.",
            ),
        }
        text = texts.get(error.reason, texts["unreachable"]).replace("%1", where)
        if error.detail:
            text += "\n\n" + QCoreApplication.translate("DatabaseProblem", "Details: %1").replace(
                "%1", error.detail
            )
        return text
    if isinstance(error, NeedsMigration):
        return (
            QCoreApplication.translate(
                "DatabaseProblem",
                "The register on %1 must be updated for this version of Työllistämö "
                "(schema version %2 to %3). The unit's administrator updates it once for "
                "all workstations with the command: tyollistamo --database URL upgrade",
            )
            .replace("%1", where)
            .replace("%2", str(error.found))
            .replace("%3", str(error.latest))
        )
    if isinstance(error, DatabaseTooNew):
        return (
            QCoreApplication.translate(
                "DatabaseProblem",
                "The register on %1 was last used by a newer version of Työllistämö "
                "(schema version %2; this version knows up to %3). Install the newer "
                "version to use it. The register has not been changed.",
            )
            .replace("%1", where)
            .replace("%2", str(error.found))
            .replace("%3", str(error.supported))
        )
    if isinstance(error, DatabaseUnreadable):
        return QCoreApplication.translate(
            "DatabaseProblem",
            "The database %1 holds other tables than a Työllistämö register; it has not "
            "been changed. Choose an empty database or the unit's register.",
        ).replace("%1", where)
    return QCoreApplication.translate(
        "DatabaseProblem", "The database %1 cannot be opened."
    ).replace("%1", where)


def problem_text(error: StorageError) -> str:
    if error.is_server:
        return server_problem_text(error)
    path = str(error.path)
    if isinstance(error, DatabaseTooNew):
        return (
            QCoreApplication.translate(
                "DatabaseProblem",
                "The database %1 was last used by a newer version of Työllistämö "
                "(schema version %2; this version knows up to %3). Install the newer "
                "version to open it. The database has not been changed.",
            )
            .replace("%1", path)
            .replace("%2", str(error.found))
            .replace("%3", str(error.supported))
        )
    if isinstance(error, PassphraseNeeded | WrongPassphrase):
        return QCoreApplication.translate(
            "DatabaseProblem",
            "The database %1 is encrypted, and the passphrase given does not open it. "
            "The file has not been changed.",
        ).replace("%1", path)
    if isinstance(error, DatabaseUnreadable):
        reasons = {
            "not_sqlite": QCoreApplication.translate(
                "DatabaseProblem", "The file %1 is not a database."
            ),
            "truncated": QCoreApplication.translate(
                "DatabaseProblem",
                "The database %1 is incomplete: part of the file is missing, "
                "perhaps because a copy was interrupted.",
            ),
            "foreign": QCoreApplication.translate(
                "DatabaseProblem", "The file %1 is a database, but not one of Työllistämö."
            ),
            "corrupt": QCoreApplication.translate("DatabaseProblem", "The database %1 is damaged."),
            "no_access": QCoreApplication.translate(
                "DatabaseProblem", "The database %1 cannot be opened: access was denied."
            ),
            "is_directory": QCoreApplication.translate(
                "DatabaseProblem", "%1 is a folder, not a database file."
            ),
        }
        text = reasons.get(
            error.reason,
            QCoreApplication.translate("DatabaseProblem", "The database %1 cannot be opened."),
        )
        return (
            text.replace("%1", path)
            + " "
            + QCoreApplication.translate(
                "DatabaseProblem",
                "The file has not been changed or overwritten. Restore it from a backup, "
                "or start with a new database in another folder.",
            )
        )
    return QCoreApplication.translate(
        "DatabaseProblem", "The database %1 cannot be opened."
    ).replace("%1", path)


def problem_box(error: StorageError, parent: QWidget | None = None):
    """The message box explaining ``error``, and its "new database elsewhere" button."""
    box = QMessageBox(parent)
    box.setObjectName("DatabaseProblemDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(
        QCoreApplication.translate("DatabaseProblem", "The database cannot be opened")
    )
    box.setText(problem_text(error))
    elsewhere = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "&New database elsewhere..."),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "E&xit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    return box, elsewhere


def ask_database_problem(error: StorageError, parent: QWidget | None = None) -> Path | None:
    """Explain ``error``; return a folder for a new database, or None to exit."""
    box, elsewhere = problem_box(error, parent)
    box.exec()
    if box.clickedButton() is not elsewhere:
        return None
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("DatabaseProblem", "Choose a folder for the new database"),
        str(Path(error.path).parent.parent),
    )
    return Path(folder) if folder else None


def server_problem_box(error: StorageError, parent: QWidget | None = None):
    """The message box explaining a server problem, with its Retry and Settings buttons."""
    box = QMessageBox(parent)
    box.setObjectName("ServerProblemDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DatabaseProblem", "The database cannot be opened")
    )
    box.setText(server_problem_text(error))
    retry = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "&Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    settings = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "&Settings..."),
        QMessageBox.ButtonRole.ActionRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "E&xit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_button)
    return box, retry, settings


def ask_server_problem(error: StorageError, context, parent: QWidget | None = None) -> str | None:
    """Explain a server problem; "retry" or "settings" (after the settings dialog), None to exit."""
    box, retry, settings = server_problem_box(error, parent)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return "retry"
    if clicked is settings:
        from .database_settings import DatabaseSettingsDialog

        DatabaseSettingsDialog(context, parent).exec()
        return "settings"
    return None
