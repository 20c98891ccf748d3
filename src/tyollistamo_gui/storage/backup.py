"""Backups of the SQLite database with SQLite's online backup API, restore, and the health check.

A backup is written to ``<name>.partial`` next to its final name and renamed
only when complete, so a backup interrupted in any way (even SIGKILL) leaves
no file that looks like a backup; ``list_backups`` lists only complete names.
The source database is opened read-only: a backup cannot damage it.

A backup of an encrypted database is encrypted with the same passphrase
(SQLCipher's backup API re-encrypts each page for the copy); checking and
restoring it needs that passphrase.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import audit, cipher, migrations
from .connection import (
    DatabaseTooNew,
    DatabaseUnreadable,
    PassphraseNeeded,
    WrongPassphrase,
    connect_file,
    inspect_schema_version,
    is_encrypted_file,
)

BACKUP_PREFIX = "tyollistamo-"
BACKUP_SUFFIX = ".sqlite3"
_BACKUP_NAME = re.compile(r"^tyollistamo-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
DEFAULT_KEEP = 14
PAGES_PER_STEP = 256

Progress = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    size: int


def _key(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to use for ``path``: None for a plain file."""
    return passphrase if is_encrypted_file(path) else None


def backup_to(
    source: Path,
    target: Path,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> Path:
    """Copy the database at ``source`` to ``target`` consistently, while others may write.

    An encrypted ``source`` needs its ``passphrase``; the copy is encrypted with it.
    """
    source, target = Path(source), Path(target)
    if not source.exists():
        raise DatabaseUnreadable(source, "no_access", "no database file")
    key = _key(source, passphrase)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = connect_file(source, key)
    try:
        dest = cipher.connect(partial, key, read_only=False)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dest, pages=PAGES_PER_STEP, progress=step)
            # A backup is a standalone file: no WAL beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
            dest.commit()
        finally:
            dest.close()
    finally:
        src.close()
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def backup_name(at: dt.datetime) -> str:
    return f"{BACKUP_PREFIX}{at:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def list_backups(folder: Path) -> list[BackupFile]:
    """Complete backups in ``folder``, newest first (partial files are not backups)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if match and path.is_file():
            taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backup_into_folder(
    source: Path,
    folder: Path,
    keep: int = DEFAULT_KEEP,
    at: dt.datetime | None = None,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> Path:
    """A new dated backup in ``folder``; then only the newest ``keep`` are kept."""
    at = at or dt.datetime.now()
    folder = Path(folder)
    target = folder / backup_name(at)
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{BACKUP_PREFIX}{at:%Y%m%d-%H%M%S}-{counter}{BACKUP_SUFFIX}"
    backup_to(source, target, progress, passphrase)
    for old in list_backups(folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return target


def backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest backup in ``folder`` is a day old or there is none."""
    now = now or dt.datetime.now()
    backups = list_backups(folder)
    return not backups or now - backups[0].taken_at >= dt.timedelta(days=1)


# -- checking -----------------------------------------------------------------------------------


def sqlite_problems(path: Path, passphrase: str | None = None) -> list[str]:
    """integrity_check and foreign_key_check of the file at ``path``, as sentences."""
    problems = []
    conn = connect_file(path, _key(Path(path), passphrase))
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems += [f"integrity check: {row}" for row in rows[:20]]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(
                f"foreign key check: {table} row {rowid} refers to a missing {parent} row"
            )
    except cipher.database_errors() as exc:
        problems.append(f"the file cannot be read as a database: {exc}")
    finally:
        conn.close()
    return problems


