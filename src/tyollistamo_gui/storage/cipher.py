"""The SQLCipher driver: opening an encrypted SQLite file with the unit passphrase.

The key is derived by SQLCipher 4 itself: ``PRAGMA key = '<passphrase>'``
runs PBKDF2-HMAC-SHA512 with 256 000 iterations over the passphrase and a
random 16-byte salt stored at the start of the file; each page is encrypted
with AES-256-CBC and authenticated with HMAC-SHA512. Using SQLCipher's own
derivation (rather than deriving a raw key ourselves) keeps the file openable
with standard SQLCipher tools (``sqlcipher`` shell, DB Browser for SQLite)
given only the passphrase, and keeps the salt inside the file, so a backup
copy needs nothing else.

The binding is ``sqlcipher3`` (by the author of Peewee), which ships wheels
with SQLCipher statically linked for Windows, Linux and macOS. This module
imports nothing else of ours: ``connection.py`` builds on it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.encryption import normalized

SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLCipher 4's page size; an encrypted file is a whole number of pages.
PAGE_SIZE = 4096


class CipherUnavailable(Exception):
    """This installation has no SQLCipher driver."""


class KeyRejected(Exception):
    """The passphrase does not open the file (or the file is not a database at all)."""


def driver():
    """The ``sqlcipher3.dbapi2`` module."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise CipherUnavailable(str(exc)) from exc
    return dbapi2


def database_errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (they are distinct classes)."""
    try:
        return (sqlite3.DatabaseError, driver().DatabaseError)
    except CipherUnavailable:  # pragma: no cover
        return (sqlite3.DatabaseError,)


def version() -> str:
    """SQLCipher's version, e.g. ``4.19.0 community``."""
    conn = driver().connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key``/``rekey`` (no binding there)."""
    return "'" + normalized(passphrase).replace("'", "''") + "'"


def looks_encrypted(path: Path) -> bool:
    """True when ``path`` may be an SQLCipher database: not a plain SQLite file, whole pages.

    Without the passphrase an encrypted file cannot be told from random bytes;
    the passphrase then decides (``KeyRejected``).
    """
    path = Path(path)
    size = path.stat().st_size
    if size < PAGE_SIZE or size % 512:
        return False
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    return header != SQLITE_MAGIC


def connect(path: Path, passphrase: str | None, *, read_only: bool = True):
    """A DB-API connection to ``path``: plain ``sqlite3`` without a passphrase, else SQLCipher.

    ``read_only`` opens with ``mode=ro``, so that a wrong passphrase cannot
    write anything. With a passphrase, the key is checked at once
    (``KeyRejected``), before anything else is read.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    if passphrase is None:
        return sqlite3.connect(uri, uri=True)
    if not passphrase:
        raise KeyRejected("an empty passphrase opens no encrypted database")
    dbapi2 = driver()
    conn = dbapi2.connect(uri, uri=True)
    try:
        # SQLCipher logs a failed page decryption to stderr; a wrong passphrase
        # is reported to the user instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quoted(passphrase)}")
        check_key(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def check_key(conn) -> None:
    """Read the first page; ``KeyRejected`` when the key does not decrypt it."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors() as exc:
        if "not a database" in str(exc):
            raise KeyRejected(str(exc)) from exc
        raise
