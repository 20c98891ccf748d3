"""Encryption at rest for the administrator: status, encrypting a plain register, new passphrase.

Only the embedded SQLite database is encrypted here; a PostgreSQL server's
data at rest is the server administrator's concern (README, Encryption).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import access
from ..domain.encryption import check_new_passphrase
from ..domain.findings import ValidationFailed
from ..storage import cipher
from ..storage import encryption as storage
from ..storage.connection import (
    PassphraseNeeded,
    WrongPassphrase,
    close_database,
    database_path,
    is_encrypted,
    is_server,
    open_database,
)
from ..storage.models import database
from . import backups, session

AlreadyEncrypted = storage.AlreadyEncrypted
EncryptionFailed = storage.EncryptionFailed

__all__ = [
    "AlreadyEncrypted",
    "EncryptionFailed",
    "EncryptionOutcome",
    "EncryptionStatus",
    "PassphraseNeeded",
    "WrongPassphrase",
    "change_passphrase",
    "encrypt_database",
    "status",
]


@dataclass(frozen=True)
class EncryptionStatus:
    kind: str  # "encrypted", "plain" or "server"
    cipher_version: str  # SQLCipher's version; "" when unavailable


@dataclass(frozen=True)
class EncryptionOutcome:
    path: Path
    tables: int
    rows: int
    backup: Path | None  # the first encrypted backup, made at once
    plain_copies: tuple[Path, ...]  # unencrypted copies still on disk
    wiped: tuple[Path, ...]  # unencrypted copies overwritten and deleted


def status() -> EncryptionStatus:
    try:
        version = cipher.version()
    except cipher.CipherUnavailable:  # pragma: no cover - a broken installation
        version = ""
    if is_server() or database_path() is None:
        return EncryptionStatus("server", version)
    return EncryptionStatus("encrypted" if is_encrypted() else "plain", version)


def plain_copies(data_dir: Path) -> list[Path]:
    """Unencrypted copies of the register: old backups, copies kept before migrations/restores."""
    path = database_path()
    folders = [path.parent if path else Path(data_dir), backups.load_settings(data_dir).folder]
    return [p for p in storage.plain_copies(folders) if p != path]


def encrypt_database(
    data_dir: Path,
    passphrase: str,
    repeated: str,
    *,
    wipe_plain_copies: bool = False,
    progress: Callable[[str], None] | None = None,
) -> EncryptionOutcome:
    """Encrypt the open plain database with ``passphrase`` and open it again, encrypted.

    Administrators only. Then an encrypted backup is made at once and, with
    ``wipe_plain_copies``, the unencrypted backups and copies are overwritten
    and deleted. Raises ``ValidationFailed`` for a passphrase that will not do,
    ``AlreadyEncrypted``, ``EncryptionFailed`` (the plain database stays, open).
    Call on the thread that uses the database: it is closed and opened again.
    """
    session.require(access.BACKUPS_MANAGE)
    findings = check_new_passphrase(passphrase, repeated)
    if findings:
        raise ValidationFailed(findings)
    path = database_path()
    if path is None or is_server():
        raise EncryptionFailed("only a database on this computer can be encrypted here")
    if is_encrypted():
        raise AlreadyEncrypted(str(path))
    close_database()
    try:
        result = storage.encrypt_file(path, passphrase, progress)
    except BaseException:
        open_database(path)
        raise
    open_database(path, passphrase=passphrase)
    with database.atomic():
        session.log(
            "update",
            object_type="database",
            details={"encrypted": True, "tables": len(result.tables), "rows": result.rows},
        )
    made = None
    if backups.available():
        if progress:
            progress("backup")
        backups.log_backup(automatic=True)
        made = backups.run_backup(data_dir, automatic=True)
    left = plain_copies(data_dir)
    wiped: list[Path] = []
    if wipe_plain_copies and made is not None:
        if progress:
            progress("wipe")
        for copy in left:
            storage.wipe_file(copy)
            wiped.append(copy)
        with database.atomic():
            session.log(
                "delete",
                object_type="plain_copies",
                details={"files": [str(p) for p in wiped]},
            )
    return EncryptionOutcome(
        path=path,
        tables=len(result.tables),
        rows=result.rows,
        backup=made,
        plain_copies=tuple(p for p in left if p not in wiped),
        wiped=tuple(wiped),
    )


def change_passphrase(current: str, new: str, repeated: str) -> None:
    """A new passphrase for the open encrypted database (``PRAGMA rekey``); administrators only.

    ``WrongPassphrase`` when ``current`` is not the database's passphrase;
    ``ValidationFailed`` when ``new`` will not do. Backups made before keep
    the passphrase they were made with.
    """
    session.require(access.BACKUPS_MANAGE)
    if not is_encrypted():
        raise EncryptionFailed("the database is not encrypted")
    findings = check_new_passphrase(new, repeated)
    if findings:
        raise ValidationFailed(findings)
    storage.change_passphrase(current, new)
    with database.atomic():
        session.log("update", object_type="database", details={"passphrase_changed": True})
