"""Logging to a rotating log file in the data folder, so a crash leaves a trace."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "tyollistamo.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


class _RotatingFileOnFirstUse(logging.Handler):
    """A RotatingFileHandler that is created when the first record arrives.

    Importing logging.handlers costs start-up time, and a normal start logs
    nothing until the main window is up.
    """

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._target is None:
            from logging.handlers import RotatingFileHandler

            self._target = RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
            self._target.setFormatter(self.formatter)
        self._target.emit(record)

    def flush(self) -> None:
        if self._target is not None:
            self._target.flush()

    def close(self) -> None:
        if self._target is not None:
            self._target.close()
        super().close()


def configure(data_dir: Path, level: int = logging.INFO) -> Path:
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _RotatingFileOnFirstUse):
            root.removeHandler(handler)
            handler.close()
    handler = _RotatingFileOnFirstUse(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
