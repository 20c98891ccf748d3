"""Opening and closing the database, for the application shell and the UI.

Also the administrator's use cases around a PostgreSQL server: checking a
connection, keeping its password in the OS credential store, and moving a
SQLite register to the server.
"""

from __future__ import annotations

from pathlib import Path

from ..storage.connection import (
    DATABASE_FILENAME,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUnreadable,
    NeedsMigration,
    OpenedDatabase,
    PassphraseNeeded,
    ServerUnreachable,
    StorageError,
    WrongPassphrase,
    close_database,
    database_location,
    inspect_schema_version,
    is_server_url,
    open_database,
    release_thread_connection,
    translate_errors,
)
from ..storage.credentials import CredentialStoreError, get_password, set_password
from ..storage.server import SSL_MODES, ServerSettings, check_connection, parse_url
from ..storage.transfer import TableCopy, TargetNotEmpty, VerificationFailed

__all__ = [
    "DATABASE_FILENAME",
    "SSL_MODES",
    "CredentialStoreError",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "DatabaseUnreadable",
    "NeedsMigration",
    "OpenedDatabase",
    "PassphraseNeeded",
    "ServerSettings",
    "ServerUnreachable",
    "StorageError",
    "TableCopy",
    "TargetNotEmpty",
    "VerificationFailed",
    "WrongPassphrase",
    "check_connection",
    "close_database",
    "database_location",
    "has_stored_password",
    "inspect_schema_version",
    "is_server_url",
    "migrate_to_server",
    "open_database",
    "parse_url",
    "release_thread_connection",
    "store_password",
]


def has_stored_password(settings: ServerSettings) -> bool:
    return get_password(settings.user, settings.host, settings.port) is not None


def store_password(settings: ServerSettings, password: str) -> None:
    """Keep ``password`` for this login in the OS credential store (empty: forget it)."""
    set_password(settings.user, settings.host, settings.port, password)


@translate_errors
def migrate_to_server(
    source: Path, url: str, progress=None, passphrase: str | None = None
) -> list[TableCopy]:
    """Copy the SQLite register at ``source`` into the empty server database at ``url``.

    The source is opened (and migrated to the latest schema, with a copy kept)
    first. Raises StorageError for either database, TargetNotEmpty for a
    server database with data, VerificationFailed if the copy does not match
    (nothing stays on the server then).
    """
    from ..storage import server, transfer

    if not Path(source).exists():
        raise DatabaseUnreadable(Path(source), "missing")
    open_database(source, passphrase=passphrase)
    close_database()
    target = server.connect(url)
    try:
        return transfer.copy_to_server(source, target, progress, passphrase)
    finally:
        close_database()
        if not target.is_closed():
            target.close()
