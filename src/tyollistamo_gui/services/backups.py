"""Backups for the application and its Settings page: where, how many, when, run one now.

The choice of folder and the number kept are per data folder
(``backup.json`` beside the database), so the command-line tools see the
same choice as the app. Backups are of the embedded SQLite database; a
PostgreSQL server is backed up on the server (pg_dump), see the README.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..domain import access
from ..storage import backup as storage
from ..storage.connection import database_passphrase, database_path, is_server
from ..storage.models import database
from . import session

SETTINGS_FILENAME = "backup.json"
BackupFile = storage.BackupFile
RestoreRefused = storage.RestoreRefused


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep: int = storage.DEFAULT_KEEP


def default_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def load_settings(data_dir: Path) -> BackupSettings:
    path = Path(data_dir) / SETTINGS_FILENAME
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        folder = Path(values.get("folder") or default_folder(data_dir))
        keep = int(values.get("keep", storage.DEFAULT_KEEP))
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupSettings(default_folder(data_dir))
    return BackupSettings(folder, max(1, min(keep, 365)))


def save_settings(data_dir: Path, settings: BackupSettings) -> None:
    session.require(access.BACKUPS_MANAGE)
    path = Path(data_dir) / SETTINGS_FILENAME
    path.write_text(
        json.dumps({"folder": str(settings.folder), "keep": settings.keep}, indent=2),
        encoding="utf-8",
    )
    with database.atomic():
        session.log(
            "update",
            object_type="backup_settings",
            details={"folder": str(settings.folder), "keep": settings.keep},
        )


def list_backups(data_dir: Path) -> list[BackupFile]:
    return storage.list_backups(load_settings(data_dir).folder)


def last_backup(data_dir: Path) -> BackupFile | None:
    backups = list_backups(data_dir)
    return backups[0] if backups else None


def available() -> bool:
    """Backups are made here only of an embedded (SQLite) database."""
    return database_path() is not None and not is_server()


def run_backup(
    data_dir: Path,
    *,
    automatic: bool = False,
    progress: storage.Progress | None = None,
    at: dt.datetime | None = None,
) -> Path:
    """Back up the open database into the chosen folder; logged first, so the backup has it.

    ``automatic``: the app's own backup at exit; otherwise only an administrator may.
    Safe to call from a worker thread when the log entry was written beforehand
    (see ``log_backup``).
    """
    if not automatic:
        session.require(access.BACKUPS_MANAGE)
    source = database_path()
    if source is None or is_server():
        raise RuntimeError("backups are made only of an embedded database")
    settings = load_settings(data_dir)
    # An encrypted database's backup is encrypted with the same passphrase.
    return storage.backup_into_folder(
        source, settings.folder, settings.keep, at, progress, database_passphrase()
    )


def log_backup(automatic: bool = False) -> None:
    with database.atomic():
        session.log("backup", object_type="database", details={"automatic": automatic})


def backup_if_due(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """At exit: a backup when the newest is a day old or there is none."""
    if not available():
        return None
    settings = load_settings(data_dir)
    if not storage.backup_due(settings.folder, now):
        return None
    log_backup(automatic=True)
    return run_backup(data_dir, automatic=True, at=now)
