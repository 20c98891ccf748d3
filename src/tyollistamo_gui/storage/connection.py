"""Opening the database: an embedded SQLite file or a PostgreSQL server.

A file that is not a database of ours, is damaged or was written by a newer
version of the app is refused before anything is written to it. A server
database (``postgresql://user@host:port/dbname``) is checked the same way;
its password comes from the URL or the OS credential store (``credentials.py``),
never from a settings file.

An encrypted SQLite file (SQLCipher, see ``cipher.py``) is opened with the
unit passphrase. Without one it raises ``PassphraseNeeded``; a wrong one
raises ``WrongPassphrase`` — the file is only ever opened read-only until the
passphrase has been proved right, so a wrong passphrase writes nothing.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from . import cipher, migrations
from .models import database

DATABASE_FILENAME = "tyollistamo.sqlite3"

# WAL lets a second instance read while one writes; FULL makes committed
# writes survive a power cut; the busy timeout waits out a second instance's
# short writes instead of failing at once.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,
    "busy_timeout": 10_000,
    "cache_size": -16_000,
}

_SQLITE_MAGIC = b"SQLite format 3\x00"


SERVER_SCHEMES = ("postgresql://", "postgres://")
# How long to wait for a server before telling the user it cannot be reached.
CONNECT_TIMEOUT_S = 5


def is_server_url(target: object) -> bool:
    """True for a ``postgresql://`` URL, False for a SQLite file path."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


class StorageError(Exception):
    """Base of the errors the UI explains to the user.

    ``path`` is the SQLite file, or for a server the URL without its password.
    """

    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.path = path

    @property
    def is_server(self) -> bool:
        return isinstance(self.path, str)


class ServerUnreachable(StorageError):
    """The PostgreSQL server could not be reached or refused the login.

    ``reason`` is one of ``unreachable``, ``login``, ``no_database``, ``tls``,
    ``bad_url``, ``no_driver``; ``detail`` is the driver's message.
    """

    def __init__(self, url: str, reason: str, detail: str = ""):
        super().__init__(url, f"{url}: {reason} {detail}".strip())
        self.reason = reason
        self.detail = detail


class NeedsMigration(StorageError):
    """The server's schema is older, and this user may not migrate it."""

    def __init__(self, url: str, found: int, latest: int):
        super().__init__(url, f"{url}: schema version {found}, needs migrating to {latest}")
        self.found = found
        self.latest = latest


class DatabaseUnreadable(StorageError):
    """The file is not a Työllistämö database, or it is damaged.

    ``reason`` is one of ``not_sqlite``, ``truncated``, ``foreign``,
    ``corrupt``, ``no_access``, ``is_directory``.
    """

    def __init__(self, path: Path | str, reason: str, detail: str = ""):
        super().__init__(path, f"{path}: {reason} {detail}".strip())
        self.reason = reason
        self.detail = detail


class PassphraseNeeded(StorageError):
    """The file is encrypted (or looks so) and no passphrase was given."""

    def __init__(self, path: Path):
        super().__init__(path, f"{path}: encrypted, the passphrase is needed")