def check_file(path: Path, passphrase: str | None = None) -> tuple[int, list[str]]:
    """Whether ``path`` is a sound, complete database this app can open.

    Returns (schema version, problems). Raises nothing: every problem is a
    sentence (an encrypted file without its passphrase, or with a wrong one, too).
    """
    try:
        version = inspect_schema_version(Path(path), _key(Path(path), passphrase))
    except PassphraseNeeded:
        return 0, ["the database is encrypted: its passphrase is needed"]
    except WrongPassphrase:
        return 0, ["the passphrase does not open the file (or it is not a database of Työllistämö)"]
    except DatabaseUnreadable as exc:
        reasons = {
            "not_sqlite": "the file is not a database",
            "truncated": "the file is incomplete (truncated)",
            "foreign": "the database is not one of Työllistämö",
            "corrupt": "the database is damaged",
            "no_access": "the file cannot be read",
            "is_directory": "the path is a folder",
        }
        return 0, [f"{reasons.get(exc.reason, exc.reason)} {exc.detail}".strip()]
    problems = sqlite_problems(Path(path), passphrase)
    if version > migrations.LATEST_VERSION:
        problems.append(
            f"schema version {version} is newer than this app knows "
            f"({migrations.LATEST_VERSION}); use a newer version of the app"
        )
    elif version == 0:
        problems.append("the database is empty")
    return version, problems


def audit_problems() -> list[str]:
    """The audit chain of the open database (see ``audit.verify_chain``)."""
    return [str(problem) for problem in audit.verify_chain()]


# -- restoring ----------------------------------------------------------------------------------


class RestoreRefused(Exception):
    """The backup was not restored; the current database is untouched."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def restore(
    backup: Path,
    database: Path,
    at: dt.datetime | None = None,
    passphrase: str | None = None,
    current_passphrase: str | None = None,
) -> Path | None:
    """Replace ``database`` with ``backup`` after checking the backup.

    The current database is first copied next to itself
    (``<name>.before-restore-<time>.sqlite3``); that copy's path is returned
    (None when there was no current database). A damaged, truncated, foreign
    or newer backup raises ``RestoreRefused`` and nothing changes.

    An encrypted backup is checked with ``passphrase`` and stays encrypted with
    it; an encrypted current database is copied with ``current_passphrase``
    (default: ``passphrase``), or the restore is refused.
    """
    backup, database = Path(backup), Path(database)
    if not backup.is_file():
        raise RestoreRefused([f"{backup}: no such file"])
    version, problems = check_file(backup, passphrase)
    if problems:
        raise RestoreRefused(problems)
    at = at or dt.datetime.now()
    backup_key = _key(backup, passphrase)
    current_key = current_passphrase if current_passphrase is not None else passphrase
    kept = None
    has_current = database.exists() and database.stat().st_size > 0
    if has_current:
        kept = database.with_name(f"{database.stem}.before-restore-{at:%Y%m%d-%H%M%S}.sqlite3")
        try:
            backup_to(database, kept, passphrase=current_key)
        except (PassphraseNeeded, WrongPassphrase):
            raise RestoreRefused(
                [
                    "the current database is encrypted with another passphrase: "
                    "give the current database's passphrase too"
                ]
            ) from None
    same_kind = not has_current or is_encrypted_file(database) == (backup_key is not None)
    src = connect_file(backup, backup_key)
    try:
        if same_kind:
            # The backup API writes through SQLite's own locking and journal,
            # so the live file (and its WAL) is replaced as one transaction.
            dest = cipher.connect(database, backup_key, read_only=False)
            try:
                src.backup(dest, pages=PAGES_PER_STEP)
            finally:
                dest.close()
            return kept
    finally:
        src.close()
    # An encrypted backup over a plain database or the other way round: the
    # pages cannot be copied into the other kind of file, so the complete,
    # checked copy replaces the file (the current one was kept above).
    restoring = database.with_name(database.name + ".restoring")
    backup_to(backup, restoring, passphrase=backup_key)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(restoring, database)
    return kept


__all__ = [
    "DatabaseTooNew",
    "RestoreRefused",
    "backup_due",
    "backup_into_folder",
    "backup_to",
    "check_file",
    "list_backups",
    "restore",
]
