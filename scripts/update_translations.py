"""Refresh translations/*.ts from the source strings (pyside6-lupdate), then compile .qm.

Run after changing user-visible strings; then translate the new entries (Qt
Linguist or a text editor) and run this again to rebuild the .qm files.
    python scripts/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "src" / "tyollistamo_gui").rglob("*.py")
    )


def lupdate(ts: Path, *, plural_only: bool = False, extra: tuple[str, ...] = ()) -> None:
    language = LANGUAGES[ts.stem.rsplit("_", 1)[1]]
    command = [
        "pyside6-lupdate",
        *sources(),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en_GB",
        "-target-language",
        language,
        *extra,
    ]
    if plural_only:
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", str(ts)], check=True, cwd=ROOT)


def main() -> int:
    for code in LANGUAGES:
        lupdate(TRANSLATIONS / f"tyollistamo_{code}.ts", plural_only=code == "en")
    sys.path.insert(0, str(ROOT))
    from setup import compile_translations

    for qm in compile_translations():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