class WrongPassphrase(StorageError):
    """The passphrase does not open the file (or the file is not a database of ours)."""

    def __init__(self, path: Path):
        super().__init__(path, f"{path}: the passphrase does not open this database")


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the app."""

    def __init__(self, path: Path | str, found: int, supported: int):
        super().__init__(path, f"{path}: schema version {found}, this app knows up to {supported}")
        self.found = found
        self.supported = supported


class DatabaseUnavailable(StorageError):
    """The database could not be written or read just now (locked, gone, disk full).

    Nothing was saved; what the user typed is still in the form.
    """

    def __init__(self, detail: str):
        super().__init__(database_location() or Path(), detail)
        self.detail = detail


def translate_errors(function):
    """Turn the driver's operational errors into DatabaseUnavailable.

    A server connection broken by the error is dropped, so that the next call
    connects again: saving works once the server is back.
    """
    import functools

    from peewee import InterfaceError, OperationalError

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            raise DatabaseUnavailable(str(exc)) from exc

    return wrapper


@dataclass(frozen=True)
class OpenedDatabase:
    path: Path | str  # the SQLite file, or the server URL without its password
    schema_version: int
    created: bool
    migrated_from: int | None
    backup_path: Path | None

    @property
    def is_server(self) -> bool:
        return isinstance(self.path, str)


def _check_header(path: Path) -> bool:
    """Refuse a file that is neither SQLite nor possibly SQLCipher; True: possibly encrypted."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        if cipher.looks_encrypted(path):
            return True
        raise DatabaseUnreadable(path, "not_sqlite")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseUnreadable(path, "corrupt", "page size")
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if size % page_size:
        raise DatabaseUnreadable(path, "truncated", f"{size} bytes")
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise DatabaseUnreadable(path, "truncated", f"{size} of {page_count * page_size} bytes")
    return False


def is_encrypted_file(path: Path) -> bool:
    """True when ``path`` is (or looks like) an encrypted database rather than a plain one."""
    path = Path(path)
    try:
        return path.is_file() and path.stat().st_size > 0 and _check_header(path)
    except (OSError, DatabaseUnreadable):
        return False


def connect_file(path: Path, passphrase: str | None, *, read_only: bool = True):
    """A DB-API connection to a database file, with the passphrase when it is encrypted.

    Raises ``PassphraseNeeded`` / ``WrongPassphrase`` for an encrypted file;
    a passphrase given for a plain file is not used.
    """
    path = Path(path)
    encrypted = is_encrypted_file(path)
    if encrypted and passphrase is None:
        raise PassphraseNeeded(path)
    try:
        return cipher.connect(path, passphrase if encrypted else None, read_only=read_only)
    except cipher.KeyRejected as exc:
        raise WrongPassphrase(path) from exc


def inspect_schema_version(path: Path, passphrase: str | None = None) -> int:
    """Read the schema version of an existing file without changing it.

    Returns 0 for an empty file. Raises ``DatabaseUnreadable`` for anything
    that is not a sound database of ours; for an encrypted file
    ``PassphraseNeeded`` without ``passphrase`` and ``WrongPassphrase`` when
    it does not open the file.
    """
    if path.is_dir():
        raise DatabaseUnreadable(path, "is_directory")
    try:
        if path.stat().st_size == 0:
            return 0
        encrypted = _check_header(path)
    except PermissionError as exc:
        raise DatabaseUnreadable(path, "no_access", str(exc)) from exc
    if encrypted and passphrase is None:
        raise PassphraseNeeded(path)
    # A reader of a WAL database creates the -wal and -shm files; remove
    # them again if they were not there, so that a refused file is left as found.
    side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    new_side_files = [p for p in side_files if not p.exists()]
    try:
        conn = cipher.connect(path, passphrase if encrypted else None)
    except cipher.KeyRejected as exc:
        _remove_new_side_files(side_files, new_side_files)
        raise WrongPassphrase(path) from exc
    except cipher.database_errors() as exc:
        _remove_new_side_files(side_files, new_side_files)
        raise DatabaseUnreadable(path, "no_access", str(exc)) from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return 0
        if "schema_version" not in tables:
            raise DatabaseUnreadable(path, "foreign")
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)
    except cipher.database_errors() as exc:
        raise DatabaseUnreadable(path, "corrupt", str(exc)) from exc
    finally:
        conn.close()
        _remove_new_side_files(side_files, new_side_files)


def _remove_new_side_files(side_files: list[Path], new_side_files: list[Path]) -> None:
    wal = side_files[0]
    if wal in new_side_files and wal.exists() and wal.stat().st_size == 0:
        for side_file in new_side_files:
            side_file.unlink(missing_ok=True)


