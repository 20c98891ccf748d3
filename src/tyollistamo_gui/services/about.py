"""Facts about this installation for the About dialog and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..storage import connection, migrations


@dataclass(frozen=True)
class InstallationInfo:
    app_version: str
    database_path: Path | str | None  # a SQLite file, or a server URL without password
    schema_version: int
    latest_schema_version: int


def installation_info() -> InstallationInfo:
    path = connection.database_location()
    version = migrations.schema_version(connection.database.obj) if connection.is_open() else 0
    return InstallationInfo(__version__, path, version, migrations.LATEST_VERSION)
