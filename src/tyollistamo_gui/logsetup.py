"""Logging to a rotating file in the data folder, so a crash leaves a trace."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "tyollistamo.log"


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def configure(data_dir: Path, level: int = logging.INFO) -> Path:
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tyollistamo", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._tyollistamo = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
