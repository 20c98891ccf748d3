"""Opening and closing the database, for the application shell and the UI."""

from __future__ import annotations

from ..storage.connection import (
    DATABASE_FILENAME,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUnreadable,
    OpenedDatabase,
    StorageError,
    close_database,
    open_database,
)

__all__ = [
    "DATABASE_FILENAME",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "DatabaseUnreadable",
    "OpenedDatabase",
    "StorageError",
    "close_database",
    "open_database",
]
