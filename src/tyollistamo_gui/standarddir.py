"""The per-user data folder: command line, environment, or Qt's standard location."""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_NAME

ENV_DATA_DIR = "TYOLLISTAMO_DATA_DIR"


class DataDirError(Exception):
    """The data folder cannot be used (it is a file, or cannot be created)."""


def default_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise DataDirError("the operating system gave no folder for application data")
    return Path(location)


def resolve_data_dir(option: str | None) -> Path:
    """``--data-dir`` wins, then ``TYOLLISTAMO_DATA_DIR``, then the standard folder."""
    chosen = option or os.environ.get(ENV_DATA_DIR) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    if path.exists() and not path.is_dir():
        raise DataDirError(f"{path} is a file, not a folder")
    return path.absolute()


def ensure_data_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"cannot create {path}: {exc.strerror or exc}") from exc
    return path