def _backup(path: Path, version: int, passphrase: str | None = None) -> Path:
    target = path.with_name(f"{path.stem}.before-migration-from-v{version}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(
            f"{path.stem}.before-migration-from-v{version}-{counter}{path.suffix}"
        )
    source = connect_file(path, passphrase)
    try:
        # An encrypted database's copy is encrypted with the same passphrase.
        dest = cipher.connect(
            target, passphrase if is_encrypted_file(path) else None, read_only=False
        )
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    may_migrate: bool = True,
    passphrase: str | None = None,
) -> OpenedDatabase:
    """Open (creating if needed) and migrate the database at ``path``.

    ``path`` is a SQLite file, or a ``postgresql://`` URL (see ``open_server``).
    ``may_migrate=False`` refuses to migrate an older server schema
    (``NeedsMigration``); a SQLite file is always migrated, with a copy kept.
    ``passphrase`` opens an encrypted file (not used for a plain one).
    """
    if is_server_url(path):
        from .server import open_server

        return open_server(str(path), migrate=migrate, may_migrate=may_migrate)
    path = Path(path)
    close_database()
    from .encryption import finish_interrupted_encryption

    try:
        finish_interrupted_encryption(path)
    except OSError:
        pass  # housekeeping only; the checks below decide whether the file can be opened
    existed = path.exists()
    found = inspect_schema_version(path, passphrase) if existed else 0
    if found > migrations.LATEST_VERSION:
        raise DatabaseTooNew(path, found, migrations.LATEST_VERSION)
    encrypted = existed and is_encrypted_file(path)
    key = passphrase if encrypted else None
    backup_path = _backup(path, found, key) if found and found < migrations.LATEST_VERSION else None
    path.parent.mkdir(parents=True, exist_ok=True)
    db = encrypted_database(path, key) if encrypted else SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if migrate:
            migrations.migrate(db)
        version = migrations.schema_version(db)
    except Exception:
        close_database()
        raise
    return OpenedDatabase(
        path=path,
        schema_version=version,
        created=not existed or found == 0,
        migrated_from=found if found and found != version else None,
        backup_path=backup_path,
    )


def encrypted_database(path: Path, passphrase: str, **options) -> SqliteDatabase:
    """A Peewee database for the SQLCipher file at ``path`` (a SqliteDatabase subclass)."""
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    from ..domain.encryption import normalized

    options.setdefault("pragmas", PRAGMAS)
    return SqlCipherDatabase(str(path), passphrase=normalized(passphrase), **options)


def database_passphrase() -> str | None:
    """The passphrase of the open encrypted database; None when it is plain or a server."""
    if database.obj is None or not isinstance(database.obj, SqliteDatabase):
        return None
    return database.obj.connect_params.get("passphrase")


def is_encrypted() -> bool:
    """True when the open database is an encrypted SQLite file."""
    return database_passphrase() is not None


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        try:
            database.close()
        except Exception:
            # A server connection that broke, or a transaction left open by
            # a failure: forget it rather than fail to close.
            database.obj.dispose()


def release_thread_connection() -> None:
    """Close the calling thread's own connection (a worker thread that is done).

    Peewee keeps one connection per thread; a worker that opened one must close
    it before the thread ends, or SQLite keeps the file open and a server keeps
    the session.
    """
    if database.obj is not None and not database.is_closed():
        try:
            database.close()
        except Exception:
            database.obj.dispose()


def database_path() -> Path | None:
    """Path of the open SQLite database, or None (also for a server)."""
    if database.obj is None or not isinstance(database.obj, SqliteDatabase):
        return None
    return Path(database.obj.database)


def database_location() -> Path | str | None:
    """The open SQLite file, or the open server's URL without its password."""
    if database.obj is None:
        return None
    if isinstance(database.obj, SqliteDatabase):
        return Path(database.obj.database)
    return getattr(database.obj, "display_url", None)


def is_server() -> bool:
    """True when the open database is a PostgreSQL server."""
    return database.obj is not None and not isinstance(database.obj, SqliteDatabase)


def is_open() -> bool:
    return database.obj is not None and not database.is_closed()
