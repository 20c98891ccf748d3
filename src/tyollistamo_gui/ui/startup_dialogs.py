"""What the user sees when the database cannot be opened at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..services.database import DatabaseTooNew, DatabaseUnreadable, StorageError


def problem_text(error: StorageError) -> str:
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
