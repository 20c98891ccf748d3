"""Where the app's translations, icons and fonts are, in every way it can be run.

A source checkout keeps them in ``translations/`` and ``resources/`` at the top
of the repository; an installed package carries copies inside the package
(``setup.py`` puts them there); a frozen bundle has them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = PACKAGE_DIR.parent.parent


def _candidates(name: str) -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "tyollistamo_gui" / name)
    found.append(PACKAGE_DIR / name)
    found.append(_CHECKOUT_DIR / name)
    return found


def translations_dir() -> Path | None:
    """The folder holding the compiled ``tyollistamo_<lang>.qm`` catalogues."""
    for candidate in _candidates("translations"):
        if any(candidate.glob("tyollistamo_*.qm")):
            return candidate
    return None


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("icons", "app.png")``."""
    for candidate in _candidates("resources"):
        path = candidate.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError("/".join(parts))
