"""Encrypting a plain SQLite register, changing its passphrase, removing plain copies.

Encrypting (``encrypt_file``) never puts the plain original at risk:

1. the plain database is checkpointed and exported with ``sqlcipher_export``
   into ``<name>.encrypting.sqlite3`` (a partial file, never opened as a register);
2. the copy is verified with the passphrase: ``integrity_check`` and, for every
   table, the number of rows and a SHA-256 of all rows equal the original's;
3. only then it is renamed ``<name>.encrypted-verified.sqlite3``, the plain
   original renamed aside and the verified copy renamed into its place;
4. the plain original is overwritten with zeros, flushed and deleted.

A crash anywhere leaves either the plain original in place (an unfinished
copy is deleted on the next start) or a verified encrypted copy that the next
start puts in place (``finish_interrupted_encryption``). Overwriting does not
reach blocks an SSD or a copy-on-write file system has already moved elsewhere:
see the README (Encryption).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.encryption import normalized
from . import cipher
from .connection import (
    DatabaseUnreadable,
    WrongPassphrase,
    connect_file,
    inspect_schema_version,
    is_encrypted_file,
)
from .models import database

ENCRYPTING = ".encrypting"
VERIFIED = ".encrypted-verified"
PLAIN_ASIDE = ".plain-being-removed"
WIPE_CHUNK = 1 << 20

Progress = Callable[[str], None]  # the step now under way: export, verify, replace, wipe


class AlreadyEncrypted(Exception):
    """The database is encrypted already."""


class EncryptionFailed(Exception):
    """The encrypted copy did not verify; the plain original is unchanged and in place."""


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class EncryptionResult:
    path: Path
    tables: tuple[TableCount, ...]
    wiped_bytes: int

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _sibling(path: Path, marker: str) -> Path:
    return path.with_name(f"{path.stem}{marker}{path.suffix}")


def table_counts(conn) -> tuple[TableCount, ...]:
    """Rows and a SHA-256 of every row of every table, in rowid order."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    counts = []
    for table in tables:
        digest = hashlib.sha256()
        rows = 0
        quoted = '"' + table.replace('"', '""') + '"'
        try:
            cursor = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
        except cipher.database_errors():  # a WITHOUT ROWID table
            cursor = conn.execute(f"SELECT * FROM {quoted} ORDER BY 1")
        for row in cursor:
            digest.update(repr(tuple(row)).encode("utf-8") + b"\n")
            rows += 1
        counts.append(TableCount(table, rows, digest.hexdigest()))
    return tuple(counts)


def wipe_file(path: Path) -> int:
    """Overwrite ``path`` with zeros, flush it to the disk, delete it; the bytes overwritten."""
    path = Path(path)
    if not path.exists():
        return 0
    size = path.stat().st_size
    with path.open("r+b") as handle:
        written = 0
        zeros = bytes(WIPE_CHUNK)
        while written < size:
            step = min(WIPE_CHUNK, size - written)
            handle.write(zeros[:step])
            written += step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    return size


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def encrypt_file(path: Path, passphrase: str, progress: Progress | None = None) -> EncryptionResult:
    """Replace the plain database at ``path`` by an encrypted copy (see the module text).

    The database must not be open (close it first). Raises ``AlreadyEncrypted``,
    ``DatabaseUnreadable`` for a file that is not a sound register, and
    ``EncryptionFailed`` when the copy does not verify (the original stays).
    """
    path = Path(path)
    report = progress or (lambda _step: None)
    if is_encrypted_file(path):
        raise AlreadyEncrypted(str(path))
    if not path.exists() or inspect_schema_version(path) == 0:
        raise DatabaseUnreadable(path, "missing", "no register to encrypt")
    key = normalized(passphrase)
    partial = _sibling(path, ENCRYPTING)
    verified = _sibling(path, VERIFIED)
    for leftover in (partial, verified):
        leftover.unlink(missing_ok=True)

    report("export")
    dbapi2 = cipher.driver()
    source = dbapi2.connect(str(path), isolation_level=None)
    try:
        # Everything from the WAL into the main file, so that the plain data is
        # in one file (wiped below) and the export sees it all.
        busy, _log, _done = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise EncryptionFailed("the database is in use by another program; close it first")
        original = table_counts(source)
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), key))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()

    report("verify")
    try:
        copy = cipher.connect(partial, key)
    except cipher.KeyRejected as exc:  # pragma: no cover - SQLCipher wrote it with this key
        partial.unlink(missing_ok=True)
        raise EncryptionFailed(str(exc)) from exc
    try:
        integrity = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        copied = table_counts(copy)
    finally:
        copy.close()
    if integrity != ["ok"] or copied != original:
        partial.unlink(missing_ok=True)
        differing = [
            f"{a.table}: {a.rows} rows, copy {b.rows}"
            for a, b in zip(original, copied, strict=False)
            if a != b
        ]
        raise EncryptionFailed("; ".join(integrity[:3] + differing[:5]) or "tables differ")
    _fsync(partial)
    os.replace(partial, verified)

    report("replace")
    aside = _sibling(path, PLAIN_ASIDE)
    os.replace(path, aside)
    os.replace(verified, path)

    report("wipe")
    wiped = wipe_file(aside)
    for suffix in ("-wal", "-shm"):
        wiped += wipe_file(Path(f"{path}{suffix}"))
    return EncryptionResult(path, original, wiped)


def finish_interrupted_encryption(path: Path) -> None:
    """At opening: finish an encryption that a crash interrupted, or clean up after it.

    A verified encrypted copy with no database in place goes into place; a plain
    original left aside is wiped; an unfinished (unverified) copy is deleted.
    """
    path = Path(path)
    verified = _sibling(path, VERIFIED)
    aside = _sibling(path, PLAIN_ASIDE)
    partial = _sibling(path, ENCRYPTING)
    if verified.exists():
        if path.exists() and not aside.exists():
            # Crashed before the original was moved: it is intact; start again later.
            verified.unlink()
        elif not path.exists():
            os.replace(verified, path)
    if aside.exists() and path.exists() and is_encrypted_file(path):
        wipe_file(aside)
        for suffix in ("-wal", "-shm"):
            wipe_file(Path(f"{aside}{suffix}"))
    partial.unlink(missing_ok=True)


def change_passphrase(current: str, new: str) -> None:
    """Re-encrypt the open database with ``new`` (``PRAGMA rekey``); ``current`` must match.

    Raises ``WrongPassphrase`` when ``current`` is not the open database's passphrase.
    """
    db = database.obj
    stored = db.connect_params.get("passphrase") if db is not None else None
    if stored is None:
        raise AlreadyEncrypted("the open database is not encrypted")
    if normalized(current) != stored:
        raise WrongPassphrase(Path(db.database))
    db.rekey(normalized(new))


def is_plain_copy(path: Path) -> bool:
    """True for a plain (unencrypted) SQLite file."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(cipher.SQLITE_MAGIC)) == cipher.SQLITE_MAGIC
    except OSError:
        return False


def plain_copies(folders: list[Path]) -> list[Path]:
    """Plain SQLite copies of the register in ``folders`` (backups, copies kept before
    migrations and restores)."""
    found = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for candidate in sorted(folder.glob("tyollistamo*.sqlite3")):
            if candidate.is_file() and is_plain_copy(candidate):
                found.append(candidate)
    return found


__all__ = [
    "AlreadyEncrypted",
    "EncryptionFailed",
    "EncryptionResult",
    "WrongPassphrase",
    "change_passphrase",
    "connect_file",
    "encrypt_file",
    "finish_interrupted_encryption",
    "plain_copies",
    "wipe_file",
]
